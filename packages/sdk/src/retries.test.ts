import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import type { PetitionSubmitInput } from '@dvc-kit/contract';
import { DvcConflictError, DvcConnectionError, DvcServerError, isDvcError } from './errors.js';
import { rejection, withSandbox } from './test-support.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Attempt {
  method: string;
  path: string;
  idempotencyKey: string | null;
  at: number;
  status?: number;
  replayed?: string | null;
  retryAfter?: string | null;
  failed?: boolean;
}

/** A `fetch` that logs every attempt with its answer; `after` runs once each attempt settled. */
function tap(after?: (attempt: Attempt, index: number) => void) {
  const attempts: Attempt[] = [];
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const attempt: Attempt = {
      method: request.method, path: new URL(request.url).pathname, idempotencyKey: request.headers.get('idempotency-key'), at: performance.now(),
    };
    const index = attempts.push(attempt) - 1;
    try {
      const response = await fetch(request);
      attempt.status = response.status;
      attempt.replayed = response.headers.get('idempotency-replayed');
      attempt.retryAfter = response.headers.get('retry-after');
      return response;
    } catch (error) {
      attempt.failed = true;
      throw error;
    } finally {
      after?.(attempt, index);
    }
  }) as typeof fetch;
  return { fetch: f, attempts };
}

const petition = (title: string, extra: Partial<PetitionSubmitInput> = {}): PetitionSubmitInput => ({
  fullName: 'Phạm Minh Đức',
  phone: '0905123456',
  category: 'online_service',
  title,
  content: 'Trang thanh toán lệ phí báo lỗi kết nối khi tôi thanh toán hồ sơ cấp đổi giấy phép lái xe.',
  ...extra,
});

