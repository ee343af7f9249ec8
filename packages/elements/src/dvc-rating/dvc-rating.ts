import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DossierRating, RatingCriterion, RatingInput, RatingLevel } from '@dvc-kit/sdk/core';
import {
  dossierCodePattern, dossierStatusInfo, ratingCommentMax, ratingCriterionLabels, ratingInput, ratingLevelLabels,
} from '@dvc-kit/sdk/contract';
import { accountRatings } from '@dvc-kit/sdk/account';
import { ratings } from '@dvc-kit/sdk/ratings';
import { accountBase, accountSession, type AccountSession } from '../shared/account.js';
import { accountConnection, csrfHeaders } from '../shared/account-portal.js';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { canRetry, errorMessage, isAbortError } from '../shared/errors.js';
import { Announcer } from '../shared/form/announce.js';
import { choiceGroup, fieldGroup, fieldId, selectInput, textInput } from '../shared/form/field.js';
import type { FormKey, FormText } from '../shared/form/strings.js';
import { formStyles } from '../shared/form/styles.js';
import { errorSummary, summaryItems } from '../shared/form/summary.js';
import { checkInput, checkLookup, serverErrors, type FieldErrors } from '../shared/form/validate.js';
import { DraftController, draftStorageOf, type DraftStorage } from '../shared/draft.js';
import { formatDate, pluralCategory } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { strings, type RatingKey } from './dvc-rating.strings.js';
import { styles } from './dvc-rating.styles.js';

/** Detail of `dvc-rating-sent`. */
export interface DvcRatingSentDetail {
  /** The dossier rated, with the rating now recorded (no personal data: the phone is not in it). */
  rating: DossierRating;
}

/** What the form keeps in its draft: the dossier it is for and every choice as made (never the phone). */
interface RatingValues {
  code: string;
  overall: string;
  criteria: Partial<Record<RatingCriterion, string>>;
  comment: string;
}

type Step = 'identify' | 'loading' | 'failed' | 'closed' | 'form' | 'rated';

const levels = [5, 4, 3, 2, 1] as const satisfies readonly RatingLevel[];
const criteria = Object.keys(ratingCriterionLabels) as RatingCriterion[];
/** The counter speaks once this few characters are left, after typing pauses (as GOV.UK's character count). */
const ANNOUNCE_REMAINING = 200;
const ANNOUNCE_DELAY_MS = 1000;

const emptyValues = (code: string): RatingValues => ({ code, overall: '', criteria: {}, comment: '' });

/** Only the fields a stored draft may hold, of the right types. */
function valuesOf(draft: Partial<RatingValues> | undefined, code: string): RatingValues | undefined {
  if (!draft || draft.code !== code) return undefined;
  const values = emptyValues(code);
  if (typeof draft.overall === 'string') values.overall = draft.overall;
  if (typeof draft.comment === 'string') values.comment = draft.comment;
  for (const name of criteria) {
    const level = draft.criteria?.[name];
    if (typeof level === 'string') values.criteria[name] = level;
  }
  return values;
}

/**
 * A citizen's rating of a finished dossier (đánh giá mức độ hài lòng): the overall level (Rất hài lòng
 * … Rất không hài lòng), the portal's criteria (each optional) and an optional comment of at most 1,200
 * characters, which goes to the agency and is never published. One rating per dossier: a dossier
 * already rated shows its rating, which the citizen may change (the new rating replaces it). Only a
 * dossier whose result was returned, that was not accepted, or whose processing was stopped may be
 * rated; another says why.
 *
 * Who rates: a logged-in citizen through the site's server (`account-url`, the page's `accountUrl`),
 * for a dossier of their account; otherwise the applicant by the dossier's code and mobile number,
 * typed here, or handed over by `<dvc-dossier-tracker>` (the `verifier` property). The phone number is
 * never an attribute, stored or put in a URL; a failed lookup never says whether the code or the
 * number was wrong. What was chosen is kept as a draft (never with the phone) until it is sent.
 *
 * @tagname dvc-rating
 * @summary Rate a finished dossier: 5 levels, the portal's criteria, a comment; shows and changes the rating given.
 *
 * @fires dvc-rating-sent - A rating was recorded. Detail: {@link DvcRatingSentDetail}.
 *
 * @csspart identify - The code and phone form (without a login or a tracker).
 * @csspart form - The rating form.
 * @csspart error-summary - The list of problems after a failed step.
 * @csspart submit - The send button.
 * @csspart closed - The notice that the dossier cannot be rated (yet).
 * @csspart rated - The rating given: levels, comment, when; with the button that changes it.
 * @csspart change - The "Thay đổi đánh giá" button.
 * @csspart announcer - The polite live region (loading, sending, sent, characters left).
 *
 * @cssprop --dvc-color-primary - Buttons and the selected levels.
 * @cssprop --dvc-color-success - The bar beside the rating given.
 * @cssprop --dvc-color-danger - Errors and a comment over its limit.
 *
 * @example
 * ```html
 * <dvc-rating code="000.00.38.H38-251123-0001"></dvc-rating>
 * ```
 */
