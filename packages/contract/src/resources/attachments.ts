import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime } from './common.js';

export const attachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  types: {
    'application/pdf': 'pdf',
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  },
} as const;
export type AttachmentType = keyof typeof attachmentLimits.types;

export const attachment = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.int(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  createdAt: dateTime,
});
export type Attachment = z.infer<typeof attachment>;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const attachmentsUpload = {
  method: 'POST', path: '/v1/attachments', scope: 'submit', idempotent: true,
  body: 'multipart', status: 201, response: attachment,
} as const satisfies RouteDef;

/** File uploads. */
export const attachmentRoutes = { upload: attachmentsUpload } as const;
