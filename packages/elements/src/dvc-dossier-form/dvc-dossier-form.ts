import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Dossier, DossierSubmitInput, FormData, RequiredDocument, ServiceDetail } from '@dvc-kit/sdk';
import { isShown, vietnamDay } from '@dvc-kit/sdk/contract';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { formatDuration } from '../shared/duration.js';
import { canRetry, errorMessage } from '../shared/errors.js';
import {
  Announcer, checkDeclaration, checkSlots, Communes, DraftController, draftStorageOf, errorSummary, formAnswers, formStyles, IdempotentSubmit,
  renderSection, serverErrors, setAnswer, summaryItems, toFormData, Uploads, type Answers, type DraftStorage, type EFormContext,
  type FieldErrors, type SavedFile,
} from '../shared/form/index.js';
import { vietnamese } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import {
  accountApplicantInput, applicantInput, checkApplicant, emptyApplicant, renderApplicant, restoreApplicant, type ApplicantValues,
} from './applicant.js';
import { IdentityLink } from './identity.js';
import { renderDocuments } from './documents.js';
import { stepOf, steps, type DossierDraft, type DossierStep } from './model.js';
import { checkWhere, deliveryMethods, emptyWhere, renderWhere } from './where.js';
import { renderReview } from './review.js';
import { keep, renderResult, restoreSubmitted, type SubmittedDossier } from './result.js';
import { strings, type DossierFormKey } from './dvc-dossier-form.strings.js';
import { styles } from './dvc-dossier-form.styles.js';
import { attachments } from '@dvc-kit/sdk/attachments';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { services } from '@dvc-kit/sdk/services';

/** Detail of `dvc-dossier-submitted`. */
export interface DvcDossierSubmittedDetail {
  /** The dossier as the portal recorded it: its `code`, status, agency, fees, due date and `receiptUrl`. */
  dossier: Dossier;
}

/**
 * A citizen's online submission of a dossier (hồ sơ) for one administrative procedure, in steps a
 * phone user can finish: who applies, the procedure's own declaration form (tờ khai, from
 * `services.get`), one upload slot per document (thành phần hồ sơ), where to apply and how to receive
 * the result, "check your answers" with change links, then an idempotent submit. Every change is kept
 * in a draft (with its idempotency key), so a reload or a failed submit loses nothing and a repeated
 * submit never creates a second dossier. The success screen (code, appointment, next steps, the
 * receipt as a PDF link and printable) survives a reload until the citizen starts a new dossier.
 *
 * @tagname dvc-dossier-form
 * @summary Online submission of a dossier: applicant, declaration form, documents, where and how, review, idempotent submit, receipt.
 *
 * @fires dvc-dossier-submitted - The portal recorded the dossier; `detail: { dossier }` (DvcDossierSubmittedDetail).
 *
 * @csspart form - Each step's form.
 * @csspart heading - The heading of the current step (it takes focus when the step changes).
 * @csspart other-province - With `province`: the warning that the procedure is another province's (it does not stop the submission).
 * @csspart button - Every button (continue, submit, back, retry, remove…).
 * @csspart continue - The "continue" button of each step before the review.
 * @csspart submit - The "submit" button of the review step.
 * @csspart error-summary - The error summary, and the alert of a failed submit or load.
 * @csspart result - The success screen.
 * @csspart code - The dossier code on the success screen.
 * @csspart receipt - The receipt (what is printed).
 * @csspart receipt-link - The link to the receipt PDF.
 * @csspart pay-link - With `pay-href`, when fees are due: the link to pay them.
 * @csspart track-link - With `track-href`: the link to follow the dossier.
 * @csspart print - The "print the receipt" button.
 * @csspart another - The "submit another application" button.
 * @csspart announcer - The polite live region.
 *
 * @cssprop --dvc-color-primary - Buttons, links and progress bars.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Hints and secondary text.
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-color-surface-alt - Background of the document notes and the code panel.
 * @cssprop --dvc-color-border - Borders of fields and lists.
 * @cssprop --dvc-color-danger - Errors.
 * @cssprop --dvc-color-success - The result panel.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corner radius.
 * @cssprop --dvc-space - Base spacing.
 *
 * @example
 * ```html
 * <dvc-dossier-form service="1.001193" province="46" publishable-key="pk_test_dvckit_local" base-url="https://sandbox.dvc.example"></dvc-dossier-form>
 * ```
 */
