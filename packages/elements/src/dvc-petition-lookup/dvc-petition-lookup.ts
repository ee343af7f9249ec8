import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Petition } from '@dvc-kit/sdk/core';
import { petitionCategoryLabels, petitionCodePattern } from '@dvc-kit/sdk/contract';
import { petitions } from '@dvc-kit/sdk/petitions';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { errorMessage, isAbortError } from '../shared/errors.js';
import { Announcer } from '../shared/form/announce.js';
import { fieldId, textInput } from '../shared/form/field.js';
import type { FormKey, FormText } from '../shared/form/strings.js';
import { formStyles } from '../shared/form/styles.js';
import { errorSummary, summaryItems } from '../shared/form/summary.js';
import { checkLookup, serverErrors, type FieldErrors } from '../shared/form/validate.js';
import { formatDate, vietnamese } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { strings, type PetitionLookupKey } from './dvc-petition-lookup.strings.js';
import { styles } from './dvc-petition-lookup.styles.js';

/** Detail of `dvc-petition-found`. */
export interface DvcPetitionFoundDetail {
  /** The petition shown, with its answer when it has one (no personal data: the sender's name and phone are not in it). */
  petition: Petition;
}

/**
 * Looks up a petition (phản ánh, kiến nghị) by its tracking code and the sender's mobile number (the
 * verifier), then shows its status, what it said and, once answered, the answer: its text, the
 * answering agency, the officer and the date. The page that sends petitions points here
 * (`<dvc-petition-form lookup-href>`).
 *
 * The phone number is only ever typed: never an attribute, stored or put in a URL; a failed lookup
 * never says whether the code or the number was wrong. A code that cannot be a petition code is
 * refused before anything is sent.
 *
 * @tagname dvc-petition-lookup
 * @summary Petition lookup: code + phone → status and the agency's answer.
 *
 * @fires dvc-petition-found - A lookup showed a petition. Detail: {@link DvcPetitionFoundDetail}.
 *
 * @csspart form - The lookup form.
 * @csspart error-summary - The list of problems after a failed lookup.
 * @csspart submit - The lookup button.
 * @csspart announcer - The polite live region (looking up, found).
 * @csspart result - The petition found.
 * @csspart status - Its status.
 * @csspart answer - The agency's answer.
 * @csspart no-answer - The notice shown while it has no answer.
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-success - The bar beside the answer.
 * @cssprop --dvc-color-surface-alt - Background of the answer.
 *
 * @example
 * ```html
 * <dvc-petition-lookup code="PAKN-251123-00001"></dvc-petition-lookup>
 * ```
 */
export class DvcPetitionLookup extends DvcElement<PetitionLookupKey | FormKey> {
  static override styles = [base, formStyles, styles];

  static override properties = {
    ...DvcElement.properties,
    code: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    _code: { state: true },
    _phone: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _petition: { state: true },
  };

  /** Level of the form's and the result's headings (2–6, default 2); the result's sections the next level. */
  declare headingLevel: number;
  /** Prefills the petition code (from the link of the petition form's confirmation). The phone number is never an attribute. */
  declare code: string | undefined;
  declare _code: string;
  declare _phone: string;
  declare _errors: FieldErrors;
  declare _failure: string | undefined;
  declare _petition: Petition | undefined;

  protected readonly catalogue = strings;
  private readonly _say = new Announcer(this);
  /** The widget's texts as the form engine asks for them. @internal */
  private readonly _formText: FormText = (key, params) => this.t(key, params);

  private readonly _lookup = new Task<[string, string], Petition>(this, {
    autoRun: false,
    task: ([code, verifier], { signal }) => this.api(petitions).get(code, { verifier, signal }),
    onComplete: (petition) => void this._found(petition),
    onError: (error) => void this._failed(error),
  });

