import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Audience, FacetValue, Level, OnlineLevel, Sector, ServiceSearchParams, ServiceSearchResult, ServiceSummary } from '@dvc-kit/sdk';
import { audienceLabels, levelLabels, onlineLevelLabels } from '@dvc-kit/sdk/contract';
import { DvcElement } from '../shared/dvc-element.js';
import { formatDuration } from '../shared/duration.js';
import { errorMessage } from '../shared/errors.js';
import { formatVnd } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { fillHref } from '../shared/url.js';
import { cachedSearch } from './cache.js';
import { strings, type SearchKey } from './dvc-service-search.strings.js';
import { styles } from './dvc-service-search.styles.js';
import { services } from '@dvc-kit/sdk/services';

/** Detail of `dvc-service-select`: the procedure a person chose. */
export interface ServiceSelectDetail {
  code: string;
  service: ServiceSummary;
}

/** The result-list filters; an empty string means "all". */
interface Filters {
  sector: string;
  level: Level | '';
  audience: Audience | '';
  onlineLevel: OnlineLevel | '';
}
type FilterName = keyof Filters;

const SUGGEST_DELAY_MS = 250;
const ANNOUNCE_DELAY_MS = 700;
const MIN_SUGGEST_CHARS = 2;

/**
 * Search of administrative procedures (thủ tục hành chính): a combobox that suggests procedures as
 * the person types (with or without Vietnamese accents), filters with counts, and a paged list of
 * results. Follows the WAI-ARIA APG editable combobox with list autocomplete: input, listbox and
 * options share one shadow root, so `aria-activedescendant` works in every browser.
 *
 * @tagname dvc-service-search
 * @summary Search procedures, with suggestions, filters and paged results.
 *
 * @fires dvc-service-select - A procedure was chosen (a suggestion or a result). Detail: `{ code, service }`. Cancelable: cancel it to stop the navigation to `detail-href`.
 *
 * @csspart form - The search form.
 * @csspart input - The text field (the combobox).
 * @csspart listbox - The suggestions popup.
 * @csspart option - Each suggestion.
 * @csspart submit - The search button.
 * @csspart filters - The filters' fieldset.
 * @csspart results - The results region.
 * @csspart result - Each result.
 * @csspart pagination - The page navigation.
 *
 * @cssprop --dvc-color-primary - Buttons, links, the active suggestion's mark.
 * @cssprop --dvc-color-highlight - Background of the active suggestion.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Secondary text.
 * @cssprop --dvc-color-surface - Background.
 * @cssprop --dvc-color-border - Borders of fields and results.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corner radius.
 * @cssprop --dvc-font-family - Font.
 */
