import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { Dossier, DossierEvent, DossierStatus, HistoryEntry, RequiredDocument } from '@dvc-kit/sdk/core';
import { deliveryMethodLabels, dossierCodePattern, dossierStatusInfo, finalDossierStatuses, ratableDossierStatuses } from '@dvc-kit/sdk/contract';
import { dossiers, type DossiersResource } from '@dvc-kit/sdk/dossiers';
import { services } from '@dvc-kit/sdk/services';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { errorMessage, isAbortError } from '../shared/errors.js';
import { Announcer } from '../shared/form/announce.js';
import { field } from '../shared/form/field.js';
import type { FormKey } from '../shared/form/strings.js';
import { formStyles } from '../shared/form/styles.js';
import { errorSummary, summaryItems } from '../shared/form/summary.js';
import { checkLookup, serverErrors, type FieldErrors } from '../shared/form/validate.js';
import { agencyName } from '../shared/catalogue.js';
import { formatDate, formatVnd, inVietnamese, vietnamese } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { fillHref } from '../shared/url.js';
import { renderDocuments } from './documents.js';
import { strings, type DossierTrackerKey } from './dvc-dossier-tracker.strings.js';
import { styles } from './dvc-dossier-tracker.styles.js';
import type { SupplementForm } from './supplement-form.js';
import { renderSupplement, supplementOpen } from './supplement.js';
import type { TrackerHost } from './view.js';
import { WithdrawStep } from './withdraw.js';

/** Detail of `dvc-dossier-status`. */
export interface DvcDossierStatusDetail {
  /** The dossier code. */
  code: string;
  /** Its status now. */
  status: DossierStatus;
  /** The status shown before (`null` after a lookup, or when an update keeps the status). */
  previousStatus: DossierStatus | null;
}

type Live = 'off' | 'watching' | 'ended' | 'lost';

/** Tone of a status: its colour and icon-free emphasis (never colour alone: the label says it). */
const tone = (status: DossierStatus): 'done' | 'stopped' | 'action' | 'progress' =>
  status === 'done' || status === 'releasing' ? 'done'
    : status === 'denied' || status === 'cancelled' || status === 'unresolved' ? 'stopped'
      : status === 'waiting' || status === 'paying' ? 'action'
        : 'progress';

const isFinal = (status: DossierStatus) => finalDossierStatuses.includes(status);

/**
 * Looks up a dossier (hồ sơ) by its code and the applicant's mobile number (the verifier), then
 * shows its status, procedure, receiving commune, dates, fees, papers (the receipt, the electronic
 * result once issued, the files sent by document slot) and its processing history, and keeps them
 * up to date while the page is open (Server-Sent Events, polling when streams are blocked). It
 * finishes the journey with the citizen: paying what is left (with `pay-href`), sending the
 * supplement the agency asked for before its deadline, withdrawing the dossier with a reason
 * and a confirmation, and rating a finished dossier (`<dvc-rating>`, loaded when asked for).
 *
 * The phone number is only ever typed by the citizen: it is never read from an attribute, stored,
 * or put in a URL, and a failed lookup never says whether the code or the number was wrong.
 *
 * @tagname dvc-dossier-tracker
 * @summary Dossier lookup: code + phone → status timeline with due date, updated live; pay, supplement, withdraw, the result, rate it.
 *
 * @fires dvc-dossier-status - A lookup showed a dossier, or its status changed (while watched, or by a withdrawal). Detail: {@link DvcDossierStatusDetail}.
 *
 * @csspart base - The widget's wrapper.
 * @csspart form - The lookup form.
 * @csspart code-input - The dossier code field.
 * @csspart phone-input - The mobile number field.
 * @csspart submit - The lookup button.
 * @csspart error-summary - A list of problems (lookup, supplement or withdrawal).
 * @csspart announcer - The polite live region (loading, live updates, what was sent).
 * @csspart result - The dossier found.
 * @csspart status - The current status.
 * @csspart summary - Procedure, agency, dates, receiving commune and how the result is delivered.
 * @csspart overdue - The overdue badge.
 * @csspart documents - The dossier's papers: receipt, result, files sent.
 * @csspart receipt - The link to the receipt (Giấy tiếp nhận hồ sơ, PDF).
 * @csspart result-file - The electronic result, once issued: its link, name and date.
 * @csspart files - The files sent, by document slot.
 * @csspart fees - The fees: total, paid and what is left to pay.
 * @csspart pay - The link to pay what is left (with `pay-href`).
 * @csspart supplement - The supplement request, when there is one.
 * @csspart supplement-form - The form that sends the supplement (a note and files).
 * @csspart supplement-submit - Its send button.
 * @csspart supplement-state - What was sent, once sent.
 * @csspart supplement-expired - The notice shown when the deadline has passed.
 * @csspart withdraw - The withdrawal: its button, reason form or confirmation.
 * @csspart withdraw-button - The "Rút hồ sơ" button.
 * @csspart withdraw-continue - The button that goes on to the confirmation.
 * @csspart withdraw-confirm - The "Xác nhận rút hồ sơ" button.
 * @csspart rating - The rating of a finished dossier: the offer, then <dvc-rating> (loaded when asked for).
 * @csspart rating-open - The "Đánh giá mức độ hài lòng" button.
 * @csspart timeline - The processing history.
 * @csspart entry - One step of the history.
 *
 * @cssprop --dvc-color-primary - Buttons, links and the current step.
 * @cssprop --dvc-color-success - Statuses with a result.
 * @cssprop --dvc-color-danger - Errors, overdue, stopped statuses, the confirmation of a withdrawal.
 * @cssprop --dvc-color-highlight - Background of the supplement request.
 *
 * @example
 * ```html
 * <dvc-dossier-tracker code="000.00.38.H38-251123-0001" pay-href="thanh-toan.html?dossier={code}"></dvc-dossier-tracker>
 * ```
 */
