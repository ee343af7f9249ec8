// Uploads that no dossier uses yet ("pending"): the room they take per key and per client, and
// their expiry. An upload stops being pending once a dossier (or its supplement) lists it; the
// simulation loop deletes pending uploads older than `uploadExpirySeconds`, row and bytes, and a
// publishable key's full room is made room in by deleting its biggest holders' oldest (`makeRoom`).
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

/** Deletes one upload: its bytes (file or memory), then its row. */
function deleteUpload(sb: Sandbox, id: string, path: string): void {
  sb.memoryFiles.delete(id);
  if (sb.filesDir && !path.startsWith('memory:')) rmSync(path, { force: true });
  sb.db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
}

/**
 * Makes room for `size` more bytes from `client` in its publishable key's room of `limit` bytes, by
 * deleting pending uploads of the key's other clients: each time the oldest upload of the client
 * holding the most bytes (of equal holders, the one idle longest), until the upload fits. A key
 * shared by every citizen of a portal is then never locked by a few clients, while what it keeps
 * stays at most `limit`. The caller has checked that `client` stays within its own share, which is
 * at most `limit`; if deleting every other client's uploads would still not be enough (a share set
 * larger than the key's room), nothing is deleted and the result is false.
 *
 * The trade-off: the deleted upload may be an honest citizen's, mid-form; the submission naming it
 * then gets `attachment.not_found` on its field and the citizen chooses the file again. Taking from
 * the biggest holder first means the victim always holds at least as much as any other client of
 * the key (a flood of full shares is deleted before a citizen's two papers), and, among equal
 * holders, the one idle longest (more likely abandoned than mid-form). A flood from many addresses
 * each holding little can still reach a citizen's uploads: re-uploading a file is the cost, where
 * refusing would have cost every citizen of the portal a day.
 */
export function makeRoom(sb: Sandbox, key: string, client: string, size: number, limit: number): { deleted: number } | false {
  const since = new Date(sb.now().getTime() - sb.options.uploadExpirySeconds * 1000).toISOString();
  const rows = sb.db
    .prepare(
      `SELECT a.id, a.path, a.size, a.client FROM attachments a
       WHERE a.key = @key AND a.created_at > @since AND ${notAttached} ORDER BY a.created_at, a.id`,
    )
    .all({ key, since }) as { id: string; path: string; size: number; client: string }[];
  let used = rows.reduce((sum, r) => sum + r.size, 0);
  // Each other client's uploads, oldest first, with its total and when it last uploaded.
  const holders = new Map<string, { uploads: typeof rows; held: number; last: number }>();
  rows.forEach((row, order) => {
    if (row.client === client) return;
    const holder = holders.get(row.client) ?? { uploads: [], held: 0, last: 0 };
    holder.uploads.push(row);
    holder.held += row.size;
    holder.last = order;
    holders.set(row.client, holder);
  });
  const victims: typeof rows = [];
  while (used + size > limit) {
    let biggest: { uploads: typeof rows; held: number; last: number } | undefined;
    for (const holder of holders.values()) {
      if (!holder.uploads.length) continue;
      if (!biggest || holder.held > biggest.held || (holder.held === biggest.held && holder.last < biggest.last)) biggest = holder;
    }
    if (!biggest) return false;
    const victim = biggest.uploads.shift()!;
    biggest.held -= victim.size;
    used -= victim.size;
    victims.push(victim);
  }
  for (const { id, path } of victims) deleteUpload(sb, id, path);
  if (victims.length) {
    sb.log(`${victims.length} unused upload(s) of ${new Set(victims.map((v) => v.client)).size} other client(s) deleted to make room for ${client}`);
  }
  return { deleted: victims.length };
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
  for (const { id, path } of due) deleteUpload(sb, id, path);
  swept.set(sb, cutoff);
  if (due.length) sb.log(`${due.length} unused upload(s) expired`);
  return due.length;
}
