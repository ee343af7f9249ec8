import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isDvcError, type Dossier } from '@dvc-kit/sdk/core';
import { dossierStatusInfo, dossierTransitions, dossierWithdrawInput } from '@dvc-kit/sdk/contract';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { DraftController } from '../shared/draft.js';
import { errorMessage } from '../shared/errors.js';
import { fieldId, textInput } from '../shared/form/field.js';
import { IdempotentSubmit } from '../shared/form/submit.js';
import { errorSummary, summaryItems } from '../shared/form/summary.js';
import { checkInput, serverErrors, type FieldErrors } from '../shared/form/validate.js';
import type { TrackerHost } from './view.js';

type Step = 'closed' | 'reason' | 'confirm';

/** Whether the citizen may still withdraw a dossier in this status (the contract's status machine). */
export const withdrawable = (dossier: Dossier): boolean => dossierTransitions[dossier.status].includes('cancelled');

/**
 * Withdrawal (rút hồ sơ): a "Rút hồ sơ" button while the status allows it, then the reason
 * (required), then an explicit confirmation ("Xác nhận rút hồ sơ", or "Hủy"), sent with one
 * idempotency key per attempt. Focus follows each step; cancelling returns it to the button. A
 * refusal (the dossier moved on meanwhile: 409 not_withdrawable) is shown in the step.
 */
export class WithdrawStep implements ReactiveController {
  step: Step = 'closed';
  reason = '';
  errors: FieldErrors = new Map();
  failure: string | undefined;
  sending = false;

  readonly #draft: DraftController<{ reason: string }>;
  readonly #submit: IdempotentSubmit<{ reason: string }>;

  constructor(private readonly host: TrackerHost) {
    host.addController(this);
    this.#draft = new DraftController(host, () => 'dossier-withdrawal', () => 'none');
    this.#submit = new IdempotentSubmit(this.#draft);
  }

  hostConnected(): void {}

  /** Starts afresh (another dossier is shown). */
  reset(): void {
    this.step = 'closed';
    this.reason = '';
    this.errors = new Map();
    this.failure = undefined;
    this.#draft.clear();
  }

  render(dossier: Dossier): TemplateResult | typeof nothing {
    const { t, level } = this.host.view;
    const allowed = withdrawable(dossier);
    if (this.step === 'closed') {
      return allowed
        ? html`<div part="withdraw" class="withdraw">
            <button type="button" class="button secondary" id="withdraw-open" part="withdraw-button"
              @click=${() => void this.#go('reason', '#withdraw-reason')}>${t('withdraw.open')}</button>
          </div>`
        : nothing;
    }
    const summary = errorSummary(() => this.host.shadowRoot, t('withdraw.errors'), summaryItems(this.errors, [this.failure]), level(2));
    // The dossier moved on while the step was open (a live update, or the portal's refusal).
    if (!allowed) {
      return html`<div part="withdraw" class="withdraw step-form" id="withdraw-form">
        <h3 id="withdraw-title" tabindex="-1" aria-level=${level(1)}>${t('withdraw.title')}</h3>
        ${summary}
        ${this.failure ? nothing : html`<p>${t('withdraw.notAllowed', { status: dossierStatusInfo[dossier.status].label[this.host.locale] })}</p>`}
        <button type="button" class="button secondary" @click=${() => this.#close()}>${t('withdraw.close')}</button>
      </div>`;
    }
    if (this.step === 'reason') {
      return html`<form part="withdraw" class="withdraw step-form" id="withdraw-form" novalidate aria-labelledby="withdraw-title"
          @submit=${(event: Event) => void this.#toConfirm(event)}>
        <h3 id="withdraw-title" aria-level=${level(1)}>${t('withdraw.title')}</h3>
        <p>${t('withdraw.intro', { code: dossier.code })}</p>
        ${summary}
        ${textInput(this.host.formText, {
          id: fieldId('withdraw.reason'), label: t('withdraw.reason'), hint: t('withdraw.reasonHint'), error: this.errors.get('withdraw.reason'),
          required: true, multiline: true, maxlength: 1000, value: this.reason, onInput: (value) => (this.reason = value),
        })}
        <div class="actions">
          <button class="button" type="submit" part="withdraw-continue">${t('withdraw.continue')}</button>
          <button class="button secondary" type="button" @click=${() => this.#close()}>${t('withdraw.cancel')}</button>
        </div>
      </form>`;
    }
    return html`<div part="withdraw" class="withdraw step-form confirm" id="withdraw-form" role="group" aria-labelledby="withdraw-confirm-title">
      <h3 id="withdraw-confirm-title" tabindex="-1" aria-level=${level(1)}>${t('withdraw.confirmTitle', { code: dossier.code })}</h3>
      ${summary}
      <p>${t('withdraw.confirmText')}</p>
      <p class="withdraw-reason"><span class="note-label">${t('withdraw.reasonGiven')}</span> ${this.reason.trim()}</p>
      <div class="actions">
        <button class="button danger" type="button" part="withdraw-confirm" aria-disabled=${this.sending ? 'true' : 'false'}
          @click=${() => void this.#send(dossier)}>${t('withdraw.confirm')}</button>
        <button class="button secondary" type="button" @click=${() => this.#close()}>${t('withdraw.cancel')}</button>
      </div>
    </div>`;
  }

