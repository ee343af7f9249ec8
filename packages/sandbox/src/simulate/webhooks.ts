/**
 * Webhook delivery: events the sandbox announces are queued for the webhooks that may hear of them
 * (store/webhooks.ts), then sent signed by the simulation loop, and retried with backoff.
 */
import type { Sandbox } from '../context.js';
import { claimDueDeliveries, enqueueEvent, recordDelivered, recordFailure, type DueDelivery } from '../store/webhooks.js';
import { signWebhook } from './webhook-signature.js';
import { postWebhook } from './webhook-target.js';

/** Deliveries sent per tick, in parallel. */
const BATCH = 20;
const TIMEOUT_MS = 5_000;
/** A claimed delivery is not picked up again before this, even if the process dies mid-send. */
const LEASE_MS = 60_000;
/** Waits after the 1st, 2nd… failed attempt; after the last one the delivery is given up. */
const BACKOFF_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000];
const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
const USER_AGENT = 'DVC-Kit-Sandbox/0.1';

/** Only the origin of a URL goes to the log (paths and queries may carry tokens). */
export const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid url)';
  }
};

async function deliver(sb: Sandbox, d: DueDelivery): Promise<void> {
  let status: number | null = null;
  let error: string | null = null;
  try {
    // The signature carries real time, not the simulated clock: receivers check it against theirs.
    const timestamp = Math.floor(Date.now() / 1000);
    // Only to a public address (checked on the address connected to), unless the operator allows private ones.
    status = await postWebhook(d.url, {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'dvc-event-id': d.event_id,
      // During a rotation's overlap the previous secret signs too: a second v1, so either secret verifies.
      'dvc-signature': signWebhook(d.previous_secret ? [d.secret, d.previous_secret] : d.secret, d.body, timestamp),
    }, d.body, { timeoutMs: TIMEOUT_MS, allowPrivate: sb.options.allowPrivateWebhooks });
    if (status < 200 || status > 299) error = `HTTP ${status}`;
  } catch (e) {
    const err = e as Error & { code?: string };
    error = err.name === 'TimeoutError'
      ? `timeout after ${TIMEOUT_MS} ms`
      : (err.code === 'ENOTPUBLIC' ? `refused: ${err.message}` : (err.code ?? err.message)).slice(0, 200);
  }

  const attempts = d.attempts + 1;
  if (!error) {
    recordDelivered(sb, d.id, attempts, status);
    sb.log(`webhook ${d.webhook_id} event ${d.event_id} delivered to ${originOf(d.url)} (${status})`);
    return;
  }
  const giveUp = attempts >= MAX_ATTEMPTS;
  const next = giveUp ? null : new Date(sb.now().getTime() + BACKOFF_MS[attempts - 1]!).toISOString();
  recordFailure(sb, d.id, attempts, next, status, error);
  sb.log(
    `webhook ${d.webhook_id} event ${d.event_id} to ${originOf(d.url)} failed (${error}); ` +
      (giveUp ? `gave up after ${attempts} attempts` : `retry at ${next}`),
  );
}

/** Queues every webhook event the sandbox announces (called once, when the app is built). */
export function queueWebhookEvents(sb: Sandbox): void {
  sb.events.on('webhook', ({ type, data, owner }) => {
    try {
      enqueueEvent(sb, type, data, owner);
    } catch (error) {
      sb.log(`internal error queueing webhook ${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** Sends the deliveries that are due, in parallel (the simulation loop's tick). */
export async function deliverDueWebhooks(sb: Sandbox): Promise<void> {
  const due = claimDueDeliveries(sb, BATCH, LEASE_MS);
  if (due.length) await Promise.all(due.map((d) => deliver(sb, d)));
}
