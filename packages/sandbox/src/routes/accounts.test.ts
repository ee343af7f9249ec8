// The portal API with a citizen's access token (`/v1/me…`), over real HTTP: who the account is, its
// dossiers (submitted while logged in, or in its CCCD's name), its drafts across devices, and the
// problems for a missing, unknown, expired or browser-sent token.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { importJWK } from 'jose';
import * as oidc from 'openid-client';
import { loadKeys, TEST_OIDC_JWT_CLIENT_ID, testOidcClientPrivateKey, type RunningSandbox } from '../index.js';
import { migrations } from '../store/schema.js';
import {
  citizen, client, loginAs, relyingParty, submitDossier, testSandbox, TEST_REDIRECT_URI, TEST_SECRET_KEY, validSubmission,
} from '../test-support.js';

const as = (url: string, token: string) => client(url, { key: token });

/** A relying party with the test client that authenticates with private_key_jwt (another site). */
async function jwtClient(url: string) {
  type Key = Parameters<typeof oidc.PrivateKeyJwt>[0];
  const key = await importJWK(testOidcClientPrivateKey, 'ES256') as Key;
  return relyingParty(url, TEST_OIDC_JWT_CLIENT_ID, oidc.PrivateKeyJwt({ key, kid: testOidcClientPrivateKey.kid } as Key));
}

