import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime, map } from './common.js';
import { httpUrl } from './payments.js';

export const webhookEventType = z.enum([
  'dossier.status_changed',
  'dossier.rated',
  'payment.succeeded',
  'payment.failed',
  'payment.cancelled',
  'payment.expired',
  'petition.answered',
]);
export type WebhookEventType = z.infer<typeof webhookEventType>;

export const webhookCreateInput = z.object({
  url: httpUrl.check(z.maxLength(2000)),
  events: z.array(webhookEventType).check(z.minLength(1)),
});

export const webhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventType),
  createdAt: dateTime,
});
/**
 * The answer to a registration. The signing secret is shown once, in the first answer: a replay of
 * the request (same `Idempotency-Key`, `Idempotency-Replayed: true`) answers the same webhook
 * without it, and nothing shows it again. Lost the first answer? Delete the webhook and register
 * it again.
 */
export const webhookWithSecret = z.extend(webhook, {
  secret: z.optional(z.string().check(z.meta({
    description:
      'The signing secret (whsec_…), in the first answer only: a replay (Idempotency-Replayed: true) leaves it out, '
      + 'and no other route shows it. If the first answer was lost, delete the webhook and register it again.',
  }))),
});
/** Hours the previous signing secret keeps signing deliveries after a rotation (rotate-secret). */
export const webhookSecretOverlapHours = 24;
export type Webhook = z.infer<typeof webhook>;
export type WebhookWithSecret = z.infer<typeof webhookWithSecret>;
export const webhookList = z.object({ data: z.array(webhook) });
export const webhookIdParams = z.object({ id: z.string().check(z.regex(/^wh_[0-9A-Za-z]{16,40}$/)) });

/** The body of a webhook delivery, signed with `Dvc-Signature: t=<unix>,v1=<hex>`. */
export const webhookEvent = z.object({
  id: z.string(),
  type: webhookEventType,
  createdAt: dateTime,
  data: map(z.unknown()),
});
export type WebhookEvent = z.infer<typeof webhookEvent>;

export const health = z.object({ status: z.enum(['ok']), version: z.string() });

/** The health check. */
export const healthRoute = {
  method: 'GET', path: '/v1/health',   scope: null,
  status: 200, response: health,
} as const satisfies RouteDef;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const webhooksCreate = {
  method: 'POST', path: '/v1/webhooks', scope: 'webhooks', idempotent: true,
  body: webhookCreateInput, status: 201, response: webhookWithSecret,
} as const satisfies RouteDef;

const webhooksList = {
  method: 'GET', path: '/v1/webhooks', scope: 'webhooks',
  status: 200, response: webhookList,
} as const satisfies RouteDef;

/**
 * Rotates a webhook's signing secret: the answer carries the new secret once (a replay with the same
 * `Idempotency-Key` answers without it, as create does). The previous secret stays valid for
 * {@link webhookSecretOverlapHours} hours: deliveries are signed with both meanwhile (two `v1` in
 * `Dvc-Signature`), so a receiver verifying with either secret accepts them. Rotating again ends the
 * older overlap at once.
 */
const webhooksRotateSecret = {
  method: 'POST', path: '/v1/webhooks/{id}/rotate-secret', scope: 'webhooks', idempotent: true,
  params: webhookIdParams, status: 200, response: webhookWithSecret,
} as const satisfies RouteDef;

const webhooksDelete = {
  method: 'DELETE', path: '/v1/webhooks/{id}', scope: 'webhooks',
  params: webhookIdParams, status: 204,
} as const satisfies RouteDef;

/** Webhook registrations (secret keys). */
export const webhookRoutes = {
  create: webhooksCreate, list: webhooksList, delete: webhooksDelete, rotateSecret: webhooksRotateSecret,
} as const;
