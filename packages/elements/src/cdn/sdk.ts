/**
 * `/cdn/sdk.js`: the SDK for a page's own script beside the one-tag embed (statistics, a custom
 * list…): `createClient`, or `connect` and the resources (`services(connection)`…), `formatDate`,
 * `configure`. It comes from the same build as the widgets, so shared code is fetched once; a client
 * made here also serves widgets of another copy of the kit (the single file).
 * @example
 * ```js
 * const { createClient, formatDate } = await import('https://cdn.example/sdk.js');
 * const dvc = createClient({ baseUrl: '/', key: 'pk_test_dvckit_local' });
 * const stats = await dvc.stats.get();
 * ```
 * @packageDocumentation
 */
export {
  attachments, connect, createClient, dossiers, formatDate, isDvcError, payments, petitions, services, stats,
} from '@dvc-kit/sdk';
export { configure } from '../shared/config.js';