describe('the account routes', () => {
  let sandbox: RunningSandbox;
  let mai: string; // Nguyễn Thị Mai, level 2, CCCD 038195012345 (the tests' usual applicant)
  let hung: string; // Trần Văn Hùng, level 1
  before(async () => {
    sandbox = await testSandbox();
    mai = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    hung = (await loginAs(sandbox.url, 'test-citizen-level1')).tokens.access_token;
  });
  after(() => sandbox.close());

  test('GET /v1/me: who is logged in, each personal field only with its scope', async () => {
    const full = await as(sandbox.url, mai).get('/v1/me');
    assert.equal(full.status, 200);
    assert.deepEqual({ ...full.body, scopes: undefined }, {
      sub: 'test-citizen-level2', type: 'citizen', identityLevel: 2, name: 'Nguyễn Thị Mai', givenName: 'Mai', familyName: 'Nguyễn',
      birthDate: '1995-03-08', idNumber: '038195012345', taxCode: null, phone: '0912345678',
      address: 'Số 12 Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa', scopes: undefined,
    });
    const narrow = (await loginAs(sandbox.url, 'test-citizen-level1', { scope: 'openid' })).tokens.access_token;
    const bare = await as(sandbox.url, narrow).get('/v1/me');
    assert.equal(bare.status, 200);
    assert.deepEqual([bare.body.sub, bare.body.type, bare.body.identityLevel], ['test-citizen-level1', null, null],
      'the type and identity level come with vn_identity only');
    assert.deepEqual([bare.body.name, bare.body.idNumber, bare.body.phone, bare.body.address, bare.body.birthDate], [null, null, null, null, null]);
    assert.deepEqual(bare.body.scopes, ['openid']);
    const identity = (await loginAs(sandbox.url, 'test-citizen-level1', { scope: 'openid vn_identity' })).tokens.access_token;
    const level = await as(sandbox.url, identity).get('/v1/me');
    assert.deepEqual([level.body.type, level.body.identityLevel, level.body.idNumber], ['citizen', 1, '001201004321']);
    const business = (await loginAs(sandbox.url, 'test-business', { scope: 'openid profile vn_identity' })).tokens.access_token;
    const org = await as(sandbox.url, business).get('/v1/me');
    assert.deepEqual([org.body.type, org.body.taxCode, org.body.idNumber, org.body.name], ['business', '2801234564', null, 'Công ty TNHH Dịch vụ Số Hạc Thành']);
  });

  test('no token, an unknown one, an API key or a token sent from a page: clear problems in vi and en', async () => {
    const none = await client(sandbox.url, { key: null }).get('/v1/me');
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'account_token_missing');
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.match(none.body.detail, /Thiếu mã truy cập/);
    const unknown = await as(sandbox.url, 'not-a-token').get('/v1/me', { locale: 'en' });
    assert.equal(unknown.body.code, 'account_token_invalid');
    assert.match(unknown.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
    assert.match(unknown.body.detail, /not valid, was revoked, or its login session ended/);
    assert.equal((await as(sandbox.url, TEST_SECRET_KEY).get('/v1/me')).body.code, 'account_token_invalid', 'an API key is no access token');
    const page = await as(sandbox.url, mai).get('/v1/me', { headers: { origin: 'http://localhost:3000' } });
    assert.equal(page.status, 403);
    assert.equal(page.body.code, 'account_token_in_browser');
  });

  test('GET /v1/me/dossiers: submitted while logged in, or in the CCCD\'s name; not other people\'s', async () => {
    const anonymous = await submitDossier(sandbox.url); // applicant: the tests' citizen, Mai's CCCD
    await submitDossier(sandbox.url, { applicant: { ...citizen, fullName: 'Lê Văn Tám', idNumber: '001090123456' } });
    const submission = await validSubmission(sandbox.url, '1.001193', { province: '38' });
    const logged = await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/dossiers', submission, { headers: { 'dvc-account': mai } });
    assert.equal(logged.status, 201, JSON.stringify(logged.body));

    const list = await as(sandbox.url, mai).get('/v1/me/dossiers');
    assert.equal(list.status, 200);
    assert.equal(list.body.total, 2);
    assert.deepEqual(list.body.data.map((d: { code: string; link: string }) => [d.code, d.link]), [
      [logged.body.code, 'account'], [anonymous.code, 'identity'],
    ]);
    const item = list.body.data[0];
    assert.equal(item.status, 'receiving');
    assert.deepEqual(item.fees, { total: logged.body.fees.total, paid: 0, due: logged.body.fees.total });
    assert.equal((await as(sandbox.url, hung).get('/v1/me/dossiers')).body.total, 0, 'another citizen sees none of them');

    const first = await as(sandbox.url, mai).get('/v1/me/dossiers?limit=1');
    const second = await as(sandbox.url, mai).get(`/v1/me/dossiers?limit=1&cursor=${first.body.nextCursor}`);
    assert.deepEqual([first.body.data[0].code, second.body.data[0].code, second.body.nextCursor], [logged.body.code, anonymous.code, null]);
    const broken = await as(sandbox.url, mai).get('/v1/me/dossiers?cursor=nonsense');
    assert.equal(broken.status, 400);
    assert.equal(broken.body.errors[0].path, 'cursor');

    const profileOnly = (await loginAs(sandbox.url, 'test-citizen-level2', { scope: 'openid profile vn_dossiers' })).tokens.access_token;
    const narrow = await as(sandbox.url, profileOnly).get('/v1/me/dossiers');
    assert.equal(narrow.status, 403);
    assert.equal(narrow.body.code, 'account_scope_missing');
    assert.match(narrow.headers.get('www-authenticate') ?? '', /insufficient_scope", scope="vn_identity"/, 'found by the CCCD: vn_identity too');
  });

  test('a submission tied to an account must be in its holder\'s name, with a valid token', async () => {
    const submission = await validSubmission(sandbox.url, '1.001193', { province: '38' });
    const secret = client(sandbox.url, { key: TEST_SECRET_KEY });
    const someoneElse = await secret.post('/v1/dossiers', submission, { headers: { 'dvc-account': hung } });
    assert.equal(someoneElse.status, 400);
    assert.deepEqual(someoneElse.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['applicant.idNumber', 'applicant.not_account_holder']]);
    const forged = await secret.post('/v1/dossiers', submission, { headers: { 'dvc-account': 'forged-token' } });
    assert.equal(forged.body.code, 'account_token_invalid');
    // A publishable key is public: with it a token alone would speak for the citizen, from a page or not.
    const fromPage = await client(sandbox.url).post('/v1/dossiers', submission, { headers: { 'dvc-account': mai, origin: 'http://localhost:3000' } });
    assert.deepEqual([fromPage.status, fromPage.body.code], [403, 'account_needs_secret_key']);
    const noOrigin = await client(sandbox.url).post('/v1/dossiers', submission, { headers: { 'dvc-account': mai } });
    assert.deepEqual([noOrigin.status, noOrigin.body.code], [403, 'account_needs_secret_key']);
    assert.match(noOrigin.body.detail, /khoá bí mật \(sk_\)/);
  });

  test('an account below the procedure\'s identity level cannot submit it; the name and a date of birth sent for it are the identity\'s', async () => {
    const secret = client(sandbox.url, { key: TEST_SECRET_KEY });
    const hungAsApplicant = { type: 'citizen' as const, fullName: 'Trần Văn Hùng', idNumber: '001201004321', phone: '0987654321' };
    // Đăng ký khai sinh needs level 2; Hùng's account is level 1.
    const birth = await validSubmission(sandbox.url, '1.001193', { province: '38', applicant: hungAsApplicant });
    for (const locale of ['vi', 'en'] as const) {
      const low = await secret.post('/v1/dossiers', birth, { headers: { 'dvc-account': hung }, locale });
      assert.deepEqual([low.status, low.body.code], [422, 'identity_level_too_low']);
      assert.match(low.body.detail, locale === 'vi' ? /yêu cầu tài khoản định danh điện tử mức 2; tài khoản đang đăng nhập ở mức 1/ : /needs an electronic identity account of level 2/);
    }
    // The same dossier typed without the account is the anonymous path: accepted.
    assert.equal((await secret.post('/v1/dossiers', birth)).status, 201);
    // A level-1 procedure takes his account.
    const level1 = await validSubmission(sandbox.url, '1.015304', { applicant: hungAsApplicant });
    assert.equal((await secret.post('/v1/dossiers', level1, { headers: { 'dvc-account': hung } })).status, 201);

    const withBirth = await validSubmission(sandbox.url, '1.001193', { province: '38' });
    const wrong = await secret.post('/v1/dossiers', { ...withBirth, applicant: { ...withBirth.applicant, birthDate: '1990-01-01' } }, { headers: { 'dvc-account': mai } });
    assert.deepEqual(wrong.body.errors?.map((e: { path: string; code: string }) => [e.path, e.code]), [['applicant.birthDate', 'applicant.birth_date_not_account']]);
    const right = await secret.post('/v1/dossiers', { ...withBirth, applicant: { ...withBirth.applicant, birthDate: '1995-03-08' } }, { headers: { 'dvc-account': mai } });
    assert.equal(right.status, 201, JSON.stringify(right.body));
    // The name too: the account's holder, whatever spaces or letter case she typed it with.
    const forged = await secret.post('/v1/dossiers', { ...withBirth, applicant: { ...withBirth.applicant, fullName: 'Kẻ Giả Mạo' } }, { headers: { 'dvc-account': mai } });
    assert.deepEqual(forged.body.errors?.map((e: { path: string; code: string }) => [e.path, e.code]), [['applicant.fullName', 'applicant.name_not_account']]);
    const spaced = await secret.post('/v1/dossiers', { ...withBirth, applicant: { ...withBirth.applicant, fullName: ' nguyễn  thị MAI ' } }, { headers: { 'dvc-account': mai } });
    assert.equal(spaced.status, 201, JSON.stringify(spaced.body));
  });

  test('an idempotency key replays an account submission for the same citizen only, even with a refreshed token', async () => {
    const secret = client(sandbox.url, { key: TEST_SECRET_KEY });
    const submission = await validSubmission(sandbox.url, '1.015304');
    const idempotencyKey = `account-replay-${Date.now()}`;
    const first = await secret.post('/v1/dossiers', submission, { headers: { 'dvc-account': mai, 'idempotency-key': idempotencyKey } });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    // Mai again, with another token (a refresh, another login): the first answer, replayed.
    const again = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    const replay = await secret.post('/v1/dossiers', submission, { headers: { 'dvc-account': again, 'idempotency-key': idempotencyKey } });
    assert.deepEqual([replay.status, replay.body.code, replay.headers.get('idempotency-replayed')], [201, first.body.code, 'true']);
    // Hùng with Mai's key and body: not her answer (with its receipt link), but a refusal.
    const other = await secret.post('/v1/dossiers', submission, { headers: { 'dvc-account': hung, 'idempotency-key': idempotencyKey } });
    assert.deepEqual([other.status, other.body.code], [409, 'idempotency_key_reused']);
  });

  test('drafts are kept per account and found again from another login (another device)', async () => {
    const saved = await as(sandbox.url, mai).call('PUT', '/v1/me/drafts/1.001193', { serviceCode: '1.001193', data: { step: 2, fields: { name: 'Mai' } } });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.size, JSON.stringify({ step: 2, fields: { name: 'Mai' } }).length);
    const phone = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    const found = await as(sandbox.url, phone).get('/v1/me/drafts/1.001193');
    assert.deepEqual([found.body.data, found.body.serviceCode], [{ step: 2, fields: { name: 'Mai' } }, '1.001193']);
    assert.deepEqual((await as(sandbox.url, phone).get('/v1/me/drafts')).body.data.map((d: { key: string }) => d.key), ['1.001193']);
    assert.equal((await as(sandbox.url, hung).get('/v1/me/drafts/1.001193')).body.code, 'draft_not_found', 'not another account\'s');

    const big = await as(sandbox.url, mai).call('PUT', '/v1/me/drafts/big', { data: { text: 'x'.repeat(70_000) } });
    assert.deepEqual([big.status, big.body.code], [413, 'draft_too_large']);
    for (let i = 0; i < 19; i++) assert.equal((await as(sandbox.url, hung).call('PUT', `/v1/me/drafts/d${i}`, { data: {} })).status, 200);
    assert.equal((await as(sandbox.url, hung).call('PUT', '/v1/me/drafts/d0', { data: { again: true } })).status, 200, 'saving one again');
    assert.equal((await as(sandbox.url, hung).call('PUT', '/v1/me/drafts/d19', { data: {} })).status, 200, 'the 20th');
    const tooMany = await as(sandbox.url, hung).call('PUT', '/v1/me/drafts/d20', { data: {} });
    assert.deepEqual([tooMany.status, tooMany.body.code], [409, 'too_many_drafts']);

    assert.equal((await as(sandbox.url, phone).delete('/v1/me/drafts/1.001193')).status, 204);
    assert.equal((await as(sandbox.url, mai).delete('/v1/me/drafts/1.001193')).body.code, 'draft_not_found');
  });

  test('a token granted to log in only (no vn_dossiers) reads no dossiers or drafts and submits for no one', async () => {
    const loginOnly = (await loginAs(sandbox.url, 'test-citizen-level2', { scope: 'openid profile phone address vn_identity' })).tokens.access_token;
    const api = as(sandbox.url, loginOnly);
    const refused = [
      await api.get('/v1/me/dossiers'), await api.get('/v1/me/drafts'), await api.get('/v1/me/drafts/1.001193'),
      await api.call('PUT', '/v1/me/drafts/1.001193', { data: { step: 1 } }), await api.delete('/v1/me/drafts/1.001193'),
      await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/dossiers', await validSubmission(sandbox.url, '1.001193', { province: '38' }),
        { headers: { 'dvc-account': loginOnly } }),
    ];
    for (const reply of refused) {
      assert.deepEqual([reply.status, reply.body.code], [403, 'account_scope_missing'], JSON.stringify(reply.body));
      assert.match(reply.headers.get('www-authenticate') ?? '', /insufficient_scope", scope="vn_dossiers"/);
    }
    assert.match(refused[0]!.body.detail, /thiếu phạm vi "vn_dossiers"/);
    assert.equal((await api.get('/v1/me')).status, 200, 'who is logged in: openid is enough');
  });

  test('drafts are kept per site: another client\'s token for the same citizen neither sees nor overwrites them', async () => {
    const other = (await loginAs(sandbox.url, 'test-citizen-level2', { config: await jwtClient(sandbox.url) })).tokens.access_token;
    const mine = await as(sandbox.url, mai).call('PUT', '/v1/me/drafts/khai-sinh', { data: { site: 'dvc-kit-local' } });
    assert.equal(mine.status, 200);
    assert.equal((await as(sandbox.url, other).get('/v1/me/drafts/khai-sinh')).body.code, 'draft_not_found');
    assert.ok(!(await as(sandbox.url, other).get('/v1/me/drafts')).body.data.some((d: { key: string }) => d.key === 'khai-sinh'));
    assert.equal((await as(sandbox.url, other).delete('/v1/me/drafts/khai-sinh')).body.code, 'draft_not_found');
    assert.equal((await as(sandbox.url, other).call('PUT', '/v1/me/drafts/khai-sinh', { data: { site: 'dvc-kit-local-jwt' } })).status, 200);
    assert.deepEqual((await as(sandbox.url, mai).get('/v1/me/drafts/khai-sinh')).body.data, { site: 'dvc-kit-local' }, 'each site its own');
    assert.deepEqual((await as(sandbox.url, other).get('/v1/me/drafts/khai-sinh')).body.data, { site: 'dvc-kit-local-jwt' });
    assert.equal((await as(sandbox.url, other).delete('/v1/me/drafts/khai-sinh')).status, 204);
    assert.equal((await as(sandbox.url, mai).get('/v1/me/drafts/khai-sinh')).status, 200, 'deleting on one site leaves the other\'s');
  });

  test('any registered client\'s token reads /v1/me (what it may do beyond is by scope, drafts by site); a wrong secret gets none', async () => {
    const { tokens } = await loginAs(sandbox.url, 'test-citizen-level2', { config: await jwtClient(sandbox.url) });
    assert.equal((await as(sandbox.url, tokens.access_token).get('/v1/me')).body.sub, 'test-citizen-level2');
    const wrong = await relyingParty(sandbox.url, 'dvc-kit-local', oidc.ClientSecretBasic('wrong-secret-0000000000000'));
    await assert.rejects(loginAs(sandbox.url, 'test-citizen-level2', { config: wrong }),
      (e: oidc.WWWAuthenticateChallengeError) => e.status === 401 && e.cause[0]?.parameters.error === 'invalid_client');
  });
});

