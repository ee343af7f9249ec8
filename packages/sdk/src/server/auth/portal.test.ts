// The portal proxy of the BFF over real HTTP: the sandbox (API and OpenID provider) on one port, a site
// (createAuth with `portal`, behind toNodeHandler) on another. A "page" logs in through the persona
// page and calls `<site>/auth/portal/v1/…` with the SDK, its session cookie, an Origin and a
// publishable key, as a browser would; what reaches the portal is recorded.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { problem as problemSchema } from '@dvc-kit/contract';
import { connect } from '../../connection.js';
import { DvcAuthenticationError, DvcNotFoundError, DvcPermissionError } from '../../errors.js';
import { account, accountRatings } from '../../resources/account.js';
import { dossiers } from '../../resources/dossiers.js';
import {
  Browser, loginAs, moveDossier, rejection, submitDossier, testSandbox, TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET,
  TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, validSubmission, type Recorded, type RunningSandbox,
} from '../../test-support.js';
import { createAuth, toNodeHandler, type Auth, type AuthLogEntry } from '../index.js';

const SCOPES = ['openid', 'profile', 'vn_identity', 'vn_dossiers'];
const logs: AuthLogEntry[] = [];
/** What the BFF sent to the portal (method, URL, headers), newest last. */
const forwardedRequests: Recorded[] = [];

let sandbox: RunningSandbox;
let site = '';
let auth: Auth;
let server: Server;

before(async () => {
  sandbox = await testSandbox();
  server = createServer(toNodeHandler((request) => {
    const { pathname } = new URL(request.url);
    return pathname.startsWith('/auth/') ? auth.handle(request) : new Response('ok');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  auth = createAuth({
    issuer: `${sandbox.url}/oidc`,
    allowHttpIssuer: true,
    clientId: TEST_OIDC_CLIENT_ID,
    clientSecret: TEST_OIDC_CLIENT_SECRET,
    redirectUri: `${site}/auth/callback`,
    scopes: SCOPES,
    allowedReturnTo: ['/'],
    cookieSecret: 'a-test-cookie-secret-of-more-than-32-characters',
    log: (entry) => logs.push(entry),
    portal: {
      apiUrl: sandbox.url,
      secretKey: TEST_SECRET_KEY,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        forwardedRequests.push({ method: request.method, url: request.url, headers: new Headers(request.headers), at: performance.now() });
        return fetch(request);
      },
    },
  });
});
after(async () => {
  server.closeAllConnections();
  server.close();
  await sandbox.close();
  const text = JSON.stringify(logs);
  for (const secret of ['Nguyễn', '038195012345', 'eyJ', TEST_SECRET_KEY]) assert.ok(!text.includes(secret), `the logs hold no ${secret}`);
});

/** A citizen's browser on the site: logged in through the persona page, with its session cookie. */
interface Page {
  cookie: string;
  csrfToken: string;
  /** The page's fetch: the session cookie, and the Origin and Sec-Fetch-Site a browser adds. */
  fetch: typeof fetch;
  /** The session's access token (read on the server side, to check what the portal got). */
  accessToken: string;
}

async function logIn(persona = 'test-citizen-level2'): Promise<Page> {
  const browser = new Browser(new URL(sandbox.url).origin);
  const start = await browser.request(`${site}/auth/login`);
  assert.equal(start.status, 302, await start.clone().text());
  let step = await browser.go(start.headers.get('location')!);
  if (!step.location) step = await browser.submit(step.response.url, { persona, action: 'login' });
  assert.ok(step.location?.startsWith(`${site}/auth/callback?`), `back at the callback: ${step.location}`);
  const back = await browser.request(step.location!);
  assert.equal(back.status, 303, await back.clone().text());
  const cookie = [...browser.cookies].filter(([name]) => name.includes('dvc-session')).map(([k, v]) => `${k}=${v}`).join('; ');
  const session = await auth.getSession(new Request(site, { headers: { cookie } }));
  assert.ok(session, 'logged in');
  return { cookie, csrfToken: session.csrfToken, accessToken: session.accessToken, fetch: pageFetch(cookie) };
}

/** A fetch that sends what a browser would on this site: its cookie, Origin and Sec-Fetch-Site. */
function pageFetch(cookie: string | null): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (cookie) headers.set('cookie', cookie);
    headers.set('origin', site);
    headers.set('sec-fetch-site', 'same-origin');
    return fetch(new Request(request, { headers }));
  };
}

/** The SDK as a page uses it: a connection to the site's BFF with a publishable key. */
const bff = (page: Pick<Page, 'fetch'>, locale: 'vi' | 'en' = 'vi') =>
  connect({ baseUrl: `${site}/auth/portal`, key: TEST_PUBLISHABLE_KEY, fetch: page.fetch, locale, retry: 0 });