export class DvcRating extends DvcElement<RatingKey | FormKey> {
  static override styles = [base, formStyles, styles];

  static override properties = {
    ...DvcElement.properties,
    code: {},
    accountUrl: { attribute: 'account-url' },
    verifier: { attribute: false },
    draftStorage: { attribute: 'draft-storage' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _step: { state: true },
    _code: { state: true },
    _phone: { state: true },
    _values: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _rating: { state: true },
    _thanks: { state: true },
    _restored: { state: true },
  };

  /** The dossier to rate. Without it, the citizen types it (with the phone number). */
  declare code: string | undefined;
  /** The site's login routes (default: the page's `accountUrl`): a logged-in citizen rates from the account. */
  declare accountUrl: string | undefined;
  /**
   * The applicant's mobile number, in memory only, handed over by a widget that already checked it
   * (`<dvc-dossier-tracker>`): never an attribute. Without it (and without a login) the citizen types it.
   */
  declare verifier: string | undefined;
  /** Where the unsent rating is kept: `session` (default), `local`, or `none` (memory only). Never the phone. */
  declare draftStorage: DraftStorage;
  /** The level of the widget's heading (default 2; 3 inside the tracker). */
  declare headingLevel: number;
  declare _step: Step;
  declare _code: string;
  declare _phone: string;
  declare _values: RatingValues;
  declare _errors: FieldErrors;
  declare _failure: string | undefined;
  declare _rating: DossierRating | undefined;
  declare _thanks: boolean;
  declare _restored: boolean;

  protected readonly catalogue = strings;
  private readonly _say = new Announcer(this);
  private readonly _draft = new DraftController<RatingValues>(this, () => 'rating', () => draftStorageOf(this.draftStorage));
  /** The widget's texts as the form engine asks for them. @internal */
  private readonly _t: FormText = (key, params) => this.t(key, params);
  /** The phone checked for the dossier shown (typed or handed over): in memory only. @internal */
  private _verifier = '';
  /** The login, when the page has one and the citizen is logged in. @internal */
  private _session: AccountSession | undefined;
  /** How the dossier shown was reached, and so how its rating is sent: from the account, or by code and phone. @internal */
  private _via: 'account' | 'phone' = 'phone';
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The code of the last load, to try it again. @internal */
  private _lastCode = '';

  /** The dossier's rating; undefined when nobody is logged in and no phone is known yet (the citizen types it). */
  private readonly _load = new Task<[string], DossierRating | undefined>(this, {
    autoRun: false,
    task: async ([code], { signal }) => {
      this._lastCode = code;
      const base = accountBase(this.accountUrl);
      if (!this._verifier && base) {
        this._session = await accountSession(base);
        this._via = 'account';
        if (this._session.authenticated) return accountRatings(accountConnection(base, this.locale)).get(code, { signal });
      }
      this._via = 'phone';
      if (!this._verifier) return undefined;
      return this.api(ratings).get(code, { verifier: this._verifier, signal });
    },
    onComplete: (state) => void this._loaded(state),
    onError: (error) => void this._loadFailed(error),
  });

  private readonly _send = new Task<[string, RatingInput], DossierRating>(this, {
    autoRun: false,
    task: async ([code, input], { signal }) => {
      const base = accountBase(this.accountUrl);
      if (this._via === 'account' && this._session?.authenticated && base) {
        return accountRatings(accountConnection(base, this.locale)).rate(code, input, { signal, headers: csrfHeaders(this._session) });
      }
      return this.api(ratings).rate(code, input, { verifier: this._verifier, signal });
    },
    onComplete: (state) => void this._sent(state),
    onError: (error) => void this._sendFailed(error),
  });

  constructor() {
    super();
    this.draftStorage = 'session';
    this.headingLevel = 2;
    this._step = 'identify';
    this._code = '';
    this._phone = '';
    this._values = emptyValues('');
    this._errors = new Map();
    this._failure = undefined;
    this._rating = undefined;
    this._thanks = false;
    this._restored = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._load.abort();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const start = (changed.has('code') || changed.has('verifier')) && this.code;
    if (changed.has('code') && this.code !== undefined) this._code = this.code;
    if (!this.hasUpdated || start) this._start();
  }

  /** Loads the dossier's rating when it is known whose it is: a login, or a phone handed over; else asks. */
  private _start(): void {
    const code = this.code?.trim().toUpperCase();
    this._verifier = this.verifier ?? '';
    if (code && dossierCodePattern.test(code) && (this._verifier || accountBase(this.accountUrl))) {
      this._step = 'loading';
      void this._load.run([code]);
    } else {
      this._step = 'identify';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Which dossier, whose

  private _identify(event: Event): void {
    event.preventDefault();
    if (this._load.status === TaskStatus.PENDING) return;
    const { code, verifier, errors } = checkLookup(this._code, this._phone, dossierCodePattern, (key) => this.t(key), this.locale);
    this._errors = errors;
    this._failure = undefined;
    if (errors.size) {
      void this._say.focusSummary();
      return;
    }
    this._verifier = verifier;
    this._say.announce(this.t('loading'));
    void this._load.run([code]);
  }

  private async _loaded(state: DossierRating | undefined): Promise<void> {
    if (!state) {
      this._step = 'identify';
      return;
    }
    this._rating = state;
    this._errors = new Map();
    this._failure = undefined;
    this._thanks = false;
    this._say.announce('');
    // A draft for this dossier comes back as chosen; otherwise the rating given, to change it.
    const draft = valuesOf(this._draft.draft?.values, state.code);
    this._restored = Boolean(draft && (draft.overall || draft.comment || Object.keys(draft.criteria).length));
    this._values = this._restored ? draft! : this._fromRating(state);
    this._step = !state.ratable && !state.rating ? 'closed' : state.rating && !this._restored ? 'rated' : state.ratable ? 'form' : 'rated';
    await this._say.focus('#heading');
  }

  private async _loadFailed(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    this._say.announce('');
    // A wrong code and a wrong number get one answer (not found) on no field: naming the wrong one
    // would let anyone probe codes or numbers. Only the shape of a field is blamed on it.
    const { fields, unplaced } = serverErrors(error, (path) => (/(^|\.)code$/.test(path) ? 'code' : /verifier$/.test(path) ? 'phone' : undefined));
    this._errors = fields;
    this._failure = fields.size ? unplaced[0] : errorMessage(error, this.locale);
    // A lost connection or a busy server is tried again where it failed; a refusal brings back the code
    // and phone form, as typed (a dossier that is not the logged-in account's may still be the
    // applicant's by its phone: someone else's login on a shared computer, a dossier of a business).
    this._step = canRetry(error) ? 'failed' : 'identify';
    await this._say.focusSummary();
  }

  private _fromRating(state: DossierRating): RatingValues {
    const given = state.rating;
    if (!given) return emptyValues(state.code);
    return {
      code: state.code,
      overall: String(given.overall),
      criteria: Object.fromEntries(Object.entries(given.criteria).map(([name, level]) => [name, String(level)])),
      comment: given.comment ?? '',
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The rating

  private _set(values: Partial<RatingValues>): void {
    this._values = { ...this._values, ...values };
    this._draft.save({ ...this._values });
  }

  private _onComment(value: string): void {
    this._set({ comment: value });
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._say.announce(ratingCommentMax - this._values.comment.length <= ANNOUNCE_REMAINING ? this._counterText() : '');
    }, ANNOUNCE_DELAY_MS);
  }

  private _input(): Record<string, unknown> {
    const v = this._values;
    const rated = Object.fromEntries(criteria.filter((name) => v.criteria[name]).map((name) => [name, Number(v.criteria[name])]));
    return {
      overall: v.overall ? Number(v.overall) : undefined,
      criteria: rated,
      ...(v.comment.trim() ? { comment: v.comment } : {}),
    };
  }

  private async _submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._send.status === TaskStatus.PENDING || !this._rating) return;
    const input = this._input();
    const errors = checkInput(ratingInput, input, this.locale);
    if (!this._values.overall) errors.set('overall', this.t('overall.required'));
    this._errors = errors;
    this._failure = undefined;
    if (errors.size) {
      await this._say.focusSummary();
      return;
    }
    this._say.announce(this.t('sending'));
    void this._send.run([this._rating.code, input as RatingInput]);
  }

  private async _sent(state: DossierRating): Promise<void> {
    this._draft.clear();
    this._rating = state;
    this._values = this._fromRating(state);
    this._errors = new Map();
    this._failure = undefined;
    this._restored = false;
    this._thanks = true;
    this._step = 'rated';
    const level = state.rating ? ratingLevelLabels[state.rating.overall as RatingLevel][this.locale] : '';
    this._say.announce(this.t('sent', { code: state.code, level }));
    this.emit<DvcRatingSentDetail>('dvc-rating-sent', { rating: state });
    await this._say.focus('#heading');
  }

  private async _sendFailed(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    this._say.announce('');
    const { fields, unplaced } = serverErrors(error, (path) => path);
    this._errors = fields;
    this._failure = fields.size ? unplaced.join(' ') || undefined : errorMessage(error, this.locale);
    await this._say.focusSummary();
  }

  private _retry(): void {
    this._step = 'loading';
    this._say.announce(this.t('loading'));
    void this._load.run([this._lastCode]);
  }

  private async _change(): Promise<void> {
    this._thanks = false;
    this._step = 'form';
    await this._say.focus(() => this.shadowRoot?.querySelector<HTMLElement>('#overall input:checked'));
  }

  private async _keep(): Promise<void> {
    this._draft.clear();
    this._values = this._rating ? this._fromRating(this._rating) : this._values;
    this._errors = new Map();
    this._failure = undefined;
    this._restored = false;
    this._step = 'rated';
    await this._say.focus('#heading');
  }

  private async _discard(): Promise<void> {
    this._draft.clear();
    this._restored = false;
    this._values = this._rating ? this._fromRating(this._rating) : emptyValues(this._values.code);
    this._errors = new Map();
    this._step = this._rating?.rating ? 'rated' : 'form';
    await this._say.focus('#heading');
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private _heading(text: string): TemplateResult {
    return html`<h2 id="heading" part="heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${text}</h2>`;
  }

  override render(): TemplateResult {
    return html`${this._body()}${this._say.region('announcer')}`;
  }

  private _body(): TemplateResult {
    const summary = (title: string, kept = false) =>
      errorSummary(() => this.shadowRoot, title, summaryItems(this._errors, this._failure ? [this._failure, ...(kept ? [this.t('keptNote')] : [])] : []),
        headingLevel(this.headingLevel, 1));
    switch (this._step) {
      case 'identify': return this._renderIdentify(summary(this.t('lookupFailedTitle')));
      case 'loading': return html`${this._heading(this.t('title'))}<p aria-busy="true">${this.t('loading')}</p>`;
      case 'failed': return html`${this._heading(this.t('title'))}${summary(this.t('loadFailedTitle'))}
        ${this._failure && canRetry(this._load.error) ? html`<button type="button" class="button secondary" @click=${this._retry}>${this.t('retry')}</button>` : nothing}`;
      case 'closed': return this._renderClosed();
      case 'rated': return this._renderRated();
      case 'form': return this._renderForm(summary(this._failure ? this.t('failedTitle') : this.t('invalidTitle'), Boolean(this._failure)));
    }
  }

  private _renderIdentify(summary: unknown): TemplateResult {
    const busy = this._load.status === TaskStatus.PENDING;
    return html`<form part="identify" novalidate @submit=${this._identify} aria-labelledby="heading">
      ${this._heading(this.t('title'))}
      <p class="intro">${this.t('intro')}</p>
      ${summary}
      ${textInput(this._t, {
        id: fieldId('code'), label: this.t('code.label'), hint: this.t('code.hint'), error: this._errors.get('code'), required: true,
        value: this._code, onInput: (value) => (this._code = value), spellcheck: false, controlClass: 'short',
      })}
      ${textInput(this._t, {
        id: fieldId('phone'), label: this.t('phone.label'), hint: this.t('phone.hint'), error: this._errors.get('phone'), required: true,
        value: this._phone, onInput: (value) => (this._phone = value), type: 'tel', inputmode: 'tel', autocomplete: 'tel', controlClass: 'short',
      })}
      <button class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? this.t('loading') : this.t('continue')}</button>
    </form>`;
  }

  private _renderClosed(): TemplateResult {
    const state = this._rating!;
    const text = state.status === 'cancelled'
      ? this.t('closedWithdrawn', { code: state.code })
      : this.t('closed', { code: state.code, status: dossierStatusInfo[state.status].label[this.locale] });
    return html`${this._heading(this.t('title'))}<p part="closed" class="notice">${text}</p>`;
  }

  private _renderRated(): TemplateResult {
    const state = this._rating!;
    const given = state.rating!;
    const label = (level: number) => ratingLevelLabels[level as RatingLevel][this.locale];
    const rated = criteria.filter((name) => given.criteria[name] !== undefined);
    return html`<section part="rated" class="rated" aria-labelledby="heading">
      ${this._heading(this._thanks ? this.t('thanks') : this.t('rated.title', { code: state.code }))}
      ${this._thanks ? html`<p>${this.t('thanksText', { code: state.code })}</p>` : nothing}
      <dl class="summary-list">
        <div><dt>${this.t('rated.overall')}</dt><dd class="overall">${label(given.overall)}</dd></div>
        ${rated.map((name) => html`<div><dt>${ratingCriterionLabels[name][this.locale]}</dt><dd>${label(given.criteria[name]!)}</dd></div>`)}
        ${given.comment ? html`<div><dt>${this.t('rated.comment')}</dt><dd class="comment">${given.comment}</dd></div>` : nothing}
        <div><dt>${this.t('rated.at')}</dt><dd>${formatDate(this.locale, given.ratedAt, true)}</dd></div>
      </dl>
      ${state.ratable
        ? html`<p>${this.t('rated.text')}</p>
          <button type="button" class="button secondary" part="change" @click=${this._change}>${this.t('change')}</button>`
        : nothing}
    </section>`;
  }

  private _renderForm(summary: unknown): TemplateResult {
    const state = this._rating!;
    const v = this._values;
    const sending = this._send.status === TaskStatus.PENDING;
    const options = levels.map((level) => ({ value: String(level), label: ratingLevelLabels[level][this.locale] }));
    return html`<form part="form" novalidate @submit=${this._submit} aria-labelledby="heading">
      ${this._heading(state.rating ? this.t('change') : this.t('title'))}
      <p class="intro">${this.t(this._via === 'account' ? 'introAccount' : 'introForm', { code: state.code })}</p>
      ${this._restored
        ? html`<div class="draft-note"><p>${this.t('draftRestored')}</p>
            <button type="button" class="button secondary" @click=${this._discard}>${this.t('discardDraft')}</button></div>`
        : nothing}
      ${summary}
      ${choiceGroup(this._t, {
        id: 'overall', label: this.t('overall.legend'), hint: this.t('overall.hint'), error: this._errors.get('overall'), required: true,
        className: 'levels', options, value: v.overall, onChange: (value) => this._set({ overall: value }),
      })}
      ${fieldGroup(this._t, { id: 'criteria', label: this.t('criteria.legend'), hint: this.t('criteria.hint'), className: 'criteria' },
        criteria.map((name) => selectInput(this._t, {
          id: fieldId(`criteria.${name}`), label: ratingCriterionLabels[name][this.locale], required: false,
          error: this._errors.get(`criteria.${name}`), placeholder: this.t('criterion.none'), options, value: v.criteria[name] ?? '',
          onChange: (value) => this._set({ criteria: { ...v.criteria, [name]: value } }),
        })))}
      ${textInput(this._t, {
        id: 'comment', label: this.t('comment.label'), hint: this.t('comment.hint', { max: ratingCommentMax }), error: this._errors.get('comment'),
        required: false, multiline: true, value: v.comment, onInput: (value) => this._onComment(value), after: this._counter(),
      })}
      <div class="actions">
        <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.t('sending') : state.rating ? this.t('change.submit') : this.t('submit')}
        </button>
        ${state.rating ? html`<button type="button" class="button secondary" @click=${this._keep}>${this.t('cancelChange')}</button>` : nothing}
      </div>
    </form>`;
  }

  private _counterText(): string {
    const left = ratingCommentMax - this._values.comment.length;
    // `…One` is the `one` form of the language's plural rules (Intl.PluralRules), the other the `other` form.
    if (left >= 0) return pluralCategory(this.locale, left) === 'one' ? this.t('counterLeftOne') : this.t('counterLeft', { count: left });
    return pluralCategory(this.locale, -left) === 'one' ? this.t('counterOverOne') : this.t('counterOver', { count: -left });
  }

  private _counter(): TemplateResult {
    const over = this._values.comment.length > ratingCommentMax;
    // The visible count is hidden from screen readers (it changes on every key); the live region
    // speaks it only near the limit, after typing pauses.
    return html`<p class="counter ${over ? 'over' : ''}" aria-hidden="true">${this._counterText()}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-rating': DvcRating;
  }
  interface HTMLElementEventMap {
    'dvc-rating-sent': CustomEvent<DvcRatingSentDetail>;
  }
}
