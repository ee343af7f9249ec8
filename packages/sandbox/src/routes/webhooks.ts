import { webhookSecretOverlapHours } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { withReplayBody } from '../http/define.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { deliverDueWebhooks, originOf, queueWebhookEvents } from '../simulate/webhooks.js';
import { refusedHost, refusedPort } from '../simulate/webhook-target.js';
import { createWebhook, deleteWebhook, listWebhooks, rotateWebhookSecret, toWebhook } from '../store/webhooks.js';

export const webhooksModule: Module = {
  handlers: {
    'webhooks.create': ({ body, key, sb, locale }) => {
      const host = sb.options.allowPrivateWebhooks ? null : refusedHost(body.url);
      if (host !== null) throw fieldError(locale, [{ path: ['url'], code: 'url.not_public', params: { host } }]);
      const port = refusedPort(body.url);
      if (port !== null) throw fieldError(locale, [{ path: ['url'], code: 'url.port', params: { port } }]);
      const row = createWebhook(sb, key!.key, body.url, body.events);
      sb.log(`webhook ${row.id} registered for ${originOf(row.url)}`);
      // The signing secret is shown once: a replay of this request (same Idempotency-Key) answers without it.
      return withReplayBody({ ...toWebhook(row), secret: row.secret }, toWebhook(row));
    },

    'webhooks.list': ({ key, sb }) => ({ data: listWebhooks(sb, key!.key).map(toWebhook) }),

    'webhooks.delete': ({ params, key, sb }) => {
      if (!deleteWebhook(sb, params.id, key!.key)) throw new ApiError(404, 'webhook_not_found', { id: params.id });
      sb.log(`webhook ${params.id} removed`);
    },

    'webhooks.rotateSecret': ({ params, key, sb }) => {
      const row = rotateWebhookSecret(sb, params.id, key!.key, webhookSecretOverlapHours);
      if (!row) throw new ApiError(404, 'webhook_not_found', { id: params.id });
      sb.log(`webhook ${row.id} secret rotated (the previous one signs too until ${row.previous_secret_until})`);
      // The new secret is shown once, as on create: a replay answers without it.
      return withReplayBody({ ...toWebhook(row), secret: row.secret }, toWebhook(row));
    },
  },

  init: queueWebhookEvents,

  tick: deliverDueWebhooks,
};
