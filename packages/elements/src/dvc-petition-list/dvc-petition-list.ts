import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { Page, PetitionCategory, PublicPetition } from '@dvc-kit/sdk';
import { petitionCategoryLabels } from '@dvc-kit/sdk/contract';
import { ConfigurationError } from '../shared/config.js';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { canRetry, errorMessage } from '../shared/errors.js';
import { formatDate, vietnamese } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { strings, type PetitionListKey } from './dvc-petition-list.strings.js';
import { styles } from './dvc-petition-list.styles.js';
import { petitions } from '@dvc-kit/sdk/petitions';

/** Detail of `dvc-petition-list-load`. */
export interface DvcPetitionListLoadDetail {
  /** Petitions on the page shown. */
  petitions: PublicPetition[];
  /** How many answered petitions match in all. */
  total: number;
  /** The page shown, from 1. */
  page: number;
}

const categories = Object.keys(petitionCategoryLabels) as PetitionCategory[];
const isCategory = (value: string | undefined): value is PetitionCategory => categories.includes(value as PetitionCategory);

type ListArgs = [category: PetitionCategory | undefined, province: string | undefined, cursor: string | undefined, limit: number, connection: string];

/** A province code as the API takes it (two digits): anything else lists every province's petitions. */
const provinceOf = (value: string | undefined): string | undefined => (value && /^\d{2}$/.test(value.trim()) ? value.trim() : undefined);

/**
 * The public list of answered petitions (phản ánh, kiến nghị) whose senders agreed to publish them,
 * newest answer first, page by page, with a category filter; on a provincial portal (`province`), that
 * province's petitions only. Each item shows its title, category
 * and date; its disclosure button reveals the petition's content and the agency's answer.
 *
 * @tagname dvc-petition-list
 * @summary Browse answered petitions (phản ánh, kiến nghị) and their answers.
 *
 * @fires dvc-petition-list-load - A page was shown. {@link DvcPetitionListLoadDetail}
 *
 * @csspart filter - The category filter.
 * @csspart status - The live summary (count, page, loading, empty).
 * @csspart list - The list of petitions.
 * @csspart item - One petition.
 * @csspart toggle - The button that shows or hides a petition's content and answer.
 * @csspart answer - A petition's answer.
 * @csspart pagination - The previous/next page buttons.
 * @csspart error - The message shown when the list cannot be loaded.
 *
 * @cssprop --dvc-color-primary - Buttons and titles.
 * @cssprop --dvc-color-border - Separators between petitions.
 * @cssprop --dvc-color-surface-alt - Background of an answer.
 * @cssprop --dvc-color-success - The bar beside an answer.
 */
