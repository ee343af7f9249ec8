// The account resource and `accessToken` on a server, against the sandbox directly: the citizen's access
// token (logged in at the sandbox's provider with openid-client) replaces the key, and never shows in
// an error. Through a site's BFF (a page's use) is tested in server/auth/portal.test.ts.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { before, describe, it } from 'node:test';
import { connect } from './connection.js';
import { DvcAuthenticationError, DvcNotFoundError, DvcPermissionError, DvcValidationError } from './errors.js';
import { account, accountRatings } from './resources/account.js';
import { dossiers } from './resources/dossiers.js';
import {
  citizen, loginAs, moveDossier, rejection, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, validSubmission, withSandbox,
} from './test-support.js';

const SCOPES = 'openid profile vn_identity vn_dossiers';

/** Everything an error shows a log: message, cause, stack and every property, deeply. */
const shown = (error: unknown) => `${inspect(error, { depth: 10, showHidden: true })} ${JSON.stringify(error)} ${String(error)}`;

describe('account on a server, with the citizen\'s access token', () => {
  const sb = withSandbox();
  let token = '';
  before(async () => {
    token = (await loginAs(sb.url, 'test-citizen-level2', { scope: SCOPES })).tokens.access_token;
  });

  it('get: the token goes as Authorization instead of the key, after the SDK\'s hook and before the user\'s', async () => {
    const seen: (string | null)[] = [];
    const connection = connect({
      baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY,
      hooks: { beforeRequest: [({ request }) => void seen.push(request.headers.get('authorization'))] },
    });
    const me = await account(connection).get({ accessToken: token });
    assert.equal(me.sub, 'test-citizen-level2');
    assert.equal(me.idNumber, citizen.idNumber);
    // The next call without it goes with the key again (the token is not kept).
    await rejection(account(connection).get());
    assert.deepEqual(seen, [`Bearer ${token}`, `Bearer ${TEST_PUBLISHABLE_KEY}`]);
  });

  it('createClient has it as client.account', async () => {
    const me = await sb.client({ key: TEST_SECRET_KEY }).account.get({ accessToken: token });
    assert.equal(me.name, 'Nguyễn Thị Mai');
  });

  it('dossiers: a PageList following the cursor', async () => {
    const submitted = [];
    for (let i = 0; i < 3; i++) submitted.push((await sb.client().dossiers.submit(await validSubmission(sb.url))).code);
    const mine = account(connect({ baseUrl: sb.url, key: TEST_SECRET_KEY }));
    const first = await mine.dossiers({ limit: 2 }, { accessToken: token });
    assert.equal(first.data.length, 2);
    assert.equal(first.total, 3);
    assert.ok(first.nextCursor);
    const all = await mine.dossiers({ limit: 2 }, { accessToken: token }).toArray({ limit: 10 });
    assert.deepEqual(all.map((d) => d.code).sort(), submitted.sort());
    assert.ok(all.every((d) => d.link === 'identity'));
    const rest = await mine.dossiers({ limit: 2, cursor: first.nextCursor! }, { accessToken: token });
    assert.equal(rest.data.length, 1);
  });

  it('drafts: put, list, get, delete', async () => {
    const { drafts } = account(connect({ baseUrl: sb.url, key: TEST_SECRET_KEY }));
    const o = { accessToken: token };
    const saved = await drafts.put('1.001193', { serviceCode: '1.001193', data: { step: 2 } }, o);
    assert.equal(saved.serviceCode, '1.001193');
    assert.deepEqual((await drafts.list(o)).map((d) => [d.key, d.serviceCode]), [['1.001193', '1.001193']]);
    assert.deepEqual((await drafts.get('1.001193', o)).data, { step: 2 });
    assert.equal(await drafts.delete('1.001193', o), undefined);
    const error = await rejection(drafts.get('1.001193', o));
    assert.ok(error instanceof DvcNotFoundError);
    const invalidKey = await rejection(drafts.get('../x', o));
    assert.ok(invalidKey instanceof DvcValidationError, 'the key is checked by the contract before sending');
  });

  it('accountRatings: rate and get one of the account\'s dossiers; another citizen\'s is not found', async () => {
    const mine = accountRatings(connect({ baseUrl: sb.url, key: TEST_SECRET_KEY }));
    const o = { accessToken: token };
    const { code } = await sb.client().dossiers.submit(await validSubmission(sb.url));
    const early = await rejection(mine.rate(code, { overall: 5 }, o));
    assert.equal(early.code, 'dossier_not_finished');
    assert.equal((await moveDossier(sb.url, code, 'denied')).status, 200);
    const rated = await mine.rate(code, { overall: 2, criteria: { contacts: 1 }, comment: 'Phải đi lại ba lần.' }, o);
    assert.equal(rated.rating?.via, 'account');
    assert.deepEqual(await mine.get(code, o), rated);
    const other = await sb.client().dossiers.submit(await validSubmission(sb.url, '1.001193', {
      province: '38', applicant: { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '001201004321', phone: '0983123456' },
    }));
    const error = await rejection(mine.get(other.code, o));
    assert.ok(error instanceof DvcNotFoundError);
    assert.equal(error.code, 'account_dossier_not_found');
  });

  it('a refused token, a malformed one, or a failed connection: the token is in no error', async () => {
    const forged = `${token.slice(0, -4)}AAAA`;
    const connection = connect({ baseUrl: sb.url, key: TEST_SECRET_KEY, retry: 0 });
    const refused = await rejection(account(connection).get({ accessToken: forged }));
    assert.ok(refused instanceof DvcAuthenticationError);
    assert.equal(refused.code, 'account_token_invalid');
    assert.ok(!shown(refused).includes(forged.slice(0, 20)), 'not the token');

    const malformed = `${token}\r\nx-injected: 1`;
    const bad = await rejection(account(connection).get({ accessToken: malformed }));
    assert.ok(bad instanceof DvcValidationError);
    assert.equal(bad.fieldErrors[0]?.path, 'accessToken');
    assert.ok(!shown(bad).includes(token.slice(0, 20)), 'not the token');
    const empty = await rejection(account(connection).get({ accessToken: '' }));
    assert.ok(empty instanceof DvcValidationError);

    const offline = connect({ baseUrl: 'http://127.0.0.1:9', key: TEST_SECRET_KEY, retry: 0 });
    const failed = await rejection(account(offline).get({ accessToken: token }));
    assert.equal(failed.type, 'connection');
    assert.ok(!shown(failed).includes(token.slice(0, 20)), 'not the token');
    assert.ok(!shown(failed).includes(TEST_SECRET_KEY), 'nor the key');
  });
});

