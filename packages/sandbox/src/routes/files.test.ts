import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isShown, sampleFormData, type ServiceDetail } from '@dvc-kit/contract';
import jsQR from 'jsqr';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RunningSandbox } from '../index.js';
import { procedures } from '../seed/procedures.js';
import { citizen, client, moveDossier, testSandbox, validSubmission } from '../test-support.js';
import { dossierFilePath } from '../util/links.js';

// A Friday morning in Việt Nam (09:30, UTC+7): the dates printed do not depend on today or on the
// machine's time zone.
const NOW = new Date('2026-12-04T02:30:00Z');
const CHILD = 'Nguyễn Đặng Mỹ Duyên';

/** The PDF's text, page after page, lines joined by single spaces (as a reader would copy it). */
async function pdfText(pdf: PDFDocumentProxy): Promise<string> {
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  return text.replace(/\s+/g, ' ');
}

/** The canvas pdf.js makes in Node (from its optional @napi-rs/canvas dependency). */
interface CanvasFactory {
  create(width: number, height: number): {
    canvas: unknown;
    context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number } };
  };
}

/** Renders page 1 as a person would see it and reads the QR code off its pixels. */
async function readQr(pdf: PDFDocumentProxy): Promise<string | undefined> {
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 2 });
  const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  const { canvas, context } = (pdf.canvasFactory as CanvasFactory).create(width, height);
  await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, image.width, image.height)?.data;
}

const openPdf = (bytes: ArrayBuffer) => getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;

