// Webhook registrations of a secret key: register, list, delete, rotate the signing secret.
import { webhookRoutes, type Webhook, type WebhookEventType, type WebhookWithSecret } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';

/** What {@link WebhooksResource.create} registers. */
export interface WebhookCreateInput {
  /** Where deliveries are POSTed: a public http(s) URL (up to 2,000 characters). */
  url: string;
  /** The event types to deliver (at least one). */
  events: WebhookEventType[];
}

/** Options of a call: an `Idempotency-Key` of your own (POSTs), an abort signal. */
export type WebhookCallOptions = Pick<RequestOptions, 'idempotencyKey' | 'signal'>;

/**
 * The webhook registrations of a secret key of scope `webhooks`. Each key sees and changes only its
 * own webhooks. Deliveries are signed (`Dvc-Signature`): check them with {@link verifyWebhook}.
 * @example
 * ```ts
 * import { createClient } from '@dvc-kit/sdk';
 * import { webhooks } from '@dvc-kit/sdk/server';
 *
 * const dvc = createClient({ baseUrl: 'https://api.dichvucong.example', key: process.env.DVC_SECRET_KEY! });
 * const hook = await webhooks(dvc.connection).create({ url: 'https://example.gov.vn/hooks/dvc', events: ['dossier.status_changed'] });
 * await saveSecret(hook.id, hook.secret!); // shown this once
 * ```
 */
export class WebhooksResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Registers a webhook. The answer carries its signing secret (`whsec_…`) once: keep it now. A
   * retry of the same request (same Idempotency-Key, after a lost answer) answers the same webhook
   * without the secret; then delete it and register again.
   * @example
   * ```ts
   * const hook = await webhooks(dvc.connection).create({ url: 'https://example.gov.vn/hooks/dvc', events: ['payment.succeeded'] });
   * process.env.DVC_WEBHOOK_SECRET = hook.secret;
   * ```
   */
  create(input: WebhookCreateInput, options: WebhookCallOptions = {}): Promise<WebhookWithSecret> {
    return this.#http.call(webhookRoutes.create, { body: input }, options);
  }

  /**
   * The key's webhooks, oldest first (without secrets).
   * @example
   * ```ts
   * for (const hook of await webhooks(dvc.connection).list()) console.log(hook.id, hook.url, hook.events.join(', '));
   * ```
   */
  async list(options: WebhookCallOptions = {}): Promise<Webhook[]> {
    return (await this.#http.call(webhookRoutes.list, {}, options)).data;
  }

  /**
   * Removes a webhook of the key: no more deliveries, pending ones included. Rejects with a
   * `not_found` error (code `webhook_not_found`) when the key has no webhook with that id.
   * @example
   * ```ts
   * await webhooks(dvc.connection).delete('wh_4f8a0c2e9b1d7a3c');
   * ```
   */
  async delete(id: string, options: WebhookCallOptions = {}): Promise<void> {
    await this.#http.call(webhookRoutes.delete, { params: { id } }, options);
  }

  /**
   * Gives a webhook a new signing secret, in the answer once (a retry with the same Idempotency-Key
   * answers without it). The previous secret keeps signing deliveries too for 24 hours (two `v1` in
   * `Dvc-Signature`), so deploy the new secret to the receiver within that time: meanwhile it
   * verifies with either. Rotating again ends the older overlap at once. Rejects with a `not_found`
   * error (code `webhook_not_found`) when the key has no webhook with that id.
   * @example
   * ```ts
   * const { secret } = await webhooks(dvc.connection).rotateSecret(hook.id);
   * await secrets.put('DVC_WEBHOOK_SECRET', secret!); // then redeploy the receiver within 24 h
   * ```
   */
  rotateSecret(id: string, options: WebhookCallOptions = {}): Promise<WebhookWithSecret> {
    return this.#http.call(webhookRoutes.rotateSecret, { params: { id } }, options);
  }
}

/**
 * The webhook registrations of a connection made with a secret key of scope `webhooks`
 * (`createClient({ key: 'sk_…' }).connection`). One instance per connection.
 * @example
 * ```ts
 * import { createClient } from '@dvc-kit/sdk';
 * import { webhooks } from '@dvc-kit/sdk/server';
 *
 * const dvc = createClient({ baseUrl: 'http://127.0.0.1:8787', key: 'sk_test_dvckit_local' });
 * const hook = await webhooks(dvc.connection).create({ url: 'https://example.gov.vn/hooks/dvc', events: ['dossier.status_changed'] });
 * const { secret } = await webhooks(dvc.connection).rotateSecret(hook.id);
 * ```
 */
export const webhooks: (connection: DvcConnection) => WebhooksResource = /* @__PURE__ */ resourceOf((http) => new WebhooksResource(http));
