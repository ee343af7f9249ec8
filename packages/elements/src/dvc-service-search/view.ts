import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import type { FacetValue, Locale, Sector, ServiceSearchResult, ServiceSummary } from '@dvc-kit/sdk';
import { audienceLabels, levelLabels, onlineLevelLabels } from '@dvc-kit/sdk/contract';
import { formatDuration } from '../shared/duration.js';
import { headingLevel } from '../shared/dvc-element.js';
import { canRetry, errorMessage } from '../shared/errors.js';
import { agencyName } from '../shared/catalogue.js';
import { formatVnd, inVietnamese, type Overrides, type TextParams, vietnamese } from '../shared/localize.js';
import { fillHref } from '../shared/url.js';
import type { SearchKey } from './dvc-service-search.strings.js';
import { clamp, MAX_PAGE, type FilterName, type Filters, type Shown } from './state.js';

// What the search box renders below its field: the filters and the results (with the popular list).
// Plain functions of what the element hands them, so the element keeps its state private.

/** What the filters and results are drawn with. */
export interface SearchView {
  locale: Locale;
  strings: Overrides;
  t(key: SearchKey, params?: TextParams): string;
  /** `key.one` or `key.other`, `{count}` filled in. */
  n(key: 'resultCount' | 'suggestionCount' | 'copies', count: number): string;
  detailHref: string;
  headingLevel: number;
  pageSize: number;
  /** A procedure chosen from the results. */
  choose(service: ServiceSummary, event?: MouseEvent): void;
}

export interface ComboboxState {
  text: string;
  options: ServiceSummary[];
  active: number;
  expanded: boolean;
  /** Why suggestions failed, if they did. */
  failure: string | undefined;
  onInput(event: InputEvent): void;
  onKeyDown(event: KeyboardEvent): void;
  onFocusOut(event: FocusEvent): void;
  onChoose(service: ServiceSummary): void;
  onHover(index: number): void;
}

/**
 * The field: an editable combobox with list autocomplete (WAI-ARIA APG). Input, listbox and options
 * share one shadow root, so `aria-activedescendant` works in every browser.
 */
