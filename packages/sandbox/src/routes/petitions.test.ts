import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from '../config.js';
import { startSandbox, type RunningSandbox } from '../index.js';

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

interface CallOptions {
  key?: string;
  locale?: string;
  verifier?: string;
  idempotencyKey?: string;
}

function caller(url: string) {
  return async (method: string, path: string, body?: unknown, o: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { authorization: `Bearer ${o.key ?? TEST_PUBLISHABLE_KEY}` };
    if (o.locale) headers['accept-language'] = o.locale;
    if (o.verifier) headers['dvc-verifier'] = o.verifier;
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text };
  };
}

const sender = { fullName: 'Trần Thị Bích Ngọc', phone: '0983 123 456', email: 'ngoc.tran@example.com', address: 'Số 5, phường Hạc Thành, tỉnh Thanh Hóa' };
const petitionInput = (extra: Record<string, unknown> = {}) => ({
  ...sender,
  category: 'online_service',
  title: 'Không nhận được mã hồ sơ sau khi nộp trực tuyến',
  content: 'Tôi đã nộp hồ sơ đăng ký thường trú trên Cổng nhưng không nhận được tin nhắn có mã hồ sơ để tra cứu.',
  serviceCode: '1.004222',
  publishable: true,
  ...extra,
});
const PERSONAL_KEYS = ['fullName', 'phone', 'email', 'address', 'full_name'];

