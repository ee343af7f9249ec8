import type { FieldError } from '@dvc-kit/contract';

/**
 * What went wrong, as a string you can `switch` on. Prefer it to `instanceof`: a page that loads two
 * copies of the SDK (two bundles, two versions) has two `DvcError` classes, but the same strings.
 */
export type DvcErrorType =
  | 'validation'
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'server'
  | 'connection'
  | 'timeout'
  | 'response_validation';

/** What every error carries besides its message. */
export interface DvcErrorInit {
  /** HTTP status, or `0` when no response arrived (validation before sending, network, timeout). */
  status?: number;
  /** Machine-readable code: the problem document's `code` (`dossier_not_found`…) or the SDK's own. */
  code: string;
  /** Per-field errors with messages in the client's language (validation failures). */
  fieldErrors?: FieldError[];
  /** The server's `Request-Id`: quote it when you report a problem. */
  requestId?: string;
  /** Seconds the server asked to wait (429, 503). */
  retryAfter?: number;
  /** The underlying error (ky's, the network's). */
  cause?: unknown;
}

/**
 * The one error class of the SDK: every method rejects with a `DvcError` (or an `AbortError` when
 * you abort it yourself). Messages are in the client's locale and never contain personal data.
 *
 * @example
 * ```ts
 * try {
 *   await dvc.dossiers.get(code, { verifier: phone });
 * } catch (error) {
 *   if (isDvcError(error) && error.type === 'not_found') showNotFound();
 *   else throw error;
 * }
 * ```
 */
