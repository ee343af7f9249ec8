// @ts-check
/**
 * A third party's server integrated with the portal API, written as an integrator would: plain
 * Node ≥ 20 (`node:http`, no framework) and the DVC Kit SDK.
 *
 * - receives the portal's webhooks at `POST /webhooks/dvc`, verifies each signature against the raw
 *   body, drops deliveries it has already processed, and acts on them;
 * - registers that webhook with the API at start and removes the registration at `close()`;
 * - submits a dossier (search → procedure detail → upload → submit → payment);
 * - answers `GET /payments/return`, where the payment gateway sends the citizen back.
 *
 * `main.mjs` is the command line around it; `node-integration.test.ts` runs it in-process.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { openAsBlob } from 'node:fs';
import { createServer } from 'node:http';
import { createClient, formatDate, isDvcError } from '@dvc-kit/sdk';
import {
  dossierStatus, dossierStatusInfo, payment as paymentSchema, paymentProviders,
} from '@dvc-kit/sdk/contract';
import { verifyWebhook, webhooks, WebhookVerificationError } from '@dvc-kit/sdk/server';

/**
 * @typedef {import('@dvc-kit/sdk').Applicant} Applicant
 * @typedef {import('@dvc-kit/sdk').Dossier} Dossier
 * @typedef {import('@dvc-kit/sdk').DossierStatus} DossierStatus
 * @typedef {import('@dvc-kit/sdk').Payment} Payment
 * @typedef {import('@dvc-kit/sdk').PaymentStatus} PaymentStatus
 * @typedef {import('@dvc-kit/sdk').WebhookEvent} WebhookEvent
 * @typedef {import('@dvc-kit/sdk').WebhookEventType} WebhookEventType
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 */

/**
 * @typedef {object} IntegrationOptions
 * @property {string} [baseUrl] Where the portal API lives (default `http://127.0.0.1:8787`, the sandbox of `npm start`).
 * @property {string} [secretKey] A secret key (`sk_…`): servers only (default `sk_test_dvckit_local`).
 * @property {number} [port] Port of this server (default 3000; 0 = any free port).
 * @property {string} [host] Interface to listen on (default `127.0.0.1`).
 * @property {string} [publicUrl] How the portal reaches this server when not at `http://host:port` (a proxy, a tunnel).
 * @property {(line: string) => void} [log] Where log lines go (default `console.log`). They never carry personal data.
 */

/**
 * @typedef {object} SubmitOptions
 * @property {string} [idempotencyKey] Keep it with your record of the application: submitting again with
 *   the same key (after a crash, a timeout) returns the same attachment, dossier and payment.
 * @property {Applicant} [applicant] Who applies (default: a sample citizen of Hà Nội).
 */

/**
 * @typedef {object} Integration
 * @property {string} url This server's address, e.g. `http://127.0.0.1:3000`.
 * @property {string} webhookUrl Where the portal delivers webhooks.
 * @property {string} webhookId The registration (`wh_…`); removed by `close()`.
 * @property {WebhookEvent[]} events Verified events, once each, in the order they arrived.
 * @property {(predicate: (event: WebhookEvent) => boolean, timeoutMs?: number) => Promise<WebhookEvent>} waitForEvent
 *   The first event (already received or still to come) that matches; rejects after `timeoutMs` (default 30 s).
 * @property {(options?: SubmitOptions) => Promise<{ dossier: Dossier, payment: Payment | null }>} submitDossier
 *   Submits a residence registration (Đăng ký thường trú) in Hà Nội and opens its payment.
 * @property {() => Promise<void>} close Removes the webhook registration, then stops the server.
 */

const WEBHOOK_PATH = '/webhooks/dvc';
const RETURN_PATH = '/payments/return';
/** Webhook bodies are small JSON documents; anything larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;
/** Event ids remembered for de-duplication (the sandbox retries a delivery for about 1 h 13 min). */
const SEEN_LIMIT = 10_000;
/** @type {WebhookEventType[]} */
const EVENT_TYPES = ['dossier.status_changed', 'payment.succeeded', 'payment.failed', 'payment.cancelled', 'payment.expired'];

