// The demo that `npm start` runs: the sandbox API, the CDN build, the examples and the docs site from
// one address. Shared by scripts/start.mjs and the examples' tests (examples/test-support.ts).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The policy every example page is served with: no inline script or style, trusted types on. */
export const examplesCsp = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/** @type {import('@dvc-kit/sandbox').StaticSite[]} */
export const demoSites = [
  { path: '/cdn/', dir: `${root}packages/elements/dist/cdn` },
  // typedoc's pages carry small inline scripts of their own, so the docs get no CSP header.
  { path: '/docs/', dir: `${root}docs/site` },
  { path: '/', dir: `${root}examples`, htmlHeaders: { 'content-security-policy': examplesCsp } },
];

/** The pages to open, for the printout and the tests. */
export const demoPages = [
  ['Examples', '/'],
  ['Plain HTML', '/plain-html/'],
  ['Provincial portal', '/provincial-portal/'],
  ['React', '/react/'],
  ['Docs', '/docs/'],
  ['OpenAPI', '/openapi.json'],
];

/**
 * The provincial portal's own server routes: citizen login at `/auth/` (the backend-for-frontend of
 * `@dvc-kit/sdk/server`, logging in with the sandbox's test identity provider, calling the portal for
 * the citizen at `/auth/portal/`), as a province would run them on its site. The sandbox's address is
 * known only once it listens: `attach(url)` starts the login routes then; until then they answer 503.
 * The session cookie is not `Secure` (the demo runs on plain http://127.0.0.1) and its sealing secret
 * is drawn at each start, so a restart logs everyone out.
 * @returns {{ routes: import('@dvc-kit/sandbox').HostRoute[], attach(url: string): Promise<void> }}
 */
export function demoLogin() {
  /** @type {import('@dvc-kit/sdk/server').Auth | undefined} */
  let auth;
  return {
    routes: [{
      path: '/auth/',
      handle: (request) => {
        // Where the provider sends the citizen after logging out (a redirect URI registered with it).
        if (new URL(request.url).pathname === '/auth/logged-out') return Response.redirect(new URL('/provincial-portal/', request.url), 303);
        return auth ? auth.handle(request) : new Response('starting', { status: 503, headers: { 'retry-after': '1' } });
      },
    }],
    async attach(url) {
      const { createAuth, DEFAULT_SCOPES } = await import('@dvc-kit/sdk/server');
      const { randomBytes } = await import('node:crypto');
      auth = createAuth({
        issuer: `${url}/oidc`,
        allowHttpIssuer: true,
        // The sandbox's published test client: it only works against a sandbox on this machine.
        clientId: 'dvc-kit-local',
        clientSecret: 'dvc-kit-local-secret-for-tests-only',
        redirectUri: `${url}/auth/callback`,
        postLogoutRedirectUri: `${url}/auth/logged-out`,
        // The phone and address too: the dossier form prefills the contact fields with them.
        scopes: [...DEFAULT_SCOPES, 'phone', 'address'],
        allowedReturnTo: ['/provincial-portal'],
        defaultReturnTo: '/provincial-portal/',
        cookieSecret: randomBytes(32).toString('base64url'),
        secure: false,
        portal: { apiUrl: url, secretKey: 'sk_test_dvckit_local' },
      });
    },
  };
}
