/**
 * @dvc-kit/sdk/contract — the whole API contract (schemas, route table, reference data such as the
 * 34 provinces, labels, message catalogues), re-exported so apps depend on the SDK alone. Import
 * only what you use: the main entry stays small because it leaves these out.
 * @example
 * ```ts
 * import { provinces, dossierStatusInfo } from '@dvc-kit/sdk/contract';
 * ```
 * @packageDocumentation
 */
export * from '@dvc-kit/contract';
