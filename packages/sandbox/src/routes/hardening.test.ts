// Findings of issue 16 (attacks from outside) that are fixed, each replayed over HTTP against a real
// sandbox: it failed before the fix and passes now.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fieldLabel, toFieldErrors } from '@dvc-kit/contract';
import { loadKeys } from '../config.js';
import type { RunningSandbox } from '../index.js';
import {
  citizen, client, minimalPdf, submitDossier, testSandbox, validSubmission, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY,
} from '../test-support.js';

describe('hardening (issue 16)', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
  });
  after(() => sandbox.close());

  test('every API answer says nosniff: a success, a refusal, a missing route', async () => {
    for (const reply of [await api.get('/v1/sectors'), await api.post('/v1/dossiers', {}), await api.get('/v1/nothing-here')]) {
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', `status ${reply.status}`);
    }
  });

  test('an upload whose type is an Object.prototype name is a 415 problem, not a 500', async () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const form = new FormData();
      form.append('file', new Blob([minimalPdf()], { type }), 'giay-to.pdf');
      const reply = await api.post('/v1/attachments', form);
      assert.equal(reply.status, 415, `${type}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.code, 'file_type_not_allowed');
    }
  });

  test('a field named like an Object.prototype member gets its own name in the message, never a raw {field}', async () => {
    assert.equal(fieldLabel(['formData', 'constructor'], 'vi'), 'formData.constructor');
    assert.equal(fieldLabel(['toString'], 'en'), 'toString');
    const reply = await api.post('/v1/dossiers', { serviceCode: '1.001193', province: '38', applicant: citizen, formData: { constructor: [1], toString: [2] } });
    assert.equal(reply.status, 400);
    for (const error of reply.body.errors as { path: string; message: string }[]) {
      assert.doesNotMatch(error.message, /\{field\}/, `${error.path}: ${error.message}`);
    }
    const [issue] = toFieldErrors([{ code: 'invalid_type', expected: 'string', input: 1, path: ['valueOf'], message: '' }], 'vi');
    assert.doesNotMatch(issue!.message, /\{field\}/);
  });

  test('a withdrawn dossier cannot be paid, and a payment opened before the withdrawal is not charged', async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    assert.ok(dossier.fees.total > 0, 'a procedure with fees');
    const open = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/done' }, { verifier: citizen.phone });
    assert.equal(open.status, 201, JSON.stringify(open.body));
    const withdrawn = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Nộp nhầm thủ tục' }, { verifier: citizen.phone });
    assert.equal(withdrawn.body.status, 'cancelled');

    const refused = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/again' }, { verifier: citizen.phone });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'dossier_closed');
    assert.match(refused.body.detail, /đã kết thúc \("Công dân đã rút hồ sơ"\)/);

    // The tab left open on the gateway: "pay" does not take the money.
    const paid = await fetch(`${sandbox.url}/gateway/checkout/${open.body.id}`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }),
    });
    assert.ok(paid.status < 500, `the gateway answers: ${paid.status}`);
    const payment = await api.get(`/v1/payments/${open.body.id}`);
    assert.equal(payment.body.status, 'cancelled');
    assert.equal(payment.body.receiptUrl, null);
    const after = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.equal(after.body.fees.paid, 0, 'nothing charged');
  });

  test('a return or webhook URL no browser can parse is refused on its field, and nothing is recorded', async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    const reply = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://[' }, { verifier: citizen.phone });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['returnUrl:url.format']);
    const hook = await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/webhooks', { url: 'https://[::1', events: ['dossier.status_changed'] });
    assert.equal(hook.status, 400);
    assert.deepEqual(hook.body.errors.map((e: { path: string }) => e.path), ['url']);
    const fine = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/xong' }, { verifier: citizen.phone });
    assert.equal(fine.status, 201, 'a good one still works');
  });

  test('a JSON body that is not UTF-8 is refused as invalid JSON, not stored with U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"reason":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    const dossier = await submitDossier(sandbox.url);
    const response = await fetch(`${sandbox.url}/v1/dossiers/${dossier.code}/withdraw`, {
      method: 'POST', body: bytes,
      headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, 'content-type': 'application/json', 'dvc-verifier': citizen.phone },
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'invalid_json');
    const still = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.equal(still.body.status, 'receiving', 'not withdrawn');
  });
});

/** A webhook endpoint on loopback that records the events it is sent. */
async function receiver() {
  const events: { type: string; data: Record<string, any> }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      events.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks/dvc`,
    events,
    /** What each event is about: its type and the dossier, payment or petition it names. */
    seen: () => events.map((e) => `${e.type} ${e.data.code ?? e.data.id}`),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const allEvents = ['dossier.status_changed', 'payment.succeeded', 'payment.failed', 'payment.cancelled', 'payment.expired', 'petition.answered'];
const petitionAbout = (serviceCode: string) => ({
  fullName: 'Lê Văn Hùng', phone: '0983123456', category: 'procedure', serviceCode,
  title: 'Hỏi về lệ phí đăng ký thường trú', content: 'Xin hỏi lệ phí đăng ký thường trú khi nộp trực tuyến là bao nhiêu?',
});

describe('tenants apart (issue 16)', () => {
  // Two provinces' keys as an operator's key file lists them; the test keys act for every agency.
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'pk_thanhhoa_portal', agencies: ['*.H38'] },
    { key: 'sk_thanhhoa_backend', agencies: ['*.H38'] },
    { key: 'sk_hanoi_backend', agencies: ['*.H01'] },
    { key: 'sk_no_agencies_listed' },
  ] }));
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await testSandbox({ keys, allowPrivateWebhooks: true });
  });
  after(() => sandbox.close());

  /** A dossier of 1.004222 (permanent residence, 10,000 VND online) submitted with `key` in `province`. */
  const submitWith = async (key: string, province: string) => {
    const reply = await client(sandbox.url, { key }).post('/v1/dossiers', await validSubmission(sandbox.url, '1.004222', { province }));
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body as { code: string; agency: { code: string } };
  };

  test("a webhook receives only its own key's events: another province's dossiers, payments and petitions never reach it", async () => {
    const thanhHoa = await receiver();
    const haNoi = await receiver();
    const everything = await receiver();
    try {
      for (const [key, url] of [['sk_thanhhoa_backend', thanhHoa.url], ['sk_hanoi_backend', haNoi.url], [TEST_SECRET_KEY, everything.url]] as const) {
        const hook = await client(sandbox.url, { key }).post('/v1/webhooks', { url, events: allEvents });
        assert.equal(hook.status, 201, JSON.stringify(hook.body));
      }
      const admin = client(sandbox.url, { key: 'sk_thanhhoa_backend' });
      // Thanh Hóa's portal: a dossier, its fees paid at the gateway (the receipt names the payer), a petition answered.
      const dossier = await submitWith('pk_thanhhoa_portal', '38');
      for (const status of ['new', 'processing', 'paying']) {
        assert.equal((await admin.post(`/v1/admin/dossiers/${dossier.code}/status`, { status })).status, 200);
      }
      const payment = await client(sandbox.url, { key: 'pk_thanhhoa_portal' })
        .post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/xong' }, { verifier: citizen.phone });
      assert.equal(payment.status, 201, JSON.stringify(payment.body));
      const paid = await fetch(`${sandbox.url}/gateway/checkout/${payment.body.id}`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }),
      });
      assert.equal(paid.status, 303);
      const petition = await client(sandbox.url, { key: 'pk_thanhhoa_portal' }).post('/v1/petitions', petitionAbout('1.004222.H38'));
      assert.equal(petition.status, 201, JSON.stringify(petition.body));
      const answered = await admin.post(`/v1/admin/petitions/${petition.body.code}/answer`, { text: 'Lệ phí nộp trực tuyến là 10.000 đồng.' });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      // Hà Nội's backend submits one of its own.
      const other = await submitWith('sk_hanoi_backend', '01');
      await sandbox.tick();
      await sandbox.tick();

      const ours = [
        `dossier.status_changed ${dossier.code}`, `payment.succeeded ${payment.body.id}`, `petition.answered ${petition.body.code}`,
      ];
      for (const item of ours) assert.ok(thanhHoa.seen().includes(item), `Thanh Hóa got ${item}: ${thanhHoa.seen().join(', ')}`);
      assert.ok(!thanhHoa.seen().some((s) => s.includes(other.code)), "Hà Nội's dossier did not reach Thanh Hóa");
      assert.deepEqual(haNoi.seen(), [`dossier.status_changed ${other.code}`], "Hà Nội got only its own dossier's event");
      const leaked = haNoi.events.filter((e) => JSON.stringify(e).includes(citizen.fullName));
      assert.deepEqual(leaked, [], 'no payer name reached another tenant');
      // The test keys act for every agency: their webhook sees both provinces.
      for (const item of [...ours, `dossier.status_changed ${other.code}`]) assert.ok(everything.seen().includes(item), item);
    } finally {
      await Promise.all([thanhHoa.close(), haNoi.close(), everything.close()]);
    }
  });

  test("admin routes act only on the key's own agencies, and a refusal does not tell whether the dossier exists", async () => {
    const dossier = await submitWith('pk_thanhhoa_portal', '38');
    const agency = dossier.agency.code;
    assert.match(agency, /\.H38$/);
    const haNoi = client(sandbox.url, { key: 'sk_hanoi_backend' });

    const refused = await haNoi.post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'new' });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(refused.body.code, 'agency_not_allowed');
    assert.ok(refused.body.detail.includes(agency), refused.body.detail);
    const unknown = await haNoi.post(`/v1/admin/dossiers/${agency}-991231-9999/status`, { status: 'new' });
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.detail], [403, 'agency_not_allowed', refused.body.detail],
      'a code that does not exist is refused the same way');
    const en = await haNoi.post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'new' }, { locale: 'en' });
    assert.equal(en.body.code, 'agency_not_allowed');
    assert.match(en.body.detail, new RegExp(`agency ${agency.replace(/\./g, '\\.')}`));
    const none = await client(sandbox.url, { key: 'sk_no_agencies_listed' }).post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'new' });
    assert.deepEqual([none.status, none.body.code], [403, 'no_agencies']);
    const ownUnknown = await haNoi.post('/v1/admin/dossiers/000.00.02.H01-991231-9999/status', { status: 'new' });
    assert.deepEqual([ownUnknown.status, ownUnknown.body.code], [404, 'dossier_not_found'], 'its own agency: a plain 404');
    const still = await client(sandbox.url).get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.equal(still.body.status, 'receiving', 'not moved by another tenant');

    const moved = await client(sandbox.url, { key: 'sk_thanhhoa_backend' }).post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'new' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal((await client(sandbox.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/dossiers/${dossier.code}/status`, {})).status, 200);

    // A petition's code does not name its agency: another agency's petition is answered as if it did not exist.
    const petition = await client(sandbox.url, { key: 'pk_thanhhoa_portal' }).post('/v1/petitions', petitionAbout('1.004222.H38'));
    const answer = { text: 'Lệ phí nộp trực tuyến là 10.000 đồng.' };
    const notTheirs = await haNoi.post(`/v1/admin/petitions/${petition.body.code}/answer`, answer);
    assert.deepEqual([notTheirs.status, notTheirs.body.code], [404, 'petition_not_found']);
    const noAgencies = await client(sandbox.url, { key: 'sk_no_agencies_listed' }).post(`/v1/admin/petitions/${petition.body.code}/answer`, answer);
    assert.deepEqual([noAgencies.status, noAgencies.body.code], [403, 'no_agencies']);
    const theirs = await client(sandbox.url, { key: 'sk_thanhhoa_backend' }).post(`/v1/admin/petitions/${petition.body.code}/answer`, answer);
    assert.equal(theirs.status, 200, JSON.stringify(theirs.body));
  });
});

describe('webhook targets and secrets (issue 16)', () => {
  let sandbox: RunningSandbox;
  let admin: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    admin = client(sandbox.url, { key: TEST_SECRET_KEY });
  });
  after(() => sandbox.close());

  test('a webhook may not target loopback, private, link-local or unspecified addresses', async () => {
    const refused = [
      'http://127.0.0.1:8080/hooks', 'http://localhost:3000/hooks', 'http://api.localhost/hooks', 'http://LOCALHOST./x',
      'http://10.1.2.3/x', 'http://172.16.0.1/x', 'http://192.168.1.10/x', 'http://100.64.0.1/x',
      'http://169.254.169.254/latest/meta-data/', 'http://0.0.0.0/x', 'http://2130706433/x',
      'http://[::1]:8080/x', 'http://[fd00::1]/x', 'http://[fe80::1]/x', 'http://[::]/x', 'http://[::ffff:127.0.0.1]/x',
    ];
    for (const url of refused) {
      const reply = await admin.post('/v1/webhooks', { url, events: ['dossier.status_changed'] });
      assert.equal(reply.status, 400, `${url}: ${JSON.stringify(reply.body)}`);
      assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['url:url.not_public'], url);
    }
    const en = await admin.post('/v1/webhooks', { url: 'http://192.168.1.10/x', events: ['dossier.status_changed'] }, { locale: 'en' });
    assert.match(en.body.errors[0].message, /192\.168\.1\.10/);
    assert.match(en.body.errors[0].message, /public/);
    const vi = await admin.post('/v1/webhooks', { url: 'http://192.168.1.10/x', events: ['dossier.status_changed'] });
    assert.match(vi.body.errors[0].message, /192\.168\.1\.10/);
    const fine = await admin.post('/v1/webhooks', { url: 'https://hooks.example.gov.vn/dvc', events: ['petition.answered'] });
    assert.equal(fine.status, 201, 'a public address is fine');
    assert.deepEqual((await admin.get('/v1/webhooks')).body.data.map((w: { url: string }) => w.url), ['https://hooks.example.gov.vn/dvc'],
      'nothing else was recorded');
    await admin.delete(`/v1/webhooks/${fine.body.id}`);
  });

  test('a delivery re-checks where the name resolves now, and never reaches a private address', async () => {
    const local = await receiver();
    try {
      // A registration whose name now resolves to loopback (DNS rebinding), or one made while the
      // operator allowed private targets: the check at delivery time is what stops it.
      sandbox.sandbox.db
        .prepare('INSERT INTO webhooks (id, key, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run('wh_rebound0000000000', TEST_SECRET_KEY, `http://localhost:${local.port}/hooks`, '["dossier.status_changed"]', 'whsec_x', new Date(0).toISOString());
      await submitDossier(sandbox.url);
      await sandbox.tick();
      assert.deepEqual(local.events, [], 'nothing was sent');
      const delivery = sandbox.sandbox.db
        .prepare("SELECT state, attempts, last_error FROM webhook_deliveries WHERE webhook_id = 'wh_rebound0000000000'")
        .get() as { state: string; attempts: number; last_error: string };
      assert.equal(delivery.attempts, 1, 'the refusal is a recorded failed attempt');
      assert.match(delivery.last_error, /not public/);
      sandbox.sandbox.db.prepare("DELETE FROM webhooks WHERE id = 'wh_rebound0000000000'").run();
    } finally {
      await local.close();
    }
  });

  test('a replayed webhook creation does not show the signing secret again', async () => {
    const body = { url: 'https://hooks.example.gov.vn/replay', events: ['dossier.status_changed'] };
    const first = await admin.post('/v1/webhooks', body, { idempotencyKey: 'create-hook-0001' });
    assert.equal(first.status, 201);
    assert.match(first.body.secret, /^whsec_/);
    const replay = await admin.post('/v1/webhooks', body, { idempotencyKey: 'create-hook-0001' });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.equal(replay.body.id, first.body.id, 'the same registration');
    assert.equal('secret' in replay.body, false, `no secret in the replay: ${JSON.stringify(replay.body)}`);
    assert.equal((await admin.get('/v1/webhooks')).body.data.length, 1, 'one registration');
    await admin.delete(`/v1/webhooks/${first.body.id}`);
  });
});