export function renderCombobox(view: SearchView, c: ComboboxState): TemplateResult {
  const active = c.active >= 0 && c.active < c.options.length ? `option-${c.active}` : undefined;
  return html`
    <div class="field">
      <label for="query" id="query-label">${view.t('label')}</label>
      <span class="hint" id="query-hint">${view.t('hint')}</span>
      <div class="query">
        <div class="combobox">
          <input id="query" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false" maxlength="200"
            aria-autocomplete="list" aria-expanded=${c.expanded ? 'true' : 'false'} aria-controls="listbox"
            aria-activedescendant=${active ?? nothing} aria-describedby="query-hint"
            placeholder=${view.t('placeholder')} .value=${c.text}
            @input=${c.onInput} @keydown=${c.onKeyDown} @focusout=${c.onFocusOut} />
          <ul id="listbox" role="listbox" part="listbox" aria-label=${view.t('suggestions')} ?hidden=${!c.expanded}
            @pointerdown=${(event: Event) => event.preventDefault() /* keeps focus in the input */}>
            ${c.options.length
              ? c.options.map((service, index) => html`
                <li id="option-${index}" role="option" part="option" aria-selected=${index === c.active ? 'true' : 'false'}
                  @click=${() => c.onChoose(service)} @pointermove=${() => c.onHover(index)}>
                  ${inVietnamese(view.locale, service.name)}
                  <span class="meta">${service.code} · ${agencyName(view.locale, service.agency)}</span>
                </li>`)
              : html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${c.failure !== undefined
                ? view.t('suggestionsFailed', { message: c.failure })
                : view.t('noSuggestions')}</li>`}
          </ul>
        </div>
        <button class="button" part="submit" type="submit">${view.t('submit')}</button>
      </div>
    </div>
  `;
}

/** What the combobox's keys act on. */
export interface ComboboxKeys {
  options: ServiceSummary[];
  active: number;
  open: boolean;
  text: string;
  setActive(index: number): void;
  /** Opens the list if enough is typed; returns whether it is open. */
  reopen(): boolean;
  choose(service: ServiceSummary): void;
  close(): void;
  clear(): void;
}

/** The APG combobox keys: arrows move through the suggestions (Alt+Down opens), Enter chooses, Escape closes then clears. */
export function comboboxKey(event: KeyboardEvent, k: ComboboxKeys): void {
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      event.preventDefault();
      if (!k.open) {
        k.reopen();
        if (event.altKey) return;
      }
      if (k.options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      k.setActive(k.active < 0
        ? (step > 0 ? 0 : k.options.length - 1)
        : (k.active + step + k.options.length) % k.options.length);
      return;
    }
    case 'Enter': {
      const chosen = k.active >= 0 ? k.options[k.active] : undefined;
      if (chosen) {
        event.preventDefault();
        k.choose(chosen);
      }
      return; // otherwise the form submits
    }
    case 'Escape':
      if (k.open) {
        event.preventDefault();
        k.close();
      } else if (k.text) {
        event.preventDefault();
        k.clear();
      }
      return;
    case 'Home':
    case 'End':
      k.setActive(-1); // the keys move the caret in the text
      return;
    default:
  }
}

/** What is said above the list, and in the live region: the count, or that nothing matched; whether only some words did. */
export function summary(view: SearchView, page: ServiceSearchResult, shown: Shown): string[] {
  if (page.match === 'none') return [view.t('none', { query: shown.q })];
  const count = page.total === 0 ? view.t('noResults') : view.n('resultCount', page.total);
  return page.match === 'partial' ? [count, view.t('partial')] : [count];
}

export interface FilterState {
  values: Filters;
  /** The province offered as a filter (not on a provincial portal), with the visitor's choice. */
  province: { code: string; name: string } | undefined;
  facets: ServiceSearchResult['facets'] | undefined;
  sectors: Sector[];
  onFilter(name: FilterName, event: Event): void;
  onClear(): void;
}

/** An option of a filter; `vietnamese` when its label is the catalogue's (marked lang="vi" in English). */
interface Option {
  value: string;
  label: string;
  vietnamese?: boolean;
}

/** A filter; a chosen value the results do not list (a preset, a link's, the remembered province) is kept as an option. */
function select(view: SearchView, f: FilterState, name: FilterName, value: string, options: Option[], label = value): TemplateResult {
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label, vietnamese: options.some((o) => o.vietnamese) });
  const counts = f.facets ? new Map(f.facets[name].map((x: FacetValue) => [x.value, x.count])) : undefined;
  const text = (o: { value: string; label: string }) => (counts ? `${o.label} (${counts.get(o.value) ?? 0})` : o.label);
  return html`<div class="field">
    <label for="filter-${name}">${view.t(name)}</label>
    <select id="filter-${name}" name=${name} @change=${(event: Event) => f.onFilter(name, event)}>
      <option value="" .selected=${value === ''}>${view.t('any')}</option>
      ${options.map((o) => html`<option value=${o.value} .selected=${o.value === value} lang=${o.vietnamese ? vietnamese(view.locale) : nothing}>${text(o)}</option>`)}
    </select>
  </div>`;
}

export function renderFilters(view: SearchView, f: FilterState): TemplateResult {
  const { locale } = view;
  const v = f.values;
  const labelled = <T extends string>(labels: Record<T, { vi: string; en: string }>) =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value][locale] }));
  // Names of provinces and agencies are Vietnamese (the placeholder agency is never a facet).
  const fromFacet = (name: 'province' | 'agency') => (f.facets?.[name] ?? []).map(({ value, label }) => ({ value, label, vietnamese: true }));
  const sectors = f.sectors.map((s) => ({ value: s.code, label: s.name }));
  const filtered = Boolean(v.sector || v.level || v.audience || v.onlineLevel || v.agency);
  return html`<fieldset part="filters">
    <legend>${view.t('filters')}</legend>
    ${f.province
      ? select(view, f, 'province', f.province.code, fromFacet('province').sort((a, b) => a.label.localeCompare(b.label, 'vi')), f.province.name)
      : nothing}
    ${select(view, f, 'sector', v.sector, sectors)}
    ${select(view, f, 'level', v.level, labelled(levelLabels))}
    ${select(view, f, 'audience', v.audience, labelled(audienceLabels))}
    ${select(view, f, 'onlineLevel', v.onlineLevel, labelled(onlineLevelLabels))}
    ${select(view, f, 'agency', v.agency, fromFacet('agency'))}
    ${filtered ? html`<div><button class="button secondary" type="button" @click=${f.onClear}>${view.t('clearFilters')}</button></div>` : nothing}
  </fieldset>`;
}

export function renderResults(
  view: SearchView, shown: Shown | undefined, results: Task<readonly unknown[], ServiceSearchResult | undefined>, goTo: (page: number) => void,
): TemplateResult | typeof nothing {
  if (!shown) return nothing;
  return html`<section class="results" part="results" aria-labelledby="results-heading">
    <h2 tabindex="-1" id="results-heading" aria-level=${headingLevel(view.headingLevel)}>${view.t('results')}</h2>
    ${results.render({
      pending: () => html`<p class="muted">${view.t('loading')}</p>`,
      error: (error) => html`<div class="alert" role="alert">
        <p>${errorMessage(error, view.locale)}</p>
        ${canRetry(error) ? html`<button class="button secondary" type="button" @click=${() => results.run()}>${view.t('retry')}</button>` : nothing}
      </div>`,
      complete: (page) => (page ? renderPage(view, page, shown, goTo) : nothing),
    })}
  </section>`;
}

function renderPage(view: SearchView, page: ServiceSearchResult, shown: Shown, goTo: (page: number) => void): TemplateResult {
  const pageNumber = shown.page;
  const size = clamp(view.pageSize, 1, 100, 10);
  const hasNext = pageNumber < MAX_PAGE && pageNumber * size < page.total;
  const [count, notice] = summary(view, page, shown);
  return html`
    <p class="count">${count}</p>
    ${notice ? html`<p class="notice">${notice}</p>` : nothing}
    ${page.data.length ? html`<ol class="list" start=${(pageNumber - 1) * size + 1}>
      ${page.data.map((service) => renderResult(view, service))}
    </ol>` : nothing}
    ${pageNumber > 1 || hasNext ? html`<nav part="pagination" aria-label=${view.t('pagination')}>
      <button class="button secondary" type="button" ?disabled=${pageNumber <= 1} @click=${() => goTo(pageNumber - 1)}>${view.t('previous')}</button>
      <span>${view.t('page', { page: pageNumber })}</span>
      <button class="button secondary" type="button" ?disabled=${!hasNext} @click=${() => goTo(pageNumber + 1)}>${view.t('next')}</button>
    </nav>` : nothing}
    ${page.popular.length ? html`<div class="popular" part="popular">
      <h3 id="popular-heading" aria-level=${headingLevel(view.headingLevel, 1)}>${view.t('popular')}</h3>
      <ol class="list" aria-labelledby="popular-heading">${page.popular.map((service) => renderResult(view, service))}</ol>
    </div>` : nothing}
  `;
}

function renderResult(view: SearchView, service: ServiceSummary): TemplateResult {
  const href = view.detailHref ? fillHref(view.detailHref, { code: service.code }) : undefined;
  const time = service.processingTime;
  const fee = service.feeFrom === null ? view.t('feeVaries') : service.feeFrom === 0 ? view.t('feeFree') : formatVnd(view.locale, service.feeFrom);
  return html`<li part="result">
    <p class="title">
      ${href
        ? html`<a href=${href} @click=${(event: MouseEvent) => view.choose(service, event)} lang=${vietnamese(view.locale)}>${service.name}</a>`
        : html`<button class="linkish" type="button" @click=${() => view.choose(service)} lang=${vietnamese(view.locale)}>${service.name}</button>`}
      ${service.status === 'replaced' ? html`<span class="badge">${view.t('replaced')}</span>` : nothing}
    </p>
    ${service.localCopies ? html`<p class="copies">${view.n('copies', service.localCopies)}</p>` : nothing}
    <dl>
      <div><dt>${view.t('code')}:</dt><dd class="code">${service.code}</dd></div>
      <div><dt>${view.t('agency')}:</dt><dd>${agencyName(view.locale, service.agency)}</dd></div>
      <div><dt>${view.t('level')}:</dt><dd>${levelLabels[service.level][view.locale]}</dd></div>
      <div><dt>${view.t('onlineLevel')}:</dt><dd>${onlineLevelLabels[service.onlineLevel][view.locale]}</dd></div>
      ${time ? html`<div><dt>${view.t('processingTime')}:</dt><dd>${formatDuration(view.locale, time, view.strings)}</dd></div>` : nothing}
      <div><dt>${view.t('fee')}:</dt><dd>${fee}</dd></div>
    </dl>
  </li>`;
}