export class DvcServiceSearch extends DvcElement<SearchKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    query: {},
    pageSize: { attribute: 'page-size', type: Number },
    suggestionLimit: { attribute: 'suggestion-limit', type: Number },
    sector: {},
    level: {},
    audience: {},
    onlineLevel: { attribute: 'online-level' },
    province: {},
    hideFilters: { attribute: 'hide-filters', type: Boolean },
    detailHref: { attribute: 'detail-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _text: { state: true },
    _debounced: { state: true },
    _open: { state: true },
    _active: { state: true },
    _submitted: { state: true },
    _cursors: { state: true },
  };

  /** Text to search for at start (and the current query once searched). */
  declare query: string;
  /** Results per page (1–100). Default 10. */
  declare pageSize: number;
  /** Suggestions shown while typing (1–20). Default 8. */
  declare suggestionLimit: number;
  /** Sector (lĩnh vực) code preset as a filter. */
  declare sector: string;
  /**
   * Province code (`46`) of a provincial portal: the search covers that province's own procedures and
   * the central ones, not the other provinces' copies. Not shown as a filter.
   */
  declare province: string;
  /** Level preset as a filter: `central`, `province` or `commune`. */
  declare level: Level | '';
  /** Audience preset as a filter: `citizen`, `business` or `organisation`. */
  declare audience: Audience | '';
  /** Online level preset as a filter: `full`, `partial` or `none`. */
  declare onlineLevel: OnlineLevel | '';
  /** Hides the filters (presets still apply). */
  declare hideFilters: boolean;
  /** Link of a procedure's page, `{code}` replaced, e.g. `/thu-tuc?ma={code}`. Without it, results are buttons that only fire `dvc-service-select`. */
  declare detailHref: string;
  /** Level of the results heading (2–6). Default 2. */
  declare headingLevel: number;

  declare _text: string;
  declare _debounced: string;
  declare _open: boolean;
  declare _active: number;
  /** What the results list shows: the query and filters of the last search, or none yet. @internal */
  declare _submitted: { q: string; filters: Filters } | undefined;
  /** Cursors of the pages seen so far; the last one is the current page's. @internal */
  declare _cursors: (string | undefined)[];

  protected readonly catalogue = strings;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focusResults = false;

  constructor() {
    super();
    this.query = '';
    this.pageSize = 10;
    this.suggestionLimit = 8;
    this.sector = '';
    this.level = '';
    this.audience = '';
    this.onlineLevel = '';
    this.province = '';
    this.hideFilters = false;
    this.detailHref = '';
    this.headingLevel = 2;
    this._text = '';
    this._debounced = '';
    this._open = false;
    this._active = -1;
    this._submitted = undefined;
    this._cursors = [undefined];
  }

  /** Suggestions for what is typed; a new run aborts the previous request. @internal */
  private _suggestions = new Task(this, {
    task: async ([q, sector, level, audience, onlineLevel], { signal }): Promise<{ q: string; data: ServiceSummary[] }> => {
      if (q.length < MIN_SUGGEST_CHARS) return { q, data: [] };
      const filters = { sector, level, audience, onlineLevel };
      const result = await cachedSearch(this.api(services), this._params(q, filters, clamp(this.suggestionLimit, 1, 20, 8)), signal);
      return { q, data: result.data };
    },
    // Primitives only: a Task re-runs when any argument is !== its previous value.
    args: () => [this._debounced, this.sector, this.level, this.audience, this.onlineLevel, this.province, this.connection] as const,
  });

  /** The results page; a new run aborts the previous request. @internal */
  private _results = new Task(this, {
    task: async ([submitted, cursor, size], { signal }): Promise<ServiceSearchResult | undefined> => {
      if (!submitted) return undefined;
      const params = this._params(submitted.q, submitted.filters, size);
      return cachedSearch(this.api(services), cursor ? { ...params, cursor } : params, signal);
    },
    args: () => [this._submitted, this._cursors.at(-1), clamp(this.pageSize, 1, 100, 10), this.province, this.connection] as const,
  });

  /** Sectors for the filter, loaded once. @internal */
  private _sectors = new Task(this, {
    task: async ([hide], { signal }): Promise<Sector[]> => (hide ? [] : this.api(services).sectors({ signal })),
    args: () => [this.hideFilters, this.connection] as const,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    // Another province's cursors mean nothing: its results start from the first page.
    if (changed.has('province') && changed.get('province') !== undefined) this._cursors = [undefined];
    if (changed.has('query') && this.query !== this._text) {
      this._text = this.query;
      if (this.query) this._submitted = { q: this.query.trim(), filters: this._filters() };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#suggestTimer);
    clearTimeout(this.#announceTimer);
  }

  /** Runs a search of `query` (or the current text) and shows the results, as pressing Search does. */
  search(query: string = this._text): void {
    this._text = query;
    this._submit();
  }

  private _filters(): Filters {
    return { sector: this.sector, level: this.level, audience: this.audience, onlineLevel: this.onlineLevel };
  }

  private _params(q: string, filters: Filters, limit: number): ServiceSearchParams {
    const params: ServiceSearchParams = { limit };
    if (q) params.q = q;
    if (/^\d{2}$/.test(this.province)) params.province = this.province;
    if (filters.sector) params.sector = filters.sector;
    if (filters.level) params.level = filters.level;
    if (filters.audience) params.audience = filters.audience;
    if (filters.onlineLevel) params.onlineLevel = filters.onlineLevel;
    return params;
  }

  /**
   * Says `text` in the live region once typing pauses (debounced), not after every key. The region is
   * written directly, not rendered: it is emptied first so the same words said again (a new query
   * with as many suggestions) are announced again, without a render per announcement.
   */
  private _announce(text: string, delay = ANNOUNCE_DELAY_MS): void {
    clearTimeout(this.#announceTimer);
    const region = this.renderRoot.querySelector('#announcer');
    if (region) region.textContent = '';
    this.#announceTimer = setTimeout(() => {
      if (region) region.textContent = text;
    }, delay);
  }

  private _onInput(event: InputEvent): void {
    this._text = (event.target as HTMLInputElement).value;
    this._active = -1;
    this.#lastSuggestionAnnouncement = '';
    this._open = this._text.trim().length >= MIN_SUGGEST_CHARS;
    clearTimeout(this.#suggestTimer);
    this.#suggestTimer = setTimeout(() => {
      this._debounced = this._text.trim();
    }, SUGGEST_DELAY_MS);
  }

  /** The suggestions for exactly what is typed now: never the previous query's while the next one loads. @internal */
  private _options(): ServiceSummary[] {
    const value = this._suggestions.value;
    return this._open && value && value.q === this._text.trim() && this._suggestions.status === TaskStatus.COMPLETE ? value.data : [];
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const options = this._options();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this._open) {
          this._open = this._text.trim().length >= MIN_SUGGEST_CHARS;
          if (event.altKey) return;
        }
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this._active = this._active < 0
          ? (step > 0 ? 0 : options.length - 1)
          : (this._active + step + options.length) % options.length;
        return;
      }
      case 'Enter': {
        const chosen = this._active >= 0 ? options[this._active] : undefined;
        if (chosen) {
          event.preventDefault();
          this._choose(chosen);
        }
        return; // otherwise the form submits
      }
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          this._close();
        } else if (this._text) {
          event.preventDefault();
          this._text = '';
          this._debounced = '';
        }
        return;
      case 'Home':
      case 'End':
        this._active = -1; // the keys move the caret in the text
        return;
      default:
    }
  }

  private _close(): void {
    this._open = false;
    this._active = -1;
  }

  private _onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this._close();
  }

  private _choose(service: ServiceSummary): void {
    this._text = service.name;
    this._debounced = service.name.trim();
    this._close();
    const href = this.detailHref ? fillHref(this.detailHref, { code: service.code }) : undefined;
    const proceed = this.emit<ServiceSelectDetail>('dvc-service-select', { code: service.code, service }, { cancelable: true });
    if (proceed && href) location.assign(href);
  }

  private _onResultClick(event: MouseEvent, service: ServiceSummary): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // new tab/window: let the browser do it
    event.preventDefault();
    this._choose(service);
  }

  private _submit(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.#suggestTimer);
    this._close();
    const q = this._text.trim();
    this.query = this._text;
    this._submitted = { q, filters: this._filters() };
    this._cursors = [undefined];
    this.#focusResults = false;
  }

  private _onFilter(name: FilterName, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (name === 'sector') this.sector = value;
    else if (name === 'level') this.level = value as Level | '';
    else if (name === 'audience') this.audience = value as Audience | '';
    else this.onlineLevel = value as OnlineLevel | '';
    this._submitted = { q: this._submitted?.q ?? this._text.trim(), filters: this._filters() };
    this._cursors = [undefined];
  }

  private _clearFilters(): void {
    this.sector = '';
    this.level = '';
    this.audience = '';
    this.onlineLevel = '';
    this._submitted = { q: this._submitted?.q ?? this._text.trim(), filters: this._filters() };
    this._cursors = [undefined];
  }

  private _goTo(cursor: string | null | undefined, back: boolean): void {
    this._cursors = back ? this._cursors.slice(0, -1) : [...this._cursors, cursor ?? undefined];
    this.#focusResults = true;
  }

  private _focusNewPage(): void {
    const results = this._results;
    if (results.status === TaskStatus.COMPLETE && results.value && this.#focusResults) {
      this.#focusResults = false;
      // After a page change, focus moves to the results heading so the reader starts on the new page.
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  override render(): TemplateResult {
    return html`
      <form role="search" part="form" @submit=${this._submit} novalidate>
        ${this._renderCombobox()}
        ${this.hideFilters ? nothing : this._renderFilters()}
      </form>
      <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      ${this._renderResults()}
    `;
  }

  private _renderCombobox(): TemplateResult {
    const options = this._options();
    const pending = this._open && (this._suggestions.status === TaskStatus.PENDING || this._debounced !== this._text.trim());
    const failed = this._open && this._suggestions.status === TaskStatus.ERROR;
    const expanded = this._open && (options.length > 0 || (!pending && this._debounced.length >= MIN_SUGGEST_CHARS));
    const active = this._active >= 0 && this._active < options.length ? `option-${this._active}` : undefined;
    return html`
      <div class="field">
        <label for="query" id="query-label">${this.t('label')}</label>
        <span class="hint" id="query-hint">${this.t('hint')}</span>
        <div class="query">
          <div class="combobox">
            <input id="query" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false"
              aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="listbox"
              aria-activedescendant=${active ?? nothing} aria-describedby="query-hint"
              placeholder=${this.t('placeholder')} .value=${this._text}
              @input=${this._onInput} @keydown=${this._onKeyDown} @focusout=${this._onFocusOut} />
            <ul id="listbox" role="listbox" part="listbox" aria-label=${this.t('suggestions')} ?hidden=${!expanded}
              @pointerdown=${(event: Event) => event.preventDefault() /* keeps focus in the input */}>
              ${options.length
                ? options.map((service, index) => html`
                  <li id="option-${index}" role="option" part="option" aria-selected=${index === this._active ? 'true' : 'false'}
                    @click=${() => this._choose(service)} @pointermove=${() => { if (this._active !== index) this._active = index; }}>
                    ${service.name}
                    <span class="meta">${service.code} · ${service.agency.name}</span>
                  </li>`)
                : html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${failed
                  ? this.t('suggestionsFailed', { message: errorMessage(this._suggestions.error, this.locale) })
                  : this.t('noSuggestions')}</li>`}
            </ul>
          </div>
          <button class="button" part="submit" type="submit">${this.t('submit')}</button>
        </div>
      </div>
    `;
  }

  private _facet(name: 'level' | 'audience' | 'onlineLevel' | 'sector'): Map<string, number> | undefined {
    const facets = this._results.value?.facets;
    return facets ? new Map(facets[name].map((f: FacetValue) => [f.value, f.count])) : undefined;
  }

  private _renderSelect(name: FilterName, value: string, options: { value: string; label: string }[]): TemplateResult {
    const counts = this._facet(name);
    const label = (o: { value: string; label: string }) => (counts ? `${o.label} (${counts.get(o.value) ?? 0})` : o.label);
    return html`<div class="field">
      <label for="filter-${name}">${this.t(name)}</label>
      <select id="filter-${name}" name=${name} @change=${(event: Event) => this._onFilter(name, event)}>
        <option value="" ?selected=${value === ''}>${this.t('any')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${label(o)}</option>`)}
      </select>
    </div>`;
  }

  private _renderFilters(): TemplateResult {
    const locale = this.locale;
    const labelled = <T extends string>(labels: Record<T, { vi: string; en: string }>) =>
      (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value][locale] }));
    const sectors = (this._sectors.value ?? []).map((s) => ({ value: s.code, label: s.name }));
    if (this.sector && !sectors.some((s) => s.value === this.sector)) sectors.unshift({ value: this.sector, label: this.sector });
    const filtered = Boolean(this.sector || this.level || this.audience || this.onlineLevel);
    return html`<fieldset part="filters">
      <legend>${this.t('filters')}</legend>
      ${this._renderSelect('sector', this.sector, sectors)}
      ${this._renderSelect('level', this.level, labelled(levelLabels))}
      ${this._renderSelect('audience', this.audience, labelled(audienceLabels))}
      ${this._renderSelect('onlineLevel', this.onlineLevel, labelled(onlineLevelLabels))}
      ${filtered ? html`<div><button class="button secondary" type="button" @click=${this._clearFilters}>${this.t('clearFilters')}</button></div>` : nothing}
    </fieldset>`;
  }

  private _renderResults(): TemplateResult | typeof nothing {
    if (!this._submitted) return nothing;
    const heading = html`<h2 tabindex="-1" id="results-heading" aria-level=${clamp(this.headingLevel, 2, 6, 2)}>${this.t('results')}</h2>`;
    return html`<section class="results" part="results" aria-labelledby="results-heading">
      ${heading}
      ${this._results.render({
        pending: () => html`<p class="muted">${this.t('loading')}</p>`,
        error: (error) => html`<div class="alert" role="alert">
          <p>${errorMessage(error, this.locale)}</p>
          <button class="button secondary" type="button" @click=${() => this._results.run()}>${this.t('retry')}</button>
        </div>`,
        complete: (page) => (page ? this._renderPage(page) : nothing),
      })}
    </section>`;
  }

  private _renderPage(page: ServiceSearchResult): TemplateResult {
    const count = page.total === 1 ? 'resultCount.one' : 'resultCount.other';
    const pageNumber = this._cursors.length;
    const hasNext = Boolean(page.nextCursor);
    return html`
      <p class="count">${page.total === 0 ? this.t('noResults') : this.t(count, { count: page.total })}</p>
      ${page.data.length ? html`<ol class="list" start=${(pageNumber - 1) * clamp(this.pageSize, 1, 100, 10) + 1}>
        ${page.data.map((service) => this._renderResult(service))}
      </ol>` : nothing}
      ${pageNumber > 1 || hasNext ? html`<nav part="pagination" aria-label=${this.t('pagination')}>
        <button class="button secondary" type="button" ?disabled=${pageNumber <= 1} @click=${() => this._goTo(undefined, true)}>${this.t('previous')}</button>
        <span>${this.t('page', { page: pageNumber })}</span>
        <button class="button secondary" type="button" ?disabled=${!hasNext} @click=${() => this._goTo(page.nextCursor, false)}>${this.t('next')}</button>
      </nav>` : nothing}
    `;
  }

  private _renderResult(service: ServiceSummary): TemplateResult {
    const href = this.detailHref ? fillHref(this.detailHref, { code: service.code }) : undefined;
    const time = service.processingTime;
    const fee = service.feeFrom === null ? this.t('feeVaries') : service.feeFrom === 0 ? this.t('feeFree') : formatVnd(this.locale, service.feeFrom);
    return html`<li part="result">
      <p class="title">
        ${href
          ? html`<a href=${href} @click=${(event: MouseEvent) => this._onResultClick(event, service)}>${service.name}</a>`
          : html`<button class="linkish" type="button" @click=${() => this._choose(service)}>${service.name}</button>`}
        ${service.status === 'replaced' ? html`<span class="badge">${this.t('replaced')}</span>` : nothing}
      </p>
      <dl>
        <div><dt>${this.t('code')}:</dt><dd class="code">${service.code}</dd></div>
        <div><dt>${this.t('agency')}:</dt><dd>${service.agency.name}</dd></div>
        <div><dt>${this.t('level')}:</dt><dd>${levelLabels[service.level][this.locale]}</dd></div>
        <div><dt>${this.t('onlineLevel')}:</dt><dd>${onlineLevelLabels[service.onlineLevel][this.locale]}</dd></div>
        ${time ? html`<div><dt>${this.t('processingTime')}:</dt><dd>${formatDuration(this.locale, time, this.strings)}</dd></div>` : nothing}
        <div><dt>${this.t('fee')}:</dt><dd>${fee}</dd></div>
      </dl>
    </li>`;
  }

  protected override updated(): void {
    this._focusNewPage();
    // Counts are announced from the data the user sees, debounced.
    const options = this._options();
    if (this._open && this._suggestions.status === TaskStatus.COMPLETE && this._suggestions.value?.q === this._text.trim() && this._debounced.length >= MIN_SUGGEST_CHARS) {
      const text = options.length === 0 ? this.t('noSuggestions') : this.t(options.length === 1 ? 'suggestionCount.one' : 'suggestionCount.other', { count: options.length });
      if (text !== this.#lastSuggestionAnnouncement) {
        this.#lastSuggestionAnnouncement = text;
        this._announce(text);
      }
    }
    const page = this._results.status === TaskStatus.COMPLETE ? this._results.value : undefined;
    if (page && page !== this.#announcedPage) {
      this.#announcedPage = page;
      this._announce(page.total === 0 ? this.t('noResults') : this.t(page.total === 1 ? 'resultCount.one' : 'resultCount.other', { count: page.total }), 100);
    }
  }

  #lastSuggestionAnnouncement = '';
  #announcedPage: ServiceSearchResult | undefined;
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-search': DvcServiceSearch;
  }
  interface HTMLElementEventMap {
    'dvc-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
