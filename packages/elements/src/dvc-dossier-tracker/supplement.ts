import { html, nothing, type TemplateResult } from 'lit';
import type { Dossier } from '@dvc-kit/sdk';
import type { SupplementForm } from './supplement-form.js';
import type { TrackerView } from './view.js';

const HOUR = 3_600_000;

/** Whether the supplement may be sent now: asked for, the dossier waiting on it, the deadline not passed. */
export function supplementOpen(dossier: Dossier): boolean {
  const supplement = dossier.supplement;
  return supplement?.state === 'requested' && dossier.status === 'waiting' && Date.parse(supplement.deadline) > Date.now();
}

/**
 * The supplement request: the agency's reason, the deadline and the time left, and while it may be
 * sent the form (`form`, loaded on demand: nothing until it is there); after the deadline, that it
 * has passed and no form; once sent, what was sent and when.
 */
export function renderSupplement(view: TrackerView, dossier: Dossier, form: SupplementForm | undefined): TemplateResult | typeof nothing {
  const supplement = dossier.supplement;
  if (!supplement) return nothing;
  const { t, date, level } = view;
  const left = Date.parse(supplement.deadline) - Date.now();
  const open = supplementOpen(dossier);
  return html`<div part="supplement" class="supplement">
    <h3 id="supplement-title" aria-level=${level(1)}>${t('supplement.title')}</h3>
    <p class="supplement-reason">${supplement.reason}</p>
    ${supplement.state === 'requested'
      ? html`<p><strong>${t('supplement.deadline', { date: date(supplement.deadline) })}</strong>
          ${open ? html`<span class="time-left">(${timeLeft(view, left)})</span>` : nothing}</p>
        ${open ? form?.render(dossier) ?? nothing : html`<p part="supplement-expired" class="expired">${t('supplement.expired')}</p>`}`
      : nothing}
    ${supplement.state === 'sent' && supplement.sentAt
      ? html`<p id="supplement-state" part="supplement-state" tabindex="-1"><strong>${t('supplement.sentTitle')}</strong>
          ${t('supplement.sent', { date: date(supplement.sentAt) })}</p>
        ${supplement.note ? html`<p class="supplement-note"><span class="note-label">${t('supplement.yourNote')}</span> ${supplement.note}</p>` : nothing}`
      : nothing}
    ${supplement.state === 'completed' ? html`<p>${t('supplement.completed')}</p>` : nothing}
  </div>`;
}

/** How long is left before the deadline, in days and hours (to the nearest hour). */
function timeLeft(view: TrackerView, ms: number): string {
  const { t } = view;
  const total = Math.round(ms / HOUR);
  const days = Math.floor(total / 24);
  const hours = total % 24;
  if (days >= 1) return t(hours ? 'supplement.left' : 'supplement.leftDays', { days, hours });
  return hours >= 1 ? t('supplement.leftHours', { hours }) : t('supplement.leftSoon');
}
