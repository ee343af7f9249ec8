import type { WebhookEvent, WebhookEventType } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import type { Module } from '../server.js';
import { json } from '../store/db.js';
import { withReplayBody } from '../http/define.js';
import { fieldError } from '../http/field-errors.js';
import { signWebhook } from '../simulate/webhook-signature.js';
import { postWebhook, refusedHost, refusedPort } from '../simulate/webhook-target.js';
import { mayHear, type Owner } from '../store/tenants.js';
import { newId } from '../util/ids.js';

/** Deliveries sent per tick, in parallel. */
const BATCH = 20;
const TIMEOUT_MS = 5_000;
/** A claimed delivery is not picked up again before this, even if the process dies mid-send. */
const LEASE_MS = 60_000;
/** Waits after the 1st, 2nd… failed attempt; after the last one the delivery is given up. */
const BACKOFF_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000];
const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
const USER_AGENT = 'DVC-Kit-Sandbox/0.1';

interface WebhookRow {
  id: string;
  key: string;
  url: string;
  events: string;
  secret: string;
  created_at: string;
}

interface DueDelivery {
  id: number;
  webhook_id: string;
  event_id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

const toWebhook = (row: WebhookRow) => ({
  id: row.id,
  url: row.url,
  events: json<WebhookEventType[]>(row.events)!,
  createdAt: row.created_at,
});

/** Only the origin of a URL goes to the log (paths and queries may carry tokens). */
const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid url)';
  }
};

/**
 * Queues an event for every webhook subscribed to its type whose key may hear of it: the key that
 * made the dossier, payment or petition, or a key acting for its agency (store/tenants.ts).
 */
function enqueue(sb: Sandbox, type: string, data: Record<string, unknown>, owner: Owner): void {
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

/** Claims up to BATCH due deliveries (pushing their next attempt out by the lease) and returns them. */
function claimDue(sb: Sandbox): DueDelivery[] {
  return sb.db.transaction(() => {
    const now = sb.now();
    const due = sb.db
      .prepare(
        `SELECT d.id, d.webhook_id, d.event_id, d.body, d.attempts, w.url, w.secret
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
         WHERE d.state = 'pending' AND d.next_attempt_at <= ?
         ORDER BY d.next_attempt_at, d.id LIMIT ?`,
      )
      .all(now.toISOString(), BATCH) as DueDelivery[];
    const lease = sb.db.prepare('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
    const until = new Date(now.getTime() + LEASE_MS).toISOString();
    for (const d of due) lease.run(until, d.id);
    return due;
  })();
}

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
      'dvc-signature': signWebhook(d.secret, d.body, timestamp),
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
    sb.db
      .prepare(
        `UPDATE webhook_deliveries SET state = 'delivered', attempts = ?, next_attempt_at = NULL, last_status = ?, last_error = NULL
         WHERE id = ?`,
      )
      .run(attempts, status, d.id);
    sb.log(`webhook ${d.webhook_id} event ${d.event_id} delivered to ${originOf(d.url)} (${status})`);
    return;
  }
  const giveUp = attempts >= MAX_ATTEMPTS;
  const next = giveUp ? null : new Date(sb.now().getTime() + BACKOFF_MS[attempts - 1]!).toISOString();
  sb.db
    .prepare(
      `UPDATE webhook_deliveries SET state = ?, attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ?
       WHERE id = ?`,
    )
    .run(giveUp ? 'failed' : 'pending', attempts, next, status, error, d.id);
  sb.log(
    `webhook ${d.webhook_id} event ${d.event_id} to ${originOf(d.url)} failed (${error}); ` +
      (giveUp ? `gave up after ${attempts} attempts` : `retry at ${next}`),
  );
}

export const webhooksModule: Module = {
  handlers: {
    'webhooks.create': ({ body, key, sb, locale }) => {
      const host = sb.options.allowPrivateWebhooks ? null : refusedHost(body.url);
      if (host !== null) throw fieldError(locale, [{ path: ['url'], code: 'url.not_public', params: { host } }]);
      const port = refusedPort(body.url);
      if (port !== null) throw fieldError(locale, [{ path: ['url'], code: 'url.port', params: { port } }]);
      const row: WebhookRow = {
        id: newId('wh'),
        key: key!.key,
        url: body.url,
        events: JSON.stringify([...new Set(body.events)]),
        secret: newId('whsec', 32),
        created_at: sb.now().toISOString(),
      };
      sb.db
        .prepare('INSERT INTO webhooks (id, key, url, events, secret, created_at) VALUES (@id, @key, @url, @events, @secret, @created_at)')
        .run(row);
      sb.log(`webhook ${row.id} registered for ${originOf(row.url)}`);
      // The signing secret is shown once: a replay of this request (same Idempotency-Key) answers without it.
      return withReplayBody({ ...toWebhook(row), secret: row.secret }, toWebhook(row));
    },

    'webhooks.list': ({ key, sb }) => {
      const rows = sb.db
        .prepare('SELECT * FROM webhooks WHERE key = ? ORDER BY created_at, id')
        .all(key!.key) as WebhookRow[];
      return { data: rows.map(toWebhook) };
    },

    'webhooks.delete': ({ params, key, sb }) => {
      const result = sb.db.prepare('DELETE FROM webhooks WHERE id = ? AND key = ?').run(params.id, key!.key);
      if (result.changes === 0) throw new ApiError(404, 'webhook_not_found', { id: params.id });
      sb.log(`webhook ${params.id} removed`);
    },
  },

  init(sb) {
    sb.events.on('webhook', ({ type, data, owner }) => {
      try {
        enqueue(sb, type, data, owner);
      } catch (error) {
        sb.log(`internal error queueing webhook ${type}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  },

  async tick(sb) {
    const due = claimDue(sb);
    if (due.length) await Promise.all(due.map((d) => deliver(sb, d)));
  },
};
