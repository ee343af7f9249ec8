// Uploaded files (attachments): their bytes (a file in the data dir, or memory) and their rows.
// store/uploads.ts keeps the room and expiry of those no dossier uses yet.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { newId } from '../util/ids.js';

/** The media type of an uploaded file, or undefined when there is no such upload (or it expired). */
export const attachmentType = (sb: Sandbox, id: string): string | undefined =>
  sb.db.prepare('SELECT type FROM attachments WHERE id = ?').pluck().get(id) as string | undefined;

/** Keeps an upload of `key` from `client` (`pk_…@address`): its bytes, then its row. */
export function storeAttachment(
  sb: Sandbox, file: { name: string; type: string; bytes: Uint8Array }, key: string, client: string,
): Attachment {
  const { name, type, bytes } = file;
  const id = newId('att');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let path = `memory:${id}`;
  if (sb.filesDir) {
    path = join(sb.filesDir, id);
    writeFileSync(path, bytes);
  } else {
    sb.memoryFiles.set(id, bytes);
  }
  const attachment: Attachment = { id, name, type, size: bytes.byteLength, sha256, createdAt: sb.now().toISOString() };
  sb.db
    .prepare('INSERT INTO attachments (id, name, type, size, sha256, path, key, client, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, name, type, attachment.size, sha256, path, key, client, attachment.createdAt);
  return attachment;
}