const lastForwarded = () => forwardedRequests.at(-1)!;

describe('the portal through the BFF', () => {
  let mai: Page;
  before(async () => {
    mai = await logIn();
  });

  test('GET /v1/me and /v1/me/dossiers with the SDK: the session\'s token goes to the portal, the page\'s credentials do not', async () => {
    const first = await submitDossier(sandbox.url); // by Nguyễn Thị Mai's CCCD, without logging in
    const second = await submitDossier(sandbox.url);
    const sent = forwardedRequests.length;
    const me = await account(bff(mai)).get();
    assert.equal(me.sub, 'test-citizen-level2');
    assert.equal(me.name, 'Nguyễn Thị Mai');
    assert.equal(me.idNumber, '038195012345');
    assert.ok(me.scopes.includes('vn_identity'));

    const forwarded = lastForwarded();
    assert.equal(forwardedRequests.length, sent + 1);
    assert.equal(forwarded.url, `${sandbox.url}/v1/me`);
    assert.equal(forwarded.headers.get('authorization'), `Bearer ${mai.accessToken}`, 'the session\'s access token, not the page\'s key');
    for (const name of ['cookie', 'origin', 'sec-fetch-site', 'x-csrf-token', 'dvc-account']) assert.equal(forwarded.headers.get(name), null, name);
    assert.equal(forwarded.headers.get('accept-language'), 'vi');

    // A list: every page, the cursor travelling in the query string.
    const page = await account(bff(mai)).dossiers({ limit: 1 });
    assert.equal(page.data.length, 1);
    assert.equal(page.total, 2);
    assert.ok(page.nextCursor);
    assert.match(lastForwarded().url, /\/v1\/me\/dossiers\?limit=1$/);
    const codes = [];
    for await (const dossier of account(bff(mai)).dossiers({ limit: 1 })) codes.push(dossier.code);
    assert.deepEqual(codes.sort(), [first.code, second.code].sort());
    assert.match(lastForwarded().url, /\/v1\/me\/dossiers\?limit=1&cursor=/);
    assert.deepEqual((await account(bff(mai)).dossiers()).data.map((d) => d.link), ['identity', 'identity']);
  });

  test('the answer: the portal\'s status, body, content-type and request-id, and cache-control: no-store', async () => {
    const response = await mai.fetch(`${site}/auth/portal/v1/me`, { headers: { 'accept-language': 'en' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^application\/json/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('request-id')!, /^[\w-]{8,}$/);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal((await response.json()).sub, 'test-citizen-level2');

    const missing = await mai.fetch(`${site}/auth/portal/v1/me/drafts/khong-co`, { headers: { 'accept-language': 'en' } });
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal((await missing.json()).code, 'draft_not_found', 'the portal\'s own problem, relayed');
  });

  test('the portal\'s Retry-After is relayed', async () => {
    const faults = sandbox.sandbox.options.faults;
    const before = { ...faults };
    Object.assign(faults, { errorRate: 1, retryAfterSeconds: 7 });
    try {
      const response = await mai.fetch(`${site}/auth/portal/v1/me`);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '7');
      assert.equal((await response.json()).code, 'service_unavailable');
    } finally {
      Object.assign(faults, before);
    }
  });

  test('drafts: put, list, get and delete through the proxy, each change with the CSRF token', async () => {
    const csrf = { headers: { 'x-csrf-token': mai.csrfToken } };
    const drafts = account(bff(mai)).drafts;
    const saved = await drafts.put('1.001193', { serviceCode: '1.001193', data: { childName: 'Lê Minh An' } }, csrf);
    assert.equal(saved.key, '1.001193');
    assert.equal(lastForwarded().method, 'PUT');
    assert.equal(lastForwarded().headers.get('content-type'), 'application/json');
    assert.deepEqual((await drafts.list()).map((d) => d.key), ['1.001193']);
    assert.deepEqual((await drafts.get('1.001193')).data, { childName: 'Lê Minh An' });
    assert.equal(await drafts.delete('1.001193', csrf), undefined);
    assert.deepEqual(await drafts.list(), []);
    const gone = await rejection(drafts.get('1.001193'));
    assert.ok(gone instanceof DvcNotFoundError);
    assert.equal(gone.code, 'draft_not_found');
  });

  test('a change without the CSRF token, with a wrong one, or from another origin is refused (403 csrf_failed) and not forwarded', async () => {
    const sent = forwardedRequests.length;
    const drafts = account(bff(mai, 'en')).drafts;
    const input = { data: { a: 1 } };
    for (const [what, call] of [
      ['no token', () => drafts.put('k1', input)],
      ['a wrong token', () => drafts.put('k1', input, { headers: { 'x-csrf-token': `${mai.csrfToken.slice(0, -2)}xx` } })],
      ['a delete without a token', () => drafts.delete('k1')],
      ['a submission without a token', async () => dossiers(bff(mai)).submit(await validSubmission(sandbox.url))],
    ] as const) {
      const error = await rejection(call());
      assert.ok(error instanceof DvcPermissionError, `${what}: ${error}`);
      assert.equal(error.code, 'csrf_failed', what);
      assert.equal(error.status, 403);
    }
    const english = await rejection(drafts.put('k1', input));
    assert.equal(english.message, 'The request did not come from this site’s page (CSRF token or origin).');

    const otherSite = await fetch(`${site}/auth/portal/v1/me/drafts/k1`, {
      method: 'PUT',
      headers: { cookie: mai.cookie, origin: 'https://evil.example', 'x-csrf-token': mai.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    assert.equal(otherSite.status, 403);
    assert.equal((await otherSite.json()).code, 'csrf_failed');
    assert.equal(forwardedRequests.length, sent, 'nothing reached the portal');
    assert.ok(logs.some((entry) => entry.route === 'portal' && entry.code === 'csrf_failed'));
  });

  test('a submission through the proxy: the site\'s secret key and Dvc-Account; the dossier is the account\'s', async () => {
    const input = await validSubmission(sandbox.url);
    const options = { headers: { 'x-csrf-token': mai.csrfToken }, idempotencyKey: 'portal-test-submission-1' };
    const dossier = await dossiers(bff(mai)).submit(input, options);
    const forwarded = lastForwarded();
    assert.equal(forwarded.method, 'POST');
    assert.equal(forwarded.url, `${sandbox.url}/v1/dossiers`);
    assert.equal(forwarded.headers.get('authorization'), `Bearer ${TEST_SECRET_KEY}`);
    assert.equal(forwarded.headers.get('dvc-account'), mai.accessToken);
    assert.equal(forwarded.headers.get('idempotency-key'), 'portal-test-submission-1');
    // Forwarded with the page's Origin, the sandbox would have refused a secret key (secret_key_in_browser).
    assert.equal(forwarded.headers.get('origin'), null);

    const mine = await account(bff(mai)).dossiers({ limit: 100 });
    const listed = mine.data.find((d) => d.code === dossier.code);
    assert.equal(listed?.link, 'account', 'submitted while logged in: tied to the account');

    // The same idempotency key answers the same dossier (the header is forwarded).
    const again = await dossiers(bff(mai)).submit(input, options);
    assert.equal(again.code, dossier.code);
  });

  test('the browser\'s Origin is not forwarded: the portal refuses tokens sent with one', async () => {
    const direct = await fetch(`${sandbox.url}/v1/me`, { headers: { authorization: `Bearer ${mai.accessToken}`, origin: site } });
    assert.equal(direct.status, 403);
    assert.equal((await direct.json()).code, 'account_token_in_browser', 'what the sandbox does with an Origin');
    const proxied = await mai.fetch(`${site}/auth/portal/v1/me`, { headers: { origin: site } });
    assert.equal(proxied.status, 200, 'through the BFF, without the Origin');
    assert.equal(lastForwarded().headers.get('origin'), null);
  });

  test('routes outside the allow-list are 404 (a problem document), logged in or not, and never forwarded', async () => {
    const { code } = await submitDossier(sandbox.url);
    const sent = forwardedRequests.length;
    for (const [method, path] of [
      ['GET', `/v1/dossiers/${code}`],
      ['POST', `/v1/admin/dossiers/${code}/status`],
      ['POST', '/v1/webhooks'],
      ['GET', '/v1/services'],
      ['GET', '/v1/health'],
      ['POST', '/v1/me'], // an allowed path with another method
      ['DELETE', '/v1/me/drafts'],
      ['GET', '/v1/me/'],
      ['GET', '/v1/me/drafts/a%2Fb'], // an encoded slash inside a parameter
      ['GET', '/v1/me/drafts/%2e%2e/%2e%2e/dossiers'], // dot segments (the URL parser folds them)
      ['GET', '/v1/me/drafts/..%2F..%2Fdossiers'],
      ['GET', '/v1'],
      ['GET', ''],
    ] as const) {
      for (const cookie of [mai.cookie, null]) {
        const response = await pageFetch(cookie)(`${site}/auth/portal${path}`, {
          method, headers: { 'x-csrf-token': mai.csrfToken, 'accept-language': 'en' },
        });
        assert.equal(response.status, 404, `${method} ${path}`);
        const body = await response.json();
        assert.ok(problemSchema.safeParse(body).success, `a Problem: ${JSON.stringify(body)}`);
        assert.equal(body.code, 'route_not_found');
      }
    }
    assert.equal(forwardedRequests.length, sent, 'nothing reached the portal');
    const error = await rejection(dossiers(bff(mai)).get(code, { verifier: '0912345678' }));
    assert.ok(error instanceof DvcNotFoundError);
    assert.equal(error.code, 'route_not_found');
  });

  test('a rating through the proxy: read and given for one of the account\'s dossiers with the session\'s token and the CSRF token', async () => {
    const { code } = await submitDossier(sandbox.url); // by Nguyễn Thị Mai's CCCD: the account's
    assert.equal((await moveDossier(sandbox.url, code, 'denied')).status, 200);
    const mine = accountRatings(bff(mai));
    assert.deepEqual(await mine.get(code), { code, status: 'denied', ratable: true, rating: null });
    assert.equal(lastForwarded().url, `${sandbox.url}/v1/me/dossiers/${code}/rating`);
    const refused = await rejection(mine.rate(code, { overall: 4 }));
    assert.equal(refused.code, 'csrf_failed', 'a change needs the CSRF token');
    const rated = await mine.rate(code, { overall: 4, criteria: { onlineConvenience: 5 } }, { headers: { 'x-csrf-token': mai.csrfToken } });
    assert.equal(lastForwarded().method, 'PUT');
    assert.equal(lastForwarded().headers.get('authorization'), `Bearer ${mai.accessToken}`);
    assert.equal(rated.rating?.overall, 4);
    assert.equal(rated.rating?.via, 'account');
    assert.deepEqual((await mine.get(code)).rating, rated.rating);
  });
});

describe('the portal through the BFF without a session', () => {
  test('401 not_logged_in, a Problem in the request\'s language, mapped by the SDK to its authentication error', async () => {
    const anonymous = { fetch: pageFetch(null) };
    const error = await rejection(account(bff(anonymous)).get());
    assert.ok(error instanceof DvcAuthenticationError, String(error));
    assert.equal(error.type, 'authentication');
    assert.equal(error.code, 'not_logged_in');
    assert.equal(error.status, 401);
    assert.match(error.message, /^Ông\/bà chưa đăng nhập/);
    const english = await rejection(account(bff(anonymous, 'en')).dossiers());
    assert.equal(english.code, 'not_logged_in');
    assert.equal(english.message, 'You are not logged in, or your session has ended. Please log in again.');

    const sent = forwardedRequests.length;
    const stale = await fetch(`${site}/auth/portal/v1/me/drafts/k`, {
      method: 'PUT', headers: { cookie: '__Host-dvc-session=made-up-id-0123456789', 'content-type': 'application/json' }, body: '{"data":{}}',
    });
    assert.equal(stale.status, 401);
    assert.equal(stale.headers.get('cache-control'), 'no-store');
    const body = await stale.json();
    assert.ok(problemSchema.safeParse(body).success);
    assert.equal(body.code, 'not_logged_in');
    assert.equal(forwardedRequests.length, sent);
  });
});

describe('createAuth with portal', () => {
  test('refuses a publishable key or a malformed address at once', () => {
    const base = {
      issuer: `${sandbox.url}/oidc`, clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET,
      redirectUri: `${site}/auth/callback`, allowedReturnTo: ['/'], cookieSecret: 'a-test-cookie-secret-of-more-than-32-characters',
    };
    assert.throws(() => createAuth({ ...base, portal: { apiUrl: sandbox.url, secretKey: TEST_PUBLISHABLE_KEY } }), /secret key/);
    assert.throws(() => createAuth({ ...base, portal: { apiUrl: 'ftp://example', secretKey: TEST_SECRET_KEY } }), /apiUrl/);
    assert.throws(() => createAuth({ ...base, portal: { apiUrl: 'not a url', secretKey: TEST_SECRET_KEY } }), /apiUrl/);
  });

  test('without portal, /auth/portal/… is not served', async () => {
    const plain = createAuth({
      issuer: `${sandbox.url}/oidc`, clientId: TEST_OIDC_CLIENT_ID, clientSecret: TEST_OIDC_CLIENT_SECRET,
      redirectUri: `${site}/auth/callback`, allowedReturnTo: ['/'], cookieSecret: 'a-test-cookie-secret-of-more-than-32-characters',
    });
    assert.equal((await plain.handle(new Request(`${site}/auth/portal/v1/me`))).status, 404);
  });
});

describe('the account resource on a server, with the access token', () => {
  test('account(connection).get({ accessToken }) against the portal directly', async () => {
    const { tokens } = await loginAs(sandbox.url, 'test-citizen-level2', { scope: SCOPES.join(' ') });
    const connection = connect({ baseUrl: sandbox.url, key: TEST_SECRET_KEY, retry: 0 });
    const me = await account(connection).get({ accessToken: tokens.access_token });
    assert.equal(me.sub, 'test-citizen-level2');
    // Without it, the key is what goes: no account's token.
    const error = await rejection(account(connection).get());
    assert.ok(error instanceof DvcAuthenticationError);
    assert.equal(error.code, 'account_token_invalid');
  });
});