test('an expired access token is told apart from an invalid one, and a refresh brings a working one', async () => {
  const sandbox = await testSandbox({ oidcAccessTokenSeconds: 1 });
  try {
    const { tokens, config } = await loginAs(sandbox.url);
    assert.equal(tokens.expires_in, 1);
    let reply = await as(sandbox.url, tokens.access_token).get('/v1/me');
    for (let i = 0; i < 30 && reply.status === 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await as(sandbox.url, tokens.access_token).get('/v1/me');
    }
    assert.equal(reply.status, 401);
    assert.equal(reply.body.code, 'account_token_expired');
    assert.match(reply.headers.get('www-authenticate') ?? '', /The access token expired/);
    const fresh = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    assert.equal((await as(sandbox.url, fresh.access_token).get('/v1/me')).status, 200);
  } finally {
    await sandbox.close();
  }
});

test('a secret key submits for an account only with tokens of the OIDC clients it is bound to', async () => {
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'sk_live_thanhhoa_backend', oidcClients: ['thanhhoa-portal'] },
    { key: 'sk_live_unbound_backend' },
  ] }));
  const sandbox = await testSandbox({
    keys,
    oidcClients: [{ client_id: 'thanhhoa-portal', client_secret: 'thanhhoa-portal-secret-0123456789', redirect_uris: [TEST_REDIRECT_URI] }],
  });
  try {
    const portal = await relyingParty(sandbox.url, 'thanhhoa-portal', oidc.ClientSecretBasic('thanhhoa-portal-secret-0123456789'));
    const portalToken = (await loginAs(sandbox.url, 'test-citizen-level2', { config: portal })).tokens.access_token;
    const testToken = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    const submit = async (key: string, token: string, locale?: string) => client(sandbox.url, { key }).post('/v1/dossiers',
      await validSubmission(sandbox.url, '1.001193', { province: '38' }), { headers: { 'dvc-account': token }, ...(locale ? { locale } : {}) });

    const own = await submit('sk_live_thanhhoa_backend', portalToken);
    assert.equal(own.status, 201, JSON.stringify(own.body));
    assert.equal((await submit(TEST_SECRET_KEY, testToken)).status, 201, 'the test secret key is bound to the test clients');

    const foreign = await submit(TEST_SECRET_KEY, portalToken);
    assert.deepEqual([foreign.status, foreign.body.code], [403, 'account_client_not_allowed']);
    assert.match(foreign.body.detail, /được cấp cho trang dịch vụ "thanhhoa-portal"/);
    const english = await submit('sk_live_thanhhoa_backend', testToken, 'en');
    assert.deepEqual([english.status, english.body.code], [403, 'account_client_not_allowed']);
    assert.match(english.body.detail, /issued to the site "dvc-kit-local", not to a site of this key/);
    assert.equal((await submit('sk_live_unbound_backend', portalToken)).body.code, 'account_client_not_allowed', 'a key bound to no client');
    assert.equal((await as(sandbox.url, portalToken).get('/v1/me/dossiers')).body.total, 2, 'the two accepted submissions; the refused ones made no dossier');
  } finally {
    await sandbox.close();
  }
});

test('drafts saved before they were kept per site are dropped by the migration, not handed to the first site that asks', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-drafts-'));
  try {
    // A data dir made by a sandbox with schema 7 (drafts per account only), with one draft.
    const old = new Database(join(dataDir, 'sandbox.sqlite'));
    for (const migration of migrations.slice(0, 7)) old.exec(migration);
    old.pragma('user_version = 7');
    old.prepare(`INSERT INTO account_drafts (sub, key, service_code, data, size, updated_at)
      VALUES ('test-citizen-level2', '1.001193', NULL, '{"written":"by some site"}', 26, '2026-03-01T00:00:00.000Z')`).run();
    old.close();
    const sandbox = await testSandbox({ memory: false, dataDir });
    try {
      const token = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
      assert.deepEqual((await as(sandbox.url, token).get('/v1/me/drafts')).body.data, []);
      assert.equal((await as(sandbox.url, token).get('/v1/me/drafts/1.001193')).body.code, 'draft_not_found');
    } finally {
      await sandbox.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