describe('petitions', () => {
  let sandbox: RunningSandbox;
  let call: ReturnType<typeof caller>;
  let clock = new Date('2025-11-24T02:00:00.000Z'); // Monday 09:00 in Vietnam
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  const webhooks: { type: string; data: Record<string, unknown>; owner: unknown }[] = [];

  before(async () => {
    sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, now: () => new Date(clock) });
    call = caller(sandbox.url);
    sandbox.sandbox.events.on('webhook', (e) => webhooks.push(e));
  });
  after(() => sandbox.close());

  const submit = async (extra: Record<string, unknown> = {}, o: CallOptions = {}) => {
    const reply = await call('POST', '/v1/petitions', petitionInput(extra), o);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body;
  };
  const db = () => sandbox.sandbox.db;

  test('submitting answers with a PAKN-yyMMdd-NNNNN tracking code, status new and no answer', async () => {
    const first = await submit();
    const second = await submit({ publishable: false });
    assert.match(first.code, /^PAKN-251124-\d{5}$/);
    assert.match(second.code, /^PAKN-251124-\d{5}$/);
    assert.notEqual(second.code, first.code);
    assert.equal(first.status, 'new');
    assert.equal(first.answer, null);
    assert.equal(first.category, 'online_service');
    assert.equal(first.serviceCode, '1.004222');
    assert.equal(first.publishable, true);
    assert.equal(second.publishable, false);
    assert.equal(first.submittedAt, clock.toISOString());
    for (const key of PERSONAL_KEYS) assert.ok(!(key in first), key);
    // Due 10 working days later: Monday 24 Nov → Monday 8 Dec.
    const row = db().prepare('SELECT phone, due_at FROM petitions WHERE code = ?').get(first.code) as { phone: string; due_at: string };
    assert.equal(row.due_at, '2025-12-08T02:00:00.000Z');
    assert.equal(row.phone, '0983123456', 'the phone is stored normalised');
    const withoutService = await submit({ serviceCode: undefined, category: 'other' });
    assert.equal(withoutService.serviceCode, null);
  });

  test('an Idempotency-Key replays the same petition; another body with the same key is a conflict', async () => {
    const key = 'petition-test-key-0001';
    const first = await call('POST', '/v1/petitions', petitionInput(), { idempotencyKey: key });
    assert.equal(first.status, 201);
    const replay = await call('POST', '/v1/petitions', petitionInput(), { idempotencyKey: key });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);
    assert.equal((db().prepare('SELECT count(*) AS n FROM petitions WHERE code = ?').get(first.body.code) as { n: number }).n, 1);
    const other = await call('POST', '/v1/petitions', petitionInput({ title: 'Một phản ánh khác hẳn' }), { idempotencyKey: key });
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  test('the sender reads the petition with the phone (any common spelling); a wrong phone or code gets the same 404', async () => {
    const created = await submit();
    for (const phone of ['0983123456', '+84 983 123 456', '84983123456', '0983.123.456']) {
      const got = await call('GET', `/v1/petitions/${created.code}`, undefined, { verifier: phone });
      assert.equal(got.status, 200, phone);
      assert.deepEqual(got.body, created);
    }
    const wrongPhone = await call('GET', `/v1/petitions/${created.code}`, undefined, { verifier: '0912345678' });
    const notAPhone = await call('GET', `/v1/petitions/${created.code}`, undefined, { verifier: 'abc' });
    const unknownCode = await call('GET', '/v1/petitions/PAKN-200101-99999', undefined, { verifier: '0983123456' });
    for (const reply of [wrongPhone, notAPhone, unknownCode]) {
      assert.equal(reply.status, 404);
      assert.equal(reply.body.code, 'petition_not_found');
      assert.equal(reply.body.detail, unknownCode.body.detail, 'the same answer, so codes cannot be probed');
    }
    const noHeader = await call('GET', `/v1/petitions/${created.code}`);
    assert.equal(noHeader.status, 400);
    assert.ok(noHeader.body.errors.some((e: { path: string }) => e.path === 'dvc-verifier'));
  });

  test('validation errors name the field in Vietnamese and in English', async () => {
    const bad = petitionInput({ phone: '0123', title: '   ', category: 'complaint' });
    const vi = await call('POST', '/v1/petitions', bad);
    const en = await call('POST', '/v1/petitions', bad, { locale: 'en' });
    for (const reply of [vi, en]) {
      assert.equal(reply.status, 400);
      assert.equal(reply.body.code, 'validation_failed');
      const paths = reply.body.errors.map((e: { path: string }) => e.path);
      for (const field of ['phone', 'title', 'category']) assert.ok(paths.includes(field), `${field} in ${paths}`);
    }
    const message = (r: Reply, path: string) => r.body.errors.find((e: { path: string }) => e.path === path).message as string;
    assert.equal(message(vi, 'title'), 'Vui lòng nhập tiêu đề.', 'the label in lower case inside the sentence');
    assert.match(message(en, 'title'), /Title/);
    assert.match(message(vi, 'phone'), /Số điện thoại/);
    assert.notEqual(message(en, 'phone'), message(vi, 'phone'));
    assert.match(vi.body.detail, /Dữ liệu gửi lên chưa hợp lệ/);
    assert.match(en.body.detail, /invalid fields/);

    // A well-formed procedure code the database does not know.
    const unknownVi = await call('POST', '/v1/petitions', petitionInput({ serviceCode: '1.999999' }));
    const unknownEn = await call('POST', '/v1/petitions', petitionInput({ serviceCode: '1.999999' }), { locale: 'en' });
    for (const reply of [unknownVi, unknownEn]) {
      assert.equal(reply.status, 400);
      assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['serviceCode', 'procedure_code.unknown']]);
      assert.match(reply.body.errors[0].message, /1\.999999/);
    }
    assert.match(unknownVi.body.errors[0].message, /thủ tục hành chính/);
    assert.match(unknownEn.body.errors[0].message, /administrative procedure/);

    const shortContent = await call('POST', '/v1/petitions', petitionInput({ content: 'Quá ngắn' }), { locale: 'en' });
    assert.equal(shortContent.status, 400);
    assert.equal(shortContent.body.errors[0].path, 'content');
  });

  test('categories come named in the request language', async () => {
    const vi = await call('GET', '/v1/petitions/categories');
    const en = await call('GET', '/v1/petitions/categories', undefined, { locale: 'en' });
    assert.equal(vi.status, 200);
    assert.deepEqual(vi.body.data.map((c: { code: string }) => c.code), ['regulation', 'procedure', 'staff', 'online_service', 'other']);
    assert.equal(vi.body.data.find((c: { code: string }) => c.code === 'procedure').name, 'Thủ tục hành chính');
    assert.equal(en.body.data.find((c: { code: string }) => c.code === 'procedure').name, 'Administrative procedures');
  });

  test('the public list holds only answered, publishable petitions, newest answer first, without personal data', async () => {
    const list = await call('GET', '/v1/petitions?limit=50');
    assert.equal(list.status, 200);
    const expected = db()
      .prepare(`SELECT code FROM petitions WHERE status = 'answered' AND publishable = 1 ORDER BY answered_at DESC, code DESC`)
      .all() as { code: string }[];
    assert.ok(expected.length >= 30, `seeded: ${expected.length}`);
    assert.equal(list.body.total, expected.length);
    assert.deepEqual(list.body.data.map((p: { code: string }) => p.code), expected.slice(0, 50).map((r) => r.code));
    const hidden = db().prepare(`SELECT code FROM petitions WHERE status <> 'answered' OR publishable = 0`).all() as { code: string }[];
    assert.ok(hidden.length > 0);
    const shown = new Set(list.body.data.map((p: { code: string }) => p.code));
    for (const { code } of hidden) assert.ok(!shown.has(code), code);

    const people = db().prepare('SELECT full_name, phone, email FROM petitions').all() as { full_name: string; phone: string; email: string | null }[];
    const text = JSON.stringify(list.body);
    for (const p of list.body.data) {
      assert.deepEqual(Object.keys(p).sort(), ['answer', 'category', 'code', 'content', 'submittedAt', 'title']);
      assert.deepEqual(Object.keys(p.answer).sort(), ['agency', 'answeredAt', 'officer', 'text']);
      assert.ok(p.answer.text.length > 50);
    }
    for (const person of people) {
      assert.ok(!text.includes(person.full_name), person.full_name);
      assert.ok(!text.includes(person.phone), person.phone);
      if (person.email) assert.ok(!text.includes(person.email), person.email);
    }
    for (let i = 1; i < list.body.data.length; i++) {
      assert.ok(list.body.data[i - 1].answer.answeredAt >= list.body.data[i].answer.answeredAt, 'newest answer first');
    }
  });

  test('cursor pagination walks the whole list without duplicates or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let total = -1;
    do {
      const reply: Reply = await call('GET', `/v1/petitions?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      assert.equal(reply.status, 200);
      assert.ok(reply.body.data.length <= 7);
      if (total < 0) total = reply.body.total;
      assert.equal(reply.body.total, total, 'total is the whole filtered set on every page');
      seen.push(...reply.body.data.map((p: { code: string }) => p.code));
      cursor = reply.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    assert.equal(cursor, null);
    assert.equal(new Set(seen).size, seen.length, 'no duplicates');
    assert.equal(seen.length, total, 'no gaps');
    assert.equal(pages, Math.ceil(total / 7));

    const bad = await call('GET', '/v1/petitions?cursor=not-a-cursor', undefined, { locale: 'en' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'cursor');
  });

  test('filters by category and by text typed without diacritics', async () => {
    const staff = await call('GET', '/v1/petitions?category=staff&limit=50');
    assert.equal(staff.status, 200);
    assert.ok(staff.body.total > 0);
    assert.ok(staff.body.data.every((p: { category: string }) => p.category === 'staff'));
    const expected = (db().prepare(`SELECT count(*) AS n FROM petitions WHERE status = 'answered' AND publishable = 1 AND category = 'staff'`).get() as { n: number }).n;
    assert.equal(staff.body.total, expected);

    const residence = await call('GET', '/v1/petitions?q=dang%20ky%20thuong%20tru&limit=50');
    assert.ok(residence.body.total >= 2);
    assert.ok(residence.body.data.some((p: { title: string }) => p.title === 'Lệ phí đăng ký thường trú khi nộp hồ sơ trực tuyến'));
    for (const p of residence.body.data) {
      assert.match(`${p.title} ${p.content} ${p.answer.text}`.normalize('NFC').toLowerCase(), /đăng ký thường trú/);
    }

    const licence = await call('GET', `/v1/petitions?q=${encodeURIComponent('GIAY PHEP LAI XE')}&limit=50`);
    assert.ok(licence.body.total >= 3, String(licence.body.total));
    const withAccents = await call('GET', `/v1/petitions?q=${encodeURIComponent('giấy phép lái xe')}&limit=50`);
    assert.deepEqual(withAccents.body, licence.body);

    const hotline = await call('GET', '/v1/petitions?q=18001096');
    assert.ok(hotline.body.total >= 1);

    const both = await call('GET', '/v1/petitions?q=captcha&category=online_service');
    assert.equal(both.body.total, 1);
    assert.match(both.body.data[0].title, /mã xác thực/);
    const wrongCategory = await call('GET', '/v1/petitions?q=captcha&category=staff');
    assert.equal(wrongCategory.body.total, 0);
    assert.deepEqual(wrongCategory.body.data, []);
    assert.equal(wrongCategory.body.nextCursor, null);

    const nothing = await call('GET', '/v1/petitions?q=khong%20co%20tu%20nay%20xyzzy');
    assert.equal(nothing.body.total, 0);
  });

  test('an agency answer (secret key) puts a publishable petition at the top of the list; a second answer is a conflict', async () => {
    const created = await submit({ title: 'Đề nghị hướng dẫn nộp lệ phí thường trú trực tuyến' });
    const before = await call('GET', '/v1/petitions?limit=50');
    assert.ok(!before.body.data.some((p: { code: string }) => p.code === created.code), 'not listed before its answer');

    const forbidden = await call('POST', `/v1/admin/petitions/${created.code}/answer`, { text: 'Trả lời thử.' });
    assert.equal(forbidden.status, 403);

    advance(2 * 3600_000);
    webhooks.length = 0;
    const text = 'Công an cấp xã đã hướng dẫn ông/bà thanh toán lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia.';
    const answered = await call('POST', `/v1/admin/petitions/${created.code}/answer`, { text }, { key: TEST_SECRET_KEY });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'answered');
    assert.equal(answered.body.answer.text, text);
    assert.equal(answered.body.answer.officer, 'Cán bộ tiếp nhận PAKN');
    assert.equal(answered.body.answer.answeredAt, clock.toISOString());
    // Default agency: the one implementing the related procedure; for a national record of a local
    // procedure (whose agency is the placeholder "Theo địa phương"), the kind of agency that carries it out.
    const national = db().prepare('SELECT detail FROM procedures WHERE code = ?').get('1.004222') as { detail: string };
    assert.equal(answered.body.answer.agency, JSON.parse(national.detail).implementingAgency);
    assert.notEqual(answered.body.answer.agency, 'Theo địa phương');

    // Owned by the key it was sent with; addressed to the Government Office (a national record names no province).
    assert.deepEqual(webhooks, [{
      type: 'petition.answered', data: { code: created.code, answeredAt: clock.toISOString() },
      owner: { key: TEST_PUBLISHABLE_KEY, agency: '000.00.00.G01' },
    }]);

    const list = await call('GET', '/v1/petitions');
    assert.equal(list.body.data[0].code, created.code);
    assert.deepEqual(list.body.data[0].answer, answered.body.answer);
    const found = await call('GET', `/v1/petitions?q=${encodeURIComponent('le phi thuong tru truc tuyen')}`);
    assert.ok(found.body.data.some((p: { code: string }) => p.code === created.code));

    const again = await call('POST', `/v1/admin/petitions/${created.code}/answer`, { text: 'Lần nữa.' }, { key: TEST_SECRET_KEY });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'petition_already_answered');

    const missing = await call('POST', '/v1/admin/petitions/PAKN-200101-99999/answer', { text: 'Không có.' }, { key: TEST_SECRET_KEY });
    assert.equal(missing.status, 404);

    // Officer and agency given; a private petition stays off the list once answered.
    const privatePetition = await submit({ publishable: false, serviceCode: undefined, category: 'staff' });
    const privateAnswer = await call('POST', `/v1/admin/petitions/${privatePetition.code}/answer`,
      { text: 'Đã xác minh và nhắc nhở cán bộ.', officer: 'Nguyễn Văn Bình', agency: 'Ủy ban nhân dân tỉnh Thanh Hóa' }, { key: TEST_SECRET_KEY });
    assert.equal(privateAnswer.status, 200);
    assert.equal(privateAnswer.body.answer.officer, 'Nguyễn Văn Bình');
    assert.equal(privateAnswer.body.answer.agency, 'Ủy ban nhân dân tỉnh Thanh Hóa');
    const after = await call('GET', '/v1/petitions?limit=50');
    assert.ok(!after.body.data.some((p: { code: string }) => p.code === privatePetition.code));
    const own = await call('GET', `/v1/petitions/${privatePetition.code}`, undefined, { verifier: sender.phone });
    assert.equal(own.body.answer.text, 'Đã xác minh và nhắc nhở cán bộ.', 'the sender still sees the answer');

    const local = await submit({ serviceCode: '1.004222.H38' });
    const answeredLocal = await call('POST', `/v1/admin/petitions/${local.code}/answer`, { text: 'Đã hướng dẫn.' }, { key: TEST_SECRET_KEY });
    const localAgency = db()
      .prepare('SELECT a.name FROM procedures p JOIN agencies a ON a.code = p.agency_code WHERE p.code = ?')
      .get('1.004222.H38') as { name: string };
    assert.equal(answeredLocal.body.answer.agency, localAgency.name);
    assert.match(localAgency.name, /Thanh Hóa/);

    const defaultAgency = await submit({ serviceCode: undefined, category: 'regulation' });
    const answeredDefault = await call('POST', `/v1/admin/petitions/${defaultAgency.code}/answer`, { text: 'Đã ghi nhận.' }, { key: TEST_SECRET_KEY });
    assert.equal(answeredDefault.body.answer.agency, 'Văn phòng Chính phủ');
  });
  test("a province's list holds its petitions only (addressed to its agencies or about its local procedures), newest answer first", async () => {
    const answer = async (code: string) => {
      advance(60_000);
      const reply = await call('POST', `/v1/admin/petitions/${code}/answer`, { text: 'Đã hướng dẫn ông/bà.' }, { key: TEST_SECRET_KEY });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
    };
    const hueOlder = await submit({ serviceCode: '1.004222.H46', title: 'Phản ánh về thủ tục của Huế (cũ hơn)' });
    const hueNewer = await submit({ serviceCode: '1.001193.H46', title: 'Phản ánh về thủ tục của Huế (mới hơn)' });
    const thanhHoa = await submit({ serviceCode: '1.004222.H38', title: 'Phản ánh về thủ tục của Thanh Hóa' });
    const national = await submit({ serviceCode: '1.004222', title: 'Phản ánh về thủ tục trong danh mục quốc gia' });
    for (const p of [hueOlder, thanhHoa, national, hueNewer]) await answer(p.code);

    const hue = await call('GET', '/v1/petitions?province=46&limit=50');
    assert.equal(hue.status, 200, JSON.stringify(hue.body));
    const codes = hue.body.data.map((p: { code: string }) => p.code);
    assert.deepEqual(codes.slice(0, 2), [hueNewer.code, hueOlder.code], 'newest answer first');
    assert.ok(!codes.includes(thanhHoa.code) && !codes.includes(national.code), "no other province's, no national ones");
    assert.equal(hue.body.total, codes.length);
    // Every one belongs to Huế, by its agency or its procedure; the seed has some of its own.
    const inHue = db().prepare(
      `SELECT count(*) FROM petitions p WHERE p.status = 'answered' AND p.publishable = 1 AND (p.agency_code IN (SELECT code FROM agencies WHERE province_code = '46')
         OR p.service_code IN (SELECT code FROM procedures WHERE province_code = '46'))`,
    ).pluck().get() as number;
    assert.equal(hue.body.total, inHue);
    assert.ok(hue.body.total > 2, 'seeded petitions of Huế too');
    const everyone = await call('GET', '/v1/petitions?limit=1');
    assert.ok(everyone.body.total > hue.body.total, 'without a province, every province\'s and the national ones');

    const thanhHoaList = await call('GET', '/v1/petitions?province=38&limit=50');
    assert.ok(thanhHoaList.body.data.some((p: { code: string }) => p.code === thanhHoa.code));
    assert.ok(!thanhHoaList.body.data.some((p: { code: string }) => p.code === hueNewer.code));

    // Paging within a province keeps to it.
    const first = await call('GET', '/v1/petitions?province=46&limit=1');
    const second = await call('GET', `/v1/petitions?province=46&limit=1&cursor=${first.body.nextCursor}`);
    assert.deepEqual([first.body.data[0].code, second.body.data[0].code], codes.slice(0, 2));

    for (const [locale, message] of [['vi', /tỉnh\/thành phố mã 99/], ['en', /province with code 99/]] as const) {
      const unknown = await call('GET', '/v1/petitions?province=99', undefined, { locale });
      assert.equal(unknown.status, 400);
      assert.deepEqual(unknown.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['province', 'province.unknown']]);
      assert.match(unknown.body.errors[0].message, message);
    }
    assert.equal((await call('GET', '/v1/petitions?province=HUE')).body.errors[0].path, 'province');
  });
});

describe('petitions: simulated answers', () => {
  let sandbox: RunningSandbox;
  let call: ReturnType<typeof caller>;
  let clock = new Date('2025-11-25T03:00:00.000Z');
  const webhooks: { type: string; data: Record<string, unknown>; owner: unknown }[] = [];

  before(async () => {
    sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 1, now: () => new Date(clock) });
    call = caller(sandbox.url);
    sandbox.sandbox.events.on('webhook', (e) => webhooks.push(e));
  });
  after(() => sandbox.close());

  test('a petition moves to processing, then gets an answer about its procedure from a plausible agency', async () => {
    const openSeeded = (sandbox.sandbox.db.prepare(`SELECT count(*) AS n FROM petitions WHERE status <> 'answered'`).get() as { n: number }).n;
    const created = await call('POST', '/v1/petitions', petitionInput({ serviceCode: '3.000347', category: 'procedure', title: 'Hỏi về đổi giấy phép lái xe trực tuyến' }));
    assert.equal(created.status, 201);
    const code = created.body.code;
    const get = () => call('GET', `/v1/petitions/${code}`, undefined, { verifier: sender.phone });

    await sandbox.tick();
    assert.equal((await get()).body.status, 'new', 'nothing happens before time passes');

    clock = new Date(clock.getTime() + 600);
    await sandbox.tick();
    assert.equal((await get()).body.status, 'processing');
    assert.equal((await get()).body.answer, null);

    clock = new Date(clock.getTime() + 1000);
    await sandbox.tick();
    const answered = (await get()).body;
    assert.equal(answered.status, 'answered');
    assert.equal(answered.answer.answeredAt, clock.toISOString());
    assert.match(answered.answer.text, /3\.000347/, 'the answer names the procedure');
    assert.ok(answered.answer.agency.length > 0);
    assert.ok(answered.answer.text.includes(answered.answer.agency));
    const events = webhooks.filter((e) => e.type === 'petition.answered');
    assert.deepEqual(events, [{
      type: 'petition.answered', data: { code, answeredAt: clock.toISOString() }, owner: { key: TEST_PUBLISHABLE_KEY, agency: '000.00.00.G01' },
    }]);

    // Seeded open petitions are left for demos; a category without a procedure gets a generic answer.
    const open = (sandbox.sandbox.db.prepare(`SELECT count(*) AS n FROM petitions WHERE status <> 'answered'`).get() as { n: number }).n;
    assert.equal(open, openSeeded);
    const other = await call('POST', '/v1/petitions', petitionInput({ serviceCode: undefined, category: 'staff', title: 'Cán bộ không hướng dẫn cụ thể' }));
    clock = new Date(clock.getTime() + 5000);
    await sandbox.tick();
    const otherAnswered = (await call('GET', `/v1/petitions/${other.body.code}`, undefined, { verifier: sender.phone })).body;
    assert.equal(otherAnswered.status, 'answered');
    assert.match(otherAnswered.answer.text, /cán bộ/i);
    assert.equal(otherAnswered.answer.agency, 'Bộ Nội vụ');
    // Publishable, so it is on the public list now.
    const list = await call('GET', '/v1/petitions?limit=2');
    assert.deepEqual(list.body.data.map((p: { code: string }) => p.code).sort(), [code, other.body.code].sort());
  });
});
