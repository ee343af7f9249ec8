import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from '../config.js';
import { startSandbox, type RunningSandbox } from '../index.js';
import { validSubmission } from '../test-support.js';

interface Reply {
  status: number;
  body: any;
}

const applicant = { type: 'citizen' as const, fullName: 'Nguyễn Văn An', idNumber: '001203012345', phone: '0912345678' };
const weights = { disclosure: 18, progress: 20, onlineService: 22, satisfaction: 18, digitisation: 22 };
const statuses = ['receiving', 'new', 'denied', 'processing', 'waiting', 'paying', 'cancelled', 'unresolved', 'releasing', 'done'];

describe('stats', () => {
  let sandbox: RunningSandbox;
  let url: string;
  let clock = new Date('2025-11-24T02:00:00.000Z');

  before(async () => {
    sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, now: () => new Date(clock) });
    url = sandbox.url;
  });
  after(() => sandbox.close());

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, key = TEST_PUBLISHABLE_KEY): Promise<Reply> {
    const h: Record<string, string> = { authorization: `Bearer ${key}`, ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    const response = await fetch(url + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text };
  }

  async function stats(province?: string) {
    const reply = await call('GET', `/v1/stats${province ? `?province=${province}` : ''}`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  }

  async function submitDossier(extra: Record<string, unknown> = {}): Promise<any> {
    const serviceCode = (extra.serviceCode as string | undefined) ?? '1.001193';
    const reply = await call('POST', '/v1/dossiers', { ...(await validSubmission(url, serviceCode, { province: '38', applicant })), ...extra });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body;
  }

  async function move(code: string, status: string) {
    const reply = await call('POST', `/v1/admin/dossiers/${code}/status`, { status }, {}, TEST_SECRET_KEY);
    assert.equal(reply.status, 200, `${status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  function assertConsistent(s: any) {
    assert.ok(s.services.fullyOnline + s.services.partlyOnline <= s.services.total);
    assert.deepEqual(Object.keys(s.dossiers.byStatus).sort(), [...statuses].sort());
    assert.equal(Object.values<number>(s.dossiers.byStatus).reduce((a, b) => a + b, 0), s.dossiers.total);
    assert.ok(s.dossiers.online <= s.dossiers.total);
    assert.ok(s.dossiers.finishedOnTime <= s.dossiers.finished);
    assert.equal(s.dossiers.onTimeRate, s.dossiers.finished ? Math.round((s.dossiers.finishedOnTime / s.dossiers.finished) * 10_000) / 10_000 : null);
    assert.ok(s.petitions.answeredOnTime <= s.petitions.answered && s.petitions.answered <= s.petitions.total);
    assert.equal(s.petitions.answerRate, s.petitions.total ? Math.round((s.petitions.answered / s.petitions.total) * 10_000) / 10_000 : null);
    let sum = 0;
    for (const [part, weight] of Object.entries(weights)) {
      const value = s.index[part];
      assert.ok(value >= 0 && value <= weight, `${part} = ${value} of ${weight}`);
      assert.equal(value, Math.round(value * 10) / 10, `${part} has one decimal`);
      sum += value;
    }
    assert.equal(s.index.total, Math.round(sum * 10) / 10);
  }

  test('national figures are computed from the data and add up', async () => {
    const s = await stats();
    assert.equal(s.province, null);
    assert.equal(s.generatedAt, clock.toISOString());
    assert.ok(s.services.total > 0);
    assert.ok(s.services.fullyOnline > 0);
    assert.ok(s.petitions.total > 0, 'seeded petitions');
    assert.ok(s.petitions.answered > 0);
    assertConsistent(s);
    const db = sandbox.sandbox.db;
    const national = db.prepare(`SELECT count(*) AS n FROM procedures WHERE status = 'active' AND is_local = 0`).get() as { n: number };
    assert.equal(s.services.total, national.n);
    const online = db.prepare(`SELECT count(*) AS n FROM procedures WHERE status = 'active' AND is_local = 0 AND online_level <> 'none'`).get() as { n: number };
    assert.equal(s.index.disclosure, Math.round(((18 * online.n) / national.n) * 10) / 10);
  });

  test('a province is named and counted on its own; an unknown code names the field', async () => {
    const s = await stats('38');
    assert.deepEqual(s.province, { code: '38', name: 'Thanh Hóa' });
    const local = sandbox.sandbox.db.prepare(`SELECT count(*) AS n FROM procedures WHERE status = 'active' AND province_code = '38'`).get() as { n: number };
    assert.equal(s.services.total, local.n);
    assertConsistent(s);
    const en = await call('GET', '/v1/stats?province=79', undefined, { 'accept-language': 'en' });
    assert.deepEqual(en.body.province, { code: '79', name: 'Ho Chi Minh City' });

    for (const locale of ['vi', 'en']) {
      const unknown = await call('GET', '/v1/stats?province=99', undefined, { 'accept-language': locale });
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.code, 'validation_failed');
      assert.deepEqual(unknown.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['province', 'province.unknown']]);
      assert.match(unknown.body.errors[0].message, /99/);
      assert.match(unknown.body.errors[0].message, locale === 'vi' ? /tỉnh/ : /province/i);
    }
    const malformed = await call('GET', '/v1/stats?province=HN');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.errors[0].path, 'province');
  });

  test('dossiers move the figures of the country and of their province only', async () => {
    const [n0, p0, other0] = await Promise.all([stats(), stats('38'), stats('01')]);
    const dossier = await submitDossier();
    const [n1, p1, other1] = await Promise.all([stats(), stats('38'), stats('01')]);
    for (const [before, after] of [[n0, n1], [p0, p1]]) {
      assert.equal(after.dossiers.total, before.dossiers.total + 1);
      assert.equal(after.dossiers.online, before.dossiers.online + 1);
      assert.equal(after.dossiers.byStatus.receiving, before.dossiers.byStatus.receiving + 1);
      assertConsistent(after);
    }
    assert.deepEqual(other1.dossiers, other0.dossiers, 'another province is unaffected');
    assert.ok(p1.index.onlineService > 0, 'an online dossier scores online service');
    assert.ok(p1.index.progress > 0);

    for (const status of ['new', 'processing', 'releasing', 'done']) await move(dossier.code, status);
    const [n2, p2] = await Promise.all([stats(), stats('38')]);
    for (const [before, after] of [[n1, n2], [p1, p2]]) {
      assert.equal(after.dossiers.finished, before.dossiers.finished + 1);
      assert.equal(after.dossiers.finishedOnTime, before.dossiers.finishedOnTime + 1);
      assert.equal(after.dossiers.byStatus.done, before.dossiers.byStatus.done + 1);
      assert.equal(after.dossiers.byStatus.receiving, before.dossiers.byStatus.receiving - 1);
      assertConsistent(after);
    }
    assert.ok(p2.dossiers.onTimeRate > 0);
  });

  test('online payments and attachments count', async () => {
    const [n0, p0] = await Promise.all([stats(), stats('38')]);
    const dossier = await submitDossier({ serviceCode: '1.004222' });
    assert.ok(dossier.fees.total > 0, 'residence registration has a fee');
    const payment = await call('POST', '/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/done' }, { 'dvc-verifier': applicant.phone });
    assert.equal(payment.status, 201, JSON.stringify(payment.body));
    const paid = await fetch(`${url}/gateway/checkout/${payment.body.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }),
      redirect: 'manual',
    });
    assert.ok(paid.status < 400, String(paid.status));
    // A dossier without files (extending a temporary residence asks for none online), so that one with files moves the share.
    assert.deepEqual((await submitDossier({ serviceCode: '1.002755' })).attachments, []);
    const [n1, p1] = await Promise.all([stats(), stats('38')]);
    for (const [before, after] of [[n0, n1], [p0, p1]]) {
      assert.equal(after.payments.succeeded, before.payments.succeeded + 1);
      assert.equal(after.payments.amount, before.payments.amount + payment.body.amount);
      assertConsistent(after);
    }

    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')], { type: 'application/pdf' }), 'to-khai.pdf');
    const upload = await fetch(`${url}/v1/attachments`, { method: 'POST', headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` }, body: form });
    assert.equal(upload.status, 201, await upload.clone().text());
    const attachment = (await upload.json()) as { id: string };
    await submitDossier({ attachmentIds: [attachment.id] });
    const p2 = await stats('38');
    assert.ok(p2.index.digitisation > p1.index.digitisation, `${p2.index.digitisation} > ${p1.index.digitisation}`);
    const withFiles = sandbox.sandbox.db
      .prepare(`SELECT count(DISTINCT d.code) AS n FROM dossiers d JOIN dossier_attachments a ON a.dossier_code = d.code WHERE d.province_code = '38'`)
      .get() as { n: number };
    assert.equal(p2.index.digitisation, Math.round(((22 * withFiles.n) / p2.dossiers.total) * 10) / 10);
  });

  test('petitions count when sent and when answered, in a province through their procedure', async () => {
    const local = sandbox.sandbox.db
      .prepare(`SELECT code FROM procedures WHERE status = 'active' AND province_code = '38' ORDER BY code LIMIT 1`)
      .get() as { code: string } | undefined;
    const [n0, p0, other0] = await Promise.all([stats(), stats('38'), stats('01')]);
    const sent = await call('POST', '/v1/petitions', {
      fullName: 'Lê Thị Hồng', phone: '0912 000 111', category: 'procedure',
      title: 'Hỏi về thời hạn giải quyết hồ sơ', content: 'Xin hỏi thời hạn giải quyết thủ tục này tại tỉnh Thanh Hóa là bao nhiêu ngày làm việc?',
      ...(local ? { serviceCode: local.code } : {}), publishable: true,
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const [n1, p1, other1] = await Promise.all([stats(), stats('38'), stats('01')]);
    assert.equal(n1.petitions.total, n0.petitions.total + 1);
    assert.equal(n1.petitions.answered, n0.petitions.answered);
    assert.ok(n1.petitions.answerRate < n0.petitions.answerRate);
    assert.equal(n1.index.satisfaction, n0.index.satisfaction, 'a petition within its time does not count against satisfaction');
    assert.deepEqual(other1.petitions, other0.petitions);
    if (local) assert.equal(p1.petitions.total, p0.petitions.total + 1);

    const answered = await call('POST', `/v1/admin/petitions/${sent.body.code}/answer`, { text: 'Thời hạn giải quyết được công khai trong thông tin thủ tục.' }, {}, TEST_SECRET_KEY);
    assert.equal(answered.status, 200);
    const [n2, p2] = await Promise.all([stats(), stats('38')]);
    assert.equal(n2.petitions.answered, n1.petitions.answered + 1);
    assert.equal(n2.petitions.answeredOnTime, n1.petitions.answeredOnTime + 1);
    assert.ok(n2.index.satisfaction >= n1.index.satisfaction);
    assertConsistent(n2);
    if (local) {
      assert.equal(p2.petitions.answered, p1.petitions.answered + 1);
      assert.equal(p2.petitions.answerRate, Math.round((p2.petitions.answered / p2.petitions.total) * 10_000) / 10_000);
    }
  });

  test('a dossier past its due date is overdue and lowers the progress score', async () => {
    const dossier = await submitDossier();
    const received = await move(dossier.code, 'new');
    assert.ok(received.dueAt, 'reception sets a due date');
    const before = await stats('38');
    clock = new Date(Date.parse(received.dueAt) + 24 * 3600_000);
    const after = await stats('38');
    assert.equal(after.generatedAt, clock.toISOString());
    assert.ok(after.dossiers.overdue >= before.dossiers.overdue + 1);
    assert.ok(after.index.progress < before.index.progress, `${after.index.progress} < ${before.index.progress}`);
    assertConsistent(after);
    // Finished late: counted as finished, not on time.
    for (const status of ['processing', 'releasing', 'done']) await move(dossier.code, status);
    const done = await stats('38');
    assert.equal(done.dossiers.finished, after.dossiers.finished + 1);
    assert.equal(done.dossiers.finishedOnTime, after.dossiers.finishedOnTime);
    assert.equal(done.dossiers.overdue, after.dossiers.overdue - 1);
    assertConsistent(done);
  });
});
