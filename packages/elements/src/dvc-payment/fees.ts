// The fees of a dossier (phí, lệ phí) as a table (lines, total, paid, due, the "Thanh toán" button),
// a succeeded payment with its e-receipt, and the field to type (or correct) the dossier code.
import { html, nothing, type TemplateResult } from 'lit';
import type { Dossier, Locale, Payment, Receipt } from '@dvc-kit/sdk';
import { dossierCodePattern } from '@dvc-kit/sdk/contract';
import { field } from '../shared/form/index.js';
import { formatDate, formatVnd, vietnamese } from '../shared/localize.js';
import { safeUrl } from '../shared/url.js';
import type { PaymentKey } from './dvc-payment.strings.js';

type T = (key: PaymentKey, params?: Record<string, string | number>) => string;

/** The fees table of `dossier`, titled at `level` (`aria-level`); `pay` runs on "Thanh toán" (shown only when something is due). */
export function feesTable(t: T, locale: Locale, level: number, dossier: Dossier, pay: () => void): TemplateResult {
  const { total, paid, lines } = dossier.fees;
  const due = Math.max(0, total - paid);
  const money = (amount: number) => formatVnd(locale, amount);
  return html`<section class="fees" aria-labelledby="fees-title">
    <h3 id="fees-title" tabindex="-1" aria-level=${level}>${t('fees.title')}</h3>
    ${total <= 0 ? html`<p>${t('fees.none')}</p>` : html`
      <table part="fees" aria-labelledby="fees-title">
        <thead><tr><th scope="col">${t('fees.item')}</th><th scope="col" class="amount">${t('fees.amount')}</th></tr></thead>
        <tbody>
          ${lines.map((line) => html`<tr><td lang=${vietnamese(locale)}>${line.name}</td><td class="amount">${money(line.amount)}</td></tr>`)}
        </tbody>
        <tfoot>
          <tr><th scope="row">${t('fees.total')}</th><td class="amount">${money(total)}</td></tr>
          ${paid > 0 ? html`<tr><th scope="row">${t('fees.paid')}</th><td class="amount">${money(paid)}</td></tr>` : nothing}
          <tr class="due"><th scope="row">${t('fees.due')}</th><td class="amount" id="amount-due">${money(due)}</td></tr>
        </tfoot>
      </table>
      ${due <= 0 ? html`<p>${t('fees.settled')}</p>` : html`
        <p class="hint" id="pay-note">${t('pay.note')}</p>
        <button class="button" type="button" part="pay-button" aria-describedby="amount-due pay-note" @click=${pay}>${t('pay')}</button>`}`}
  </section>`;
}

/** The result texts' key of a final payment. */
export function settledKey(payment: Payment): 'succeeded' | 'failed' | 'cancelled' | 'expired' {
  return payment.status === 'succeeded' || payment.status === 'cancelled' || payment.status === 'expired' ? payment.status : 'failed';
}

/** A succeeded payment, titled at `level`: amount, bank, transaction, receipt number, when, and the e-receipt link. */
export function paidResult(t: T, locale: Locale, level: number, payment: Payment, receipt: Receipt | undefined): TemplateResult {
  const receiptUrl = safeUrl(payment.receiptUrl);
  return html`<section part="result" class="alert success step result-succeeded" aria-labelledby="step-title">
    <h3 id="step-title" tabindex="-1" aria-level=${level}>${t('succeeded.title')}</h3>
    <p>${t('succeeded.body', { amount: formatVnd(locale, payment.amount), code: payment.dossierCode })}</p>
    <dl class="summary-list">
      ${payment.bank ? html`<div><dt>${t('result.bank')}</dt><dd>${receipt?.bank ?? payment.bank}</dd></div>` : nothing}
      ${payment.transactionId ? html`<div><dt>${t('result.transaction')}</dt><dd>${payment.transactionId}</dd></div>` : nothing}
      ${receipt ? html`<div><dt>${t('result.receipt')}</dt><dd>${receipt.number}</dd></div>` : nothing}
      <div><dt>${t('result.paidAt')}</dt><dd>${formatDate(locale, receipt?.issuedAt ?? payment.updatedAt, true)}</dd></div>
    </dl>
    ${receiptUrl ? html`<p><a part="receipt-link" href=${receiptUrl}>${t('receipt.link')}</a></p>` : nothing}
  </section>`;
}

/**
 * The dossier code's field: no code, one that cannot be a code (a link cut short), or one the
 * citizen asked to correct. `take` gets what was typed, trimmed and in capitals.
 */
export function codeStep(t: T, given: string, take: (typed: string) => void): TemplateResult {
  const error = given && !dossierCodePattern.test(given) ? t('code.invalid') : undefined;
  return html`<form part="code-form" novalidate aria-labelledby="title" @submit=${(event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('#dossier-code');
      take((input?.value ?? '').trim().toUpperCase());
    }}>
      ${field(t, { id: 'dossier-code', label: t('code.label'), hint: t('code.hint'), error, required: true }, (a) =>
        html`<input id=${a.id} name="dossier" part="code-input" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"
          maxlength="40" .value=${given} ?required=${a.required} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} />`)}
      <button class="button" type="submit" part="code-button">${t('code.submit')}</button>
    </form>`;
}
