import type { DvcClient, ServiceSearchParams, ServiceSearchResult } from '@dvc-kit/sdk';

const MAX_ENTRIES = 30;
const MAX_AGE_MS = 5 * 60_000;
type Entries = Map<string, { at: number; value: ServiceSearchResult }>;
// Per client: two clients may differ in hooks or custom fetch, so they never share answers.
const caches = new WeakMap<DvcClient, Entries>();

/**
 * Searches through a small page-wide cache of recent answers (30 queries, 5 minutes): typing back
 * over a word, or two widgets asking the same, costs no request. Only answers are kept, never
 * failures, so a retry always reaches the network.
 */
export async function cachedSearch(client: DvcClient, params: ServiceSearchParams, signal: AbortSignal): Promise<ServiceSearchResult> {
  let entries = caches.get(client);
  if (!entries) caches.set(client, (entries = new Map()));
  const key = JSON.stringify(params, Object.keys(params).sort());
  const hit = entries.get(key);
  if (hit && performance.now() - hit.at < MAX_AGE_MS) {
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit.value;
  }
  const value = await client.services.search(params, { signal });
  entries.set(key, { at: performance.now(), value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
