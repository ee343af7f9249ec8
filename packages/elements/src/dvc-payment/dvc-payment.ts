import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { checkMobile, isDvcError, type Dossier, type Payment, type Receipt } from '@dvc-kit/sdk/core';
import { dossierCodePattern, finalPaymentStatuses, formatFieldMessage } from '@dvc-kit/sdk/contract';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { errorMessage, isAbortError } from '../shared/errors.js';
import { Announcer, DraftController, errorSummary, serverErrors, textInput, type ErrorItem, type FieldErrors } from '../shared/form/index.js';
import { base } from '../shared/styles.js';
import { safeUrl } from '../shared/url.js';
import { strings, type PaymentKey } from './dvc-payment.strings.js';
import { styles } from './dvc-payment.styles.js';
import { codeStep, feesTable, paidResult, settledKey } from './fees.js';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { payments } from '@dvc-kit/sdk/payments';

/** Detail of `dvc-payment-redirect` (cancelable: cancel it to open the gateway yourself). */
export interface DvcPaymentRedirectDetail {
  /** The gateway's checkout page (already checked to be an http(s) URL). */
  url: string;
  /** The payment just created. */
  payment: Payment;
}

/** Detail of `dvc-payment-settled`. */
export interface DvcPaymentSettledDetail {
  /** The payment in a final state: `succeeded`, `failed`, `cancelled` or `expired`. */
  payment: Payment;
}

/** The query parameter this widget adds to its return URL; its value is the dossier code (or a payment id). */
export const RETURN_PARAM = 'dvc-payment';
const PAYMENT_ID = /^pay_[0-9A-Za-z]{16,40}$/;

type Step = 'fees' | 'redirect' | 'confirming' | 'result';
/** What the widget keeps in sessionStorage across the trip to the gateway. Never the phone number. */
interface PaymentDraft {
  returnUrl: string;
  paymentId?: string;
}
interface Settled {
  payment: Payment;
  receipt: Receipt | undefined;
}

/**
 * Pays a dossier's fees (phí, lệ phí) through the payment platform: the citizen types the mobile
 * number given at submission (the verifier), sees the fees, presses "Thanh toán" and is sent to the
 * gateway; back on the page, the widget confirms the result with the API and links the e-receipt.
 *
 * Going to the gateway: a cancelable `dvc-payment-redirect` event, then `location.assign()`. The
 * return URL is this page with `?dvc-payment=<dossier code>`; the gateway adds `payment=<id>` and
 * `status`. The status in the URL is never trusted: the widget asks the API (`waitUntilSettled`).
 *
 * Storage: sessionStorage keeps, per dossier, the return URL, the payment id and the idempotency
 * key of the "Thanh toán" press (so a double click, a retry or a reload never creates a second
 * payment). The phone number is not stored anywhere: reading a payment needs no verifier.
 *
 * @tagname dvc-payment
 * @summary Fees summary → payment gateway → result on return, with the e-receipt link.
 *
 * @fires dvc-payment-redirect - Cancelable; about to leave for the gateway. Detail: {@link DvcPaymentRedirectDetail}.
 * @fires dvc-payment-settled - A payment reached a final state on return. Detail: {@link DvcPaymentSettledDetail}.
 *
 * @csspart base - The widget's wrapper.
 * @csspart code-form - The dossier code form, shown when no code (or one that cannot be a code) was given.
 * @csspart code-input - The dossier code field.
 * @csspart code-button - The button that takes the typed code.
 * @csspart change-code - "Sửa mã hồ sơ": back to the dossier code field, to correct a code that is well formed but not found.
 * @csspart form - The phone form.
 * @csspart phone-input - The mobile number field.
 * @csspart show-button - The button that loads the fees.
 * @csspart error-summary - The list of problems after a failed step.
 * @csspart fees - The fees table.
 * @csspart pay-button - The "Thanh toán" button.
 * @csspart gateway-link - The link to the gateway, in case the page does not leave by itself.
 * @csspart result - The outcome of the payment.
 * @csspart receipt-link - The e-receipt link of a succeeded payment.
 * @csspart retry-button - Pay again after a failed, cancelled or expired payment.
 * @csspart check-button - Check an unconfirmed payment again.
 * @csspart announcer - The polite live region.
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-success - A succeeded payment.
 * @cssprop --dvc-color-danger - Errors and failed payments.
 *
 * @example
 * ```html
 * <dvc-payment dossier="000.00.38.H38-251123-0001"></dvc-payment>
 * ```
 */
