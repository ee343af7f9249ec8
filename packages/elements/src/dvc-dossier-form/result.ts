// After submitting: the success screen (code, what happens next, the appointment), the receipt link
// and a printable receipt. What the screen needs survives a reload in the draft's storage: the
// dossier as recorded, without the applicant's ID number (the portal's answer has none: only the
// name), and the mobile number it is tracked with.
import { html, nothing, type TemplateResult } from 'lit';
import type { Dossier, Locale } from '@dvc-kit/sdk';
import { deliveryMethodLabels, dossierStatusInfo } from '@dvc-kit/sdk/contract';
import { agencyName } from '../shared/catalogue.js';
import { headingLevel } from '../shared/dvc-element.js';
import { formatDate, formatNumber, formatVnd, inVietnamese } from '../shared/localize.js';
import { fillHref, safeUrl } from '../shared/url.js';
import type { DossierFormKey } from './dvc-dossier-form.strings.js';

/** What the success screen keeps (session storage by default, as the draft). */
export interface SubmittedDossier {
  dossier: Pick<Dossier, 'code' | 'service' | 'agency' | 'status' | 'submittedAt' | 'dueAt' | 'fees' | 'commune' | 'delivery' | 'receiptUrl'>
    & { applicant: { fullName: string }; attachmentCount: number };
  /** The verifier the dossier is looked up with (the mobile number given). */
  phone: string;
  note: string;
  /** The dossier came from an earlier attempt whose answer was lost. */
  earlier: boolean;
}

/** The part of a dossier the success screen keeps. */
export function keep(dossier: Dossier, phone: string, note: string, earlier: boolean): SubmittedDossier {
  const { code, service, agency, status, submittedAt, dueAt, fees, commune, delivery, receiptUrl } = dossier;
  return {
    dossier: {
      code, service, agency, status, submittedAt, dueAt, fees, commune, delivery, receiptUrl,
      applicant: { fullName: dossier.applicant.fullName }, attachmentCount: dossier.attachments.length,
    },
    phone, note, earlier,
  };
}

/** A kept screen read back from storage, or `undefined` when it is not one. */
export function restoreSubmitted(value: unknown): SubmittedDossier | undefined {
  const v = value as SubmittedDossier | undefined;
  return v && typeof v === 'object' && typeof v.dossier?.code === 'string' && typeof v.phone === 'string' && v.dossier.fees ? v : undefined;
}

type T = (key: DossierFormKey, params?: Record<string, string | number>) => string;

const row = (label: string, value: unknown) => html`<div class="row"><dt>${label}</dt><dd class="value">${value}</dd></div>`;

export function renderResult(
  t: T, locale: Locale, level: number, kept: SubmittedDossier, processingTime: string | undefined,
  actions: { copy: () => void; print: () => void; again: () => void },
  pages: { pay?: string | undefined; track?: string | undefined } = {},
): TemplateResult {
  const d = kept.dossier;
  const due = d.fees.total - d.fees.paid;
  const receipt = safeUrl(d.receiptUrl);
  // The host page's links, from attributes: they are there again after a reload, as the screen is.
  const pay = due > 0 && pages.pay ? fillHref(pages.pay, { code: d.code }) : undefined;
  const track = pages.track ? fillHref(pages.track, { code: d.code }) : undefined;
  return html`<section class="result" part="result">
    <div class="panel no-print">
      <h2 part="heading" tabindex="-1" aria-level=${level}>${t('resultHeading')}</h2>
      <p class="code-label">${t('codeLabel')}</p>
      <p class="code" part="code">${d.code}</p>
      <button type="button" class="button secondary" part="button" @click=${actions.copy}>${t('copy')}</button>
    </div>
    ${kept.earlier ? html`<p class="notice no-print">${t('earlierSubmission')}</p>` : nothing}
    <section class="receipt" part="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" aria-level=${headingLevel(level, 1)}>${t('receiptTitle')}</h3>
      <p class="print-only">${t('codeLabel')}: <strong>${d.code}</strong></p>
      <dl class="summary">
        ${row(t('procedure'), inVietnamese(locale, d.service.name))}
        ${row(t('applicant'), d.applicant.fullName)}
        ${row(t('agency'), agencyName(locale, d.agency))}
        ${d.commune ? row(t('receivingCommune'), inVietnamese(locale, d.commune.name)) : nothing}
        ${row(t('submittedAt'), formatDate(locale, d.submittedAt, true))}
        ${row(t('status'), dossierStatusInfo[d.status].label[locale])}
        ${d.dueAt
          ? row(t('dueAt'), formatDate(locale, d.dueAt))
          : row(t('processingTime'), html`${processingTime ? html`${processingTime}. ` : nothing}${t('dueLater')}`)}
        ${row(t('delivery'), html`${deliveryMethodLabels[d.delivery.method][locale]}${d.delivery.address ? html`: ${inVietnamese(locale, d.delivery.address)}` : nothing}`)}
        ${row(t('attachmentCount'), formatNumber(locale, d.attachmentCount))}
        ${kept.note ? row(t('note'), kept.note) : nothing}
      </dl>
    </section>
    <div class="no-print">
      <h3 aria-level=${headingLevel(level, 1)}>${t('nextTitle')}</h3>
      <ul class="next">
        <li>${due > 0 ? t('nextPay', { amount: formatVnd(locale, due) }) : t('nextNoFee')}</li>
        <li>${t('nextTrack', { code: d.code, phone: kept.phone })}</li>
        <li>${t('nextNotify')}</li>
      </ul>
      ${pay || track ? html`<div class="actions">
        ${pay ? html`<a class="button" part="button pay-link" href=${pay}>${t('payLink', { amount: formatVnd(locale, due) })}</a>` : nothing}
        ${track ? html`<a class="button ${pay ? 'secondary' : ''}" part="button track-link" href=${track}>${t('trackLink', { code: d.code })}</a>` : nothing}
      </div>` : nothing}
      <div class="actions">
        ${receipt ? html`<a class="button" part="button receipt-link" href=${receipt} target="_blank" rel="noopener">${t('receiptPdf')}</a>` : nothing}
        <button type="button" class="button secondary" part="button print" @click=${actions.print}>${t('print')}</button>
        <button type="button" class="button secondary" part="button another" @click=${actions.again}>${t('another')}</button>
      </div>
    </div>
  </section>`;
}