export class DvcPetitionList extends DvcElement<PetitionListKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    pageSize: { attribute: 'page-size', type: Number },
    category: {},
    province: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    _cursors: { state: true },
    _page: { state: true },
    _expanded: { state: true },
  };

  /** Level of the list's heading (2–6, default 2); the petitions' titles the next level, their sections the one after. */
  declare headingLevel: number;
  /** Petitions per page, 1–50 (default 10). */
  declare pageSize: number;
  /** Show only this category (`regulation`, `procedure`, `staff`, `online_service`, `other`); empty for all. */
  declare category: string;
  /**
   * Province code (`46`) of a provincial portal: only that province's petitions (addressed to its
   * agencies or about its local procedures); empty for every province's and the national ones.
   */
  declare province: string;
  /** The cursor of each page seen so far (the first page has none), so "previous" needs no new cursor. @internal */
  declare _cursors: (string | undefined)[];
  declare _page: number;
  declare _expanded: ReadonlySet<string>;

  protected readonly catalogue = strings;

  /** Set when the reader changed page: focus goes to the new page's first petition once it is shown. @internal */
  private _focusOnLoad = false;

  private readonly _list = new Task<ListArgs, Page<PublicPetition>>(this, {
    // The connection re-runs the task when the page's configuration arrives late or changes.
    args: () => [
      isCategory(this.category) ? this.category : undefined, provinceOf(this.province), this._cursors[this._page], this._limit(), this.connection,
    ],
    task: async ([category, province, cursor, limit], { signal }) => {
      return await this.api(petitions).list(
        { ...(category ? { category } : {}), ...(province ? { province } : {}), ...(cursor ? { cursor } : {}), limit }, { signal },
      );
    },
    onComplete: (page) =>
      this.emit<DvcPetitionListLoadDetail>('dvc-petition-list-load', { petitions: page.data, total: page.total, page: this._page + 1 }),
  });

  constructor() {
    super();
    this.pageSize = 10;
    this.category = '';
    this.province = '';
    this.headingLevel = 2;
    this._cursors = [undefined];
    this._page = 0;
    this._expanded = new Set();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new filter, province or page size starts again from the first page.
    if ((changed.has('category') || changed.has('province') || changed.has('pageSize')) && this.hasUpdated) this._restart();
  }

  protected override updated(): void {
    if (this._focusOnLoad && this._list.status !== TaskStatus.PENDING) {
      this._focusOnLoad = false;
      (this.shadowRoot?.querySelector<HTMLElement>('[part~=toggle]') ?? this.shadowRoot?.getElementById('heading'))?.focus();
    }
  }

  private _limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 50) : 10;
  }

  private _restart(): void {
    this._cursors = [undefined];
    this._page = 0;
  }

  override render(): TemplateResult {
    const page = this._list.value;
    const status = this._list.status;
    // Selects: `?selected` on the options sets the first render (the select's own bindings run before its
    // options exist); a `live` `.value` sets later ones (a select the reader touched ignores `selected`).
    return html`<section aria-labelledby="heading">
      <h2 id="heading" tabindex="-1" aria-level=${headingLevel(this.headingLevel)}>${this.t('heading')}</h2>
      <p class="intro">${this.t('intro')}</p>
      <div class="field filter" part="filter">
        <label for="category">${this.t('filterLabel')}</label>
        <select id="category" .value=${live(isCategory(this.category) ? this.category : '')} @change=${this._onCategory}>
          <option value="" ?selected=${!isCategory(this.category)}>${this.t('allCategories')}</option>
          ${categories.map((code) => html`<option value=${code} ?selected=${this.category === code}>${petitionCategoryLabels[code][this.locale]}</option>`)}
        </select>
      </div>
      <p class="status" part="status" role="status">${this._statusText()}</p>
      ${status === TaskStatus.ERROR ? this._renderError(this._list.error) : nothing}
      ${page && status !== TaskStatus.ERROR && page.data.length > 0
        ? html`<ul class="list" part="list" aria-labelledby="heading" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>
              ${page.data.map((petition) => this._renderItem(petition))}
            </ul>
            ${this._renderPagination(page)}`
        : nothing}
    </section>`;
  }

  private _renderError(error: unknown): TemplateResult {
    // A missing or malformed configuration is there from the first render and is for the page's
    // author: plain text, not an alert (it goes away by itself once the page is configured).
    if (error instanceof ConfigurationError) {
      return html`<div class="alert" part="error"><p>${errorMessage(error, this.locale)}</p></div>`;
    }
    return html`<div class="alert" part="error" role="alert">
      <h3 aria-level=${headingLevel(this.headingLevel, 1)}>${this.t('errorTitle')}</h3>
      <p>${errorMessage(error, this.locale)}</p>
      ${canRetry(error) ? html`<button type="button" class="button secondary" @click=${() => void this._list.run()}>${this.t('retry')}</button>` : nothing}
    </div>`;
  }

  private _pages(total: number): number {
    return Math.max(1, Math.ceil(total / this._limit()));
  }

  private _statusText(): string {
    const status = this._list.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) return this.t('loading');
    const page = this._list.value;
    if (status !== TaskStatus.COMPLETE || !page) return '';
    if (page.total === 0) return isCategory(this.category) ? this.t('emptyCategory') : this.t('empty');
    if (page.total === 1) return this.t('totalOne');
    return this.t('total', { total: page.total, page: this._page + 1, pages: this._pages(page.total) });
  }

  private _renderItem(petition: PublicPetition): TemplateResult {
    const open = this._expanded.has(petition.code);
    const panel = `panel-${petition.code}`;
    const { answer } = petition;
    return html`<li class="item" part="item">
      <h3 class="title" aria-level=${headingLevel(this.headingLevel, 1)}>
        <button type="button" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel}
          @click=${() => this._toggle(petition.code)} lang=${vietnamese(this.locale)}>${petition.title}</button>
      </h3>
      <p class="meta">
        <span class="category">${petitionCategoryLabels[petition.category]?.[this.locale] ?? petition.category}</span>
        <span>${this.t('submittedOn', { date: formatDate(this.locale, petition.submittedAt) })}</span>
        <span>${this.t('answeredOn', { date: formatDate(this.locale, answer.answeredAt) })}</span>
        <span>${this.t('codeLabel', { code: petition.code })}</span>
      </p>
      <div class="panel" id=${panel} ?hidden=${!open}>
        <h4 aria-level=${headingLevel(this.headingLevel, 2)}>${this.t('contentHeading')}</h4>
        <p class="content" lang=${vietnamese(this.locale)}>${petition.content}</p>
        <div class="answer" part="answer">
          <h4 aria-level=${headingLevel(this.headingLevel, 2)}>${this.t('answerHeading')}</h4>
          <p class="answer-text" lang=${vietnamese(this.locale)}>${answer.text}</p>
          <dl>
            <div><dt>${this.t('answerAgency')}</dt><dd class="agency" lang=${vietnamese(this.locale)}>${answer.agency}</dd></div>
            <div><dt>${this.t('answerOfficer')}</dt><dd class="officer" lang=${vietnamese(this.locale)}>${answer.officer}</dd></div>
            <div><dt>${this.t('answeredAt')}</dt><dd>${formatDate(this.locale, answer.answeredAt)}</dd></div>
          </dl>
        </div>
      </div>
    </li>`;
  }

  private _renderPagination(page: Page<PublicPetition>): TemplateResult | typeof nothing {
    const hasPrevious = this._page > 0;
    const hasNext = page.nextCursor !== null;
    if (!hasPrevious && !hasNext) return nothing;
    return html`<nav class="pagination" part="pagination" aria-label=${this.t('pagination')}>
      ${hasPrevious
        ? html`<button type="button" class="button secondary previous" @click=${this._previous}>
            <span aria-hidden="true">←</span> ${this.t('previous')}</button>`
        : nothing}
      <span class="page-of">${this.t('pageOf', { page: this._page + 1, pages: this._pages(page.total) })}</span>
      ${hasNext
        ? html`<button type="button" class="button secondary next" @click=${() => this._next(page.nextCursor!)}>
            ${this.t('next')} <span aria-hidden="true">→</span></button>`
        : nothing}
    </nav>`;
  }

  private _toggle(code: string): void {
    const expanded = new Set(this._expanded);
    if (!expanded.delete(code)) expanded.add(code);
    this._expanded = expanded;
  }

  private _onCategory(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
  }

  private _next(cursor: string): void {
    if (this._list.status === TaskStatus.PENDING) return;
    this._cursors = [...this._cursors.slice(0, this._page + 1), cursor];
    this._page += 1;
    this._focusOnLoad = true;
  }

  private _previous(): void {
    if (this._list.status === TaskStatus.PENDING || this._page === 0) return;
    this._page -= 1;
    this._focusOnLoad = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-petition-list': DvcPetitionList;
  }
  interface HTMLElementEventMap {
    'dvc-petition-list-load': CustomEvent<DvcPetitionListLoadDetail>;
  }
}