describe('dossiers.submit with { account } (Dvc-Account) from a server', () => {
  const sb = withSandbox();

  it('with the secret key: the dossier is tied to the account', async () => {
    const { tokens } = await loginAs(sb.url, 'test-citizen-level2', { scope: SCOPES });
    const server = connect({ baseUrl: sb.url, key: TEST_SECRET_KEY });
    const dossier = await dossiers(server).submit(await validSubmission(sb.url), { account: tokens.access_token });
    const mine = await account(server).dossiers({}, { accessToken: tokens.access_token });
    assert.deepEqual(mine.data.map((d) => [d.code, d.link]), [[dossier.code, 'account']]);
  });

  it('with a publishable key: 403 account_needs_secret_key; a malformed token is refused before sending', async () => {
    const { tokens } = await loginAs(sb.url, 'test-citizen-level2', { scope: SCOPES });
    const input = await validSubmission(sb.url);
    const refused = await rejection(dossiers(connect({ baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY })).submit(input, { account: tokens.access_token }));
    assert.ok(refused instanceof DvcPermissionError);
    assert.equal(refused.code, 'account_needs_secret_key');
    const server = connect({ baseUrl: sb.url, key: TEST_SECRET_KEY });
    const malformed = await rejection(dossiers(server).submit(input, { account: `${tokens.access_token}\n` }));
    assert.ok(malformed instanceof DvcValidationError);
    assert.equal(malformed.fieldErrors[0]?.path, 'account');
    assert.ok(!shown(malformed).includes(tokens.access_token.slice(0, 20)));
    // Someone else's dossier: the applicant must be the account's holder.
    const { tokens: hung } = await loginAs(sb.url, 'test-citizen-level1', { scope: SCOPES });
    const notHolder = await rejection(dossiers(server).submit(input, { account: hung.access_token }));
    assert.equal(notHolder.status, 400);
    assert.deepEqual(notHolder.fieldErrors.map((e: { path: string; code: string }) => [e.path, e.code]), [['applicant.idNumber', 'applicant.not_account_holder']]);
  });
});