export class DvcDossierTracker extends DvcElement<DossierTrackerKey | FormKey> {
  static override styles = [base, formStyles, styles];

  static override properties = {
    ...DvcElement.properties,
    code: {},
    payHref: { attribute: 'pay-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _code: { state: true },
    _phone: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _dossier: { state: true },
    _live: { state: true },
    _rating: { state: true },
  };

  /** Prefills the dossier code (from a link or the submission page). The phone number is never an attribute. */
  declare code: string | undefined;
  /**
   * Link of the page that pays a dossier's fees, `{code}` replaced, e.g. `thanh-toan.html?dossier={code}`:
   * a dossier with fees left to pay then shows a "Thanh toán" link, whatever its status.
   */
  declare payHref: string | undefined;
  /**
   * Level of the lookup form's and the dossier's headings (2–6, default 2, as `aria-level`), so the
   * widget fits the page's outline; the dossier's sections (papers, fees, supplement, withdrawal,
   * rating, timeline) are one level deeper.
   */
  declare headingLevel: number;
  declare _code: string;
  declare _phone: string;
  declare _errors: FieldErrors;
  declare _failure: string | undefined;
  declare _dossier: Dossier | undefined;
  declare _live: Live;
  /** The rating step of a finished dossier: offered, loading <dvc-rating>, shown, or its module failed to load. */
  declare _rating: 'offered' | 'loading' | 'shown' | 'failed';

  protected readonly catalogue = strings;

  /** The verifier of the dossier shown: in memory only, for the live updates and the steps. @internal */
  private _verifier = '';
  private _watching: AbortController | undefined;
  private readonly _say = new Announcer(this);

  private readonly _lookup = new Task<[string, string], Dossier>(this, {
    autoRun: false,
    task: async ([code, verifier], { signal }) => this.api(dossiers).get(code, { verifier, signal }),
    onComplete: (dossier) => void this._found(dossier),
    onError: (error) => void this._failed(error),
  });

  /** The procedure's document slots, to name the slot each file was sent for (only when a file has one). */
  private readonly _slots = new Task<[string | undefined, string], RequiredDocument[] | undefined>(this, {
    args: () => [this._dossier?.attachments.some((file) => file.document) ? this._dossier.service.code : undefined, this.connection],
    task: async ([service], { signal }) => (service ? (await this.api(services).get(service, { signal })).documents : undefined),
  });

  /** The tracker as its parts see it. @internal */
  private readonly _host: TrackerHost = ((el: DvcDossierTracker): TrackerHost => ({
    addController: (controller) => el.addController(controller),
    removeController: (controller) => el.removeController(controller),
    requestUpdate: () => el.requestUpdate(),
    get updateComplete() {
      return el.updateComplete;
    },
    get shadowRoot() {
      return el.shadowRoot;
    },
    get locale() {
      return el.locale;
    },
    view: {
      get locale() {
        return el.locale;
      },
      t: (key, params) => el.t(key, params),
      date: (value, withTime) => el._date(value, withTime),
      level: (offset) => headingLevel(el.headingLevel, offset),
    },
    formText: (key, params) => el.t(key, params),
    say: el._say,
    get verifier() {
      return el._verifier;
    },
    api: (resource) => el.api(resource),
    show: (dossier) => el._show(dossier),
    refresh: async () => {
      const shown = el._dossier;
      if (!shown) return;
      try {
        el._show(await el.api(dossiers).get(shown.code, { verifier: el._verifier }));
      } catch {
        // The dossier on screen stays; the refusal is shown.
      }
    },
  }))(this);

  /** The supplement form, loaded when a dossier shown may send one (most never need its uploads). @internal */
  private _supplementForm: SupplementForm | undefined;
  private _loadingSupplement = false;
  private readonly _withdraw = new WithdrawStep(this._host);

  constructor() {
    super();
    this._code = '';
    this._phone = '';
    this._errors = new Map();
    this._failure = undefined;
    this._dossier = undefined;
    this._live = 'off';
    this._rating = 'offered';
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (moved in the DOM): resume the updates of the dossier shown.
    if (this._dossier && this._live === 'watching') this._watch(this._dossier);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._lookup.abort();
    this._watching?.abort();
    this._watching = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code !== undefined) this._code = this.code;
    if (this._dossier && supplementOpen(this._dossier) && !this._supplementForm) void this._loadSupplementForm();
  }

