import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Audience, Level, OnlineLevel, Sector, ServiceSearchParams, ServiceSearchResult, ServiceSummary } from '@dvc-kit/sdk';
import { DvcElement } from '../shared/dvc-element.js';
import { errorMessage } from '../shared/errors.js';
import { base } from '../shared/styles.js';
import { recall, remember } from '../shared/storage.js';
import { fillHref } from '../shared/url.js';
import { cachedSearch } from './cache.js';
import {
  ANNOUNCE_DELAY_MS, clamp, FILTER_NAMES, MIN_SUGGEST_CHARS, shownFromUrl, SUGGEST_DELAY_MS, writeShown, type FilterName, type Filters, type Shown,
} from './state.js';
import { comboboxKey, renderCombobox, renderFilters, renderResults, summary, type SearchView } from './view.js';
import { strings, type SearchKey } from './dvc-service-search.strings.js';
import { styles } from './dvc-service-search.styles.js';
import { services } from '@dvc-kit/sdk/services';

/** Detail of `dvc-service-select`: the procedure a person chose. */
export interface ServiceSelectDetail {
  code: string;
  service: ServiceSummary;
}

/**
 * Search of administrative procedures (thủ tục hành chính): a combobox that suggests procedures as
 * the person types (with or without Vietnamese accents), filters with counts, and a paged list of
 * results. Follows the WAI-ARIA APG editable combobox with list autocomplete: input, listbox and
 * options share one shadow root, so `aria-activedescendant` works in every browser.
 *
 * @tagname dvc-service-search
 * @summary Search procedures, with suggestions, filters and paged results.
 *
 * @fires dvc-service-select - A procedure was chosen (a suggestion, a result or a popular procedure). Detail: `{ code, service }`. Cancelable: cancel it to stop the navigation to `detail-href`.
 *
 * @csspart form - The search form.
 * @csspart input - The text field (the combobox).
 * @csspart listbox - The suggestions popup.
 * @csspart option - Each suggestion.
 * @csspart submit - The search button.
 * @csspart filters - The filters' fieldset.
 * @csspart results - The results region.
 * @csspart result - Each result (and each popular procedure).
 * @csspart popular - The most used procedures, listed when nothing matches every word.
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
    agency: {},
    province: {},
    hideFilters: { attribute: 'hide-filters', type: Boolean },
    urlState: { attribute: 'url-state', type: Boolean },
    detailHref: { attribute: 'detail-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _text: { state: true },
    _debounced: { state: true },
    _open: { state: true },
    _active: { state: true },
    _shown: { state: true },
    _place: { state: true },
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
  /** Implementing agency (cơ quan thực hiện) code preset as a filter, e.g. `000.00.00.G02`. */
  declare agency: string;
  /** Hides the filters (presets still apply; the remembered province does not). */
  declare hideFilters: boolean;
  /**
   * Keeps the query, filters and page in the page's URL (`tt-q`, `tt-page`, `tt-sector`… see the
   * README): each search adds a history entry, Back and Forward show those results again, a link shows them.
   */
  declare urlState: boolean;
  /** Link of a procedure's page, `{code}` replaced, e.g. `/thu-tuc?ma={code}`. Without it, results are buttons that only fire `dvc-service-select`. */
  declare detailHref: string;
  /** Level of the results heading (2–6). Default 2. */
  declare headingLevel: number;

  declare _text: string;
  declare _debounced: string;
  declare _open: boolean;
  declare _active: number;
  /** What the results list shows: the query, filters and page of the last search, or none yet. @internal */
  declare _shown: Shown | undefined;
  /** The province the visitor chose (code and name), remembered on the site; `''` for all. @internal */
  declare _place: { code: string; name: string };

  protected readonly catalogue = strings;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focusResults = false;
  /** How the next update writes the URL (with `url-state`): a new history entry or in place. */
  #urlWrite: 'push' | 'replace' | undefined;
  /** The filters before any search: what Back to that point restores. */
  #initialFilters: Filters | undefined;

  constructor() {
    super();
    this.query = '';
    this.pageSize = 10;
    this.suggestionLimit = 8;
    this.sector = '';
    this.level = '';
    this.audience = '';
    this.onlineLevel = '';
    this.agency = '';
    this.province = '';
    this.hideFilters = false;
    this.urlState = false;
    this.detailHref = '';
    this.headingLevel = 2;
    this._text = '';
    this._debounced = '';
    this._open = false;
    this._active = -1;
    this._shown = undefined;
    this._place = { code: '', name: '' };
    try {
      const place = JSON.parse(recall('province') ?? '') as { code?: unknown; name?: unknown };
      if (typeof place.code === 'string' && /^\d{2}$/.test(place.code)) this._place = { code: place.code, name: String(place.name ?? place.code) };
    } catch {
      // Nothing remembered (or not by this version).
    }
  }

  /** Suggestions for what is typed; a new run aborts the previous request. @internal */
  private _suggestions = new Task(this, {
    task: async ([q, filters], { signal }): Promise<{ q: string; data: ServiceSummary[] }> => {
      if (q.length < MIN_SUGGEST_CHARS) return { q, data: [] };
      const result = await cachedSearch(this.api(services), this._params(q, JSON.parse(filters) as Filters, clamp(this.suggestionLimit, 1, 20, 8)), signal);
      return { q, data: result.data };
    },
    // Primitives only: a Task re-runs when any argument is !== its previous value.
    args: () => [this._debounced, JSON.stringify(this._filters()), this.province, this.connection] as const,
  });

  /** The results page; a new run aborts the previous request. @internal */
  private _results = new Task(this, {
    task: async ([shown, size], { signal }): Promise<ServiceSearchResult | undefined> => {
      if (!shown) return undefined;
      const params = this._params(shown.q, shown.filters, size);
      const result = await cachedSearch(this.api(services), shown.page > 1 ? { ...params, page: shown.page } : params, signal);
      // A page past the end (an old link, or results that shrank): the last page instead of an empty list.
      const last = Math.ceil(result.total / size);
      if (result.data.length === 0 && shown.page > 1 && last >= 1 && last < shown.page && this._shown === shown) {
        this._shown = { ...shown, page: last };
        this.#urlWrite = 'replace';
      }
      return result;
    },
    args: () => [this._shown, clamp(this.pageSize, 1, 100, 10), this.province, this.connection] as const,
  });

  /** Sectors for the filter, loaded once. @internal */
  private _sectors = new Task(this, {
    task: async ([hide], { signal }): Promise<Sector[]> => (hide ? [] : this.api(services).sectors({ signal })),
    args: () => [this.hideFilters, this.connection] as const,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    // Another province's results start from the first page.
    if (changed.has('province') && changed.get('province') !== undefined && this._shown) this._shown = { ...this._shown, page: 1 };
    this.#initialFilters ??= this._filters();
    if (changed.has('query') && this.query !== this._text) {
      this._text = this.query;
      if (this.query) this._show(this.query.trim(), this.hasUpdated ? 'push' : 'replace');
    }
    if (!this.hasUpdated) this._restore(false); // a link's results (url-state) win over the attributes
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onHistory);
    addEventListener('pageshow', this.#onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onHistory);
    removeEventListener('pageshow', this.#onHistory);
    clearTimeout(this.#suggestTimer);
    clearTimeout(this.#announceTimer);
  }

  /**
   * Back or Forward (`popstate`), or a page shown again from the back-forward cache (`pageshow`,
   * `persisted`): the results are the URL's (with `url-state`), and the box says what they are the
   * results for, not the name of a procedure opened from them.
   */
  #onHistory = (event: Event): void => {
    if (event.type === 'popstate' || (event as PageTransitionEvent).persisted) this._restore(true);
  };

  /** Shows the URL's results (with `url-state`); then the box shows the query of the results shown. */
  private _restore(fromHistory: boolean): void {
    const state = this.urlState ? shownFromUrl(this._offersProvince()) : undefined;
    if (state) {
      if (JSON.stringify(state) !== JSON.stringify(this._shown)) {
        this._applyFilters(state.filters);
        this._shown = state;
      }
      this.#urlWrite = undefined;
    } else if (fromHistory && this.urlState && this._shown) {
      // The entry from before the first search.
      this._applyFilters(this.#initialFilters!);
      this._shown = undefined;
      this._text = this.query = '';
    }
    if (this._shown && (fromHistory || state)) this._text = this.query = this._shown.q;
    if (fromHistory) this._close();
  }

  /** Runs a search of `query` (or the current text) and shows the results, as pressing Search does. */
  search(query: string = this._text): void {
    this._text = query;
    this._submit();
  }

  /** Whether the visitor chooses the province: not on a provincial portal (`province`), not with hidden filters. */
  private _offersProvince(): boolean {
    return !this.province && !this.hideFilters;
  }

  private _filters(): Filters {
    return {
      sector: this.sector, level: this.level, audience: this.audience, onlineLevel: this.onlineLevel, agency: this.agency,
      province: this._offersProvince() ? this._place.code : '',
    };
  }

  private _applyFilters(filters: Filters): void {
    ({ sector: this.sector, level: this.level, audience: this.audience, onlineLevel: this.onlineLevel, agency: this.agency } = filters);
    if (this._offersProvince() && filters.province !== this._place.code) {
      this._place = { code: filters.province, name: this._facetLabel('province', filters.province) ?? filters.province };
    }
  }

  private _params(q: string, filters: Filters, limit: number): ServiceSearchParams {
    const params: ServiceSearchParams = { limit };
    if (q) params.q = q;
    const province = /^\d{2}$/.test(this.province) ? this.province : filters.province;
    if (province) params.province = province;
    for (const name of FILTER_NAMES) if (filters[name] && name !== 'province') (params as Record<string, string>)[name] = filters[name];
    return params;
  }

  /** Shows the results of `q` under the current filters, from page `page`, and says how the URL follows. */
  private _show(q: string, write: 'push' | 'replace', page = 1): void {
    this._shown = { q, filters: this._filters(), page };
    this.#urlWrite = write;
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
    comboboxKey(event, {
      options: this._options(), active: this._active, open: this._open, text: this._text,
      setActive: (index) => { this._active = index; },
      reopen: () => (this._open = this._text.trim().length >= MIN_SUGGEST_CHARS),
      choose: (service) => this._choose(service), close: () => this._close(),
      clear: () => { this._text = ''; this._debounced = ''; },
    });
  }


  private _close(): void {
    this._open = false;
    this._active = -1;
  }

  private _onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this._close();
  }

  /**
   * A procedure chosen: from the suggestions (the box takes its name and, when results are shown,
   * they become that name's, so the box always says what the results are for) or from the results
   * (the box keeps the query they answer).
   */
  private _choose(service: ServiceSummary, from: 'suggestion' | 'result' = 'suggestion'): void {
    this._close();
    if (from === 'suggestion') {
      this._text = service.name;
      this._debounced = service.name.trim();
      if (this._shown) {
        this.query = service.name;
        this._show(service.name.trim(), 'push');
      }
    }
    const href = this.detailHref ? fillHref(this.detailHref, { code: service.code }) : undefined;
    const proceed = this.emit<ServiceSelectDetail>('dvc-service-select', { code: service.code, service }, { cancelable: true });
    if (proceed && href) location.assign(href);
  }

  private _onResultClick(event: MouseEvent, service: ServiceSummary): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // new tab/window: let the browser do it
    event.preventDefault();
    this._choose(service, 'result');
  }

  private _submit(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.#suggestTimer);
    this._close();
    this.query = this._text;
    this._show(this._text.trim(), 'push');
    this.#focusResults = false;
  }

  private _onFilter(name: FilterName, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const filters = { ...this._filters(), [name]: value };
    if (name === 'province') {
      filters.agency = ''; // agencies belong to a province
      this._place = { code: value, name: this._facetLabel('province', value) ?? value };
      remember('province', value ? JSON.stringify(this._place) : undefined);
    }
    this._refilter(filters);
  }

  /** Clears the filters; the province chosen stays (a choice remembered on the site, with its own "all"). */
  private _clearFilters(): void {
    this._refilter({ sector: '', level: '', audience: '', onlineLevel: '', agency: '', province: this._place.code });
  }

  private _refilter(filters: Filters): void {
    this._applyFilters(filters);
    this._show(this._shown?.q ?? this._text.trim(), 'push');
  }

  private _goTo(page: number): void {
    this._show(this._shown!.q, 'push', page);
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

  /** What the filters and results are drawn with (./view.ts). */
  private _view(): SearchView {
    return {
      locale: this.locale, strings: this.strings ?? {}, detailHref: this.detailHref, headingLevel: this.headingLevel, pageSize: this.pageSize,
      t: (key, params) => this.t(key, params),
      n: (key, count) => this.n(key, count),
      choose: (service, event) => (event ? this._onResultClick(event, service) : this._choose(service, 'result')),
    };
  }

  override render(): TemplateResult {
    const view = this._view();
    return html`
      <form role="search" part="form" @submit=${this._submit} novalidate>
        ${this._renderCombobox()}
        ${this.hideFilters ? nothing : renderFilters(view, {
          values: this._filters(), facets: this._results.value?.facets, sectors: this._sectors.value ?? [],
          province: this._offersProvince() ? this._place : undefined,
          onFilter: (name, event) => this._onFilter(name, event), onClear: () => this._clearFilters(),
        })}
      </form>
      <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      ${renderResults(view, this._shown, this._results, (page) => this._goTo(page))}
    `;
  }

  private _renderCombobox(): TemplateResult {
    const options = this._options();
    const pending = this._open && (this._suggestions.status === TaskStatus.PENDING || this._debounced !== this._text.trim());
    const failed = this._open && this._suggestions.status === TaskStatus.ERROR;
    return renderCombobox(this._view(), {
      text: this._text, options, active: this._active,
      expanded: this._open && (options.length > 0 || (!pending && this._debounced.length >= MIN_SUGGEST_CHARS)),
      failure: failed ? errorMessage(this._suggestions.error, this.locale) : undefined,
      onInput: (event) => this._onInput(event), onKeyDown: (event) => this._onKeyDown(event), onFocusOut: (event) => this._onFocusOut(event),
      onChoose: (service) => this._choose(service), onHover: (index) => { if (this._active !== index) this._active = index; },
    });
  }


  private _facetLabel(name: 'province' | 'agency', value: string): string | undefined {
    return this._results.value?.facets[name].find((f) => f.value === value)?.label;
  }

  protected override updated(): void {
    if (this.#urlWrite && this._shown) {
      if (this.urlState) writeShown(this._shown, this.#urlWrite === 'push');
      this.#urlWrite = undefined;
    }
    this._focusNewPage();
    // Counts are announced from the data the user sees, debounced.
    const options = this._options();
    if (this._open && this._suggestions.status === TaskStatus.COMPLETE && this._suggestions.value?.q === this._text.trim() && this._debounced.length >= MIN_SUGGEST_CHARS) {
      const text = options.length === 0 ? this.t('noSuggestions') : this._view().n('suggestionCount', options.length);
      if (text !== this.#lastSuggestionAnnouncement) {
        this.#lastSuggestionAnnouncement = text;
        this._announce(text);
      }
    }
    const page = this._results.status === TaskStatus.COMPLETE ? this._results.value : undefined;
    if (page && page !== this.#announcedPage) {
      this.#announcedPage = page;
      this._announce(summary(this._view(), page, this._shown!).join(' '), 100);
    }
  }

  #lastSuggestionAnnouncement = '';
  #announcedPage: ServiceSearchResult | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-search': DvcServiceSearch;
  }
  interface HTMLElementEventMap {
    'dvc-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
