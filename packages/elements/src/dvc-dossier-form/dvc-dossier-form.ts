import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import {
  checkCitizenId, checkEmail, checkMobile, checkTaxCode, isDvcError,
  type ApplicantType, type Dossier, type DossierSubmitInput, type ServiceDetail,
} from '@dvc-kit/sdk/core';
import { attachmentLimits, dossierStatusInfo, formatFieldMessage, provinces } from '@dvc-kit/sdk/contract';
import { DvcElement } from '../shared/dvc-element.js';
import { DraftController, type DraftStorage } from '../shared/draft.js';
import { formatDuration } from '../shared/duration.js';
import { canRetry, errorMessage, errorSummary, fieldErrorsOf, type ErrorItem } from '../shared/errors.js';
import { formatDate, formatNumber, formatVnd } from '../shared/localize.js';
import { safeUrl } from '../shared/url.js';
import { base } from '../shared/styles.js';
import { strings, type DossierFormKey } from './dvc-dossier-form.strings.js';
import { styles } from './dvc-dossier-form.styles.js';
import { attachments } from '@dvc-kit/sdk/attachments';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { services } from '@dvc-kit/sdk/services';

/** Detail of `dvc-dossier-submitted`. */
export interface DvcDossierSubmittedDetail {
  /** The dossier as the portal recorded it: its `code`, status, agency, fees and due date. */
  dossier: Dossier;
}

/** Every answer of the form as typed (the draft keeps them; they are checked and normalised on submit). */
export interface DossierFormValues {
  type: ApplicantType;
  idNumber: string;
  fullName: string;
  phone: string;
  email: string;
  address: string;
  province: string;
  note: string;
}

