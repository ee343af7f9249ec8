import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { verifierHeaders } from './verifier.js';
import { httpUrlPattern } from './patterns.js';
import { dateTime, vnd } from './common.js';
import { dossierCode } from './dossiers.js';

export const paymentStatus = z.enum(['created', 'pending', 'succeeded', 'failed', 'cancelled', 'expired']);
export type PaymentStatus = z.infer<typeof paymentStatus>;
export const finalPaymentStatuses: readonly PaymentStatus[] = ['succeeded', 'failed', 'cancelled', 'expired'];

export { httpUrlPattern };
export const httpUrl = z.string().check(
  // A user name or password in the URL has its own message (the pattern refuses it too).
  z.refine((value) => !/^https?:\/\/[^\s/?#]*@/i.test(value), { params: { code: 'url.credentials' }, abort: true }),
  z.regex(httpUrlPattern),
  // The shape is not enough: `http://[` has it, but no browser (nor the gateway's redirect) can use it.
  z.refine((value) => !httpUrlPattern.test(value) || URL.canParse(value), { params: { code: 'url.format' } }),
  z.meta({ format: 'uri' }),
);

export const paymentCreateInput = z.object({
  dossierCode,
  returnUrl: httpUrl.check(z.maxLength(2000)),
});
export type PaymentCreateInput = z.input<typeof paymentCreateInput>;

export const paymentIdParams = z.object({
  id: z.string().check(z.regex(/^pay_[0-9A-Za-z]{16,40}$/)),
});

export const receipt = z.object({
  number: z.string(),
  issuedAt: dateTime,
  payer: z.string(),
  dossierCode: z.string(),
  serviceCode: z.string(),
  agency: z.string(),
  bank: z.string(),
  transactionId: z.string(),
  lines: z.array(z.object({ name: z.string(), amount: vnd })),
  amount: vnd,
});
export type Receipt = z.infer<typeof receipt>;

export const payment = z.object({
  id: z.string(),
  dossierCode: z.string(),
  amount: vnd,
  currency: z.enum(['VND']),
  description: z.string(),
  lines: z.array(z.object({ name: z.string(), amount: vnd })),
  status: paymentStatus,
  checkoutUrl: z.string(),
  returnUrl: z.string(),
  bank: z.nullable(z.string()),
  transactionId: z.nullable(z.string()),
  resultCode: z.nullable(z.string()),
  createdAt: dateTime,
  updatedAt: dateTime,
  expiresAt: dateTime,
  receiptUrl: z.nullable(z.string().check(z.meta({
    description:
      'Once succeeded: the human-readable e-receipt page (biên lai điện tử, HTML) for the citizen\'s browser; it needs no key, '
      + 'the payment id being an unguessable capability. Programs read the receipt as JSON from GET /v1/payments/{id}/receipt. '
      + 'Null until the payment succeeds.',
  }))),
});
export type Payment = z.infer<typeof payment>;

/** Banks and wallets offered on the sandbox's gateway page (the real platform links many). */
export const paymentProviders = [
  { code: 'VCB', name: 'Vietcombank' },
  { code: 'BIDV', name: 'BIDV' },
  { code: 'CTG', name: 'VietinBank' },
  { code: 'VBA', name: 'Agribank' },
  { code: 'NAPAS', name: 'Thẻ ATM nội địa (NAPAS)' },
  { code: 'VNPAY', name: 'VNPay QR' },
  { code: 'MOMO', name: 'Ví MoMo' },
  { code: 'VTMONEY', name: 'Viettel Money' },
  { code: 'ZALOPAY', name: 'ZaloPay' },
] as const;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const paymentsCreate = {
  method: 'POST', path: '/v1/payments', scope: 'pay', idempotent: true,
  headers: verifierHeaders, body: paymentCreateInput, status: 201, response: payment,
} as const satisfies RouteDef;

const paymentsGet = {
  method: 'GET', path: '/v1/payments/{id}', scope: 'pay',
  params: paymentIdParams, status: 200, response: payment,
} as const satisfies RouteDef;

const paymentsReceipt = {
  method: 'GET', path: '/v1/payments/{id}/receipt', scope: 'pay',
  params: paymentIdParams, status: 200,
  response: receipt,
} as const satisfies RouteDef;

/** Payments and receipts. */
export const paymentRoutes = { create: paymentsCreate, get: paymentsGet, receipt: paymentsReceipt } as const;
