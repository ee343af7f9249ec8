import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { signWebhook } from '@dvc-kit/sandbox/testing';
import { TEST_SECRET_KEY, citizen, rawClient, rejection, validSubmission, withSandbox } from '../test-support.js';
import { verifyWebhook, WebhookVerificationError, type WebhookErrorCode } from './webhooks.js';

const SECRET = 'whsec_test_0123456789abcdefABCDEF';
const NOW = Date.parse('2025-11-24T02:00:00.000Z');
const nowSeconds = Math.floor(NOW / 1000);

const event = {
  id: 'evt_4f1a2b3c4d5e6f7a8b9c0d1e',
  type: 'dossier.status_changed',
  createdAt: '2025-11-24T02:00:00.000Z',
  data: { code: '000.00.38.H38-251124-0001', status: 'processing', previousStatus: 'new', note: 'Hồ sơ của Nguyễn Thị Mai' },
};
const body = JSON.stringify(event);

/** Expects `verifyWebhook` to refuse with `code`; returns the error. */
async function refused(code: WebhookErrorCode, promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await rejection(promise);
  assert.ok(error instanceof WebhookVerificationError, String(error));
  assert.equal(error.code, code, error.message);
  assert.equal(error.type, 'webhook_verification');
  assert.equal(error.name, 'WebhookVerificationError');
  return error;
}

