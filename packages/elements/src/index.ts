/**
 * @dvc-kit/elements — web components for Vietnam's National Public Service Portal (Cổng Dịch vụ công
 * Quốc gia). Importing this module registers every widget; import `@dvc-kit/elements/<tag>` to
 * register one. The CDN build `dist/cdn/dvc-kit.bundle.js` is this module with its dependencies, in one
 * file; `dist/cdn/dvc-kit.js` is the loader that fetches each widget's code when its tag appears.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/dvc-kit.js"></script>
 * <dvc-config base-url="https://sandbox.dvc.example" publishable-key="pk_test_dvckit_local"></dvc-config>
 * <dvc-service-search></dvc-service-search>
 * ```
 * @packageDocumentation
 */
export { configure, type DvcConfig } from './shared/config.js';
/**
 * The SDK's `createClient` and `formatDate`, re-exported so a page that loads the single-file CDN build
 * can call the API from its own script (statistics, a custom list…) and write dates as the widgets do
 * (`07/12/2026 09:05`) without loading the SDK a second time. Beside the loader (`dvc-kit.js`), the
 * same come from `sdk.js`.
 *
 * @example
 * ```js
 * import { createClient, formatDate } from 'https://cdn.example/dvc-kit.bundle.js';
 * const dvc = createClient({ baseUrl: '/', key: 'pk_test_dvckit_local' });
 * const stats = await dvc.stats.get();
 * const updated = formatDate('vi', stats.generatedAt, true);
 * ```
 */
export { createClient, formatDate } from '@dvc-kit/sdk';
export { DvcElement } from './shared/dvc-element.js';
export type { DraftStorage } from './shared/draft.js';
export type { Answers, SavedFile } from './shared/form/index.js';
export type { FormKey } from './shared/form/strings.js';
export type { Overrides } from './shared/localize.js';
export { DvcConfigElement } from './dvc-config/index.js';
export { DvcServiceSearch, type SearchKey, type ServiceSelectDetail } from './dvc-service-search/index.js';
export { DvcServiceDetail, type DetailKey, type DvcServiceDetailLoadDetail, type StartSubmissionDetail } from './dvc-service-detail/index.js';
export * from './dvc-dossier-form/index.js';
export * from './dvc-dossier-tracker/index.js';
export * from './dvc-payment/index.js';
export * from './dvc-petition-form/index.js';
export * from './dvc-petition-list/index.js';
export * from './dvc-petition-lookup/index.js';
export * from './dvc-account/index.js';
export * from './dvc-my-dossiers/index.js';
export * from './dvc-rating/index.js';
export * from './dvc-portal-stats/index.js';
