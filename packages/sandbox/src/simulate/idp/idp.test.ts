// The test identity provider over real HTTP, driven by openid-client as a relying party and a cookie
// jar as the browser: discovery, the persona page, code + PKCE, tokens, userinfo, refresh rotation,
// end session with back-channel logout, key rotation, and what the provider refuses.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, jwtVerify, type JSONWebKeySet } from 'jose';
import * as oidc from 'openid-client';
import type { RunningSandbox } from '../../index.js';
import {
  ALL_SCOPES, Browser, client, loginAs, relyingParty, TEST_REDIRECT_URI, testSandbox,
} from '../../test-support.js';
import { TEST_OIDC_JWT_CLIENT_ID, testOidcClientPrivateKey } from './clients.js';
import { activateSigningKey, checkClients, rotateSigningKey } from './provider.js';

const me = (url: string, token: string) => client(url, { key: token }).get('/v1/me');

/** Where the provider sends the browser for an authorization request with `params` changed. */
async function authorizeRedirect(config: oidc.Configuration, params: Record<string, string | null>): Promise<URL> {
  const url = new URL(config.serverMetadata().authorization_endpoint!);
  const all: Record<string, string | null> = {
    client_id: config.clientMetadata().client_id, response_type: 'code', redirect_uri: TEST_REDIRECT_URI, scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256',
    state: oidc.randomState(), nonce: oidc.randomNonce(), ...params,
  };
  for (const [k, v] of Object.entries(all)) if (v !== null) url.searchParams.set(k, v);
  const response = await fetch(url, { redirect: 'manual' });
  return new URL(response.headers.get('location') ?? 'about:blank', url);
}

/** Logs the browser's session out at the provider (end session, confirmed), as the citizen would. */
async function logOut(browser: Browser, config: oidc.Configuration, idToken: string): Promise<void> {
  const end = oidc.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: 'http://localhost:3000/' });
  const ask = await browser.go(end.href);
  const html = await ask.response.text();
  const action = html.match(/<form id="op.logoutForm" method="post" action="([^"]+)"/)![1]!;
  const xsrf = html.match(/name="xsrf" value="([^"]+)"/)![1]!;
  const done = await browser.submit(action, { xsrf, logout: 'yes' });
  assert.equal(done.location, 'http://localhost:3000/');
}

