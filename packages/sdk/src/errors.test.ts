import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { testKeys } from '@dvc-kit/sandbox/testing';
import { createClient } from './client.js';
import {
  DvcAuthenticationError, DvcConnectionError, DvcError, DvcNotFoundError, DvcPermissionError, DvcRateLimitError,
  DvcResponseValidationError, DvcServerError, DvcTimeoutError, DvcValidationError, isDvcError,
} from './errors.js';
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, recordingFetch, rejection, withSandbox } from './test-support.js';

const READ_ONLY_KEY = 'pk_test_readonly_key';

/** A loopback port nothing listens on (a server was bound to it, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A `fetch` that never answers: it rejects only when its request is aborted. */
const hangingFetch = ((request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  })) as unknown as typeof fetch;

/** A `fetch` that passes the request on and rewrites the JSON body of the answer with `rewrite`. */
const rewritingFetch = (rewrite: (body: any) => unknown) =>
  (async (request: Request) => {
    const real = await fetch(request);
    const body = await real.json();
    const headers = new Headers(real.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(rewrite(body)), { status: real.status, headers });
  }) as unknown as typeof fetch;

describe('errors over HTTP', () => {
  const sb = withSandbox({
    keys: [
      ...testKeys,
      { key: READ_ONLY_KEY, kind: 'publishable', scopes: ['read'], allowedOrigins: ['https://app.example.vn'], label: 'read only' },
    ],
  });

  describe('authentication and permission', () => {
    it('an unknown key is a DvcAuthenticationError', async () => {
      const vi = await rejection(sb.client({ key: 'pk_unknown_key_123' }).services.get('1.001193'));
      assert.ok(vi instanceof DvcAuthenticationError);
      assert.ok(vi instanceof DvcError);
      assert.equal(vi.type, 'authentication');
      assert.equal(vi.status, 401);
      assert.equal(vi.code, 'invalid_key');
      assert.equal(vi.message, 'Khoá API không hợp lệ hoặc đã bị thu hồi.');
      assert.ok(vi.requestId);
      const en = await rejection(sb.client({ key: 'pk_unknown_key_123', locale: 'en' }).services.sectors());
      assert.equal(en.message, 'The API key is not valid or has been revoked.');
    });

    it('a key without the scope of the route is a DvcPermissionError (forbidden_scope)', async () => {
      const dvc = sb.client({ key: READ_ONLY_KEY, locale: 'en' });
      assert.equal((await dvc.services.get('1.001193')).code, '1.001193', 'the read scope is enough to read');
      const error = await rejection(dvc.petitions.submit({
        fullName: 'Lê Văn Tám', phone: '0912345678', category: 'other', title: 'Góp ý',
        content: 'Nội dung góp ý đủ dài để vượt qua kiểm tra độ dài tối thiểu.',
      }));
      assert.ok(error instanceof DvcPermissionError);
      assert.equal(error.type, 'permission');
      assert.equal(error.status, 403);
      assert.equal(error.code, 'forbidden_scope');
      assert.equal(error.message, 'This API key lacks the "petition" permission this operation needs.');
    });

    it('a disallowed origin, or a secret key from a page, is a DvcPermissionError', async () => {
      const evil = await rejection(sb.client().services.get('1.001193', { headers: { origin: 'https://evil.example.com' } }));
      assert.ok(evil instanceof DvcPermissionError);
      assert.equal(evil.code, 'origin_not_allowed');
      assert.match(evil.message, /https:\/\/evil\.example\.com/);
      const allowed = await sb.client().services.get('1.001193', { headers: { origin: 'http://localhost:5173' } });
      assert.equal(allowed.code, '1.001193');
      const secret = await rejection(
        sb.client({ key: TEST_SECRET_KEY }).services.get('1.001193', { headers: { origin: 'http://localhost:5173' } }),
      );
      assert.ok(isDvcError(secret, 'permission'));
      assert.equal(secret.code, 'secret_key_in_browser');
    });
  });

  describe('not found', () => {
    it('a route the server does not know (base URL with a wrong path prefix) is not_found, sent under that prefix', async () => {
      const rec = recordingFetch();
      const error = await rejection(sb.client({ baseUrl: `${sb.url}/api`, fetch: rec.fetch }).services.get('1.001193'));
      assert.ok(error instanceof DvcNotFoundError);
      assert.equal(error.code, 'route_not_found');
      assert.equal(new URL(rec.requests[0]!.url).pathname, '/api/v1/services/1.001193');
    });
  });

  describe('contract violations in answers', () => {
    it('an answer that breaks the schema is a DvcResponseValidationError naming the paths', async () => {
      const dvc = sb.client({ fetch: rewritingFetch((body) => ({ ...body, code: 42, name: undefined })) });
      const error = await rejection(dvc.services.get('1.001193'));
      assert.ok(error instanceof DvcResponseValidationError);
      assert.equal(error.type, 'response_validation');
      assert.equal(error.code, 'response_validation_failed');
      assert.equal(error.status, 0);
      assert.ok(error.requestId, 'the request id of the real answer');
      const paths = error.fieldErrors.map((e) => e.path).sort();
      assert.deepEqual(paths, ['code', 'name']);
      assert.equal(
        error.message,
        `Máy chủ trả về dữ liệu không đúng hợp đồng API (GET /v1/services/{code}). Mã yêu cầu: ${error.requestId}.`,
      );
    });

    it('an answer that is not JSON is a DvcResponseValidationError too', async () => {
      const dvc = sb.client({
        locale: 'en',
        fetch: (async () => new Response('<html>proxy error page</html>', { status: 200, headers: { 'content-type': 'text/html' } })) as typeof fetch,
      });
      const error = await rejection(dvc.stats.get());
      assert.ok(error instanceof DvcResponseValidationError);
      assert.equal(error.cause, undefined, 'a parser message quotes the body: not kept');
      assert.deepEqual(error.fieldErrors, []);
      assert.match(error.message, /^The server answered with data that breaks the API contract \(GET \/v1\/stats\)\. Request id: -\.$/);
    });

    it('keeps the key and the citizen\'s phone out of what an error prints (cause included)', async () => {
      const { inspect } = await import('node:util');
      const dvc = sb.client({ key: TEST_SECRET_KEY, retry: 0 });
      const error = await rejection(dvc.dossiers.get('000.00.38.H38-251123-9999', { verifier: '0912345678' }));
      assert.ok(isDvcError(error, 'not_found'));
      const printed = inspect(error, { depth: 10 });
      assert.doesNotMatch(printed, /sk_test_dvckit_local/);
      assert.doesNotMatch(printed, /0912345678/);
      assert.ok(error.cause instanceof Error, 'a cause is kept, without the request');
    });

    it('a non-problem error body (a proxy page) still maps by status', async () => {
      const dvc = sb.client({
        retry: 0,
        fetch: (async () => new Response('Bad gateway', { status: 502, headers: { 'content-type': 'text/plain' } })) as typeof fetch,
      });
      const error = await rejection(dvc.services.sectors());
      assert.ok(error instanceof DvcServerError);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'http_502');
      assert.equal(error.message, 'Máy chủ trả lời lỗi 502.');
    });
  });

  describe('no answer', () => {
    it('a refused connection is a DvcConnectionError after the retries', async () => {
      const port = await closedPort();
      const rec = recordingFetch();
      const dvc = createClient({ baseUrl: `http://127.0.0.1:${port}`, key: TEST_PUBLISHABLE_KEY, fetch: rec.fetch, retry: { limit: 2, backoffLimit: 20 } });
      const error = await rejection(dvc.services.get('1.001193'));
      assert.ok(error instanceof DvcConnectionError);
      assert.equal(error.type, 'connection');
      assert.equal(error.code, 'connection_failed');
      assert.equal(error.status, 0);
      assert.equal(error.requestId, undefined);
      assert.equal(error.message, 'Không kết nối được tới Cổng Dịch vụ công. Vui lòng kiểm tra kết nối mạng rồi thử lại.', 'no host name: citizens read it');
      assert.ok(error.cause, 'keeps the underlying error');
      assert.equal(rec.requests.length, 3, 'the first attempt and two retries');
    });

    it('no answer within the timeout is a DvcTimeoutError (retried once per retry)', async () => {
      const rec = recordingFetch(hangingFetch);
      const dvc = sb.client({ fetch: rec.fetch, timeout: 80, retry: { limit: 1, backoffLimit: 10 }, locale: 'en' });
      const started = performance.now();
      const error = await rejection(dvc.services.get('1.001193'));
      assert.ok(error instanceof DvcTimeoutError);
      assert.equal(error.type, 'timeout');
      assert.equal(error.code, 'timeout');
      assert.equal(error.status, 0);
      assert.equal(rec.requests.length, 2);
      assert.ok(performance.now() - started >= 150, 'two attempts of 80 ms each');
      assert.match(error.message, /^The Public Service Portal did not answer within [\d.]+ seconds\. Please try again\.$/, "no host name: citizens read it");
    });

    it('a sub-second timeout is not described as "0 seconds"', {
    }, async () => {
      const dvc = sb.client({ fetch: hangingFetch, timeout: 200, retry: 0, locale: 'en' });
      const error = await rejection(dvc.services.get('1.001193'));
      assert.ok(error instanceof DvcTimeoutError);
      assert.doesNotMatch(error.message, /within 0 seconds/);
    });

    it('the timeout also covers a response body that stalls after the headers', {
    }, async () => {
      const stalling = (async (request: Request) => {
        const real = await fetch(request);
        await real.arrayBuffer();
        const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"data":[')) });
        return new Response(stalled, { status: 200, headers: real.headers });
      }) as unknown as typeof fetch;
      const call = sb.client({ fetch: stalling, timeout: 100, retry: 0 }).services.sectors();
      let guard: ReturnType<typeof setTimeout> | undefined;
      const outcome = await Promise.race([
        call.then(() => 'resolved', (error: unknown) => error),
        new Promise((resolve) => {
          guard = setTimeout(() => resolve('still pending after 0.5 s'), 500);
        }),
      ]);
      clearTimeout(guard);
      assert.ok(outcome instanceof DvcTimeoutError, String(outcome));
    });

    it('a server slower than the per-call timeout (sandbox delay fault) is a DvcTimeoutError', async () => {
      const faults = sb.sandbox.sandbox.options.faults;
      faults.delayRate = 1;
      faults.delayMs = 400;
      try {
        const error = await rejection(sb.client().services.sectors({ timeout: 100, retries: 0 }));
        assert.ok(error instanceof DvcTimeoutError);
        const ok = await sb.client().services.sectors({ timeout: 2_000, retries: 0 });
        assert.ok(ok.length > 0, 'the same call succeeds with a longer timeout');
      } finally {
        faults.delayRate = 0;
      }
    });
  });

  describe('abort', () => {
    it('rejects with the signal reason (an AbortError), not a DvcError', async () => {
      const controller = new AbortController();
      const rec = recordingFetch(hangingFetch);
      const pending = sb.client({ fetch: rec.fetch }).services.get('1.001193', { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await rejection(pending);
      assert.ok(!isDvcError(error));
      assert.ok(!(error instanceof DvcError));
      assert.equal(error.name, 'AbortError');
      assert.equal(error, controller.signal.reason);
      assert.equal(rec.requests.length, 1, 'an abort is not retried');
    });

    it('rejects with a custom reason as is, also while waiting to retry', async () => {
      const faults = sb.sandbox.sandbox.options.faults;
      faults.errorRate = 1;
      faults.retryAfterSeconds = 60; // 503 with Retry-After: 60, far beyond any machine's slowness
      try {
        const controller = new AbortController();
        const reason = new Error('the user left the page');
        const rec = recordingFetch();
        const started = performance.now();
        const pending = sb.client({ fetch: rec.fetch, retry: { maxRetryAfter: 120_000 } }).services.sectors({ signal: controller.signal });
        setTimeout(() => controller.abort(reason), 150);
        assert.equal(await rejection(pending), reason);
        assert.ok(performance.now() - started < 30_000, 'does not wait out the Retry-After');
        assert.equal(rec.requests.length, 1);
      } finally {
        faults.errorRate = 0;
        faults.retryAfterSeconds = 1;
      }
    });

    it('an already aborted signal rejects with its reason, without retrying', async () => {
      const rec = recordingFetch();
      const reason = new Error('cancelled before start');
      const error = await rejection(sb.client({ fetch: rec.fetch }).services.sectors({ signal: AbortSignal.abort(reason) }));
      assert.equal(error, reason);
      assert.ok(rec.requests.length <= 1);
    });
  });
});

describe('rate limits', () => {
  const sb = withSandbox({ rateLimit: 2, rateWindowSeconds: 60 });

  it('a 429 is a DvcRateLimitError with retryAfter, at once when the wait is longer than maxRetryAfter', async () => {
    const rec = recordingFetch();
    const dvc = sb.client({ fetch: rec.fetch, locale: 'en' }); // default retries: limit 2, maxRetryAfter 10 s
    await dvc.services.get('1.001193');
    await dvc.services.get('1.001193');
    const started = performance.now();
    const error = await rejection(dvc.services.get('1.001193'));
    assert.ok(error instanceof DvcRateLimitError);
    assert.equal(error.type, 'rate_limit');
    assert.equal(error.status, 429);
    assert.equal(error.code, 'rate_limited');
    // A budget of 2 a minute, spent: it fades through the next minute and reopens halfway through it (30–90 s).
    assert.ok(Number.isInteger(error.retryAfter) && error.retryAfter >= 30 && error.retryAfter <= 90, `retryAfter ${error.retryAfter}`);
    assert.equal(error.message, `Too many requests. Please retry in ${error.retryAfter} seconds.`);
    assert.equal(rec.requests.length, 3, 'a Retry-After above maxRetryAfter is not waited for');
    assert.ok(performance.now() - started < 10_000, 'less than the Retry-After (over 10 s)');
  });

  it('with retries off the first 429 surfaces', async () => {
    const rec = recordingFetch();
    const error = await rejection(sb.client({ fetch: rec.fetch, retry: { limit: 0 } }).stats.get());
    assert.ok(isDvcError(error, 'rate_limit'));
    assert.ok(error.retryAfter >= 1);
    assert.equal(rec.requests.length, 1);
  });
});

describe('rate limits with a short window', () => {
  const sb = withSandbox({ rateLimit: 1, rateWindowSeconds: 1 });

  it('a 429 whose Retry-After is within maxRetryAfter is waited out and retried', async () => {
    const rec = recordingFetch();
    const dvc = sb.client({ fetch: rec.fetch });
    await dvc.services.sectors();
    const page = await dvc.services.search({ q: 'khai sinh', limit: 1 });
    assert.equal(page.data.length, 1);
    assert.equal(rec.requests.length, 3, 'the second call was limited once, then retried');
    const gap = rec.requests[2]!.at - rec.requests[1]!.at;
    assert.ok(gap >= 900 && gap < 3_000, `waited ${gap.toFixed(0)} ms`);
  });
});

describe('isDvcError', () => {
  it('recognises copies of errors from another bundle by their type and code', async () => {
    const error = new DvcNotFoundError('Không tìm thấy', { status: 404, code: 'service_not_found', requestId: 'r-1' });
    const copy = { ...error };
    assert.ok(!(copy instanceof DvcError));
    assert.equal(copy.type, 'not_found');
    assert.ok(isDvcError(copy));
    assert.ok(isDvcError(copy, 'not_found'));
    assert.ok(!isDvcError(copy, 'validation'));
    const serialised = JSON.parse(JSON.stringify(error));
    assert.ok(isDvcError(serialised, 'not_found'));
    assert.equal(serialised.code, 'service_not_found');
    assert.ok(isDvcError({ type: 'rate_limit', code: 'rate_limited', retryAfter: 3 }, 'rate_limit'));
  });

  it('refuses look-alikes', () => {
    assert.ok(!isDvcError(null));
    assert.ok(!isDvcError(undefined));
    assert.ok(!isDvcError('not_found'));
    assert.ok(!isDvcError({ type: 'not_found' }), 'no code');
    assert.ok(!isDvcError({ type: 'teapot', code: 'x' }), 'unknown type');
    assert.ok(!isDvcError(new Error('plain')));
    assert.ok(!isDvcError(new TypeError('fetch failed')));
  });
});

describe('createClient', () => {
  it('throws a DvcValidationError naming a bad baseUrl', () => {
    for (const baseUrl of ['not a url', 'ftp://example.vn', '']) {
      assert.throws(
        () => createClient({ baseUrl, key: TEST_PUBLISHABLE_KEY }),
        (error: unknown) => error instanceof DvcValidationError && error.fieldErrors.length === 1 &&
          error.fieldErrors[0]!.path === 'baseUrl' && error.code === 'validation_failed',
        baseUrl,
      );
    }
  });

  it('throws a DvcValidationError naming a bad key, in the chosen language', () => {
    for (const key of ['', 'abc', 'pk_', 'xk_test_dvckit_local', 'pk_has space']) {
      const error = (() => {
        try {
          createClient({ baseUrl: 'http://127.0.0.1:8787', key, locale: 'en' });
        } catch (e) {
          return e;
        }
        return undefined;
      })() as DvcValidationError;
      assert.ok(error instanceof DvcValidationError, key);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['key'], key);
      assert.match(error.message, /^Some information is not valid: The API key must be a publishable key/);
    }
    assert.throws(() => createClient({ baseUrl: 'http://127.0.0.1:8787', key: 'abc' }), /Khóa API phải là khóa công khai/);
  });

  it('names both fields when both are bad', () => {
    assert.throws(
      () => createClient({ baseUrl: 'mailto:a@b.vn', key: 'nope' }),
      (error: unknown) => isDvcError(error, 'validation') && error.fieldErrors.map((e) => e.path).join() === 'baseUrl,key',
    );
  });

  it('keeps a valid configuration: locale, normalised base URL', () => {
    const dvc = createClient({ baseUrl: 'http://127.0.0.1:8787/api', key: TEST_SECRET_KEY, locale: 'en' });
    assert.equal(dvc.locale, 'en');
    assert.equal(dvc.baseUrl, 'http://127.0.0.1:8787/api/');
    assert.equal(createClient({ baseUrl: new URL('https://dvc.example.vn'), key: TEST_PUBLISHABLE_KEY }).locale, 'vi');
  });
});
