/**
 * Payments of dossier fees: the rows, the one row → API object conversion, opening (or reusing) a
 * checkout, closing it (with its receipt, and the dossier's fees paid) and expiring it. The
 * gateway's pages that drive a checkout are in simulate/gateway.ts.
 */
import { randomInt } from 'node:crypto';
import {
  finalDossierStatuses, paymentProviders, type Applicant, type Payment, type PaymentStatus, type Receipt, type WebhookEventType,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { newId, vnDay } from '../util/ids.js';
import { json } from './db.js';
import { dossierOwner, findDossier, recordPayment, type DossierRow } from './dossiers.js';

const CHECKOUT_MINUTES = 15;
const OPEN: readonly PaymentStatus[] = ['created', 'pending'];

export type Line = { name: string; amount: number };

export interface PaymentRow {
  id: string;
  dossier_code: string;
  amount: number;
  lines: string;
  status: PaymentStatus;
  return_url: string;
  bank: string | null;
  transaction_id: string | null;
  result_code: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
  receipt: string | null;
  /** The API key it was created with (null: made before keys were recorded). */
  key: string | null;
}

/** Result codes as the intermediaries send them (VNPay-style): 00 success, 11 expired, 24 cancelled, 51 insufficient funds. */
const resultCodes = { succeeded: '00', expired: '11', cancelled: '24', failed: '51' } as const;
export type FinalOutcome = keyof typeof resultCodes;

/** The payment as the API returns it (and as webhooks carry it): the one row → object conversion. */
export function toPayment(sb: Sandbox, row: PaymentRow): Payment {
  return {
    id: row.id,
    dossierCode: row.dossier_code,
    amount: row.amount,
    currency: 'VND',
    description: `THANH TOAN HO SO ${row.dossier_code}`,
    lines: json<Line[]>(row.lines) ?? [],
    status: row.status,
    checkoutUrl: `${sb.baseUrl()}/gateway/checkout/${row.id}`,
    returnUrl: row.return_url,
    bank: row.bank,
    transactionId: row.transaction_id,
    resultCode: row.result_code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    // The citizen-facing e-receipt page; programs read the same data from `/v1/payments/{id}/receipt`.
    receiptUrl: row.status === 'succeeded' ? `${sb.baseUrl()}/gateway/receipt/${row.id}` : null,
  };
}

export const findPayment = (sb: Sandbox, id: string): PaymentRow | undefined =>
  sb.db.prepare('SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;

/** The receipt issued when the payment succeeded (built once, in `closePayment`), or null before that. */
export const storedReceipt = (row: PaymentRow): Receipt | null =>
  row.status === 'succeeded' && row.receipt ? json<Receipt>(row.receipt) ?? null : null;

export const isOpen = (sb: Sandbox, row: PaymentRow): boolean =>
  OPEN.includes(row.status) && Date.parse(row.expires_at) > sb.now().getTime();

export const isDue = (sb: Sandbox, row: PaymentRow): boolean =>
  OPEN.includes(row.status) && Date.parse(row.expires_at) <= sb.now().getTime();

const providerName = (code: string): string => paymentProviders.find((p) => p.code === code)?.name ?? code;

/** `BL-{yyMMdd}-{NNNNNN}`: receipts are numbered per day (Vietnam time). */
function nextReceiptNumber(sb: Sandbox, now: Date): string {
  const prefix = `BL-${vnDay(now)}-`;
  const last = sb.db
    .prepare(
      `SELECT MAX(CAST(substr(json_extract(receipt, '$.number'), ?) AS INTEGER)) AS n FROM payments
       WHERE receipt IS NOT NULL AND json_extract(receipt, '$.number') LIKE ?`,
    )
    .get(prefix.length + 1, `${prefix}%`) as { n: number | null };
  return prefix + String((last.n ?? 0) + 1).padStart(6, '0');
}

/** A bank-style transfer reference: `FT` + yyMMdd + 8 digits. */
const transactionId = (now: Date): string => `FT${vnDay(now)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

function emitFinal(sb: Sandbox, row: PaymentRow): void {
  // The payment's own key, and its dossier's agency.
  const { agency } = dossierOwner(findDossier(sb, row.dossier_code)!);
  sb.events.emit('webhook', {
    type: `payment.${row.status}` as WebhookEventType,
    data: toPayment(sb, row) as unknown as Record<string, unknown>,
    owner: { key: row.key ?? null, agency },
  });
}

/**
 * Closes an open payment with `outcome`. Returns the closed rows (this one, and on success any other
 * open payment of the same dossier, now pointless) or null when the payment was no longer open.
 * Webhooks are announced after the transaction commits.
 */
export function closePayment(sb: Sandbox, id: string, outcome: FinalOutcome, bank: string | null = null): PaymentRow | null {
  const closed: PaymentRow[] = [];
  const result = sb.db.transaction((): PaymentRow | null => {
    const row = findPayment(sb, id);
    if (!row || !OPEN.includes(row.status)) return null;
    // A dossier that ended (withdrawn, refused, stopped, done) while its payment was open is not charged.
    if (outcome === 'succeeded' && finalDossierStatuses.includes(findDossier(sb, row.dossier_code)!.status)) outcome = 'cancelled';
    // A payment whose time ran out can only expire, whatever was clicked.
    if (outcome !== 'expired' && isDue(sb, row)) return null;
    const now = sb.now();
    const updated: PaymentRow = {
      ...row, status: outcome, result_code: resultCodes[outcome], updated_at: now.toISOString(),
    };
    if (outcome === 'succeeded' || outcome === 'failed') updated.bank = bank;
    if (outcome === 'succeeded') {
      const dossier = findDossier(sb, row.dossier_code)!;
      const applicant = json<Applicant>(dossier.applicant)!;
      updated.transaction_id = transactionId(now);
      const receipt: Receipt = {
        number: nextReceiptNumber(sb, now),
        issuedAt: now.toISOString(),
        payer: applicant.fullName,
        dossierCode: dossier.code,
        serviceCode: dossier.service_code,
        agency: dossier.agency_name,
        bank: providerName(bank!),
        transactionId: updated.transaction_id,
        lines: json<Line[]>(row.lines) ?? [],
        amount: row.amount,
      };
      updated.receipt = JSON.stringify(receipt);
    }
    sb.db
      .prepare(
        `UPDATE payments SET status = ?, bank = ?, transaction_id = ?, result_code = ?, receipt = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(updated.status, updated.bank, updated.transaction_id, updated.result_code, updated.receipt, updated.updated_at, id);
    closed.push(updated);
    if (outcome === 'succeeded') {
      recordPayment(sb, row.dossier_code, row.amount, row.id);
      // The fees are settled: other open checkouts of the same dossier must not charge twice.
      const others = sb.db
        .prepare(`SELECT * FROM payments WHERE dossier_code = ? AND id <> ? AND status IN ('created', 'pending')`)
        .all(row.dossier_code, id) as PaymentRow[];
      for (const other of others) {
        const cancelled: PaymentRow = { ...other, status: 'cancelled', result_code: resultCodes.cancelled, updated_at: now.toISOString() };
        sb.db
          .prepare('UPDATE payments SET status = ?, result_code = ?, updated_at = ? WHERE id = ?')
          .run(cancelled.status, cancelled.result_code, cancelled.updated_at, other.id);
        closed.push(cancelled);
      }
    }
    return updated;
  })();
  for (const row of closed) {
    sb.log(`payment ${row.id} ${row.status}`);
    emitFinal(sb, row);
  }
  return result;
}