/** @type {Record<PaymentStatus, string>} */
const paymentLabels = {
  created: 'chưa thanh toán',
  pending: 'đang chờ thanh toán',
  succeeded: 'thanh toán thành công',
  failed: 'thanh toán không thành công',
  cancelled: 'đã huỷ giao dịch',
  expired: 'giao dịch đã hết hạn',
};

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** @param {string} status */
const statusLabel = (status) => {
  const parsed = dossierStatus.safeParse(status);
  return parsed.success ? dossierStatusInfo[parsed.data].label.vi : status;
};

/** An error as a log line: type, code and message, which the SDK keeps free of personal data. */
function describe(/** @type {unknown} */ error) {
  if (isDvcError(error)) return `${error.type} (${error.code}): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The body exactly as received (the signature covers these bytes), or `null` when it is too large.
 * @param {IncomingMessage} req @param {number} limit
 */
async function readRawBody(req, limit) {
  if (Number(req.headers['content-length'] ?? 0) > limit) return null;
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** @param {ServerResponse} res @param {number} status @param {string} text */
function reply(res, status, text) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(status === 413 ? { connection: 'close' } : {}),
  });
  res.end(`${text}\n`);
}

// #region submit
/** A citizen of Hà Nội: CCCD 001 (born in Hà Nội) 1 (female, 1900s) 90 (1990) + 6 digits. */
const sampleApplicant = {
  type: /** @type {const} */ ('citizen'),
  fullName: 'Trần Thị Thu Hà',
  idNumber: '001190012345',
  phone: '0983456712',
  email: 'thuha.tran@example.com',
  address: 'Số 18 ngõ 42 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
};

/**
 * Submits a residence registration (Đăng ký thường trú, 1.004222) in Hà Nội for `applicant`.
 * @param {import('@dvc-kit/sdk').DvcClient} dvc A client with a secret (server) or publishable key.
 * @param {{ returnUrl: string, log: (line: string) => void, track: (code: string) => void }} context
 * @param {SubmitOptions} [options]
 */
async function submitResidenceRegistration(dvc, { returnUrl, log, track }, options = {}) {
  const { idempotencyKey = randomUUID(), applicant = sampleApplicant } = options;

  // 1. Find the procedure as a citizen types it (no diacritics), with its Hà Nội instance (province 01).
  const found = await dvc.services.search({ q: 'dang ky thuong tru', province: '01', onlineLevel: 'full', limit: 5 });
  const summary = found.data.find((s) => s.nationalCode === '1.004222') ?? found.data[0];
  if (!summary) throw new Error('Không tìm thấy thủ tục "Đăng ký thường trú" trong danh mục.');
  const service = await dvc.services.get(summary.code);
  log(`Thủ tục ${service.code} ${service.name} (${service.implementingAgency}); thành phần hồ sơ:`);
  for (const document of service.documents) {
    const when = document.case ? `; ${document.case.charAt(0).toLowerCase()}${document.case.slice(1)}` : '';
    log(`  - ${document.name} (${document.required ? 'bắt buộc' : 'không bắt buộc'}${when})`);
  }

  // 2. Answer the procedure's declaration form (`service.form`, here the CT01 form): a flat object keyed
  //    by field key. The sandbox checks it with the contract's `checkFormData`, as a browser form does.
  const communes = await dvc.services.communes('01');
  const baDinh = communes.data.find((c) => c.name === 'Phường Ba Đình');
  if (!baDinh) throw new Error('Không tìm thấy phường Ba Đình trong danh sách xã/phường của Hà Nội.');
  const formData = {
    newResidence: { province: '01', commune: baDinh.code, street: 'Số 18 ngõ 42 phố Đội Cấn' },
    residenceBasis: 'consent', // renting, with the owner's written consent
    relationshipToHead: 'other',
    householdHeadFullName: 'Nguyễn Văn Hùng',
    householdHeadIdNumber: '001078004567',
  };

  // 3. Upload one file per document slot (`service.documents[].key`) that applies to these answers:
  //    PDF, JPEG or PNG here (each slot's `accept`), ≤ 10 MB; the SDK checks before sending.
  const files = { declaration: 'to-khai-ct01.pdf', lawfulResidence: 'hop-dong-thue-nha.pdf', ownerConsent: 'van-ban-dong-y.pdf' };
  /** @type {Record<string, string[]>} */
  const documents = {};
  for (const [slot, name] of Object.entries(files)) {
    const file = await openAsBlob(new URL(`./${name}`, import.meta.url), { type: 'application/pdf' });
    const attachment = await dvc.attachments.upload(file, { filename: name, idempotencyKey: `${idempotencyKey}:${slot}` });
    documents[slot] = [attachment.id];
  }

  // 4. Submit to the commune's police (a commune-level procedure needs `commune`); the result comes
  //    electronically. One key per request kind: the API stores key → request → response for 24 hours.
  const dossier = await dvc.dossiers.submit({
    serviceCode: service.code,
    province: '01',
    commune: baDinh.code,
    applicant,
    formData,
    documents,
    delivery: { method: 'electronic' },
  }, { idempotencyKey: `${idempotencyKey}:dossier` });
  track(dossier.code);
  const due = dossier.dueAt ? `, hạn giải quyết ${formatDate('vi', dossier.dueAt)}` : '';
  log(`Đã nộp hồ sơ ${dossier.code}: ${statusLabel(dossier.status)}${due}`);

  // 5. Fees due online: open a checkout and send the citizen's browser to `payment.checkoutUrl`.
  //    That URL is a capability (whoever has it can pay or cancel): never log it.
  /** @type {Payment | null} */
  let payment = null;
  if (dossier.fees.total > dossier.fees.paid) {
    payment = await dvc.payments.create(
      { dossierCode: dossier.code, returnUrl, verifier: applicant.phone },
      { idempotencyKey: `${idempotencyKey}:payment` },
    );
    log(`Hồ sơ ${dossier.code} phải nộp ${vnd.format(payment.amount)}: đã tạo giao dịch ${payment.id}, chờ người nộp thanh toán`);
  }
  return { dossier, payment };
}
// #endregion submit

/**
 * Starts the integration: its HTTP server, then its webhook registration.
 * @param {IntegrationOptions} [options]
 * @returns {Promise<Integration>}
 */
export async function startIntegration(options = {}) {
  const {
    baseUrl = 'http://127.0.0.1:8787',
    secretKey = 'sk_test_dvckit_local',
    port = 3000,
    host = '127.0.0.1',
    log = console.log,
  } = options;

  // A secret key (sk_…) stays on servers: the API refuses it from a browser.
  const dvc = createClient({ baseUrl, key: secretKey, locale: 'vi' });
  // The webhook routes (secret key, scope webhooks): register, list, delete, rotate the secret.
  const hooks = webhooks(dvc.connection);

  /** The signing secret of our registration; null until registered (deliveries then get 503 and are retried). */
  let webhookSecret = /** @type {string | null} */ (null);
  /** @type {Set<string>} Event ids already processed, oldest first. In production: a table with a unique key, shared by every instance. */
  const seen = new Set();
  /** @type {WebhookEvent[]} */
  const events = [];
  const arrivals = new EventEmitter();
  /** @type {Set<string>} Codes of the dossiers this server submitted: it follows them up. */
  const ours = new Set();

  // #region verify
  /**
   * `POST /webhooks/dvc`: verify the signature on the raw body, drop what was already processed,
   * acknowledge at once (the sender waits 5 s at most), then act.
   * @param {IncomingMessage} req @param {ServerResponse} res
   */
  async function receiveWebhook(req, res) {
    const raw = await readRawBody(req, MAX_BODY_BYTES);
    if (!raw) return reply(res, 413, 'payload_too_large');
    if (!webhookSecret) return reply(res, 503, 'not_ready');

    let event;
    try {
      event = await verifyWebhook(raw, req.headers['dvc-signature'], webhookSecret, { locale: 'vi' });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // The reason only: an unverified body is not trusted, and a real one may hold personal data.
      log(`Từ chối webhook (${error.code}): ${error.message}`);
      return reply(res, 400, error.code);
    }

    // Deliveries are retried until one is answered 2xx, so the same event can arrive twice.
    if (seen.has(event.id)) {
      log(`Bỏ qua sự kiện ${event.id} (${event.type}): đã xử lý`);
      return reply(res, 200, 'duplicate');
    }
    seen.add(event.id);
    if (seen.size > SEEN_LIMIT) seen.delete(/** @type {string} */ (seen.values().next().value));
    reply(res, 200, 'ok');
    handleEvent(event);
  }
  // #endregion verify

  /** Acts on a verified event: what a real service would store, notify or queue. @param {WebhookEvent} event */
  function handleEvent(event) {
    events.push(event);
    arrivals.emit('event', event);
    if (event.type === 'dossier.status_changed') {
      const { code, status, previousStatus } = /** @type {{ code?: string, status?: string, previousStatus?: string | null }} */ (event.data);
      const from = previousStatus ? `${statusLabel(previousStatus)} → ` : '';
      log(`Hồ sơ ${code}: ${from}${statusLabel(status ?? '?')}`);
      if (!code || !ours.has(code)) return;
      if (status === 'paying') log(`  Hồ sơ ${code} chờ nộp phí: nhắc người nộp thanh toán`);
      if (status === 'done') log(`  Hồ sơ ${code} đã có kết quả: báo người nộp nhận kết quả`);
      return;
    }
    if (event.type.startsWith('payment.')) {
      const parsed = paymentSchema.safeParse(event.data);
      if (!parsed.success) return log(`Sự kiện ${event.id} (${event.type}) không đúng dạng thanh toán: bỏ qua`);
      const payment = parsed.data;
      const provider = paymentProviders.find((p) => p.code === payment.bank);
      const bank = payment.bank ? ` qua ${provider?.name ?? payment.bank}` : '';
      log(`Thanh toán ${payment.id} của hồ sơ ${payment.dossierCode}: ${paymentLabels[payment.status]}, ` +
        `${vnd.format(payment.amount)}${bank} (mã kết quả ${payment.resultCode ?? '—'})`);
      if (payment.status === 'succeeded') {
        // Slower work after the answer was sent: fetch the e-receipt (its payer name is not logged).
        dvc.payments.receipt(payment.id).then(
          (receipt) => log(`  Biên lai điện tử ${receipt.number}: ${vnd.format(receipt.amount)}, giao dịch ngân hàng ${receipt.transactionId}`),
          (error) => log(`  Không lấy được biên lai của ${payment.id}: ${describe(error)}`),
        );
      }
      return;
    }
    log(`Sự kiện ${event.id} (${event.type}): không xử lý`);
  }

  /**
   * `GET /payments/return?payment=…&status=…`: the gateway sends the citizen back here. Anyone can
   * type that query, so the state shown comes from the API; the webhook remains the record.
   * @param {ServerResponse} res @param {URLSearchParams} query
   */
  async function paymentReturn(res, query) {
    try {
      const payment = await dvc.payments.get(query.get('payment') ?? '');
      reply(res, 200, `Hồ sơ ${payment.dossierCode}: ${paymentLabels[payment.status]}.`);
    } catch (error) {
      if (!isDvcError(error, 'validation') && !isDvcError(error, 'not_found')) throw error;
      reply(res, 404, 'Không tìm thấy giao dịch thanh toán.');
    }
  }

  const server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    /** @type {Promise<void> | undefined} */
    let handled;
    if (pathname === WEBHOOK_PATH) {
      if (req.method === 'POST') handled = receiveWebhook(req, res);
      else {
        res.setHeader('allow', 'POST');
        reply(res, 405, 'method_not_allowed');
      }
    } else if (pathname === RETURN_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      handled = paymentReturn(res, searchParams);
    } else {
      reply(res, 404, 'not_found');
    }
    Promise.resolve(handled).catch((error) => {
      log(`Lỗi khi xử lý ${req.method} ${pathname}: ${describe(error)}`);
      if (!res.headersSent) reply(res, 500, 'internal_error');
      else res.destroy();
    });
  });
  server.listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      throw new Error(`Cổng ${port} đang được dùng: chọn cổng khác bằng biến PORT.`);
    }
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const publicUrl = options.publicUrl ?? url;
  const webhookUrl = new URL(WEBHOOK_PATH, publicUrl).href;
  log(`Máy chủ tích hợp chạy tại ${url}; API: ${dvc.baseUrl}`);

  /** @type {string} */
  let webhookId;
  try {
    // #region register
    // A run that crashed may have left a registration for this URL: its deliveries would be signed
    // with a secret nobody has any more.
    for (const stale of (await hooks.list()).filter((w) => w.url === webhookUrl)) {
      await hooks.delete(stale.id);
      log(`Đã xoá đăng ký webhook cũ ${stale.id}`);
    }
    const webhook = await hooks.create({ url: webhookUrl, events: EVENT_TYPES });
    // Returned once, in the first answer (a replay of the same request leaves it out). Keep it in
    // memory or a secret store; never in a log.
    if (!webhook.secret) throw new Error(`Webhook ${webhook.id} registered without its signing secret (a replayed answer): delete it and register again.`);
    webhookSecret = webhook.secret;
    webhookId = webhook.id;
    log(`Đã đăng ký webhook ${webhook.id} → ${webhookUrl} (${webhook.events.join(', ')})`);
    // #endregion register
  } catch (error) {
    server.close();
    throw error;
  }

  /** @type {Promise<void> | undefined} */
  let closing;

  return {
    url,
    webhookUrl,
    webhookId,
    events,

    waitForEvent(predicate, timeoutMs = 30_000) {
      const found = events.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        /** @param {WebhookEvent} event */
        const onEvent = (event) => {
          if (!predicate(event)) return;
          clearTimeout(timer);
          arrivals.off('event', onEvent);
          resolve(event);
        };
        const timer = setTimeout(() => {
          arrivals.off('event', onEvent);
          const got = events.map((e) => `${e.type}:${String(e.data.status ?? '')}`).join(', ') || 'none';
          reject(new Error(`No matching webhook event within ${timeoutMs} ms (received: ${got})`));
        }, timeoutMs);
        arrivals.on('event', onEvent);
      });
    },

    submitDossier(submitOptions) {
      const returnUrl = new URL(RETURN_PATH, publicUrl).href;
      return submitResidenceRegistration(dvc, { returnUrl, log, track: (code) => ours.add(code) }, submitOptions);
    },

    close() {
      closing ??= (async () => {
        // #region shutdown
        // Unregister first: the portal stops sending (and retrying) to an address about to go away.
        try {
          await hooks.delete(webhookId);
          log(`Đã xoá đăng ký webhook ${webhookId}`);
        } catch (error) {
          log(`Không xoá được đăng ký webhook ${webhookId}: ${describe(error)}`);
        }
        // Then finish the requests in flight and close idle keep-alive connections.
        await new Promise((resolve) => {
          server.close(resolve);
          server.closeIdleConnections();
        });
        // #endregion shutdown
      })();
      return closing;
    },
  };
}
