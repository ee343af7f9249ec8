import { randomInt } from 'node:crypto';
import {
  dossierStatusInfo, finalDossierStatuses, formatDate, paymentProviders, type Applicant, type Payment, type PaymentStatus, type Receipt, type WebhookEventType,
} from '@dvc-kit/contract';
import type { Context } from 'hono';
import { mayReturnTo } from '../config.js';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { readBody } from '../http/body.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { json } from '../store/db.js';
import { dossierOwner, findDossier, findDossierForVerifier, recordPayment } from '../store/dossiers.js';
import { bi, cssHeaders, escapeHtml, page, pageCss, pageHeaders } from '../simulate/page.js';
import { newId, vnDay } from '../util/ids.js';

const CHECKOUT_MINUTES = 15;
const FORM_LIMIT = 16 * 1024;
const OPEN: readonly PaymentStatus[] = ['created', 'pending'];

type Line = { name: string; amount: number };

interface PaymentRow {
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
type FinalOutcome = keyof typeof resultCodes;

// ---------------------------------------------------------------------------------------------
// Store

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

const findPayment = (sb: Sandbox, id: string): PaymentRow | undefined =>
  sb.db.prepare('SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;

/** The receipt issued when the payment succeeded (built once, in `close`), or null before that. */
const storedReceipt = (row: PaymentRow): Receipt | null =>
  row.status === 'succeeded' && row.receipt ? json<Receipt>(row.receipt) ?? null : null;

const isOpen = (sb: Sandbox, row: PaymentRow): boolean =>
  OPEN.includes(row.status) && Date.parse(row.expires_at) > sb.now().getTime();

const isDue = (sb: Sandbox, row: PaymentRow): boolean =>
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
function close(sb: Sandbox, id: string, outcome: FinalOutcome, bank: string | null = null): PaymentRow | null {
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
function current(sb: Sandbox, id: string): PaymentRow | undefined {
  const row = findPayment(sb, id);
  if (row && isDue(sb, row)) return close(sb, id, 'expired') ?? findPayment(sb, id);
  return row;
}

function expireDue(sb: Sandbox): void {
  const due = sb.db
    .prepare(`SELECT id FROM payments WHERE status IN ('created', 'pending') AND expires_at <= ? ORDER BY expires_at LIMIT 500`)
    .all(sb.now().toISOString()) as { id: string }[];
  for (const { id } of due) close(sb, id, 'expired');
}

/** `returnUrl` with `payment` and `status` added (its own query and fragment kept). */
function returnLocation(row: PaymentRow): string {
  const url = new URL(row.return_url);
  url.searchParams.set('payment', row.id);
  url.searchParams.set('status', row.status);
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// Gateway page (no inline style or script: it is served under a strict CSP; see simulate/page.ts)

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
/** An instant on a gateway page: `07/12/2026 09:05` (Vietnam time), the kit's one date format. */
const vnTime = (iso: string) => formatDate('vi', iso, true);

const statusLabels: Record<PaymentStatus, [vi: string, en: string]> = {
  created: ['Mới tạo', 'Created'],
  pending: ['Đang chờ thanh toán', 'Awaiting payment'],
  succeeded: ['Thanh toán thành công', 'Paid'],
  failed: ['Thanh toán không thành công', 'Failed'],
  cancelled: ['Đã huỷ giao dịch', 'Cancelled'],
  expired: ['Đã hết hạn thanh toán', 'Expired'],
};

const MERCHANT = 'Cổng Dịch vụ công Quốc gia (sandbox)';

const layout = (title: string, main: string): string => page({
  title,
  brand: MERCHANT,
  notice: bi('Môi trường thử nghiệm: không có tiền thật được chuyển.', 'Test environment: no real money moves.'),
  stylesheet: '../gateway.css',
}, main);

function summary(row: PaymentRow): string {
  const lines = json<Line[]>(row.lines) ?? [];
  const rows = lines
    .map((l) => `<tr><th scope="row">${escapeHtml(l.name)}</th><td>${escapeHtml(vnd.format(l.amount))}</td></tr>`)
    .join('\n');
  return `<dl class="summary">
<div><dt>${bi('Đơn vị thụ hưởng', 'Merchant')}</dt><dd>${escapeHtml(MERCHANT)}</dd></div>
<div><dt>${bi('Mã giao dịch', 'Payment')}</dt><dd><code>${escapeHtml(row.id)}</code></dd></div>
<div><dt>${bi('Nội dung', 'Description')}</dt><dd>${escapeHtml(`THANH TOAN HO SO ${row.dossier_code}`)}</dd></div>
<div class="amount"><dt>${bi('Số tiền', 'Amount')}</dt><dd>${escapeHtml(vnd.format(row.amount))}</dd></div>
<div><dt>${bi('Hết hạn lúc', 'Expires at')}</dt><dd><time datetime="${escapeHtml(row.expires_at)}">${escapeHtml(vnTime(row.expires_at))}</time> (GMT+7)</dd></div>
</dl>
${lines.length ? `<table class="lines">
<caption>${bi('Chi tiết phí, lệ phí', 'Fee lines')}</caption>
<thead><tr><th scope="col">${bi('Khoản thu', 'Item')}</th><th scope="col">${bi('Số tiền', 'Amount')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>` : ''}`;
}

function checkoutPage(row: PaymentRow, error?: { vi: string; en: string }, selected?: string): string {
  const options = paymentProviders
    .map((p, i) => {
      const id = `bank-${p.code.toLowerCase()}`;
      const checked = p.code === selected ? ' checked' : '';
      // `required` on one radio makes the group required; fail and cancel skip validation.
      return `<li><input type="radio" id="${id}" name="bank" value="${escapeHtml(p.code)}"${i === 0 ? ' required' : ''}${checked}${error ? ' aria-describedby="form-error"' : ''}><label for="${id}">${escapeHtml(p.name)}</label></li>`;
    })
    .join('\n');
  return layout(
    'Thanh toán phí, lệ phí',
    `<h1>${bi('Thanh toán phí, lệ phí hồ sơ', 'Pay dossier fees')}</h1>
${summary(row)}
<form method="post" class="pay">
${error ? `<p class="error" role="alert" id="form-error">${bi(error.vi, error.en)}</p>` : ''}
<fieldset>
<legend>${bi('Chọn ngân hàng hoặc ví điện tử', 'Choose a bank or e-wallet')}</legend>
<ul class="providers">
${options}
</ul>
</fieldset>
<div class="actions">
<button type="submit" name="action" value="succeed" class="primary">${bi('Thanh toán', 'Pay')}</button>
<button type="submit" name="action" value="fail" formnovalidate class="secondary">${bi('Mô phỏng thất bại', 'Simulate a failure')}</button>
<button type="submit" name="action" value="cancel" formnovalidate class="secondary">${bi('Huỷ giao dịch', 'Cancel payment')}</button>
</div>
</form>`,
  );
}

function closedPage(row: PaymentRow): string {
  const [vi, en] = statusLabels[row.status];
  return layout(
    'Giao dịch đã kết thúc',
    `<h1>${bi('Giao dịch đã kết thúc', 'This payment is closed')}</h1>
<p class="status status-${escapeHtml(row.status)}">${bi(vi, en)}</p>
${summary(row)}
<p><a class="back" href="${escapeHtml(returnLocation(row))}">${bi('Quay lại trang dịch vụ', 'Back to the service')}</a></p>`,
  );
}

/** The e-receipt (biên lai điện tử) of a succeeded payment, as a citizen would print or save it. */
function receiptPage(row: PaymentRow, receipt: Receipt): string {
  const rows = receipt.lines
    .map((l) => `<tr><th scope="row">${escapeHtml(l.name)}</th><td>${escapeHtml(vnd.format(l.amount))}</td></tr>`)
    .join('\n');
  const item = (vi: string, en: string, value: string, cls = '') =>
    `<div${cls ? ` class="${cls}"` : ''}><dt>${bi(vi, en)}</dt><dd>${value}</dd></div>`;
  return layout(
    `Biên lai ${receipt.number}`,
    `<h1>${bi('Biên lai thu phí, lệ phí', 'E-receipt for fees and charges')}</h1>
<p class="status status-succeeded">${bi(...statusLabels.succeeded)}</p>
<dl class="summary receipt">
${item('Số biên lai', 'Receipt number', `<strong>${escapeHtml(receipt.number)}</strong>`)}
${item('Ngày lập', 'Issued at', `<time datetime="${escapeHtml(receipt.issuedAt)}">${escapeHtml(vnTime(receipt.issuedAt))}</time> (GMT+7)`)}
${item('Người nộp', 'Payer', escapeHtml(receipt.payer))}
${item('Mã hồ sơ', 'Dossier code', `<code>${escapeHtml(receipt.dossierCode)}</code>`)}
${item('Mã thủ tục', 'Procedure code', `<code>${escapeHtml(receipt.serviceCode)}</code>`)}
${item('Cơ quan thu', 'Agency', escapeHtml(receipt.agency))}
${item('Đơn vị thụ hưởng', 'Merchant', escapeHtml(MERCHANT))}
${item('Ngân hàng, ví điện tử', 'Bank or e-wallet', escapeHtml(receipt.bank))}
${item('Mã giao dịch ngân hàng', 'Bank transaction', `<code>${escapeHtml(receipt.transactionId)}</code>`)}
${item('Mã thanh toán', 'Payment', `<code>${escapeHtml(row.id)}</code>`)}
${item('Tổng số tiền', 'Total', escapeHtml(vnd.format(receipt.amount)), 'amount')}
</dl>
${receipt.lines.length ? `<table class="lines">
<caption>${bi('Chi tiết phí, lệ phí', 'Fee lines')}</caption>
<thead><tr><th scope="col">${bi('Khoản thu', 'Item')}</th><th scope="col">${bi('Số tiền', 'Amount')}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">${bi('Tổng cộng', 'Total')}</th><td>${escapeHtml(vnd.format(receipt.amount))}</td></tr></tfoot>
</table>` : ''}
<p class="note">${bi('Bạn có thể in hoặc lưu trang này làm chứng từ đã nộp phí, lệ phí.', 'You may print or save this page as proof that the fees were paid.')}</p>
<p><a class="back" href="${escapeHtml(returnLocation(row))}">${bi('Quay lại trang dịch vụ', 'Back to the service')}</a></p>`,
  );
}

/** Shown at a receipt link before (or instead of) a successful payment. */
function noReceiptPage(sb: Sandbox, row: PaymentRow): string {
  const [vi, en] = statusLabels[row.status];
  const open = isOpen(sb, row);
  return layout(
    'Chưa có biên lai',
    `<h1>${bi('Chưa có biên lai', 'No receipt yet')}</h1>
<p class="status status-${escapeHtml(row.status)}">${bi(vi, en)}</p>
<p>${open
    ? bi('Biên lai được lập khi thanh toán thành công. Giao dịch này chưa được thanh toán.', 'A receipt is issued once the payment succeeds. This payment has not been paid yet.')
    : bi('Biên lai chỉ được lập cho giao dịch thanh toán thành công. Giao dịch này đã kết thúc mà không thành công.', 'Receipts are issued only for successful payments. This payment closed without succeeding.')}</p>
${summary(row)}
<p>${open
    ? `<a class="back" href="../checkout/${escapeHtml(encodeURIComponent(row.id))}">${bi('Tiếp tục thanh toán', 'Continue to payment')}</a>`
    : `<a class="back" href="${escapeHtml(returnLocation(row))}">${bi('Quay lại trang dịch vụ', 'Back to the service')}</a>`}</p>`,
  );
}

const notFoundPage = () =>
  layout(
    'Không tìm thấy giao dịch',
    `<h1>${bi('Không tìm thấy giao dịch', 'Payment not found')}</h1>
<p>${bi('Liên kết thanh toán không đúng hoặc đã bị xoá. Vui lòng tạo lại giao dịch từ trang dịch vụ.', 'The payment link is wrong or was removed. Start the payment again from the service page.')}</p>`,
  );

function html(c: Context, body: string, status: 200 | 404 | 409 | 422, row?: PaymentRow): Response {
  return c.body(body, status, pageHeaders(row ? [new URL(row.return_url).origin] : []));
}

// ---------------------------------------------------------------------------------------------
// Module

const notFound = (id: string) => new ApiError(404, 'payment_not_found', { id });

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

      // Open checkouts past their time are expired now, so they are neither reused nor left hanging.
      const open = sb.db
        .prepare(`SELECT * FROM payments WHERE dossier_code = ? AND status IN ('created', 'pending') ORDER BY created_at DESC`)
        .all(dossier.code) as PaymentRow[];
      for (const row of open) if (isDue(sb, row)) close(sb, row.id, 'expired');
      const reusable = open.find((row) => isOpen(sb, row) && row.return_url === body.returnUrl && row.amount === amount);
      if (reusable) return toPayment(sb, reusable);

      const now = sb.now();
      const row: PaymentRow = {
        id: newId('pay'),
        dossier_code: dossier.code,
        amount,
        lines: dossier.fees,
        status: 'created',
        return_url: body.returnUrl,
        bank: null,
        transaction_id: null,
        result_code: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        expires_at: new Date(now.getTime() + CHECKOUT_MINUTES * 60_000).toISOString(),
        receipt: null,
        key: key!.key,
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
      return toPayment(sb, row);
    },

    'payments.get': ({ params, sb }) => {
      const row = current(sb, params.id);
      if (!row) throw notFound(params.id);
      return toPayment(sb, row);
    },

    'payments.receipt': ({ params, sb }) => {
      const row = current(sb, params.id);
      if (!row) throw notFound(params.id);
      const receipt = storedReceipt(row);
      if (!receipt) throw new ApiError(409, 'receipt_not_ready', { id: row.id, status: row.status });
      return receipt;
    },
  },

  mount(app, sb) {
    app.get('/gateway/gateway.css', (c) =>
      c.body(pageCss, 200, cssHeaders),
    );

    app.get('/gateway/checkout/:id', (c) => {
      const row = current(sb, c.req.param('id'));
      if (!row) return html(c, notFoundPage(), 404);
      if (!isOpen(sb, row)) return html(c, closedPage(row), 200, row);
      if (row.status === 'created') {
        row.status = 'pending';
        row.updated_at = sb.now().toISOString();
        sb.db
          .prepare(`UPDATE payments SET status = 'pending', updated_at = ? WHERE id = ? AND status = 'created'`)
          .run(row.updated_at, row.id);
      }
      return html(c, checkoutPage(row), 200, row);
    });

    // The citizen's e-receipt (what `receiptUrl` points to). Like the checkout page it needs no key: the
    // payment id (`pay_` + 16–40 random characters) is an unguessable capability, shared only with the
    // payer's browser and the integrator. 404 for an unknown id; 409 while there is no receipt (payment
    // not succeeded), matching the API's `409 receipt_not_ready`.
    app.get('/gateway/receipt/:id', (c) => {
      const row = current(sb, c.req.param('id'));
      if (!row) return html(c, notFoundPage(), 404);
      const receipt = storedReceipt(row);
      // No `row` for html(): these pages hold no form, so form-action stays 'self'.
      if (!receipt) return html(c, noReceiptPage(sb, row), 409);
      return html(c, receiptPage(row, receipt), 200);
    });

    app.post('/gateway/checkout/:id', async (c) => {
      const id = c.req.param('id');
      const form = new URLSearchParams(new TextDecoder().decode(await readBody(c.req.raw, FORM_LIMIT)));
      const row = current(sb, id);
      if (!row) return html(c, notFoundPage(), 404);
      if (!isOpen(sb, row)) return html(c, closedPage(row), 409, row);

      const action = form.get('action');
      const bank = form.get('bank') ?? '';
      const known = paymentProviders.some((p) => p.code === bank);
      let outcome: FinalOutcome;
      if (action === 'succeed') {
        if (!known) {
          const error = { vi: 'Vui lòng chọn một ngân hàng hoặc ví điện tử để thanh toán.', en: 'Please choose a bank or e-wallet to pay with.' };
          return html(c, checkoutPage(row, error), 422, row);
        }
        outcome = 'succeeded';
      } else if (action === 'fail') {
        outcome = 'failed';
      } else if (action === 'cancel') {
        outcome = 'cancelled';
      } else {
        const error = { vi: 'Thao tác không hợp lệ. Vui lòng chọn một trong các nút bên dưới.', en: 'Unknown action. Please use one of the buttons below.' };
        return html(c, checkoutPage(row, error, known ? bank : undefined), 422, row);
      }

      const closed = close(sb, id, outcome, known ? bank : null);
      if (!closed) {
        // Closed meanwhile (expired, or paid in another tab).
        return html(c, closedPage(findPayment(sb, id)!), 409, findPayment(sb, id));
      }
      return c.body(null, 303, { location: returnLocation(closed), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    });
  },

  tick(sb) {
    expireDue(sb);
  },
};
