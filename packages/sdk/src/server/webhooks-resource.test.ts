// webhooks(connection) against a real sandbox over HTTP: register (secret shown once), list, rotate the
// secret (a delivery then verifies with the new one, and with the old during the overlap), delete.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { testKeys } from '@dvc-kit/sandbox/testing';
import { isDvcError } from '../errors.js';
import { rejection, TEST_SECRET_KEY, validSubmission, withSandbox } from '../test-support.js';
import { verifyWebhook } from './webhooks.js';
import { webhooks } from './webhooks-resource.js';

const OTHER_SECRET_KEY = 'sk_test_other_tenant_0001';

describe('webhooks(connection)', () => {
  /** How far the sandbox's simulated clock is ahead of real time, in ms. */
  let ahead = 0;
  const sb = withSandbox({
    now: () => new Date(Date.now() + ahead),
    allowPrivateWebhooks: true, // the receiver listens on loopback
    keys: [...testKeys, { key: OTHER_SECRET_KEY, kind: 'secret', scopes: ['webhooks'], allowedOrigins: [], label: 'another tenant' }],
  });
  const api = () => webhooks(sb.client({ key: TEST_SECRET_KEY }).connection);

  interface Delivery {
    headers: IncomingHttpHeaders;
    raw: Buffer;
  }
  const received: Delivery[] = [];
  let receiver: Server;
  let receiverUrl: string;
  before(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/dvc`;
  });
  after(async () => {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  /** Submits a dossier and runs the simulation until its delivery arrived. */
  async function nextDelivery(): Promise<Delivery> {
    received.length = 0;
    await sb.client().dossiers.submit(await validSubmission(sb.url, '1.001193'));
    for (let i = 0; i < 50 && !received.length; i++) {
      await sb.sandbox.tick();
      if (!received.length) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(received.length, 1, 'one delivery');
    return received[0]!;
  }

  it('creates (secret once), lists, rotates (new secret once, both sign for the overlap), deletes', async () => {
    const created = await api().create({ url: receiverUrl, events: ['dossier.status_changed'] }, { idempotencyKey: 'wh-create-1' });
    assert.match(created.id, /^wh_/);
    assert.match(created.secret!, /^whsec_/);
    assert.deepEqual(created.events, ['dossier.status_changed']);
    const replay = await api().create({ url: receiverUrl, events: ['dossier.status_changed'] }, { idempotencyKey: 'wh-create-1' });
    assert.equal(replay.id, created.id);
    assert.equal(replay.secret, undefined, 'a replay does not show the secret again');

    const listed = await api().list();
    assert.deepEqual(listed.map((h) => h.id), [created.id]);
    assert.equal('secret' in listed[0]!, false);

    const first = await nextDelivery();
    await verifyWebhook(first.raw, first.headers['dvc-signature'], created.secret!);

    const rotated = await api().rotateSecret(created.id, { idempotencyKey: 'wh-rotate-1' });
    assert.equal(rotated.id, created.id);
    assert.match(rotated.secret!, /^whsec_/);
    assert.notEqual(rotated.secret, created.secret);
    const rotateReplay = await api().rotateSecret(created.id, { idempotencyKey: 'wh-rotate-1' });
    assert.equal(rotateReplay.secret, undefined, 'a replay of the rotation does not show the secret again');

    const delivery = await nextDelivery();
    const header = delivery.headers['dvc-signature'];
    assert.match(String(header), /^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/, 'signed with both during the overlap');
    const event = await verifyWebhook(delivery.raw, header, rotated.secret!);
    assert.equal(event.type, 'dossier.status_changed');
    await verifyWebhook(delivery.raw, header, created.secret!);

    // Rotating again ends the older overlap: the first secret no longer signs.
    const again = await api().rotateSecret(created.id);
    const third = await nextDelivery();
    await verifyWebhook(third.raw, third.headers['dvc-signature'], again.secret!);
    await verifyWebhook(third.raw, third.headers['dvc-signature'], rotated.secret!);
    const stale = await rejection(verifyWebhook(third.raw, third.headers['dvc-signature'], created.secret!));
    assert.equal(stale.code, 'signature_mismatch');

    await api().delete(created.id);
    assert.deepEqual(await api().list(), []);
    for (const call of [api().delete(created.id), api().rotateSecret(created.id)]) {
      const error = await rejection(call);
      assert.ok(isDvcError(error, 'not_found'), String(error));
      assert.equal(error.code, 'webhook_not_found');
      assert.equal(error.status, 404);
    }
  });

  it("stops signing with the previous secret once the overlap's 24 hours are over", async () => {
    const created = await api().create({ url: receiverUrl, events: ['dossier.status_changed'] });
    const rotated = await api().rotateSecret(created.id);
    ahead += 25 * 3_600_000; // the simulated clock moves on by 25 hours
    const delivery = await nextDelivery();
    const header = delivery.headers['dvc-signature'];
    assert.match(String(header), /^t=\d+,v1=[0-9a-f]{64}$/, 'one signature');
    await verifyWebhook(delivery.raw, header, rotated.secret!);
    const stale = await rejection(verifyWebhook(delivery.raw, header, created.secret!));
    assert.equal(stale.code, 'signature_mismatch');
    await api().delete(created.id);
  });

  it("a key sees and changes only its own webhooks: another key's is not found", async () => {
    const mine = await api().create({ url: receiverUrl, events: ['payment.succeeded'] });
    const other = webhooks(sb.client({ key: OTHER_SECRET_KEY }).connection);
    assert.deepEqual(await other.list(), []);
    for (const call of [other.rotateSecret(mine.id), other.delete(mine.id)]) {
      const error = await rejection(call);
      assert.ok(isDvcError(error, 'not_found'), String(error));
      assert.equal(error.code, 'webhook_not_found');
    }
    assert.deepEqual((await api().list()).map((h) => h.id), [mine.id]);
    await api().delete(mine.id);
  });

  it('refuses a malformed id before sending', async () => {
    const error = await rejection(api().rotateSecret('not-a-webhook'));
    assert.ok(isDvcError(error, 'validation'), String(error));
  });
});
