import type { ServiceSearchParams, ServiceSearchResult } from '@dvc-kit/sdk';
import type { ServicesResource } from '@dvc-kit/sdk/services';

const MAX_ENTRIES = 30;
const MAX_AGE_MS = 5 * 60_000;
type Entries = Map<string, { at: number; value: ServiceSearchResult }>;
// Per connection (one services resource each): two may differ in hooks or custom fetch, so they never share answers.
const caches = new WeakMap<ServicesResource, Entries>();

/**
 * Searches through a small page-wide cache of recent answers (30 queries, 5 minutes): typing back
 * over a word, or two widgets asking the same, costs no request. Only answers are kept, never
 * failures, so a retry always reaches the network.
 */
export async function cachedSearch(services: ServicesResource, params: ServiceSearchParams, signal: AbortSignal): Promise<ServiceSearchResult> {
  let entries = caches.get(services);
  if (!entries) caches.set(services, (entries = new Map()));
  const key = JSON.stringify(params, Object.keys(params).sort());
  const hit = entries.get(key);
  if (hit && performance.now() - hit.at < MAX_AGE_MS) {
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit.value;
  }
  const value = await services.search(params, { signal });
  entries.set(key, { at: performance.now(), value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