describe('the test identity provider', () => {
  let sandbox: RunningSandbox;
  let config: oidc.Configuration;
  before(async () => {
    sandbox = await testSandbox();
    config = await relyingParty(sandbox.url);
  });
  after(() => sandbox.close());

  test('discovery announces the code flow only, PKCE S256, the scopes and claims, and back-channel logout', () => {
    const m = config.serverMetadata();
    assert.equal(m.issuer, `${sandbox.url}/oidc`);
    assert.deepEqual(m.response_types_supported, ['code']);
    assert.deepEqual(m.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(m.acr_values_supported, ['LoA1', 'LoA2']);
    for (const scope of ['openid', 'profile', 'phone', 'address', 'vn_identity', 'vn_dossiers']) assert.ok(m.scopes_supported?.includes(scope), scope);
    for (const claim of ['name', 'birthdate', 'phone_number', 'address', 'vn_id_number', 'vn_identity_level', 'vn_tax_code']) {
      assert.ok(m.claims_supported?.includes(claim), claim);
    }
    for (const method of ['client_secret_basic', 'private_key_jwt']) assert.ok(m.token_endpoint_auth_methods_supported?.includes(method), method);
    assert.equal(m.backchannel_logout_supported, true);
    assert.match(String(m.end_session_endpoint), /\/oidc\/session\/end$/);
    assert.ok(m.introspection_endpoint && m.revocation_endpoint && m.userinfo_endpoint && m.jwks_uri);
  });

  test('the persona page is Vietnamese first, labelled, without script or inline style, under a strict CSP', async () => {
    const browser = new Browser(new URL(sandbox.url).origin);
    const authorize = oidc.buildAuthorizationUrl(config, {
      redirect_uri: TEST_REDIRECT_URI, scope: 'openid profile vn_identity vn_dossiers', acr_values: 'LoA2', state: oidc.randomState(), nonce: oidc.randomNonce(),
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256',
    });
    const { response } = await browser.go(authorize.href);
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'; style-src 'self'; img-src data:; form-action 'self' http:\/\/localhost:3000;/);
    const html = await response.text();
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /<h1>Đăng nhập bằng tài khoản định danh điện tử/);
    assert.doesNotMatch(html, /<script|style="|<style/);
    assert.match(html, /DVC Kit \(máy thử nghiệm, localhost\)/, 'names the site that asks');
    assert.match(html, /Số định danh cá nhân \(CCCD\)/, 'lists what is shared');
    assert.match(html, /<li>Xem và nộp hồ sơ của ông\/bà trên Cổng <span class="en" lang="en">View and submit your dossiers on the portal<\/span><\/li>/,
      'and what the portal API will let the site do');
    assert.doesNotMatch(html, /Số điện thoại/, 'and only that');
    assert.match(html, /yêu cầu tài khoản định danh mức 2/, 'says level 2 is asked for');
    const radios = [...html.matchAll(/<input type="radio" id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(radios.length, 3);
    for (const id of radios) assert.match(html, new RegExp(`<label for="${id}">`), id);

    const css = await fetch(new URL('../idp.css', response.url));
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);

    const stranger = await fetch(response.url, { method: 'POST', body: new URLSearchParams({ persona: 'test-citizen-level2', action: 'login' }) });
    assert.equal(stranger.status, 400, 'another browser (without the interaction cookie) cannot finish it');
    assert.match(await stranger.text(), /Phiên đăng nhập đã hết hạn/);

    const none = await browser.submit(response.url, { action: 'login' });
    assert.equal(none.response.status, 422, 'no persona chosen');
    assert.match(await none.response.text(), /role="alert" id="form-error">Vui lòng chọn một tài khoản/);
  });

  test('the persona page says level 2 is asked only when the site asks for it, and speaks to the citizen as ông/bà in both languages', async () => {
    /** The persona page's HTML for an authorization request with `params` added. */
    const personaPage = async (params: Record<string, string>) => {
      const authorize = oidc.buildAuthorizationUrl(config, {
        redirect_uri: TEST_REDIRECT_URI, scope: 'openid offline_access', state: oidc.randomState(), nonce: oidc.randomNonce(), prompt: 'consent',
        code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256', ...params,
      });
      const { response } = await new Browser(new URL(sandbox.url).origin).go(authorize.href);
      assert.equal(response.status, 200);
      return response.text();
    };
    const levelTwo = /yêu cầu tài khoản định danh mức 2/;
    const plain = await personaPage({});
    assert.doesNotMatch(plain, levelTwo, 'no acr_values: no level-2 notice (the provider adds no default)');
    assert.doesNotMatch(await personaPage({ acr_values: 'LoA1 LoA2' }), levelTwo, 'either level will do');
    assert.match(await personaPage({ acr_values: 'LoA2' }), levelTwo);

    assert.doesNotMatch(plain, /\bbạn\b/i, 'the citizen is addressed as ông/bà');
    assert.match(plain, /xác định ông\/bà là ai/);
    assert.match(plain, /Duy trì đăng nhập khi ông\/bà không dùng trang/);
    // Each persona's facts in Vietnamese and in English.
    assert.match(plain, /id="persona-test-citizen-level2-info">Mức 2 · CCCD 038195012345 · sinh ngày 08\/03\/1995\. [^<]*<span class="en" lang="en">Level 2 · CCCD 038195012345 · born 08\/03\/1995\. /);
    assert.match(plain, /id="persona-test-business-info">Tổ chức · MST 2801234564\. [^<]*<span class="en" lang="en">Organisation · tax code \(MST\) 2801234564\. /);
  });

  test('code flow with PKCE, state and nonce: ID token with the identity level, claims from userinfo by scope', async () => {
    const { tokens } = await loginAs(sandbox.url, 'test-citizen-level1', { scope: 'openid profile' });
    const claims = tokens.claims()!;
    assert.equal(claims.sub, 'test-citizen-level1');
    assert.equal(claims.acr, 'LoA1');
    assert.equal(claims.aud, 'dvc-kit-local');
    assert.ok(tokens.expires_in! <= 300, 'a short access token');
    assert.ok(tokens.refresh_token, 'a refresh token for the BFF');
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    assert.equal(info.name, 'Trần Văn Hùng');
    assert.equal(info.birthdate, '2001-09-21');
    assert.equal(info.phone_number, undefined, 'no phone scope, no phone');
    assert.equal(info.vn_id_number, undefined, 'no vn_identity scope, no CCCD');

    const full = await loginAs(sandbox.url, 'test-citizen-level2', { scope: ALL_SCOPES });
    assert.equal(full.tokens.claims()!.acr, 'LoA2');
    const all = await oidc.fetchUserInfo(config, full.tokens.access_token, 'test-citizen-level2');
    assert.equal(all.vn_id_number, '038195012345');
    assert.equal(all.vn_identity_level, 2);
    assert.equal(all.phone_number, '+84912345678');
    assert.equal((all.address as { formatted: string }).formatted, 'Số 12 Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa');

    const business = await loginAs(sandbox.url, 'test-business', { scope: 'openid vn_identity' });
    const org = await oidc.fetchUserInfo(config, business.tokens.access_token, 'test-business');
    assert.equal(org.vn_tax_code, '2801234564');
    assert.equal(org.vn_account_type, 'business');
  });

  test('a client that authenticates with private_key_jwt logs in; a wrong key is refused', async () => {
    type Key = Parameters<typeof oidc.PrivateKeyJwt>[0];
    const key = await importJWK(testOidcClientPrivateKey, 'ES256') as Key;
    const jwtConfig = await relyingParty(sandbox.url, TEST_OIDC_JWT_CLIENT_ID, oidc.PrivateKeyJwt({ key, kid: testOidcClientPrivateKey.kid } as Key));
    const { tokens } = await loginAs(sandbox.url, 'test-citizen-level2', { config: jwtConfig });
    assert.equal(tokens.claims()!.aud, TEST_OIDC_JWT_CLIENT_ID);

    const { privateKey } = await generateKeyPair('ES256');
    const forged = await relyingParty(sandbox.url, TEST_OIDC_JWT_CLIENT_ID, oidc.PrivateKeyJwt(privateKey as Key));
    await assert.rejects(loginAs(sandbox.url, 'test-citizen-level2', { config: forged }), (e: oidc.ResponseBodyError) => e.error === 'invalid_client');
  });

  test('refuses what DVC Kit never does: no PKCE, plain PKCE, no or short state or nonce, tokens from the front channel', async () => {
    const refused = async (params: Record<string, string | null>, error: string, why: string) => {
      const to = await authorizeRedirect(config, params);
      assert.equal(`${to.origin}${to.pathname}`, TEST_REDIRECT_URI, `${why}: back to the site`);
      // Errors of a front-channel token request come back in the fragment, the others in the query.
      const answer = to.hash ? new URLSearchParams(to.hash.slice(1)) : to.searchParams;
      assert.equal(answer.get('error'), error, `${why}: ${answer.get('error_description')}`);
    };
    await refused({ code_challenge: null, code_challenge_method: null }, 'invalid_request', 'no PKCE');
    await refused({ code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }, 'invalid_request', 'plain PKCE');
    await refused({ state: null }, 'invalid_request', 'no state');
    await refused({ state: 'abc' }, 'invalid_request', 'a short state');
    await refused({ nonce: null }, 'invalid_request', 'no nonce');
    await refused({ response_type: 'token' }, 'unsupported_response_type', 'implicit');
    await refused({ response_type: 'code id_token' }, 'unsupported_response_type', 'hybrid');
    // An unknown redirect URI is never redirected to: the provider's own error page says why.
    const response = await fetch(new URL(`?${new URLSearchParams({ client_id: 'dvc-kit-local', response_type: 'code', redirect_uri: 'https://evil.example/cb', scope: 'openid' })}`,
      config.serverMetadata().authorization_endpoint), { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /Không thể đăng nhập[\s\S]*redirect_uri/);
  });

  test('a code is used once; a refresh token is rotated and the old one refused (and its family revoked)', async () => {
    const { tokens, callback, checks } = await loginAs(sandbox.url);
    await assert.rejects(oidc.authorizationCodeGrant(config, callback, checks), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant');
    const again = await loginAs(sandbox.url);
    assert.equal((await me(sandbox.url, tokens.access_token)).body.code, 'account_token_invalid', 'a replayed code revokes what it gave');
    const first = await oidc.refreshTokenGrant(config, again.tokens.refresh_token!);
    assert.notEqual(first.refresh_token, again.tokens.refresh_token, 'a new refresh token');
    assert.equal((await me(sandbox.url, first.access_token)).status, 200);
    await assert.rejects(oidc.refreshTokenGrant(config, again.tokens.refresh_token!), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant');
    // Reuse of a spent token revokes the grant: the thief's and the owner's newer tokens alike.
    await assert.rejects(oidc.refreshTokenGrant(config, first.refresh_token!), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant');
    assert.equal((await me(sandbox.url, first.access_token)).body.code, 'account_token_invalid');
  });

  test('refresh tokens end with the provider session, with offline_access or without', async () => {
    // Without offline_access: a refresh token all the same, bound to the session.
    const plain = await loginAs(sandbox.url, 'test-citizen-level2', { scope: 'openid offline_access' });
    assert.ok(plain.tokens.refresh_token);
    assert.doesNotMatch(plain.tokens.scope ?? '', /offline_access/, 'offline_access is granted only with prompt=consent');
    // With offline_access (asked with prompt=consent, so granted): still bound to the session.
    const offline = await loginAs(sandbox.url, 'test-citizen-level2', { scope: 'openid offline_access', params: { prompt: 'consent' } });
    assert.match(offline.tokens.scope ?? '', /offline_access/);
    const refreshed = await oidc.refreshTokenGrant(config, offline.tokens.refresh_token!);
    assert.ok(refreshed.refresh_token, 'refreshes while the session lasts');

    for (const login of [plain, offline]) await logOut(login.browser, config, login.tokens.id_token!);
    await assert.rejects(oidc.refreshTokenGrant(config, plain.tokens.refresh_token!), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant');
    await assert.rejects(oidc.refreshTokenGrant(config, refreshed.refresh_token!), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant',
      'logout ends an offline_access refresh token too');
    assert.equal((await me(sandbox.url, refreshed.access_token)).body.code, 'account_token_invalid');
  });

  test('the citizen cancels: the site gets access_denied with its state', async () => {
    const browser = new Browser(new URL(sandbox.url).origin);
    const state = oidc.randomState();
    const authorize = oidc.buildAuthorizationUrl(config, {
      redirect_uri: TEST_REDIRECT_URI, scope: 'openid', state, nonce: oidc.randomNonce(),
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256',
    });
    const page = await browser.go(authorize.href);
    const { location } = await browser.submit(page.response.url, { action: 'cancel' });
    const back = new URL(location!);
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('state'), state);
  });
});

describe('logout and keys', () => {
  let sandbox: RunningSandbox;
  let receiver: Server;
  const logoutTokens: string[] = [];
  before(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        logoutTokens.push(new URLSearchParams(body).get('logout_token') ?? '');
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    sandbox = await testSandbox({
      oidcClients: [{
        client_id: 'bff-test', client_secret: 'bff-test-secret-0123456789', client_name: 'BFF thử nghiệm',
        redirect_uris: [TEST_REDIRECT_URI], post_logout_redirect_uris: ['http://localhost:3000/'],
        backchannel_logout_uri: `http://127.0.0.1:${port}/backchannel-logout`,
      }],
    });
  });
  after(async () => {
    await sandbox.close();
    receiver.close();
  });

  test('end session asks, logs out, tells the client by back-channel, and ends its tokens', async () => {
    const config = await relyingParty(sandbox.url, 'bff-test', oidc.ClientSecretBasic('bff-test-secret-0123456789'));
    const { tokens, browser } = await loginAs(sandbox.url, 'test-citizen-level2', { config });
    const sid = tokens.claims()!.sid;
    assert.ok(sid, 'the ID token names the session (backchannel_logout_session_required)');
    const end = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'http://localhost:3000/', state: 'after-logout-0001',
    });
    const ask = await browser.go(end.href);
    assert.equal(ask.response.status, 200);
    const html = await ask.response.text();
    assert.match(html, /Đăng xuất khỏi tài khoản định danh\?/);
    assert.doesNotMatch(html, /\bbạn\b/i, 'the citizen is addressed as ông/bà');
    assert.doesNotMatch(html, /<script|style="/);
    assert.match(ask.response.headers.get('content-security-policy') ?? '', /form-action 'self' http:\/\/localhost:3000;/);
    const action = html.match(/<form id="op.logoutForm" method="post" action="([^"]+)"/)![1]!;
    const xsrf = html.match(/name="xsrf" value="([^"]+)"/)![1]!;
    const done = await browser.submit(action, { xsrf, logout: 'yes' });
    assert.equal(done.location, 'http://localhost:3000/?state=after-logout-0001');

    assert.equal(logoutTokens.length, 1, 'one logout token delivered');
    const jwks = await (await fetch(config.serverMetadata().jwks_uri!)).json() as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(logoutTokens[0]!, createLocalJWKSet(jwks), {
      issuer: `${sandbox.url}/oidc`, audience: 'bff-test',
    });
    assert.equal(protectedHeader.typ, 'logout+jwt');
    assert.equal(payload.sub, 'test-citizen-level2');
    assert.equal(payload.sid, sid);
    assert.ok((payload.events as Record<string, unknown>)['http://schemas.openid.net/event/backchannel-logout']);
    assert.equal(payload.nonce, undefined);

    assert.equal((await me(sandbox.url, tokens.access_token)).body.code, 'account_token_invalid', 'the access token ended with the session');
    await assert.rejects(oidc.refreshTokenGrant(config, tokens.refresh_token!), (e: oidc.ResponseBodyError) => e.error === 'invalid_grant');
  });

  test('key rotation is staged: the new key is published first, signs once activated; the old one stays published', async () => {
    const before = await loginAs(sandbox.url);
    const oldKid = decodeProtectedHeader(before.tokens.id_token!).kid!;
    const newKid = await rotateSigningKey(sandbox.sandbox);
    assert.notEqual(newKid, oldKid);
    const kid = (login: Awaited<ReturnType<typeof loginAs>>) => decodeProtectedHeader(login.tokens.id_token!).kid;
    const published = async () => (await (await fetch(`${sandbox.url}/oidc/jwks`)).json() as JSONWebKeySet).keys;

    // Stage 1: published, not signing yet (a relying party's cached JWKS may not have it).
    let jwks = await published();
    assert.deepEqual(jwks.map((k) => k.kid), [newKid, oldKid], 'the new key first, the old one kept');
    assert.ok(jwks.every((k) => !('d' in k)), 'public keys only');
    assert.deepEqual(jwks[0]!.key_ops, ['verify'], 'the next key is for verification until it signs');
    // A relying party that fetches the JWKS now has the new key before any token needs it.
    const fetchedAfterPublishing = await relyingParty(sandbox.url);
    const during = await loginAs(sandbox.url, 'test-citizen-level2', { config: fetchedAfterPublishing });
    assert.equal(kid(during), oldKid, 'tokens are still signed with the old key');

    // Stage 2: the new key signs; the old one stays published, so tokens it signed still verify.
    assert.equal(await activateSigningKey(sandbox.sandbox), newKid);
    const afterwards = await loginAs(sandbox.url, 'test-citizen-level2', { config: fetchedAfterPublishing });
    assert.equal(kid(afterwards), newKid, 'signed with the new key, verified with the JWKS fetched before');
    jwks = await published();
    assert.deepEqual(jwks.map((k) => [k.kid, k.key_ops]), [[newKid, undefined], [oldKid, ['verify']]]);
    for (const token of [before.tokens.id_token!, during.tokens.id_token!]) {
      await jwtVerify(token, createLocalJWKSet({ keys: jwks }), { issuer: `${sandbox.url}/oidc`, audience: 'dvc-kit-local' });
    }
    assert.equal((await me(sandbox.url, before.tokens.access_token)).status, 200, 'a token from before the rotation still works');
  });
});

test('a rotated key signs once the sandbox clock has passed its delay (60 s by default, or as asked)', async () => {
  let now = Date.parse('2026-03-02T03:00:00Z');
  const sandbox = await testSandbox({ now: () => new Date(now) });
  try {
    const kid = async () => decodeProtectedHeader((await loginAs(sandbox.url)).tokens.id_token!).kid;
    const first = await kid();
    const second = await rotateSigningKey(sandbox.sandbox);
    now += 59_000;
    assert.equal(await kid(), first, '59 s later the old key still signs');
    now += 1_000;
    assert.equal(await kid(), second, 'at 60 s the new one does');
    const third = await rotateSigningKey(sandbox.sandbox, { activateAfterSeconds: 0 });
    assert.equal(await kid(), third, 'activateAfterSeconds: 0 signs at once');
    const jwks = await (await fetch(`${sandbox.url}/oidc/jwks`)).json() as JSONWebKeySet;
    assert.deepEqual(jwks.keys.map((k) => k.kid), [third, second, first], 'retired keys stay published');
  } finally {
    await sandbox.close();
  }
});

test('a client of the key file with only public keys authenticates with private_key_jwt', async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'portal-1', alg: 'ES256', use: 'sig' };
  const sandbox = await testSandbox({ oidcClients: [{ client_id: 'portal-jwt', jwks: { keys: [jwk] }, redirect_uris: [TEST_REDIRECT_URI] }] });
  try {
    await checkClients(sandbox.sandbox);
    type Key = Parameters<typeof oidc.PrivateKeyJwt>[0];
    const config = await relyingParty(sandbox.url, 'portal-jwt', oidc.PrivateKeyJwt({ key: privateKey, kid: 'portal-1' } as Key));
    assert.equal((await loginAs(sandbox.url, 'test-business', { config })).tokens.claims()!.sub, 'test-business');
  } finally {
    await sandbox.close();
  }
});

test('a client with wrong metadata is told at start, naming the client and the mistake', async () => {
  const sandbox = await testSandbox({ oidcClients: [{ client_id: 'typo', client_secret: 'secret-0123456789', redirect_uris: ['not a url'] }] });
  try {
    await assert.rejects(checkClients(sandbox.sandbox), /client typo: redirect_uris must only contain valid uris/);
  } finally {
    await sandbox.close();
  }
});

test('a sandbox with a data dir keeps its signing key, sessions and tokens across a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-idp-'));
  try {
    const first = await testSandbox({ memory: false, dataDir });
    const { tokens } = await loginAs(first.url);
    const kid = decodeProtectedHeader(tokens.id_token!).kid;
    await first.close();
    const second = await testSandbox({ memory: false, dataDir });
    try {
      const jwks = await (await fetch(`${second.url}/oidc/jwks`)).json() as JSONWebKeySet;
      assert.deepEqual(jwks.keys.map((k) => k.kid), [kid]);
      assert.equal((await me(second.url, tokens.access_token)).body.sub, 'test-citizen-level2');
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
