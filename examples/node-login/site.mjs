// @ts-check
// A provincial site's server with citizen login, on plain node:http: the BFF of @dvc-kit/sdk/server at
// /auth/*, a home page rendered on the server (log in, or the citizen's name and a logout form with
// the CSRF token), and GET /api/me/dossiers, which calls the portal with the citizen's access token
// from the server. The page never sees a token.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createAuth, DEFAULT_SCOPES, toNodeHandler } from '@dvc-kit/sdk/server';

/**
 * @typedef {object} SiteOptions
 * @property {string} apiUrl The portal API (the sandbox: http://127.0.0.1:8787).
 * @property {string} issuer The OpenID provider (the sandbox: http://127.0.0.1:8787/oidc).
 * @property {string} clientId
 * @property {string} [clientSecret] A secret, or
 * @property {import('jose').JWK | string} [privateKey] a private key for private_key_jwt.
 * @property {string} cookieSecret At least 32 random characters.
 * @property {number} [port] Default 3000 (0: any free port).
 * @property {string} [host] Default 127.0.0.1.
 * @property {string} [publicUrl] The site's address as citizens see it (default http://host:port).
 * @property {boolean} [secure] Secure `__Host-` cookies (default true; see docs/login.md).
 * @property {(line: string) => void} [log]
 */

/** @param {string} text */
const html = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {SiteOptions} options */
export async function startSite(options) {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? console.log;
  /** @type {import('@dvc-kit/sdk/server').Auth | undefined} */
  let auth;
  // The logout form posts here, and the answer redirects to the provider's logout page: Chromium
  // applies form-action to that redirect too, so the provider's origin is allowed besides 'self'.
  const csp = `default-src 'none'; form-action 'self' ${new URL(options.issuer).origin}`;

  /** @param {Request} request @returns {Promise<Response>} */
  async function handle(request) {
    const { pathname } = new URL(request.url);
    if (!auth) return new Response('starting', { status: 503 });
    if (pathname.startsWith('/auth/')) return auth.handle(request);
    if (pathname === '/api/me/dossiers') {
      const session = await auth.getSession(request);
      if (!session) return Response.json({ error: 'not_logged_in' }, { status: 401 });
      const portal = await fetch(`${options.apiUrl}/v1/me/dossiers`, { headers: { authorization: `Bearer ${session.accessToken}` } });
      return new Response(portal.body, { status: portal.status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
    }
    if (pathname === '/' || pathname === '/auth-done') {
      const session = await auth.getSession(request);
      const body = session
        ? `<p>Xin chào, ${html(session.user.name ?? '')} (định danh mức ${session.user.identityLevel ?? '?'}).</p>
<p><a href="/api/me/dossiers">Hồ sơ của tôi (JSON)</a></p>
<form method="post" action="/auth/logout"><input type="hidden" name="csrfToken" value="${html(session.csrfToken)}"><button>Đăng xuất</button></form>`
        : '<p><a href="/auth/login?returnTo=/">Đăng nhập bằng tài khoản định danh điện tử</a></p>';
      return new Response(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>Dịch vụ công</title>${body}</html>`, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp },
      });
    }
    return new Response('Không tìm thấy', { status: 404 });
  }

  const server = createServer(toNodeHandler(handle, options.publicUrl ? { origin: options.publicUrl } : {}));
  server.listen(options.port ?? 3000, host);
  await once(server, 'listening');
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = options.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  auth = createAuth({
    issuer: options.issuer,
    allowHttpIssuer: new URL(options.issuer).protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(options.issuer).hostname),
    clientId: options.clientId,
    ...(options.clientSecret ? { clientSecret: options.clientSecret } : { privateKey: options.privateKey }),
    redirectUri: `${url}/auth/callback`,
    postLogoutRedirectUri: `${url}/`,
    // The default scopes (openid profile vn_identity vn_dossiers), and a refresh token: standard
    // providers give offline_access only with prompt=consent.
    scopes: [...DEFAULT_SCOPES, 'offline_access'],
    prompt: 'consent',
    allowedReturnTo: ['/'],
    cookieSecret: options.cookieSecret,
    ...(options.secure === undefined ? {} : { secure: options.secure }),
    log: (entry) => log(`auth: ${entry.event} ${entry.route}${entry.code ? ` ${entry.code}` : ''}`),
  });
  log(`Trang có đăng nhập chạy tại ${url}`);
  return {
    url,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    }),
  };
}
