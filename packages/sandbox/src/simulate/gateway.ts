/**
 * The payment gateway a checkout link opens (`/gateway/checkout/{id}`): the intermediary's page where
 * a citizen picks a bank and pays, fails or cancels, and the e-receipt page of a paid checkout. No
 * inline style or script: the pages are served under a strict CSP (see ./page.ts).
 */
import { formatDate, paymentProviders, type PaymentStatus, type Receipt } from '@dvc-kit/contract';
import type { Context } from 'hono';
import type { Sandbox } from '../context.js';
import { readBody } from '../http/body.js';
import type { Module } from '../server.js';
import { json } from '../store/db.js';
import {
  closePayment, currentPayment, findPayment, isOpen, markPending, storedReceipt, type FinalOutcome, type Line, type PaymentRow,
} from '../store/payments.js';
import { bi, cssHeaders, escapeHtml, page, pageCss, pageHeaders } from './page.js';

const FORM_LIMIT = 16 * 1024;

/** `returnUrl` with `payment` and `status` added (its own query and fragment kept). */
function returnLocation(row: PaymentRow): string {
  const url = new URL(row.return_url);
  url.searchParams.set('payment', row.id);
  url.searchParams.set('status', row.status);
  return url.href;
}

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
<p class="note">${bi('Ông/bà có thể in hoặc lưu trang này làm chứng từ đã nộp phí, lệ phí.', 'You may print or save this page as proof that the fees were paid.')}</p>
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

/** The gateway's pages on the sandbox's app. */
export function mountGateway(app: Parameters<NonNullable<Module['mount']>>[0], sb: Sandbox): void {
  app.get('/gateway/gateway.css', (c) =>
    c.body(pageCss, 200, cssHeaders),
  );

  app.get('/gateway/checkout/:id', (c) => {
    const row = currentPayment(sb, c.req.param('id'));
    if (!row) return html(c, notFoundPage(), 404);
    if (!isOpen(sb, row)) return html(c, closedPage(row), 200, row);
    markPending(sb, row);
    return html(c, checkoutPage(row), 200, row);
  });

  // The citizen's e-receipt (what `receiptUrl` points to). Like the checkout page it needs no key: the
  // payment id (`pay_` + 16–40 random characters) is an unguessable capability, shared only with the
  // payer's browser and the integrator. 404 for an unknown id; 409 while there is no receipt (payment
  // not succeeded), matching the API's `409 receipt_not_ready`.
  app.get('/gateway/receipt/:id', (c) => {
    const row = currentPayment(sb, c.req.param('id'));
    if (!row) return html(c, notFoundPage(), 404);
    const receipt = storedReceipt(row);
    // No `row` for html(): these pages hold no form, so form-action stays 'self'.
    if (!receipt) return html(c, noReceiptPage(sb, row), 409);
    return html(c, receiptPage(row, receipt), 200);
  });

  app.post('/gateway/checkout/:id', async (c) => {
    const id = c.req.param('id');
    const form = new URLSearchParams(new TextDecoder().decode(await readBody(c.req.raw, FORM_LIMIT)));
    const row = currentPayment(sb, id);
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

    const closed = closePayment(sb, id, outcome, known ? bank : null);
    if (!closed) {
      // Closed meanwhile (expired, or paid in another tab).
      return html(c, closedPage(findPayment(sb, id)!), 409, findPayment(sb, id));
    }
    return c.body(null, 303, { location: returnLocation(closed), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  });
}
