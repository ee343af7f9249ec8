// The one ky instance of a client: keys, language, idempotency, retries, error mapping, validation.
import { check, formatFieldMessage, toFieldErrors, type FieldError, type Locale, type RouteDef } from '@dvc-kit/contract';
import ky, { isHTTPError, isNetworkError, isTimeoutError, type Hooks, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import {
  DvcConnectionError, DvcError, DvcResponseValidationError, DvcTimeoutError,
  DvcValidationError, errorClassFor,
} from './errors.js';
import { sdkMessage } from './messages.js';

/** How failed requests are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). `0` turns retries off. */
  limit?: number;
  /** Longest `Retry-After` (ms) the client waits for by itself (default 10 000); longer waits surface as errors. */
  maxRetryAfter?: number;
  /** Longest backoff between attempts in ms (default 5 000). */
  backoffLimit?: number;
}

/**
 * Options of one call; every SDK method takes them as its last argument.
 * @example
 * ```ts
 * const controller = new AbortController();
 * await dvc.services.get('1.001193', { signal: controller.signal, timeout: 5_000, retries: 0 });
 * ```
 */
export interface RequestOptions {
  /**
   * The `Idempotency-Key` of a POST. Without it each call makes a fresh one and keeps it across its
   * own retries; store your own with a draft so a reload that submits again is answered with the
   * first result instead of creating a second dossier.
   */
  idempotencyKey?: string;
  /** Aborts the call (and its retries); the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms (default: the client's). */
  timeout?: number;
  /** Retries after the first attempt (default: the client's). */
  retries?: number;
  /** Extra request headers (tracing and the like). */
  headers?: Record<string, string>;
  /**
   * Servers only: a logged-in citizen's access token (from the identity provider, kept by the site's
   * backend-for-frontend), sent as `Authorization: Bearer <accessToken>` instead of the key, for the
   * account's own routes (`account(connection).get({ accessToken })`). Never put one in a page: the
   * portal refuses tokens sent from a browser. The SDK keeps it out of its errors' messages and causes.
   */
  accessToken?: string;
  /**
   * Lets the request outlive the page, as fetch's `keepalive` (a draft saved on `pagehide`): the
   * browser sends it even as the page goes away; bodies of at most 64 KiB.
   */
  keepalive?: boolean;
}

/**
 * Options of {@link createClient}.
 * @example
 * ```ts
 * const dvc = createClient({ baseUrl: 'https://sandbox.dvc-kit.dev', key: 'pk_test_dvckit_local', locale: 'en' });
 * ```
 */
export interface ClientOptions {
  /** Where the portal API lives, e.g. `https://api.example.gov.vn` (paths start with `/v1/`). */
  baseUrl: string | URL;
  /** A publishable key (`pk_…`) in browsers; a secret key (`sk_…`) only on servers. */
  key: string;
  /** Language of messages and error texts (default `vi`). */
  locale?: Locale;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms (default 15 000). */
  timeout?: number;
  /** Retries (a number is the limit) — see {@link RetryOptions}. */
  retry?: number | RetryOptions;
  /**
   * ky hooks, run after the SDK's own (logging, tracing, custom headers). Browser uploads with
   * `onProgress` go through XMLHttpRequest and skip them (and a custom `fetch`).
   */
  hooks?: Hooks;
}

type Part<R, K extends string> = R extends Record<K, infer S extends z.ZodMiniType> ? z.input<S> : undefined;
/** What a route is called with (inputs before the contract's defaults and normalisation). */
export interface Call<R extends RouteDef> {
  params?: Part<R, 'params'>;
  query?: Part<R, 'query'>;
  headers?: Part<R, 'headers'>;
  body?: Part<R, 'body'>;
}
/** What a route answers with, after validation. */
export type Output<R extends RouteDef> = R extends { response: infer S extends z.ZodMiniType } ? z.output<S> : void;

const retryStatuses = [408, 429, 500, 502, 503, 504];

/** A random UUID v4; `crypto.randomUUID` only exists in secure contexts, so build one if needed. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Seconds from a `Retry-After` header (seconds or HTTP date). */
function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, Math.ceil(s));
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The transport shared by a client's resources: one ky instance with the key, language, retries,
 * idempotency and error mapping. Every call names its route definition from the contract (not an id
 * into the whole route table), so a bundle keeps only the routes and schemas its resources use.
 * Not part of the public API: pages hold it as a {@link DvcConnection}.
 */