describe('verifyWebhook', () => {
  it('accepts a valid signature and returns the parsed event', async () => {
    const header = signWebhook(SECRET, body, nowSeconds);
    assert.deepEqual(await verifyWebhook(body, header, SECRET, { now: NOW }), event);
  });

  it('accepts the body as a string, Uint8Array, Buffer or ArrayBuffer', async () => {
    const header = signWebhook(SECRET, body, nowSeconds);
    const bytes = new TextEncoder().encode(body);
    for (const raw of [body, bytes, Buffer.from(body, 'utf8'), bytes.buffer.slice(0) as ArrayBuffer]) {
      assert.deepEqual(await verifyWebhook(raw, header, SECRET, { now: NOW }), event);
    }
    // A view into a larger buffer (as a pooled Node Buffer may be) covers only its own bytes.
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    assert.deepEqual(await verifyWebhook(padded.subarray(4, 4 + bytes.length), header, SECRET, { now: NOW }), event);
  });

  it('accepts a header split into an array, and any matching v1 among several (secret rotation)', async () => {
    const header = signWebhook(SECRET, body, nowSeconds);
    const [t, v1] = header.split(',');
    assert.deepEqual(await verifyWebhook(body, [t!, v1!], SECRET, { now: NOW }), event);
    const other = signWebhook('whsec_previous_secret_value_1234', body, nowSeconds).split(',')[1]!;
    assert.deepEqual(await verifyWebhook(body, `${t},${other},${v1}`, SECRET, { now: NOW }), event);
    assert.deepEqual(await verifyWebhook(body, `${t}, ${v1}, v0=abcdef`, SECRET, { now: NOW }), event, 'spaces and unknown schemes are ignored');
  });

  it('refuses a wrong secret or a re-serialised body (signature_mismatch)', async () => {
    const header = signWebhook(SECRET, body, nowSeconds);
    await refused('signature_mismatch', verifyWebhook(body, header, `${SECRET}x`, { now: NOW }));
    await refused('signature_mismatch', verifyWebhook(JSON.stringify(JSON.parse(body), null, 2), header, SECRET, { now: NOW }));
    await refused('signature_mismatch', verifyWebhook(body.replace('processing', 'done'), header, SECRET, { now: NOW }));
    // The timestamp is signed too: moving it breaks the signature.
    const moved = header.replace(`t=${nowSeconds}`, `t=${nowSeconds + 1}`);
    const error = await refused('signature_mismatch', verifyWebhook(body, moved, SECRET, { now: NOW }));
    assert.match(error.message, /raw request body/);
  });

  it('refuses a missing header or secret', async () => {
    for (const header of [null, undefined, '', '   ', []]) {
      const error = await refused('missing_header', verifyWebhook(body, header as string | null, SECRET, { now: NOW }));
      assert.match(error.message, /Dvc-Signature header is missing/);
    }
    await refused('missing_secret', verifyWebhook(body, signWebhook(SECRET, body, nowSeconds), '', { now: NOW }));
  });

  it('refuses a header with no v1 signature (unsupported_scheme)', async () => {
    const hex = 'ab'.repeat(32);
    await refused('unsupported_scheme', verifyWebhook(body, `t=${nowSeconds},v0=${hex}`, SECRET, { now: NOW }));
    await refused('unsupported_scheme', verifyWebhook(body, `t=${nowSeconds},v2=${hex},sha1=${hex}`, SECRET, { now: NOW }));
  });

  it('refuses a malformed header', async () => {
    const v1 = signWebhook(SECRET, body, nowSeconds).split(',')[1]!;
    for (const header of [
      'garbage',
      `v1=${'ab'.repeat(32)}`,
      `t=${nowSeconds}`,
      `t=abc,${v1}`,
      `t=-5,${v1}`,
      `t=${nowSeconds},v1=xyz`,
      `t=${nowSeconds},v1=abcd`,
      `t=${nowSeconds},=${'ab'.repeat(32)}`,
      `t=${nowSeconds},${v1}ab`,
    ]) {
      await refused('malformed_header', verifyWebhook(body, header, SECRET, { now: NOW }));
    }
  });

  it('refuses a timestamp older than the tolerance (300 s by default)', async () => {
    const atEdge = signWebhook(SECRET, body, nowSeconds - 300);
    assert.deepEqual(await verifyWebhook(body, atEdge, SECRET, { now: NOW }), event, '300 s old is still accepted');
    const old = signWebhook(SECRET, body, nowSeconds - 301);
    const error = await refused('timestamp_too_old', verifyWebhook(body, old, SECRET, { now: NOW }));
    assert.equal(error.message, "The signature timestamp (301 s ago) is outside the 300 s tolerance: a replay, or this server's clock is wrong.");
  });

  it('refuses a timestamp in the future beyond the tolerance', async () => {
    assert.deepEqual(await verifyWebhook(body, signWebhook(SECRET, body, nowSeconds + 300), SECRET, { now: NOW }), event);
    const future = signWebhook(SECRET, body, nowSeconds + 400);
    const error = await refused('timestamp_in_future', verifyWebhook(body, future, SECRET, { now: NOW }));
    assert.match(error.message, /400 s in the future, beyond the 300 s tolerance/);
  });

  it('uses a custom tolerance', async () => {
    const tenSecondsOld = signWebhook(SECRET, body, nowSeconds - 10);
    await refused('timestamp_too_old', verifyWebhook(body, tenSecondsOld, SECRET, { now: NOW, tolerance: 5 }));
    await refused('timestamp_in_future', verifyWebhook(body, signWebhook(SECRET, body, nowSeconds + 10), SECRET, { now: NOW, tolerance: 5 }));
    const hourOld = signWebhook(SECRET, body, nowSeconds - 3_600);
    assert.deepEqual(await verifyWebhook(body, hourOld, SECRET, { now: NOW, tolerance: 7_200 }), event);
  });

  it('checks the timestamp against the real clock by default', async () => {
    const fresh = Math.floor(Date.now() / 1000);
    assert.deepEqual(await verifyWebhook(body, signWebhook(SECRET, body, fresh), SECRET), event);
    await refused('timestamp_too_old', verifyWebhook(body, signWebhook(SECRET, body, nowSeconds), SECRET));
  });

  it('refuses a correctly signed body that is not an event (invalid_payload)', async () => {
    for (const raw of ['not json', '{"hello":"world"}', JSON.stringify({ ...event, type: 'dossier.deleted' })]) {
      await refused('invalid_payload', verifyWebhook(raw, signWebhook(SECRET, raw, nowSeconds), SECRET, { now: NOW }));
    }
  });

  it('words errors in English by default and in Vietnamese with locale "vi"', async () => {
    const header = signWebhook(SECRET, body, nowSeconds);
    const en = await refused('signature_mismatch', verifyWebhook(body, header, 'whsec_wrong', { now: NOW }));
    const vi = await refused('signature_mismatch', verifyWebhook(body, header, 'whsec_wrong', { now: NOW, locale: 'vi' }));
    assert.match(en.message, /^The signature does not match\./);
    assert.match(vi.message, /^Chữ ký không khớp\./);
    const old = await refused('timestamp_too_old', verifyWebhook(body, signWebhook(SECRET, body, nowSeconds - 900), SECRET, { now: NOW, locale: 'vi' }));
    assert.equal(old.message, 'Thời điểm ký (900 giây trước) vượt quá dung sai 300 giây: có thể là gửi lại (replay) hoặc đồng hồ máy chủ bị lệch.');
    const missing = await refused('missing_header', verifyWebhook(body, undefined, SECRET, { locale: 'vi' }));
    assert.match(missing.message, /^Thiếu header Dvc-Signature/);
  });
});

