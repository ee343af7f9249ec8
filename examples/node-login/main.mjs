// @ts-check
// The command line around site.mjs. Environment:
//   DVC_BASE_URL        the portal API (default http://127.0.0.1:8787, the sandbox of `npm start`)
//   DVC_OIDC_ISSUER     the OpenID provider (default $DVC_BASE_URL/oidc)
//   DVC_OIDC_CLIENT_ID  default dvc-kit-local (the sandbox's test client)
//   DVC_OIDC_CLIENT_SECRET  default that test client's secret
//   DVC_COOKIE_SECRET   at least 32 random characters (default: a new random one each start)
//   PORT                this server's port (default 3000)
import { randomBytes } from 'node:crypto';
import { startSite } from './site.mjs';

const apiUrl = process.env.DVC_BASE_URL || 'http://127.0.0.1:8787';
const site = await startSite({
  apiUrl,
  issuer: process.env.DVC_OIDC_ISSUER || `${apiUrl}/oidc`,
  clientId: process.env.DVC_OIDC_CLIENT_ID || 'dvc-kit-local',
  clientSecret: process.env.DVC_OIDC_CLIENT_SECRET || 'dvc-kit-local-secret-for-tests-only',
  cookieSecret: process.env.DVC_COOKIE_SECRET || randomBytes(32).toString('base64url'),
  port: Number(process.env.PORT || 3000),
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => void site.close());