/** An uploaded attachment as the draft keeps it. */
export interface DossierDraftAttachment {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** What the form keeps in its draft (with the draft's idempotency key). */
export interface DossierDraft {
  values: DossierFormValues;
  attachments: DossierDraftAttachment[];
  step: 'form' | 'review';
  /** The request body first sent with the draft's idempotency key (JSON), if any was sent. */
  sent?: string;
  /** The portal answered that body with a definitive refusal: no dossier exists under the key. */
  rejected?: boolean;
}

type Field = 'type' | 'idNumber' | 'fullName' | 'phone' | 'email' | 'address' | 'province' | 'note' | 'attachments';
type TextField = 'idNumber' | 'fullName' | 'phone' | 'email' | 'address' | 'note';

interface FileEntry {
  key: string;
  name: string;
  size: number;
  type: string;
  state: 'uploading' | 'done' | 'error';
  percent: number;
  id?: string;
  error?: string;
  retryable?: boolean;
  file?: File;
  controller?: AbortController;
}

interface Result {
  dossier: Dossier;
  phone: string;
  note: string;
  /** The dossier came from an earlier attempt whose answer was lost, sent before the answers changed. */
  earlier: boolean;
}

const applicantTypes: readonly ApplicantType[] = ['citizen', 'business', 'organisation', 'state_agency'];
/** The fields in the order they appear, so the error summary lists them top to bottom. */
const order: readonly Field[] = ['type', 'idNumber', 'fullName', 'phone', 'email', 'address', 'province', 'note', 'attachments'];
// The limits of dossierSubmitInput (zod/mini keeps them out of reach at run time).
const MAX = { fullName: 150, address: 300, note: 2000 } as const;
const MAX_FILES = 30;
const acceptedTypes = Object.entries(attachmentLimits.types);
const accept = [...acceptedTypes.map(([, ext]) => `.${ext}`), '.jpeg', ...acceptedTypes.map(([type]) => type)].join(',');

const empty = (): DossierFormValues => ({
  type: 'citizen', idNumber: '', fullName: '', phone: '', email: '', address: '', province: '', note: '',
});

let counter = 0;
const nextKey = () => `f${++counter}`;

/** The field a server or SDK error path (`applicant.phone`, `attachmentIds.0`) belongs to. */
function fieldOfPath(path: string): Field | undefined {
  const [head, second] = path.split('.');
  if (head === 'applicant') {
    return second === 'idNumber' || second === 'fullName' || second === 'phone' || second === 'email' || second === 'address'
      ? second
      : undefined;
  }
  if (head === 'attachmentIds') return 'attachments';
  if (head === 'province' || head === 'note') return head;
  return undefined;
}

/** A refusal after which the portal holds no dossier under the key (nothing sent, or a 4xx other than 408/409/429). */
function definitive(error: unknown): boolean {
  if (!isDvcError(error)) return false;
  if (error.type === 'validation') return true;
  return error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

/**
 * A citizen's online submission of a dossier (hồ sơ) for one administrative procedure, in two
 * steps and a result: the applicant's answers and attachments (checked with the contract's
 * Vietnamese validators; each file uploaded at once with a progress bar), "check your answers" with
 * change links, then an idempotent submit. Every change is kept in a draft (with its idempotency
 * key), so a reload or a failed submit loses nothing and a repeated submit never creates a second
 * dossier. The result shows the dossier code, the due date and what to do next.
 *
 * @tagname dvc-dossier-form
 * @summary Online submission of a dossier for one procedure, with attachments, review and an idempotent submit.
 *
 * @fires dvc-dossier-submitted - The portal recorded the dossier; `detail: { dossier }` (DvcDossierSubmittedDetail).
 *
 * @csspart form - Each step's form.
 * @csspart heading - The heading of the current step (it takes focus when the step changes).
 * @csspart button - Every main button (continue, submit, back, retry…).
 * @csspart continue - The first step's "continue" button.
 * @csspart submit - The "submit" button of the review step.
 * @csspart error-summary - The error summary, and the alert of a failed submit or load.
 * @csspart result - The result: dossier code, due date, next steps.
 * @csspart code - The dossier code on the result.
 *
 * @cssprop --dvc-color-primary - Buttons, links and progress bars.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Hints and secondary text.
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-color-surface-alt - Background of the document list and the code panel.
 * @cssprop --dvc-color-border - Borders of fields and lists.
 * @cssprop --dvc-color-danger - Errors.
 * @cssprop --dvc-color-success - The result panel.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corner radius.
 * @cssprop --dvc-space - Base spacing.
 *
 * @example
 * ```html
 * <dvc-dossier-form service="1.001193" publishable-key="pk_test_dvckit_local" base-url="https://sandbox.dvc.example"></dvc-dossier-form>
 * ```
 */
export class DvcDossierForm extends DvcElement<DossierFormKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    service: { reflect: true },
    draftStorage: { attribute: 'draft-storage' },
    province: {},
    _step: { state: true },
    _values: { state: true },
    _files: { state: true },
    _errors: { state: true },
    _showSummary: { state: true },
    _sending: { state: true },
    _submitError: { state: true },
    _result: { state: true },
    _status: { state: true },
    _restored: { state: true },
  };

  /** Code of the procedure (thủ tục), national (`1.001193`) or a local instance (`1.001193.H38`). Required. */
  declare service: string | undefined;
  /** Where the draft is kept: `session` (default: survives a reload, not the closing of the tab), `local`, or `none`. */
  declare draftStorage: DraftStorage | undefined;
  /** Province code (`38`) to submit to, for a provincial portal; without it the form asks when the procedure is local. */
  declare province: string | undefined;

  declare _step: 'form' | 'review' | 'result';
  declare _values: DossierFormValues;
  declare _files: FileEntry[];
  declare _errors: Map<Field, string>;
  declare _showSummary: boolean;
  declare _sending: boolean;
  declare _submitError: string | undefined;
  declare _result: Result | undefined;
  declare _status: string;
  declare _restored: boolean;

  protected readonly catalogue = strings;

  /** Fields the citizen has edited since they were last checked: checked again on blur. @internal */
  private readonly _dirty = new Set<Field>();
  private _submitController: AbortController | undefined;
  /** The storage the draft is in now; follows `draftStorage` in `willUpdate`, which moves the draft. @internal */
  private _storage: DraftStorage = 'session';
  /** The procedure as last loaded: kept on screen while it reloads (new address, key or language) or if that fails. @internal */
  private _loaded: { service: string; detail: ServiceDetail } | undefined;

  private readonly _draft = new DraftController<DossierDraft>(
    this,
    () => `dossier:${this.service ?? ''}`,
    () => this._storage,
  );

  // Loads per procedure, and again when the connection changes: the page configured after the
  // element, another address or key, or another language (the details come in that language).
  // A reload keeps the form, its answers and its draft (see `_loaded`).
  private readonly _load = new Task(this, {
    task: async ([service], { signal }): Promise<ServiceDetail | undefined> => {
      if (!service) return undefined;
      return this.api(services).get(service, { signal });
    },
    args: () => [this.service, this.connection] as const,
    onComplete: (detail) => {
      this._loaded = detail && this.service ? { service: this.service, detail } : undefined;
    },
  });

  constructor() {
    super();
    this.service = undefined;
    this.draftStorage = 'session';
    this.province = undefined;
    this._step = 'form';
    this._values = empty();
    this._files = [];
    this._errors = new Map();
    this._showSummary = false;
    this._sending = false;
    this._submitError = undefined;
    this._result = undefined;
    this._status = '';
    this._restored = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._submitController?.abort();
    for (const entry of this._files) entry.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const storage = this.draftStorage === 'local' || this.draftStorage === 'none' ? this.draftStorage : 'session';
    if (!this.hasUpdated || changed.has('service')) {
      this._storage = storage;
      this._restore();
    } else if (storage !== this._storage) {
      this._moveDraft(storage);
    }
  }

  /** The procedure to show: the current load's, else the last one loaded for this service (while reloading). */
  private get _detail(): ServiceDetail | undefined {
    if (this._load.status === TaskStatus.COMPLETE && this._load.value) return this._load.value;
    return this._loaded?.service === this.service ? this._loaded?.detail : undefined;
  }

  // ─── Draft ────────────────────────────────────────────────────────────────

  /**
   * `draftStorage` changed after the first render: the draft (answers, attachments, idempotency key)
   * moves to the new storage and leaves the old one, so switching to `none` for privacy removes the
   * citizen's ID and phone from the browser, and nothing typed disappears from the screen.
   */
  private _moveDraft(to: DraftStorage): void {
    const from = this._storage;
    const current = this._draft.draft;
    this._storage = to;
    if (!current) {
      // Nothing typed yet (say, a framework setting the property after the first render): read
      // the draft the new storage may hold. A shown result stays.
      if (this._step !== 'result') this._restore();
      return;
    }
    // The controller's memory keeps the draft and its key; saving writes it to the new storage.
    this._draft.save(current.values);
    const old = new DraftController<DossierDraft>(this, () => `dossier:${this.service ?? ''}`, () => from);
    old.clear();
    this.removeController(old);
  }

  /** Loads the saved draft (fields, uploaded attachments, step), or starts empty. @internal */
  private _restore(): void {
    this._draft.reset();
    const saved = this._draft.draft?.values;
    const values = empty();
    let files: FileEntry[] = [];
    let step: 'form' | 'review' = 'form';
    let restored = false;
    if (saved && typeof saved === 'object' && saved.values && typeof saved.values === 'object') {
      for (const name of Object.keys(values) as (keyof DossierFormValues)[]) {
        const value: unknown = (saved.values as unknown as Record<string, unknown>)[name];
        if (typeof value === 'string') (values as unknown as Record<string, string>)[name] = value;
      }
      if (!applicantTypes.includes(values.type)) values.type = 'citizen';
      files = (Array.isArray(saved.attachments) ? saved.attachments : [])
        .filter((a) => a && typeof a.id === 'string' && typeof a.name === 'string' && typeof a.size === 'number')
        .map((a) => ({ key: nextKey(), id: a.id, name: a.name, size: a.size, type: String(a.type ?? ''), state: 'done' as const, percent: 100 }));
      step = saved.step === 'review' ? 'review' : 'form';
      restored = files.length > 0 || JSON.stringify(values) !== JSON.stringify(empty());
    }
    this._values = values;
    this._files = files;
    this._step = step;
    this._restored = restored;
    this._errors = new Map();
    this._showSummary = false;
    this._submitError = undefined;
    this._result = undefined;
    this._dirty.clear();
  }

  /** Saves every answer, the uploaded attachments and the step; `patch` changes what is known of the sent body. @internal */
  private _save(patch: Partial<Pick<DossierDraft, 'sent' | 'rejected'>> = {}): void {
    const current = this._draft.draft?.values;
    const draft: DossierDraft = {
      values: { ...this._values },
      attachments: this._files
        .filter((f) => f.state === 'done' && f.id)
        .map((f) => ({ id: f.id!, name: f.name, size: f.size, type: f.type })),
      step: this._step === 'review' ? 'review' : 'form',
    };
    const sent = 'sent' in patch ? patch.sent : current?.sent;
    const rejected = 'rejected' in patch ? patch.rejected : current?.rejected;
    if (sent !== undefined) draft.sent = sent;
    if (rejected) draft.rejected = true;
    this._draft.save(draft);
  }

  // ─── Validation ───────────────────────────────────────────────────────────

  private _needsProvince(detail: ServiceDetail): boolean {
    return !this.province && detail.level !== 'central' && !detail.province;
  }

  private _fullNameLabel(): string {
    return this.t(`fullName.${this._values.type}`);
  }

  /** The message for `field`, or `undefined` when it is valid. @internal */
  private _check(field: Field, detail: ServiceDetail): string | undefined {
    const v = this._values;
    const locale = this.locale;
    switch (field) {
      case 'idNumber': {
        const citizen = v.type === 'citizen';
        if (!v.idNumber.trim()) return this.t(citizen ? 'required.idNumber.citizen' : 'required.idNumber.tax');
        const result = citizen ? checkCitizenId(v.idNumber) : checkTaxCode(v.idNumber);
        return result.ok ? undefined : formatFieldMessage(locale, result.code, result.params);
      }
      case 'fullName': {
        const label = this._fullNameLabel();
        if (!v.fullName.trim()) return this.t('required.fullName', { field: label.toLocaleLowerCase(locale) });
        return v.fullName.trim().length > MAX.fullName ? this.t('tooLong', { field: label, max: MAX.fullName }) : undefined;
      }
      case 'phone': {
        if (!v.phone.trim()) return this.t('required.phone');
        const result = checkMobile(v.phone);
        return result.ok ? undefined : formatFieldMessage(locale, result.code, result.params);
      }
      case 'email': {
        if (!v.email.trim()) return undefined;
        const result = checkEmail(v.email);
        return result.ok ? undefined : formatFieldMessage(locale, result.code, result.params);
      }
      case 'address':
        return v.address.trim().length > MAX.address ? this.t('tooLong', { field: this.t('address'), max: MAX.address }) : undefined;
      case 'note':
        return v.note.length > MAX.note ? this.t('tooLong', { field: this.t('note'), max: MAX.note }) : undefined;
      case 'province':
        return this._needsProvince(detail) && !v.province ? this.t('required.province') : undefined;
      case 'attachments': {
        if (this._files.length > MAX_FILES) return this.t('tooManyFiles', { max: MAX_FILES });
        if (this._files.some((f) => f.state === 'uploading')) return this.t('uploadsPending');
        const failed = this._files.find((f) => f.state === 'error');
        return failed ? this.t('uploadFailed', { name: failed.name }) : undefined;
      }
      default:
        return undefined;
    }
  }

  private _checkAll(detail: ServiceDetail): Map<Field, string> {
    const errors = new Map<Field, string>();
    for (const field of order) {
      const message = this._check(field, detail);
      if (message) errors.set(field, message);
    }
    return errors;
  }

  /** Re-checks one field, showing or clearing its message. @internal */
  private _recheck(field: Field, detail: ServiceDetail): void {
    const message = this._check(field, detail);
    if ((this._errors.get(field) ?? undefined) === message) return;
    const errors = new Map(this._errors);
    if (message) errors.set(field, message);
    else errors.delete(field);
    this._errors = this._sorted(errors);
  }

  private _sorted(errors: Map<Field, string>): Map<Field, string> {
    return new Map(order.filter((f) => errors.has(f)).map((f) => [f, errors.get(f)!]));
  }

  /** The request body from the answers, normalised by the same checks the portal applies. @internal */
  private _input(detail: ServiceDetail): DossierSubmitInput {
    const v = this._values;
    const id = v.type === 'citizen' ? checkCitizenId(v.idNumber) : checkTaxCode(v.idNumber);
    const phone = checkMobile(v.phone);
    const email = checkEmail(v.email);
    const applicant: DossierSubmitInput['applicant'] = {
      type: v.type,
      idNumber: id.ok ? id.value : v.idNumber.trim(),
      fullName: v.fullName.trim(),
      phone: phone.ok ? phone.value : v.phone.trim(),
    };
    if (v.email.trim()) applicant.email = email.ok ? email.value : v.email.trim();
    if (v.address.trim()) applicant.address = v.address.trim();
    const input: DossierSubmitInput = {
      serviceCode: detail.code,
      applicant,
      attachmentIds: this._files.filter((f) => f.state === 'done' && f.id).map((f) => f.id!),
    };
    const province = this.province || (this._needsProvince(detail) ? v.province : '');
    if (province) input.province = province;
    if (v.note.trim()) input.note = v.note.trim();
    return input;
  }

  // ─── Events ───────────────────────────────────────────────────────────────

  private _onInput(field: Exclude<Field, 'attachments' | 'type'>, value: string, detail: ServiceDetail): void {
    this._values = { ...this._values, [field]: value };
    this._dirty.add(field);
    // A shown message is cleared as soon as the answer is right; new messages wait for the blur.
    if (this._errors.has(field) && !this._check(field, detail)) this._recheck(field, detail);
    this._save();
  }

  private _onBlur(field: Field, detail: ServiceDetail): void {
    if (this._dirty.has(field) || this._errors.has(field)) {
      this._dirty.delete(field);
      this._recheck(field, detail);
    }
  }

  private _onType(type: ApplicantType, detail: ServiceDetail): void {
    this._values = { ...this._values, type };
    // The identifier and name rules follow the type: check again what was already checked.
    for (const field of ['idNumber', 'fullName'] as const) if (this._errors.has(field)) this._recheck(field, detail);
    this._save();
  }

  private _onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    const entries = chosen.map((file): FileEntry => ({
      key: nextKey(), name: file.name, size: file.size, type: file.type, state: 'uploading', percent: 0, file,
    }));
    this._files = [...this._files, ...entries];
    if (this._errors.has('attachments')) {
      const errors = new Map(this._errors);
      errors.delete('attachments');
      this._errors = errors;
    }
    for (const entry of entries) void this._upload(entry);
  }

