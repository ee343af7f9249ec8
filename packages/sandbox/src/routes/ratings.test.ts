import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadKeys } from '../config.js';
import type { RunningSandbox } from '../index.js';
import {
  citizen, client, loginAs, moveDossier, submitDossier, syncRecord, testSandbox, TEST_SECRET_KEY, validSubmission,
} from '../test-support.js';

/** Moves a dossier along the usual path until it is `done` (result returned). */
async function finish(url: string, code: string) {
  for (let i = 0; i < 8; i++) {
    const moved = await moveDossier(url, code);
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    if (moved.body.status === 'done') return;
  }
  assert.fail(`${code} did not reach done`);
}

describe('ratings of dossiers by their applicants', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  const webhooks: { type: string; data: Record<string, unknown>; owner: unknown }[] = [];
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
    sandbox.sandbox.events.on('webhook', (e) => webhooks.push(e));
  });
  after(() => sandbox.close());

  const rate = (code: string, body: unknown, verifier = citizen.phone, locale?: string) =>
    api.call('PUT', `/v1/dossiers/${code}/rating`, body, { verifier, ...(locale ? { locale } : {}) });

  test('a dossier whose result was returned is rated by code and phone, read back, and a new rating replaces it', async () => {
    const { code } = await submitDossier(sandbox.url);
    await finish(sandbox.url, code);
    const before = await api.get(`/v1/dossiers/${code}/rating`, { verifier: citizen.phone });
    assert.equal(before.status, 200, JSON.stringify(before.body));
    assert.deepEqual(before.body, { code, status: 'done', ratable: true, rating: null });

    const first = await rate(code, { overall: 4, criteria: { onTime: 5, staffAttitude: 3 }, comment: '  Cán bộ hướng dẫn tận tình.  ' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.rating.overall, 4);
    assert.deepEqual(first.body.rating.criteria, { onTime: 5, staffAttitude: 3 });
    assert.equal(first.body.rating.comment, 'Cán bộ hướng dẫn tận tình.', 'the comment is trimmed');
    assert.equal(first.body.rating.via, 'phone');

    const second = await rate(code, { overall: 2, comment: '   ' });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    const read = await api.get(`/v1/dossiers/${code}/rating`, { verifier: citizen.phone });
    assert.deepEqual(read.body.rating, { ...second.body.rating, overall: 2, criteria: {}, comment: null, via: 'phone' });
    const rows = sandbox.sandbox.db.prepare('SELECT count(*) FROM ratings WHERE dossier_code = ?').pluck().get(code);
    assert.equal(rows, 1, 'one rating per dossier');
  });

  test('a dossier not accepted, or stopped, may be rated too', async () => {
    const denied = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, denied.code, 'denied');
    assert.equal((await rate(denied.code, { overall: 1 })).status, 200);
    const stopped = await submitDossier(sandbox.url);
    for (const status of ['new', 'processing', 'unresolved']) await moveDossier(sandbox.url, stopped.code, status);
    const reply = await rate(stopped.code, { overall: 3 });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.status, 'unresolved');
  });

  test('a dossier in progress gets a 409 saying it is not finished, in Vietnamese and English; a withdrawn one, that it was withdrawn', async () => {
    const { code } = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, code, 'new');
    const vi = await rate(code, { overall: 5 });
    assert.equal(vi.status, 409);
    assert.equal(vi.body.code, 'dossier_not_finished');
    assert.match(vi.body.detail, /chưa giải quyết xong/);
    assert.ok(vi.body.detail.includes('"Được tiếp nhận"'), vi.body.detail);
    const en = await rate(code, { overall: 5 }, citizen.phone, 'en');
    assert.match(en.body.detail, /not finished yet/);
    assert.ok(en.body.detail.includes('"Received"'), en.body.detail);
    const state = await api.get(`/v1/dossiers/${code}/rating`, { verifier: citizen.phone });
    assert.equal(state.body.ratable, false);

    const withdrawn = await submitDossier(sandbox.url);
    await api.post(`/v1/dossiers/${withdrawn.code}/withdraw`, { reason: 'Nộp nhầm' }, { verifier: citizen.phone });
    const refused = await rate(withdrawn.code, { overall: 5 });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'dossier_withdrawn_not_ratable');
    assert.equal(sandbox.sandbox.db.prepare('SELECT count(*) FROM ratings WHERE dossier_code IN (?, ?)').pluck().get(code, withdrawn.code), 0);
  });

  test('a page may rate: the CORS preflight of a PUT allows it', async () => {
    const { code } = await submitDossier(sandbox.url);
    const preflight = await fetch(`${sandbox.url}/v1/dossiers/${code}/rating`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type, dvc-verifier' },
    });
    assert.equal(preflight.status, 204);
    assert.ok(preflight.headers.get('access-control-allow-methods')?.split(/,\s*/).includes('PUT'), preflight.headers.get('access-control-allow-methods') ?? '');
  });

  test('a wrong phone gets the same answer as tracking, and nothing is stored', async () => {
    const { code } = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, code, 'denied');
    const tracked = await api.get(`/v1/dossiers/${code}`, { verifier: '0987654321' });
    const rated = await rate(code, { overall: 5 }, '0987654321');
    const read = await api.get(`/v1/dossiers/${code}/rating`, { verifier: '0987654321' });
    for (const reply of [rated, read]) {
      assert.equal(reply.status, tracked.status);
      assert.equal(reply.body.code, tracked.body.code);
      assert.equal(reply.body.detail, tracked.body.detail);
    }
    assert.equal(tracked.body.code, 'dossier_not_found');
    assert.equal(sandbox.sandbox.db.prepare('SELECT count(*) FROM ratings WHERE dossier_code = ?').pluck().get(code), 0);
  });

  test('out-of-range levels and a comment over 1,200 characters are 400s naming the field; an unknown criterion is dropped', async () => {
    const { code } = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, code, 'denied');
    const reply = await rate(code, { overall: 6, criteria: { onTime: 0, publicity: 2.5 }, comment: 'x'.repeat(1201) });
    assert.equal(reply.status, 400, JSON.stringify(reply.body));
    const paths = reply.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['comment', 'criteria.onTime', 'criteria.publicity', 'overall']);
    const comment = reply.body.errors.find((e: { path: string }) => e.path === 'comment');
    assert.equal(comment.message, 'Ý kiến thêm không được dài quá 1200 ký tự.');
    // 1,200 characters after trimming are taken; a criterion the portal does not rate is not kept.
    const taken = await rate(code, { overall: 3, criteria: { onTime: 4, speed: 5 }, comment: ` ${'y'.repeat(1200)} ` });
    assert.equal(taken.status, 200, JSON.stringify(taken.body));
    assert.deepEqual(taken.body.rating.criteria, { onTime: 4 });
  });

  test("a rating fires dossier.rated to the dossier's agency's webhooks, with the levels and no comment nor personal data", async () => {
    const { code } = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, code, 'denied');
    webhooks.length = 0;
    const reply = await rate(code, { overall: 5, criteria: { publicity: 4 }, comment: `Cảm ơn chị ${citizen.fullName}` });
    const events = webhooks.filter((e) => e.type === 'dossier.rated');
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.data, { code, overall: 5, criteria: { publicity: 4 }, ratedAt: reply.body.rating.ratedAt });
    const sent = JSON.stringify(events[0]);
    for (const personal of [citizen.fullName, citizen.phone, citizen.idNumber, 'Cảm ơn']) assert.ok(!sent.includes(personal), `no ${personal}`);
  });

  test("a logged-in citizen rates their own dossier from the account; another's dossier is not theirs", async () => {
    const token = (await loginAs(sandbox.url)).tokens.access_token;
    const me = client(sandbox.url, { key: token });
    const mine = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, mine.code, 'denied');
    const put = await me.call('PUT', `/v1/me/dossiers/${mine.code}/rating`, { overall: 4, criteria: { onlineConvenience: 5 } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.rating.via, 'account');
    // The same rating, read by code and phone: one rating per dossier, whichever way it was given.
    const byPhone = await api.get(`/v1/dossiers/${mine.code}/rating`, { verifier: citizen.phone });
    assert.deepEqual(byPhone.body, put.body);

    const other = await client(sandbox.url).post('/v1/dossiers', await validSubmission(sandbox.url, '1.001193', {
      province: '38', applicant: { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '001201004321', phone: '0983123456' },
    }));
    assert.equal(other.status, 201, JSON.stringify(other.body));
    await moveDossier(sandbox.url, other.body.code, 'denied');
    for (const reply of [
      await me.call('PUT', `/v1/me/dossiers/${other.body.code}/rating`, { overall: 1 }),
      await me.get(`/v1/me/dossiers/${other.body.code}/rating`),
    ]) {
      assert.equal(reply.status, 404);
      assert.equal(reply.body.code, 'account_dossier_not_found');
      assert.match(reply.body.detail, /tài khoản của ông\/bà/);
    }
    assert.equal(sandbox.sandbox.db.prepare('SELECT count(*) FROM ratings WHERE dossier_code = ?').pluck().get(other.body.code), 0);
  });

  test('an account token without vn_dossiers may not rate', async () => {
    const token = (await loginAs(sandbox.url, 'test-citizen-level2', { scope: 'openid profile vn_identity' })).tokens.access_token;
    const { code } = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, code, 'denied');
    const reply = await client(sandbox.url, { key: token }).call('PUT', `/v1/me/dossiers/${code}/rating`, { overall: 4 });
    assert.equal(reply.status, 403);
    assert.equal(reply.body.code, 'account_scope_missing');
  });
});

