// The login backend-for-frontend over real HTTP: the sandbox's OpenID provider on one port, the BFF
// (createAuth behind toNodeHandler, on node:http) on another, and a cookie-jar browser that goes
// through the persona page. Each attack of issue 17 is tried and must be refused with its code,
// logged without personal data.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { base64url, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import {
  Browser, loginAs, testOidcClientPrivateKey, testSandbox, TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET,
  TEST_OIDC_JWT_CLIENT_ID, type RunningSandbox, type TestBrowser,
} from '../../test-support.js';
import { createAuth, toNodeHandler, type Auth, type AuthLogEntry, type AuthOptions } from '../index.js';

const COOKIE_SECRET = 'a-test-cookie-secret-of-more-than-32-characters';
const logs: AuthLogEntry[] = [];

/** A node:http server with the BFF at /auth/* and one host route that uses the session (GET /api/me). */
interface Bff {
  url: string;
  auth: Auth;
  server: Server;
}
async function listen(): Promise<{ server: Server; url: string; mount(auth: Auth): void }> {
  let auth: Auth | undefined;
  const host = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/auth/')) return auth!.handle(request);
    if (path === '/api/me') {
      const session = await auth!.getSession(request);
      if (!session) return new Response(null, { status: 401 });
      return fetch(`${sandboxUrl}/v1/me`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    }
    return new Response('ok');
  };
  const server = createServer(toNodeHandler(host));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, mount: (a) => (auth = a) };
}
let sandboxUrl = '';
const servers: Server[] = [];

async function startBff(options: Partial<AuthOptions> & Pick<AuthOptions, 'clientId'>): Promise<Bff> {
  const { server, url, mount } = await listen();
  servers.push(server);
  const auth = createAuth({
    issuer: `${sandboxUrl}/oidc`,
    allowHttpIssuer: true,
    redirectUri: `${url}/auth/callback`,
    postLogoutRedirectUri: `${url}/`,
    scopes: ['openid', 'profile', 'vn_identity', 'offline_access'],
    allowedReturnTo: ['/'],
    cookieSecret: COOKIE_SECRET,
    log: (entry) => logs.push(entry),
    ...options,
  } as AuthOptions);
  mount(auth);
  return { url, auth, server };
}

/** Starts a login at the BFF and goes through the persona page; returns the callback URL (not yet visited). */
async function toCallback(bff: Bff, browser: TestBrowser, persona = 'test-citizen-level2', returnTo?: string) {
  const start = await browser.request(`${bff.url}/auth/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`);
  assert.equal(start.status, 302, await start.clone().text());
  let step = await browser.go(start.headers.get('location')!);
  if (!step.location) {
    assert.equal(step.response.status, 200);
    step = await browser.submit(step.response.url, { persona, action: 'login' });
  }
  assert.ok(step.location?.startsWith(`${bff.url}/auth/callback?`), `back at the callback: ${step.location}`);
  return step.location!;
}

async function login(bff: Bff, persona?: string, returnTo?: string) {
  const browser = new Browser(new URL(sandboxUrl).origin);
  const callback = await toCallback(bff, browser, persona, returnTo);
  const response = await browser.request(callback);
  return { browser, response, callback };
}

const session = async (bff: Bff, cookie: string) =>
  (await fetch(`${bff.url}/auth/session`, { headers: { cookie } })).json() as Promise<any>;

const cookieHeader = (browser: TestBrowser) => [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

let sandbox: RunningSandbox;
before(async () => {
  sandbox = await testSandbox();
  sandboxUrl = sandbox.url;
});
after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await sandbox.close();
  const text = JSON.stringify(logs);
  for (const personal of ['Nguyễn', '038195012345', 'test-citizen', 'eyJ']) {
    assert.ok(!text.includes(personal), `the logs hold no personal data or tokens (${personal})`);
  }
});