describe('retries and idempotency', () => {
  const sb = withSandbox();
  const faults = () => sb.sandbox.sandbox.options.faults;
  /** Fast backoff so retries after cut connections do not slow the suite. */
  const client = (f: typeof fetch, extra: Parameters<typeof sb.client>[0] = {}) =>
    sb.client({ fetch: f, retry: { limit: 2, backoffLimit: 50 }, ...extra });
  const countPetitions = (title: string) =>
    (sb.sandbox.sandbox.db.prepare('SELECT count(*) AS n FROM petitions WHERE title = ?').get(title) as { n: number }).n;

  afterEach(() => {
    Object.assign(faults(), { errorRate: 0, cutRate: 0, delayRate: 0, retryAfterSeconds: 1 });
  });

  it('faults can be switched at run time (the sandbox reads them per request)', async () => {
    faults().errorRate = 1;
    const error = await rejection(client(globalThis.fetch, { retry: 0 }).services.sectors());
    assert.ok(error instanceof DvcServerError);
    faults().errorRate = 0;
    assert.ok((await client(globalThis.fetch, { retry: 0 }).services.sectors()).length > 0);
  });

  it('a GET succeeds after a 503, waiting the Retry-After (1 s) before the next attempt', async () => {
    faults().errorRate = 1;
    const t = tap(() => {
      faults().errorRate = 0; // only the first attempt fails
    });
    const detail = await client(t.fetch).services.get('1.001193');
    assert.equal(detail.code, '1.001193');
    assert.deepEqual(t.attempts.map((a) => a.status), [503, 200]);
    assert.equal(t.attempts[0]!.retryAfter, '1');
    const gap = t.attempts[1]!.at - t.attempts[0]!.at;
    assert.ok(gap >= 900, `waited ${gap.toFixed(0)} ms`);
    assert.ok(gap < 5_000, `waited ${gap.toFixed(0)} ms`);
  });

  it('a GET succeeds after cut connections', async () => {
    faults().cutRate = 1;
    const t = tap((_, index) => {
      if (index === 1) faults().cutRate = 0; // the first two attempts are cut
    });
    const sectors = await client(t.fetch).services.sectors();
    assert.ok(sectors.length > 3);
    assert.deepEqual(t.attempts.map((a) => a.failed ?? false), [true, true, false]);
  });

  it('a GET whose every attempt is cut fails with a DvcConnectionError after limit + 1 attempts', async () => {
    faults().cutRate = 1;
    const t = tap();
    const error = await rejection(client(t.fetch).services.sectors());
    assert.ok(error instanceof DvcConnectionError);
    assert.equal(t.attempts.length, 3);
  });

  it('a POST retried after a cut connection returns the same petition (replayed), created once', async () => {
    const title = `Phản ánh sau mất kết nối ${randomUUID()}`;
    faults().cutRate = 1; // every fresh POST is handled, then its connection is cut; replays are not cut
    const t = tap();
    const sent = await client(t.fetch).petitions.submit(petition(title));
    assert.match(sent.code, /^PAKN-\d{6}-\d{5}$/);
    assert.equal(sent.title, title);
    assert.equal(t.attempts.length, 2);
    assert.equal(t.attempts[0]!.failed, true);
    assert.equal(t.attempts[1]!.status, 201);
    assert.equal(t.attempts[1]!.replayed, 'true', 'the second attempt is answered from the idempotency store');
    assert.equal(countPetitions(title), 1);
    faults().cutRate = 0;
    const stored = await client(globalThis.fetch).petitions.get(sent.code, { verifier: '0905123456' });
    assert.equal(stored.title, title);
  });

  it('keeps one Idempotency-Key across the retries of a call, and makes a new one per call', async () => {
    faults().cutRate = 1;
    const t = tap();
    const dvc = client(t.fetch);
    const first = await dvc.petitions.submit(petition(`Khoá thứ nhất ${randomUUID()}`));
    const second = await dvc.petitions.submit(petition(`Khoá thứ hai ${randomUUID()}`));
    assert.notEqual(first.code, second.code);
    assert.equal(t.attempts.length, 4);
    const keys = t.attempts.map((a) => a.idempotencyKey);
    for (const key of keys) assert.match(key ?? '', uuidPattern);
    assert.equal(keys[0], keys[1]);
    assert.equal(keys[2], keys[3]);
    assert.notEqual(keys[0], keys[2]);
  });

  it('GETs carry no Idempotency-Key; a caller-supplied key is sent as is', async () => {
    const t = tap();
    const dvc = client(t.fetch);
    await dvc.services.sectors();
    const key = `draft-${randomUUID()}`;
    await dvc.petitions.submit(petition(`Khoá riêng ${randomUUID()}`), { idempotencyKey: key });
    assert.equal(t.attempts[0]!.idempotencyKey, null);
    assert.equal(t.attempts[1]!.idempotencyKey, key);
  });

  it('a caller-supplied key replays the first result; reused with another body it is a DvcConflictError', async () => {
    const key = `draft-${randomUUID()}`;
    const title = `Gửi lại sau khi tải lại trang ${randomUUID()}`;
    const t = tap();
    const dvc = client(t.fetch);
    const first = await dvc.petitions.submit(petition(title), { idempotencyKey: key });
    const again = await dvc.petitions.submit(petition(title), { idempotencyKey: key });
    assert.deepEqual(again, first);
    assert.equal(t.attempts[1]!.replayed, 'true');
    assert.equal(countPetitions(title), 1);

    const error = await rejection(dvc.petitions.submit(petition(`Một nội dung khác ${randomUUID()}`), { idempotencyKey: key }));
    assert.ok(error instanceof DvcConflictError);
    assert.equal(error.type, 'conflict');
    assert.equal(error.status, 409);
    assert.equal(error.code, 'idempotency_key_reused');
    assert.match(error.message, /Idempotency-Key/);
    assert.equal(t.attempts.length, 3, 'a conflict is not retried');
  });

  it('never retries a 400 or a 404', async () => {
    const t = tap();
    const dvc = client(t.fetch);
    const notFound = await rejection(dvc.services.get('9.999999'));
    assert.ok(isDvcError(notFound, 'not_found'));
    assert.equal(t.attempts.length, 1);
    const invalid = await rejection(dvc.petitions.submit(petition(`Mã thủ tục sai ${randomUUID()}`, { serviceCode: '1.999999' })));
    assert.ok(isDvcError(invalid, 'invalid_request'));
    assert.equal(invalid.status, 400);
    assert.equal(t.attempts.length, 2);
  });

  it('retries: 0 on a call turns retries off for that call only', async () => {
    faults().errorRate = 1;
    const t = tap();
    const dvc = client(t.fetch);
    const error = await rejection(dvc.services.get('1.001193', { retries: 0 }));
    assert.ok(error instanceof DvcServerError);
    assert.equal(error.status, 503);
    assert.equal(error.code, 'service_unavailable');
    assert.equal(t.attempts.length, 1);

    faults().errorRate = 0;
    faults().cutRate = 1;
    const cut = await rejection(dvc.services.sectors({ retries: 0 }));
    assert.ok(cut instanceof DvcConnectionError);
    assert.equal(t.attempts.length, 2);
  });

  it('a per-call retry count still retries POSTs (the client retry settings are kept)', async () => {
    faults().cutRate = 1;
    const t = tap();
    const title = `Số lần thử riêng ${randomUUID()}`;
    const sent = await client(t.fetch, { retry: 0 }).petitions.submit(petition(title), { retries: 1 });
    assert.equal(sent.title, title);
    assert.equal(t.attempts.length, 2);
    assert.equal(t.attempts[1]!.replayed, 'true');
  });

  it('a POST that failed without retries is recovered by sending again with the same key', async () => {
    faults().cutRate = 1;
    const key = `draft-${randomUUID()}`;
    const title = `Gửi lại thủ công ${randomUUID()}`;
    const dvc = client(globalThis.fetch, { retry: 0 });
    const lost = await rejection(dvc.petitions.submit(petition(title), { idempotencyKey: key }));
    assert.ok(lost instanceof DvcConnectionError, 'the answer was lost');
    assert.equal(countPetitions(title), 1, 'but the petition was recorded');
    const recovered = await dvc.petitions.submit(petition(title), { idempotencyKey: key });
    assert.equal(recovered.title, title);
    assert.equal(countPetitions(title), 1);
  });

  it('retries a 409 idempotency_key_in_use (another attempt still running) with the same key', async () => {
    const keys: (string | null)[] = [];
    const inUse = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('idempotency-key'));
      if (keys.length === 1) {
        return new Response(JSON.stringify({
          type: 'about:blank', title: 'Conflict', status: 409, code: 'idempotency_key_in_use',
          detail: 'Một yêu cầu với khoá này đang được xử lý.', retryAfter: 1,
        }), { status: 409, headers: { 'content-type': 'application/problem+json; charset=utf-8', 'retry-after': '1' } });
      }
      return fetch(request);
    }) as typeof fetch;
    const title = `Khoá đang được dùng ${randomUUID()}`;
    const sent = await client(inUse).petitions.submit(petition(title));
    assert.equal(sent.title, title);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.equal(countPetitions(title), 1);
  });

  it('a POST that timed out is retried with the same key and recorded once', async () => {
    Object.assign(faults(), { delayRate: 1, delayMs: 300 });
    const t = tap(() => {
      faults().delayRate = 0; // only the first attempt is slow
    });
    const title = `Hết thời gian chờ ${randomUUID()}`;
    const sent = await client(t.fetch, { timeout: 100 }).petitions.submit(petition(title));
    assert.equal(sent.title, title);
    assert.equal(t.attempts.length, 2);
    assert.equal(t.attempts[0]!.failed, true);
    assert.equal(t.attempts[0]!.idempotencyKey, t.attempts[1]!.idempotencyKey);
    // Let the slow first attempt finish on the server: it must not create a second petition.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(countPetitions(title), 1);
  });

  it('a numeric retry option is the retry limit', async () => {
    faults().cutRate = 1;
    const t = tap();
    const error = await rejection(sb.client({ fetch: t.fetch, retry: 1 }).services.sectors());
    assert.ok(error instanceof DvcConnectionError);
    assert.equal(t.attempts.length, 2);
  });

  it('retries when the connection is cut while the body is read', {
  }, async () => {
    let attempts = 0;
    const cutBody = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      attempts++;
      const real = await fetch(request);
      if (attempts > 1) return real;
      await real.arrayBuffer();
      const cut = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":['));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(cut, { status: 200, headers: real.headers });
    }) as typeof fetch;
    const sectors = await client(cutBody).services.sectors();
    assert.ok(sectors.length > 3);
    assert.equal(attempts, 2);
  });

  it('does not wait for a Retry-After longer than maxRetryAfter', async () => {
    Object.assign(faults(), { errorRate: 1, retryAfterSeconds: 60 }); // far beyond any machine's slowness
    const t = tap();
    const started = performance.now();
    const error = await rejection(sb.client({ fetch: t.fetch, retry: { limit: 2, maxRetryAfter: 500 } }).services.sectors());
    assert.ok(error instanceof DvcServerError);
    assert.equal(error.status, 503);
    assert.equal(t.attempts.length, 1);
    assert.ok(performance.now() - started < 30_000, 'less than the Retry-After');
  });
});
