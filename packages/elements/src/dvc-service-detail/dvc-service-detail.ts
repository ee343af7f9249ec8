import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { ChannelInfo, Fee, ProcessingTime, ServiceDetail } from '@dvc-kit/sdk';
import { audienceLabels, levelLabels, onlineLevelLabels } from '@dvc-kit/sdk/contract';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { formatDuration } from '../shared/duration.js';
import { canRetry, errorMessage } from '../shared/errors.js';
import { formatDate, formatVnd, inVietnamese, vietnamese } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { fillHref, safeUrl } from '../shared/url.js';
import { strings, type DetailKey } from './dvc-service-detail.strings.js';
import { styles } from './dvc-service-detail.styles.js';
import { services } from '@dvc-kit/sdk/services';

/** Detail of `dvc-start-submission`: the procedure the person wants to apply for. */
export interface StartSubmissionDetail {
  code: string;
  service: ServiceDetail;
}

/** Detail of `dvc-service-detail-load`: the procedure shown, e.g. for the page to title itself. */
export interface DvcServiceDetailLoadDetail {
  /** Its code, the current one (the one asked for may have been an old code). */
  code: string;
  /** Its name. */
  name: string;
  service: ServiceDetail;
}

/**
 * One administrative procedure in full, as the portal publishes it: fees and processing time per
 * channel, the documents to provide (with form templates), the steps, requirements, outcome, legal
 * basis and agencies, its online level, and an action to start an online submission.
 *
 * @tagname dvc-service-detail
 * @summary A procedure's full description with a start-submission action.
 *
 * @fires dvc-service-detail-load - A procedure was shown (each time `code` loads one). Detail: {@link DvcServiceDetailLoadDetail}.
 * @fires dvc-start-submission - The person chose to apply online. Detail: `{ code, service }`. Cancelable: cancel it to stop the navigation to `submit-href`.
 *
 * @csspart title - The procedure's name.
 * @csspart facts - The summary list (code, sector, level, agencies…).
 * @csspart section - Each section (fees, documents, steps…).
 * @csspart start - The start-submission button or link.
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Labels and notes.
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-color-surface-alt - Table headers.
 * @cssprop --dvc-color-border - Table rules.
 * @cssprop --dvc-color-focus - Focus ring.
 */