describe('ratings and tenants', () => {
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'pk_thanhhoa_portal', agencies: ['*.H38'] },
    { key: 'sk_thanhhoa_backend', agencies: ['*.H38'] },
    { key: 'sk_hanoi_backend', agencies: ['*.H01'] },
  ] }));
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await testSandbox({ keys, allowPrivateWebhooks: true });
  });
  after(() => sandbox.close());

  test("dossier.rated is queued only for the webhooks of keys acting for the dossier's agency", async () => {
    const hooks: Record<string, string> = {};
    for (const key of ['sk_thanhhoa_backend', 'sk_hanoi_backend']) {
      const reply = await client(sandbox.url, { key }).post('/v1/webhooks', { url: `https://hooks.example.gov.vn/${key}`, events: ['dossier.rated'] });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      hooks[key] = reply.body.id;
    }
    const submitted = await client(sandbox.url, { key: 'pk_thanhhoa_portal' })
      .post('/v1/dossiers', await validSubmission(sandbox.url, '1.001193', { province: '38' }));
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const code = submitted.body.code as string;
    assert.equal((await client(sandbox.url, { key: 'sk_thanhhoa_backend' }).post(`/v1/admin/dossiers/${code}/status`, { status: 'denied' })).status, 200);
    const rated = await client(sandbox.url, { key: 'pk_thanhhoa_portal' }).call('PUT', `/v1/dossiers/${code}/rating`, { overall: 5 }, { verifier: citizen.phone });
    assert.equal(rated.status, 200, JSON.stringify(rated.body));
    const queued = sandbox.sandbox.db.prepare(`SELECT webhook_id FROM webhook_deliveries WHERE type = 'dossier.rated'`).pluck().all();
    assert.deepEqual(queued, [hooks.sk_thanhhoa_backend]);
  });
});

describe('a synced dossier removed by its one-stop system', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await testSandbox();
  });
  after(() => sandbox.close());

  test('takes its rating with it', async () => {
    const admin = client(sandbox.url, { key: TEST_SECRET_KEY });
    const record = syncRecord(1, { statusCode: 8 });
    const pushed = await admin.post('/v1/sync/dossiers', { records: [record] });
    const code = pushed.body.results[0].code as string;
    assert.equal(pushed.body.results[0].result, 'created', JSON.stringify(pushed.body));
    const phone = (record as { applicant: { phone: string } }).applicant.phone;
    const rated = await client(sandbox.url).call('PUT', `/v1/dossiers/${code}/rating`, { overall: 4 }, { verifier: phone });
    assert.equal(rated.status, 200, JSON.stringify(rated.body));
    const count = () => sandbox.sandbox.db.prepare('SELECT count(*) FROM ratings WHERE dossier_code = ?').pluck().get(code);
    assert.equal(count(), 1);
    const removed = await admin.delete(`/v1/sync/dossiers/${code}`);
    assert.equal(removed.status, 204, JSON.stringify(removed.body));
    assert.equal(count(), 0);
  });
});
