/**
 * @dvc-kit/sdk — a typed client of Vietnam's National Public Service Portal API (Cổng Dịch vụ công
 * Quốc gia) for browsers, Node ≥ 20 and any runtime with standard `fetch`. `createClient` gives every
 * resource; a page that uses one or two can start from `@dvc-kit/sdk/core` and the resources' own
 * entries, and carry only those (this entry exports the same, and bundlers drop what is unused).
 *
 * @example
 * ```ts
 * import { createClient, isDvcError } from '@dvc-kit/sdk';
 * const dvc = createClient({ baseUrl, key: 'pk_test_dvckit_local' });
 * const birth = await dvc.services.get('1.001193');
 * ```
 * @packageDocumentation
 */
export * from './core.js';
export { createClient, type DvcClient } from './client.js';
export { services, ServicesResource, type ServiceSearchParams } from './resources/services.js';
export { attachments, AttachmentsResource, type UploadOptions, type UploadProgress } from './resources/attachments.js';
export { dossiers, DossiersResource, type SubmitOptions, type WatchOptions } from './resources/dossiers.js';
export { payments, PaymentsResource, type WaitOptions } from './resources/payments.js';
export { petitions, PetitionsResource, type PetitionCategoryItem, type PetitionListParams, type VerifierOptions } from './resources/petitions.js';
export { stats, StatsResource } from './resources/stats.js';
export { ratings, RatingsResource } from './resources/ratings.js';
export {
  account, AccountDraftsResource, accountRatings, AccountRatingsResource, AccountResource, type AccountDossierParams,
} from './resources/account.js';