describe('dossier files (receipt and electronic result)', () => {
  let running: RunningSandbox;
  let api: ReturnType<typeof client>;
  let detail: ServiceDetail;
  let commune: { code: string; name: string };

  before(async () => {
    running = await testSandbox({ now: () => NOW });
    api = client(running.url);
    detail = (await api.get('/v1/services/1.001193')).body;
    commune = (await api.get('/v1/provinces/38/communes')).body.data[0];
  });
  after(() => running.close());

  // A valid birth registration (1.001193 in Thanh Hóa, the shared helper: the form's sample answers,
  // a file per required slot, the first commune) with the child's name, and `extra` on top.
  async function submitBirthRegistration(extra: Record<string, unknown> = {}) {
    const submission = await validSubmission(running.url, '1.001193', { formData: { childFullName: CHILD } });
    const reply = await api.post('/v1/dossiers', { ...submission, ...extra });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body;
  }

  const assertNotFoundPage = async (url: string, why: string) => {
    const reply = await fetch(url);
    assert.equal(reply.status, 404, why);
    assert.equal(reply.headers.get('content-type'), 'text/html; charset=utf-8', why);
    const body = await reply.text();
    assert.match(body, /<h1>Không tìm thấy trang<\/h1>/, why);
    return body;
  };

  test('the receipt link gives the receipt as a PDF, in Vietnamese, with the dossier code as a QR code', async () => {
    const street = '12 Lê Lợi';
    const dossier = await submitBirthRegistration({
      delivery: { method: 'post', address: { province: '38', commune: commune.code, street } },
    });
    assert.ok(dossier.receiptUrl.startsWith(`${running.url}/ho-so/${dossier.code}/giay-tiep-nhan.pdf?t=`));
    const reply = await fetch(dossier.receiptUrl);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('content-type'), 'application/pdf');
    assert.equal(reply.headers.get('cache-control'), 'private, no-store');
    assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(
      reply.headers.get('content-disposition'),
      `inline; filename="giay-tiep-nhan-ho-so-${dossier.code}.pdf"; filename*=UTF-8''${encodeURIComponent(`Giấy tiếp nhận hồ sơ ${dossier.code}.pdf`)}`,
    );
    const bytes = await reply.arrayBuffer();
    assert.equal(Number(reply.headers.get('content-length')), bytes.byteLength);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');

    const pdf = await openPdf(bytes);
    const text = await pdfText(pdf);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${dossier.code}`,
      `Tiếp nhận hồ sơ của: ${citizen.fullName}`,
      'Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193.H38)',
      `Nơi tiếp nhận: ${commune.name}, Thanh Hóa`,
      'Tờ khai đăng ký khai sinh (tờ khai điện tử)',
      'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh: birthCertificate.pdf',
      'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu: idDocument.pdf',
      'Thời gian giải quyết hồ sơ theo quy định là: 1 ngày làm việc',
      'Thời gian nhận hồ sơ: 04/12/2026 09:30 (nộp trực tuyến)',
      // One working day after a Friday: the Monday, until the agency receives it and sets the date.
      'Thời gian trả kết quả giải quyết hồ sơ: 07/12/2026 09:30 (dự kiến, tính từ khi nộp)',
      `Đăng ký nhận kết quả: Nhận qua dịch vụ bưu chính – ${street}, ${commune.name}, Thanh Hóa`,
      `dùng mã hồ sơ ${dossier.code} và số điện thoại đã đăng ký (09xx xxx 678)`,
      'không có giá trị pháp lý',
    ]) assert.ok(text.includes(expected), `the receipt says "${expected}"; it reads: ${text}`);
    assert.ok(!text.includes(citizen.phone) && !text.includes(citizen.idNumber), 'neither the phone nor the ID number in full');
    assert.equal(await readQr(pdf), dossier.code, 'the QR code reads back as the dossier code');

    const head = await fetch(dossier.receiptUrl, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'application/pdf');
    assert.equal(await head.text(), '');
  });

  test('the appointment is the due date the agency set once it received the dossier', async () => {
    const dossier = await submitBirthRegistration();
    const received = await moveDossier(running.url, dossier.code, 'new');
    assert.equal(received.status, 200);
    const text = await pdfText(await openPdf(await (await fetch(received.body.receiptUrl)).arrayBuffer()));
    assert.ok(text.includes('Cơ quan tiếp nhận hồ sơ lúc: 04/12/2026 09:30'), text);
    assert.ok(text.includes('Thời gian trả kết quả giải quyết hồ sơ: 07/12/2026 09:30 6.'), `no longer marked as expected: ${text}`);
    assert.ok(text.includes('Đăng ký nhận kết quả: Nhận trực tiếp tại nơi nộp hồ sơ'), text);
  });

  test('a wrong, tampered or borrowed link, or another file, is the HTML 404 page that tells nothing', async () => {
    const dossier = await submitBirthRegistration();
    const other = await submitBirthRegistration();
    const url = new URL(dossier.receiptUrl);
    const token = url.searchParams.get('t')!;
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    const base = `${running.url}/ho-so/${dossier.code}`;
    const otherToken = new URL(other.receiptUrl).searchParams.get('t')!;
    const unknownCode = dossier.code.replace(/\d{4}$/, '9999');

    const bodies = [
      await assertNotFoundPage(`${base}/giay-tiep-nhan.pdf?t=${flipped}`, 'a tampered token'),
      await assertNotFoundPage(`${base}/giay-tiep-nhan.pdf`, 'no token'),
      await assertNotFoundPage(`${base}/giay-tiep-nhan.pdf?t=${otherToken}`, "another dossier's token"),
      await assertNotFoundPage(`${base}/ket-qua.pdf?t=${token}`, "the receipt's token on the result"),
      await assertNotFoundPage(`${base}/giay-tiep-nhan.docx?t=${token}`, 'another file name'),
      await assertNotFoundPage(`${running.url}/ho-so/${unknownCode}/giay-tiep-nhan.pdf?t=${token}`, 'a code that does not exist'),
    ];
    assert.equal(new Set(bodies).size, 1, 'every refusal is the same page');
    const refused = await fetch(`${base}/giay-tiep-nhan.pdf?t=${flipped}`, { headers: { accept: 'application/json' } });
    assert.equal(refused.headers.get('content-type'), 'text/html; charset=utf-8', 'never a JSON problem');
    assert.equal((await fetch(dossier.receiptUrl)).status, 200, 'the genuine link still works');
  });

  test('the result exists once the dossier is released: before that its link is the 404 page', async () => {
    const dossier = await submitBirthRegistration();
    assert.equal(dossier.result, null);
    // The link the dossier will carry once released (the same signature): refused until then.
    const resultUrl = `${running.url}${dossierFilePath(running.sandbox, 'result', dossier.code)}`;
    await assertNotFoundPage(resultUrl, 'a dossier still being received');
    for (const status of ['new', 'processing']) assert.equal((await moveDossier(running.url, dossier.code, status)).status, 200);
    await assertNotFoundPage(resultUrl, 'a dossier being processed');

    const released = await moveDossier(running.url, dossier.code, 'releasing');
    assert.equal(released.status, 200);
    assert.equal(released.body.result.url, resultUrl);
    assert.equal(released.body.result.name, 'Giấy khai sinh (bản chính và bản điện tử)');
    const reply = await fetch(released.body.result.url);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('content-type'), 'application/pdf');
    assert.equal(reply.headers.get('cache-control'), 'private, no-store');
    assert.match(reply.headers.get('content-disposition')!, new RegExp(`^inline; filename="giay-khai-sinh-ban-chinh-va-ban-dien-tu-${dossier.code}\\.pdf"; filename\\*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh`));
    const pdf = await openPdf(await reply.arrayBuffer());
    const text = await pdfText(pdf);
    const form = sampleFormData(detail.form, { childFullName: CHILD });
    const mother = form.motherResidence as { province: string; commune: string; street: string };
    const motherCommune = (await api.get(`/v1/provinces/${mother.province}/communes`)).body.data
      .find((c: { code: string }) => c.code === mother.commune).name;
    for (const expected of [
      'GIẤY KHAI SINH (BẢN CHÍNH VÀ BẢN ĐIỆN TỬ)',
      '(Bản điện tử của kết quả giải quyết thủ tục hành chính)',
      'Thủ tục: Đăng ký khai sinh (mã thủ tục 1.001193.H38)',
      `Cấp cho: ${citizen.fullName}`,
      `Mã hồ sơ: ${dossier.code}`,
      'Ngày cấp: 04/12/2026 09:30',
      'NGƯỜI ĐƯỢC KHAI SINH',
      `Họ, chữ đệm và tên: ${CHILD}`,
      'Quan hệ với người được khai sinh: Mẹ',
      `Nơi cư trú của người mẹ: ${mother.street}, ${motherCommune}`,
      'môi trường thử nghiệm (sandbox) DVC Kit',
      'không có giá trị pháp lý',
    ]) assert.ok(text.includes(expected), `the result says "${expected}"; it reads: ${text}`);
    const motherId = form.motherIdNumber;
    if (typeof motherId === 'string') assert.ok(!text.includes(motherId), "the mother's ID number is masked");
    assert.equal(await readQr(pdf), dossier.code);

    const done = await moveDossier(running.url, dossier.code, 'done');
    assert.equal(done.body.result.url, resultUrl, 'the same link once the result is handed over');
    assert.equal((await fetch(resultUrl)).status, 200);
  });

  // Every seeded form prints: each answered field under its label, the result's name, a QR that reads.
  for (const p of procedures.filter((p) => p.status !== 'replaced' && p.form.kind === 'specific')) {
    test(`${p.code} ${p.name.slice(0, 50)}: the released result carries the declared data and its QR code`, async () => {
      const submission = await validSubmission(running.url, p.code, { province: '46' });
      const submitted = await api.post('/v1/dossiers', submission);
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      const { code } = submitted.body;
      for (const status of ['new', 'processing', 'releasing']) {
        const moved = await moveDossier(running.url, code, status);
        assert.equal(moved.status, 200, `${status}: ${JSON.stringify(moved.body)}`);
      }
      const dossier = (await api.get(`/v1/dossiers/${code}`, { verifier: citizen.phone })).body;
      const reply = await fetch(dossier.result.url);
      assert.equal(reply.status, 200);
      const pdf = await openPdf(await reply.arrayBuffer());
      const text = await pdfText(pdf);
      assert.ok(text.includes(dossier.result.name.toUpperCase()), `${dossier.result.name} in ${text}`);
      for (const entry of p.form.sections.flatMap((s) => s.fields)) {
        const value = submission.formData[entry.key];
        if (!isShown(entry, submission.formData) || value === undefined || value === null || value === '') continue;
        assert.ok(text.includes(`${entry.label.vi}:`) || (entry.type === 'group' && text.includes(entry.label.vi)), `"${entry.label.vi}" in ${text}`);
      }
      assert.equal(await readQr(pdf), code);
    });
  }
});
