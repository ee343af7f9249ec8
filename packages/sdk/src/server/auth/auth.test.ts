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
import {
  createAuth, memorySessionStore, toNodeHandler, type Auth, type AuthLogEntry, type AuthOptions, type AuthSession, type SessionStore,
} from '../index.js';

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

/** The provider's part of a login in a browser of its own (a tab: its cookies at the provider are its own). */
async function throughProvider(bff: Bff, authorizeUrl: string, persona = 'test-citizen-level2') {
  const tab = new Browser(new URL(sandboxUrl).origin);
  let step = await tab.go(authorizeUrl);
  if (!step.location) step = await tab.submit(step.response.url, { persona, action: 'login' });
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
      assert.ok(cookies.some((c) => /^__Host-dvc-auth-[\w-]{8}=; .*Max-Age=0/.test(c)), 'the login transaction cookie is cleared');
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
    const forged = `__Host-dvc-auth-${callback.searchParams.get('state')!.slice(0, 8)}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c`;
    await refused(await fetch(callback, { headers: { cookie: forged } }), 400, 'transaction_missing');
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

describe('logins started in several tabs of one browser', { timeout: 30_000 }, () => {
  let bff: Bff;
  before(async () => {
    bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET });
  });

  test('two interleaved logins both finish: each has its own transaction cookie', async () => {
    const browser = new Browser(new URL(sandboxUrl).origin);
    // Tab 1 starts a login, then tab 2 starts one; tab 2 finishes first, then tab 1.
    const first = await browser.request(`${bff.url}/auth/login?returnTo=/tab-1`);
    const second = await browser.request(`${bff.url}/auth/login?returnTo=/tab-2`);
    assert.equal(first.status, 302);
    assert.equal(second.status, 302);
    const names = [...browser.cookies.keys()].filter((name) => name.startsWith('__Host-dvc-auth-'));
    assert.equal(names.length, 2, 'two transaction cookies side by side');
    const secondBack = await browser.request(await throughProvider(bff, second.headers.get('location')!));
    assert.equal(secondBack.status, 303, await secondBack.clone().text());
    assert.equal(secondBack.headers.get('location'), '/tab-2');
    const firstBack = await browser.request(await throughProvider(bff, first.headers.get('location')!));
    assert.equal(firstBack.status, 303, await firstBack.clone().text());
    assert.equal(firstBack.headers.get('location'), '/tab-1');
    assert.equal((await session(bff, cookieHeader(browser))).authenticated, true);
    assert.deepEqual([...browser.cookies.keys()].filter((name) => name.startsWith('__Host-dvc-auth')), [], 'each callback cleared its own cookie');
  });

  test('at most three logins under way: a fourth drops the oldest, whose callback is then refused', async () => {
    const browser = new Browser(new URL(sandboxUrl).origin);
    const starts: Response[] = [];
    // Within one second, the Cookie header's order (oldest first, RFC 6265 §5.4) tells which is oldest.
    for (let i = 0; i < 4; i++) starts.push(await browser.request(`${bff.url}/auth/login?returnTo=/tab-${i}`));
    assert.equal([...browser.cookies.keys()].filter((name) => name.startsWith('__Host-dvc-auth-')).length, 3);
    const dropped = starts[3]!.headers.getSetCookie().filter((c) => /Max-Age=0/.test(c));
    const oldest = new URL(starts[0]!.headers.get('location')!).searchParams.get('state')!.slice(0, 8);
    assert.deepEqual(dropped.map((c) => c.split('=')[0]), [`__Host-dvc-auth-${oldest}`], 'the oldest is dropped');
    const late = await browser.request(await throughProvider(bff, starts[0]!.headers.get('location')!));
    assert.equal(late.status, 400);
    assert.equal((await late.json()).error, 'state_mismatch');
    for (const i of [3, 1, 2]) {
      const back = await browser.request(await throughProvider(bff, starts[i]!.headers.get('location')!));
      assert.equal(back.headers.get('location'), `/tab-${i}`, `tab ${i}`);
    }
  });
});

