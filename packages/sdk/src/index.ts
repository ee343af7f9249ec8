/**
 * @dvc-kit/sdk — a typed client of Vietnam's National Public Service Portal API (Cổng Dịch vụ công
 * Quốc gia) for browsers, Node ≥ 20 and any runtime with standard `fetch`.
 *
 * @example
 * ```ts
 * import { createClient, isDvcError } from '@dvc-kit/sdk';
 * const dvc = createClient({ baseUrl, key: 'pk_test_dvckit_local' });
 * const birth = await dvc.services.get('1.001193');
 * ```
 * @packageDocumentation
 */
export { createClient, type DvcClient } from './client.js';
export type { ClientOptions, RequestOptions, RetryOptions } from './http.js';
export {
  DvcAuthenticationError, DvcConflictError, DvcConnectionError, DvcError, DvcInvalidRequestError, DvcNotFoundError,
  DvcPermissionError, DvcRateLimitError, DvcResponseValidationError, DvcServerError, DvcTimeoutError,
  DvcValidationError, isDvcError, type DvcErrorByType, type DvcErrorInit, type DvcErrorType,
} from './errors.js';
export { PageList, type Page } from './pagination.js';
export type { ServicesResource, ServiceSearchParams } from './resources/services.js';
export type { AttachmentsResource, UploadOptions, UploadProgress } from './resources/attachments.js';
export type { DossiersResource, WatchOptions } from './resources/dossiers.js';
export type { PaymentsResource, WaitOptions } from './resources/payments.js';
export type { PetitionCategoryItem, PetitionsResource, PetitionListParams, VerifierOptions } from './resources/petitions.js';
export type { StatsResource } from './resources/stats.js';
// The contract's types and identifier validators, so apps and widgets need one import. The
// schemas, route table, reference data and message catalogues are in `@dvc-kit/sdk/contract`.
export type * from '@dvc-kit/contract';
export { checkCitizenId, checkEmail, checkMobile, checkTaxCode, formatDate } from '@dvc-kit/contract';