  private async _upload(entry: FileEntry): Promise<void> {
    const controller = new AbortController();
    entry.controller?.abort();
    Object.assign(entry, { controller, state: 'uploading', percent: 0, error: undefined, retryable: undefined });
    this.requestUpdate();
    // A run replaced by a retry, or of a file the citizen removed, changes nothing.
    const stale = () => entry.controller !== controller || !this._files.includes(entry);
    try {
      const attachment = await this.api(attachments).upload(entry.file!, {
        signal: controller.signal,
        onProgress: (p) => {
          if (controller.signal.aborted) return;
          entry.percent = Math.min(100, Math.max(0, p.percent));
          this.requestUpdate();
        },
      });
      if (stale()) return;
      Object.assign(entry, { state: 'done', percent: 100, id: attachment.id, name: attachment.name, size: attachment.size, type: attachment.type });
      this._status = this.t('announceUploaded', { name: entry.name });
      this._save();
      const detail = this._detail;
      if (detail && this._errors.has('attachments') && this._check('attachments', detail) === undefined) this._recheck('attachments', detail);
    } catch (error) {
      if (stale()) return;
      entry.state = 'error';
      if (controller.signal.aborted) {
        entry.error = this.t('fileInterrupted');
        entry.retryable = true;
      } else {
        entry.error = fieldErrorsOf(error).get('file') ?? errorMessage(error, this.locale);
        entry.retryable = !definitive(error);
        this._status = this.t('announceFailed', { name: entry.name });
      }
    } finally {
      if (entry.controller === controller) entry.controller = undefined;
      this.requestUpdate();
    }
  }