export class DvcDossierForm extends DvcElement<DossierFormKey> {
  static override styles = [base, formStyles, styles];

  static override properties = {
    ...DvcElement.properties,
    service: { reflect: true },
    draftStorage: { attribute: 'draft-storage' },
    province: {},
    payHref: { attribute: 'pay-href' },
    trackHref: { attribute: 'track-href' },
    accountUrl: { attribute: 'account-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _step: { state: true },
    _values: { state: true },
    _errors: { state: true },
    _showSummary: { state: true },
    _sending: { state: true },
    _submitError: { state: true },
    _result: { state: true },
    _restored: { state: true },
  };

  /** Code of the procedure (thủ tục), national (`1.001193`) or a local instance (`1.001193.H46`). Required. */
  declare service: string | undefined;
  /** Where the draft is kept: `session` (default: survives a reload, not the closing of the tab), `local`, or `none`. Changed later, the draft moves. */
  declare draftStorage: DraftStorage | undefined;
  /** Province code (`46`) of a provincial portal: local procedures are submitted there (without it the form asks); another province's procedure gets a warning. */
  declare province: string | undefined;
  /** The page that pays a dossier's fees, `{code}` replaced (`thanh-toan.html?dossier={code}`): linked on the success screen when fees are due. */
  declare payHref: string | undefined;
  /** The page that tracks a dossier, `{code}` replaced (`tra-cuu.html?code={code}`): linked on the success screen. */
  declare trackHref: string | undefined;
  /**
   * The site's login routes (default: the page's `accountUrl`). With a logged-in citizen, the form
   * offers to submit with their identity (name, ID number and date of birth read-only from it), keeps
   * the draft in their account, and ties the dossier to it; typing the applicant stays possible.
   */
  declare accountUrl: string | undefined;
  /** Level of each step's heading and of the success screen's (2–6, default 2, as `aria-level`), so the form fits the page's outline; its sections are one level deeper. */
  declare headingLevel: number;
  declare _step: DossierStep;
  declare _values: Omit<DossierDraft, 'files' | 'step'>;
  declare _errors: FieldErrors;
  declare _showSummary: boolean;
  declare _sending: boolean;
  declare _submitError: string | undefined;
  declare _result: SubmittedDossier | undefined;
  declare _restored: boolean;
  /** Where the restored draft came from: this tab, or the account (another device). @internal */
  private _restoredFrom: 'tab' | 'account' = 'tab';
  /** The citizen's changes so far (typing, choosing, moving between steps): an account draft never replaces what they did meanwhile. @internal */
  private _edits = 0;
  /** No saving to the account until the citizen changes something again (after a submission, "start again"). @internal */
  private _syncPaused = false;

  protected readonly catalogue = strings;

  private readonly _say = new Announcer(this);
  private readonly _draft = new DraftController<DossierDraft>(this, () => `dossier:${this.service ?? ''}`, () => draftStorageOf(this.draftStorage));
  private readonly _kept = new DraftController<SubmittedDossier>(this, () => `dossier:${this.service ?? ''}:submitted`, () => draftStorageOf(this.draftStorage));
  private readonly _submitter = new IdempotentSubmit(this._draft);
  private readonly _account = new IdentityLink(this, () => this.accountUrl);
  private readonly _communes = new Communes(this, (p, signal) => this.api(services).communes(p, { signal }));
  private readonly _files = new Uploads(this, (file, o) => this.api(attachments).upload(file, o), this._say, (k, p) => this.t(k, p));
  /** Fields edited since last checked: checked again on blur. @internal */
  private readonly _dirty = new Set<string>();
  private _submitController: AbortController | undefined;
  /** The procedure as last loaded: kept on screen while it reloads (new address, key or language) or if that fails. @internal */
  private _loaded: { service: string; detail: ServiceDetail } | undefined;

  private readonly _load = new Task(this, {
    task: async ([service], { signal }): Promise<ServiceDetail | undefined> => (service ? this.api(services).get(service, { signal }) : undefined),
    args: () => [this.service, this.connection] as const,
    onComplete: (detail) => {
      this._loaded = detail && this.service ? { service: this.service, detail } : undefined;
    },
  });

  constructor() {
    super();
    this.draftStorage = 'session';
    this._step = 'applicant';
    this._values = { applicant: emptyApplicant(), answers: {}, where: emptyWhere() };
    this._errors = new Map();
    this._showSummary = false;
    this._sending = false;
    this._restored = false;
    this.headingLevel = 2;
    this._files.onChange = () => this._save();
    // The tab keeps the portal's time of its own last save in the account (see _onIdentity).
    this._account.onSaved = (syncedAt) => {
      const draft = this._draft.draft;
      this._values = { ...this._values, syncedAt };
      if (draft) this._draft.save({ ...draft.values, syncedAt });
    };
    this._account.onSaveFailed = (why) => this._say.announce(this.t(why === 'session' ? 'account.saveFailedSession' : 'account.saveFailed'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._submitController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('service')) {
      this._draft.reset();
      this._kept.reset();
      this._restore();
    } else if (this._draft.takeReloaded() && !this._result) this._restore();
    void this._account.load(() => this._onIdentity());
  }

  /** A citizen is logged in: their contact details fill empty fields, and their account's draft comes back when it is the newer. */
  private async _onIdentity(): Promise<void> {
    if (!this._prefillContact()) return;
    const service = this.service;
    if (!service || this._result) return;
    const edits = this._edits;
    const server = await this._account.serverDraft(service);
    // Never over what the citizen did meanwhile; and the tab's own draft stays when the account holds
    // what this tab saved there last (a save at another time came from another device: it is newer).
    if (!server || service !== this.service || edits !== this._edits || this._result) return;
    if (this._draft.draft && this._values.syncedAt === server.updatedAt) return;
    this._apply({ ...(server.data as Partial<DossierDraft>), syncedAt: server.updatedAt });
    this._restored = true;
    this._restoredFrom = 'account';
    this._draft.save({ ...this._values, files: this._files.saved(), step: this._step });
  }

  /** The identity's phone and address in the contact fields left empty; false when no one is logged in. */
  private _prefillContact(): boolean {
    const me = this._account.identity?.me;
    if (!me || !this._account.fields) return false;
    const a = this._values.applicant;
    this._values = { ...this._values, applicant: { ...a, phone: a.phone || (me.phone ?? ''), address: a.address || (me.address ?? '') } };
    return true;
  }

  /** Whether this submission uses the logged-in citizen's identity. */
  private _usesAccount(detail: ServiceDetail): boolean {
    return this._values.useAccount !== false && this._account.allows(detail);
  }

  /** The applicant as checked and shown: with the identity's own fields when the account is used. */
  private _applicant(detail: ServiceDetail): ApplicantValues {
    const fields = this._account.fields;
    const a = this._values.applicant;
    return fields && this._usesAccount(detail) ? { ...a, type: fields.type, idNumber: fields.idNumber, fullName: fields.fullName } : a;
  }

  private get _detail(): ServiceDetail | undefined {
    if (this._load.status === TaskStatus.COMPLETE && this._load.value) return this._load.value;
    return this._loaded?.service === this.service ? this._loaded?.detail : undefined;
  }

  // ─── Draft ────────────────────────────────────────────────────────────────
  private _restore(): void {
    const saved = this._draft.draft?.values;
    this._apply(saved && typeof saved === 'object' ? saved : undefined);
    this._restoredFrom = 'tab';
    this._restored = Boolean(this._draft.draft?.values) && (this._files.entries.length > 0 || JSON.stringify(this._values.applicant) !== JSON.stringify(emptyApplicant()));
    this._result = restoreSubmitted(this._kept.draft?.values);
  }

  /** Puts a draft's values (from this tab or from the account) in the form. */
  private _apply(values: Partial<DossierDraft> | undefined): void {
    const where = { ...emptyWhere(), ...(values?.where && typeof values.where === 'object' ? values.where : {}) };
    this._values = {
      applicant: restoreApplicant(values?.applicant),
      answers: values?.answers && typeof values.answers === 'object' ? values.answers : {},
      where: { ...where, delivery: deliveryMethods.includes(where.delivery) ? where.delivery : 'in_person' },
      ...(typeof values?.useAccount === 'boolean' ? { useAccount: values.useAccount } : {}),
      ...(typeof values?.syncedAt === 'string' ? { syncedAt: values.syncedAt } : {}),
    };
    this._files.restore(values?.files);
    this._step = values?.step && steps.includes(values.step) ? values.step : 'applicant';
    this._errors = new Map();
    this._showSummary = false;
    this._submitError = undefined;
    this._dirty.clear();
  }

  private _save(): void {
    const draft: DossierDraft = { ...this._values, files: this._files.saved(), step: this._step };
    this._draft.save(draft);
    if (this.service && !this._syncPaused) this._account.saveLater(this.service, this.service, { ...draft });
  }

  private _set(part: 'applicant' | 'answers' | 'where', value: unknown, path: string): void {
    this._edits++;
    this._syncPaused = false;
    this._values = { ...this._values, [part]: value };
    this._dirty.add(path);
    // A shown message goes as soon as the answer is right; new messages wait for the blur or "continue".
    if (this._errors.has(path) || [...this._errors.keys()].some((k) => k.startsWith(`${path}.`))) this._recheck(path);
    this._save();
  }

  private _blur(path: string): void {
    if (this._dirty.delete(path)) this._recheck(path);
  }

  /** Shows or clears the messages of `path` (and below it) after the citizen changed it. @internal */
  private _recheck(path: string): void {
    const detail = this._detail;
    if (!detail) return;
    const fresh = this._check(this._step === 'review' ? 'applicant' : this._step, detail);
    const errors = new Map(this._errors);
    for (const key of [...errors.keys()]) if (key === path || key.startsWith(`${path}.`)) errors.delete(key);
    for (const [key, message] of fresh) if (key === path || key.startsWith(`${path}.`)) errors.set(key, message);
    this._errors = errors;
  }

  // ─── Checking and the request ─────────────────────────────────────────────
  private _formData(detail: ServiceDetail): FormData {
    return checkDeclaration(detail.form, toFormData(detail.form, this._values.answers), this.locale).value;
  }

  private _slots(detail: ServiceDetail): RequiredDocument[] {
    const data = this._formData(detail);
    return detail.documents.filter((d) => isShown(d, data));
  }

  /** The province a local procedure goes to: the procedure's own, the page's, or the citizen's choice. */
  private _provinceOf(detail: ServiceDetail): string | undefined {
    if (detail.level === 'central') return undefined;
    return detail.province?.code ?? (this.province || this._values.where.province || undefined);
  }

  private _asksProvince(detail: ServiceDetail): boolean {
    return detail.level !== 'central' && !detail.province && !this.province;
  }

  private _check(step: DossierStep, detail: ServiceDetail): FieldErrors {
    const locale = this.locale;
    const t = (k: DossierFormKey, p?: Record<string, string | number>) => this.t(k, p);
    if (step === 'applicant') return checkApplicant(this._applicant(detail), locale, t);
    if (step === 'form') return checkDeclaration(detail.form, toFormData(detail.form, this._values.answers), locale, { today: vietnamDay() }).errors;
    if (step === 'documents') {
      const slots = this._slots(detail);
      const errors = checkSlots(slots, Object.fromEntries(slots.map((d) => [d.key, this._files.ids(d.key)])), this._formData(detail), locale);
      for (const key of [...slots.map((d) => d.key), null]) {
        const problem = this._files.problem(key);
        if (problem) errors.set(key ? `documents.${key}` : 'attachmentIds', problem);
      }
      return errors;
    }
    if (step === 'where') {
      return checkWhere(this._values.where, locale, {
        asksProvince: this._asksProvince(detail), needsCommune: detail.level === 'commune' && Boolean(this._provinceOf(detail)),
        provinceMissing: this.t('required.province'), form: detail.form,
      });
    }
    return new Map();
  }

  private _input(detail: ServiceDetail): DossierSubmitInput {
    const { applicant, where } = this._values;
    const slots = this._slots(detail);
    const input: DossierSubmitInput = {
      serviceCode: detail.code,
      applicant: this._account.fields && this._usesAccount(detail) ? accountApplicantInput(applicant, this._account.fields) : applicantInput(applicant),
      formData: this._formData(detail) as DossierSubmitInput['formData'],
      documents: Object.fromEntries(slots.map((d) => [d.key, this._files.ids(d.key)] as const).filter(([, ids]) => ids.length)),
      attachmentIds: this._files.ids(null),
      delivery: where.delivery === 'post' ? { method: 'post', address: where.address } : { method: where.delivery },
    };
    const province = this._provinceOf(detail);
    if (province && !detail.province) input.province = province;
    if (detail.level === 'commune' && where.commune) input.commune = where.commune;
    if (applicant.note.trim()) input.note = applicant.note.trim();
    return input;
  }

  // ─── Moving between steps ─────────────────────────────────────────────────
  private async _goTo(step: DossierStep, focus = '[part~="heading"]'): Promise<void> {
    this._step = step;
    this._restored = false;
    this._save();
    await this._say.focus(focus);
  }

  private async _continue(event: Event, detail: ServiceDetail): Promise<void> {
    event.preventDefault();
    this._edits++;
    this._syncPaused = false;
    const errors = this._check(this._step, detail);
    this._errors = errors;
    this._dirty.clear();
    this._showSummary = errors.size > 0;
    if (errors.size) {
      await this._say.focusSummary();
      return;
    }
    this._submitError = undefined;
    await this._goTo(steps[steps.indexOf(this._step) + 1]!);
  }

  private async _back(): Promise<void> {
    this._errors = new Map();
    this._showSummary = false;
    this._submitError = undefined;
    await this._goTo(steps[Math.max(0, steps.indexOf(this._step) - 1)]!);
  }

  /** Shows `errors` on the first step they concern, with the summary focused. @internal */
  private async _showErrors(errors: FieldErrors, unplaced?: string): Promise<void> {
    const first = steps.find((s) => [...errors.keys()].some((k) => stepOf(k) === s)) ?? this._step;
    this._errors = new Map([...errors].filter(([k]) => stepOf(k) === first));
    this._submitError = unplaced;
    this._showSummary = true;
    await this._goTo(first, '.error-summary');
  }

  private async _submit(event: Event, detail: ServiceDetail): Promise<void> {
    event.preventDefault();
    if (this._sending) return;
    const errors: FieldErrors = new Map(steps.flatMap((s) => [...this._check(s, detail)]));
    if (errors.size) return this._showErrors(errors);
    const input = this._input(detail);
    this._submitController?.abort();
    const controller = new AbortController();
    this._submitController = controller;
    const { signal } = controller;
    this._sending = true;
    this._submitError = undefined;
    this._say.announce(this.t('sending'));
    try {
      const forAccount = this._usesAccount(detail);
      const sent = await this._submitter.send(JSON.stringify(input), (body, idempotencyKey) => forAccount
        ? this._account.submit(JSON.parse(body) as DossierSubmitInput, { idempotencyKey, signal })
        : this.api(dossiers).submit(JSON.parse(body) as DossierSubmitInput, { idempotencyKey, signal }));
      if (signal.aborted) return;
      const phone = (JSON.parse(sent.body) as DossierSubmitInput).applicant.phone;
      this._result = keep(sent.result, phone, input.note ?? '', sent.earlier);
      this._kept.save(this._result);
      // The draft is done with: nothing of it goes back to the account (clearing the files saves).
      this._syncPaused = true;
      if (this.service) void this._account.forget(this.service);
      this._draft.clear();
      this._files.clear();
      this._say.announce('');
      this.emit<DvcDossierSubmittedDetail>('dvc-dossier-submitted', { dossier: sent.result });
      await this._say.focus('[part~="heading"]');
    } catch (error) {
      if (signal.aborted) return;
      this._submitter.failed(error);
      await this._fail(error, detail);
    } finally {
      if (this._submitController === controller) {
        this._submitController = undefined;
        this._sending = false;
      }
    }
  }

  private async _fail(error: unknown, detail: ServiceDetail): Promise<void> {
    this._say.announce('');
    const slots = new Set(detail.documents.map((d) => d.key));
    const done = this._files.entries.filter((f) => f.state === 'done' && f.slot === null);
    const { fields, unplaced } = serverErrors(error, (path) => {
      const parts = path.split('.');
      if (parts[0] === 'documents' && slots.has(parts[1]!)) return `documents.${parts[1]}`;
      if (parts[0] === 'attachmentIds') {
        const entry = done[Number(parts[1])];
        if (entry) this._files.refuse(entry, '');
        return 'attachmentIds';
      }
      if (parts[0] === 'province' && !this._asksProvince(detail)) return undefined;
      return stepOf(path) ? path : undefined;
    });
    if (fields.size) return this._showErrors(fields, unplaced.length ? unplaced.join(' ') : undefined);
    this._submitError = [errorMessage(error, this.locale), ...unplaced].join(' ');
    await this._say.focusSummary();
  }

  private _startAgain(): void {
    this._syncPaused = true;
    if (this.service) void this._account.forget(this.service);
    this._kept.clear();
    this._draft.clear();
    this._files.clear();
    this._restore();
    void this._goTo('applicant');
    // The new dossier starts with the identity's contact details again.
    this._prefillContact();
  }

  private async _copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this._say.announce(this.t('copied'));
    } catch {
      this._say.announce(this.t('copyFailed'));
    }
  }