describe('login through the BFF', () => {
  for (const [name, options] of [
    ['client_secret_basic', { clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET }],
    ['private_key_jwt', { clientId: TEST_OIDC_JWT_CLIENT_ID, privateKey: { ...testOidcClientPrivateKey } }],
  ] as const) {
    test(`logs in with ${name}: __Host- HttpOnly Secure cookie, session without tokens, return URL kept`, async () => {
      const bff = await startBff(options);
      const { browser, response } = await login(bff, 'test-citizen-level2', '/ho-so?tab=1');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/ho-so?tab=1');
      const cookies = response.headers.getSetCookie();
      const sessionCookie = cookies.find((c) => c.startsWith('__Host-dvc-session='))!;
      assert.match(sessionCookie, /; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
      assert.ok(!/Domain=/i.test(sessionCookie));
      assert.ok(cookies.some((c) => /^__Host-dvc-auth=; .*Max-Age=0/.test(c)), 'the login transaction cookie is cleared');
      const value = sessionCookie.split(';')[0]!.split('=')[1]!;
      assert.match(value, /^[\w-]{40,}$/, 'the cookie is a random id, not a token');

      const body = await session(bff, cookieHeader(browser));
      assert.deepEqual(body.user, { name: 'Nguyễn Thị Mai', identityLevel: 2, accountType: 'citizen' });
      assert.equal(body.authenticated, true);
      assert.match(body.csrfToken, /^[\w-]{40,}$/);
      assert.ok(!JSON.stringify(body).includes('eyJ'), 'no token reaches the page');

      const me = await fetch(`${bff.url}/api/me`, { headers: { cookie: cookieHeader(browser) } });
      assert.equal(me.status, 200);
      assert.equal((await me.json()).sub, 'test-citizen-level2', 'the host proxies /v1/me with the access token');
    });
  }

  test('a level-1 citizen gets identityLevel 1', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET });
    const { browser } = await login(bff, 'test-citizen-level1');
    assert.deepEqual((await session(bff, cookieHeader(browser))).user, { name: 'Trần Văn Hùng', identityLevel: 1, accountType: 'citizen' });
  });

  test('without a cookie: not authenticated, and /api/me is 401', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET });
    assert.deepEqual(await session(bff, ''), { authenticated: false });
    assert.equal((await fetch(`${bff.url}/api/me`)).status, 401);
    assert.deepEqual(await session(bff, '__Host-dvc-session=made-up-id-0123456789'), { authenticated: false });
  });

  test('secure: false (http://localhost development) uses plain cookie names without Secure', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, secure: false });
    const { browser, response } = await login(bff);
    const sessionCookie = response.headers.getSetCookie().find((c) => c.startsWith('dvc-session='))!;
    assert.ok(sessionCookie && !/Secure/.test(sessionCookie));
    assert.equal((await session(bff, cookieHeader(browser))).authenticated, true);
  });
});