export class DvcError extends Error {
  /** The kind of failure; see {@link DvcErrorType}. */
  readonly type: DvcErrorType = 'server';
  /** HTTP status, or `0` when no response arrived. */
  readonly status: number;
  /** Machine-readable code, e.g. `dossier_not_found`, `validation_failed`, `connection_failed`. */
  readonly code: string;
  /** Per-field errors (`{ path, code, message }`), empty when the error is not about fields. */
  readonly fieldErrors: FieldError[];
  /** The server's request id, when a response arrived: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** Seconds the server asked to wait before trying again (429, 503), when it said. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: DvcErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
  }
}

/**
 * Input failed the contract's checks before anything was sent. `fieldErrors` name each field with
 * a message in the client's language.
 * @example
 * ```ts
 * catch (error) { if (isDvcError(error, 'validation')) for (const f of error.fieldErrors) show(f.path, f.message); }
 * ```
 */
export class DvcValidationError extends DvcError {
  override readonly type = 'validation';
}
/**
 * The server refused the request as malformed (400, 405, 413, 415, 422); `fieldErrors` when it named fields.
 * @example
 * ```ts
 * if (isDvcError(error, 'invalid_request')) console.warn(error.code, error.fieldErrors);
 * ```
 */
export class DvcInvalidRequestError extends DvcError {
  override readonly type = 'invalid_request';
}
/**
 * 401: the API key is missing, unknown or revoked.
 * @example
 * ```ts
 * if (isDvcError(error, 'authentication')) alert('Check the publishable key in the page configuration.');
 * ```
 */
export class DvcAuthenticationError extends DvcError {
  override readonly type = 'authentication';
}
/**
 * 403: the key lacks the scope, is a secret key in a browser, or the page's origin is not allowed.
 * @example
 * ```ts
 * if (isDvcError(error, 'permission') && error.code === 'origin_not_allowed') console.error(error.message);
 * ```
 */
export class DvcPermissionError extends DvcError {
  override readonly type = 'permission';
}
/**
 * 404: no such procedure, dossier, payment or petition (or the verifier does not match).
 * @example
 * ```ts
 * if (isDvcError(error, 'not_found')) showMessage(error.message);
 * ```
 */
export class DvcNotFoundError extends DvcError {
  override readonly type = 'not_found';
}
/**
 * 409: the resource is in a state that does not allow this (already paid, not withdrawable…), or an
 * idempotency key was reused with a different body.
 * @example
 * ```ts
 * if (isDvcError(error, 'conflict') && error.code === 'already_paid') showReceipt();
 * ```
 */
export class DvcConflictError extends DvcError {
  override readonly type = 'conflict';
}
/**
 * 429 after the retries ran out; `retryAfter` says how many seconds to wait.
 * @example
 * ```ts
 * if (isDvcError(error, 'rate_limit')) setTimeout(retry, error.retryAfter * 1000);
 * ```
 */
export class DvcRateLimitError extends DvcError {
  override readonly type = 'rate_limit';
  /** Seconds to wait before trying again. */
  override readonly retryAfter: number;
  constructor(message: string, init: DvcErrorInit) {
    super(message, init);
    this.retryAfter = init.retryAfter ?? 1;
  }
}
/**
 * 5xx after the retries ran out.
 * @example
 * ```ts
 * if (isDvcError(error, 'server')) report(error.requestId);
 * ```
 */
export class DvcServerError extends DvcError {
  override readonly type = 'server';
}
/**
 * No response: offline, DNS, refused or cut connection, or CORS refusal (after the retries ran out).
 * @example
 * ```ts
 * if (isDvcError(error, 'connection')) showOfflineBanner();
 * ```
 */
export class DvcConnectionError extends DvcError {
  override readonly type = 'connection';
}
/**
 * No response within the timeout, or a 408 (after the retries ran out).
 * @example
 * ```ts
 * if (isDvcError(error, 'timeout')) showMessage(error.message);
 * ```
 */
export class DvcTimeoutError extends DvcError {
  override readonly type = 'timeout';
}
/**
 * The server answered with data that breaks the contract; `fieldErrors` list where (paths only).
 * @example
 * ```ts
 * if (isDvcError(error, 'response_validation')) report(error.requestId, error.fieldErrors);
 * ```
 */
export class DvcResponseValidationError extends DvcError {
  override readonly type = 'response_validation';
}

/** Maps each {@link DvcErrorType} to the error type that carries it. */
export interface DvcErrorByType {
  /** {@link DvcValidationError} */
  validation: DvcValidationError;
  /** {@link DvcInvalidRequestError} */
  invalid_request: DvcInvalidRequestError;
  /** {@link DvcAuthenticationError} */
  authentication: DvcAuthenticationError;
  /** {@link DvcPermissionError} */
  permission: DvcPermissionError;
  /** {@link DvcNotFoundError} */
  not_found: DvcNotFoundError;
  /** {@link DvcConflictError} */
  conflict: DvcConflictError;
  /** {@link DvcRateLimitError} */
  rate_limit: DvcRateLimitError;
  /** {@link DvcServerError} */
  server: DvcServerError;
  /** {@link DvcConnectionError} */
  connection: DvcConnectionError;
  /** {@link DvcTimeoutError} */
  timeout: DvcTimeoutError;
  /** {@link DvcResponseValidationError} */
  response_validation: DvcResponseValidationError;
}

const types = new Set<string>([
  'validation', 'invalid_request', 'authentication', 'permission', 'not_found', 'conflict', 'rate_limit',
  'server', 'connection', 'timeout', 'response_validation',
]);

/**
 * Whether `value` is a DVC Kit error (of one `type`, if given). Works across bundles and realms,
 * where `instanceof` does not.
 *
 * @example
 * ```ts
 * if (isDvcError(error, 'rate_limit')) await sleep(error.retryAfter * 1000);
 * ```
 */
export function isDvcError<T extends DvcErrorType>(value: unknown, type?: T): value is DvcErrorByType[T] {
  if (!(value instanceof Error) && (typeof value !== 'object' || value === null)) return false;
  const t = (value as { type?: unknown }).type;
  return typeof t === 'string' && types.has(t) && typeof (value as { code?: unknown }).code === 'string' &&
    (type === undefined || t === type);
}

const byStatus: Record<number, typeof DvcError> = {
  408: DvcTimeoutError,
  401: DvcAuthenticationError,
  403: DvcPermissionError,
  404: DvcNotFoundError,
  409: DvcConflictError,
  429: DvcRateLimitError,
};

/** The error class for an HTTP status. */
export const errorClassFor = (status: number): typeof DvcError =>
  byStatus[status] ?? (status >= 500 ? DvcServerError : DvcInvalidRequestError);
