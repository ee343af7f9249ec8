/**
 * @dvc-kit/sdk/server — helpers for servers only (never bundle them into a page): webhook
 * signature verification with Web Crypto, so it runs in Node, Deno, Bun and edge workers, and the
 * backend-for-frontend of citizen login (`createAuth`, on openid-client and jose).
 * @example
 * ```ts
 * import { verifyWebhook } from '@dvc-kit/sdk/server';
 * const event = await verifyWebhook(rawBody, request.headers.get('dvc-signature'), process.env.DVC_WEBHOOK_SECRET!);
 * ```
 * @packageDocumentation
 */
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookErrorCode } from './webhooks.js';
export type { WebhookEvent, WebhookEventType } from '@dvc-kit/contract';
export {
  createAuth, AuthError, DEFAULT_SCOPES, type ActiveSession, type Auth, type AuthLogEntry, type AuthOptions,
} from './auth/auth.js';
export type { PortalOptions } from './auth/portal.js';
export { memorySessionStore, type AuthSession, type SessionStore, type SessionUser } from './auth/store.js';
export { toNodeHandler, type NodeHandlerOptions } from './node.js';