export class DvcPayment extends DvcElement<PaymentKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    dossier: {},
    payment: {},
    returnUrl: { attribute: 'return-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _step: { state: true },
    _phone: { state: true },
    _fieldErrors: { state: true },
    _problems: { state: true },
    _fees: { state: true },
    _checkoutUrl: { state: true },
    _settled: { state: true },
    _unsettled: { state: true },
    _editing: { state: true },
  };

  /** The dossier code whose fees to pay (mã hồ sơ). */
  declare dossier: string | undefined;
  /** A payment id to confirm, e.g. when your own return page routes it here; else read from the URL. */
  declare payment: string | undefined;
  /** Where the gateway brings the citizen back; default: this page. `dvc-payment=<dossier>` is added to it. */
  declare returnUrl: string | undefined;
  /** Level of the widget's heading (2–6, default 2, as `aria-level`), so it fits the page's outline; its steps (fees, payment, result) are one level deeper. */
  declare headingLevel: number;
  declare _step: Step;
  declare _phone: string;
  declare _fieldErrors: FieldErrors;
  declare _problems: readonly ErrorItem[];
  declare _fees: Dossier | undefined;
  declare _checkoutUrl: string | undefined;
  declare _settled: Settled | undefined;
  declare _unsettled: string | undefined;
  /** The citizen asked to correct the dossier code (one that is well formed but not theirs, say). @internal */
  declare _editing: boolean;

  protected readonly catalogue = strings;

  private readonly _draft = new DraftController<PaymentDraft>(this, () => `payment:${this._code()}`);
  private readonly _say = new Announcer(this);
  /** The verifier the fees were read with: in memory only, for the "Thanh toán" press. @internal */
  private _verifier = '';
  /** Focus follows a step change only when the citizen caused it (not on arrival from the gateway). @internal */
  private _focusNext = false;
  /** The payment being confirmed (or whose confirmation could not finish); undefined otherwise. @internal */
  private _confirmId: string | undefined;
  /** The `connection` the last confirmation ran with: a new configuration runs it again. @internal */
  private _confirmedWith: string | undefined;

  private readonly _loadFees = new Task<[string, string], Dossier>(this, {
    autoRun: false,
    task: async ([code, verifier], { signal }) => this.api(dossiers).get(code, { verifier, signal }),
    onComplete: (dossier) => {
      this._fees = dossier;
      this._say.announce('');
      this._focus('#fees-title');
    },
    onError: (error) => this._failed(error),
  });

  private readonly _create = new Task<[string, string, string], Payment>(this, {
    autoRun: false,
    task: async ([dossierCode, returnUrl, verifier], { signal }) => {
      const client = this.api(payments);
      let draft = this._draft.draft;
      if (draft && draft.values.returnUrl !== returnUrl) {
        this._draft.clear();
        draft = undefined;
      }
      // The key of a payment that has since closed would replay that closed payment: start afresh.
      if (draft?.values.paymentId) {
        const previous = await client.get(draft.values.paymentId, { signal }).catch(() => undefined);
        if (previous && finalPaymentStatuses.includes(previous.status)) this._draft.clear();
      }
      const { idempotencyKey } = this._draft.save({ returnUrl, ...(this._draft.draft?.values.paymentId ? { paymentId: this._draft.draft.values.paymentId } : {}) });
      const payment = await client.create({ dossierCode, returnUrl, verifier }, { idempotencyKey, signal });
      this._draft.save({ returnUrl, paymentId: payment.id });
      return payment;
    },
    onComplete: (payment) => this._leave(payment),
    onError: (error) => this._failed(error),
  });

  private readonly _confirm = new Task<[string], Settled>(this, {
    autoRun: false,
    task: async ([id], { signal }) => {
      const client = this.api(payments);
      const payment = await client.waitUntilSettled(id, { signal, interval: 1_000, maxWait: 30_000 });
      const receipt = payment.status === 'succeeded' ? await client.receipt(id, { signal }).catch(() => undefined) : undefined;
      return { payment, receipt };
    },
    onComplete: (settled) => this._done(settled),
    onError: (error) => {
      if (isAbortError(error)) return;
      this._step = 'result';
      this._settled = undefined;
      this._unsettled = isDvcError(error, 'timeout') ? this.t('unsettled.body') : errorMessage(error, this.locale);
      this._say.announce(this.t('unsettled.title'));
      this._focus('#step-title');
    },
  });

  constructor() {
    super();
    this._step = 'fees';
    this._phone = '';
    this._fieldErrors = new Map();
    this._problems = [];
    this._fees = undefined;
    this._checkoutUrl = undefined;
    this._settled = undefined;
    this._unsettled = undefined;
    this._editing = false;
    this.headingLevel = 2;
    this._say.announce('');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (or re-attached) while confirming: the run was aborted on disconnect, start it again.
    if (this.hasUpdated && this._step === 'confirming' && this._confirmId) this._runConfirm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._loadFees.abort();
    this._confirm.abort();
    // A create in flight is left to finish: its idempotency key is saved, so pressing again replays it.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dossier')) this._draft.reset();
    if (!this.hasUpdated || changed.has('payment')) {
      const id = this._returnedPayment();
      if (id) {
        this._startConfirm(id);
        return;
      }
    }
    // The configuration arrived (or changed) after confirming started, or made it fail ("Chưa cấu hình"):
    // confirm again with it. A settled payment is final and stays shown.
    const unfinished = this._step === 'confirming' || (this._step === 'result' && !this._settled);
    if (this._confirmId && unfinished && this.connection !== this._confirmedWith) this._startConfirm(this._confirmId);
  }

  private _code(): string {
    return (this.dossier ?? '').trim().toUpperCase();
  }

  /** The payment to confirm: the `payment` attribute, else this widget's return from the gateway. @internal */
  private _returnedPayment(): string | undefined {
    if (this.payment) return this.payment;
    const params = new URLSearchParams(location.search);
    const marker = params.get(RETURN_PARAM);
    if (marker === null) return undefined;
    if (PAYMENT_ID.test(marker)) return marker;
    // Another widget's return (two dossiers on one page).
    if (this._code() && marker.trim().toUpperCase() !== this._code()) return undefined;
    const fromGateway = params.get('payment');
    if (fromGateway && PAYMENT_ID.test(fromGateway)) return fromGateway;
    return this._draft.draft?.values.paymentId;
  }

  /** This page (or `return-url`) with the marker, without a previous return's parameters. @internal */
  private _returnTo(): string {
    const url = new URL(this.returnUrl || location.href, document.baseURI);
    if (url.searchParams.has(RETURN_PARAM)) {
      url.searchParams.delete('payment');
      url.searchParams.delete('status');
    }
    url.searchParams.set(RETURN_PARAM, this._code());
    return url.href;
  }

  // ---------------------------------------------------------------------------------------------
  // Steps

  private _showFees(event: Event): void {
    event.preventDefault();
    const phone = checkMobile(this._phone);
    const error = !this._phone.trim() ? this.t('phone.required') : phone.ok ? undefined : formatFieldMessage(this.locale, phone.code, phone.params);
    if (error || !phone.ok) {
      void this._showProblems(new Map([['phone', error!]]));
      return;
    }
    this._problems = [];
    this._fieldErrors = new Map();
    this._fees = undefined;
    this._verifier = phone.value;
    this._say.announce(this.t('loading'));
    this._focusNext = true;
    void this._loadFees.run([this._code(), phone.value]);
  }

  private _pay(): void {
    // A second press while the first is on its way creates nothing: the same run, the same key.
    if (this._create.status === TaskStatus.PENDING) return;
    this._problems = [];
    this._fieldErrors = new Map();
    this._say.announce(this.t('creating'));
    this._focusNext = true;
    void this._create.run([this._code(), this._returnTo(), this._verifier]);
  }

  private _leave(payment: Payment): void {
    const url = safeUrl(payment.checkoutUrl);
    if (!url) {
      void this._showProblems(new Map(), [{ message: this.t('gateway.unsafe') }]);
      return;
    }
    this._checkoutUrl = url;
    this._step = 'redirect';
    this._say.announce(this.t('redirect.title'));
    this._focus('#step-title');
    if (this.emit<DvcPaymentRedirectDetail>('dvc-payment-redirect', { url, payment }, { cancelable: true })) location.assign(url);
  }

  private _startConfirm(id: string): void {
    this._step = 'confirming';
    this._settled = undefined;
    this._unsettled = undefined;
    this._problems = [];
    this._say.announce(this.t('confirm.title'));
    this._confirmId = id;
    this._runConfirm();
  }

  private _runConfirm(): void {
    if (!this._confirmId) return;
    this._confirmedWith = this.connection;
    void this._confirm.run([this._confirmId]);
  }

  private _checkAgain(): void {
    const id = this._settled?.payment.id ?? this._confirm.value?.payment.id ?? this._confirmId ?? this._returnedPayment();
    if (!id) return;
    this._startConfirm(id);
    // The pressed button is gone: focus the "confirming" heading now, and the result's once it comes.
    this._focusNext = true;
    void this._focusNow('#step-title');
  }

  private _done(settled: Settled): void {
    const code = this._code();
    if (code && settled.payment.dossierCode.toUpperCase() !== code) {
      this._step = 'result';
      this._unsettled = this.t('mismatch');
      this._focus('#step-title');
      return;
    }
    this._step = 'result';
    this._settled = settled;
    this._unsettled = undefined;
    // Final either way: a paid dossier needs no draft, a failed one needs a new key to pay again.
    this._draft.clear();
    this._say.announce(this.t(`${settledKey(settled.payment)}.title`));
    this.emit<DvcPaymentSettledDetail>('dvc-payment-settled', { payment: settled.payment });
    this._focus('#step-title');
  }

  private _retry(): void {
    this._draft.clear();
    this._confirmId = undefined;
    this._step = 'fees';
    this._settled = undefined;
    this._unsettled = undefined;
    this._fees = undefined;
    this._checkoutUrl = undefined;
    this._say.announce('');
    this._focusNext = true;
    this._focus('#title');
  }

  private _failed(error: unknown): void {
    if (isAbortError(error)) return;
    // The verifier (`verifier`, `query.verifier`) is the phone field.
    const { fields } = serverErrors(error, (path) => (/verifier$/.test(path) ? 'phone' : undefined));
    this._say.announce('');
    void this._showProblems(fields, fields.size ? [] : [{ message: errorMessage(error, this.locale) }]);
  }

  /** Shows field errors (and messages about no field) in the summary, and focuses it. @internal */
  private async _showProblems(fields: FieldErrors, messages: ErrorItem[] = []): Promise<void> {
    this._fieldErrors = fields;
    this._problems = [...messages, ...[...fields].map(([field, message]) => ({ message, fieldId: field }))];
    await this._say.focusSummary();
  }

  private async _focus(selector: string): Promise<void> {
    if (!this._focusNext) return;
    this._focusNext = false;
    await this._focusNow(selector);
  }

  /** Focuses `selector` once rendered, whatever `_focusNext` says. */
  private async _focusNow(selector: string): Promise<void> {
    await this._say.focus(selector);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const code = this._code();
    const confirming = this._step === 'confirming' || this._step === 'result';
    return html`<div part="base" class="payment">
      <h2 id="title" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('title')}</h2>
      ${code ? html`<p class="dossier">${this.t('dossier')} <strong>${code}</strong>
        ${this._step === 'fees' && !this._editing && dossierCodePattern.test(code)
          ? html` <button class="button secondary" type="button" part="change-code" @click=${this._changeCode}>${this.t('code.change')}</button>`
          : nothing}</p>` : nothing}
      ${!confirming && (this._editing || !dossierCodePattern.test(code))
        ? this._codeStep(code)
        : this._step === 'fees' ? this._feesStep()
          : this._step === 'redirect' ? this._redirectStep()
            : this._step === 'confirming' ? this._confirmStep()
              : this._resultStep()}
      ${this._say.region('announcer')}
    </div>`;
  }

  /**
   * No dossier code, or one that cannot be a code (mistyped in a link, cut short): the citizen types
   * it (from the receipt) instead of being stuck. The page author's mistake is said in the console.
   */
  /** "Sửa mã hồ sơ": back to the code's field, the code kept to correct, the fees read with it forgotten. */
  private _changeCode = (): void => {
    Object.assign(this, { _editing: true, _fees: undefined, _problems: [], _fieldErrors: new Map() });
    void this._focusNow('#dossier-code');
  };

  private _codeStep(given: string): TemplateResult {
    return codeStep((k, p) => this.t(k, p), given, (typed) => {
      if (typed) this.dossier = typed;
      if (dossierCodePattern.test(typed)) this._editing = false;
      // On to the phone when the code is a code; else back to the field, to correct it.
      void this._focusNow(dossierCodePattern.test(typed) ? '#phone' : '#dossier-code');
    });
  }


  /** The `aria-level` of the steps' headings: one below the widget's. */
  private _level(): number {
    return headingLevel(this.headingLevel, 1);
  }

  private _feesStep(): TemplateResult {
    const error = this._fieldErrors.get('phone');
    return html`<form part="form" novalidate @submit=${this._showFees} aria-labelledby="title">
        ${errorSummary(() => this.shadowRoot, this.t('errors.title'), this._problems, this._level())}
        <p class="intro">${this.t('intro')}</p>
        ${textInput((k, p) => this.t(k, p), {
          id: 'phone', label: this.t('phone.label'), hint: this.t('phone.hint'), error, required: true, value: this._phone,
          type: 'tel', inputmode: 'tel', autocomplete: 'tel', part: 'phone-input',
          onInput: (value) => {
            this._phone = value;
            // Fees read with another number must not be paid with this one.
            const check = checkMobile(this._phone);
            if (this._fees && (!check.ok || check.value !== this._verifier)) this._fees = undefined;
          },
        })}
        <button class="button" type="submit" part="show-button">${this.t('show')}</button>
      </form>
      ${this._fees ? feesTable((k, p) => this.t(k, p), this.locale, this._level(), this._fees, () => this._pay()) : nothing}`;
  }

  private _redirectStep(): TemplateResult {
    return html`<section class="step" aria-labelledby="step-title">
      <h3 id="step-title" tabindex="-1" aria-level=${this._level()}>${this.t('redirect.title')}</h3>
      <p>${this.t('redirect.body')}</p>
      ${this._checkoutUrl ? html`<p><a part="gateway-link" class="button" href=${this._checkoutUrl}>${this.t('redirect.link')}</a></p>` : nothing}
    </section>`;
  }

  private _confirmStep(): TemplateResult {
    return html`<section class="step" aria-labelledby="step-title" aria-busy="true">
      <h3 id="step-title" tabindex="-1" aria-level=${this._level()}>${this.t('confirm.title')}</h3>
      <p>${this.t('confirm.body')}</p>
      <progress aria-labelledby="step-title"></progress>
    </section>`;
  }

  private _resultStep(): TemplateResult {
    const settled = this._settled;
    if (!settled) {
      return html`<section part="result" class="alert step" aria-labelledby="step-title">
        <h3 id="step-title" tabindex="-1" aria-level=${this._level()}>${this.t('unsettled.title')}</h3>
        <p>${this._unsettled}</p>
        <button class="button secondary" type="button" part="check-button" @click=${this._checkAgain}>${this.t('check')}</button>
      </section>`;
    }
    const { payment, receipt } = settled;
    const key = settledKey(payment);
    if (key !== 'succeeded') {
      return html`<section part="result" class="alert step result-${key}" aria-labelledby="step-title">
        <h3 id="step-title" tabindex="-1" aria-level=${this._level()}>${this.t(`${key}.title`)}</h3>
        <p>${this.t(`${key}.body`)}</p>
        <button class="button" type="button" part="retry-button" @click=${this._retry}>${this.t('retry')}</button>
      </section>`;
    }
    return paidResult((k, p) => this.t(k, p), this.locale, this._level(), payment, receipt);
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'dvc-payment': DvcPayment;
  }
  interface HTMLElementEventMap {
    'dvc-payment-redirect': CustomEvent<DvcPaymentRedirectDetail>;
    'dvc-payment-settled': CustomEvent<DvcPaymentSettledDetail>;
  }
}
