/**
 * The log behind the change feed (`GET /v1/sync/changes`, store/sync.ts): table `sync_changes`
 * (migration 9), one row per change in commit order. Written here, in the transaction of the change,
 * by every writer of dossiers: `addHistory` (store/dossiers.ts: submissions, status moves, payments,
 * supplements) and the sync (store/sync.ts).
 */
import type { Sandbox } from '../context.js';
import type { Db } from './db.js';

/** Compiles a module's statements once per database (they are on hot paths: a batch of 1,000 records). */
export function statements<T>(make: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let made = cache.get(db);
    if (!made) cache.set(db, (made = make(db)));
    return made;
  };
}

const log = statements((db) => ({
  dropUpsert: db.prepare(`DELETE FROM sync_changes WHERE code = ? AND type = 'dossier.upserted'`),
  insert: db.prepare('INSERT INTO sync_changes (type, code, agency_code, version, history_id, at) VALUES (?, ?, ?, ?, ?, ?)'),
}));

/**
 * Records that dossier `code` changed: its upsert moves to the end of the log (a dossier keeps only its
 * latest one, the feed shows it as it is when read). With `historyId`, the portal also added that
 * progress entry, which the feed shows on its own. `created`: the dossier is new, so it has no upsert
 * to move yet (a removed dossier's went with it).
 */
export function logDossierChange(sb: Sandbox, code: string, agencyCode: string, historyId: number | null = null, created = false): void {
  const s = log(sb.db);
  const at = sb.now().toISOString();
  if (historyId !== null) s.insert.run('dossier.progress', code, agencyCode, null, historyId, at);
  if (!created) s.dropUpsert.run(code);
  s.insert.run('dossier.upserted', code, agencyCode, null, null, at);
}