describe('identity level (acr)', { timeout: 30_000 }, () => {
  test('acrValues LoA2: a level-1 login is refused (acr_not_satisfied), a level-2 one passes', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, acrValues: 'LoA2' });
    const { browser, response } = await login(bff, 'test-citizen-level1');
    assert.equal(response.status, 403);
    assert.equal((await response.json()).error, 'acr_not_satisfied');
    assert.ok(!response.headers.getSetCookie().some((c) => /-session=[^;]/.test(c)), 'no session');
    assert.deepEqual(logs.at(-1), { event: 'refused', route: 'callback', code: 'acr_not_satisfied' });
    assert.equal((await session(bff, cookieHeader(browser))).authenticated, false);
    const level2 = await login(bff, 'test-citizen-level2');
    assert.equal(level2.response.status, 303);
    assert.equal((await session(bff, cookieHeader(level2.browser))).user.identityLevel, 2);
  });

  test('a login asks for a listed level itself (?acr=LoA2, step-up); any other value is refused', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, allowedAcrValues: ['LoA2'] });
    const browser = new Browser(new URL(sandboxUrl).origin);
    const start = await browser.request(`${bff.url}/auth/login?acr=LoA2&returnTo=/thu-tuc`);
    assert.equal(new URL(start.headers.get('location')!).searchParams.get('acr_values'), 'LoA2');
    const refused = await browser.request(await throughProvider(bff, start.headers.get('location')!, 'test-citizen-level1'));
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).error, 'acr_not_satisfied');
    const stepUp = await browser.request(`${bff.url}/auth/login?acr=LoA2&returnTo=/thu-tuc`);
    const done = await browser.request(await throughProvider(bff, stepUp.headers.get('location')!, 'test-citizen-level2'));
    assert.equal(done.headers.get('location'), '/thu-tuc');

    for (const acr of ['LoA3', 'LoA1', 'LoA2 LoA1', '']) {
      const other = await fetch(`${bff.url}/auth/login?acr=${encodeURIComponent(acr)}`, { redirect: 'manual' });
      assert.equal(other.status, 400, acr);
      assert.equal((await other.json()).error, 'acr_not_allowed', acr);
    }
    // Without ?acr=, no level is asked for and none is checked.
    const plain = await fetch(`${bff.url}/auth/login`, { redirect: 'manual' });
    assert.equal(new URL(plain.headers.get('location')!).searchParams.get('acr_values'), null);
    assert.equal((await login(bff, 'test-citizen-level1')).response.status, 303);
  });
});

describe('login options', { timeout: 30_000 }, () => {
  test('default scopes: openid profile vn_identity vn_dossiers', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, scopes: undefined });
    const start = await fetch(`${bff.url}/auth/login`, { redirect: 'manual' });
    assert.equal(new URL(start.headers.get('location')!).searchParams.get('scope'), 'openid profile vn_identity vn_dossiers');
    assert.equal((await login(bff)).response.status, 303, 'the provider logs in with them');
  });

  test('prompt: consent is sent to the provider', async () => {
    const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, prompt: 'consent' });
    const start = await fetch(`${bff.url}/auth/login`, { redirect: 'manual' });
    assert.equal(new URL(start.headers.get('location')!).searchParams.get('prompt'), 'consent');
    assert.equal((await login(bff)).response.status, 303);
  });
});

