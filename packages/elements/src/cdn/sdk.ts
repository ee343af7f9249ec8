/**
 * `/cdn/sdk.js`: the SDK for a page's own script beside the one-tag embed (statistics, a custom
 * list…), from the same build as the widgets, so a client given to `configure({ client })` is the
 * widgets' own kind and shared code is fetched once.
 * @example
 * ```js
 * const { createClient, formatDate } = await import('https://cdn.example/sdk.js');
 * const dvc = createClient({ baseUrl: '/', key: 'pk_test_dvckit_local' });
 * const stats = await dvc.stats.get();
 * ```
 * @packageDocumentation
 */
export { createClient, connect, formatDate, isDvcError } from '@dvc-kit/sdk';
export { configure } from '../shared/config.js';
