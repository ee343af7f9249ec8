import { html, type ReactiveController, type TemplateResult } from 'lit';
import { isDvcError, type Dossier } from '@dvc-kit/sdk/core';
import { attachments } from '@dvc-kit/sdk/attachments';
import { dossierSupplementInput } from '@dvc-kit/sdk/contract';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { DraftController } from '../shared/draft.js';
import { errorMessage } from '../shared/errors.js';
import { fieldId, textInput } from '../shared/form/field.js';
import { IdempotentSubmit } from '../shared/form/submit.js';
import { errorSummary, summaryItems } from '../shared/form/summary.js';
import { fileSlot, Uploads } from '../shared/form/uploads.js';
import { checkInput, serverErrors, type FieldErrors } from '../shared/form/validate.js';
import type { TrackerHost } from './view.js';

/** Where a refusal's field error goes: the note, the files, or the summary alone. */
const place = (path: string) => (path === 'note' ? 'supplement.note' : path.startsWith('attachmentIds') ? 'supplement.files' : undefined);

/**
 * The supplement form: a note (required) and files (each uploaded as soon as it is chosen, with its
 * progress, removable), sent with one idempotency key per attempt. A module of its own, loaded when
 * a dossier shown awaits a supplement (./supplement.ts renders the rest of the request).
 */
export class SupplementForm implements ReactiveController {
  note = '';
  errors: FieldErrors = new Map();
  failure: string | undefined;
  sending = false;

  readonly #files: Uploads;
  /** In memory only: the key of this attempt, kept by every retry of it, forgotten once it is sent. */
  readonly #draft: DraftController<{ note: string }>;
  readonly #submit: IdempotentSubmit<{ note: string }>;

  constructor(private readonly host: TrackerHost) {
    host.addController(this);
    this.#files = new Uploads(host, (file, options) => host.api(attachments).upload(file, options), host.say, host.formText);
    this.#draft = new DraftController(host, () => 'dossier-supplement', () => 'none');
    this.#submit = new IdempotentSubmit(this.#draft);
  }

  hostConnected(): void {}

  /** Starts afresh (another dossier is shown). */
  reset(): void {
    this.note = '';
    this.errors = new Map();
    this.failure = undefined;
    this.#files.clear();
    this.#draft.clear();
  }

  /** The form, for a dossier whose supplement may be sent now ({@link supplementOpen}). */
  render(dossier: Dossier): TemplateResult {
    const { t, level } = this.host.view;
    const ft = this.host.formText;
    const host = this.host;
    return html`<form id="supplement-form" part="supplement-form" class="step-form" novalidate aria-labelledby="supplement-form-title"
        @submit=${(event: Event) => void this.#send(event, dossier)}>
      <h4 id="supplement-form-title" aria-level=${level(2)}>${t('supplement.formTitle')}</h4>
      ${errorSummary(() => host.shadowRoot, t('supplement.errors'), summaryItems(this.errors, [this.failure]), level(3))}
      ${textInput(ft, {
        id: fieldId('supplement.note'), label: t('supplement.note'), hint: t('supplement.noteHint'), error: this.errors.get('supplement.note'),
        required: true, multiline: true, maxlength: 2000, value: this.note, onInput: (value) => (this.note = value),
      })}
      ${fileSlot(ft, {
        id: fieldId('supplement.files'), label: t('supplement.files'), hint: t('supplement.filesHint'), error: this.errors.get('supplement.files'),
        locale: host.locale, entries: this.#files.in(null),
        onFiles: (files) => this.#files.add(files, null),
        onRetry: (entry) => void this.#files.retry(entry),
        onRemove: (entry) => this.#files.remove(entry),
      })}
      <button class="button" type="submit" part="supplement-submit" aria-disabled=${this.sending ? 'true' : 'false'}>${t('supplement.submit')}</button>
    </form>`;
  }

  async #send(event: Event, dossier: Dossier): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const host = this.host;
    const input = { note: this.note, attachmentIds: this.#files.ids(null) };
    const errors = checkInput(dossierSupplementInput, input, host.locale, ['supplement']);
    // The contract names the field "Ghi chú"; the citizen sees it under its label here.
    if (!input.note.trim()) errors.set('supplement.note', host.view.t('supplement.noteRequired'));
    const files = this.#files.problem(null);
    if (files) errors.set('supplement.files', files);
    this.errors = errors;
    this.failure = undefined;
    if (errors.size) {
      host.requestUpdate();
      await host.say.focus('#supplement-form .error-summary');
      return;
    }
    this.sending = true;
    host.say.announce(host.view.t('supplement.sending'));
    host.requestUpdate();
    try {
      const body = JSON.stringify({ note: input.note.trim(), attachmentIds: input.attachmentIds });
      const { result } = await this.#submit.send(body, (json, idempotencyKey) =>
        host.api(dossiers).supplement(dossier.code, JSON.parse(json) as typeof input, { verifier: host.verifier, idempotencyKey }));
      this.reset();
      host.show(result);
      host.say.announce(host.view.t('supplement.done', { code: result.code }));
      await host.say.focus('#supplement-state');
    } catch (error) {
      this.#submit.failed(error);
      const { fields, unplaced } = serverErrors(error, place);
      // Refused because the dossier moved on (409 supplement_not_requested): show it as it is now.
      if (isDvcError(error) && error.status === 409) await host.refresh();
      this.errors = fields;
      this.failure = fields.size ? unplaced[0] : errorMessage(error, host.locale);
      host.say.announce('');
      host.requestUpdate();
      await host.say.focus('#supplement-form .error-summary');
    } finally {
      this.sending = false;
      host.requestUpdate();
    }
  }
}
