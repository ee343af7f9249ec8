// Findings of issue 16 (attacks from outside) that are fixed, each replayed over HTTP against a real
// sandbox: it failed before the fix and passes now.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fieldLabel, toFieldErrors } from '@dvc-kit/contract';
import { loadKeys } from '../config.js';
import { isPublicAddress } from '../simulate/webhook-target.js';
import type { RunningSandbox } from '../index.js';
import {
  citizen, client, minimalPdf, submitDossier, testSandbox, validSubmission, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, type Reply,
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
    assert.match(refused.body.detail, /đã kết thúc \("Công dân yêu cầu rút hồ sơ"\)/);

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

  test("a status named in a problem's detail is in the answer's language (dossier_closed, not_withdrawable, invalid_transition)", async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Nộp nhầm thủ tục' }, { verifier: citizen.phone });
    const pay = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/done' }, { verifier: citizen.phone, locale: 'en' });
    assert.equal(pay.body.code, 'dossier_closed');
    assert.equal(pay.body.detail, `Dossier ${dossier.code} has ended ("Withdrawn by the applicant"): its fees can no longer be paid.`);
    const again = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Again' }, { verifier: citizen.phone, locale: 'en' });
    assert.equal(again.body.code, 'not_withdrawable');
    assert.match(again.body.detail, /^A dossier in status "Withdrawn by the applicant" cannot be withdrawn/);
    const admin = client(sandbox.url, { key: TEST_SECRET_KEY, locale: 'en' });
    const move = await admin.post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'processing' });
    assert.equal(move.body.code, 'invalid_transition');
    assert.equal(move.body.detail, 'The dossier is "Withdrawn by the applicant", so it cannot move to "Processing".');
    const next = await admin.post(`/v1/admin/dossiers/${dossier.code}/status`, {});
    assert.match(next.body.detail, /^The dossier is "Withdrawn by the applicant"/);
    const vi = await client(sandbox.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/dossiers/${dossier.code}/status`, { status: 'processing' });
    assert.match(vi.body.detail, /"Công dân yêu cầu rút hồ sơ".*"Đang xử lý"/, 'Vietnamese answers keep the Vietnamese labels');
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
  // Two provinces' keys as an operator's key file lists them; beside them the public test keys act for no agency.
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'pk_thanhhoa_portal', agencies: ['*.H38'], allowedOrigins: ['https://dichvucong.thanhhoa.gov.vn'] },
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
        .post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'https://dichvucong.thanhhoa.gov.vn/xong' }, { verifier: citizen.phone });
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
      // The public test keys act for no agency beside an operator's keys: their webhook hears of nothing here.
      assert.deepEqual(everything.seen(), [], 'the test secret key hears no tenant');
      const moved = await client(sandbox.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/dossiers/${other.code}/status`, { status: 'new' });
      assert.equal(moved.status, 403, 'nor moves its dossiers');
      assert.equal(moved.body.code, 'no_agencies');
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
    const publicKey = await client(sandbox.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/dossiers/${dossier.code}/status`, {});
    assert.deepEqual([publicKey.status, publicKey.body.code], [403, 'no_agencies'], 'the public test key beside an operator’s keys');

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

  test('an IPv4 address written as IPv6 (NAT64, mapped, translated) is checked as that IPv4 address; trailing dots do not hide a name', async () => {
    const events = ['dossier.status_changed'];
    const codes = (reply: Reply) => reply.body.errors?.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    for (const url of [
      'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/', 'http://[64:ff9b::7f00:1]/x', 'http://[64:ff9b::10.0.0.1]/x',
      'http://[::ffff:0:7f00:1]/x', 'http://[::ffff:0:192.168.1.1]/x', 'http://[::ffff:a9fe:a9fe]/x',
      'http://[64:ff9b:1::808:808]/x', 'http://[2002:7f00:1::1]/x', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x',
      'http://localhost../x', 'http://localhost.../x', 'http://api.localhost../x', 'http://127.0.0.1../x',
    ]) {
      const reply = await admin.post('/v1/webhooks', { url, events });
      assert.equal(reply.status, 400, `${url}: ${JSON.stringify(reply.body)}`);
      assert.deepEqual(codes(reply), ['url:url.not_public'], url);
    }
    // The same addresses met at delivery (what a name resolves to) are refused the same way.
    for (const address of ['64:ff9b::7f00:1', '::ffff:0:a00:1', '::ffff:127.0.0.1', '64:ff9b::169.254.169.254']) {
      assert.equal(isPublicAddress(address), false, address);
    }
    // A public IPv4 address reached through the NAT64 prefix is public.
    assert.equal(isPublicAddress('64:ff9b::808:808'), true);
    const nat64 = await admin.post('/v1/webhooks', { url: 'http://[64:ff9b::8.8.8.8]/hooks', events });
    assert.equal(nat64.status, 201, JSON.stringify(nat64.body));
    await admin.delete(`/v1/webhooks/${nat64.body.id}`);
  });

  test('url.not_public says "not a public address" (not "loopback or private") and a URL with a password has its own message', async () => {
    const events = ['dossier.status_changed'];
    for (const host of ['0.0.0.0', '255.255.255.255', '224.0.0.1']) {
      const en = await admin.post('/v1/webhooks', { url: `http://${host}/x`, events }, { locale: 'en' });
      assert.equal(en.body.errors[0].message, `A webhook must go to a public Internet address: ${host} is not one.`);
      const vi = await admin.post('/v1/webhooks', { url: `http://${host}/x`, events });
      assert.equal(vi.body.errors[0].message, `Webhook phải gửi đến một địa chỉ công khai trên Internet: ${host} không phải địa chỉ công khai.`);
    }
    const codes = (reply: Reply) => reply.body.errors?.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    const hook = await admin.post('/v1/webhooks', { url: 'http://user:pw@example.com/', events }, { locale: 'en' });
    assert.deepEqual(codes(hook), ['url:url.credentials']);
    assert.equal(hook.body.errors[0].message, 'The URL must not contain a user name or password.');
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    const pay = await client(sandbox.url).post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'https://user@localhost:5173/done' }, { verifier: citizen.phone });
    assert.deepEqual(codes(pay), ['returnUrl:url.credentials']);
    assert.equal(pay.body.errors[0].message, 'Địa chỉ URL không được chứa tên đăng nhập hay mật khẩu.');
  });

  test('a webhook uses a web port: 80, 443 or 1024 and above; never a mail, SSH or other well-known service port', async () => {
    const events = ['dossier.status_changed'];
    for (const port of [0, 22, 25, 110, 143, 445, 587, 1023]) {
      const reply = await admin.post('/v1/webhooks', { url: `https://hooks.example.gov.vn:${port}/dvc`, events }, { locale: 'en' });
      assert.equal(reply.status, 400, `${port}: ${JSON.stringify(reply.body)}`);
      assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['url:url.port'], String(port));
      assert.equal(reply.body.errors[0].message, `A webhook must use port 80, 443 or 1024 and above, not ${port}.`);
    }
    for (const url of ['https://hooks.example.gov.vn/dvc', 'http://hooks.example.gov.vn:80/dvc', 'https://hooks.example.gov.vn:443/dvc',
      'http://hooks.example.gov.vn:443/dvc', 'https://hooks.example.gov.vn:1024/dvc', 'https://hooks.example.gov.vn:8443/dvc']) {
      const reply = await admin.post('/v1/webhooks', { url, events });
      assert.equal(reply.status, 201, `${url}: ${JSON.stringify(reply.body)}`);
      await admin.delete(`/v1/webhooks/${reply.body.id}`);
    }
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

describe('orphans, replays and slow clients (issue 16)', () => {
  const pdf = minimalPdf();
  const HOUR = 3600_000;

  /** Uploads a small PDF over a connection from `address` (any 127.x.y.z is this machine). */
  async function uploadFrom(url: string, address: string, key = TEST_PUBLISHABLE_KEY, locale = 'vi', idempotencyKey?: string): Promise<Reply> {
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'giay-to.pdf');
    const encoded = new Request(url, { method: 'POST', body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${url}/v1/attachments`, {
        method: 'POST', localAddress: address,
        headers: {
          authorization: `Bearer ${key}`, 'accept-language': locale, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          'content-type': encoded.headers.get('content-type')!, 'content-length': body.byteLength,
        },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({
          status: response.statusCode!,
          headers: new Headers(response.headers as Record<string, string>),
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        }));
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  test('an upload no dossier uses is deleted (row and bytes) after 24 h; a submission naming it is told to upload again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-orphans-'));
    try {
      for (const memory of [true, false]) {
        let now = new Date('2026-12-07T02:00:00Z');
        const sandbox = await testSandbox({ now: () => now, memory, dataDir });
        try {
          const api = client(sandbox.url);
          const bytesOf = (id: string) => memory ? sandbox.sandbox.memoryFiles.has(id) : existsSync(join(dataDir, 'files', id));
          const orphan = (await uploadFrom(sandbox.url, '127.0.0.1')).body.id as string;
          const submission = await validSubmission(sandbox.url);
          const used = Object.values(submission.documents as Record<string, string[]>).flat();
          assert.equal((await api.post('/v1/dossiers', submission)).status, 201);
          assert.ok(bytesOf(orphan) && used.every(bytesOf), 'stored');

          now = new Date(now.getTime() + 24 * HOUR - 1000);
          await sandbox.tick();
          assert.ok(bytesOf(orphan), `${memory ? 'memory' : 'disk'}: kept until its 24 h are up`);

          now = new Date(now.getTime() + 2000);
          await sandbox.tick();
          assert.equal(bytesOf(orphan), false, `${memory ? 'memory' : 'disk'}: the bytes are gone`);
          assert.equal(sandbox.sandbox.db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(orphan), undefined, 'the row is gone');
          assert.ok(used.every(bytesOf), 'files a dossier uses stay');

          const [slot] = Object.keys(submission.documents as object);
          const late = await api.post('/v1/dossiers', { ...submission, documents: { ...submission.documents, [slot!]: [orphan] } });
          assert.equal(late.status, 400);
          assert.deepEqual(late.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), [`documents.${slot}.0:attachment.not_found`]);
        } finally {
          await sandbox.close();
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('unattached uploads have a share per client and a ceiling per key: a clear 413 with the limit and when room frees up', async () => {
    let now = new Date('2026-12-07T02:00:00Z');
    const size = pdf.byteLength;
    const sandbox = await testSandbox({ now: () => now, uploadClientQuotaBytes: 2 * size, uploadKeyQuotaBytes: 5 * size });
    try {
      // A citizen's two papers (uploaded from 127.0.0.1), not submitted yet: their share is used.
      const submission = await validSubmission(sandbox.url);
      now = new Date(now.getTime() + HOUR);
      const full = await uploadFrom(sandbox.url, '127.0.0.1');
      assert.equal(full.status, 413, JSON.stringify(full.body));
      assert.equal(full.body.code, 'upload_quota_exceeded');
      assert.equal(full.headers.get('retry-after'), String(23 * 3600), 'the first upload expires 23 h from now');
      assert.equal(full.body.retryAfter, 23 * 3600);
      assert.equal(full.body.detail, `Các tệp đã tải lên mà chưa nộp kèm hồ sơ đã đạt mức ${2 * size} B. Hãy nộp hồ sơ dùng các tệp đó, ` +
        'hoặc thử lại lúc 08/12/2026 09:00 (giờ Việt Nam): tệp không dùng đến bị xoá sau 24 giờ.');
      const english = await uploadFrom(sandbox.url, '127.0.0.1', TEST_PUBLISHABLE_KEY, 'en');
      assert.match(english.body.detail, new RegExp(`reached the ${2 * size} B limit\\. .* try again at 8 Dec 2026, 09:00 \\(Vietnam time\\): unused files are deleted after 24 hours\\.$`));

      // One citizen at their limit does not lock the others out: each address has its own share…
      for (let i = 0; i < 2; i++) assert.equal((await uploadFrom(sandbox.url, '127.0.0.2')).status, 201);
      assert.equal((await uploadFrom(sandbox.url, '127.0.0.3')).status, 201);
      // The key's room is now full (5 files): a secret key (one server) has only its ceiling, and past
      // it gets upload_storage_full, saying when room frees up. (A publishable key's full room is made
      // room in: see the test of four clients below.)
      for (let i = 0; i < 5; i++) assert.equal((await uploadFrom(sandbox.url, '127.0.0.1', TEST_SECRET_KEY)).status, 201, 'another key has its own room');
      const ceiling = await uploadFrom(sandbox.url, '127.0.0.1', TEST_SECRET_KEY);
      assert.equal(ceiling.status, 413);
      assert.equal(ceiling.body.code, 'upload_storage_full');
      assert.equal(ceiling.headers.get('retry-after'), String(24 * 3600));
      assert.match(ceiling.body.detail, new RegExp(`^Chỗ lưu tệp chưa nộp kèm hồ sơ của cổng đã đầy \\(${5 * size} B\\)\\. Vui lòng thử lại lúc 08/12/2026 10:00`));

      const retried = await uploadFrom(sandbox.url, '127.0.0.1', TEST_PUBLISHABLE_KEY, 'vi', 'upload-0001');
      assert.equal(retried.body.code, 'upload_quota_exceeded');

      // Room frees up as soon as a dossier uses the uploads (and a refusal that said when to retry was
      // not kept for its idempotency key)…
      assert.equal((await client(sandbox.url).post('/v1/dossiers', submission)).status, 201);
      const again = await uploadFrom(sandbox.url, '127.0.0.1', TEST_PUBLISHABLE_KEY, 'vi', 'upload-0001');
      assert.equal(again.status, 201, 'the citizen uploads again once submitted, with the same key');
      assert.equal(again.headers.get('idempotency-replayed'), null);
      // …or once they expire.
      now = new Date(now.getTime() + 24 * HOUR);
      await sandbox.tick();
      assert.equal((await uploadFrom(sandbox.url, '127.0.0.1', TEST_SECRET_KEY)).status, 201, 'after the unused uploads expired');
    } finally {
      await sandbox.close();
    }
  });

  test("a few clients cannot fill a publishable key's room: a newcomer's upload deletes the biggest holders' oldest", async () => {
    let now = new Date('2026-12-07T02:00:00Z');
    const size = pdf.byteLength;
    const ceiling = 6 * size;
    const sandbox = await testSandbox({ now: () => now, uploadClientQuotaBytes: 2 * size, uploadKeyQuotaBytes: ceiling });
    const minute = () => { now = new Date(now.getTime() + 60_000); };
    const stored = (id: string) => sandbox.sandbox.memoryFiles.has(id) && sandbox.sandbox.db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(id) !== undefined;
    const pendingBytes = () => sandbox.sandbox.db
      .prepare('SELECT COALESCE(SUM(size), 0) FROM attachments a WHERE a.key = ? AND NOT EXISTS (SELECT 1 FROM dossier_attachments d WHERE d.attachment_id = a.id)')
      .pluck().get(TEST_PUBLISHABLE_KEY) as number;
    try {
      // Two clients take their whole share each; then a citizen (127.0.0.1) uploads the two papers of
      // the form they are filling in: the key's room is full.
      const flood: Record<string, string[]> = {};
      for (const address of ['127.0.5.1', '127.0.5.2']) {
        flood[address] = [];
        for (let i = 0; i < 2; i++) {
          minute();
          const reply = await uploadFrom(sandbox.url, address);
          assert.equal(reply.status, 201);
          flood[address]!.push(reply.body.id);
        }
      }
      minute();
      const submission = await validSubmission(sandbox.url);
      const papers = Object.values(submission.documents as Record<string, string[]>).flat();
      assert.equal(pendingBytes(), ceiling, 'the room is full');

      // A newcomer is not refused for a day: room is made from the oldest uploads of the biggest
      // holders (of equal ones, the one idle longest), never past the ceiling.
      minute();
      const first = await uploadFrom(sandbox.url, '127.0.6.1');
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.deepEqual([flood['127.0.5.1']!.map(stored), flood['127.0.5.2']!.map(stored)], [[false, true], [true, true]]);
      minute();
      assert.equal((await uploadFrom(sandbox.url, '127.0.6.2')).status, 201);
      assert.deepEqual(flood['127.0.5.2']!.map(stored), [false, true]);
      assert.ok(papers.every(stored), "the citizen's papers, uploaded last, are kept");
      assert.equal(pendingBytes(), ceiling, 'the ceiling still bounds what the key keeps');

      // The citizen submits; a submission naming a deleted upload is told to upload it again.
      assert.equal((await client(sandbox.url).post('/v1/dossiers', submission)).status, 201);
      const [slot] = Object.keys(submission.documents as object);
      const deleted = flood['127.0.5.1']![0]!;
      const late = await client(sandbox.url).post('/v1/dossiers', { ...submission, documents: { ...submission.documents, [slot!]: [deleted] } });
      assert.deepEqual(late.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), [`documents.${slot}.0:attachment.not_found`]);

      // A client past its own share is still refused (its own uploads are never deleted for it).
      assert.equal((await uploadFrom(sandbox.url, '127.0.5.1')).status, 201);
      const over = await uploadFrom(sandbox.url, '127.0.5.1');
      assert.equal(over.status, 413);
      assert.equal(over.body.code, 'upload_quota_exceeded');
    } finally {
      await sandbox.close();
    }
  });

  test('the same fields in another order (at any depth) are the same body for an idempotency key', async () => {
    const sandbox = await testSandbox();
    try {
      const api = client(sandbox.url);
      const submission = await validSubmission(sandbox.url);
      /** The same object, its keys in reverse order at every depth. */
      const reversed = (value: unknown): unknown =>
        Array.isArray(value) ? value.map(reversed)
          : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
            : value;
      const first = await api.post('/v1/dossiers', submission, { idempotencyKey: 'reordered-0001' });
      assert.equal(first.status, 201);
      const text = JSON.stringify(reversed(submission), null, 2);
      assert.notEqual(text, JSON.stringify(submission));
      const again = await api.post('/v1/dossiers', text, { idempotencyKey: 'reordered-0001' });
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.equal(again.headers.get('idempotency-replayed'), 'true');
      assert.equal(again.body.code, first.body.code, 'one dossier, not two');
      const other = await api.post('/v1/dossiers', { ...submission, note: 'Khác' }, { idempotencyKey: 'reordered-0001' });
      assert.equal(other.status, 409, 'another body is still refused');
      assert.equal(other.body.code, 'idempotency_key_reused');
    } finally {
      await sandbox.close();
    }
  });

  test('a key left "in use" by a request that died (kill -9) is taken over by a retry after a 60 s lease, not stuck for 24 h', async () => {
    let now = new Date('2026-12-07T02:00:00Z');
    const sandbox = await testSandbox({ now: () => now });
    try {
      const api = client(sandbox.url);
      const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
      const body = { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/xong' };
      const first = await api.post('/v1/payments', body, { verifier: citizen.phone, idempotencyKey: 'crashed-0001' });
      assert.equal(first.status, 201);
      // The process died after the payment was recorded and before its answer was: the key's row
      // is left as a request in progress leaves it.
      sandbox.sandbox.db.prepare(`UPDATE idempotency SET status = NULL, body = NULL WHERE idempotency_key = 'crashed-0001'`).run();

      const busy = await api.post('/v1/payments', body, { verifier: citizen.phone, idempotencyKey: 'crashed-0001' });
      assert.equal(busy.status, 409, 'within the lease the first request may still be running');
      assert.equal(busy.body.code, 'idempotency_key_in_use');
      now = new Date(now.getTime() + 61_000);
      const retry = await api.post('/v1/payments', body, { verifier: citizen.phone, idempotencyKey: 'crashed-0001' });
      assert.equal(retry.status, 201, JSON.stringify(retry.body));
      assert.equal(retry.headers.get('idempotency-replayed'), null, 'handled again');
      assert.equal(retry.body.id, first.body.id, 'the open payment, not a second one');
      const replay = await api.post('/v1/payments', body, { verifier: citizen.phone, idempotencyKey: 'crashed-0001' });
      assert.equal(replay.headers.get('idempotency-replayed'), 'true', 'and stored again');
      const stranger = await api.post('/v1/payments', { ...body, returnUrl: 'http://localhost:5173/khac' }, { verifier: citizen.phone, idempotencyKey: 'crashed-0001' });
      assert.equal(stranger.body.code, 'idempotency_key_reused');
    } finally {
      await sandbox.close();
    }
  });

  test('a slow client is cut off: headers sent byte by byte, or a body trickling in, within the configured times', async () => {
    const sandbox = await testSandbox({ headersTimeoutSeconds: 0.5, requestTimeoutSeconds: 1 });
    const { port } = new URL(sandbox.url);
    /** Sends `head`, then `trickle` one byte every 50 ms; resolves when the server closes the connection. */
    const slowly = (head: string, trickle: string) => new Promise<{ ms: number; answer: string; sent: number }>((resolve, reject) => {
      const started = performance.now();
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      let sent = 0;
      const timer = setInterval(() => {
        if (sent < trickle.length) socket.write(trickle[sent++]!);
      }, 50);
      const give = setTimeout(() => socket.destroy(new Error(`still open after 15 s (${sent} bytes sent)`)), 15_000);
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(give);
        resolve({ ms: performance.now() - started, answer, sent });
      });
      socket.write(head);
    });
    try {
      // Slowloris: the headers never end (a byte every 50 ms would take 10 minutes).
      const headers = await slowly('GET /v1/sectors HTTP/1.1\r\nHost: x\r\n', 'x-slow: ' + 'a'.repeat(12_000));
      assert.match(headers.answer, /^HTTP\/1\.1 408/);
      assert.ok(headers.ms >= 450 && headers.ms < 10_000, `cut after ${Math.round(headers.ms)} ms`);
      // A body announced as 10 kB and sent a byte at a time (8 minutes).
      const head = `POST /v1/petitions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_PUBLISHABLE_KEY}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n';
      const body = await slowly(head, '{"title":"' + 'a'.repeat(9_988) + '"}');
      assert.ok(body.ms >= 950 && body.ms < 10_000, `cut after ${Math.round(body.ms)} ms`);
      assert.match(body.answer, /^HTTP\/1\.1 408/);
      assert.ok(body.sent < 1_000, `cut with ${body.sent} of 10000 bytes sent`);
      // A connection that never sends a byte (a browser's spare one) is closed without a word: a 408
      // written on it would be taken for the answer to the request the browser later sends on it.
      const idle = await slowly('', '');
      assert.equal(idle.answer, '', 'no unsolicited 408');
      assert.ok(idle.ms >= 450 && idle.ms < 10_000, `closed after ${Math.round(idle.ms)} ms`);
      // A client that keeps up is not bothered.
      assert.equal((await client(sandbox.url).get('/v1/sectors')).status, 200);
    } finally {
      await sandbox.close();
    }
  });

  test('a payment returns only to a site of its key (publishable: its origins; secret: its returnOrigins), and the gateway only there', async () => {
    const keys = loadKeys(undefined, JSON.stringify({ keys: [
      { key: 'pk_live_thanhhoa_portal', allowedOrigins: ['https://dichvucong.thanhhoa.gov.vn'] },
      { key: 'sk_live_thanhhoa_backend', returnOrigins: ['https://*.thanhhoa.gov.vn'] },
      { key: 'sk_live_no_return_origins' },
    ] }));
    const sandbox = await testSandbox({ keys });
    try {
      const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
      const pay = (key: string, returnUrl: string, locale = 'vi') =>
        client(sandbox.url, { key, locale, verifier: citizen.phone }).post('/v1/payments', { dossierCode: dossier.code, returnUrl });
      const refused = async (key: string, returnUrl: string) => {
        const reply = await pay(key, returnUrl);
        assert.equal(reply.status, 400, `${key} → ${returnUrl}: ${JSON.stringify(reply.body)}`);
        assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['returnUrl:return_url.origin']);
        return reply.body.errors[0].message as string;
      };
      assert.equal(await refused(TEST_PUBLISHABLE_KEY, 'https://lua-dao.example/dvc?next=1'),
        'Địa chỉ trả về https://lua-dao.example không được phép với khoá API này.');
      const english = await pay(TEST_PUBLISHABLE_KEY, 'https://lua-dao.example/', 'en');
      assert.equal(english.body.errors[0].message, 'Return address https://lua-dao.example is not allowed for this API key.');
      await refused(TEST_PUBLISHABLE_KEY, 'http://localhost.lua-dao.example:5173/');
      await refused('pk_live_thanhhoa_portal', 'http://localhost:5173/xong');
      await refused('pk_live_thanhhoa_portal', 'https://dichvucong.thanhhoa.gov.vn.lua-dao.example/');
      await refused(TEST_SECRET_KEY, 'https://lua-dao.example/');
      await refused('sk_live_thanhhoa_backend', 'https://thanhhoa.gov.vn.lua-dao.example/');
      await refused('sk_live_no_return_origins', 'http://localhost:5173/xong');

      assert.equal((await pay('pk_live_thanhhoa_portal', 'https://dichvucong.thanhhoa.gov.vn/thanh-toan')).status, 201);
      assert.equal((await pay('sk_live_thanhhoa_backend', 'https://dichvucong.thanhhoa.gov.vn/thanh-toan')).status, 201);
      assert.equal((await pay(TEST_SECRET_KEY, 'http://127.0.0.1:3000/payments/return')).status, 201);
      const open = await pay(TEST_PUBLISHABLE_KEY, 'http://localhost:5173/xong?tab=phi');
      assert.equal(open.status, 201);

      // Whatever the form or the address of the gateway page carry, it sends the browser back to the stored return URL.
      const paid = await fetch(`${sandbox.url}/gateway/checkout/${open.body.id}?returnUrl=https%3A%2F%2Flua-dao.example%2F&next=https%3A%2F%2Flua-dao.example%2F`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ action: 'succeed', bank: 'VCB', returnUrl: 'https://lua-dao.example/', redirect: 'https://lua-dao.example/' }),
      });
      assert.equal(paid.status, 303);
      const location = new URL(paid.headers.get('location')!);
      assert.equal(`${location.origin}${location.pathname}`, 'http://localhost:5173/xong');
      assert.deepEqual([...location.searchParams.keys()], ['tab', 'payment', 'status']);
    } finally {
      await sandbox.close();
    }
  });
});
