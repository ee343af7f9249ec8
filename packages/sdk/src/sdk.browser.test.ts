// The SDK in real browsers (Chromium and Firefox ESR via @web/test-runner, mocha), against the
// sandbox on another origin with the publishable key: lists and pagination, detail reads, petitions,
// dossiers with an attachment uploaded over XMLHttpRequest (progress) and over fetch, live status
// events over Server-Sent Events, payments, and errors.
//
// Moving a dossier needs the secret key, which never reaches a page (the sandbox refuses it from
// browsers): web-test-runner.config.mjs serves a test-only route, POST /__dvc__/admin/move, that
// calls the sandbox's admin route from Node. The sandbox's own schedule is off there, so a dossier
// only moves when a test moves it.
import { createClient, isDvcError, type Attachment, type Dossier, type DossierEvent, type DossierStatus, type UploadProgress } from '@dvc-kit/sdk';
// The one helper that builds a valid submission (sample answers, a file per required slot, the
// commune), shared with the Node tests; it needs only the contract and fetch, so it runs here too.
import { validSubmission } from '@dvc-kit/sandbox/testing/submission';

// Mocha's globals, provided by @web/test-runner (no @types/mocha in this repo).
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const before: (fn: () => void | Promise<void>) => void;

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}
function equal(actual: unknown, expected: unknown, what: string): void {
  assert(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
/** Runs `fn`, which must reject; returns what it rejected with. */
async function rejection(fn: () => unknown, what: string): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error(`assertion failed: ${what} should have failed`);
}

/** The URL of the sandbox started by web-test-runner.config.mjs, served as a virtual module. */
async function sandbox(): Promise<{ sandboxUrl: string; publishableKey: string }> {
  const path: string = '/__dvc__/sandbox.js'; // a variable, so TypeScript does not try to resolve it
  return (await import(path)) as { sandboxUrl: string; publishableKey: string };
}

/** Moves a dossier as the agency would, through the dev server's test-only admin route. */
async function move(code: string, status: DossierStatus): Promise<Dossier> {
  const response = await fetch(`/__dvc__/admin/move?code=${encodeURIComponent(code)}&status=${status}`, { method: 'POST' });
  const text = await response.text();
  assert(response.ok, `moving ${code} to ${status}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as Dossier;
}

const applicant = { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' } as const;
/** A tiny valid-looking PDF (the sandbox checks the `%PDF-` signature). */
const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const browser = /firefox/i.test(navigator.userAgent) ? 'Firefox' : 'Chromium';
// Different in each browser so both can run at once against the one sandbox without colliding.
const runTag = `${browser}-${Date.now().toString(36)}`;

describe(`sdk in the browser (${browser})`, () => {
  let dvc: ReturnType<typeof createClient>;
  let baseUrl: string;
  let key: string;
  /** Made by earlier tests and reused by the error-answer tests. */
  const made: { petition?: string; dossier?: string } = {};

  before(async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    baseUrl = sandboxUrl;
    key = publishableKey;
    assert(new URL(sandboxUrl).origin !== location.origin, 'the sandbox is on another origin');
    dvc = createClient({ baseUrl: sandboxUrl, key: publishableKey, retry: 0, timeout: 8_000 });
  });

  describe('services', () => {
    it('awaits one page of a search, with facets and a cursor', async () => {
      const page = await dvc.services.search({ q: 'dang ky', limit: 5 });
      equal(page.data.length, 5, 'items on the page');
      assert(page.total > 10, `total > 10 (got ${page.total})`);
      assert(typeof page.nextCursor === 'string' && page.nextCursor.length > 0, 'a next cursor');
      assert(page.facets.sector.length > 0, 'sector facets');
      assert(page.data.every((s) => /^\d\.\d{6}/.test(s.code) && s.name.length > 0), 'codes and names');
    });

    it('iterates pages with for await, fetching each page lazily', async () => {
      const urls: string[] = [];
      const counting = createClient({
        baseUrl, key, retry: 0,
        fetch: (input, init) => {
          urls.push(input instanceof Request ? input.url : String(input));
          return fetch(input, init);
        },
      });
      const codes: string[] = [];
      for await (const service of counting.services.search({ q: 'dang ky', limit: 5 })) {
        codes.push(service.code);
        if (codes.length === 11) break;
      }
      equal(codes.length, 11, 'items read');
      equal(new Set(codes).size, 11, 'distinct items across pages');
      equal(urls.length, 3, 'requests for 11 items of 5 per page');
      assert(!new URL(urls[0]!).searchParams.has('cursor'), 'the first page has no cursor');
      assert(urls.slice(1).every((u) => new URL(u).searchParams.has('cursor')), 'later pages follow the cursor');
      assert(urls.every((u) => new URL(u).searchParams.get('q') === 'dang ky' && new URL(u).searchParams.get('limit') === '5'),
        'the query and limit are kept on every page');

      const first = await dvc.services.search({ q: 'dang ky', limit: 5 }).toArray({ limit: 7 });
      equal(first.length, 7, 'toArray({ limit: 7 }) over two pages');
      equal(first.map((s) => s.code).join(), codes.slice(0, 7).join(), 'toArray gives the same order as for await');

      const refused = await rejection(() => dvc.services.search({ q: 'dang ky' }).toArray({ limit: 0 }), 'toArray({ limit: 0 })');
      assert(isDvcError(refused, 'validation'), `toArray({ limit: 0 }) is a validation error (${String(refused)})`);
    });

    it('gets a procedure, an old code answering with its replacement', async () => {
      const birth = await dvc.services.get('1.001193');
      equal(birth.code, '1.001193', 'code');
      equal(birth.name, 'Đăng ký khai sinh', 'name');
      assert(birth.channels.length > 0 && birth.steps.length > 0, 'channels and steps');
      const licence = await dvc.services.get('2.000850');
      equal(licence.code, '3.000346', 'a replaced code answers with the procedure that replaced it');
      assert(licence.previousCodes.includes('2.000850'), 'the old code is listed');
    });

    it('lists sectors and agencies, and reads the statistics', async () => {
      const sectors = await dvc.services.sectors();
      assert(sectors.length > 5 && sectors.every((s) => s.code && s.name && s.serviceCount >= 0), 'sectors');
      assert(sectors.some((s) => s.serviceCount > 0), 'sectors with procedures');
      const agencies = await dvc.services.agencies({ province: '38' });
      assert(agencies.length > 0, 'agencies of Thanh Hóa');
      assert(agencies.every((a) => a.province === null || a.province.code === '38'), 'only Thanh Hóa (or national) agencies');
      const national = await dvc.stats.get();
      equal(national.scope.kind, 'country', 'national figures');
      assert(national.services.total > 0, 'services counted');
      const thanhHoa = await dvc.stats.get({ province: '38' });
      equal(thanhHoa.scope.code, '38', 'province figures');
    });
  });

  describe('petitions', () => {
    it('submits a petition, reads it back, lists public ones and the categories', async () => {
      const sent = await dvc.petitions.submit({
        fullName: 'Trần Văn An', phone: applicant.phone, category: 'online_service',
        title: `Không tải được tệp (${runTag})`,
        content: 'Tôi không tải được tệp PDF lên hồ sơ đăng ký khai sinh trên trình duyệt.',
        serviceCode: '1.001193',
      });
      assert(/^PAKN-\d{6}-\d{5}$/.test(sent.code), `petition code ${sent.code}`);
      equal(sent.status, 'new', 'status of a new petition');
      const read = await dvc.petitions.get(sent.code, { verifier: applicant.phone });
      equal(read.code, sent.code, 'code read back');
      equal(read.title, `Không tải được tệp (${runTag})`, 'title read back');
      made.petition = sent.code;

      const page = await dvc.petitions.list({ limit: 5 });
      equal(page.data.length, 5, 'public petitions on a page');
      assert(page.data.every((p) => p.answer && p.answer.text.length > 0), 'public petitions are answered');
      const seven = await dvc.petitions.list({ limit: 5 }).toArray({ limit: 7 });
      equal(seven.length, 7, 'toArray across two pages of petitions');

      const categories = await dvc.petitions.categories();
      equal(categories.map((c) => c.code).join(), 'regulation,procedure,staff,online_service,other', 'category codes');
      const en = createClient({ baseUrl, key, locale: 'en', retry: 0 });
      equal((await en.petitions.categories()).find((c) => c.code === 'procedure')?.name, 'Administrative procedures', 'English names');
    });
  });

  /** A valid submission of `serviceCode` in Thanh Hóa (its documents uploaded now). */
  const valid = async (serviceCode = '1.001193') => ({ ...(await validSubmission({ url: baseUrl, key }, serviceCode, { province: '38' })), applicant });

  describe('dossiers and attachments', () => {
    it('submits a dossier and reads it with the applicant\'s phone', async () => {
      const dossier = await dvc.dossiers.submit({ ...(await valid()), note: runTag });
      assert(/^[0-9A-Z.]+-\d{6}-\d{4}$/.test(dossier.code), `dossier code ${dossier.code}`);
      equal(dossier.status, 'receiving', 'status');
      equal(dossier.service.code, '1.001193.H38', 'the local procedure of the province');
      const read = await dvc.dossiers.get(dossier.code, { verifier: '+84 912 345 678' });
      equal(read.code, dossier.code, 'read back (the verifier is normalised)');
      equal(read.history.length, 1, 'one history entry');
      made.dossier = dossier.code;
    });

    it('replays a submission with the same Idempotency-Key across origins', async () => {
      const idempotencyKey = `browser-${runTag}-${Math.random().toString(36).slice(2)}`;
      const body = { ...(await valid()), note: `idempotent ${runTag}` };
      const first = await dvc.dossiers.submit(body, { idempotencyKey });
      const again = await dvc.dossiers.submit(body, { idempotencyKey });
      equal(again.code, first.code, 'a replay gives the same dossier');
    });

    it('uploads over XMLHttpRequest with progress, over fetch without, and submits both', async () => {
      const events: UploadProgress[] = [];
      // Count XMLHttpRequest sends, to see which path each upload takes.
      let xhrSends = 0;
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        xhrSends++;
        return send.call(this, body);
      };
      let withProgress: Attachment;
      let viaFetch: Attachment;
      try {
        withProgress = await dvc.attachments.upload(new File([pdfBytes()], 'a.pdf', { type: 'application/pdf' }), {
          onProgress: (p) => events.push(p),
        });
        equal(xhrSends, 1, 'with onProgress the upload goes through XMLHttpRequest');
        viaFetch = await dvc.attachments.upload(new File([pdfBytes()], 'b.pdf', { type: 'application/pdf' }));
        equal(xhrSends, 1, 'without onProgress the upload goes through fetch');
      } finally {
        XMLHttpRequest.prototype.send = send;
      }
      assert(/^att_[0-9A-Za-z]{16,40}$/.test(withProgress.id), `attachment id ${withProgress.id}`);
      equal(withProgress.name, 'a.pdf', 'name');
      equal(withProgress.type, 'application/pdf', 'type');
      equal(withProgress.size, pdfBytes().byteLength, 'size');
      assert(events.length > 0, 'progress events arrived');
      equal(events.at(-1)?.percent, 100, 'the last progress event');
      equal(events.at(-1)?.loaded, events.at(-1)?.total, 'loaded = total at the end');
      assert(events.every((e, i) => i === 0 || e.loaded >= events[i - 1]!.loaded), 'progress never goes back');

      assert(viaFetch.id !== withProgress.id, 'a second attachment');
      equal(viaFetch.sha256, withProgress.sha256, 'the same bytes, the same digest');

      // A blob without a type, named by `filename`: the type comes from the extension.
      const named = await dvc.attachments.upload(new Blob([pdfBytes()]), { filename: 'c.pdf' });
      equal(named.type, 'application/pdf', 'type from the extension');

      const dossier = await dvc.dossiers.submit({ ...(await valid()), attachmentIds: [withProgress.id, viaFetch.id] });
      const others = dossier.attachments.filter((a) => a.document === null);
      equal(others.map((a) => a.id).sort().join(), [withProgress.id, viaFetch.id].sort().join(), 'attachments of the dossier, outside the slots');
    });

    it('watches a dossier over Server-Sent Events until it is done', async () => {
      const dossier = await dvc.dossiers.submit(await valid());
      const path: DossierStatus[] = ['new', 'processing', 'releasing', 'done'];
      const seen: DossierEvent[] = [];
      const moves: Promise<Dossier>[] = [];
      const stop = AbortSignal.timeout(8_000);
      for await (const event of dvc.dossiers.watch(dossier.code, { verifier: applicant.phone, transport: 'sse', signal: stop })) {
        seen.push(event);
        // Each status is moved only once the previous one arrived, while the loop waits on the stream.
        const next = path[seen.length - 1];
        if (next) moves.push(move(dossier.code, next));
      }
      await Promise.all(moves);
      assert(!stop.aborted, `the loop ended by itself, not by the 8 s guard (statuses: ${seen.map((e) => e.status).join()})`);
      equal(seen.map((e) => e.status).join(), 'receiving,new,processing,releasing,done', 'statuses in order');
      equal(seen.map((e) => e.previousStatus).join(), ',receiving,new,processing,releasing', 'previous statuses');
      assert(seen.every((e, i) => e.code === dossier.code && (i === 0 || e.id > seen[i - 1]!.id)), 'ids increase');
      equal((await dvc.dossiers.get(dossier.code, { verifier: applicant.phone })).status, 'done', 'status read back');
    });
  });

  describe('payments', () => {
    it('creates a payment for a dossier awaiting its fees, and reads it', async () => {
      // Permanent residence registration (1.004222) costs 10,000 VND online.
      const dossier = await dvc.dossiers.submit(await valid('1.004222'));
      equal(dossier.fees.total, 10_000, 'fees of the dossier');
      for (const status of ['new', 'processing', 'paying'] as const) await move(dossier.code, status);
      const returnUrl = `${location.origin}/thanh-toan?ho-so=${encodeURIComponent(dossier.code)}`;
      const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl, verifier: applicant.phone });
      assert(/^pay_[0-9A-Za-z]{16,40}$/.test(payment.id), `payment id ${payment.id}`);
      equal(payment.dossierCode, dossier.code, 'dossier code');
      equal(payment.amount, 10_000, 'amount');
      equal(payment.currency, 'VND', 'currency');
      equal(payment.status, 'created', 'status');
      equal(payment.returnUrl, returnUrl, 'return URL');
      equal(payment.checkoutUrl, `${baseUrl}/gateway/checkout/${payment.id}`, 'checkout URL on the sandbox');
      const read = await dvc.payments.get(payment.id);
      equal(JSON.stringify(read), JSON.stringify(payment), 'read back');
    });
  });

  describe('errors', () => {
    it('maps a 404 to a not_found error carrying the server\'s details', async function () {
      const error = await rejection(() => dvc.services.get('9.999999'), 'an unknown procedure');
      assert(isDvcError(error, 'not_found'), `not_found (${String(error)})`);
      assert(!isDvcError(error, 'validation'), 'not a validation error');
      equal(error.status, 404, 'status');
      equal(error.code, 'service_not_found', 'code');
      assert(error.message.length > 0 && error.message.includes('9.999999'), `message names the code: ${error.message}`);
      assert(typeof error.requestId === 'string' && error.requestId.length > 0, 'request id (an exposed CORS header or the body)');
      const en = createClient({ baseUrl, key, locale: 'en', retry: 0 });
      const english = await rejection(() => en.services.get('9.999999'), 'an unknown procedure (en)');
      assert(isDvcError(english, 'not_found') && /administrative procedure/i.test(english.message), `English message: ${String(english)}`);
    });

    it('answers a wrong verifier with not_found (petitions, dossiers, payments)', async function () {
      assert(made.petition && made.dossier, 'a petition and a dossier from the tests above');
      const verifier = '0987654321';
      const petition = await rejection(() => dvc.petitions.get(made.petition!, { verifier }), 'petitions.get, wrong verifier');
      assert(isDvcError(petition, 'not_found'), `petitions.get: not_found (${String(petition)})`);
      const dossier = await rejection(() => dvc.dossiers.get(made.dossier!, { verifier }), 'dossiers.get, wrong verifier');
      assert(isDvcError(dossier, 'not_found'), `dossiers.get: not_found (${String(dossier)})`);
      const payment = await rejection(
        () => dvc.payments.create({ dossierCode: made.dossier!, returnUrl: location.href, verifier }), 'payments.create, wrong verifier');
      assert(isDvcError(payment, 'not_found'), `payments.create: not_found (${String(payment)})`);
    });

    it('maps a refused upload to invalid_request, over XMLHttpRequest and over fetch', async function () {
      // Named and typed as a PDF, but without the `%PDF-` signature: only the server can tell.
      const fake = () => new File([new TextEncoder().encode('MZ not a pdf')], 'fake.pdf', { type: 'application/pdf' });
      const en = createClient({ baseUrl, key, locale: 'en', retry: 0 });
      const progress: UploadProgress[] = [];
      const viaXhr = await rejection(() => en.attachments.upload(fake(), { onProgress: (p) => progress.push(p) }), 'a fake PDF (XHR)');
      assert(isDvcError(viaXhr, 'invalid_request'), `XHR: invalid_request (${String(viaXhr)})`);
      equal(viaXhr.status, 415, 'XHR: status');
      equal(viaXhr.code, 'file_content_mismatch', 'XHR: code');
      assert(viaXhr.message.includes('fake.pdf'), `XHR: the message names the file: ${viaXhr.message}`);
      assert(typeof viaXhr.requestId === 'string' && viaXhr.requestId.length > 0, 'XHR: request id');
      const viaFetch = await rejection(() => en.attachments.upload(fake()), 'a fake PDF (fetch)');
      assert(isDvcError(viaFetch, 'invalid_request'), `fetch: invalid_request (${String(viaFetch)})`);
      equal(viaFetch.code, 'file_content_mismatch', 'fetch: code');
      equal(viaFetch.message, viaXhr.message, 'the same message on both paths');
    });

    it('sends an upload refused with 401 once, and never sends an already aborted one', async () => {
      let sends = 0;
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        sends++;
        return send.call(this, body);
      };
      try {
        const file = () => new File([pdfBytes()], 'a.pdf', { type: 'application/pdf' });
        const wrongKey = createClient({ baseUrl, key: 'pk_test_not_a_key_000', locale: 'en' }); // default: 2 retries
        const refused = await rejection(() => wrongKey.attachments.upload(file(), { onProgress: () => {} }), 'a wrong key');
        assert(isDvcError(refused, 'authentication'), `authentication (${String(refused)})`);
        equal(sends, 1, 'a 401 is not retried');
        const aborted = new AbortController();
        aborted.abort();
        const stopped = await rejection(() => dvc.attachments.upload(file(), { onProgress: () => {}, signal: aborted.signal }), 'an aborted upload');
        equal((stopped as Error).name, 'AbortError', 'rejects with the signal\'s reason');
        equal(sends, 1, 'nothing sent after the abort');
      } finally {
        XMLHttpRequest.prototype.send = send;
      }
    });

    it('reports an unreachable server as a connection error', async () => {
      const offline = createClient({ baseUrl: 'http://127.0.0.1:1', key, locale: 'en', retry: 0 });
      const error = await rejection(() => offline.stats.get(), 'a closed port');
      assert(isDvcError(error, 'connection'), `connection (${String(error)})`);
      equal(error.code, 'connection_failed', 'code');
      equal(error.status, 0, 'no status');
      assert(error.message.startsWith('Could not reach the Public Service Portal.') && !error.message.includes('127.0.0.1'), `no host name: citizens read it: ${error.message}`);
    });

    it('refuses bad input before sending, with English messages for locale en', async () => {
      let requests = 0;
      const en = createClient({
        baseUrl, key, locale: 'en', retry: 0,
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      });
      const error = await rejection(() => en.dossiers.submit({
        serviceCode: '1.001193', province: '38',
        applicant: { ...applicant, idNumber: '12', phone: '12345' },
      }), 'a bad applicant');
      assert(isDvcError(error, 'validation'), `validation (${String(error)})`);
      equal(error.code, 'validation_failed', 'code');
      equal(error.status, 0, 'no response');
      const paths = error.fieldErrors.map((f) => f.path).sort().join();
      equal(paths, 'applicant.idNumber,applicant.phone', 'fields named');
      const phone = error.fieldErrors.find((f) => f.path === 'applicant.phone')!;
      assert(/[a-z]/i.test(phone.message) && !/[ạảãàáâậầấẩẫăắằặẳẵđ]/i.test(phone.message), `an English message: ${phone.message}`);
      assert(error.message.startsWith('Some information is not valid:'), `English summary: ${error.message}`);
      equal(requests, 0, 'nothing was sent');

      const upload = await rejection(() => en.attachments.upload(new File(['MZ'], 'a.exe', { type: 'application/x-msdownload' })), 'an .exe');
      assert(isDvcError(upload, 'validation') && upload.fieldErrors[0]?.path === 'file', `file type refused (${String(upload)})`);
      equal(requests, 0, 'nothing was sent for the file either');

      const badClient = await rejection(() => createClient({ baseUrl: 'ftp://example', key: 'secret', locale: 'en' }), 'a bad client');
      assert(isDvcError(badClient, 'validation'), 'createClient checks its options');
      equal(badClient.fieldErrors.map((f) => f.path).join(), 'baseUrl,key', 'bad options named');
    });
  });
});
