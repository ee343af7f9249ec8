import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { isDvcError, type Petition, type PetitionCategory, type PetitionSubmitInput } from '@dvc-kit/sdk/core';
import { check, fieldLabel, formatFieldMessage, petitionCategoryLabels, petitionSubmitInput } from '@dvc-kit/sdk/contract';
import { DvcElement } from '../shared/dvc-element.js';
import { DraftController, type DraftStorage } from '../shared/draft.js';
import { type ErrorItem, errorMessage, errorSummary, fieldErrorsOf, isAbortError } from '../shared/errors.js';
import { formatDate } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { fillHref } from '../shared/url.js';
import { strings, type PetitionFormKey } from './dvc-petition-form.strings.js';
import { styles } from './dvc-petition-form.styles.js';
import { petitions } from '@dvc-kit/sdk/petitions';

/** Detail of `dvc-petition-submitted`. */
export interface DvcPetitionSubmittedDetail {
  /** The petition as recorded, with its tracking code (`PAKN-251123-00001`). */
  petition: Petition;
}

/** What the form keeps in its draft: every field as typed. */
export interface PetitionFormValues {
  category: PetitionCategory | '';
  serviceCode: string;
  title: string;
  content: string;
  fullName: string;
  phone: string;
  email: string;
  address: string;
  publishable: boolean;
}

/** What the draft holds: the fields, and what was sent under the draft's idempotency key. */
interface PetitionDraft extends PetitionFormValues {
  /** The request body first sent with the draft's idempotency key (JSON), if any was sent. */
  sent?: string;
  /** The portal answered that body with a definitive refusal: no petition exists under the key. */
  rejected?: boolean;
}

type FieldName = keyof PetitionFormValues;

// The limits of petitionSubmitInput (zod/mini keeps them out of reach at run time).
const TITLE_MAX = 200;
const CONTENT_MIN = 20;
const CONTENT_MAX = 5000;
/** The counter is announced to screen readers only this close to the limit, not on every key. */
const ANNOUNCE_REMAINING = 500;
const ANNOUNCE_DELAY_MS = 1000;

/** The fields in the order they appear, so the error summary lists them top to bottom. */
const order: readonly FieldName[] = ['category', 'serviceCode', 'title', 'content', 'fullName', 'phone', 'email', 'address', 'publishable'];

const empty = (): PetitionFormValues => ({
  category: '', serviceCode: '', title: '', content: '', fullName: '', phone: '', email: '', address: '', publishable: false,
});

/** The request body: optional fields left empty are left out. */
function toInput(values: PetitionFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    fullName: values.fullName,
    phone: values.phone,
    title: values.title,
    content: values.content,
    publishable: values.publishable,
  };
  if (values.category) input.category = values.category;
  for (const name of ['email', 'address', 'serviceCode'] as const) if (values[name].trim()) input[name] = values[name];
  return input;
}

/** Only the fields of a stored draft (it also holds what was sent). */
function fieldsOf(draft: Partial<PetitionDraft>): PetitionFormValues {
  const values = empty();
  for (const name of Object.keys(values) as FieldName[]) {
    if (typeof draft[name] === typeof values[name]) (values as unknown as Record<string, unknown>)[name] = draft[name];
  }
  return values;
}

/**
 * A refusal after which the portal holds no petition under the key: nothing was sent, or a 4xx
 * other than 408 (timeout), 409 (the key is busy or was used for another body) and 429 (busy).
 */
