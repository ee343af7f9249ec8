// The webhook snippets of the SDK and security guides (docs/sdk.md, docs/security.md): a server
// registers an endpoint with its secret key, the sandbox delivers a signed event, and a standard
// Request → Response handler verifies it with @dvc-kit/sdk/server before trusting it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { createClient } from '@dvc-kit/sdk';
import { moveDossier, validSubmission } from '@dvc-kit/sandbox/testing';

// The receiver below listens on loopback, which a sandbox refuses as a webhook target unless allowed.
const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, allowPrivateWebhooks: true });
after(() => sandbox.close());
const baseUrl = sandbox.url;
process.env.DVC_SECRET_KEY = 'sk_test_dvckit_local';

/** What the handler recorded, as an integrator's database would. */
const statuses: { code: string; status: string }[] = [];
async function recordStatus(code: string, status: string): Promise<void> {
  statuses.push({ code, status });
}

// #region handler
import { verifyWebhook, WebhookVerificationError } from '@dvc-kit/sdk/server';

/** POST /hooks/dvc: a standard Request → Response handler (Node through an adapter, Deno, Bun, workers). */
export async function handleWebhook(request: Request): Promise<Response> {
  const rawBody = await request.text(); // verify the body exactly as received, before any JSON.parse
  try {
    const event = await verifyWebhook(rawBody, request.headers.get('dvc-signature'), process.env.DVC_WEBHOOK_SECRET!);
    if (event.type === 'dossier.status_changed') {
      await recordStatus(String(event.data.code), String(event.data.status));
    }
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return new Response(error.code, { status: 400 });
    throw error;
  }
}
// #endregion handler

/** The integrator's endpoint: node:http in front of the standard handler. */
const answers: number[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    const headers = new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]));
    const response = await handleWebhook(new Request(`http://127.0.0.1${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }));
    answers.push(response.status);
    res.writeHead(response.status).end(await response.text());
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/dvc`;
after(async () => {
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

// #region register
import { webhooks } from '@dvc-kit/sdk/server';

// Once, from your server, with a secret key of scope webhooks. The answer holds the signing
// secret (whsec_…), shown this one time: keep it as DVC_WEBHOOK_SECRET.
const admin = createClient({ baseUrl, key: process.env.DVC_SECRET_KEY! });
const { id, secret } = await webhooks(admin.connection).create({
  url: endpoint, // https://your-server.example/hooks/dvc
  events: ['dossier.status_changed', 'payment.succeeded'],
});
// #endregion register

describe('webhooks', () => {
  it('registers an endpoint, then verifies a signed delivery and refuses a forged one', async () => {
    assert.match(id, /^wh_/);
    assert.match(secret ?? '', /^whsec_/);
    process.env.DVC_WEBHOOK_SECRET = secret;

    const dvc = createClient({ baseUrl, key: 'pk_test_dvckit_local' });
    const dossier = await dvc.dossiers.submit(await validSubmission(baseUrl, '1.001193'));
    await sandbox.tick(); // deliver the pending events now
    assert.deepEqual(statuses, [{ code: dossier.code, status: 'receiving' }]);
    assert.deepEqual(answers, [204]);

    // A forged delivery: right shape, no valid signature.
    const forged = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'dvc-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      body: JSON.stringify({ id: 'evt_forged', type: 'dossier.status_changed', createdAt: new Date().toISOString(), data: { code: dossier.code, status: 'done' } }),
    });
    assert.equal(forged.status, 400);
    assert.equal(await forged.text(), 'signature_mismatch');
    assert.equal(statuses.length, 1, 'the forged event was not recorded');

    // #region rotate
    // A new signing secret: deploy it as DVC_WEBHOOK_SECRET within 24 hours. Until then every delivery
    // is signed with both, so receivers on either secret keep working.
    const rotated = await webhooks(admin.connection).rotateSecret(id);
    process.env.DVC_WEBHOOK_SECRET = rotated.secret!;
    // #endregion rotate
    assert.notEqual(rotated.secret, secret);
    const moved = await moveDossier(baseUrl, dossier.code); // the next step of its processing
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await sandbox.tick();
    assert.deepEqual(statuses.at(-1), { code: dossier.code, status: moved.body.status });
    assert.deepEqual(answers, [204, 400, 204], 'the forged one refused; the next signed with the new secret (and the old one, during the overlap)');
  });
});
