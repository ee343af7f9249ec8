import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PetitionSubmitInput } from '@dvc-kit/contract';
import { DvcNotFoundError, DvcValidationError, isDvcError } from './errors.js';
import { TEST_SECRET_KEY, rawClient, recordingFetch, rejection, withSandbox } from './test-support.js';

const input = (extra: Partial<PetitionSubmitInput> = {}): PetitionSubmitInput => ({
  fullName: 'Trần Thị Bích Ngọc',
  phone: '0983 123 456',
  email: 'ngoc.tran@example.com',
  category: 'online_service',
  title: 'Không nhận được mã hồ sơ sau khi nộp trực tuyến',
  content: 'Tôi đã nộp hồ sơ đăng ký thường trú trên Cổng nhưng không nhận được tin nhắn có mã hồ sơ để tra cứu.',
  serviceCode: '1.004222',
  ...extra,
});

describe('petitions', () => {
  const sb = withSandbox();

  /** Answers a petition through the admin route (secret key) and returns the answered petition. */
  const answer = async (code: string, text: string) => {
    const reply = await rawClient(sb.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/petitions/${code}/answer`, {
      text, officer: 'Nguyễn Văn Bình', agency: 'Bộ Công an',
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  };

  describe('submit', () => {
    it('sends a petition and answers with its tracking code', async () => {
      const sent = await sb.client().petitions.submit(input({ publishable: true }));
      assert.match(sent.code, /^PAKN-\d{6}-\d{5}$/);
      assert.equal(sent.status, 'new');
      assert.equal(sent.answer, null);
      assert.equal(sent.category, 'online_service');
      assert.equal(sent.serviceCode, '1.004222');
      assert.equal(sent.publishable, true);
      assert.ok(!('phone' in sent) && !('fullName' in sent), 'no personal data in the answer');
      const other = await sb.client().petitions.submit(input({ serviceCode: undefined, category: 'other' }));
      assert.notEqual(other.code, sent.code);
      assert.equal(other.serviceCode, null);
      assert.equal(other.publishable, false, 'publishable defaults to false');
    });

    it('refuses an invalid phone before sending, in Vietnamese by default', async () => {
      const rec = recordingFetch();
      const error = await rejection(sb.client({ fetch: rec.fetch }).petitions.submit(input({ phone: '0123' })));
      assert.ok(error instanceof DvcValidationError);
      assert.equal(error.type, 'validation');
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['phone']);
      assert.equal(error.fieldErrors[0]!.message, 'Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84).');
      assert.equal(error.message, `Thông tin chưa hợp lệ: ${error.fieldErrors[0]!.message}`);
      assert.equal(rec.requests.length, 0);
    });

    it('words validation errors in English with locale "en", one per field', async () => {
      const error = await rejection(
        sb.client({ locale: 'en' }).petitions.submit(input({ phone: '0123', title: '   ', category: 'complaint' as 'other' })),
      );
      assert.ok(error instanceof DvcValidationError);
      const byPath = new Map(error.fieldErrors.map((e) => [e.path, e.message]));
      assert.deepEqual([...byPath.keys()].sort(), ['category', 'phone', 'title']);
      assert.equal(byPath.get('phone'), 'A mobile number has 10 digits starting with 0 (or +84).');
      assert.match(byPath.get('title')!, /Title/);
      assert.match(error.message, /^Some information is not valid: /);
    });

    it('maps a server-side field error (unknown procedure) to an invalid_request error with field errors', async () => {
      const error = await rejection(sb.client().petitions.submit(input({ serviceCode: '1.999999' })));
      assert.ok(isDvcError(error, 'invalid_request'));
      assert.equal(error.status, 400);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(error.fieldErrors.map((e) => [e.path, e.code]), [['serviceCode', 'procedure_code.unknown']]);
      assert.match(error.fieldErrors[0]!.message, /thủ tục hành chính mã 1\.999999/);
      assert.ok(error.requestId);
    });
  });

  describe('get', () => {
    it('gives the sender the petition, with any common spelling of the phone', async () => {
      const dvc = sb.client();
      const sent = await dvc.petitions.submit(input());
      for (const verifier of ['0983123456', '+84 983 123 456', '0983.123.456']) {
        assert.deepEqual(await dvc.petitions.get(sent.code, { verifier }), sent, verifier);
      }
    });

    it('answers a wrong verifier like an unknown code: not_found', async () => {
      const dvc = sb.client();
      const sent = await dvc.petitions.submit(input());
      const wrong = await rejection(dvc.petitions.get(sent.code, { verifier: '0912345678' }));
      const unknown = await rejection(dvc.petitions.get('PAKN-200101-99999', { verifier: '0983123456' }));
      for (const error of [wrong, unknown]) {
        assert.ok(error instanceof DvcNotFoundError);
        assert.equal(error.code, 'petition_not_found');
        assert.equal(error.status, 404);
        assert.ok(error.requestId);
      }
      assert.equal(wrong.message, unknown.message, 'codes cannot be probed');
      assert.equal(wrong.message, 'Không tìm thấy phản ánh, kiến nghị với mã và số điện thoại đã nhập.');
      const en = await rejection(sb.client({ locale: 'en' }).petitions.get(sent.code, { verifier: '0912345678' }));
      assert.equal(en.message, 'No petition matches that code and phone number.');
    });

    it('refuses a missing verifier or a malformed code before sending', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch });
      const missing = await rejection(dvc.petitions.get('PAKN-251124-00001', {} as { verifier: string }));
      assert.ok(missing instanceof DvcValidationError);
      assert.deepEqual(missing.fieldErrors.map((e) => e.path), ['verifier']);
      const empty = await rejection(dvc.petitions.get('PAKN-251124-00001', { verifier: '' }));
      assert.deepEqual(empty.fieldErrors.map((e: { path: string }) => e.path), ['verifier']);
      const badCode = await rejection(dvc.petitions.get('PAKN-1', { verifier: '0983123456' }));
      assert.deepEqual(badCode.fieldErrors.map((e: { path: string }) => e.path), ['code']);
      assert.equal(rec.requests.length, 0);
    });

    it('sends the verifier as the Dvc-Verifier header, never in the URL', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch });
      const sent = await sb.client().petitions.submit(input());
      await dvc.petitions.get(sent.code, { verifier: '0983123456' });
      assert.equal(rec.requests.length, 1);
      assert.equal(rec.requests[0]!.headers.get('dvc-verifier'), '0983123456');
      assert.ok(!rec.requests[0]!.url.includes('0983123456'));
      assert.equal(new URL(rec.requests[0]!.url).pathname, `/v1/petitions/${sent.code}`);
    });
  });

  describe('list', () => {
    it('shows answered, publishable petitions (newest answer first) and hides the others', async () => {
      const dvc = sb.client();
      const shown = await dvc.petitions.submit(input({ publishable: true, title: 'Cổng không gửi tin nhắn mã hồ sơ' }));
      const hidden = await dvc.petitions.submit(input({ publishable: false, title: 'Phản ánh không công khai' }));
      const unanswered = await dvc.petitions.submit(input({ publishable: true, title: 'Phản ánh chưa được trả lời' }));
      const before = await dvc.petitions.list();
      await answer(shown.code, 'Cổng đã khắc phục lỗi gửi tin nhắn; ông/bà tra cứu hồ sơ bằng mã trong thư điện tử.');
      await answer(hidden.code, 'Câu trả lời của một phản ánh không công khai.');

      const page = await dvc.petitions.list();
      assert.equal(page.total, before.total + 1);
      assert.equal(page.data.length, 10, 'default page size');
      const first = page.data[0]!;
      assert.equal(first.code, shown.code);
      assert.equal(first.title, 'Cổng không gửi tin nhắn mã hồ sơ');
      assert.equal(first.answer.officer, 'Nguyễn Văn Bình');
      assert.equal(first.answer.agency, 'Bộ Công an');
      assert.match(first.answer.text, /khắc phục lỗi/);
      assert.deepEqual(Object.keys(first).sort(), ['answer', 'category', 'code', 'content', 'submittedAt', 'title']);
      const all = await dvc.petitions.list({ limit: 50 }).toArray({ limit: 10_000 });
      assert.equal(all.length, page.total);
      const codes = new Set(all.map((p) => p.code));
      assert.equal(codes.size, all.length, 'no duplicates across pages');
      assert.ok(codes.has(shown.code));
      assert.ok(!codes.has(hidden.code), 'not publishable');
      assert.ok(!codes.has(unanswered.code), 'not answered');
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.answer.answeredAt >= all[i]!.answer.answeredAt);

      const got = await dvc.petitions.get(shown.code, { verifier: '0983123456' });
      assert.equal(got.status, 'answered');
      assert.equal(got.answer?.text, first.answer.text);
    });

    it('filters by category and text, and walks pages with for await', async () => {
      const dvc = sb.client();
      const procedure = await dvc.petitions.list({ category: 'procedure', limit: 50 });
      assert.ok(procedure.total > 0);
      assert.ok(procedure.data.every((p) => p.category === 'procedure'));
      const rec = recordingFetch();
      const walking = sb.client({ fetch: rec.fetch });
      const seen: string[] = [];
      for await (const p of walking.petitions.list({ category: 'procedure', limit: 3 })) seen.push(p.code);
      assert.deepEqual(seen, procedure.data.map((p) => p.code));
      assert.equal(rec.requests.length, Math.ceil(procedure.total / 3));
      const mine = await dvc.petitions.submit(input({ publishable: true, category: 'staff', title: 'Cán bộ một cửa hẹn sai ngày trả kết quả' }));
      await answer(mine.code, 'Do đường truyền chập chờn nên phiếu hẹn in sai ngày; bộ phận một cửa đã xin lỗi và sửa phiếu hẹn.');
      const found = await dvc.petitions.list({ q: 'duong truyen chap chon' });
      assert.deepEqual(found.data.map((p) => p.code), [mine.code], 'text search without diacritics');
      const staff = await dvc.petitions.list({ category: 'staff', limit: 50 });
      assert.ok(staff.data.some((p) => p.code === mine.code));
      assert.ok(staff.data.every((p) => p.category === 'staff'));
      const bad = await rejection(dvc.petitions.list({ limit: 51 }));
      assert.ok(isDvcError(bad, 'validation'));
      assert.deepEqual(bad.fieldErrors.map((e) => e.path), ['limit']);
    });
  });

  describe('categories', () => {
    it('lists the five categories named in the client language', async () => {
      const vi = await sb.client().petitions.categories();
      const en = await sb.client({ locale: 'en' }).petitions.categories();
      assert.deepEqual(vi.map((c) => c.code), ['regulation', 'procedure', 'staff', 'online_service', 'other']);
      assert.deepEqual(en.map((c) => c.code), vi.map((c) => c.code));
      assert.equal(vi.find((c) => c.code === 'procedure')?.name, 'Thủ tục hành chính');
      assert.equal(en.find((c) => c.code === 'procedure')?.name, 'Administrative procedures');
    });
  });
});