  constructor() {
    super();
    this.headingLevel = 2;
    this._code = '';
    this._phone = '';
    this._errors = new Map();
    this._failure = undefined;
    this._petition = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._lookup.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code !== undefined) this._code = this.code;
  }

  private _submit(event: Event): void {
    event.preventDefault();
    if (this._lookup.status === TaskStatus.PENDING) return;
    const { code, verifier, errors } = checkLookup(this._code, this._phone, petitionCodePattern, (key) => this.t(key), this.locale);
    this._errors = errors;
    this._failure = undefined;
    if (errors.size) {
      void this._say.focusSummary();
      return;
    }
    this._petition = undefined;
    this._say.announce(this.t('submitting'));
    void this._lookup.run([code, verifier]);
  }

  private async _found(petition: Petition): Promise<void> {
    this._petition = petition;
    this._say.announce(this.t('found', { code: petition.code, status: this._status(petition) }));
    this.emit<DvcPetitionFoundDetail>('dvc-petition-found', { petition });
    await this._say.focus('#result-title');
  }

  private async _failed(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    this._say.announce('');
    // A wrong code and a wrong number get one answer (not found) on no field: naming the wrong one
    // would let anyone probe codes or numbers. Only the shape of a field is blamed on it.
    const { fields, unplaced } = serverErrors(error, (path) =>
      /(^|\.)code$/.test(path) ? 'code' : /verifier$/.test(path) ? 'phone' : undefined);
    this._errors = fields;
    this._failure = fields.size ? unplaced[0] : errorMessage(error, this.locale);
    await this._say.focusSummary();
  }

  private _status(petition: Petition): string {
    return this.t(`status.${petition.status}`);
  }

  override render(): TemplateResult {
    const t = this._formText;
    return html`<form part="form" novalidate @submit=${this._submit} aria-labelledby="form-title">
        <h2 id="form-title" aria-level=${headingLevel(this.headingLevel)}>${this.t('title')}</h2>
        <p class="intro">${this.t('intro')}</p>
        ${errorSummary(() => this.shadowRoot, this.t('errors.title'), summaryItems(this._errors, [this._failure]), headingLevel(this.headingLevel, 1))}
        ${textInput(t, {
          id: fieldId('code'), label: this.t('code.label'), hint: this.t('code.hint'), error: this._errors.get('code'), required: true,
          value: this._code, onInput: (value) => (this._code = value), spellcheck: false, controlClass: 'short',
        })}
        ${textInput(t, {
          id: fieldId('phone'), label: this.t('phone.label'), hint: this.t('phone.hint'), error: this._errors.get('phone'), required: true,
          value: this._phone, onInput: (value) => (this._phone = value), type: 'tel', inputmode: 'tel', autocomplete: 'tel', controlClass: 'short',
        })}
        <button class="button" type="submit" part="submit" aria-disabled=${this._lookup.status === TaskStatus.PENDING ? 'true' : 'false'}>
          ${this.t('submit')}
        </button>
      </form>
      ${this._petition ? this._result(this._petition) : nothing}
      ${this._say.region()}`;
  }

  private _result(petition: Petition): TemplateResult {
    const date = (value: string) => formatDate(this.locale, value);
    const answer = petition.answer;
    return html`<section part="result" class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('result.title', { code: petition.code })}</h2>
      <p part="status" class="status status-${petition.status}">
        <span class="status-label">${this.t('result.status')}:</span>
        <strong>${this._status(petition)}</strong>
      </p>
      <dl class="summary-list">
        <div><dt>${this.t('result.subject')}</dt><dd lang=${vietnamese(this.locale)}>${petition.title}</dd></div>
        <div><dt>${this.t('result.category')}</dt><dd>${petitionCategoryLabels[petition.category]?.[this.locale] ?? petition.category}</dd></div>
        <div><dt>${this.t('result.submitted')}</dt><dd>${date(petition.submittedAt)}</dd></div>
      </dl>
      <h3 aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('result.content')}</h3>
      <p class="content" lang=${vietnamese(this.locale)}>${petition.content}</p>
      ${answer
        ? html`<div part="answer" class="answer">
            <h3 aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('answer.title')}</h3>
            <p class="answer-text" lang=${vietnamese(this.locale)}>${answer.text}</p>
            <dl>
              <div><dt>${this.t('answer.agency')}</dt><dd class="agency" lang=${vietnamese(this.locale)}>${answer.agency}</dd></div>
              <div><dt>${this.t('answer.officer')}</dt><dd class="officer" lang=${vietnamese(this.locale)}>${answer.officer}</dd></div>
              <div><dt>${this.t('answer.date')}</dt><dd class="answered-at">${date(answer.answeredAt)}</dd></div>
            </dl>
          </div>`
        : html`<p part="no-answer" class="no-answer">${this.t('answer.none')}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-petition-lookup': DvcPetitionLookup;
  }
  interface HTMLElementEventMap {
    'dvc-petition-found': CustomEvent<DvcPetitionFoundDetail>;
  }
}
