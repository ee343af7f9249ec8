import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachmentLimits, type Attachment, type AttachmentType } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { formatBytes } from '../http/body.js';
import type { Module } from '../server.js';
import { newId } from '../util/ids.js';

const zip = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes each accepted type must start with: a renamed .exe is not a PDF. */
const signatures: Record<AttachmentType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zip,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': zip,
};

/** A display name without folders, control characters or excessive length. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'tep-dinh-kem';
}

export const attachmentsModule: Module = {
  handlers: {
    'attachments.upload': async ({ body, sb, key }) => {
      const file = body.get('file');
      if (!(file instanceof File)) throw new ApiError(400, 'file_missing');
      const name = cleanName(file.name);
      const type = (file.type || 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
      if (file.size === 0) throw new ApiError(400, 'file_empty', { name });
      if (file.size > attachmentLimits.maxBytes) {
        throw new ApiError(413, 'file_too_large', { name, limit: formatBytes(attachmentLimits.maxBytes) });
      }
      if (!Object.hasOwn(signatures, type)) throw new ApiError(415, 'file_type_not_allowed', { type });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const signature = signatures[type as AttachmentType];
      if (!signature.every((b, i) => bytes[i] === b)) throw new ApiError(415, 'file_content_mismatch', { name, type });

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
        .prepare('INSERT INTO attachments (id, name, type, size, sha256, path, key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, name, type, attachment.size, sha256, path, key!.key, attachment.createdAt);
      return attachment;
    },
  },
};
