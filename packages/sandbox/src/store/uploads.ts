// Uploads that no dossier uses yet ("pending"): the room they take per key and per client, and
// their expiry. An upload stops being pending once a dossier (or its supplement) lists it; the
// simulation loop deletes pending uploads older than `uploadExpirySeconds`, row and bytes.
import { rmSync } from 'node:fs';
import type { Sandbox } from '../context.js';

const notAttached = 'NOT EXISTS (SELECT 1 FROM dossier_attachments d WHERE d.attachment_id = a.id)';

/** Where pending uploads are counted: all of a key's, or one client's of that key (`pk_…@address`, as budgets name it). */
export interface UploadScope {
  key: string;
  client?: string;
}

/** When an upload made at `createdAt` expires unless a dossier uses it. */
export const uploadExpiry = (sb: Sandbox, createdAt: string): Date =>
  new Date(Date.parse(createdAt) + sb.options.uploadExpirySeconds * 1000);

/** The pending uploads of a scope that have not expired, oldest first (size and creation time). */
function pending(sb: Sandbox, scope: UploadScope): { size: number; created_at: string }[] {
  const since = new Date(sb.now().getTime() - sb.options.uploadExpirySeconds * 1000).toISOString();
  const byClient = scope.client === undefined ? '' : ' AND a.client = @client';
  return sb.db
    .prepare(
      `SELECT a.size, a.created_at FROM attachments a
       WHERE a.key = @key AND a.created_at > @since${byClient} AND ${notAttached} ORDER BY a.created_at, a.id`,
    )
    .all({ ...scope, since }) as { size: number; created_at: string }[];
}

/**
 * Whether `size` more bytes fit in a scope holding at most `limit` bytes of pending uploads. When
 * they do not, `used` is what the scope holds and `freesAt` the moment enough of its oldest uploads
 * will have expired to make room (null if the file is larger than the limit itself).
 */
export function uploadRoom(
  sb: Sandbox, scope: UploadScope, size: number, limit: number,
): { fits: true } | { fits: false; used: number; freesAt: Date | null } {
  const rows = pending(sb, scope);
  const used = rows.reduce((sum, r) => sum + r.size, 0);
  if (used + size <= limit) return { fits: true };
  if (size > limit) return { fits: false, used, freesAt: null };
  let left = used;
  for (const row of rows) {
    left -= row.size;
    if (left + size <= limit) return { fits: false, used, freesAt: uploadExpiry(sb, row.created_at) };
  }
  return { fits: false, used, freesAt: null };
}

/** Per sandbox: the creation time up to which every upload has been looked at by the sweep. */
const swept = new WeakMap<Sandbox, string>();

/**
 * Deletes uploads no dossier uses once they are `uploadExpirySeconds` old: the bytes (file or
 * memory), then the row. Uploads older than the last sweep's cut-off were all either deleted or
 * attached then (an attached upload stays attached), so each sweep reads only the newly due ones.
 */
export function expireUploads(sb: Sandbox): number {
  const cutoff = new Date(sb.now().getTime() - sb.options.uploadExpirySeconds * 1000).toISOString();
  const from = swept.get(sb) ?? '';
  if (cutoff <= from) return 0;
  const due = sb.db
    .prepare(`SELECT a.id, a.path FROM attachments a WHERE a.created_at > ? AND a.created_at <= ? AND ${notAttached}`)
    .all(from, cutoff) as { id: string; path: string }[];
  const remove = sb.db.prepare('DELETE FROM attachments WHERE id = ?');
  for (const { id, path } of due) {
    sb.memoryFiles.delete(id);
    if (sb.filesDir && !path.startsWith('memory:')) rmSync(path, { force: true });
    remove.run(id);
  }
  swept.set(sb, cutoff);
  if (due.length) sb.log(`${due.length} unused upload(s) expired`);
  return due.length;
}
