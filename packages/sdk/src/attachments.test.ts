// dvc.attachments.upload against a real sandbox: progress in Node, checks before sending, idempotent retries.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { UploadProgress } from './resources/attachments.js';
import { DvcValidationError, isDvcError } from './errors.js';
import { birthRegistration, pdfBytes } from './test-flows.js';
import { citizen, recordingFetch, rejection, withSandbox } from './test-support.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const isUpload = (url: string) => new URL(url).pathname === '/v1/attachments';

describe('attachments.upload', () => {
  const sb = withSandbox();
  const countAttachments = () => (sb.sandbox.sandbox.db.prepare('SELECT COUNT(*) AS n FROM attachments').get() as { n: number }).n;

  test('a PDF File uploads with progress in Node; the answer carries the sha256 of the bytes', async () => {
    const bytes = pdfBytes();
    const progress: UploadProgress[] = [];
    const file = new File([bytes], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    const attachment = await sb.client().attachments.upload(file, { onProgress: (p) => progress.push(p) });
    assert.match(attachment.id, /^att_/);
    assert.equal(attachment.name, 'giay-chung-sinh.pdf');
    assert.equal(attachment.type, 'application/pdf');
    assert.equal(attachment.size, bytes.byteLength);
    assert.equal(attachment.sha256, sha256(bytes));

    assert.ok(progress.length >= 1, 'progress was reported');
    assert.equal(progress.at(-1)!.percent, 100, 'the last report is 100 %');
    for (const [i, p] of progress.entries()) {
      assert.ok(p.percent >= 0 && p.percent <= 100);
      assert.ok(p.loaded <= p.total);
      if (i > 0) assert.ok(p.loaded >= progress[i - 1]!.loaded, 'loaded never goes back');
    }
    assert.ok(progress.at(-1)!.loaded >= bytes.byteLength, 'the whole body (file and multipart framing) was sent');
  });

  test('a Blob without a name takes the filename option, and its type from the extension', async () => {
    const bytes = pdfBytes();
    const progress: number[] = [];
    const blob = new Blob([bytes]); // e.g. from fs.openAsBlob without a type
    const attachment = await sb.client().attachments.upload(blob, { filename: 'to-khai.pdf', onProgress: (p) => progress.push(p.percent) });
    assert.equal(attachment.name, 'to-khai.pdf');
    assert.equal(attachment.type, 'application/pdf');
    assert.equal(attachment.sha256, sha256(bytes));
    assert.equal(progress.at(-1), 100);

    const typed = await sb.client().attachments.upload(new Blob([bytes], { type: 'application/pdf' }), { filename: 'ban-sao.pdf' });
    assert.equal(typed.name, 'ban-sao.pdf');
  });

  test('a wrong type, an empty file and a file over 10 MB fail before any request, on the file field', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const before = countAttachments();

    const text = await rejection(dvc.attachments.upload(new File(['xin chào'], 'ghi-chu.txt', { type: 'text/plain' })));
    assert.ok(text instanceof DvcValidationError);
    assert.equal(text.code, 'validation_failed');
    assert.equal(text.fieldErrors[0]!.path, 'file');
    assert.equal(text.fieldErrors[0]!.code, 'file.type');
    assert.match(text.message, /Chấp nhận: PDF, JPEG, PNG, DOCX, XLSX/);
    assert.doesNotMatch(text.message, /text\/plain/, 'citizens read it: no MIME types');
    assert.doesNotMatch(text.message, /ghi-chu/, 'file names (often a citizen\'s name) stay out of messages');
    // A type named like an Object.prototype member is no accepted type either (issue 16).
    const proto = await rejection(dvc.attachments.upload(new File(['%PDF-1.4'], 'giay-to.pdf', { type: 'constructor' })));
    assert.ok(proto instanceof DvcValidationError);
    assert.equal(proto.fieldErrors[0]!.code, 'file.type');

    const empty = await rejection(dvc.attachments.upload(new File([], 'trong.pdf', { type: 'application/pdf' })));
    assert.ok(isDvcError(empty, 'validation'));
    assert.equal(empty.fieldErrors[0]!.code, 'file.empty');
    assert.match(empty.message, /rỗng/);

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    const tooBig = await rejection(dvc.attachments.upload(new Blob([big], { type: 'application/pdf' }), { filename: 'ban-scan.pdf' }));
    assert.ok(tooBig instanceof DvcValidationError);
    assert.equal(tooBig.fieldErrors[0]!.code, 'file.too_large');
    assert.match(tooBig.message, /10 MB/);
    assert.match(tooBig.message, /10 MB/);

    const unnamed = await rejection(dvc.attachments.upload(new Blob([pdfBytes()])));
    assert.ok(unnamed instanceof DvcValidationError, 'a Blob without type or name cannot be typed');

    const en = await rejection(sb.client({ fetch: recorder.fetch, locale: 'en' }).attachments.upload(new File(['x'], 'notes.txt', { type: 'text/plain' })));
    assert.match(en.message, /This type of file is not accepted/);

    const notABlob = await rejection(dvc.attachments.upload('giay.pdf' as unknown as Blob));
    assert.ok(notABlob instanceof DvcValidationError);
    assert.equal(notABlob.fieldErrors[0]!.code, 'file.missing');

    assert.equal(recorder.requests.length, 0, 'nothing was sent');
    assert.equal(countAttachments(), before);
  });

  for (const withProgress of [false, true]) {
    test(`an upload cut after the server stored it is retried with the same key and gives the same attachment${withProgress ? ' (with onProgress)' : ''}`, async () => {
      const faults = sb.sandbox.sandbox.options.faults;
      let attempts = 0;
      // The first attempt is handled, stored, and its connection cut; later ones pass.
      const recorder = recordingFetch(async (input, init) => {
        const request = new Request(input, init);
        if (isUpload(request.url)) faults.cutRate = ++attempts === 1 ? 1 : 0;
        try {
          return await fetch(request);
        } finally {
          faults.cutRate = 0;
        }
      });
      const dvc = sb.client({ fetch: recorder.fetch, retry: { limit: 3, backoffLimit: 50 } });
      const before = countAttachments();
      const bytes = pdfBytes();
      const progress: number[] = [];
      try {
        const attachment = await dvc.attachments.upload(new File([bytes], 'giay-chung-sinh.pdf', { type: 'application/pdf' }), {
          ...(withProgress ? { onProgress: (p: UploadProgress) => progress.push(p.percent) } : {}),
        });
        const uploads = recorder.requests.filter((r) => isUpload(r.url));
        assert.equal(uploads.length, 2, 'one cut attempt, one retry');
        const keys = uploads.map((r) => r.headers.get('idempotency-key'));
        assert.ok(keys[0] && keys[0] === keys[1], 'the retry carries the same Idempotency-Key');
        assert.equal(countAttachments(), before + 1, 'stored once');
        const stored = sb.sandbox.sandbox.db.prepare('SELECT id, sha256 FROM attachments ORDER BY rowid DESC LIMIT 1').get() as { id: string; sha256: string };
        assert.equal(attachment.id, stored.id, 'the answer of the retry is the attachment stored by the cut attempt');
        assert.equal(attachment.sha256, sha256(bytes));
        if (withProgress) assert.equal(progress.at(-1), 100);

        const dossier = await dvc.dossiers.submit({ ...(await birthRegistration(sb.url)), attachmentIds: [attachment.id] });
        const other = dossier.attachments.filter((a) => a.document === null);
        assert.deepEqual(other.map((a) => [a.id, a.sha256]), [[attachment.id, sha256(bytes)]], 'the file outside the slots, once');
        const read = await dvc.dossiers.get(dossier.code, { verifier: citizen.phone });
        assert.equal(read.attachments.find((a) => a.id === attachment.id)!.name, 'giay-chung-sinh.pdf');
      } finally {
        faults.cutRate = 0;
      }
    });
  }
});
