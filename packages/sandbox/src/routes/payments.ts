import { dossierStatusInfo, finalDossierStatuses } from '@dvc-kit/contract';
import { mayReturnTo } from '../config.js';
import { ApiError } from '../errors.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { mountGateway } from '../simulate/gateway.js';
import { findDossierForVerifier } from '../store/dossiers.js';
import { currentPayment, expireDuePayments, openCheckout, storedReceipt, toPayment } from '../store/payments.js';

const notFound = (id: string) => new ApiError(404, 'payment_not_found', { id });

/** Payments of a dossier's fees (`/v1/payments…`), and the gateway their checkout links open. */
export const paymentsModule: Module = {
  handlers: {
    'payments.create': ({ body, headers, key, sb, client, locale }) => {
      // The gateway sends the browser back here: only to a site of the key's, never anywhere (no open redirect).
      if (!mayReturnTo(key!, body.returnUrl)) {
        throw fieldError(locale, [{ path: ['returnUrl'], code: 'return_url.origin', params: { origin: new URL(body.returnUrl).origin } }]);
      }
      const dossier = findDossierForVerifier(sb, body.dossierCode, headers['dvc-verifier'], client);
      if (finalDossierStatuses.includes(dossier.status)) {
        throw new ApiError(409, 'dossier_closed', { code: dossier.code, status: dossierStatusInfo[dossier.status].label });
      }
      if (dossier.fees_total <= 0) throw new ApiError(409, 'nothing_to_pay', { code: dossier.code });
      const amount = dossier.fees_total - dossier.fees_paid;
      if (amount <= 0) throw new ApiError(409, 'already_paid', { code: dossier.code });
      return toPayment(sb, openCheckout(sb, dossier, body.returnUrl, amount, key!.key));
    },

    'payments.get': ({ params, sb }) => {
      const row = currentPayment(sb, params.id);
      if (!row) throw notFound(params.id);
      return toPayment(sb, row);
    },

    'payments.receipt': ({ params, sb }) => {
      const row = currentPayment(sb, params.id);
      if (!row) throw notFound(params.id);
      const receipt = storedReceipt(row);
      if (!receipt) throw new ApiError(409, 'receipt_not_ready', { id: row.id, status: row.status });
      return receipt;
    },
  },

  mount: mountGateway,

  tick: expireDuePayments,
};