  // ─── Rendering ────────────────────────────────────────────────────────────
  override render(): TemplateResult {
    return html`${this._renderBody()}${this._say.region()}`;
  }

  private _renderBody(): unknown {
    if (!this.service) return html`<p class="alert missing">${this.t('missingService')}</p>`;
    const detail = this._detail;
    if (detail) return this._renderProcedure(detail);
    return this._load.render({
      pending: () => html`<p class="loading" role="status">${this.t('loading')}</p>`,
      error: (error) => html`<div class="load-error">
          ${errorSummary(() => this.shadowRoot, this.t('loadError'), [{ message: errorMessage(error, this.locale) }], headingLevel(this.headingLevel))}
          ${canRetry(error) ? html`<button type="button" class="button retry-load" part="button" @click=${() => void this._load.run()}>${this.t('retry')}</button>` : nothing}
        </div>`,
      complete: () => nothing,
    });
  }

  private _renderProcedure(detail: ServiceDetail): TemplateResult {
    if (this._result) {
      const time = detail.channels.find((c) => c.channel === 'online')?.processingTime ?? detail.processingTime;
      return renderResult((k, p) => this.t(k, p), this.locale, headingLevel(this.headingLevel), this._result, time ? formatDuration(this.locale, time, this.strings) : undefined, {
        copy: () => void this._copy(this._result!.dossier.code), print: () => window.print(), again: () => this._startAgain(),
      }, { pay: this.payHref, track: this.trackHref });
    }
    if (detail.onlineLevel === 'none') {
      return html`<section class="not-online">
        <p class="caption" lang=${vietnamese(this.locale)}>${detail.name}</p>
        <h2 part="heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('notOnlineTitle')}</h2>
        <p>${this.t('notOnlineBody', { agency: detail.implementingAgency })}</p>
      </section>`;
    }
    const step = this._step;
    const n = steps.indexOf(step) + 1;
    const heading = step === 'form' ? detail.form.title[this.locale] : this.t(`heading.${step}`);
    const review = step === 'review';
    const items = this._showSummary ? summaryItems(this._errors, [this._submitError]) : [];
    return html`<form part="form" novalidate @submit=${(e: Event) => void (review ? this._submit(e, detail) : this._continue(e, detail))}>
      <p class="caption"><span>${this.t('step', { n, total: steps.length })}</span> <span aria-hidden="true">·</span> <span lang=${vietnamese(this.locale)}>${detail.name}</span></p>
      <h2 part="heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${heading}</h2>
      ${this.province && detail.province && detail.province.code !== this.province
        ? html`<p class="notice" part="other-province">${this.t('otherProvince', { province: detail.province.name })}</p>` : nothing}
      ${this._restored ? html`<p class="notice">${this.t(this._restoredFrom === 'account' ? 'account.serverDraft' : 'draftRestored')}</p>` : nothing}
      ${this._account.saveFailed ? html`<p class="notice">${this.t(this._account.saveFailed === 'session' ? 'account.saveFailedSession' : 'account.saveFailed')}</p>` : nothing}
      ${this._account.unavailable && step === 'applicant' ? html`<p class="notice">${this.t('account.unavailable')}</p>` : nothing}
      ${review && this._submitError && !this._showSummary
        ? errorSummary(() => this.shadowRoot, this.t('submitFailedTitle'), [{ message: this._submitError }, { message: this.t('submitFailedKept') }], headingLevel(this.headingLevel, 1))
        : errorSummary(() => this.shadowRoot, this.t('form.errorSummaryTitle'), items, headingLevel(this.headingLevel, 1))}
      ${review ? this._renderReview(detail) : html`<p class="muted">${this.t('intro')}</p>${this._renderStep(step, detail)}`}
      <div class="actions">
        ${review
          ? html`<button type="submit" class="button" part="button submit" aria-disabled=${this._sending ? 'true' : nothing}>${this._sending ? this.t('sending') : this.t('submit')}</button>`
          : html`<button type="submit" class="button" part="button continue">${this.t('continue')}</button>`}
        ${n > 1 ? html`<button type="button" class="button secondary" part="button back" @click=${() => void this._back()}>${this.t('back')}</button>` : nothing}
      </div>
    </form>`;
  }