describe('refreshing: concurrent requests, slow or shared stores, refusals, an unreachable provider', { timeout: 30_000 }, () => {
  // The provider rotates refresh tokens: a spent one used again revokes the whole login (its access
  // and refresh tokens), so the citizen would be logged out. Every request here refreshes (a 600 s
  // margin over 300 s access tokens), through real HTTP to the sandbox's provider.
  interface Watch {
    fetch: typeof fetch;
    /** Refresh grants sent to the provider. */
    refreshes: number;
    /** While true, the token endpoint is unreachable (a closed port). */
    down: boolean;
    /** When set, the answer of the next refresh waits this long after the provider gave it, and `answered` resolves. */
    slowAnswer?: { ms: number; answered: () => void };
  }
  let closedPort = 0;
  before(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  function watch(): Watch {
    const w: Watch = {
      refreshes: 0,
      down: false,
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const isToken = url.pathname.endsWith('/oidc/token');
        if (isToken && w.down) return fetch(`http://127.0.0.1:${closedPort}/oidc/token`, init);
        if (!isToken || !String(init?.body).includes('grant_type=refresh_token')) return fetch(input, init);
        w.refreshes++;
        const response = await fetch(input, init);
        const slow = w.slowAnswer;
        if (slow) {
          w.slowAnswer = undefined;
          slow.answered();
          await new Promise((resolve) => setTimeout(resolve, slow.ms));
        }
        return response;
      },
    };
    return w;
  }
  const bffWith = (w: Watch, sessionStore: SessionStore) => startBff({
    clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, refreshMarginSeconds: 600, fetch: w.fetch, sessionStore,
  });
  const me = (bff: Bff, cookie: string) => fetch(`${bff.url}/api/me`, { headers: { cookie } });
  const ended = () => logs.filter((l) => l.event === 'session_ended' || l.event === 'refresh_failed').length;

  test('a slow store read that outlasts another request’s refresh takes the new tokens (the spent refresh token is not used again)', async () => {
    const inner = memorySessionStore();
    let held: { read: () => void; release: Promise<void> } | undefined;
    // A store whose next read, once armed, takes the stored value at once and answers only when released.
    const store: SessionStore = {
      ...inner,
      async get(id) {
        const value = await inner.get(id);
        const hold = held;
        held = undefined;
        if (hold) {
          hold.read();
          await hold.release;
        }
        return value;
      },
    };
    const w = watch();
    const bff = await bffWith(w, store);
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    const before = ended();
    let release!: () => void;
    const read = new Promise<void>((resolve) => {
      held = { read: resolve, release: new Promise<void>((r) => (release = r)) };
    });
    const slow = me(bff, cookie); // B: reads the session (the old refresh token) and stalls
    await read;
    const fast = await me(bff, cookie); // A: reads, refreshes, stores the new tokens
    assert.equal(fast.status, 200);
    release();
    assert.equal((await slow).status, 200, 'the slow request got the new tokens');
    assert.equal(w.refreshes, 1, 'one refresh for both');
    assert.equal((await me(bff, cookie)).status, 200, 'still logged in (no reuse revoked the login)');
    assert.equal(ended(), before, 'no session ended');
  });

  test('a store that shows a write a moment late: the last refresh is kept for a caller holding the spent refresh token', async () => {
    const inner = memorySessionStore();
    let lagMs = 0;
    // Writes reach readers lagMs later (an asynchronously replicated store).
    const store: SessionStore = {
      ...inner,
      async set(id, value, ttl) {
        if (lagMs) setTimeout(() => void inner.set(id, value, ttl), lagMs);
        else await inner.set(id, value, ttl);
      },
    };
    const w = watch();
    const bff = await bffWith(w, store);
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    const before = ended();
    lagMs = 400;
    assert.equal((await me(bff, cookie)).status, 200); // refreshes; the store shows it 400 ms later
    assert.equal((await me(bff, cookie)).status, 200, 'read the old session, took the kept refresh');
    assert.equal(w.refreshes, 1);
    await new Promise((resolve) => setTimeout(resolve, 450));
    lagMs = 0;
    assert.equal((await me(bff, cookie)).status, 200, 'still logged in');
    assert.equal(w.refreshes, 2);
    assert.equal(ended(), before);
  });

  test('two processes sharing a store with a lock hook: the second waits for the first’s refresh and takes its tokens', async () => {
    // What two processes share: the sessions and a lock table (Redis, SQL); each has its own store client.
    const sessions = memorySessionStore();
    const leases = new Map<string, Promise<void>>();
    let locks = 0;
    const client = (): SessionStore => ({
      get: (id) => sessions.get(id),
      set: (id, value, ttl) => sessions.set(id, value, ttl),
      delete: (id) => sessions.delete(id),
      deleteBy: (match) => sessions.deleteBy(match),
      async lock(id, fn) {
        locks++;
        while (leases.has(id)) await leases.get(id);
        let free!: () => void;
        leases.set(id, new Promise<void>((resolve) => (free = resolve)));
        try {
          return await fn();
        } finally {
          leases.delete(id);
          free();
        }
      },
    });
    const w1 = watch();
    const w2 = watch();
    const one = await bffWith(w1, client());
    const two = await bffWith(w2, client());
    const { browser } = await login(one);
    const cookie = cookieHeader(browser);
    const before = ended();
    // Process one refreshes; its answer comes back slowly (the provider has already spent the old token).
    const answered = new Promise<void>((resolve) => (w1.slowAnswer = { ms: 300, answered: resolve }));
    const first = me(one, cookie);
    await answered;
    const second = me(two, cookie); // process two reads the old session meanwhile
    assert.equal((await first).status, 200);
    assert.equal((await second).status, 200, 'process two waited for the lock and used process one’s tokens');
    assert.equal(w1.refreshes + w2.refreshes, 1, 'one refresh');
    assert.ok(locks >= 2, 'both took the store’s lock');
    assert.equal((await me(two, cookie)).status, 200, 'still logged in');
    assert.equal((await me(one, cookie)).status, 200);
    assert.equal(ended(), before);
  });

  test('a refresh the provider refuses ends the session, logged as refresh_rejected', async () => {
    const store = memorySessionStore();
    const ids: string[] = [];
    const w = watch();
    const bff = await bffWith(w, { ...store, set: (id, value, ttl) => (ids.push(id), store.set(id, value, ttl)) });
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    // The login is revoked at the provider (its refresh token, say by an administrator).
    const { refreshToken } = (await store.get(ids.at(-1)!))!;
    const revoked = await fetch(`${sandboxUrl}/oidc/token/revocation`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${TEST_OIDC_CLIENT_ID}:${TEST_OIDC_CLIENT_SECRET}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token: refreshToken!, token_type_hint: 'refresh_token' }),
    });
    assert.equal(revoked.status, 200);
    assert.deepEqual(await session(bff, cookie), { authenticated: false });
    assert.deepEqual(logs.at(-1), { event: 'session_ended', route: 'refresh', code: 'refresh_rejected', reason: 'invalid_grant' });
    assert.equal(await store.get(ids.at(-1)!), undefined, 'the session is gone');
  });

  test('an unreachable provider keeps the session: still given while its access token works, then 503 provider_unavailable', async () => {
    const store = memorySessionStore();
    const ids: string[] = [];
    const w = watch();
    const bff = await bffWith(w, { ...store, set: (id, value, ttl) => (ids.push(id), store.set(id, value, ttl)) });
    const { browser } = await login(bff);
    const cookie = cookieHeader(browser);
    w.down = true;
    const kept = await session(bff, cookie);
    assert.equal(kept.authenticated, true, 'the access token still works: the session is given');
    assert.deepEqual(logs.at(-1), { event: 'refresh_failed', route: 'refresh', code: 'provider_unavailable', reason: 'ECONNREFUSED' });
    assert.equal((await me(bff, cookie)).status, 200, 'with the access token it has');
    const failures = () => logs.filter((l) => l.event === 'refresh_failed').length;
    const tried = failures();
    assert.equal((await me(bff, cookie)).status, 200);
    assert.equal(failures(), tried, 'not tried again at once while the access token works (no wait for the provider at each request)');

    // Its access token has now expired, and the provider is still unreachable.
    const id = ids.at(-1)!;
    await store.set(id, { ...(await store.get(id))!, accessTokenExpiresAt: Math.floor(Date.now() / 1000) - 1 }, 3600);
    const answer = await fetch(`${bff.url}/auth/session`, { headers: { cookie } });
    assert.equal(answer.status, 503);
    assert.equal((await answer.json()).error, 'provider_unavailable');
    assert.equal((await me(bff, cookie)).status, 503, 'the host’s route: getSession throws AuthError 503');
    assert.ok(await store.get(id), 'the session is kept');

    w.down = false;
    assert.equal((await session(bff, cookie)).authenticated, true, 'back: the refresh succeeds, the citizen never logged out');
    assert.equal((await me(bff, cookie)).status, 200);
    assert.ok(!logs.some((l) => l.event === 'session_ended' && l.route === 'refresh' && l.code === 'provider_unavailable'));
  });

  test('refreshMarginSeconds: how long before expiry the access token is renewed', async () => {
    // The sandbox's access tokens live 300 s: within a 600 s margin from the start, outside the default 60 s.
    for (const [margin, renewed] of [[undefined, false], [0, false], [600, true]] as const) {
      const bff = await startBff({ clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET, refreshMarginSeconds: margin });
      const { browser } = await login(bff);
      const request = () => new Request(`${bff.url}/`, { headers: { cookie: cookieHeader(browser) } });
      const first = await bff.auth.getSession(request());
      const second = await bff.auth.getSession(request());
      assert.equal(first!.accessToken !== second!.accessToken, renewed, `margin ${margin}`);
    }
    assert.throws(() => createAuth({
      issuer: `${sandboxUrl}/oidc`, clientId: 'x', clientSecret: 'y', redirectUri: 'http://127.0.0.1/auth/callback',
      allowedReturnTo: ['/'], cookieSecret: COOKIE_SECRET, refreshMarginSeconds: -1,
    }), /refreshMarginSeconds/);
  });
});
