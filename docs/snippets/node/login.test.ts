// The snippets of the login guide (docs/login.md): a site's server on node:http with the BFF at
// /auth/* and one API route of its own that calls the portal with the citizen's access token; the
// page's side (session, logout); a session store shared by several processes. Run against the
// sandbox's test provider, logged in through its persona page by the sandbox's test browser.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createProbe } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { Browser, submitDossier, validSubmission } from '@dvc-kit/sandbox/testing';

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
process.env.PORT = String(port);
process.env.DVC_OIDC_ISSUER = `${sandbox.url}/oidc`;
process.env.DVC_API_URL = sandbox.url;
process.env.DVC_OIDC_CLIENT_ID = 'dvc-kit-local';
process.env.DVC_OIDC_CLIENT_SECRET = 'dvc-kit-local-secret-for-tests-only';
process.env.DVC_COOKIE_SECRET = 'a-random-secret-of-at-least-32-characters-for-tests';
const sessionDir = mkdtempSync(join(tmpdir(), 'dvc-login-guide-'));
process.env.DVC_SESSION_DB = join(sessionDir, 'sessions.db');
after(() => rmSync(sessionDir, { recursive: true, force: true }));
process.env.DVC_SECRET_KEY = 'sk_test_dvckit_local';

// #region setup
import { createServer } from 'node:http';
import { createAuth, DEFAULT_SCOPES, toNodeHandler, type AuthOptions } from '@dvc-kit/sdk/server';

