/**
 * @dvc-kit/sdk/server — helpers for servers only (never bundle them into a page): webhook
 * signature verification with Web Crypto, so it runs in Node, Deno, Bun and edge workers, the
 * backend-for-frontend of citizen login (`createAuth`, on openid-client and jose), and the status sync
 * of a one-stop system (`sync`: push dossier records, read the change feed), and the webhook
 * registrations of a secret key (`webhooks`: register, list, delete, rotate the signing secret).
 * @example
 * ```ts
 * import { verifyWebhook } from '@dvc-kit/sdk/server';
 * const event = await verifyWebhook(rawBody, request.headers.get('dvc-signature'), process.env.DVC_WEBHOOK_SECRET!);
 * ```
 * @packageDocumentation
 */
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookErrorCode } from './webhooks.js';
export type { Webhook, WebhookEvent, WebhookEventType, WebhookWithSecret } from '@dvc-kit/contract';
export { webhooks, WebhooksResource, type WebhookCallOptions, type WebhookCreateInput } from './webhooks-resource.js';
export {
  createAuth, AuthError, DEFAULT_SCOPES, type ActiveSession, type Auth, type AuthLogEntry, type AuthOptions,
} from './auth/auth.js';
export type { PortalOptions } from './auth/portal.js';
export { memorySessionStore, type AuthSession, type SessionStore, type SessionUser } from './auth/store.js';
export { toNodeHandler, type NodeHandlerOptions } from './node.js';
export {
  sync, SyncResource, type CheckpointStore, type SyncChangesOptions, type SyncPushOptions, type SyncRecordProblem, type SyncTotals,
} from './sync.js';
export {
  fromIgate, fromOpenCps, vnDateTimeToIso, type AdaptedRecord, type AdapterOptions, type AdapterProblem, type AdapterProblemCode,
  type IgateDossier, type IgateOptions, type IgateStatusUpdate, type OneStopFee, type OneStopProgress, type OneStopResult,
  type OneStopSupplement, type OpenCpsDossier, type OpenCpsOptions, type VnDateTime,
} from './sync-adapters.js';
export type {
  SyncChange, SyncChangesPage, SyncDossier, SyncDossierRecord, SyncDossierRecordInput, SyncProgress, SyncPushResult, SyncRecordResult,
} from '@dvc-kit/contract';
