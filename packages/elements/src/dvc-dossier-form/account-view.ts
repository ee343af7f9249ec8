// <dvc-dossier-form>'s part for a logged-in citizen, with its texts: what the identity gives
// (read-only, labelled with its source), and the choice between submitting with it or typing the
// applicant. Loaded with ./account.ts, only on pages that name the site's login routes.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@dvc-kit/sdk/core';
import { formatDate, loadEnglish, type Overrides, textsOf, translate, type TextParams } from '../shared/localize.js';
import { strings, type AccountViewKey } from './account-view.strings.js';
import type { IdentityFields } from './identity.js';

/** This part's texts in `locale`, with the form's own overrides; English is loaded first by {@link prepare}. */
export type ViewText = (key: AccountViewKey, params?: TextParams) => string;

/** Loads the English texts when the form is in English (a failure falls back to Vietnamese); undefined when there is nothing to load. */
export function prepare(locale: Locale): Promise<void> | undefined {
  return locale === 'en' ? loadEnglish(strings) : undefined;
}

export function viewText(locale: Locale, overrides: Overrides | undefined): ViewText {
  return (key, params) => translate(textsOf(strings, locale), locale, key, params, overrides);
}

/**
 * What the identity gives, read-only and labelled with its source (Myinfo's rule: shown as it is, kept
 * only if submitted), under a heading at `level` (`aria-level`).
 */
export function renderIdentity(
  t: ViewText, locale: Locale, level: number, identity: IdentityFields, labels: { fullName: string; idNumber: string; birthDate: string },
): TemplateResult {
  return html`<section class="from-identity" aria-labelledby="identity-title">
    <h3 id="identity-title" aria-level=${level}>${t('source')}</h3>
    <p class="muted" id="identity-hint">${t(identity.type === 'business' ? 'sourceHint.business' : 'sourceHint')}</p>
    <dl aria-describedby="identity-hint">
      <div><dt>${labels.fullName}</dt><dd>${identity.fullName}</dd></div>
      <div><dt>${labels.idNumber}</dt><dd>${identity.idNumber}</dd></div>
      ${identity.birthDate ? html`<div><dt>${labels.birthDate}</dt><dd>${formatDate(locale, identity.birthDate)}</dd></div>` : ''}
    </dl>
  </section>`;
}

/**
 * The logged-in citizen's choice: submit with their identity (prefilled, read-only, tied to the
 * account) or type the applicant themselves (the anonymous path, always open). A procedure that needs
 * a higher identity level than the account's says why (under a heading at `o.level`), and how to reach it.
 */
export function renderAccountChoice(
  t: ViewText, identity: IdentityFields, o: { allowed: boolean; useAccount: boolean; level: number; set: (use: boolean) => void },
): TemplateResult {
  const business = identity.type === 'business';
  const radio = (id: string, use: boolean, label: string, hint: string, disabled = false) => html`<div class="radio">
    <input type="radio" id=${id} name="applicant-source" .checked=${live(o.useAccount === use)} ?disabled=${disabled}
      aria-describedby="${id}-hint" @change=${() => o.set(use)} />
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
  </div>`;
  return html`
    ${o.allowed ? '' : html`<div class="level-notice" role="note" aria-labelledby="level-title">
      <h3 id="level-title" aria-level=${o.level}>${t('level2.title')}</h3>
      <p>${t('level2.body', { level: identity.level ?? 1 })}</p>
      <p>${t('level2.how')}</p>
      <p>${t('level2.meanwhile')}</p>
    </div>`}
    <fieldset class="applicant-source">
      <legend>${t('legend')}</legend>
      <div class="radios">
        ${radio('applicant-source-account', true, t(business ? 'use.business' : 'use', { name: identity.fullName }), t(business ? 'useHint.business' : 'useHint'), !o.allowed)}
        ${radio('applicant-source-manual', false, t('manual'), t('manualHint'))}
      </div>
    </fieldset>`;
}
