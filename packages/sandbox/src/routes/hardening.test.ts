// Findings of issue 16 (attacks from outside) that are fixed, each replayed over HTTP against a real
// sandbox: it failed before the fix and passes now.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fieldLabel, toFieldErrors } from '@dvc-kit/contract';
import type { RunningSandbox } from '../index.js';
import { citizen, client, minimalPdf, submitDossier, testSandbox, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from '../test-support.js';

describe('hardening (issue 16)', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
  });
  after(() => sandbox.close());

  test('every API answer says nosniff: a success, a refusal, a missing route', async () => {
    for (const reply of [await api.get('/v1/sectors'), await api.post('/v1/dossiers', {}), await api.get('/v1/nothing-here')]) {
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', `status ${reply.status}`);
    }
  });

  test('an upload whose type is an Object.prototype name is a 415 problem, not a 500', async () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const form = new FormData();
      form.append('file', new Blob([minimalPdf()], { type }), 'giay-to.pdf');
      const reply = await api.post('/v1/attachments', form);
      assert.equal(reply.status, 415, `${type}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.code, 'file_type_not_allowed');
    }
  });

  test('a field named like an Object.prototype member gets its own name in the message, never a raw {field}', async () => {
    assert.equal(fieldLabel(['formData', 'constructor'], 'vi'), 'formData.constructor');
    assert.equal(fieldLabel(['toString'], 'en'), 'toString');
    const reply = await api.post('/v1/dossiers', { serviceCode: '1.001193', province: '38', applicant: citizen, formData: { constructor: [1], toString: [2] } });
    assert.equal(reply.status, 400);
    for (const error of reply.body.errors as { path: string; message: string }[]) {
      assert.doesNotMatch(error.message, /\{field\}/, `${error.path}: ${error.message}`);
    }
    const [issue] = toFieldErrors([{ code: 'invalid_type', expected: 'string', input: 1, path: ['valueOf'], message: '' }], 'vi');
    assert.doesNotMatch(issue!.message, /\{field\}/);
  });

  test('a withdrawn dossier cannot be paid, and a payment opened before the withdrawal is not charged', async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    assert.ok(dossier.fees.total > 0, 'a procedure with fees');
    const open = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/done' }, { verifier: citizen.phone });
    assert.equal(open.status, 201, JSON.stringify(open.body));
    const withdrawn = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Nộp nhầm thủ tục' }, { verifier: citizen.phone });
    assert.equal(withdrawn.body.status, 'cancelled');

    const refused = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/again' }, { verifier: citizen.phone });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'dossier_closed');
    assert.match(refused.body.detail, /đã kết thúc \("Công dân đã rút hồ sơ"\)/);

    // The tab left open on the gateway: "pay" does not take the money.
    const paid = await fetch(`${sandbox.url}/gateway/checkout/${open.body.id}`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }),
    });
    assert.ok(paid.status < 500, `the gateway answers: ${paid.status}`);
    const payment = await api.get(`/v1/payments/${open.body.id}`);
    assert.equal(payment.body.status, 'cancelled');
    assert.equal(payment.body.receiptUrl, null);
    const after = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.equal(after.body.fees.paid, 0, 'nothing charged');
  });

  test('a return or webhook URL no browser can parse is refused on its field, and nothing is recorded', async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    const reply = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://[' }, { verifier: citizen.phone });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['returnUrl:url.format']);
    const hook = await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/webhooks', { url: 'https://[::1', events: ['dossier.status_changed'] });
    assert.equal(hook.status, 400);
    assert.deepEqual(hook.body.errors.map((e: { path: string }) => e.path), ['url']);
    const fine = await api.post('/v1/payments', { dossierCode: dossier.code, returnUrl: 'http://localhost:5173/xong' }, { verifier: citizen.phone });
    assert.equal(fine.status, 201, 'a good one still works');
  });

  test('a JSON body that is not UTF-8 is refused as invalid JSON, not stored with U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"reason":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    const dossier = await submitDossier(sandbox.url);
    const response = await fetch(`${sandbox.url}/v1/dossiers/${dossier.code}/withdraw`, {
      method: 'POST', body: bytes,
      headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, 'content-type': 'application/json', 'dvc-verifier': citizen.phone },
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'invalid_json');
    const still = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.equal(still.body.status, 'receiving', 'not withdrawn');
  });
});