describe('attacks on the callback', () => {
  let bff: Bff;
  before(async () => {
    bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET });
  });
  const refused = async (response: Response, status: number, code: string) => {
    assert.equal(response.status, status);
    assert.equal((await response.json()).error, code);
    assert.ok(!response.headers.getSetCookie().some((c) => c.includes('-session=') && !/Max-Age=0/.test(c)), 'no session cookie');
    assert.equal(logs.at(-1)?.code, code, 'logged with its code');
  };

  test('missing state, wrong state, and no login transaction are refused', async () => {
    const browser = new Browser(new URL(sandboxUrl).origin);
    const callback = new URL(await toCallback(bff, browser));
    const tx = cookieHeader(browser);
    const noState = new URL(callback);
    noState.searchParams.delete('state');
    await refused(await fetch(noState, { headers: { cookie: tx } }), 400, 'state_missing');
    const wrongState = new URL(callback);
    wrongState.searchParams.set('state', 'an-attackers-state-0123456789');
    await refused(await fetch(wrongState, { headers: { cookie: tx } }), 400, 'state_mismatch');
    // A code sent to a victim's browser that never started a login (login CSRF).
    await refused(await fetch(callback), 400, 'transaction_missing');
    // A transaction cookie made with another secret does not open.
    await refused(await fetch(callback, { headers: { cookie: '__Host-dvc-auth=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c' } }), 400, 'transaction_missing');
  });

  test('a reused authorization code is refused (and the provider revokes what it gave)', async () => {
    const browser = new Browser(new URL(sandboxUrl).origin);
    const callback = await toCallback(bff, browser);
    const tx = cookieHeader(browser);
    const first = await browser.request(callback);
    assert.equal(first.status, 303);
    const victim = cookieHeader(browser);
    assert.equal((await fetch(`${bff.url}/api/me`, { headers: { cookie: victim } })).status, 200);
    // The attacker saw the callback URL and the transaction cookie, and replays them.
    await refused(await fetch(callback, { headers: { cookie: tx } }), 400, 'code_rejected');
    assert.equal((await fetch(`${bff.url}/api/me`, { headers: { cookie: victim } })).status, 401,
      'the replay revoked the tokens of the first exchange (RFC 6749 §4.1.2)');
  });

  test('open-redirect return URLs are refused before the provider is asked', async () => {
    for (const returnTo of [
      'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)',
      `${bff.url}@evil.example/`, 'http://127.0.0.1:1/', '/%0d%0aSet-Cookie:x=1'.replace('%0d%0a', '\r\n'),
      // Dot segments that leave a path starting with // (another host, to a browser).
      '/.//evil.example', '/..//evil.example/x', '/%2e//evil.example',
    ]) {
      const response = await fetch(`${bff.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      assert.equal(response.status, 400, returnTo);
      assert.equal((await response.json()).error, 'return_to_not_allowed', returnTo);
    }
    const ok = await fetch(`${bff.url}/auth/login?returnTo=${encodeURIComponent(`${bff.url}/ho-so`)}`, { redirect: 'manual' });
    assert.equal(ok.status, 302, 'an absolute URL on the site itself is allowed');
  });
});

describe('attacks on the ID token (the token endpoint answer tampered with on its way)', () => {
  // The BFF talks to the real provider; this fetch changes the token endpoint's answer as a
  // man-in-the-middle or a rogue provider would, and (for the checks after the signature) adds a key
  // of the test's to the JWKS, so each later check is reached on its own.
  const trusted = generateKeyPair('RS256', { extractable: true });
  const rogue = generateKeyPair('RS256', { extractable: true });
  let mode: ((payload: JWTPayload, idToken: string) => Promise<string>) | undefined;
  const tampering: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/jwks')) {
      const jwks = await response.json();
      jwks.keys.push({ ...(await exportJWK((await trusted).publicKey)), kid: 'test-trusted', alg: 'RS256', use: 'sig' });
      return Response.json(jwks);
    }
    if (url.pathname.endsWith('/token') && mode && response.ok) {
      const body = await response.json();
      body.id_token = await mode(decodeJwt(body.id_token), body.id_token);
      return Response.json(body);
    }
    return response;
  };
  const signWith = async (key: CryptoKey, kid: string, payload: JWTPayload) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid }).sign(key);

  let bff: Bff;
  before(async () => {
    bff = await startBff({ clientId: TEST_OIDC_JWT_CLIENT_ID, privateKey: { ...testOidcClientPrivateKey }, fetch: tampering });
  });

  const cases: [string, (payload: JWTPayload, idToken: string) => Promise<string>, string][] = [
    ['forged (signed with a key not in the JWKS)', async (p, t) => signWith((await rogue).privateKey, decodeProtectedHeader(t).kid!, p), 'id_token_signature'],
    ['alg: none', async (p) => `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url.encode(JSON.stringify(p))}.`, 'id_token_algorithm'],
    ['expired', async (p) => signWith((await trusted).privateKey, 'test-trusted', { ...p, iat: p.iat! - 7200, exp: p.iat! - 3600 }), 'id_token_expired'],
    ['nonce mismatch', async (p) => signWith((await trusted).privateKey, 'test-trusted', { ...p, nonce: 'another-logins-nonce-0123456789' }), 'nonce_mismatch'],
    ['another issuer', async (p) => signWith((await trusted).privateKey, 'test-trusted', { ...p, iss: 'https://evil.example/oidc' }), 'id_token_issuer'],
    // A real ID token, signed by the provider, issued to the other test client.
    ['a token for another client', async () => (await loginAs(sandboxUrl)).tokens.id_token!, 'id_token_audience'],
  ];
  for (const [name, tamper, code] of cases) {
    test(`${name} is refused: ${code}`, async () => {
      mode = tamper;
      try {
        const { response } = await login(bff);
        assert.equal(response.status, 400);
        assert.equal((await response.json()).error, code, JSON.stringify(logs.at(-1)));
        assert.ok(!response.headers.getSetCookie().some((c) => /-session=[^;]/.test(c)), 'no session');
        assert.equal(logs.at(-1)?.code, code);
      } finally {
        mode = undefined;
      }
    });
  }

  test('untampered, the same BFF logs in (the tampering fetch is otherwise transparent)', async () => {
    const { response } = await login(bff);
    assert.equal(response.status, 303);
  });
});

describe('logout: CSRF, stolen cookies, back-channel logout', () => {
  let port = 0;
  let bffSandbox: RunningSandbox;
  let bff: Bff;
  const secret = 'bff-test-secret-0123456789-abcdef';
  before(async () => {
    // The provider must know the BFF's back-channel URL, so the BFF's server listens first.
    const { server, url, mount } = await listen();
    servers.push(server);
    port = Number(new URL(url).port);
    bffSandbox = await testSandbox({
      oidcAccessTokenSeconds: 30,
      oidcClients: [{
        client_id: 'bff-test', client_secret: secret, client_name: 'BFF thử nghiệm',
        redirect_uris: [`${url}/auth/callback`], post_logout_redirect_uris: [`${url}/`],
        backchannel_logout_uri: `${url}/auth/backchannel-logout`,
      }],
    });
    sandboxUrl = bffSandbox.url;
    const auth = createAuth({
      issuer: `${bffSandbox.url}/oidc`, allowHttpIssuer: true, clientId: 'bff-test', clientSecret: secret,
      redirectUri: `${url}/auth/callback`, postLogoutRedirectUri: `${url}/`, allowedReturnTo: ['/'],
      scopes: ['openid', 'profile', 'vn_identity', 'offline_access'], cookieSecret: COOKIE_SECRET, log: (entry) => logs.push(entry),
    });
    mount(auth);
    bff = { url, auth, server };
  });
  after(async () => {
    sandboxUrl = sandbox.url;
    await bffSandbox.close();
  });

  test('logout needs POST, the session’s CSRF token and the site’s origin; then the stolen cookie is worthless', async () => {
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    const { csrfToken } = await session(bff, cookie);
    const post = (headers: Record<string, string>, body?: string) => fetch(`${bff.url}/auth/logout`, {
      method: 'POST', redirect: 'manual', body,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    assert.equal((await fetch(`${bff.url}/auth/logout`, { headers: { cookie }, redirect: 'manual' })).status, 405, 'GET does not log out');
    assert.equal((await post({})).status, 403, 'no token');
    assert.equal((await post({}, 'csrfToken=guessed-token-0123456789')).status, 403, 'wrong token');
    assert.equal((await post({ origin: 'https://evil.example' }, `csrfToken=${csrfToken}`)).status, 403, 'right token, another site');
    assert.equal(logs.at(-1)?.code, 'csrf_failed');
    assert.equal((await session(bff, cookie)).authenticated, true, 'none of those ended the session');
    // Another site's form, whose cross-site POST carries no SameSite=Lax cookie: refused, and no
    // Set-Cookie that would clear the citizen's session cookie (a forced logout).
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const forced = await fetch(`${bff.url}/auth/logout`, { method: 'POST', redirect: 'manual', headers });
      assert.equal(forced.status, 403, JSON.stringify(headers));
      assert.equal(forced.headers.get('set-cookie'), null, 'the cookie is not cleared');
    }
    const noSession = await fetch(`${bff.url}/auth/logout`, { method: 'POST', redirect: 'manual' });
    assert.equal(noSession.status, 303, 'without a session there is nothing to end: back to the site');
    assert.equal(noSession.headers.get('location'), `${bff.url}/`);

    const done = await post({ origin: bff.url }, `csrfToken=${csrfToken}`);
    assert.equal(done.status, 303);
    const end = new URL(done.headers.get('location')!);
    assert.equal(end.href.split('?')[0], `${sandboxUrl}/oidc/session/end`);
    assert.ok(end.searchParams.get('id_token_hint'));
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), `${bff.url}/`);
    assert.ok(done.headers.getSetCookie().some((c) => /^__Host-dvc-session=; .*Max-Age=0/.test(c)));
    // The cookie, replayed (stolen before the logout): nothing.
    assert.deepEqual(await session(bff, cookie), { authenticated: false });
    assert.equal((await fetch(`${bff.url}/api/me`, { headers: { cookie } })).status, 401);
  });

  test('logout at the provider ends the BFF session by back-channel; a forged logout token ends nothing', async () => {
    const { browser } = await login(bff);
    const stolen = cookieHeader(browser);
    assert.equal((await session(bff, stolen)).authenticated, true);

    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ sid: 'x', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })
      .setProtectedHeader({ alg: 'RS256', kid: 'k', typ: 'logout+jwt' }).setIssuer(`${sandboxUrl}/oidc`)
      .setAudience('bff-test').setIssuedAt().setJti('j-0123456789').sign(privateKey);
    const refusedToken = await fetch(`${bff.url}/auth/backchannel-logout`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `logout_token=${forged}`,
    });
    assert.equal(refusedToken.status, 400);
    assert.equal((await refusedToken.json()).error, 'invalid_request');
    assert.equal((await session(bff, stolen)).authenticated, true, 'the forged token ended nothing');

    // The citizen logs out at the provider (another site's logout, or the provider's own page).
    const ask = await browser.go(`${sandboxUrl}/oidc/session/end`);
    assert.equal(ask.response.status, 200);
    const html = await ask.response.text();
    const action = html.match(/<form id="op.logoutForm" method="post" action="([^"]+)"/)![1]!;
    const xsrf = html.match(/name="xsrf" value="([^"]+)"/)![1]!;
    await browser.submit(action, { xsrf, logout: 'yes' });
    assert.equal(logs.filter((l) => l.event === 'backchannel_logout').at(-1)?.code, '1 session(s) ended');

    assert.deepEqual(await session(bff, stolen), { authenticated: false }, 'the stolen cookie replayed after logout');
    assert.equal((await fetch(`${bff.url}/api/me`, { headers: { cookie: stolen } })).status, 401);
  });

  test('a near-expiry access token is refreshed on the server (rotation), the page sees no change', async () => {
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    const first = await bff.auth.getSession(new Request(`${bff.url}/`, { headers: { cookie } }));
    // Access tokens of this sandbox live 30 s, under the BFF's 60 s margin: every use refreshes, once at a time.
    const [a, b] = await Promise.all([1, 2].map(() => bff.auth.getSession(new Request(`${bff.url}/`, { headers: { cookie } }))));
    assert.ok(first && a && b);
    assert.notEqual(a.accessToken, first.accessToken, 'a new access token');
    assert.equal(a.accessToken, b.accessToken, 'two requests at once share one refresh (a rotated refresh token is single-use)');
    assert.equal((await fetch(`${bff.url}/api/me`, { headers: { cookie } })).status, 200, 'and another refresh later still works');
    void port;
  });
});