  private async _removeFile(entry: FileEntry, detail: ServiceDetail): Promise<void> {
    entry.controller?.abort();
    this._files = this._files.filter((f) => f !== entry);
    this._status = this.t('announceRemoved', { name: entry.name });
    this._save();
    if (this._errors.has('attachments')) this._recheck('attachments', detail);
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('#attachments'))?.focus();
  }

  private async _focus(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.scrollIntoView?.({ block: 'nearest' });
    target?.focus();
  }

  private async _goTo(step: 'form' | 'review' | 'result', focus = '[part~="heading"]', save = step !== 'result'): Promise<void> {
    this._step = step;
    if (save) this._save();
    await this._focus(focus);
  }

  private async _continue(event: Event, detail: ServiceDetail): Promise<void> {
    event.preventDefault();
    const errors = this._checkAll(detail);
    this._errors = errors;
    this._dirty.clear();
    if (errors.size) {
      this._showSummary = true;
      await this._focus('.error-summary');
      return;
    }
    this._showSummary = false;
    this._submitError = undefined;
    this._restored = false;
    await this._goTo('review');
  }

  private async _change(field: Field): Promise<void> {
    this._restored = false;
    this._submitError = undefined;
    await this._goTo('form', `#${this._fieldId(field)}`);
  }

  private _fieldId(field: Field): string {
    return field === 'type' ? `type-${this._values.type}` : field;
  }

  private async _submit(event: Event, detail: ServiceDetail): Promise<void> {
    event.preventDefault();
    if (this._sending) return;
    const errors = this._checkAll(detail);
    if (errors.size) {
      this._errors = errors;
      this._showSummary = true;
      await this._goTo('form', '.error-summary');
      return;
    }
    const input = this._input(detail);
    const body = JSON.stringify(input);
    const saved = this._draft.draft?.values;
    // A key whose request was refused for good holds no dossier: changed answers get a fresh key
    // (the portal would refuse another body under the old one). Otherwise the key stays, so a
    // request whose answer was lost is answered with the dossier it created.
    if (saved?.rejected && saved.sent !== body) this._draft.clear();
    const sent = this._draft.draft?.values.sent ?? body;
    this._save({ sent, rejected: false });
    const key = this._draft.idempotencyKey;

    this._submitController?.abort();
    const controller = new AbortController();
    this._submitController = controller;
    const { signal } = controller;
    this._sending = true;
    this._submitError = undefined;
    this._status = this.t('sending');
    try {
      let dossier: Dossier;
      let earlier = false;
      try {
        dossier = await this.api(dossiers).submit(input, { idempotencyKey: key, signal });
      } catch (error) {
        if (!(isDvcError(error) && error.code === 'idempotency_key_reused' && sent !== body)) throw error;
        // An earlier attempt reached the portal (its answer was lost) before the answers changed:
        // ask for that attempt's answer. A dossier means it exists already; a refusal frees the key.
        try {
          dossier = await this.api(dossiers).submit(JSON.parse(sent) as DossierSubmitInput, { idempotencyKey: key, signal });
          earlier = true;
        } catch (previous) {
          if (!definitive(previous)) throw previous;
          this._draft.clear();
          this._save({ sent: body, rejected: false });
          dossier = await this.api(dossiers).submit(input, { idempotencyKey: this._draft.idempotencyKey, signal });
        }
      }
      if (signal.aborted) return;
      this._succeed(dossier, earlier);
    } catch (error) {
      if (signal.aborted) return;
      this._save({ rejected: definitive(error) });
      await this._fail(error);
    } finally {
      if (this._submitController === controller) {
        this._submitController = undefined;
        this._sending = false;
      }
    }
  }

  private _succeed(dossier: Dossier, earlier: boolean): void {
    const phone = checkMobile(this._values.phone);
    this._result = { dossier, phone: phone.ok ? phone.value : this._values.phone, note: this._values.note.trim(), earlier };
    this._draft.clear();
    this._status = '';
    this.emit<DvcDossierSubmittedDetail>('dvc-dossier-submitted', { dossier });
    void this._goTo('result');
  }

  private async _fail(error: unknown): Promise<void> {
    const errors = new Map<Field, string>();
    const unplaced: string[] = [];
    for (const [path, message] of fieldErrorsOf(error)) {
      let field = fieldOfPath(path);
      const detail = this._detail;
      if (field === 'province' && (!detail || !this._needsProvince(detail))) field = undefined;
      if (field === 'attachments') {
        // `attachmentIds.2`: mark that file (say, uploaded before the portal lost it).
        const index = Number(path.split('.')[1]);
        const done = this._files.filter((f) => f.state === 'done');
        const entry = Number.isInteger(index) ? done[index] : undefined;
        if (entry) Object.assign(entry, { state: 'error', error: message, retryable: Boolean(entry.file) });
      }
      if (field && !errors.has(field)) errors.set(field, message);
      else if (!field) unplaced.push(message);
    }
    this._status = '';
    if (errors.size) {
      // The portal named fields: back to them, with the summary.
      this._errors = this._sorted(errors);
      this._submitError = unplaced.length ? unplaced.join(' ') : undefined;
      this._showSummary = true;
      this._save();
      await this._goTo('form', '.error-summary');
      return;
    }
    this._submitError = [errorMessage(error, this.locale), ...unplaced].join(' ');
    await this._focus('.error-summary');
  }

  private _startAgain(): void {
    this._draft.clear();
    this._values = empty();
    this._files = [];
    this._errors = new Map();
    this._showSummary = false;
    this._submitError = undefined;
    this._result = undefined;
    this._restored = false;
    this._dirty.clear();
    void this._goTo('form', undefined, false);
  }

  private async _copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this._status = this.t('copied');
    } catch {
      this._status = this.t('copyFailed');
    }
  }

  // ─── Rendering ────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`${this._renderBody()}
      <div class="visually-hidden" role="status">${this._status}</div>`;
  }

  private _renderBody(): unknown {
    // Plain text, not an alert: a framework may set `service` just after the first render.
    if (!this.service) return html`<p class="alert missing">${this.t('missingService')}</p>`;
    // A reload (another address, key or language) keeps the form on screen with its answers.
    const detail = this._detail;
    if (detail) return this._renderProcedure(detail);
    return this._load.render({
      pending: () => html`<p class="loading" role="status">${this.t('loading')}</p>`,
      error: (error) => html`<div class="load-error">
          ${errorSummary(() => this.shadowRoot, this.t('loadError'), [{ message: errorMessage(error, this.locale) }])}
          ${canRetry(error) ? html`<button type="button" class="button retry-load" part="button" @click=${() => void this._load.run()}>${this.t('retry')}</button>` : nothing}
        </div>`,
      complete: () => nothing,
    });
  }

  private _renderProcedure(detail: ServiceDetail): TemplateResult {
    if (this._step === 'result' && this._result) return this._renderResult(detail, this._result);
    if (detail.onlineLevel === 'none') {
      return html`<section class="not-online">
        <p class="caption">${detail.name}</p>
        <h2 part="heading" tabindex="-1">${this.t('notOnlineTitle')}</h2>
        <p>${this.t('notOnlineBody', { agency: detail.implementingAgency })}</p>
      </section>`;
    }
    return this._step === 'review' ? this._renderReview(detail) : this._renderForm(detail);
  }

  private _caption(detail: ServiceDetail, n: number): TemplateResult {
    return html`<p class="caption"><span>${this.t('step', { n })}</span> <span aria-hidden="true">·</span> <span>${detail.name}</span></p>`;
  }

  private _describedBy(field: Field, ...extra: (string | false | undefined)[]): string {
    return [...extra, this._errors.has(field) && `${field}-error`].filter(Boolean).join(' ');
  }

  private _error(field: Field): TemplateResult | typeof nothing {
    const message = this._errors.get(field);
    return message
      ? html`<span class="field-error" id="${field}-error"><span class="visually-hidden">${this.t('errorPrefix')} </span>${message}</span>`
      : nothing;
  }

  private _textField(detail: ServiceDetail, field: TextField, label: string, options: {
    hint?: string; optional?: boolean; type?: string; autocomplete?: string; inputmode?: string; maxlength?: number; multiline?: boolean;
  } = {}): TemplateResult {
    const describedBy = this._describedBy(field, options.hint && `${field}-hint`);
    const invalid = this._errors.has(field) ? 'true' : nothing;
    const value = this._values[field];
    const onInput = (event: Event) => this._onInput(field, (event.target as HTMLInputElement).value, detail);
    const onBlur = () => this._onBlur(field, detail);
    return html`<div class="field ${this._errors.has(field) ? 'invalid' : ''}">
      <label for=${field}>${label}${options.optional ? html` <span class="optional">${this.t('optional')}</span>` : nothing}</label>
      ${options.hint ? html`<span class="hint" id="${field}-hint">${options.hint}</span>` : nothing}
      ${this._error(field)}
      ${options.multiline
        ? html`<textarea id=${field} name=${field} rows="4" .value=${live(value)} maxlength=${options.maxlength ?? nothing}
            aria-describedby=${describedBy || nothing} aria-invalid=${invalid} @input=${onInput} @blur=${onBlur}></textarea>`
        : html`<input id=${field} name=${field} type=${options.type ?? 'text'} .value=${live(value)}
            autocomplete=${options.autocomplete ?? nothing} inputmode=${options.inputmode ?? nothing} maxlength=${options.maxlength ?? nothing}
            spellcheck="false" aria-required=${options.optional ? nothing : 'true'}
            aria-describedby=${describedBy || nothing} aria-invalid=${invalid} @input=${onInput} @blur=${onBlur} />`}
    </div>`;
  }

  private _renderForm(detail: ServiceDetail): TemplateResult {
    const v = this._values;
    const citizen = v.type === 'citizen';
    const items: ErrorItem[] = this._showSummary
      ? [...this._errors].map(([field, message]) => ({ message, fieldId: this._fieldId(field) }))
      : [];
    if (this._showSummary && this._submitError) items.push({ message: this._submitError });
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._continue(e, detail)}>
      ${this._caption(detail, 1)}
      <h2 part="heading" tabindex="-1">${this.t('formHeading')}</h2>
      ${this._restored ? html`<p class="notice">${this.t('draftRestored')}</p>` : nothing}
      ${errorSummary(() => this.shadowRoot, this.t('errorSummaryTitle'), items)}
      <p class="muted">${this.t('intro')}</p>

      <fieldset class="field">
        <legend>${this.t('typeLegend')}</legend>
        <div class="radios">
          ${applicantTypes.map((type) => html`<div class="radio">
            <input type="radio" id="type-${type}" name="applicant-type" value=${type} .checked=${live(v.type === type)}
              @change=${() => this._onType(type, detail)} />
            <label for="type-${type}">${this.t(`type.${type}`)}</label>
          </div>`)}
        </div>
      </fieldset>

      ${this._textField(detail, 'idNumber', this.t(citizen ? 'idNumber.citizen' : 'idNumber.tax'), {
        hint: this.t(citizen ? 'idNumber.citizenHint' : 'idNumber.taxHint'), inputmode: citizen ? 'numeric' : 'text', autocomplete: 'off', maxlength: 20,
      })}
      ${this._textField(detail, 'fullName', this._fullNameLabel(), { autocomplete: citizen ? 'name' : 'organization', maxlength: MAX.fullName })}
      ${this._textField(detail, 'phone', this.t('phone'), { hint: this.t('phoneHint'), type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 20 })}
      ${this._textField(detail, 'email', this.t('email'), { hint: this.t('emailHint'), optional: true, type: 'email', autocomplete: 'email', maxlength: 254 })}
      ${this._textField(detail, 'address', this.t('address'), { optional: true, autocomplete: 'street-address', maxlength: MAX.address })}
      ${this._needsProvince(detail) ? this._provinceField(detail) : nothing}
      ${this._textField(detail, 'note', this.t('note'), { hint: this.t('noteHint', { max: MAX.note }), optional: true, multiline: true, maxlength: MAX.note })}
      ${this._attachmentsField(detail)}

      <div class="actions">
        <button type="submit" class="button" part="button continue">${this.t('continue')}</button>
      </div>
    </form>`;
  }

  private _provinceField(detail: ServiceDetail): TemplateResult {
    const current = this._values.province;
    const onChange = (event: Event) => {
      this._values = { ...this._values, province: (event.target as HTMLSelectElement).value };
      if (this._errors.has('province')) this._recheck('province', detail);
      this._save();
    };
    return html`<div class="field ${this._errors.has('province') ? 'invalid' : ''}">
      <label for="province">${this.t('province')}</label>
      <span class="hint" id="province-hint">${this.t('provinceHint')}</span>
      ${this._error('province')}
      <select id="province" name="province" aria-required="true" aria-describedby=${this._describedBy('province', 'province-hint')}
        aria-invalid=${this._errors.has('province') ? 'true' : nothing} @change=${onChange} @input=${onChange}>
        <option value="" ?selected=${!current}>${this.t('provinceChoose')}</option>
        ${provinces.map((p) => html`<option value=${p.code} ?selected=${current === p.code}>${this.locale === 'vi' ? p.name : p.nameEn}</option>`)}
      </select>
    </div>`;
  }

  private _size(bytes: number): string {
    return bytes < 1024 * 1024
      ? `${formatNumber(this.locale, Math.max(1, Math.round(bytes / 1024)))} KB`
      : `${formatNumber(this.locale, Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
  }

  private _attachmentsField(detail: ServiceDetail): TemplateResult {
    const types = acceptedTypes.map(([, ext]) => ext.toUpperCase()).join(', ');
    const documents = detail.documents;
    return html`<div class="field ${this._errors.has('attachments') ? 'invalid' : ''}">
      <label for="attachments">${this.t('attachments')} <span class="optional">${this.t('optional')}</span></label>
      <span class="hint" id="attachments-hint">${this.t('attachmentsHint', { types, size: this._size(attachmentLimits.maxBytes) })}</span>
      ${documents.length
        ? html`<div class="documents" id="attachments-documents">
            <p class="documents-title">${this.t('documentsTitle')}</p>
            <ul>
              ${documents.map((d) => {
                const template = d.template ? safeUrl(d.template.url) : undefined;
                return html`<li>
                  <span>${d.name}</span>
                  ${d.originals || d.copies ? html` <span class="muted">(${this.t('documentCopies', { originals: d.originals, copies: d.copies })})</span>` : nothing}
                  ${d.case ? html`<br /><span class="muted">${this.t('documentCase', { case: d.case })}</span>` : nothing}
                  ${d.template && template
                    ? html`<br /><a href=${template} target="_blank" rel="noopener noreferrer">${this.t('documentTemplate', { name: d.template.name })}</a>`
                    : nothing}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${this._error('attachments')}
      <input type="file" id="attachments" name="attachments" multiple accept=${accept}
        aria-describedby=${this._describedBy('attachments', 'attachments-hint', documents.length > 0 && 'attachments-documents')}
        aria-invalid=${this._errors.has('attachments') ? 'true' : nothing} @change=${(e: Event) => this._onFiles(e)} />
      ${this._files.length
        ? html`<ul class="files" aria-label=${this.t('fileList')}>
            ${this._files.map((f) => this._fileItem(f, detail))}
          </ul>`
        : nothing}
    </div>`;
  }

  private _fileItem(f: FileEntry, detail: ServiceDetail): TemplateResult {
    const status = f.state === 'uploading'
      ? this.t('fileUploading', { percent: f.percent })
      : f.state === 'done' ? this.t('fileUploaded') : this.t('fileFailed', { message: f.error ?? '' });
    return html`<li class="file" data-state=${f.state}>
      <div class="file-info">
        <span class="file-name" id="file-${f.key}">${f.name}</span>
        <span class="muted">${this._size(f.size)}</span>
        ${f.state === 'error'
          ? nothing
          : html`<progress max="100" value=${f.percent} aria-label=${this.t('fileProgress', { name: f.name })}>${f.percent}%</progress>`}
        <span class="file-status ${f.state === 'error' ? 'field-error' : 'muted'}">${status}</span>
      </div>
      <div class="file-actions">
        ${f.state === 'error' && f.retryable && f.file
          ? html`<button type="button" class="button secondary small retry" part="button" aria-describedby="file-${f.key}"
              @click=${() => void this._upload(f)}>${this.t('fileRetry')}</button>`
          : nothing}
        <button type="button" class="button secondary small remove" part="button" aria-describedby="file-${f.key}"
          @click=${() => void this._removeFile(f, detail)}>${this.t('fileRemove')}</button>
      </div>
    </li>`;
  }

  private _row(label: string, value: unknown, field?: Field): TemplateResult {
    return html`<div class="row">
      <dt>${label}</dt>
      <dd class="value">${value}</dd>
      ${field
        ? html`<dd class="change"><a href="#${this._fieldId(field)}" @click=${(e: Event) => { e.preventDefault(); void this._change(field); }}
            >${this.t('change')}<span class="visually-hidden"> ${label}</span></a></dd>`
        : nothing}
    </div>`;
  }

  private _renderReview(detail: ServiceDetail): TemplateResult {
    const input = this._input(detail);
    const a = input.applicant;
    const none = html`<span class="muted">${this.t('notProvided')}</span>`;
    const provinceCode = input.province;
    const province = provinceCode ? provinces.find((p) => p.code === provinceCode) : undefined;
    const done = this._files.filter((f) => f.state === 'done');
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._submit(e, detail)}>
      ${this._caption(detail, 2)}
      <h2 part="heading" tabindex="-1">${this.t('reviewHeading')}</h2>
      ${this._restored ? html`<p class="notice">${this.t('draftRestored')}</p>` : nothing}
      ${this._submitError
        ? errorSummary(() => this.shadowRoot, this.t('submitFailedTitle'), [{ message: this._submitError }, { message: this.t('submitFailedKept') }])
        : nothing}
      <p>${this.t('reviewIntro')}</p>
      <dl class="summary">
        ${this._row(this.t('procedure'), detail.name)}
        ${this._row(this.t('typeLegend'), this.t(`type.${a.type}`), 'type')}
        ${this._row(this.t(a.type === 'citizen' ? 'idNumber.citizen' : 'idNumber.tax'), a.idNumber, 'idNumber')}
        ${this._row(this._fullNameLabel(), a.fullName, 'fullName')}
        ${this._row(this.t('phone'), a.phone, 'phone')}
        ${this._row(this.t('email'), a.email ?? none, 'email')}
        ${this._row(this.t('address'), a.address ?? none, 'address')}
        ${this._needsProvince(detail) ? this._row(this.t('province'), province ? (this.locale === 'vi' ? province.name : province.nameEn) : none, 'province') : nothing}
        ${this._row(this.t('note'), input.note ?? none, 'note')}
        ${this._row(this.t('attachments'), done.length
          ? html`<ul class="plain">${done.map((f) => html`<li>${f.name} <span class="muted">(${this._size(f.size)})</span></li>`)}</ul>`
          : none, 'attachments')}
      </dl>
      <div class="actions">
        <button type="submit" class="button" part="button submit" aria-disabled=${this._sending ? 'true' : nothing}>
          ${this._sending ? this.t('sending') : this.t('submit')}
        </button>
        <button type="button" class="button secondary" part="button" @click=${() => void this._goTo('form')}>${this.t('back')}</button>
      </div>
    </form>`;
  }

  private _processingTime(detail: ServiceDetail): string | undefined {
    const time = detail.channels.find((c) => c.channel === 'online')?.processingTime ?? detail.processingTime;
    return time ? formatDuration(this.locale, time, this.strings) : undefined;
  }

  private _renderResult(detail: ServiceDetail, result: Result): TemplateResult {
    const { dossier } = result;
    const locale = this.locale;
    const due = dossier.fees.total - dossier.fees.paid;
    const time = this._processingTime(detail);
    return html`<section class="result" part="result">
      <div class="panel">
        <h2 part="heading" tabindex="-1">${this.t('resultHeading')}</h2>
        <p class="code-label" id="code-label">${this.t('codeLabel')}</p>
        <p class="code" part="code" id="code">${dossier.code}</p>
        <button type="button" class="button secondary" part="button" @click=${() => void this._copy(dossier.code)}>${this.t('copy')}</button>
      </div>
      ${result.earlier ? html`<p class="notice">${this.t('earlierSubmission')}</p>` : nothing}
      <dl class="summary">
        ${this._row(this.t('procedure'), dossier.service.name)}
        ${this._row(this.t('applicant'), dossier.applicant.fullName)}
        ${this._row(this.t('agency'), dossier.agency.name)}
        ${this._row(this.t('submittedAt'), formatDate(locale, dossier.submittedAt, true))}
        ${this._row(this.t('status'), dossierStatusInfo[dossier.status].label[locale])}
        ${dossier.dueAt
          ? this._row(this.t('dueAt'), formatDate(locale, dossier.dueAt))
          : this._row(this.t('processingTime'), html`${time ? html`${time}. ` : nothing}${this.t('dueLater')}`)}
        ${this._row(this.t('attachmentCount'), formatNumber(locale, dossier.attachments.length))}
        ${result.note ? this._row(this.t('note'), result.note) : nothing}
      </dl>
      <h3>${this.t('nextTitle')}</h3>
      <ul class="next">
        <li>${due > 0 ? this.t('nextPay', { amount: formatVnd(locale, due) }) : this.t('nextNoFee')}</li>
        <li>${this.t('nextTrack', { code: dossier.code, phone: result.phone })}</li>
        <li>${this.t('nextNotify')}</li>
      </ul>
      <div class="actions">
        <button type="button" class="button secondary" part="button" @click=${() => this._startAgain()}>${this.t('another')}</button>
      </div>
    </section>`;
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
