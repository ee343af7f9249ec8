// The snippets of the login guide (docs/login.md): a site's server on node:http with the BFF at
// /auth/* and one API route of its own that calls the portal with the citizen's access token; the
// page's side (session, logout form). Run against the sandbox's test provider, logged in through its
// persona page by the sandbox's test browser.
import assert from 'node:assert/strict';
import { createServer as createProbe } from 'node:net';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { Browser, submitDossier, validSubmission } from '../../../packages/sandbox/src/test-support.js';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 });
after(() => sandbox.close());
// A free port for the site (the test clients accept any port of 127.0.0.1).
const port = await new Promise<number>((resolve) => {
  const probe = createProbe().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
process.env.SITE_URL = `http://127.0.0.1:${port}`;
process.env.DVC_OIDC_ISSUER = `${sandbox.url}/oidc`;
process.env.DVC_API_URL = sandbox.url;
process.env.DVC_OIDC_CLIENT_ID = 'dvc-kit-local';
process.env.DVC_OIDC_CLIENT_SECRET = 'dvc-kit-local-secret-for-tests-only';
process.env.DVC_SANDBOX = '1';
process.env.DVC_COOKIE_SECRET = 'a-random-secret-of-at-least-32-characters-for-tests';
process.env.DVC_SECRET_KEY = 'sk_test_dvckit_local';

// #region setup
import { createServer } from 'node:http';
import { createAuth, toNodeHandler, type AuthOptions } from '@dvc-kit/sdk/server';

const site = process.env.SITE_URL!; // https://dichvucong.example.gov.vn
const options: AuthOptions = {
  issuer: process.env.DVC_OIDC_ISSUER!, // the portal’s SSO; the sandbox: http://127.0.0.1:8787/oidc
  clientId: process.env.DVC_OIDC_CLIENT_ID!,
  clientSecret: process.env.DVC_OIDC_CLIENT_SECRET!,
  redirectUri: `${site}/auth/callback`,
  postLogoutRedirectUri: `${site}/`,
  scopes: ['openid', 'profile', 'vn_identity', 'vn_dossiers', 'offline_access'],
  allowedReturnTo: ['/'], // any page of this site, nothing elsewhere
  cookieSecret: process.env.DVC_COOKIE_SECRET!, // ≥ 32 random characters
  allowHttpIssuer: process.env.DVC_SANDBOX === '1', // an http: issuer: a local sandbox only
  // #region portal-option
  // The portal API for the page's widgets, at /auth/portal/v1/… (the secret key stays on this server):
  portal: { apiUrl: process.env.DVC_API_URL!, secretKey: process.env.DVC_SECRET_KEY! },
  // #endregion portal-option
};
const auth = createAuth(options);
// #endregion setup

// #region private-key-jwt
import { testOidcClientPrivateKey } from '@dvc-kit/sandbox';

const { clientSecret, ...withoutSecret } = options;
const jwtAuth = createAuth({ ...withoutSecret, clientId: 'dvc-kit-local-jwt', privateKey: testOidcClientPrivateKey });
// #endregion private-key-jwt

// #region portal-page
import { connect, type DossierSubmitInput } from '@dvc-kit/sdk/core';
import { account } from '@dvc-kit/sdk/account';
import { dossiers } from '@dvc-kit/sdk/dossiers';

/** The page's script, on the site's origin: the SDK through the BFF, with the session cookie and no token. */
async function myDossiersPage(input: DossierSubmitInput) {
  // The SDK wants a key; the BFF ignores it and calls the portal with the citizen's access token.
  const bff = connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' });
  const me = await account(bff).get(); // { name: 'Nguyễn Thị Mai', identityLevel: 2, idNumber: '038195012345', … }
  const mine = await account(bff).dossiers({ limit: 10 }); // one page; `for await` walks them all

  // A change (a draft saved or deleted, a submission) carries the session's CSRF token.
  const { csrfToken } = await (await fetch('/auth/session')).json();
  const csrf = { headers: { 'x-csrf-token': csrfToken } };
  await account(bff).drafts.put('1.001193', { serviceCode: '1.001193', data: input.formData ?? {} }, csrf);
  const dossier = await dossiers(bff).submit(input, csrf); // tied to the account: it is in "my dossiers"
  await account(bff).drafts.delete('1.001193', csrf);
  return { me, mine, dossier };
}
// #endregion portal-page

// #region server
/** The site's server: the BFF at /auth/*, and its own API for the page, called with the citizen's token. */
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/auth/')) return auth.handle(request);
  if (pathname === '/api/me/dossiers') {
    const session = await auth.getSession(request); // refreshes the access token when near expiry
    if (!session) return Response.json({ error: 'not_logged_in' }, { status: 401 });
    const portal = await fetch(`${process.env.DVC_API_URL}/v1/me/dossiers`, {
      headers: { authorization: `Bearer ${session.accessToken}` }, // from the server, never the page
    });
    return new Response(portal.body, { status: portal.status, headers: { 'content-type': 'application/json' } });
  }
  return new Response('Not found', { status: 404 });
}

const server = createServer(toNodeHandler(handle, { origin: site })).listen(port);
// #endregion server
after(() => {
  server.closeAllConnections();
  server.close();
});

describe('the login guide', () => {
  it('logs in through the BFF, lists my dossiers, and logs out with the CSRF token', async () => {
    const submitted = await submitDossier(sandbox.url); // without logging in, by Nguyễn Thị Mai's CCCD
    const browser = new Browser(new URL(sandbox.url).origin);
    const cookie = () => [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const start = await browser.request(`${site}/auth/login?returnTo=/ho-so-cua-toi`);
    let step = await browser.go(start.headers.get('location')!);
    step = await browser.submit(step.response.url, { persona: 'test-citizen-level2', action: 'login' });
    const back = await browser.request(step.location!);
    assert.equal(back.headers.get('location'), '/ho-so-cua-toi');

    // The page asks the site's server, with its cookie (same origin).
    const fetchFromPage = (path: string, init: RequestInit = {}) =>
      fetch(`${site}${path}`, { ...init, redirect: 'manual', headers: { cookie: cookie(), origin: site, ...init.headers } });

    // #region page
    const session = await (await fetchFromPage('/auth/session')).json();
    // → { authenticated: true, user: { name: 'Nguyễn Thị Mai', identityLevel: 2, accountType: 'citizen' },
    //     csrfToken: '…' }   (never a token)
    const dossiers = await (await fetchFromPage('/api/me/dossiers')).json();
    // Logging out: a POST with the session's CSRF token (a form field `csrfToken`, or this header).
    const logout = await fetchFromPage('/auth/logout', {
      method: 'POST', headers: { 'x-csrf-token': session.csrfToken, accept: 'application/json' },
    });
    const { endSessionUrl } = await logout.json(); // then: location.assign(endSessionUrl)
    // #endregion page
    assert.equal(session.authenticated, true);
    assert.deepEqual(session.user, { name: 'Nguyễn Thị Mai', identityLevel: 2, accountType: 'citizen' });
    assert.deepEqual(dossiers.data.map((d: { code: string }) => d.code), [submitted.code]);
    assert.equal(logout.status, 200);
    assert.ok(endSessionUrl.startsWith(`${sandbox.url}/oidc/session/end?`));
    assert.deepEqual(await (await fetchFromPage('/auth/session')).json(), { authenticated: false });
  });

  it('calls the portal for the citizen from the page, through the BFF', async () => {
    const browser = new Browser(new URL(sandbox.url).origin);
    const start = await browser.request(`${site}/auth/login`);
    let step = await browser.go(start.headers.get('location')!);
    step = await browser.submit(step.response.url, { persona: 'test-citizen-level2', action: 'login' });
    assert.equal((await browser.request(step.location!)).status, 303);
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const input = await validSubmission(sandbox.url); // Nguyễn Thị Mai applies
    const portalCalls: string[] = [];

    // The page's world: its origin, and a fetch that sends what a browser sends on it (the cookie,
    // Origin, Sec-Fetch-Site), relative URLs resolved against the site.
    const nodeFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(typeof input === 'string' ? new URL(input, site) : input, init);
      const headers = new Headers(request.headers);
      if (new URL(request.url).origin === site) {
        headers.set('cookie', cookie);
        headers.set('origin', site);
        headers.set('sec-fetch-site', 'same-origin');
      }
      if (request.url.startsWith(`${site}/auth/portal/`)) portalCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return nodeFetch(new Request(request, { headers }));
    }) as typeof fetch;
    Object.defineProperty(globalThis, 'location', { value: new URL(site), configurable: true });
    let result;
    try {
      result = await myDossiersPage(input);
    } finally {
      globalThis.fetch = nodeFetch;
      delete (globalThis as { location?: unknown }).location;
    }
    assert.equal(result.me.name, 'Nguyễn Thị Mai');
    assert.equal(result.me.identityLevel, 2);
    assert.ok(result.mine.data.length >= 1);
    assert.deepEqual(portalCalls, [
      'GET /auth/portal/v1/me', 'GET /auth/portal/v1/me/dossiers', 'PUT /auth/portal/v1/me/drafts/1.001193',
      'POST /auth/portal/v1/dossiers', 'DELETE /auth/portal/v1/me/drafts/1.001193',
    ]);
    const token = (await auth.getSession(new Request(site, { headers: { cookie } })))!.accessToken;
    const mine = await (await fetch(`${sandbox.url}/v1/me/dossiers`, { headers: { authorization: `Bearer ${token}` } })).json();
    const listed = mine.data.find((d: { code: string }) => d.code === result.dossier.code);
    assert.equal(listed?.link, 'account', 'the submission through the BFF is tied to the account');
  });

  it('sets up private_key_jwt (its whole login is tested in packages/sdk/src/server/auth/auth.test.ts)', async () => {
    assert.ok(clientSecret);
    const start = await jwtAuth.login(new Request(`${site}/auth/login`));
    assert.equal(start.status, 302);
    assert.equal(new URL(start.headers.get('location')!).searchParams.get('client_id'), 'dvc-kit-local-jwt');
  });
});
