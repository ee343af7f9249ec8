/**
 * Webhooks: registrations per API key, and the queue of deliveries (one per event and subscribed
 * webhook) that simulate/webhooks.ts sends and retries.
 */
import type { WebhookEvent, WebhookEventType } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { newId } from '../util/ids.js';
import { json } from './db.js';
import { mayHear, type Owner } from './tenants.js';

export interface WebhookRow {
  id: string;
  key: string;
  url: string;
  events: string;
  secret: string;
  created_at: string;
  /** The secret before the last rotation, which also signs deliveries until previous_secret_until. */
  previous_secret: string | null;
  previous_secret_until: string | null;
}

export interface DueDelivery {
  id: number;
  webhook_id: string;
  event_id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
  /** The secret before a rotation, while it still signs deliveries (null otherwise). */
  previous_secret: string | null;
}

export const toWebhook = (row: WebhookRow) => ({
  id: row.id,
  url: row.url,
  events: json<WebhookEventType[]>(row.events)!,
  createdAt: row.created_at,
});

/**
 * Queues an event for every webhook subscribed to its type whose key may hear of it: the key that
 * made the dossier, payment or petition, or a key acting for its agency (store/tenants.ts).
 */
export function enqueueEvent(sb: Sandbox, type: string, data: Record<string, unknown>, owner: Owner): void {
  const hooks = (sb.db.prepare('SELECT id, key, events FROM webhooks').all() as Pick<WebhookRow, 'id' | 'key' | 'events'>[])
    .filter((h) => json<string[]>(h.events)!.includes(type) && mayHear(sb.keys, h.key, owner));
  if (!hooks.length) return;
  const now = sb.now().toISOString();
  const event = { id: newId('evt'), type: type as WebhookEventType, createdAt: now, data } satisfies WebhookEvent;
  const body = JSON.stringify(event);
  const insert = sb.db.prepare(
    `INSERT INTO webhook_deliveries (webhook_id, event_id, type, body, state, attempts, next_attempt_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?)`,
  );
  sb.db.transaction(() => {
    for (const h of hooks) insert.run(h.id, event.id, type, body, now);
  })();
}

/** Claims up to `batch` due deliveries (pushing their next attempt out by `leaseMs`) and returns them. */
export function claimDueDeliveries(sb: Sandbox, batch: number, leaseMs: number): DueDelivery[] {
  return sb.db.transaction(() => {
    const now = sb.now();
    const due = sb.db
      .prepare(
        `SELECT d.id, d.webhook_id, d.event_id, d.body, d.attempts, w.url, w.secret,
           CASE WHEN w.previous_secret_until > ? THEN w.previous_secret END AS previous_secret
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
         WHERE d.state = 'pending' AND d.next_attempt_at <= ?
         ORDER BY d.next_attempt_at, d.id LIMIT ?`,
      )
      .all(now.toISOString(), now.toISOString(), batch) as DueDelivery[];
    const lease = sb.db.prepare('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
    const until = new Date(now.getTime() + leaseMs).toISOString();
    for (const d of due) lease.run(until, d.id);
    return due;
  })();
}

/** Records a delivery's successful attempt (its `attempts`-th). */
export function recordDelivered(sb: Sandbox, id: number, attempts: number, status: number | null): void {
  sb.db
    .prepare(
      `UPDATE webhook_deliveries SET state = 'delivered', attempts = ?, next_attempt_at = NULL, last_status = ?, last_error = NULL
       WHERE id = ?`,
    )
    .run(attempts, status, id);
}

/** Records a delivery's failed attempt: retried at `next`, or given up (`next` null). */
export function recordFailure(
  sb: Sandbox, id: number, attempts: number, next: string | null, status: number | null, error: string,
): void {
  sb.db
    .prepare(
      `UPDATE webhook_deliveries SET state = ?, attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ?
       WHERE id = ?`,
    )
    .run(next === null ? 'failed' : 'pending', attempts, next, status, error, id);
}

/** Registers a webhook of `key` with a new signing secret. */
export function createWebhook(sb: Sandbox, key: string, url: string, events: readonly string[]): WebhookRow {
  const row: WebhookRow = {
    id: newId('wh'),
    key,
    url,
    events: JSON.stringify([...new Set(events)]),
    secret: newId('whsec', 32),
    created_at: sb.now().toISOString(),
    previous_secret: null,
    previous_secret_until: null,
  };
  sb.db
    .prepare('INSERT INTO webhooks (id, key, url, events, secret, created_at) VALUES (@id, @key, @url, @events, @secret, @created_at)')
    .run(row);
  return row;
}

export const listWebhooks = (sb: Sandbox, key: string): WebhookRow[] =>
  sb.db.prepare('SELECT * FROM webhooks WHERE key = ? ORDER BY created_at, id').all(key) as WebhookRow[];

/** Removes a webhook of `key`; false when it has none with that id. */
export const deleteWebhook = (sb: Sandbox, id: string, key: string): boolean =>
  sb.db.prepare('DELETE FROM webhooks WHERE id = ? AND key = ?').run(id, key).changes > 0;

/**
 * Gives a webhook of `key` a new signing secret; the current one keeps signing deliveries (as well)
 * for `overlapHours`. A rotation during an overlap drops the older secret at once. Null when `key`
 * has no webhook with that id.
 */
export function rotateWebhookSecret(sb: Sandbox, id: string, key: string, overlapHours: number): WebhookRow | null {
  const until = new Date(sb.now().getTime() + overlapHours * 3_600_000).toISOString();
  const changed = sb.db
    .prepare(
      `UPDATE webhooks SET previous_secret = secret, previous_secret_until = ?, secret = ?
       WHERE id = ? AND key = ?`,
    )
    .run(until, newId('whsec', 32), id, key).changes;
  return changed ? (sb.db.prepare('SELECT * FROM webhooks WHERE id = ?').get(id) as WebhookRow) : null;
}