  private _ctx(prefix: string, data: Answers, set: EFormContext['set']): EFormContext {
    return {
      t: (k, p) => this.t(k, p), locale: this.locale, data, errors: this._errors, prefix, level: headingLevel(this.headingLevel, 1), communes: this._communes, say: this._say, set,
      blur: (path) => this._blur(path),
    };
  }

  private _answersCtx(): EFormContext {
    return this._ctx('formData', this._values.answers, (path, value) => {
      this._set('answers', setAnswer(this._values.answers, path, value), ['formData', ...path].join('.'));
    });
  }

  private _renderStep(step: DossierStep, detail: ServiceDetail): unknown {
    const t = (k: DossierFormKey, p?: Record<string, string | number>) => this.t(k, p);
    if (step === 'applicant') {
      const identity = this._account.fields;
      const view = this._account.view;
      const using = this._usesAccount(detail);
      const vt = view?.viewText(this.locale, this.strings);
      const who = identity && view && vt && using ? view.renderIdentity(vt, this.locale, headingLevel(this.headingLevel, 1), identity, {
        fullName: t(`fullName.${identity.type}`), idNumber: t(identity.type === 'citizen' ? 'idNumber.citizen' : 'idNumber.tax'), birthDate: t('account.birthDate'),
      }) : undefined;
      const fields = renderApplicant(t, this._values.applicant, this._errors,
        (name, value) => this._set('applicant', { ...this._values.applicant, [name]: value }, name === 'note' ? 'note' : `applicant.${name}`),
        (path) => this._blur(path), who);
      if (!identity || !view || !vt) return fields;
      return html`${view.renderAccountChoice(vt, identity, {
        allowed: this._account.allows(detail), useAccount: using, level: headingLevel(this.headingLevel, 1),
        set: (use) => {
          this._values = { ...this._values, useAccount: use };
          this._errors = new Map();
          this._save();
        },
      })}${fields}`;
    }
    if (step === 'form') return detail.form.sections.map((s) => renderSection(this._answersCtx(), s));
    if (step === 'documents') return renderDocuments(t, this.locale, this._slots(detail), this._files, this._errors, (e) => (this._errors = e), this._say);
    return this._renderWhere(detail);
  }