export class DvcServiceDetail extends DvcElement<DetailKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    code: {},
    submitHref: { attribute: 'submit-href' },
    detailHref: { attribute: 'detail-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Procedure code: national (`1.001193`) or a local instance (`1.001193.H38`). */
  declare code: string;
  /** Link of the submission page, `{code}` replaced, e.g. `/nop-ho-so?ma={code}`. Without it the action is a button that only fires `dvc-start-submission`. */
  declare submitHref: string;
  /** Link of another procedure's page (for "replaced by"), `{code}` replaced. */
  declare detailHref: string;
  /** Level of the procedure's name heading (2–5); sections use the next level. Default 2. */
  declare headingLevel: number;

  protected readonly catalogue = strings;

  constructor() {
    super();
    this.code = '';
    this.submitHref = '';
    this.detailHref = '';
    this.headingLevel = 2;
  }

  private _service = new Task(this, {
    task: async ([code], { signal }) => (code ? this.api(services).get(code, { signal }) : undefined),
    args: () => [this.code.trim(), this.connection] as const,
    onComplete: (service) => {
      if (service) this.emit<DvcServiceDetailLoadDetail>('dvc-service-detail-load', { code: service.code, name: service.name, service });
    },
  });

  override render(): TemplateResult {
    return html`
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement()}</div>
      ${this.code.trim() ? this._service.render({
        pending: () => html`<p class="muted" aria-busy="true">${this.t('loading')}</p>`,
        error: (error) => html`<div class="alert" role="alert">
          <p>${errorMessage(error, this.locale)}</p>
          ${canRetry(error) ? html`<button class="button secondary" type="button" @click=${() => this._service.run()}>${this.t('retry')}</button>` : nothing}
        </div>`,
        complete: (service) => (service ? this._renderService(service) : nothing),
      }) : html`<div class="alert" role="alert"><p>${this.t('missingCode')}</p></div>`}
    `;
  }

  #announcement(): TemplateResult | string {
    // Tells screen-reader users that the content changed (e.g. a search widget on the page set `code`).
    const service = this._service.value;
    return service ? this.tc('loaded', { name: inVietnamese(this.locale, service.name) }) : '';
  }

  private _heading(offset: number, text: string, part?: string, lang?: 'vi' | typeof nothing): TemplateResult {
    const level = headingLevel(this.headingLevel, offset);
    return offset === 0
      ? html`<h2 part=${part ?? nothing} aria-level=${level} lang=${lang ?? nothing}>${text}</h2>`
      : html`<h3 aria-level=${level}>${text}</h3>`;
  }

  private _time(time: ProcessingTime | null): string {
    return time ? formatDuration(this.locale, time, this.strings) : '—';
  }

  private _fee(fee: Fee): TemplateResult {
    const amount = fee.amount === null ? this.t('feeVaries') : fee.amount === 0 ? this.t('feeFree') : formatVnd(this.locale, fee.amount);
    const lang = vietnamese(this.locale);
    return html`<li><span lang=${lang}>${fee.name}</span>: <strong>${amount}</strong>${fee.note ? html`<span class="note" lang=${lang}>${fee.note}</span>` : nothing}</li>`;
  }

  private _start(event: Event, service: ServiceDetail): void {
    const proceed = this.emit<StartSubmissionDetail>('dvc-start-submission', { code: service.code, service }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  private _renderService(s: ServiceDetail): TemplateResult {
    const locale = this.locale;
    const lang = vietnamese(locale);
    const submit = this.submitHref ? fillHref(this.submitHref, { code: s.code }) : undefined;
    const replacedBy = s.replacedBy ? (this.detailHref ? fillHref(this.detailHref, { code: s.replacedBy }) : undefined) : undefined;
    return html`<article>
      ${this._heading(0, s.name, 'title', lang)}
      <p class="meta">${this.t('updatedAt', { date: formatDate(locale, s.updatedAt) })}</p>
      ${s.code !== this.code.trim() ? html`<div class="alert" role="note"><p>${this.t('codeChanged', { old: this.code.trim(), code: s.code })}</p></div>` : nothing}
      ${s.status === 'replaced' ? html`<div class="alert" role="note">
        <p>${this.t('replaced')}</p>
        ${s.replacedBy ? html`<p>${replacedBy ? html`<a href=${replacedBy}>${this.t('replacedBy', { code: s.replacedBy })}</a>` : this.t('replacedBy', { code: s.replacedBy })}</p>` : nothing}
      </div>` : nothing}
      <dl class="facts" part="facts">
        <dt>${this.t('code')}</dt><dd>${s.code}</dd>
        ${s.previousCodes.length ? html`<dt>${this.t('previousCodes')}</dt><dd>${s.previousCodes.join(', ')}</dd>` : nothing}
        <dt>${this.t('sector')}</dt><dd>${s.sector.name}</dd>
        <dt>${this.t('level')}</dt><dd>${levelLabels[s.level][locale]}${s.province ? html` · <span lang=${lang}>${s.province.name}</span>` : ''}</dd>
        <dt>${this.t('onlineLevel')}</dt><dd>${onlineLevelLabels[s.onlineLevel][locale]}</dd>
        <dt>${this.t('audiences')}</dt><dd>${s.audiences.map((a) => audienceLabels[a][locale]).join(', ')}</dd>
        <dt>${this.t('implementingAgency')}</dt><dd lang=${lang}>${s.implementingAgency}</dd>
        ${s.decidingAuthority ? html`<dt>${this.t('decidingAuthority')}</dt><dd lang=${lang}>${s.decidingAuthority}</dd>` : nothing}
        ${s.coordinatingAgencies.length ? html`<dt>${this.t('coordinatingAgencies')}</dt><dd lang=${lang}>${s.coordinatingAgencies.join('; ')}</dd>` : nothing}
        ${s.onlineLevel !== 'none' ? html`<dt>${this.t('identityLevel')}</dt><dd>${this.t(s.identityLevel === 2 ? 'identityLevel.2' : 'identityLevel.1')}</dd>` : nothing}
      </dl>
      ${this._renderActions(s, submit)}
      ${this._renderChannels(s.channels)}
      ${this._renderDocuments(s)}
      <section part="section">
        ${this._heading(1, this.t('steps'))}
        <ol class="steps" lang=${lang}>${s.steps.map((step) => html`<li>${step}</li>`)}</ol>
      </section>
      <section part="section">
        ${this._heading(1, this.t('conditions'))}
        ${s.conditions.length ? html`<ul class="plain" lang=${lang}>${s.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${this.t('noConditions')}</p>`}
      </section>
      <section part="section">
        ${this._heading(1, this.t('result'))}
        <p lang=${lang}>${s.result}</p>
      </section>
      ${s.legalBasis.length ? html`<section part="section">
        ${this._heading(1, this.t('legalBasis'))}
        <ul class="plain">${s.legalBasis.map((law) => html`<li>
          <span lang=${lang}><strong>${law.number}</strong> ${law.title}</span>${law.issuedBy || law.issuedOn ? html`<span class="note">${[
            inVietnamese(locale, law.issuedBy), law.issuedOn ? this.t('issued', { date: formatDate(locale, law.issuedOn) }) : '',
          ].filter(Boolean).flatMap((part, i) => (i ? [', ', part] : [part]))}</span>` : nothing}
        </li>`)}</ul>
      </section>` : nothing}
    </article>`;
  }

  private _renderActions(s: ServiceDetail, submit: string | undefined): TemplateResult {
    if (s.onlineLevel === 'none' || s.status === 'replaced') {
      return html`<p class="actions">${s.onlineLevel === 'none' ? this.t('notOnline') : nothing}</p>`;
    }
    return html`<div class="actions">${submit
      ? html`<a class="button" part="start" href=${submit} @click=${(e: Event) => this._start(e, s)}>${this.t('start')}</a>`
      : html`<button class="button" part="start" type="button" @click=${(e: Event) => this._start(e, s)}>${this.t('start')}</button>`}</div>`;
  }

  private _renderChannels(channels: ChannelInfo[]): TemplateResult {
    return html`<section part="section">
      ${this._heading(1, this.t('feesAndTime'))}
      <div class="table-wrap"><table role="table">
        <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${this.t('channel')}</th><th scope="col" role="columnheader">${this.t('processingTime')}</th><th scope="col" role="columnheader">${this.t('fees')}</th></tr></thead>
        <tbody role="rowgroup">${channels.map((c) => html`<tr role="row">
          <th scope="row" role="rowheader">${this.t(`channel.${c.channel}`)}</th>
          <td role="cell" data-label=${this.t('processingTime')}>${this._time(c.processingTime)}${c.processingTime?.note ? html`<span class="note" lang=${vietnamese(this.locale)}>${c.processingTime.note}</span>` : nothing}</td>
          <td role="cell" data-label=${this.t('fees')}>${c.fees.length ? html`<ul class="plain">${c.fees.map((fee) => this._fee(fee))}</ul>` : this.t('noFees')}</td>
        </tr>`)}</tbody>
      </table></div>
    </section>`;
  }

  private _renderDocuments(s: ServiceDetail): TemplateResult {
    return html`<section part="section">
      ${this._heading(1, this.t('documents'))}
      <div class="table-wrap"><table role="table">
        <thead role="rowgroup"><tr role="row">
          <th scope="col" role="columnheader">${this.t('document')}</th><th scope="col" role="columnheader">${this.t('originals')}</th>
          <th scope="col" role="columnheader">${this.t('copies')}</th><th scope="col" role="columnheader">${this.t('case')}</th>
        </tr></thead>
        <tbody role="rowgroup">${s.documents.map((d) => {
          const template = d.template ? safeUrl(d.template.url) : undefined;
          const lang = vietnamese(this.locale);
          return html`<tr role="row">
            <td role="cell"><span lang=${lang}>${d.name}</span>${d.template ? html`<span class="note">${this.t('template')}: ${template
              ? html`<a href=${template} rel="noopener noreferrer" lang=${lang}>${d.template.name}</a>`
              : inVietnamese(this.locale, d.template.name)}</span>` : nothing}</td>
            <td role="cell" class="number" data-label=${this.t('originals')}>${d.originals}</td>
            <td role="cell" class="number" data-label=${this.t('copies')}>${d.copies}</td>
            <td role="cell" data-label=${this.t('case')} lang=${d.case ? lang : nothing}>${d.case ?? this.t('always')}</td>
          </tr>`;
        })}</tbody>
      </table></div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-detail': DvcServiceDetail;
  }
  interface HTMLElementEventMap {
    'dvc-service-detail-load': CustomEvent<DvcServiceDetailLoadDetail>;
    'dvc-start-submission': CustomEvent<StartSubmissionDetail>;
  }
}
