// The Node integration example against an in-memory sandbox, in one process: its webhook receiver,
// registration, submission, payment, and shutdown. Status steps every second; every wait is on an
// event with a timeout, never a sleep.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startSandbox, TEST_SECRET_KEY, type RunningSandbox } from '@dvc-kit/sandbox';
import type { WebhookEvent } from '@dvc-kit/sdk';
import { startIntegration, type Integration } from './integration.mjs';
import { payAtGateway } from './pay-at-gateway.mjs';

/** What the sample applicant must never leave in a log line: name, CCCD, phone, email, address. */
const personalData = ['Trần Thị Thu Hà', '001190012345', '0983456712', 'thuha.tran@example.com', 'Đội Cấn'];

const sign = (secret: string, body: string, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

describe('node-integration example', () => {
  let sandbox: RunningSandbox;
  let integration: Integration;
  const lines: string[] = [];
  let dossierCode = '';

  /** The webhook's signing secret, read from the sandbox's store (the integration never exposes it). */
  const webhookSecret = () =>
    (sandbox.sandbox.db.prepare('SELECT secret FROM webhooks WHERE id = ?').get(integration.webhookId) as { secret: string }).secret;

  /** The exact body the sandbox delivered for an event. */
  const deliveredBody = (eventId: string) =>
    (sandbox.sandbox.db.prepare('SELECT body FROM webhook_deliveries WHERE event_id = ?').get(eventId) as { body: string }).body;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(integration.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const statusEvent = (status: string) => (e: WebhookEvent) =>
    e.type === 'dossier.status_changed' && e.data.code === dossierCode && e.data.status === status;

  before(async () => {
    // The integration listens on loopback: a webhook target the sandbox refuses unless allowed.
    sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 1, allowPrivateWebhooks: true });
    integration = await startIntegration({ baseUrl: sandbox.url, secretKey: TEST_SECRET_KEY, port: 0, log: (line) => lines.push(line) });
  });

  after(async () => {
    await integration?.close();
    await sandbox?.close();
  });

  it('registers its webhook for dossier and payment events', async () => {
    const response = await fetch(`${sandbox.url}/v1/webhooks`, { headers: { authorization: `Bearer ${TEST_SECRET_KEY}` } });
    const { data } = (await response.json()) as { data: { id: string; url: string; events: string[] }[] };
    const mine = data.find((w) => w.id === integration.webhookId);
    assert.ok(mine, 'the registration is listed');
    assert.equal(mine.url, `${integration.url}/webhooks/dvc`);
    assert.ok(mine.events.includes('dossier.status_changed') && mine.events.includes('payment.succeeded'));
  });

  it('submits a residence registration once per idempotency key, with its fee to pay', async () => {
    const key = 'ho-so-thuong-tru-0001';
    const first = await integration.submitDossier({ idempotencyKey: key });
    const again = await integration.submitDossier({ idempotencyKey: key });
    dossierCode = first.dossier.code;
    assert.match(dossierCode, /^[0-9A-Z.]+-\d{6}-\d{4}$/);
    assert.equal(first.dossier.service.code, '1.004222.H01');
    assert.deepEqual(first.dossier.attachments.map((a) => [a.document, a.name, a.type]), [
      ['declaration', 'to-khai-ct01.pdf', 'application/pdf'],
      ['lawfulResidence', 'hop-dong-thue-nha.pdf', 'application/pdf'],
      ['ownerConsent', 'van-ban-dong-y.pdf', 'application/pdf'],
    ]);
    assert.equal(first.dossier.commune?.name, 'Phường Ba Đình');
    assert.deepEqual(first.dossier.delivery, { method: 'electronic', address: null });
    assert.equal(again.dossier.code, dossierCode, 'the same key gives back the same dossier');
    assert.ok(first.payment, 'a payment was opened for the fee');
    assert.equal(first.payment.amount, 10_000);
    assert.equal(again.payment?.id, first.payment.id);
  });

  it('receives the verified status change of the submission', async () => {
    const event = await integration.waitForEvent(statusEvent('receiving'), 15_000);
    assert.equal(event.data.previousStatus, null);
    assert.ok(lines.some((l) => l.includes(`Hồ sơ ${dossierCode}: Mới đăng ký`)), lines.join('\n'));
  });

  it('receives the payment result once the citizen pays, and shows the API state on return', async () => {
    const { payment } = await integration.submitDossier({ idempotencyKey: 'ho-so-thuong-tru-0001' });
    const back = await payAtGateway(payment!.checkoutUrl, { outcome: 'succeed', bank: 'VCB' });
    assert.equal(back.status, 200);
    assert.match(back.text, /thanh toán thành công/);
    assert.ok(back.returnUrl.startsWith(`${integration.url}/payments/return?`));

    const event = await integration.waitForEvent((e) => e.type === 'payment.succeeded' && e.data.dossierCode === dossierCode, 15_000);
    assert.equal(event.data.id, payment!.id);
    assert.equal(event.data.amount, 10_000);
    assert.ok(lines.some((l) => l.includes(`Thanh toán ${payment!.id}`) && l.includes('Vietcombank')), lines.join('\n'));
  });

  it('follows the dossier to its result through consistent status changes', async () => {
    await integration.waitForEvent(statusEvent('done'), 20_000);
    const changes = integration.events
      .filter((e) => e.type === 'dossier.status_changed' && e.data.code === dossierCode)
      .map((e) => e.data as { status: string; previousStatus: string | null });
    assert.equal(changes[0]!.status, 'receiving');
    assert.equal(changes.at(-1)!.status, 'done');
    for (let i = 1; i < changes.length; i++) {
      assert.equal(changes[i]!.previousStatus, changes[i - 1]!.status, 'each change starts where the previous ended');
    }
    assert.ok(changes.some((c) => c.status === 'processing'));
  });

  it('answers 400 to forged, tampered or expired deliveries and does not act on them', async () => {
    const real = integration.events.find(statusEvent('processing'))!;
    const body = deliveredBody(real.id);
    const secret = webhookSecret();
    const forged = JSON.stringify({ ...real, id: 'evt_forged0000000000000000', data: { ...real.data, status: 'denied' } });
    const before = integration.events.length;

    const cases: [what: string, response: Promise<Response>, code: string][] = [
      ['no signature', post(forged), 'missing_header'],
      ['signed with another secret', post(forged, { 'dvc-signature': sign('whsec_not_the_right_one_0123456789', forged) }), 'signature_mismatch'],
      ['a real signature over a changed body', post(body.replace('"processing"', '"denied"'), { 'dvc-signature': sign(secret, body) }), 'signature_mismatch'],
      ['signed 10 minutes ago', post(forged, { 'dvc-signature': sign(secret, forged, Math.floor(Date.now() / 1000) - 600) }), 'timestamp_too_old'],
      ['a malformed header', post(forged, { 'dvc-signature': 'sha256=abc' }), 'malformed_header'],
    ];
    for (const [what, response, code] of cases) {
      const res = await response;
      assert.equal(res.status, 400, what);
      assert.equal((await res.text()).trim(), code, what);
      assert.ok(lines.some((l) => l.startsWith(`Từ chối webhook (${code})`)), `${what}: a log line names the reason`);
    }
    assert.equal(integration.events.length, before, 'no forged event was acted on');
    assert.ok(!integration.events.some((e) => e.id === 'evt_forged0000000000000000'));
  });

  it('processes a replayed delivery once', async () => {
    const real = integration.events.find(statusEvent('new'))!;
    const body = deliveredBody(real.id);
    const header = sign(webhookSecret(), body);
    const before = integration.events.length;
    for (let i = 0; i < 2; i++) {
      const res = await post(body, { 'dvc-signature': header });
      assert.equal(res.status, 200, 'a replay is acknowledged, so a sender stops retrying');
      assert.equal((await res.text()).trim(), 'duplicate');
    }
    assert.equal(integration.events.length, before);
    assert.equal(integration.events.filter((e) => e.id === real.id).length, 1);
  });

  it('keeps personal data and secrets out of its log', () => {
    const log = lines.join('\n');
    for (const value of [...personalData, webhookSecret(), TEST_SECRET_KEY, '/gateway/checkout/']) {
      assert.ok(!log.includes(value), `the log must not contain ${JSON.stringify(value)}`);
    }
  });

  it('removes its webhook registration on shutdown and stops listening', async () => {
    const { webhookId, webhookUrl } = integration;
    await integration.close();
    await integration.close(); // closing twice is harmless
    const response = await fetch(`${sandbox.url}/v1/webhooks`, { headers: { authorization: `Bearer ${TEST_SECRET_KEY}` } });
    const { data } = (await response.json()) as { data: { id: string }[] };
    assert.ok(!data.some((w) => w.id === webhookId), 'the registration is gone');
    assert.ok(lines.includes(`Đã xoá đăng ký webhook ${webhookId}`));
    await assert.rejects(fetch(webhookUrl, { method: 'POST', body: '{}' }), 'nothing listens any more');
  });
});