/** Marks every connection, across copies of the SDK on one page (a registered symbol is shared). */
export const connectionBrand: unique symbol = Symbol.for('@dvc-kit/sdk.connection');

export class Http {
  readonly [connectionBrand] = true;
  readonly locale: Locale;
  readonly ky: KyInstance;
  readonly base: URL;
  readonly timeout: number;
  readonly retry: Required<RetryOptions>;
  readonly fetch: typeof globalThis.fetch | undefined;
  /** The API key (publishable in browsers). */
  readonly key: string;

  /** Where the API lives (`DvcConnection.baseUrl`). */
  get baseUrl(): string {
    return this.base.href;
  }

  constructor(options: ClientOptions) {
    const locale = options.locale ?? 'vi';
    const problems: FieldError[] = [];
    let base: URL | undefined;
    try {
      base = new URL(String(options.baseUrl), globalThis.location?.href);
      if (!/^https?:$/.test(base.protocol)) throw new Error();
      // Paths are resolved against the base: keep its last segment (`/api` → `/api/v1/…`).
      if (!base.pathname.endsWith('/')) base.pathname += '/';
    } catch {
      problems.push({ path: 'baseUrl', code: 'url.format', message: formatFieldMessage(locale, 'url.format') });
    }
    if (typeof options.key !== 'string' || !/^(pk|sk)_\w{6,}$/.test(options.key)) {
      problems.push({
        path: 'key', code: 'invalid_format',
        message: locale === 'en'
          ? 'The API key must be a publishable key (pk_…) or, on servers, a secret key (sk_…).'
          : 'Khóa API phải là khóa công khai (pk_…) hoặc, trên máy chủ, khóa bí mật (sk_…).',
      });
    }
    if (problems.length) throw validationError(locale, problems);
    this.locale = locale;
    this.base = base!;
    this.key = options.key;
    this.fetch = options.fetch;
    const r = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
    this.retry = { limit: r.limit ?? 2, maxRetryAfter: r.maxRetryAfter ?? 10_000, backoffLimit: r.backoffLimit ?? 5_000 };
    this.timeout = options.timeout ?? 15_000;
    const user = options.hooks ?? {};
    const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    this.ky = ky.create({
      baseUrl: this.base,
      // The body is read inside the fetch ky wraps, so the per-attempt timeout and the retries also
      // cover a body that stalls or a connection cut while it arrives. Event streams stay streams.
      fetch: async (input, init) => {
        let response: Response;
        let body: ArrayBuffer;
        try {
          response = await send(input, init);
          const accept = input instanceof Request ? input.headers.get('accept') : null;
          if (accept === 'text/event-stream' || !response.body) return response;
          body = await response.arrayBuffer();
        } catch (error) {
          // Whatever fetch throws (in any runtime's words) is a transport failure.
          if (typeof error === 'object' && error !== null) fetchFailures.add(error);
          throw error;
        }
        return new Response(body.byteLength ? body : null, {
          status: response.status, statusText: response.statusText, headers: response.headers,
        });
      },
      timeout: this.timeout,
      throwHttpErrors: true,
      retry: {
        limit: this.retry.limit,
        methods: ['get', 'put', 'post', 'delete'],
        statusCodes: retryStatuses,
        afterStatusCodes: [429, 503],
        maxRetryAfter: this.retry.maxRetryAfter,
        backoffLimit: this.retry.backoffLimit,
        jitter: true,
        retryOnTimeout: true,
        shouldRetry: ({ error }) => {
          // A POST without a key might be applied twice (the SDK always sends one; hooks might strip it).
          const request = (error as { request?: Request }).request;
          if (request?.method === 'POST' && !request.headers.has('idempotency-key')) return false;
          if (!isHTTPError(error)) return undefined;
          const { status, headers } = error.response;
          // Another attempt with the same key is still running on the server: safe to wait for it.
          if (status === 409) return isObject(error.data) && error.data.code === 'idempotency_key_in_use';
          const wait = retryAfterSeconds(headers.get('retry-after'));
          if (wait !== undefined && wait * 1000 > this.retry.maxRetryAfter) return false;
          return undefined;
        },
      },
      hooks: {
        ...user,
        beforeRequest: [
          ({ request, options }) => {
            // A citizen's access token (RequestOptions.accessToken, carried in ky's context) replaces the key.
            const token = options.context.accessToken;
            request.headers.set('authorization', `Bearer ${typeof token === 'string' ? token : this.key}`);
            if (!request.headers.has('accept-language')) request.headers.set('accept-language', this.locale);
          },
          ...(user.beforeRequest ?? []),
        ],
      },
    });
  }