  private async _loadSupplementForm(): Promise<void> {
    if (this._loadingSupplement) return;
    this._loadingSupplement = true;
    try {
      const { SupplementForm } = await import('./supplement-form.js');
      this._supplementForm ??= new SupplementForm(this._host);
      this.requestUpdate();
    } catch (error) {
      // Tried again at the next update (a new status, another lookup).
      console.warn('DVC Kit: the supplement form could not be loaded.', error);
    } finally {
      this._loadingSupplement = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup

  private _submit(event: Event): void {
    event.preventDefault();
    const { code, verifier, errors } = checkLookup(this._code, this._phone, dossierCodePattern, (key) => this.t(key), this.locale);
    this._errors = errors;
    this._failure = undefined;
    if (errors.size) {
      void this._say.focus('#lookup-form .error-summary');
      return;
    }
    this._watching?.abort();
    this._watching = undefined;
    this._live = 'off';
    this._dossier = undefined;
    this._supplementForm?.reset();
    this._withdraw.reset();
    this._rating = 'offered';
    this._verifier = verifier;
    this._say.announce(this.t('submitting'));
    void this._lookup.run([code, verifier]);
  }

  private async _found(dossier: Dossier): Promise<void> {
    this._dossier = dossier;
    this._say.announce(this.t('live.found', { code: dossier.code, status: this._label(dossier.status) }));
    this.emit<DvcDossierStatusDetail>('dvc-dossier-status', { code: dossier.code, status: dossier.status, previousStatus: null });
    this._watch(dossier);
    await this._say.focus('#result-title');
  }

  private async _failed(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    this._say.announce('');
    // A wrong code and a wrong number get the same answer (not_found), on no field in particular:
    // saying which one was wrong would let anyone probe codes or numbers. Only a field's shape is blamed on it.
    const { fields, unplaced } = serverErrors(error, (path) => (/(^|\.)code$/.test(path) ? 'code' : /verifier$/.test(path) ? 'phone' : undefined));
    this._errors = fields;
    this._failure = fields.size ? unplaced[0] : errorMessage(error, this.locale);
    await this._say.focus('#lookup-form .error-summary');
  }

  /** Shows the dossier a step's answer returned (supplement sent, dossier withdrawn). */
  private _show(dossier: Dossier): void {
    const previous = this._dossier;
    if (previous?.code !== dossier.code) return;
    this._dossier = dossier;
    if (previous.status !== dossier.status) {
      this.emit<DvcDossierStatusDetail>('dvc-dossier-status', { code: dossier.code, status: dossier.status, previousStatus: previous.status });
    }
    // A final status ends the updates; the stream would only say what is already shown.
    if (isFinal(dossier.status)) this._watch(dossier);
  }

  // ---------------------------------------------------------------------------------------------
  // Live updates

  private _watch(dossier: Dossier): void {
    this._watching?.abort();
    this._watching = undefined;
    if (isFinal(dossier.status)) {
      this._live = 'ended';
      return;
    }
    let client: DossiersResource;
    try {
      client = this.api(dossiers);
    } catch {
      this._live = 'lost';
      return;
    }
    const controller = new AbortController();
    this._watching = controller;
    this._live = 'watching';
    const lastEventId = Math.max(0, ...dossier.history.map((entry) => entry.id));
    void this._follow(client, dossier.code, this._verifier, lastEventId, controller.signal);
  }

  private async _follow(client: DossiersResource, code: string, verifier: string, lastEventId: number, signal: AbortSignal): Promise<void> {
    try {
      for await (const event of client.watch(code, { verifier, signal, lastEventId })) {
        if (signal.aborted) return;
        await this._update(client, event, verifier, signal);
      }
    } catch {
      // Shown as "updates stopped" below; the dossier already on screen stays.
    }
    if (signal.aborted) return;
    this._live = this._dossier && isFinal(this._dossier.status) ? 'ended' : 'lost';
  }

  private async _update(client: DossiersResource, event: DossierEvent, verifier: string, signal: AbortSignal): Promise<void> {
    const current = this._dossier;
    if (!current || current.code !== event.code) return;
    // The server's previous status, not the one on screen: a re-read may already show a later one.
    const previousStatus = event.previousStatus === event.status ? null : event.previousStatus;
    // Shown at once from the event; the full entry (who, department, due date) follows from a re-read.
    const entry: HistoryEntry = {
      id: event.id, status: event.status, at: event.at, actor: '', role: '', department: null, action: '', note: event.note, dueAt: null,
    };
    const known = current.history.some((h) => h.id === event.id);
    this._dossier = { ...current, status: event.status, history: known ? current.history : [...current.history, entry] };
    const status = this._label(event.status);
    this._say.announce(this.t(previousStatus ? 'live.changed' : 'live.updated', { code: event.code, status }));
    this.emit<DvcDossierStatusDetail>('dvc-dossier-status', { code: event.code, status: event.status, previousStatus });
    try {
      const fresh = await client.get(event.code, { verifier, signal });
      if (!signal.aborted && this._dossier?.code === fresh.code && fresh.history.some((h) => h.id >= event.id)) this._dossier = fresh;
    } catch {
      // The event's own entry stays.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private _label(status: DossierStatus): string {
    return dossierStatusInfo[status].label[this.locale];
  }

  private _date(value: string, withTime = true): string {
    return formatDate(this.locale, value, withTime);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="tracker">
      <form id="lookup-form" part="form" novalidate @submit=${this._submit} aria-labelledby="form-title">
        <h2 id="form-title" aria-level=${headingLevel(this.headingLevel)}>${this.t('title')}</h2>
        <p class="intro">${this.t('intro')}</p>
        ${errorSummary(() => this.shadowRoot, this.t('errors.title'), summaryItems(this._errors, [this._failure]), headingLevel(this.headingLevel, 1))}
        ${this._field('code', 'text', this._code, (value) => (this._code = value))}
        ${this._field('phone', 'tel', this._phone, (value) => (this._phone = value))}
        <button class="button" type="submit" part="submit"
          aria-disabled=${this._lookup.status === TaskStatus.PENDING ? 'true' : 'false'}>${this.t('submit')}</button>
      </form>
      ${this._dossier ? this._result(this._dossier) : nothing}
      ${this._say.region('announcer')}
    </div>`;
  }

  /** The code or phone field: the engine's field template, around an input that keeps its part name. */
  private _field(id: 'code' | 'phone', type: 'text' | 'tel', value: string, set: (value: string) => void): TemplateResult {
    const options = { id, label: this.t(`${id}.label`), hint: this.t(`${id}.hint`), error: this._errors.get(id), required: true };
    return field((key, params) => this.t(key, params), options, (a) => html`<input
      id=${a.id} name=${a.id} part="${id}-input" type=${type} inputmode=${type === 'tel' ? 'tel' : 'text'} class="short"
      autocomplete=${id === 'phone' ? 'tel' : 'off'} spellcheck="false" autocapitalize=${id === 'code' ? 'characters' : 'off'}
      ?required=${a.required} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${live(value)}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)} />`);
  }

  /** A badge after a summary value, on its line: values keep line breaks (white-space: pre-line), so their templates stay on one line. */
  private _badge(key: 'result.overdue' | 'result.late'): TemplateResult {
    return html`<strong part="overdue" class="badge overdue">${this.t(key)}</strong>`;
  }

  private _result(dossier: Dossier): TemplateResult {
    const due = dossier.dueAt ? Date.parse(dossier.dueAt) : Number.NaN;
    const overdue = !Number.isNaN(due) && !dossier.completedAt && !isFinal(dossier.status) && due < Date.now();
    const late = !Number.isNaN(due) && !!dossier.completedAt && Date.parse(dossier.completedAt) > due;
    const last = dossier.history.at(-1)?.id;
    return html`<section part="result" class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('result.title', { code: dossier.code })}</h2>
      <p part="status" class="status tone-${tone(dossier.status)}" tabindex="-1">
        <span class="status-label">${this.t('result.status')}:</span>
        <strong>${this._label(dossier.status)}</strong>
      </p>
      <dl part="summary" class="summary-list">
        <div><dt>${this.t('result.service')}</dt><dd lang=${vietnamese(this.locale)}>${dossier.service.name}</dd></div>
        <div><dt>${this.t('result.agency')}</dt><dd>${agencyName(this.locale, dossier.agency)}</dd></div>
        <div><dt>${this.t('result.submitted')}</dt><dd>${this._date(dossier.submittedAt)}</dd></div>
        <div><dt>${this.t('result.received')}</dt><dd>${dossier.receivedAt ? this._date(dossier.receivedAt) : this.t('result.notReceived')}</dd></div>
        <div>
          <dt>${this.t('result.due')}</dt>
          <dd>${dossier.dueAt ? this._date(dossier.dueAt) : this.t('result.noDue')}${overdue ? this._badge('result.overdue') : nothing}${late ? this._badge('result.late') : nothing}</dd>
        </div>
        ${dossier.completedAt ? html`<div><dt>${this.t(dossier.status === 'done' ? 'result.completed' : 'result.ended')}</dt><dd>${this._date(dossier.completedAt)}</dd></div>` : nothing}
        ${dossier.commune ? html`<div><dt>${this.t('result.commune')}</dt><dd lang=${vietnamese(this.locale)}>${dossier.commune.name}</dd></div>` : nothing}
        <div>
          <dt>${this.t('result.delivery')}</dt>
          <dd>${deliveryMethodLabels[dossier.delivery.method][this.locale]}${dossier.delivery.address ? html`<br />${inVietnamese(this.locale, dossier.delivery.address)}` : nothing}</dd>
        </div>
      </dl>
      ${renderDocuments(this._host.view, dossier, this._slots.value)}
      ${this._fees(dossier)}
      ${renderSupplement(this._host.view, dossier, this._supplementForm)}
      ${this._withdraw.render(dossier)}
      ${this._ratingStep(dossier)}
      <h3 id="timeline-title" aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('timeline.title')}</h3>
      <ol part="timeline" class="timeline" aria-labelledby="timeline-title">
        ${dossier.history.map((entry) => this._entry(entry, entry.id === last))}
      </ol>
      <p class="live live-${this._live}">${this._live === 'watching' ? this.t('live.watching') : this._live === 'ended' ? this.t('live.ended') : this._live === 'lost' ? this.t('live.lost') : nothing}</p>
    </section>`;
  }

  /**
   * A finished dossier (result returned, not accepted, stopped) may be rated: <dvc-rating> with the
   * code and the phone already checked, its module loaded only when the citizen asks for it.
   */
  private _ratingStep(dossier: Dossier): TemplateResult | typeof nothing {
    if (!ratableDossierStatuses.includes(dossier.status)) return nothing;
    if (this._rating === 'shown') {
      return html`<div part="rating" class="rating">
        <dvc-rating heading-level=${headingLevel(this.headingLevel, 1)} code=${dossier.code} .verifier=${this._verifier} lang=${this.locale}
          base-url=${this.baseUrl || nothing} publishable-key=${this.publishableKey || nothing}></dvc-rating>
      </div>`;
    }
    return html`<div part="rating" class="rating">
      <h3 aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('rating.title')}</h3>
      <p>${this.t('rating.intro')}</p>
      ${this._rating === 'failed' ? html`<p class="field-error" role="alert">${this.t('rating.loadFailed')}</p>` : nothing}
      <button type="button" class="button secondary" part="rating-open" aria-disabled=${this._rating === 'loading' ? 'true' : 'false'}
        @click=${this._openRating}>${this.t('rating.open')}</button>
    </div>`;
  }

  private async _openRating(): Promise<void> {
    if (this._rating === 'loading') return;
    this._rating = 'loading';
    try {
      await import('../dvc-rating/index.js');
      this._rating = 'shown';
    } catch (error) {
      console.warn('DVC Kit: the rating could not be loaded.', error);
      this._rating = 'failed';
    }
  }

  /** What the dossier costs and what is left to pay, with a way to pay it (any status but a final one). */
  private _fees(dossier: Dossier): TemplateResult | typeof nothing {
    const { total, paid } = dossier.fees;
    if (total <= 0) return nothing;
    const due = Math.max(0, total - paid);
    const href = due > 0 && !isFinal(dossier.status) && this.payHref ? fillHref(this.payHref, { code: dossier.code }) : undefined;
    return html`<div part="fees" class="fees">
      <h3 id="fees-title" aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('fees.title')}</h3>
      <dl class="summary-list">
        <div><dt>${this.t('fees.total')}</dt><dd>${formatVnd(this.locale, total)}</dd></div>
        <div><dt>${this.t('fees.paid')}</dt><dd>${formatVnd(this.locale, paid)}</dd></div>
        <div><dt>${this.t('fees.due')}</dt><dd><strong>${due > 0 ? formatVnd(this.locale, due) : this.t('fees.settled')}</strong></dd></div>
      </dl>
      ${href ? html`<p><a class="button" part="pay" href=${href}>${this.t('fees.pay', { amount: formatVnd(this.locale, due) })}</a></p>` : nothing}
    </div>`;
  }

  private _entry(entry: HistoryEntry, current: boolean): TemplateResult {
    const who = [entry.actor, entry.role, entry.department].filter(Boolean).join(' · ');
    return html`<li part="entry" class="entry tone-${tone(entry.status)}" aria-current=${current ? 'step' : 'false'}>
      <p class="entry-status">
        <strong>${this._label(entry.status)}</strong>
        ${current ? html`<span class="visually-hidden">${this.t('timeline.current')}</span>` : nothing}
      </p>
      <p class="entry-time"><time datetime=${entry.at}>${this._date(entry.at)}</time></p>
      ${entry.action ? html`<p class="entry-action" lang=${vietnamese(this.locale)}>${entry.action}</p>` : nothing}
      ${who ? html`<p class="entry-who muted" lang=${vietnamese(this.locale)}>${who}</p>` : nothing}
      ${entry.note && entry.note !== entry.action ? html`<p class="entry-note"><span class="note-label">${this.t('timeline.note')}</span> ${inVietnamese(this.locale, entry.note)}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-tracker': DvcDossierTracker;
  }
  interface HTMLElementEventMap {
    'dvc-dossier-status': CustomEvent<DvcDossierStatusDetail>;
  }
}