/** The payment, expired first if its time ran out and the simulation loop has not yet noticed. */
export function currentPayment(sb: Sandbox, id: string): PaymentRow | undefined {
  const row = findPayment(sb, id);
  if (row && isDue(sb, row)) return closePayment(sb, id, 'expired') ?? findPayment(sb, id);
  return row;
}

/** Expires the open payments whose time ran out (the simulation loop's tick). */
export function expireDuePayments(sb: Sandbox): void {
  const due = sb.db
    .prepare(`SELECT id FROM payments WHERE status IN ('created', 'pending') AND expires_at <= ? ORDER BY expires_at LIMIT 500`)
    .all(sb.now().toISOString()) as { id: string }[];
  for (const { id } of due) closePayment(sb, id, 'expired');
}


/**
 * The dossier's open checkout for `returnUrl` and `amount` if there is one, else a new one made with
 * `key`. Open checkouts past their time are expired now, so they are neither reused nor left hanging.
 */
export function openCheckout(sb: Sandbox, dossier: DossierRow, returnUrl: string, amount: number, key: string): PaymentRow {
  const open = sb.db
    .prepare(`SELECT * FROM payments WHERE dossier_code = ? AND status IN ('created', 'pending') ORDER BY created_at DESC`)
    .all(dossier.code) as PaymentRow[];
  for (const row of open) if (isDue(sb, row)) closePayment(sb, row.id, 'expired');
  const reusable = open.find((row) => isOpen(sb, row) && row.return_url === returnUrl && row.amount === amount);
  if (reusable) return reusable;

  const now = sb.now();
  const row: PaymentRow = {
    id: newId('pay'),
    dossier_code: dossier.code,
    amount,
    lines: dossier.fees,
    status: 'created',
    return_url: returnUrl,
    bank: null,
    transaction_id: null,
    result_code: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    expires_at: new Date(now.getTime() + CHECKOUT_MINUTES * 60_000).toISOString(),
    receipt: null,
    key,
  };
  sb.db
    .prepare(
      `INSERT INTO payments (id, dossier_code, amount, lines, status, return_url, bank, transaction_id, result_code,
         created_at, updated_at, expires_at, receipt, key)
       VALUES (@id, @dossier_code, @amount, @lines, @status, @return_url, @bank, @transaction_id, @result_code,
         @created_at, @updated_at, @expires_at, @receipt, @key)`,
    )
    .run(row);
  sb.log(`payment ${row.id} created for dossier ${row.dossier_code}`);
  return row;
}

/** A checkout opened in the gateway: `created` becomes `pending` (in `row` too). */
export function markPending(sb: Sandbox, row: PaymentRow): void {
  if (row.status !== 'created') return;
  row.status = 'pending';
  row.updated_at = sb.now().toISOString();
  sb.db
    .prepare(`UPDATE payments SET status = 'pending', updated_at = ? WHERE id = ? AND status = 'created'`)
    .run(row.updated_at, row.id);
}
