/**
 * @dvc-kit/elements — web components for Vietnam's National Public Service Portal (Cổng Dịch vụ công
 * Quốc gia). Importing this module registers every widget; import `@dvc-kit/elements/<tag>` to
 * register one. The CDN build (`dist/cdn/dvc-kit.js`) is this module with its dependencies.
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
export { DvcElement } from './shared/dvc-element.js';
export type { DraftStorage } from './shared/draft.js';
export { DvcConfigElement } from './dvc-config/index.js';
export { DvcServiceSearch, type ServiceSelectDetail } from './dvc-service-search/index.js';
export { DvcServiceDetail, type StartSubmissionDetail } from './dvc-service-detail/index.js';
export * from './dvc-dossier-form/index.js';
export * from './dvc-dossier-tracker/index.js';
export * from './dvc-payment/index.js';
export * from './dvc-petition-form/index.js';
export * from './dvc-petition-list/index.js';