  /** Checks every part of a call against the route, then returns the normalised parts. */
  validate<R extends RouteDef>(route: R, parts: Call<R>): Required<Record<keyof Call<R>, unknown>> {
    const out: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    for (const part of ['params', 'query', 'headers', 'body'] as const) {
      const schema = (route as Partial<Record<typeof part, unknown>>)[part];
      if (!schema || schema === 'multipart') continue;
      const result = check(schema as z.ZodMiniType, parts[part] ?? (part === 'body' ? undefined : {}), this.locale);
      if (result.ok) out[part] = result.data;
      else errors.push(...result.errors.map((e) => (e.path === 'dvc-verifier' ? { ...e, path: 'verifier' } : e)));
    }
    if (errors.length) throw validationError(this.locale, errors);
    return out as Required<Record<keyof Call<R>, unknown>>;
  }

  /** The URL of a route with its path parameters filled in. */
  path(route: RouteDef, params: Record<string, unknown> = {}): string {
    return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  }

  /** Builds the ky options of one call (headers, idempotency key, timeouts, retries). */
  options(route: RouteDef, checked: Record<string, unknown>, opts: RequestOptions = {}, extra: Options = {}): Options {
    const headers = new Headers(opts.headers);
    const h = checked.headers as Record<string, string> | undefined;
    if (h) for (const [name, value] of Object.entries(h)) headers.set(name, value);
    if (route.method === 'POST') headers.set('idempotency-key', idempotencyKey(this.locale, opts.idempotencyKey));
    const query = checked.query as Record<string, unknown> | undefined;
    const searchParams = new URLSearchParams();
    if (query) for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) searchParams.set(k, String(v));
    return {
      method: route.method,
      headers,
      searchParams,
      signal: opts.signal,
      ...(opts.accessToken !== undefined ? { context: { accessToken: checkToken(this.locale, opts.accessToken, 'accessToken') } } : {}),
      ...(opts.keepalive ? { keepalive: true } : {}),
      ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
      ...(opts.retries !== undefined ? { retry: { limit: opts.retries } } : {}),
      ...(checked.body !== undefined && route.body !== 'multipart' ? { json: checked.body } : {}),
      ...extra,
    };
  }

  /** Calls a route: validates inputs, sends, maps errors, validates the answer. */
  async call<R extends RouteDef>(route: R, parts: Call<R> = {}, opts: RequestOptions = {}, extra: Options = {}): Promise<Output<R>> {
    const checked = this.validate(route, parts);
    let response: Response;
    try {
      response = await this.ky(this.path(route, checked.params as Record<string, unknown>).slice(1), this.options(route, checked, opts, extra));
    } catch (error) {
      throw this.toError(error, opts);
    }
    if (!('response' in route)) return undefined as Output<R>;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw this.toError(error, opts);
    }
    return this.parse(route, { text, requestId: response.headers.get('request-id') });
  }

  /** Reads and validates a JSON answer against the route's response schema. */
  parse<R extends RouteDef>(route: R, response: { text: string; requestId: string | null }): Output<R> {
    const { requestId } = response;
    let data: unknown;
    try {
      data = JSON.parse(response.text);
    } catch {
      // Not kept as cause: a parser's message quotes the body.
      throw this.responseError(route, requestId, []);
    }
    const schema = (route as { response?: z.ZodMiniType }).response!;
    const result = schema.safeParse(data);
    if (!result.success) throw this.responseError(route, requestId, toFieldErrors(result.error.issues, this.locale));
    return result.data as Output<R>;
  }

  responseError(route: RouteDef, requestId: string | null, fieldErrors: FieldError[], cause?: unknown): DvcError {
    return new DvcResponseValidationError(
      sdkMessage(this.locale, 'response', { route: `${route.method} ${route.path}`, requestId: requestId ?? '-' }),
      { code: 'response_validation_failed', fieldErrors, requestId: requestId ?? undefined, cause },
    );
  }

  /** Turns whatever a call threw into a `DvcError` (an abort stays an abort). */
  toError(error: unknown, opts: RequestOptions = {}): unknown {
    if (isDvcErrorLike(error)) return error;
    if (opts.signal?.aborted) return opts.signal.reason ?? error;
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      return problemError(this.locale, status, error.data, headers, safeCause(error));
    }
    if (isTimeoutError(error)) {
      return new DvcTimeoutError(sdkMessage(this.locale, 'timeout', { seconds: seconds(opts.timeout ?? this.timeout) }), {
        code: 'timeout', cause: safeCause(error),
      });
    }
    if (isNetworkError(error) || (typeof error === 'object' && error !== null && fetchFailures.has(error))) {
      return new DvcConnectionError(sdkMessage(this.locale, 'connection', {}), { code: 'connection_failed', cause: safeCause(error) });
    }
    return error;
  }
}