function definitive(error: unknown): boolean {
  if (!isDvcError(error)) return false;
  if (error.type === 'validation') return true;
  return error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

/** What a submit gave: the petition, and whether it came from an earlier send made before the fields changed. */
interface Sent {
  petition: Petition;
  /** The body the petition was recorded from (JSON). */
  body: string;
  earlier: boolean;
}

/**
 * A form to send a petition (phản ánh, kiến nghị) about an administrative regulation or how a
 * procedure was handled. It checks every field with the contract's rules before sending (the phone
 * and email with the contract's `checkMobile` / `checkEmail`), keeps a draft (and its idempotency
 * key) across reloads and failed submits, and shows the tracking code with how to read the answer.
 *
 * @tagname dvc-petition-form
 * @summary Send a petition (phản ánh, kiến nghị) and get its tracking code.
 *
 * @fires dvc-petition-submitted - The petition was recorded; `detail.petition` has its `code`. {@link DvcPetitionSubmittedDetail}
 *
 * @csspart form - The form.
 * @csspart heading - The form's heading.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart submit - The send button.
 * @csspart result - The confirmation after sending.
 * @csspart code - The tracking code in the confirmation.
 * @csspart lookup - The link to look the petition up (with `lookup-href`).
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-danger - Errors.
 * @cssprop --dvc-color-success - The confirmation's border.
 * @cssprop --dvc-color-surface-alt - Background of the tracking code.
 */
export class DvcPetitionForm extends DvcElement<PetitionFormKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    draftStorage: { attribute: 'draft-storage' },
    serviceCode: { attribute: 'service-code' },
    lookupHref: { attribute: 'lookup-href' },
    _values: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _restored: { state: true },
    _sent: { state: true },
    _announced: { state: true },
  };

  /** Where the unsent petition is kept: `session` (default: survives a reload, not closing the tab), `local` or `none`. */
  declare draftStorage: DraftStorage;
  /** A procedure code to fill in as the related procedure (e.g. on a procedure's page), unless a draft says otherwise. */
  declare serviceCode: string | undefined;
  /** Link of the page that looks a petition up, `{code}` replaced, e.g. `tra-cuu-phan-anh.html?code={code}`: the confirmation then links to it. */
  declare lookupHref: string | undefined;
  declare _values: PetitionFormValues;
  declare _errors: Map<string, string>;
  declare _failure: string | undefined;
  declare _restored: boolean;
  declare _sent: { petition: Petition; phoneEnd: string; earlier: boolean } | undefined;
  declare _announced: string;

  protected readonly catalogue = strings;

  private readonly _draft = new DraftController<PetitionDraft>(this, () => 'petition', () => this.draftStorage);
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly _submit = new Task<[body: string], Sent>(this, {
    autoRun: false,
    task: ([body], { signal }) => this._send(body, signal),
    onComplete: (sent) => void this._onSent(sent),
    onError: (error) => void this._onFailed(error),
  });

  constructor() {
    super();
    this.draftStorage = 'session';
    this._values = empty();
    this._errors = new Map();
    this._restored = false;
    this._announced = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(): void {
    if (this.hasUpdated) return;
    // First render: attributes (draft-storage) are known now, so the right storage is read.
    const draft = this._draft.draft;
    const restored = draft ? fieldsOf(draft.values) : undefined;
    if (restored && Object.values(restored).some((v) => v !== '' && v !== false)) {
      this._values = restored;
      this._restored = true;
    } else if (this.serviceCode) {
      this._values = { ...this._values, serviceCode: this.serviceCode };
    }
  }

  override render(): TemplateResult {
    return this._sent ? this._renderResult(this._sent.petition, this._sent.phoneEnd, this._sent.earlier) : this._renderForm();
  }

  // ---------------------------------------------------------------------------------------------
  // Form

  private _renderForm(): TemplateResult {
    const sending = this._submit.status === TaskStatus.PENDING;
    const v = this._values;
    // Selects: `?selected` on the options sets the first render (the select's own bindings run before its
    // options exist); a `live` `.value` sets later ones (a select the reader touched ignores `selected`).
    return html`<form part="form" novalidate @submit=${this._onSubmit}>
      <h2 id="heading" part="heading" tabindex="-1">${this.t('heading')}</h2>
      <p class="intro">${this.t('intro')}</p>
      ${this._restored
        ? html`<div class="draft-note"><p>${this.t('draftRestored')}</p>
            <button type="button" class="button secondary" @click=${this._discard}>${this.t('discardDraft')}</button></div>`
        : nothing}
      ${errorSummary(() => this.shadowRoot, this._failure ? this.t('failedTitle') : this.t('invalidTitle'), this._summaryItems())}
      <fieldset>
        <legend>${this.t('aboutLegend')}</legend>
        ${this._field('category', this.t('category'), {}, (described, invalid) => html`<select id="category" name="category" required
            .value=${live(v.category)} aria-describedby=${described || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => this._set('category', (e.target as HTMLSelectElement).value as PetitionCategory | '')}>
            <option value="" ?selected=${v.category === ''}>${this.t('categoryChoose')}</option>
            ${(Object.keys(petitionCategoryLabels) as PetitionCategory[]).map((code) =>
              html`<option value=${code} ?selected=${v.category === code}>${petitionCategoryLabels[code][this.locale]}</option>`)}
          </select>`)}
        ${this._field('serviceCode', this.t('serviceCode'), { optional: true, hint: this.t('serviceCodeHint') }, (described, invalid) =>
          this._input('serviceCode', described, invalid, { inputmode: 'decimal', spellcheck: false, className: 'short' }))}
        ${this._field('title', this.t('title'), { hint: this.t('titleHint', { max: TITLE_MAX }) }, (described, invalid) =>
          this._input('title', described, invalid, { required: true }))}
        ${this._field('content', this.t('content'), { hint: this.t('contentHint', { min: CONTENT_MIN, max: CONTENT_MAX }) },
          (described, invalid) => html`<textarea id="content" name="content" rows="8" required
              aria-describedby=${described} aria-invalid=${invalid ? 'true' : 'false'}
              .value=${v.content} @input=${this._onContent}></textarea>
            ${this._renderCounter()}`)}
      </fieldset>
      <fieldset>
        <legend>${this.t('senderLegend')}</legend>
        ${this._field('fullName', this.t('fullName'), {}, (described, invalid) =>
          this._input('fullName', described, invalid, { required: true, autocomplete: 'name' }))}
        ${this._field('phone', this.t('phone'), { hint: this.t('phoneHint') }, (described, invalid) =>
          this._input('phone', described, invalid, { required: true, type: 'tel', autocomplete: 'tel', className: 'short' }))}
        ${this._field('email', this.t('email'), { optional: true }, (described, invalid) =>
          this._input('email', described, invalid, { type: 'email', autocomplete: 'email', spellcheck: false }))}
        ${this._field('address', this.t('address'), { optional: true }, (described, invalid) =>
          this._input('address', described, invalid, { autocomplete: 'street-address' }))}
      </fieldset>
      <div class="field checkbox ${this._errors.has('publishable') ? 'has-error' : ''}">
        ${this._errorFor('publishable')}
        <input type="checkbox" id="publishable" name="publishable" .checked=${v.publishable}
          aria-describedby=${this._errors.has('publishable') ? 'publishable-hint publishable-error' : 'publishable-hint'}
          @change=${(e: Event) => this._set('publishable', (e.target as HTMLInputElement).checked)} />
        <div>
          <label for="publishable">${this.t('publishable')} <span class="optional">${this.t('optional')}</span></label>
          <span class="hint" id="publishable-hint">${this.t('publishableHint')}</span>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.t('sending') : this.t('submit')}
        </button>
      </div>
      <p class="visually-hidden" role="status">${sending ? this.t('sending') : ''}</p>
    </form>`;
  }

  /** A labelled field with its hint and error, all tied to the control by `aria-describedby`. @internal */
  private _field(
    name: FieldName,
    label: string,
    options: { hint?: string; optional?: boolean },
    control: (describedBy: string, invalid: boolean) => TemplateResult,
  ): TemplateResult {
    const error = this._errors.get(name);
    const described = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${name}>${label}${options.optional ? html` <span class="optional">${this.t('optional')}</span>` : nothing}</label>
      ${options.hint ? html`<span class="hint" id="${name}-hint">${options.hint}</span>` : nothing}
      ${this._errorFor(name)}
      ${control(described, !!error)}
    </div>`;
  }

  private _errorFor(name: FieldName): TemplateResult | typeof nothing {
    const error = this._errors.get(name);
    return error
      ? html`<span class="field-error" id="${name}-error"><span class="visually-hidden">${this.t('errorPrefix')} </span>${error}</span>`
      : nothing;
  }

  private _input(
    name: 'serviceCode' | 'title' | 'fullName' | 'phone' | 'email' | 'address',
    described: string,
    invalid: boolean,
    options: { type?: string; autocomplete?: string; inputmode?: string; required?: boolean; spellcheck?: boolean; className?: string },
  ): TemplateResult {
    return html`<input id=${name} name=${name} type=${options.type ?? 'text'} class=${options.className ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'} inputmode=${options.inputmode ?? nothing}
      spellcheck=${options.spellcheck === false ? 'false' : nothing} ?required=${options.required ?? false}
      aria-describedby=${described || nothing} aria-invalid=${invalid ? 'true' : 'false'}
      .value=${this._values[name]} @input=${(e: Event) => this._set(name, (e.target as HTMLInputElement).value)} />`;
  }

  private _counterText(): string {
    const left = CONTENT_MAX - this._values.content.length;
    if (left >= 0) return left === 1 ? this.t('counterLeftOne') : this.t('counterLeft', { count: left });
    return left === -1 ? this.t('counterOverOne') : this.t('counterOver', { count: -left });
  }

  private _renderCounter(): TemplateResult {
    const over = this._values.content.length > CONTENT_MAX;
    // The visible count is hidden from screen readers (it changes on every key); the status below
    // speaks only near the limit, after typing pauses (GOV.UK's character count does the same).
    return html`<p class="counter ${over ? 'over' : ''}" aria-hidden="true">${this._counterText()}</p>
      <p class="visually-hidden" role="status" id="content-announce">${this._announced}</p>`;
  }

  private _onContent(event: Event): void {
    this._set('content', (event.target as HTMLTextAreaElement).value);
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._announced = CONTENT_MAX - this._values.content.length <= ANNOUNCE_REMAINING ? this._counterText() : '';
    }, ANNOUNCE_DELAY_MS);
  }

  private _set<N extends keyof PetitionFormValues>(name: N, value: PetitionFormValues[N]): void {
    this._values = { ...this._values, [name]: value };
    this._save();
  }

  /** Saves the fields in the draft, keeping (or, with `patch`, changing) what was sent under its key. @internal */
  private _save(patch: Pick<PetitionDraft, 'sent' | 'rejected'> = {}): void {
    const current = this._draft.draft?.values;
    const draft: PetitionDraft = { ...this._values };
    const sent = 'sent' in patch ? patch.sent : current?.sent;
    const rejected = 'rejected' in patch ? patch.rejected : current?.rejected;
    if (sent !== undefined) draft.sent = sent;
    if (rejected) draft.rejected = true;
    this._draft.save(draft);
  }

  private _discard(): void {
    this._draft.clear();
    this._values = empty();
    this._errors = new Map();
    this._failure = undefined;
    this._restored = false;
    void this.updateComplete.then(() => this.shadowRoot?.getElementById('heading')?.focus());
  }

  // ---------------------------------------------------------------------------------------------
  // Submitting

  private _summaryItems(): ErrorItem[] {
    const items: ErrorItem[] = [];
    if (this._failure) items.push({ message: this._failure }, { message: this.t('keptNote') });
    const known = new Set<string>(order);
    for (const name of order) {
      const message = this._errors.get(name);
      if (message) items.push({ message, fieldId: name });
    }
    for (const [path, message] of this._errors) if (!known.has(path)) items.push({ message });
    return items;
  }

  /** Checks the form with the contract's schema, in the widget's language; empty when all is well. @internal */
  private _validate(input: Record<string, unknown>): Map<string, string> {
    const errors = new Map<string, string>();
    const result = check(petitionSubmitInput, input, this.locale);
    if (result.ok) return errors;
    for (const error of result.errors) if (!errors.has(error.path)) errors.set(error.path, error.message);
    // Friendlier words than the schema's for a select left alone and a phone left empty.
    if (!input.category) errors.set('category', this.t('categoryRequired'));
    if (!this._values.phone.trim()) errors.set('phone', formatFieldMessage(this.locale, 'required', { field: fieldLabel(['phone'], this.locale) }));
    return errors;
  }

  private async _onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._submit.status === TaskStatus.PENDING) return;
    const input = toInput(this._values);
    const errors = this._validate(input);
    this._failure = undefined;
    this._errors = errors;
    if (errors.size > 0) {
      await this._focusSummary();
      return;
    }
    void this._submit.run([JSON.stringify(input)]);
  }

  /**
   * Sends `body` under the draft's idempotency key: a retry after a lost answer, even after a reload,
   * cannot record the petition twice. The key stays with the first body sent under it until the
   * portal refuses that body for good; a 409 for a changed body means an earlier send reached the
   * portal, so that body is sent again to learn its answer (the petition, or a refusal that frees the key).
   */
  private async _send(body: string, signal: AbortSignal): Promise<Sent> {
    const saved = this._draft.draft?.values;
    // A key whose body was refused for good holds no petition: changed fields get a fresh key.
    if (saved?.rejected && saved.sent !== body) this._draft.clear();
    const sent = this._draft.draft?.values.sent ?? body;
    this._save({ sent, rejected: false });
    const key = this._draft.idempotencyKey;
    const submit = (json: string, idempotencyKey: string) =>
      this.api(petitions).submit(JSON.parse(json) as PetitionSubmitInput, { idempotencyKey, signal });
    try {
      return { petition: await submit(body, key), body, earlier: false };
    } catch (error) {
      if (!(isDvcError(error) && error.code === 'idempotency_key_reused' && sent !== body)) throw error;
    }
    try {
      return { petition: await submit(sent, key), body: sent, earlier: true };
    } catch (previous) {
      if (!definitive(previous)) throw previous;
    }
    // The earlier body was refused for good: nothing exists under the old key.
    this._draft.clear();
    this._save({ sent: body, rejected: false });
    return { petition: await submit(body, this._draft.idempotencyKey), body, earlier: false };
  }

  private async _onSent({ petition, body, earlier }: Sent): Promise<void> {
    // The phone of the body recorded (an earlier send may have had another one).
    const phone = String((JSON.parse(body) as { phone?: unknown }).phone ?? this._values.phone).replace(/\D/g, '');
    this._draft.clear();
    this._sent = { petition, phoneEnd: phone.slice(-3), earlier };
    this._values = empty();
    this._errors = new Map();
    this._failure = undefined;
    this._restored = false;
    this.emit<DvcPetitionSubmittedDetail>('dvc-petition-submitted', { petition });
    await this.updateComplete;
    this.shadowRoot?.getElementById('result-heading')?.focus();
  }

  private async _onFailed(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    // A definitive refusal (not a lost answer, a timeout, a busy or reused key) created nothing: the
    // next submit of changed fields gets a new key. Anything else keeps the key and the body sent with it.
    this._save({ rejected: definitive(error) });
    const fields = fieldErrorsOf(error);
    this._errors = fields;
    // Refused fields are listed by name (the server's message would repeat them); anything else is said once.
    this._failure = fields.size > 0 ? undefined : errorMessage(error, this.locale);
    await this._focusSummary();
  }

  private async _focusSummary(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Result

  private _renderResult(petition: Petition, phoneEnd: string, earlier: boolean): TemplateResult {
    return html`<section class="alert success result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${this.t('resultHeading')}</h2>
      ${earlier ? html`<p class="notice">${this.t('earlierSubmission')}</p>` : nothing}
      <p class="code-line"><span class="code-label">${this.t('codeLabel')}:</span> <strong class="code" part="code">${petition.code}</strong></p>
      <p>${this.t('saveCode')}</p>
      <p>${this.t('nextSteps', { last: phoneEnd })}</p>
      ${this._lookupLink(petition)}
      <p>${petition.publishable ? this.t('nextPublished') : this.t('nextPrivate')}</p>
      <dl class="summary-list">
        <div><dt>${this.t('sentTitle')}</dt><dd class="sent-title">${petition.title}</dd></div>
        <div><dt>${this.t('sentCategory')}</dt><dd>${petitionCategoryLabels[petition.category][this.locale]}</dd></div>
        <div><dt>${this.t('sentContent')}</dt><dd class="sent-content">${petition.content}</dd></div>
        <div><dt>${this.t('sentAt')}</dt><dd>${formatDate(this.locale, petition.submittedAt, true)}</dd></div>
      </dl>
      <button type="button" class="button secondary" @click=${this._again}>${this.t('another')}</button>
    </section>`;
  }

  /** With `lookup-href`: where the sender reads the answer later (<dvc-petition-lookup>). */
  private _lookupLink(petition: Petition): TemplateResult | typeof nothing {
    const href = this.lookupHref ? fillHref(this.lookupHref, { code: petition.code }) : undefined;
    return href ? html`<p><a part="lookup" href=${href}>${this.t('lookupLink')}</a></p>` : nothing;
  }

  private async _again(): Promise<void> {
    this._sent = undefined;
    await this.updateComplete;
    this.shadowRoot?.getElementById('heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-petition-form': DvcPetitionForm;
  }
  interface HTMLElementEventMap {
    'dvc-petition-submitted': CustomEvent<DvcPetitionSubmittedDetail>;
  }
}
