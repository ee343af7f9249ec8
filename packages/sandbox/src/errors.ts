import type { FieldError, ProblemCode } from '@dvc-kit/contract';

/**
 * An error the API answers on purpose, rendered as an RFC 9457 problem document in the request's
 * language. `params` fill the message template of `problem.<code>`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly params: Record<string, unknown> = {},
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}
