// dvc.payments against a real sandbox: create, pay at the gateway, wait until settled, receipts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DvcConflictError, DvcNotFoundError, DvcTimeoutError, DvcValidationError, isDvcError } from './errors.js';
import { birthRegistration, completeCheckout, moveThrough, residenceRegistration, RETURN_URL } from './test-flows.js';
import { citizen, recordingFetch, rejection, withSandbox } from './test-support.js';

const verifier = citizen.phone;

describe('payments', () => {
  const sb = withSandbox();

  /** A permanent residence registration (10 000 VND) moved to `paying`, awaiting its fees. */
  async function payingDossier(): Promise<string> {
    const dossier = await sb.client().dossiers.submit(await residenceRegistration(sb.url));
    assert.equal(dossier.fees.total, 10_000);
    await moveThrough(sb.url, dossier.code, ['new', 'processing', 'paying']);
    return dossier.code;
  }

  test('a payment is created, paid at the gateway like a citizen would, settled, and has a receipt', async () => {
    const dvc = sb.client();
    const dossierCode = await payingDossier();
    const payment = await dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier });
    assert.match(payment.id, /^pay_/);
    assert.equal(payment.dossierCode, dossierCode);
    assert.equal(payment.amount, 10_000);
    assert.equal(payment.currency, 'VND');
    assert.equal(payment.status, 'created');
    assert.equal(payment.returnUrl, RETURN_URL);
    assert.equal(payment.receiptUrl, null);
    assert.equal(payment.checkoutUrl, `${sb.url}/gateway/checkout/${payment.id}`, 'the checkout page is served by the sandbox');

    const early = await rejection(dvc.payments.receipt(payment.id));
    assert.ok(early instanceof DvcConflictError);
    assert.equal(early.code, 'receipt_not_ready');

    const location = await completeCheckout(payment.checkoutUrl);
    const back = new URL(location);
    assert.equal(back.origin + back.pathname, new URL(RETURN_URL).origin + new URL(RETURN_URL).pathname);
    assert.equal(back.searchParams.get('tab'), 'phi', 'the return URL keeps its own query');
    assert.equal(back.searchParams.get('payment'), payment.id);
    assert.equal(back.searchParams.get('status'), 'succeeded');

    const settled = await dvc.payments.waitUntilSettled(payment.id, { interval: 50, maxWait: 5_000 });
    assert.equal(settled.status, 'succeeded');
    assert.equal(settled.resultCode, '00');
    assert.ok(settled.transactionId);
    assert.equal(settled.receiptUrl, `${sb.url}/gateway/receipt/${payment.id}`, 'the citizen-facing e-receipt page');

    const receipt = await dvc.payments.receipt(payment.id);
    assert.match(receipt.number, /^BL-\d{6}-\d{6}$/);
    assert.equal(receipt.amount, 10_000);
    assert.equal(receipt.dossierCode, dossierCode);
    assert.equal(receipt.payer, citizen.fullName);
    assert.equal(receipt.transactionId, settled.transactionId);
    assert.equal(receipt.lines.reduce((sum, l) => sum + l.amount, 0), 10_000);

    const dossier = await dvc.dossiers.get(dossierCode, { verifier });
    assert.equal(dossier.fees.paid, 10_000);
    assert.equal(dossier.status, 'processing', 'paying the fees moves the dossier on');

    const twice = await rejection(dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier }));
    assert.ok(twice instanceof DvcConflictError);
    assert.equal(twice.code, 'already_paid');
  });

  test('an open payment is reused for the same return URL; a failed one settles as failed', async () => {
    const dvc = sb.client();
    const dossierCode = await payingDossier();
    const first = await dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier });
    const again = await dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier });
    assert.equal(again.id, first.id);
    const location = await completeCheckout(first.checkoutUrl, 'fail');
    assert.equal(new URL(location).searchParams.get('status'), 'failed');
    const settled = await dvc.payments.waitUntilSettled(first.id, { interval: 50, maxWait: 5_000 });
    assert.equal(settled.status, 'failed');
    const receipt = await rejection(dvc.payments.receipt(first.id));
    assert.ok(isDvcError(receipt, 'conflict'));
    assert.equal(receipt.code, 'receipt_not_ready');
    const retry = await dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier });
    assert.notEqual(retry.id, first.id, 'after a failure a new payment can be made');
  });

  test('waitUntilSettled gives up after maxWait with a timeout error', async () => {
    const dvc = sb.client();
    const dossierCode = await payingDossier();
    const payment = await dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier });
    const started = Date.now();
    const error = await rejection(dvc.payments.waitUntilSettled(payment.id, { interval: 50, maxWait: 300 }));
    assert.ok(error instanceof DvcTimeoutError);
    assert.equal(error.type, 'timeout');
    assert.equal(error.code, 'payment_not_settled');
    assert.match(error.message, new RegExp(payment.id));
    assert.ok(Date.now() - started < 30_000, 'gave up instead of waiting on');

    const controller = new AbortController();
    const waiting = dvc.payments.waitUntilSettled(payment.id, { interval: 50, signal: controller.signal });
    controller.abort(new Error('left the page'));
    await assert.rejects(waiting, /left the page/);
  });

  test('a missing verifier or a bad return URL fails before sending; wrong verifier and unknown ids are not_found', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const dossierCode = await payingDossier();

    const missing = await rejection(dvc.payments.create({ dossierCode, returnUrl: RETURN_URL } as never));
    assert.ok(missing instanceof DvcValidationError);
    assert.deepEqual(missing.fieldErrors.map((e: { path: string }) => e.path), ['verifier']);
    const badUrl = await rejection(dvc.payments.create({ dossierCode, returnUrl: 'javascript:alert(1)', verifier }));
    assert.ok(badUrl instanceof DvcValidationError);
    assert.deepEqual(badUrl.fieldErrors.map((e: { path: string }) => e.path), ['returnUrl']);
    const badId = await rejection(dvc.payments.get('nope'));
    assert.ok(badId instanceof DvcValidationError);
    assert.equal(recorder.requests.length, 0, 'nothing was sent');

    const wrong = await rejection(dvc.payments.create({ dossierCode, returnUrl: RETURN_URL, verifier: '0987654321' }));
    assert.ok(wrong instanceof DvcNotFoundError);
    const unknown = await rejection(dvc.payments.get('pay_0000000000000000000000'));
    assert.ok(unknown instanceof DvcNotFoundError);
    assert.equal(unknown.code, 'payment_not_found');
  });

  test('a dossier without fees has nothing to pay', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const error = await rejection(dvc.payments.create({ dossierCode: code, returnUrl: RETURN_URL, verifier }));
    assert.ok(error instanceof DvcConflictError);
    assert.equal(error.code, 'nothing_to_pay');
  });
});