const site = process.env.SITE_URL!; // https://dichvucong.example.gov.vn
const issuer = process.env.DVC_OIDC_ISSUER!; // the portal’s SSO; the sandbox: http://127.0.0.1:8787/oidc
const options: AuthOptions = {
  issuer,
  clientId: process.env.DVC_OIDC_CLIENT_ID!,
  clientSecret: process.env.DVC_OIDC_CLIENT_SECRET!,
  redirectUri: `${site}/auth/callback`,
  postLogoutRedirectUri: `${site}/`,
  scopes: [...DEFAULT_SCOPES, 'offline_access'], // openid profile vn_identity vn_dossiers, and a refresh token
  prompt: 'consent', // without which standard providers give no refresh token
  allowedReturnTo: ['/'], // any page of this site, nothing elsewhere
  cookieSecret: process.env.DVC_COOKIE_SECRET!, // ≥ 32 random characters
  allowHttpIssuer: issuer.startsWith('http://127.0.0.1:'), // plain http: the local sandbox only
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

// #region shared-store
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { AuthSession, SessionStore } from '@dvc-kit/sdk/server';

/** Sessions in one SQLite file that every process of the site opens (one machine: node:cluster, pm2). */
function sqliteSessionStore(file: string): SessionStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, data TEXT NOT NULL, sid TEXT, sub TEXT NOT NULL, until INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS session_locks (id TEXT PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL);`);
  return {
    async get(id) {
      const row = db.prepare('SELECT data FROM sessions WHERE id = ? AND until > ?').get(id, Date.now()) as { data: string } | undefined;
      return row && (JSON.parse(row.data) as AuthSession);
    },
    async set(id, session, ttlSeconds) {
      db.prepare('DELETE FROM sessions WHERE until <= ?').run(Date.now());
      db.prepare('INSERT OR REPLACE INTO sessions (id, data, sid, sub, until) VALUES (?, ?, ?, ?, ?)')
        .run(id, JSON.stringify(session), session.sid ?? null, session.sub, Date.now() + ttlSeconds * 1000);
    },
    async delete(id) {
      db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    },
    async deleteBy({ sid, sub }) {
      if (sid) return db.prepare('DELETE FROM sessions WHERE sid = ? AND (? IS NULL OR sub = ?)').run(sid, sub ?? null, sub ?? null).changes;
      return sub ? db.prepare('DELETE FROM sessions WHERE sub = ?').run(sub).changes : 0;
    },
    // One process at a time refreshes a session: a lease row, taken when free or when its holder's
    // minute is over (a crashed process), and given back by its holder only.
    async lock(id, fn) {
      const owner = randomUUID();
      const take = db.prepare(`INSERT INTO session_locks (id, owner, until) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until WHERE session_locks.until <= ?`);
      while (take.run(id, owner, Date.now() + 60_000, Date.now()).changes === 0) await sleep(20);
      try {
        return await fn();
      } finally {
        db.prepare('DELETE FROM session_locks WHERE id = ? AND owner = ?').run(id, owner);
      }
    },
  };
}

const sharedAuth = createAuth({ ...options, sessionStore: sqliteSessionStore(process.env.DVC_SESSION_DB!) });
// #endregion shared-store
process.env.DVC_SECRET_KEY = 'sk_test_dvckit_local';

// #region server
/** The site's server: the BFF at /auth/*, and its own API for the page, called with the citizen's token. */
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/auth/')) return auth.handle(request);
  if (pathname === '/api/me/dossiers') {
    // Refreshes the access token when near expiry; throws AuthError 503 (toNodeHandler answers it)
    // when that needs the provider and it cannot be reached: the session is kept for later.
    const session = await auth.getSession(request);
    if (!session) return Response.json({ error: 'not_logged_in' }, { status: 401 });
    const portal = await fetch(`${process.env.DVC_API_URL}/v1/me/dossiers`, {
      headers: { authorization: `Bearer ${session.accessToken}` }, // from the server, never the page
    });
    return new Response(portal.body, { status: portal.status, headers: { 'content-type': 'application/json' } });
  }
  return new Response('Not found', { status: 404 });
}

const server = createServer(toNodeHandler(handle, { origin: site })).listen(Number(process.env.PORT ?? 3000));
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

    // The page's script, with the fetch of a page of the site: a path on the site's origin, the
    // page's cookies, its Origin header (what a browser does for a same-origin fetch).
    async function page(fetch: (path: string, init?: RequestInit) => Promise<Response>) {
      // #region page
      const session = await (await fetch('/auth/session')).json();
      // → { authenticated: true, user: { name: 'Nguyễn Thị Mai', identityLevel: 2, accountType: 'citizen' },
      //     csrfToken: '…' }   (never a token)
      const dossiers = await (await fetch('/api/me/dossiers')).json();
      // Logging out: a POST with the session's CSRF token (a form field `csrfToken`, or this header).
      const logout = await fetch('/auth/logout', {
        method: 'POST', headers: { 'x-csrf-token': session.csrfToken, accept: 'application/json' },
      });
      const { endSessionUrl } = await logout.json(); // then: location.assign(endSessionUrl)
      // #endregion page
      return { session, dossiers, logout, endSessionUrl };
    }
    const fetchFromPage = (path: string, init: RequestInit = {}) =>
      fetch(`${site}${path}`, { ...init, redirect: 'manual', headers: { cookie: cookie(), origin: site, ...init.headers } });
    const { session, dossiers, logout, endSessionUrl } = await page(fetchFromPage);
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

  it('shares sessions between processes through SQLite, one refresh at a time (the store’s lock)', async () => {
    // Two processes of the site: each opens the file; the first one's refresh answer comes back slowly.
    let slowAnswer: (() => void) | undefined;
    const refreshes: string[] = [];
    const watching = (name: string, slow: boolean): typeof fetch => async (input, init) => {
      const response = await fetch(input, init);
      if (String(init?.body).includes('grant_type=refresh_token')) {
        refreshes.push(name);
        if (slow) {
          slowAnswer?.();
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      }
      return response;
    };
    const processes = [true, false].map((slow, i) => createAuth({
      ...options, sessionStore: sqliteSessionStore(process.env.DVC_SESSION_DB!), refreshMarginSeconds: 600, fetch: watching(`process ${i + 1}`, slow),
    }));
    assert.ok(sharedAuth);
    // The citizen logs in through the first process.
    const browser = new Browser(new URL(sandbox.url).origin);
    const start = await processes[0]!.login(new Request(`${site}/auth/login`));
    const cookies = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    let step = await browser.go(start.headers.get('location')!);
    step = await browser.submit(step.response.url, { persona: 'test-citizen-level2', action: 'login' });
    const back = await processes[0]!.callback(new Request(step.location!, { headers: { cookie: cookies(start) } }));
    const cookie = cookies(back);
    const request = () => new Request(`${site}/api/me/dossiers`, { headers: { cookie } });
    // Process 1 refreshes (every use does, with a 600 s margin); process 2 reads the session meanwhile.
    const answered = new Promise<void>((resolve) => (slowAnswer = resolve));
    const first = processes[0]!.getSession(request());
    await answered;
    const second = await processes[1]!.getSession(request());
    assert.ok(second, 'process 2 waited for the lock, then took process 1’s tokens');
    assert.equal(second.accessToken, (await first)!.accessToken);
    assert.deepEqual(refreshes, ['process 1']);
    assert.ok(await processes[1]!.getSession(request()), 'still logged in: no refresh token was used twice');
  });
});
