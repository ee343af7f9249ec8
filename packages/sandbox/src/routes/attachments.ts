import { attachmentLimits, formatDate, type AttachmentType, type Locale } from '@dvc-kit/contract';
import type { ApiKey } from '../config.js';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { formatBytes } from '../http/body.js';
import type { Module } from '../server.js';
import { storeAttachment } from '../store/attachments.js';
import { expireUploads, makeRoom, uploadRoom } from '../store/uploads.js';

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

/** `24 giờ` / `24 hours`, or minutes when the time is not whole hours. */
function duration(locale: Locale, seconds: number): string {
  const hours = seconds / 3600;
  if (Number.isInteger(hours)) return locale === 'vi' ? `${hours} giờ` : `${hours} hour${hours === 1 ? '' : 's'}`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return locale === 'vi' ? `${minutes} phút` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Refuses an upload that would take a client of a publishable key (key + address) past its share of
 * room for uploads no dossier uses yet: 413 `upload_quota_exceeded`, with `Retry-After` set to when
 * enough of its oldest of them expire. When the key's room (its ceiling) is what is full, a client
 * within its share is not refused: the oldest uploads of the key's biggest other holders are deleted
 * to make room (`makeRoom`: a few clients cannot lock out a portal's citizens). A secret key is one
 * server: only the ceiling applies, and past it the answer is 413 `upload_storage_full`.
 */
function checkRoom(sb: Sandbox, key: ApiKey, client: string, name: string, size: number, locale: Locale): void {
  const { uploadClientQuotaBytes: share, uploadKeyQuotaBytes: ceiling } = sb.options;
  expireUploads(sb); // what is due goes before anything is counted or made room for
  const publishable = key.kind === 'publishable';
  const scopes = [
    ...(publishable ? [{ code: 'upload_quota_exceeded' as const, scope: { key: key.key, client }, limit: share }] : []),
    { code: 'upload_storage_full' as const, scope: { key: key.key }, limit: ceiling },
  ];
  for (const { code, scope, limit } of scopes) {
    const room = uploadRoom(sb, scope, size, limit);
    if (room.fits) continue;
    if (!room.freesAt) throw new ApiError(413, 'file_too_large', { name, limit: formatBytes(limit) });
    if (code === 'upload_storage_full' && publishable && makeRoom(sb, key.key, client, size, limit)) continue;
    const retryAfter = Math.max(1, Math.ceil((room.freesAt.getTime() - sb.now().getTime()) / 1000));
    throw new ApiError(413, code, {
      limit: formatBytes(limit), expiry: duration(locale, sb.options.uploadExpirySeconds),
      at: formatDate(locale, room.freesAt, true), retryAfter,
    });
  }
}

export const attachmentsModule: Module = {
  handlers: {
    'attachments.upload': async ({ body, sb, key, client, locale }) => {
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

      checkRoom(sb, key!, client, name, bytes.byteLength, locale);

      return storeAttachment(sb, { name, type, bytes }, key!.key, client);
    },
  },

  tick(sb) {
    expireUploads(sb);
  },
};