  async #go(step: Step, focus: string): Promise<void> {
    this.step = step;
    this.host.requestUpdate();
    await this.host.say.focus(focus);
  }

  /** Closes the step, keeping the reason typed, and gives focus back to the button that opened it. */
  async #close(): Promise<void> {
    if (this.sending) return;
    this.errors = new Map();
    this.failure = undefined;
    await this.#go('closed', '#withdraw-open');
  }

  async #toConfirm(event: Event): Promise<void> {
    event.preventDefault();
    this.errors = checkInput(dossierWithdrawInput, { reason: this.reason }, this.host.locale, ['withdraw']);
    if (!this.reason.trim()) this.errors.set('withdraw.reason', this.host.view.t('withdraw.reasonRequired'));
    this.failure = undefined;
    if (this.errors.size) {
      this.host.requestUpdate();
      await this.host.say.focus('#withdraw-form .error-summary');
      return;
    }
    await this.#go('confirm', '#withdraw-confirm-title');
  }

  async #send(dossier: Dossier): Promise<void> {
    if (this.sending) return;
    const host = this.host;
    this.sending = true;
    this.errors = new Map();
    this.failure = undefined;
    host.say.announce(host.view.t('withdraw.sending'));
    host.requestUpdate();
    try {
      const body = JSON.stringify({ reason: this.reason.trim() });
      const { result } = await this.#submit.send(body, (json, idempotencyKey) =>
        host.api(dossiers).withdraw(dossier.code, JSON.parse(json) as { reason: string }, { verifier: host.verifier, idempotencyKey }));
      this.sending = false;
      this.reset();
      host.show(result);
      host.say.announce(host.view.t('withdraw.done', { code: result.code }));
      await host.say.focus('[part="status"]');
    } catch (error) {
      this.#submit.failed(error);
      const { fields, unplaced } = serverErrors(error, (path) => (path === 'reason' ? 'withdraw.reason' : undefined));
      // A reason the portal refused is fixed in the reason step; anything else is said where it happened,
      // with the dossier as it is now (it may have moved on: 409 not_withdrawable), read first.
      if (!fields.size && isDvcError(error) && error.status === 409) await host.refresh();
      if (fields.size) this.step = 'reason';
      this.sending = false;
      this.errors = fields;
      this.failure = fields.size ? unplaced[0] : errorMessage(error, host.locale);
      host.say.announce('');
      host.requestUpdate();
      await host.say.focus('#withdraw-form .error-summary');
    } finally {
      this.sending = false;
      host.requestUpdate();
    }
  }
}
