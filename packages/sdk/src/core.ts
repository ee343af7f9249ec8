/**
 * @dvc-kit/sdk/core — what every use of the SDK needs, and nothing per resource: {@link connect},
 * the errors, the contract's types, the identifier validators and the date format. Add the resources
 * a page uses from their own entries (`@dvc-kit/sdk/services`, `/dossiers`, `/attachments`,
 * `/payments`, `/petitions`, `/stats`, `/account`); `createClient` in `@dvc-kit/sdk` gives them all at once.
 *
 * @example
 * ```ts
 * import { connect, isDvcError } from '@dvc-kit/sdk/core';
 * import { services } from '@dvc-kit/sdk/services';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const birth = await services(connection).get('1.001193');
 * ```
 * @packageDocumentation
 */
export { connect, type DvcConnection } from './connection.js';
export type { ClientOptions, RequestOptions, RetryOptions } from './http.js';
export {
  DvcAuthenticationError, DvcConflictError, DvcConnectionError, DvcError, DvcInvalidRequestError, DvcNotFoundError,
  DvcPermissionError, DvcRateLimitError, DvcResponseValidationError, DvcServerError, DvcTimeoutError,
  DvcValidationError, isDvcError, type DvcErrorByType, type DvcErrorInit, type DvcErrorType,
} from './errors.js';
export { PageList, type Page } from './pagination.js';
// The contract's types and identifier validators, so apps and widgets need one import. The
// schemas, route table, reference data and message catalogues are in `@dvc-kit/sdk/contract`.
export type * from '@dvc-kit/contract';
export { checkCitizenId, checkEmail, checkMobile, checkTaxCode, formatDate } from '@dvc-kit/contract';