describe('verifyWebhook with real sandbox deliveries', () => {
  const sb = withSandbox({ allowPrivateWebhooks: true }); // the receiver listens on loopback
  interface Delivery {
    headers: IncomingHttpHeaders;
    raw: Buffer;
  }
  const deliveries: Delivery[] = [];
  const waiting: ((d: Delivery) => void)[] = [];
  let receiver: Server;
  let receiverUrl: string;

  before(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const delivery = { headers: req.headers, raw: Buffer.concat(chunks) };
        res.writeHead(204).end();
        const next = waiting.shift();
        if (next) next(delivery);
        else deliveries.push(delivery);
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/dvc?tenant=1`;
  });
  after(async () => {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  /** The next delivery the receiver gets (or one already received). */
  const nextDelivery = (): Promise<Delivery> => {
    const ready = deliveries.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no webhook delivery within 3 s')), 3_000);
      waiting.push((d) => {
        clearTimeout(timer);
        resolve(d);
      });
    });
  };

  it('a delivery for a submitted dossier verifies with the secret returned at registration', async () => {
    const registered = await rawClient(sb.url, { key: TEST_SECRET_KEY }).post('/v1/webhooks', {
      url: receiverUrl, events: ['dossier.status_changed'],
    });
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    const secret = registered.body.secret as string;
    assert.match(secret, /^whsec_/);

    const dossier = await sb.client().dossiers.submit(await validSubmission(sb.url, '1.001193'));
    const pending = nextDelivery();
    await sb.sandbox.tick();
    const delivery = await pending;

    assert.equal(delivery.headers['content-type'], 'application/json');
    const header = delivery.headers['dvc-signature'];
    assert.match(String(header), /^t=\d+,v1=[0-9a-f]{64}$/);
    const verified = await verifyWebhook(delivery.raw, header, secret);
    assert.equal(verified.type, 'dossier.status_changed');
    assert.equal(verified.id, delivery.headers['dvc-event-id']);
    assert.equal(verified.data.code, dossier.code);
    assert.equal(verified.data.status, 'receiving');
    assert.equal(verified.data.previousStatus, null);
    assert.deepEqual(await verifyWebhook(delivery.raw.toString('utf8'), header, secret), verified, 'as a string too');

    await refused('signature_mismatch', verifyWebhook(delivery.raw, header, 'whsec_someone_elses_secret'));
    await refused('signature_mismatch', verifyWebhook(JSON.stringify(JSON.parse(delivery.raw.toString('utf8'))).concat(' '), header, secret));
    await refused('timestamp_too_old', verifyWebhook(delivery.raw, header, secret, { now: Date.now() + 3_600_000 }));
  });
});
