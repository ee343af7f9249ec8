/**
 * Stored answers of idempotency keys (table `idempotency`; server.ts decides when to replay). As
 * Stripe keeps them, for `idempotencyTtlSeconds` (24 h by default): a key older than that is taken as
 * new, and the simulation loop purges expired rows in bounded chunks (a status-sync push stores one
 * answer per batch of 1,000 records, about 100 MB per million records, which would otherwise stay
 * for good).
 */
import type { Sandbox } from '../context.js';
import { statements } from './changes.js';

export interface StoredAnswer {
  request_hash: string;
  /** Null while the first request is being handled ("in use"). */
  status: number | null;
  body: string | null;
  created_at: string;
}

const sql = statements((db) => ({
  find: db.prepare('SELECT request_hash, status, body, created_at FROM idempotency WHERE key = ? AND idempotency_key = ?'),
  take: db.prepare(
    'INSERT OR REPLACE INTO idempotency (key, idempotency_key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, NULL, NULL, ?)',
  ),
  answer: db.prepare('UPDATE idempotency SET status = ?, body = ? WHERE key = ? AND idempotency_key = ?'),
  release: db.prepare('DELETE FROM idempotency WHERE key = ? AND idempotency_key = ?'),
  // Oldest first through the index of migration 11; a chunk is one short write.
  purge: db.prepare('DELETE FROM idempotency WHERE rowid IN (SELECT rowid FROM idempotency WHERE created_at < ? ORDER BY created_at LIMIT ?)'),
}));

/** How long a stored answer is replayed, in ms. */
export const idempotencyTtlMs = (sb: Sandbox) => sb.options.idempotencyTtlSeconds * 1000;

/** The stored answer of `idempotencyKey` sent with API key `key`, expired or not (the caller compares its age). */
export function findAnswer(sb: Sandbox, key: string, idempotencyKey: string): StoredAnswer | undefined {
  return sql(sb.db).find.get(key, idempotencyKey) as StoredAnswer | undefined;
}

/** Marks the key "in use" by a request being handled (replacing an expired or abandoned row). */
export function takeKey(sb: Sandbox, key: string, idempotencyKey: string, route: string, requestHash: string): void {
  sql(sb.db).take.run(key, idempotencyKey, route, requestHash, sb.now().toISOString());
}

/** Keeps the answer for replays. */
export function storeAnswer(sb: Sandbox, key: string, idempotencyKey: string, status: number, body: string): void {
  sql(sb.db).answer.run(status, body, key, idempotencyKey);
}

/** Forgets the key: its request may be sent again and handled anew (a server error, a 429). */
export function releaseKey(sb: Sandbox, key: string, idempotencyKey: string): void {
  sql(sb.db).release.run(key, idempotencyKey);
}

/**
 * Deletes stored answers older than the retention, at most `chunk` rows per statement and `chunks`
 * statements per call (each tick of the simulation loop), so a large backlog never holds the
 * database for long: the rest goes at the next ticks. Returns how many rows were deleted.
 */
export function expireIdempotencyKeys(sb: Sandbox, chunk = 500, chunks = 10): number {
  const s = sql(sb.db);
  const cutoff = new Date(sb.now().getTime() - idempotencyTtlMs(sb)).toISOString();
  let deleted = 0;
  for (let i = 0; i < chunks; i++) {
    const { changes } = s.purge.run(cutoff, chunk);
    deleted += changes;
    if (changes < chunk) break;
  }
  return deleted;
}