  private _renderWhere(detail: ServiceDetail): TemplateResult {
    const province = this._provinceOf(detail);
    return renderWhere((k, p) => this.t(k, p), this.locale, {
      where: this._values.where, errors: this._errors, asksProvince: this._asksProvince(detail), province,
      communes: detail.level === 'commune' && province ? this._communes.of(province) : undefined,
      set: (patch, path) => this._set('where', { ...this._values.where, ...patch }, path),
      addressCtx: (set) => this._ctx('delivery', { address: this._values.where.address }, set),
    });
  }

  private _renderReview(detail: ServiceDetail): TemplateResult {
    const province = this._provinceOf(detail);
    return renderReview((k, p) => this.t(k, p), this.locale, {
      detail, applicant: this._applicant(detail), identity: this._usesAccount(detail) ? this._account.fields : undefined, where: this._values.where, answers: formAnswers(this._answersCtx(), detail.form),
      slots: this._slots(detail), files: this._files, province, asksProvince: this._asksProvince(detail),
      commune: detail.level === 'commune' && province ? this._communes.name(province, this._values.where.commune) ?? this._values.where.commune : undefined,
      change: (step, focus) => void this._goTo(step, focus),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
  interface HTMLElementEventMap {
    'dvc-dossier-submitted': CustomEvent<DvcDossierSubmittedDetail>;
  }
}