const isDvcErrorLike = (e: unknown): e is DvcError => e instanceof DvcError;

/** Errors thrown by the transport (fetch or reading the body), whatever the runtime calls them. */
const fetchFailures = new WeakSet<object>();

/**
 * What an error keeps as `cause`: name and message only. ky's errors carry the request, and with it
 * the API key and the citizen's phone (Dvc-Verifier), which must never reach logs.
 */
export function safeCause(error: unknown): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const inner = error.cause instanceof Error ? `: ${error.cause.name}: ${error.cause.message}` : '';
  // Query strings (search text) stay out too.
  const cause = new Error(`${error.message}${inner}`.replace(/\?\S*/g, '?…'));
  cause.name = error.name;
  return cause;
}

/** The caller's idempotency key (8–255 characters, as servers require) or a fresh one. */
export function idempotencyKey(locale: Locale, key: string | undefined): string {
  if (key === undefined) return uuid();
  if (typeof key !== 'string' || key.length < 8 || key.length > 255) {
    throw validationError(locale, [{
      path: 'idempotencyKey', code: 'invalid_format',
      message: locale === 'en' ? 'An idempotency key must be 8 to 255 characters.' : 'Khóa idempotency phải dài từ 8 đến 255 ký tự.',
    }]);
  }
  return key;
}

/**
 * A citizen's access token, checked before it goes in a header: 1–4096 visible ASCII characters. The
 * error does not quote it (the runtime's own, from `Headers`, would).
 */
export function checkToken(locale: Locale, token: unknown, path: string): string {
  if (typeof token === 'string' && /^[!-~]{1,4096}$/.test(token)) return token;
  throw validationError(locale, [{ path, code: 'invalid_format', message: formatFieldMessage(locale, 'invalid_format', { field: path }) }]);
}

/** "0.5", "15": seconds as people read them. */
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

/** A client-side validation error listing the fields. */
export function validationError(locale: Locale, fieldErrors: FieldError[]): DvcValidationError {
  const list = fieldErrors.map((e) => e.message).join(' ');
  return new DvcValidationError(sdkMessage(locale, 'validation', { list }), { code: 'validation_failed', fieldErrors });
}

/** Maps an error answer (RFC 9457 problem, or anything else a proxy sent) to the matching `DvcError`. */
export function problemError(locale: Locale, status: number, data: unknown, headers: Headers, cause?: unknown): DvcError {
  const p = isObject(data) ? data : {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const fieldErrors = Array.isArray(p.errors)
    ? p.errors.filter(isObject).map((e) => ({ path: String(e.path ?? ''), code: String(e.code ?? ''), message: String(e.message ?? '') }))
    : [];
  const retryAfter = retryAfterSeconds(headers.get('retry-after')) ?? (typeof p.retryAfter === 'number' ? p.retryAfter : undefined);
  const message = str(p.detail) ?? str(p.title) ?? sdkMessage(locale, 'http', { status });
  return new (errorClassFor(status))(message, {
    status,
    code: str(p.code) ?? `http_${status}`,
    fieldErrors,
    requestId: str(p.requestId) ?? headers.get('request-id') ?? undefined,
    retryAfter,
    cause,
  });
}
