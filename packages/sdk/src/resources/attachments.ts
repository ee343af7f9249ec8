import { attachmentLimits, formatFieldMessage, type Attachment, type Locale, attachmentRoutes } from '@dvc-kit/contract';
import { DvcConnectionError, DvcTimeoutError, type DvcError } from '../errors.js';
import { resourceOf, type DvcConnection } from '../connection.js';
import { checkToken, idempotencyKey, problemError, validationError, type Http, type RequestOptions } from '../http.js';
import { sdkMessage } from '../messages.js';
import { sleep } from '../sleep.js';

/** How much of an upload has been sent. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send (the whole multipart body, so slightly more than the file). */
  total: number;
  /** `loaded / total` as a whole percentage, 0–100. */
  percent: number;
}

/** Options of {@link AttachmentsResource.upload}. */
export interface UploadOptions extends RequestOptions {
  /** Called as the body is sent; in browsers through XMLHttpRequest, in Node through a request stream. */
  onProgress?: (progress: UploadProgress) => void;
  /** File name to send when `file` is a `Blob` without one (e.g. from `fs.openAsBlob`). */
  filename?: string;
}

const extensions: Record<string, string> = Object.fromEntries(
  Object.entries(attachmentLimits.types).map(([type, ext]) => [ext, type]),
);

/**
 * Files attached to a dossier or a supplement: PDF, JPEG, PNG, DOCX or XLSX up to 10 MB.
 * @example
 * ```ts
 * const file = input.files[0];
 * const { id } = await dvc.attachments.upload(file, { onProgress: (p) => (bar.value = p.percent) });
 * await dvc.dossiers.submit({ serviceCode, applicant, attachmentIds: [id] });
 * ```
 */
export class AttachmentsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Uploads one file; answers with its attachment id (and the server's SHA-256 of the bytes).
   * Checks type and size first, so a wrong file fails at once with a message naming it.
   * @example
   * ```ts
   * // Node
   * import { openAsBlob } from 'node:fs';
   * const blob = await openAsBlob('giay-chung-sinh.pdf', { type: 'application/pdf' });
   * const attachment = await dvc.attachments.upload(blob, { filename: 'giay-chung-sinh.pdf' });
   * ```
   */
  async upload(file: Blob, options: UploadOptions = {}): Promise<Attachment> {
    const http = this.#http;
    const locale = http.locale;
    const name = options.filename ?? (file as Partial<File>)?.name ?? 'file';
    if (!(file instanceof Blob)) {
      throw validationError(locale, [{ path: 'file', code: 'file.missing', message: formatFieldMessage(locale, 'file.missing') }]);
    }
    const type = file.type || extensions[name.split('.').pop()?.toLowerCase() ?? ''] || '';
    const problem = (code: 'file.empty' | 'file.too_large' | 'file.type') => [{
      path: 'file', code, message: formatFieldMessage(locale, code, { name, type: type || '?', limit: '10 MB' }),
    }];
    if (file.size === 0) throw validationError(locale, problem('file.empty'));
    if (file.size > attachmentLimits.maxBytes) throw validationError(locale, problem('file.too_large'));
    if (!Object.hasOwn(attachmentLimits.types, type)) throw validationError(locale, problem('file.type'));

    const form = new FormData();
    form.set('file', file.type === type ? file : new Blob([file], { type }), name);
    const headers = new Headers(options.headers);
    headers.set('idempotency-key', idempotencyKey(locale, options.idempotencyKey));
    const onProgress = options.onProgress;
    const { signal } = options;
    const timeout = options.timeout ?? Math.max(http.timeout, 120_000);

    // Browsers: fetch cannot report upload progress (request streams need HTTP/2 in Chromium and are
    // missing in Firefox and Safari), so XMLHttpRequest sends the file when progress is wanted. It
    // bypasses a custom `fetch` and ky hooks, but keeps the key, language, retries and idempotency.
    if (onProgress && typeof XMLHttpRequest === 'function') {
      if (signal?.aborted) throw signal.reason;
      headers.set('authorization', `Bearer ${options.accessToken === undefined ? http.key : checkToken(locale, options.accessToken, 'accessToken')}`);
      if (!headers.has('accept-language')) headers.set('accept-language', locale);
      const url = new URL(attachmentRoutes.upload.path.slice(1), http.base);
      const limit = options.retries ?? http.retry.limit;
      for (let attempt = 0; ; attempt++) {
        let error: DvcError;
        try {
          const reply = await xhr(url, headers, form, timeout, signal, onProgress, locale);
          if (reply.status < 300) return http.parse(attachmentRoutes.upload, reply);
          let data: unknown;
          try {
            data = JSON.parse(reply.text);
          } catch {}
          error = problemError(locale, reply.status, data, reply.headers);
        } catch (e) {
          if (signal?.aborted) throw signal.reason;
          if (!(e instanceof DvcConnectionError || e instanceof DvcTimeoutError)) throw e;
          error = e;
        }
        // The same rules as the ky path: transport failures, 408/429/5xx, and a key still in use.
        const retryable = error.status === 0 || [408, 429, 500, 502, 503, 504].includes(error.status) ||
          error.code === 'idempotency_key_in_use';
        const wait = error.retryAfter === undefined ? undefined : error.retryAfter * 1000;
        if (attempt >= limit || !retryable || (wait !== undefined && wait > http.retry.maxRetryAfter)) throw error;
        await sleep(wait ?? Math.random() * Math.min(http.retry.backoffLimit, 300 * 2 ** attempt), signal);
      }
    }
    return http.call(attachmentRoutes.upload, {}, { ...options, timeout }, {
      body: form,
      headers,
      ...(onProgress
        ? { onUploadProgress: (p) => onProgress({ loaded: p.transferredBytes, total: p.totalBytes, percent: Math.round(p.percent * 100) }) }
        : {}),
    });
  }
}

interface Reply {
  status: number;
  text: string;
  headers: Headers;
  requestId: string | null;
}

/** One upload attempt over XMLHttpRequest, reporting progress; network failures and timeouts become DvcErrors. */
function xhr(url: URL, headers: Headers, form: FormData, timeout: number, signal: AbortSignal | undefined,
  onProgress: (p: UploadProgress) => void, locale: Locale): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // abort() before send() fires no event: refuse an aborted signal before opening.
    if (signal?.aborted) return reject(signal.reason);
    const request = new XMLHttpRequest();
    request.open('POST', url);
    headers.forEach((value, name) => request.setRequestHeader(name, value));
    request.timeout = timeout;
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total, percent: Math.round((e.loaded / e.total) * 100) });
    };
    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const finish = () => signal?.removeEventListener('abort', abort);
    request.onload = () => {
      finish();
      const h = new Headers();
      for (const line of request.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) h.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve({ status: request.status, text: request.responseText, headers: h, requestId: h.get('request-id') });
    };
    const host = url.host;
    request.onerror = () => {
      finish();
      reject(new DvcConnectionError(sdkMessage(locale, 'connection', { host }), { code: 'connection_failed' }));
    };
    request.ontimeout = () => {
      finish();
      reject(new DvcTimeoutError(sdkMessage(locale, 'timeout', { host, seconds: String(Math.round(timeout / 100) / 10) }), { code: 'timeout' }));
    };
    request.onabort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    request.send(form);
  });
}

/**
 * The uploads resource on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { attachments } from '@dvc-kit/sdk/attachments';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const file = await attachments(connection).upload(blob, { filename: 'to-khai.pdf' });
 * ```
 */
export const attachments: (connection: DvcConnection) => AttachmentsResource = /* @__PURE__ */ resourceOf((http) => new AttachmentsResource(http));
