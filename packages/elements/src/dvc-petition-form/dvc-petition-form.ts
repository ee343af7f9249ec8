import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { Petition, PetitionCategory, PetitionSubmitInput } from '@dvc-kit/sdk/core';
import { fieldLabel, formatFieldMessage, petitionCategoryLabels, petitionSubmitInput } from '@dvc-kit/sdk/contract';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { errorMessage, isAbortError } from '../shared/errors.js';
import {
  Announcer, checkInput, DraftController, draftStorageOf, errorLine, errorSummary, field, formStyles, IdempotentSubmit, serverErrors,
  summaryItems, type DraftStorage, type FieldErrors,
} from '../shared/form/index.js';
import { formatDate, pluralCategory } from '../shared/localize.js';
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

/** Only the fields a stored draft may hold, of the right types. */
function fieldsOf(draft: Partial<PetitionFormValues>): PetitionFormValues {
  const values = empty();
  for (const name of Object.keys(values) as FieldName[]) {
    if (typeof draft[name] === typeof values[name]) (values as unknown as Record<string, unknown>)[name] = draft[name];
  }
  return values;
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
  static override styles = [base, formStyles, styles];

  static override properties = {
    ...DvcElement.properties,
    draftStorage: { attribute: 'draft-storage' },
    serviceCode: { attribute: 'service-code' },
    lookupHref: { attribute: 'lookup-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _values: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _restored: { state: true },
    _sent: { state: true },
  };

  /** Where the unsent petition is kept: `session` (default: survives a reload, not closing the tab), `local` or `none`. */
  declare draftStorage: DraftStorage;
  /** A procedure code to fill in as the related procedure (e.g. on a procedure's page), unless a draft says otherwise. */
  declare serviceCode: string | undefined;
  /** Link of the page that looks a petition up, `{code}` replaced, e.g. `tra-cuu-phan-anh.html?code={code}`: the confirmation then links to it. */
  declare lookupHref: string | undefined;
  /** Level of the form's and the confirmation's headings (2–6, default 2, as `aria-level`), so they fit the page's outline. */
  declare headingLevel: number;
  declare _values: PetitionFormValues;
  declare _errors: FieldErrors;
  declare _failure: string | undefined;
  declare _restored: boolean;
  declare _sent: { petition: Petition; phoneEnd: string; earlier: boolean } | undefined;

  protected readonly catalogue = strings;

  // The draft follows draft-storage: changed later, it moves (and leaves the old storage).
  private readonly _draft = new DraftController<PetitionFormValues>(this, () => 'petition', () => draftStorageOf(this.draftStorage));
  private readonly _submitter = new IdempotentSubmit(this._draft);
  private readonly _say = new Announcer(this);
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
    this.headingLevel = 2;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(): void {
    if (this._draft.takeReloaded() && !this._sent) {
      // draft-storage changed before anything was typed: show what the new storage holds.
      const draft = this._draft.draft;
      if (draft) {
        this._values = fieldsOf(draft.values);
        this._restored = true;
      }
    }
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
    return html`${this._sent ? this._renderResult(this._sent.petition, this._sent.phoneEnd, this._sent.earlier) : this._renderForm()}
      ${this._say.region()}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Form

  private _renderForm(): TemplateResult {
    const sending = this._submit.status === TaskStatus.PENDING;
    const v = this._values;
    // Selects: `?selected` on the options sets the first render (the select's own bindings run before its
    // options exist); a `live` `.value` sets later ones (a select the reader touched ignores `selected`).
    return html`<form part="form" novalidate @submit=${this._onSubmit}>
      <h2 id="heading" part="heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('heading')}</h2>
      <p class="intro">${this.t('intro')}</p>
      ${this._restored
        ? html`<div class="draft-note"><p>${this.t('draftRestored')}</p>
            <button type="button" class="button secondary" @click=${this._discard}>${this.t('discardDraft')}</button></div>`
        : nothing}
      ${errorSummary(() => this.shadowRoot, this._failure ? this.t('failedTitle') : this.t('invalidTitle'),
        summaryItems(this._errors, this._failure ? [this._failure, this.t('keptNote')] : []), headingLevel(this.headingLevel, 1))}
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
      <div class="field checkbox ${this._errors.has('publishable') ? 'invalid' : ''}">
        ${errorLine(this._t, 'publishable', this._errors.get('publishable'))}
        <input type="checkbox" id="publishable" name="publishable" .checked=${v.publishable}
          aria-describedby=${this._errors.has('publishable') ? 'publishable-hint publishable-error' : 'publishable-hint'}
          @change=${(e: Event) => this._set('publishable', (e.target as HTMLInputElement).checked)} />
        <div>
          <label for="publishable">${this.t('publishable')} <span class="optional">${this.t('form.optional')}</span></label>
          <span class="hint" id="publishable-hint">${this.t('publishableHint')}</span>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.t('sending') : this.t('submit')}
        </button>
      </div>
    </form>`;
  }

  /** The engine's texts through this widget's `t`. @internal */
  private readonly _t = (key: Parameters<DvcPetitionForm['t']>[0], params?: Record<string, string | number>) => this.t(key, params);

  /** A labelled field with its hint and error (the engine's field template). @internal */
  private _field(
    name: FieldName,
    label: string,
    options: { hint?: string; optional?: boolean },
    control: (describedBy: string, invalid: boolean) => TemplateResult,
  ): TemplateResult {
    const error = this._errors.get(name);
    return field(this._t, { id: name, label, hint: options.hint, error, required: !options.optional }, (a) =>
      control(typeof a.describedBy === 'string' ? a.describedBy : '', Boolean(error)));
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
    // `…One` is the `one` form of the language's plural rules (Intl.PluralRules), the other the `other` form.
    if (left >= 0) return pluralCategory(this.locale, left) === 'one' ? this.t('counterLeftOne') : this.t('counterLeft', { count: left });
    return pluralCategory(this.locale, -left) === 'one' ? this.t('counterOverOne') : this.t('counterOver', { count: -left });
  }

  private _renderCounter(): TemplateResult {
    const over = this._values.content.length > CONTENT_MAX;
    // The visible count is hidden from screen readers (it changes on every key); the status below
    // speaks only near the limit, after typing pauses (GOV.UK's character count does the same).
    return html`<p class="counter ${over ? 'over' : ''}" aria-hidden="true">${this._counterText()}</p>`;
  }

  private _onContent(event: Event): void {
    this._set('content', (event.target as HTMLTextAreaElement).value);
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._say.announce(CONTENT_MAX - this._values.content.length <= ANNOUNCE_REMAINING ? this._counterText() : '');
    }, ANNOUNCE_DELAY_MS);
  }

  private _set<N extends keyof PetitionFormValues>(name: N, value: PetitionFormValues[N]): void {
    this._values = { ...this._values, [name]: value };
    this._save();
  }

  /** Saves the fields in the draft (which keeps its key and what was sent under it). @internal */
  private _save(): void {
    this._draft.save({ ...this._values });
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

  /** Checks the form with the contract's schema, in the widget's language; empty when all is well. @internal */
  private _validate(input: Record<string, unknown>): FieldErrors {
    const errors = checkInput(petitionSubmitInput, input, this.locale);
    if (!errors.size) return errors;
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
    // In the order of the form (the schema's order may differ).
    this._errors = new Map(order.filter((n) => errors.has(n)).map((n) => [n, errors.get(n)!]));
    if (errors.size > 0) {
      await this._say.focusSummary();
      return;
    }
    this._say.announce(this.t('sending'));
    void this._submit.run([JSON.stringify(input)]);
  }

  /** Sends `body` under the draft's idempotency key (`IdempotentSubmit`: one petition per draft, whatever the network does). */
  private async _send(body: string, signal: AbortSignal): Promise<Sent> {
    const sent = await this._submitter.send(body, (json, idempotencyKey) =>
      this.api(petitions).submit(JSON.parse(json) as PetitionSubmitInput, { idempotencyKey, signal }));
    return { petition: sent.result, body: sent.body, earlier: sent.earlier };
  }

  private async _onSent({ petition, body, earlier }: Sent): Promise<void> {
    // The phone of the body recorded (an earlier send may have had another one).
    const phone = String((JSON.parse(body) as { phone?: unknown }).phone ?? this._values.phone).replace(/\D/g, '');
    this._draft.clear();
    this._say.announce('');
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
    // A definitive refusal created nothing: the next submit of changed fields gets a new key.
    this._submitter.failed(error);
    this._say.announce('');
    const { fields, unplaced } = serverErrors(error, (path) => path);
    this._errors = fields;
    // Refused fields are listed by name (the server's message would repeat them); anything else is said once.
    this._failure = fields.size > 0 ? unplaced.join(' ') || undefined : errorMessage(error, this.locale);
    await this._say.focusSummary();
  }

  // ---------------------------------------------------------------------------------------------
  // Result

  private _renderResult(petition: Petition, phoneEnd: string, earlier: boolean): TemplateResult {
    return html`<section class="alert success result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('resultHeading')}</h2>
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
