import { finalPaymentStatuses, type Payment, type PaymentCreateInput, type Receipt, paymentRoutes } from '@dvc-kit/contract';
import { DvcTimeoutError } from '../errors.js';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';
import { sdkMessage } from '../messages.js';
import { sleep } from '../sleep.js';
import type { VerifierOptions } from './petitions.js';

/** Options of {@link PaymentsResource.waitUntilSettled}. */
export interface WaitOptions extends RequestOptions {
  /** Milliseconds between checks (default 2 000). */
  interval?: number;
  /** Give up after this many milliseconds (default 15 minutes, the gateway's own expiry). */
  maxWait?: number;
}

/**
 * Paying a dossier's fees through the payment platform.
 * @example
 * ```ts
 * const payment = await dvc.payments.create({ dossierCode, returnUrl: location.href, verifier: phone });
 * location.assign(payment.checkoutUrl);
 * ```
 */
export class PaymentsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Starts paying the outstanding fees of a dossier. Send the citizen to `checkoutUrl`; the gateway
   * brings them back to `returnUrl`. `verifier` is the applicant's phone number.
   * @example
   * ```ts
   * const { checkoutUrl } = await dvc.payments.create({
   *   dossierCode: '000.00.38.H38-251123-0001', returnUrl: 'https://dichvucong.thanhhoa.gov.vn/thanh-toan',
   *   verifier: '0912345678',
   * });
   * ```
   */
  create(input: PaymentCreateInput & VerifierOptions, options?: RequestOptions): Promise<Payment> {
    const { verifier, ...body } = input ?? ({} as PaymentCreateInput & VerifierOptions);
    return this.#http.call(paymentRoutes.create, { body, headers: { 'dvc-verifier': verifier } }, options);
  }

  /**
   * A payment and its state.
   * @example
   * ```ts
   * const { status } = await dvc.payments.get('pay_3f9a1c2b7d8e4f60a1b2');
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Payment> {
    return this.#http.call(paymentRoutes.get, { params: { id } }, options);
  }

  /**
   * The electronic receipt of a succeeded payment.
   * @example
   * ```ts
   * const receipt = await dvc.payments.receipt(payment.id);
   * console.log(receipt.number, receipt.amount);
   * ```
   */
  receipt(id: string, options?: RequestOptions): Promise<Receipt> {
    return this.#http.call(paymentRoutes.receipt, { params: { id } }, options);
  }

  /**
   * Checks the payment until it is settled (succeeded, failed, cancelled or expired) and returns it.
   * Rejects with a `timeout` error if it is still open after `maxWait`.
   * @example
   * ```ts
   * const settled = await dvc.payments.waitUntilSettled(id, { signal: AbortSignal.timeout(60_000) });
   * if (settled.status === 'succeeded') showReceipt(settled.receiptUrl);
   * ```
   */
  async waitUntilSettled(id: string, options: WaitOptions = {}): Promise<Payment> {
    const { interval = 2_000, maxWait = 15 * 60_000, ...request } = options;
    const until = Date.now() + maxWait;
    for (;;) {
      const payment = await this.get(id, request);
      if (finalPaymentStatuses.includes(payment.status)) return payment;
      if (Date.now() + interval > until) {
        throw new DvcTimeoutError(
          sdkMessage(this.#http.locale, 'unsettled', { id, seconds: Math.round(maxWait / 1000), status: payment.status }),
          { code: 'payment_not_settled' },
        );
      }
      await sleep(interval, request.signal);
    }
  }
}

/**
 * The payments resource (create, read, wait, receipt) on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { payments } from '@dvc-kit/sdk/payments';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const payment = await payments(connection).create({ dossierCode, returnUrl, verifier: '0912345678' });
 * ```
 */
export const payments: (connection: DvcConnection) => PaymentsResource = /* @__PURE__ */ resourceOf((http) => new PaymentsResource(http));
