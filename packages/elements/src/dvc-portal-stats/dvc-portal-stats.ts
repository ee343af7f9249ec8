import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { QualityIndexPart, Stats, StatsRatio } from '@dvc-kit/sdk/contract';
import { currentStatsYear, dossierStatusInfo, qualityIndexGroupLabels, qualityIndexPartLabels } from '@dvc-kit/sdk/contract';
import { formatDate } from '@dvc-kit/sdk/core';
import { stats } from '@dvc-kit/sdk/stats';
import { agencyName } from '../shared/catalogue.js';
import { ConfigurationError } from '../shared/config.js';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { canRetry, errorMessage } from '../shared/errors.js';
import { formatNumber, formatVnd } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { strings, type PortalStatsKey } from './dvc-portal-stats.strings.js';
import { styles } from './dvc-portal-stats.styles.js';

/** Detail of `dvc-portal-stats-load`. */
export interface DvcPortalStatsLoadDetail {
  /** The figures shown, as `GET /v1/stats` answered them. */
  stats: Stats;
}

/** A period as the picker holds it: `year` alone, or with its quarter (1–4) or month (1–12). */
interface PeriodChoice {
  kind: 'year' | 'quarter' | 'month';
  year: number;
  /** The quarter or the month; unused for a year. */
  part: number;
}

/** The agency table's columns, by which it sorts. */
type SortKey = 'name' | 'received' | 'finished' | 'onTime' | 'online';
type Direction = 'ascending' | 'descending';

type StatsArgs = [province: string | undefined, agency: string | undefined, period: string | undefined, connection: string];

const VN_OFFSET_MS = 7 * 3600_000;
/** The years the picker offers: the year under way and the four before it. */
const YEARS_OFFERED = 5;
/** The order of the tiles: the headline rates first. */
const tileParts: readonly QualityIndexPart[] = [
  'onTime', 'onlineDossiers', 'onlinePayments', 'satisfaction', 'petitionsOnTime', 'onlineProcedures', 'progressPublished', 'digitised',
];
const tileUnits: Partial<Record<QualityIndexPart, PortalStatsKey>> = {
  onlinePayments: 'countFeeDossiers', onlineProcedures: 'countProcedures', petitionsOnTime: 'countPetitions',
};

const trimmed = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** `2026` → year, `2026-Q4` → quarter, `2026-11` → month; null when it is none of them. */
function parsePeriod(value: string | undefined): PeriodChoice | null {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'month', year, part: Number(match[2]) };
  if (match[3]) return { kind: 'quarter', year, part: Number(match[3]) };
  return { kind: 'year', year, part: 1 };
}

function periodValue(choice: PeriodChoice): string {
  if (choice.kind === 'year') return String(choice.year);
  return choice.kind === 'quarter' ? `${choice.year}-Q${choice.part}` : `${choice.year}-${String(choice.part).padStart(2, '0')}`;
}

/** `March` (en) or `tháng 3` (vi). */
const monthName = (locale: 'vi' | 'en', month: number): string =>
  new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

/** The year and month (1–12) under way in Vietnam. */
function vietnamNow(): { year: number; month: number } {
  const now = new Date(Date.now() + VN_OFFSET_MS);
  return { year: Number(currentStatsYear(new Date())), month: now.getUTCMonth() + 1 };
}

/**
 * The public figures of the National Public Service Portal (Decision 766/QĐ-TTg's service-quality
 * index) for the whole country, a province (`province`) or an agency (`agency`), over a year, a
 * quarter or a month (`period`, or the picker): tiles for the headline rates with their counts, the
 * index's five groups as bars with the total out of 100, dossiers by status 1–10, the last 12 months,
 * and a sortable table by agency. Each chart is an image with a name and has a table with the same
 * numbers behind a disclosure. A part with no data says so and scores nothing.
 *
 * @tagname dvc-portal-stats
 * @summary Public figures: the service-quality index, dossiers by status, 12 months, agencies.
 *
 * @fires dvc-portal-stats-load - Figures were shown (first load, a new period or scope, a retry). {@link DvcPortalStatsLoadDetail}
 *
 * @csspart period - The period picker (a form).
 * @csspart status - The live summary (loading, which figures, when computed).
 * @csspart error - The message shown when the figures cannot be loaded.
 * @csspart tiles - The list of headline rates.
 * @csspart tile - One headline rate.
 * @csspart overview - The counts of dossiers, procedures, payments and petitions.
 * @csspart index - The index's section (total and bars).
 * @csspart statuses - The section of dossiers by status.
 * @csspart trend - The 12 months' section.
 * @csspart chart - Each chart (an image with a name).
 * @csspart data - Each chart's table equivalent (a disclosure).
 * @csspart agencies - The agencies' table.
 *
 * @cssprop --dvc-color-primary - Bars, finished dossiers in the trend, sort buttons.
 * @cssprop --dvc-color-muted - Received dossiers in the trend, tracks with no data.
 * @cssprop --dvc-color-focus - The on-time line of the trend.
 * @cssprop --dvc-color-border - Tiles, tables and bar tracks.
 * @cssprop --dvc-color-surface-alt - Tiles' and tracks' background.
 */
export class DvcPortalStats extends DvcElement<PortalStatsKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    province: {},
    agency: {},
    period: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    _choice: { state: true },
    _sort: { state: true },
  };

  /** Province code (`46`): that province's figures. Empty (and no `agency`): the whole country. */
  declare province: string;
  /** Agency code (`000.00.01.H56`): that agency's figures (instead of a province's). */
  declare agency: string;
  /**
   * The period: a year (`2026`), a quarter (`2026-Q4`) or a month (`2026-11`), in Vietnam's time.
   * Empty: the year under way. The picker sets it.
   */
  declare period: string;
  /** Level of the widget's heading (2–6, default 2, as `aria-level`), so it fits the page's outline; each part (tiles, index, status, trend, agencies) is one level deeper. */
  declare headingLevel: number;
  /** The picker's choice not yet shown (undefined: the period shown). @internal */
  declare _choice: PeriodChoice | undefined;
  /** How the agency table is sorted (undefined: as the API lists them). @internal */
  declare _sort: { key: SortKey; direction: Direction } | undefined;

  protected readonly catalogue = strings;

  private readonly _stats = new Task<StatsArgs, Stats>(this, {
    // The connection re-runs the task when the page's configuration arrives late or changes.
    args: () => [trimmed(this.agency) ? undefined : trimmed(this.province), trimmed(this.agency), trimmed(this.period), this.connection],
    task: async ([province, agency, period], { signal }) =>
      await this.api(stats).get({ ...(province ? { province } : {}), ...(agency ? { agency } : {}), ...(period ? { period } : {}) }, { signal }),
    onComplete: (figures) => this.emit<DvcPortalStatsLoadDetail>('dvc-portal-stats-load', { stats: figures }),
  });

  constructor() {
    super();
    this.province = '';
    this.agency = '';
    this.period = '';
    this.headingLevel = 2;
  }

  /** The `aria-level` of each part's heading: one below the widget's. */
  private _level(): number {
    return headingLevel(this.headingLevel, 1);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A period set from outside replaces what the picker held.
    if (changed.has('period')) this._choice = undefined;
  }

  /** What the picker shows: the reader's choice, else the period asked for, else the one shown, else the year under way. */
  private _picked(): PeriodChoice {
    return this._choice ?? parsePeriod(trimmed(this.period)) ?? parsePeriod(this._stats.value?.period.value)
      ?? { kind: 'year', year: vietnamNow().year, part: 1 };
  }

  override render(): TemplateResult {
    const figures = this._stats.value;
    const status = this._stats.status;
    return html`<section aria-labelledby="heading">
      <h2 id="heading" aria-level=${headingLevel(this.headingLevel)}>${this.t('heading')}</h2>
      ${this._renderPicker()}
      <p class="status" part="status" role="status">${this._statusText()}</p>
      ${status === TaskStatus.ERROR ? this._renderError(this._stats.error) : nothing}
      ${figures && status !== TaskStatus.ERROR
        ? html`<div class="figures" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>
            ${this._renderTiles(figures)} ${this._renderOverview(figures)}
            <div class="charts">${this._renderIndex(figures)} ${this._renderStatuses(figures)}</div>
            ${this._renderTrend(figures)} ${this._renderAgencies(figures)}
          </div>`
        : nothing}
    </section>`;
  }

  // ─── Period ──────────────────────────────────────────────────────────────────────────────────

  private _renderPicker(): TemplateResult {
    const choice = this._picked();
    const now = vietnamNow();
    const years = Array.from({ length: YEARS_OFFERED }, (_, i) => now.year - i);
    if (!years.includes(choice.year)) years.push(choice.year);
    years.sort((a, b) => b - a);
    const count = choice.kind === 'quarter' ? 4 : 12;
    // Only periods that have begun: the API refuses the others.
    const last = choice.year < now.year ? count : choice.kind === 'quarter' ? Math.ceil(now.month / 3) : now.month;
    const parts = Array.from({ length: Math.max(1, Math.min(count, last)) }, (_, i) => i + 1);
    // Selects: `?selected` sets the first render (their bindings run before their options exist), a
    // `live` `.value` the later ones.
    return html`<form class="period" part="period" @submit=${this._onSubmit}>
      <fieldset>
        <legend>${this.t('periodLegend')}</legend>
        <div class="period-fields">
          <div class="field">
            <label for="period-kind">${this.t('periodKind')}</label>
            <select id="period-kind" .value=${live(choice.kind)} @change=${this._onKind}>
              ${(['year', 'quarter', 'month'] as const).map((kind) => html`<option value=${kind} ?selected=${choice.kind === kind}>
                ${this.t(kind === 'year' ? 'kindYear' : kind === 'quarter' ? 'kindQuarter' : 'kindMonth')}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="period-year">${this.t('year')}</label>
            <select id="period-year" .value=${live(String(choice.year))} @change=${this._onYear}>
              ${years.map((year) => html`<option value=${year} ?selected=${choice.year === year}>${year}</option>`)}
            </select>
          </div>
          ${choice.kind === 'year'
            ? nothing
            : html`<div class="field">
                <label for="period-part">${this.t(choice.kind)}</label>
                <select id="period-part" .value=${live(String(choice.part))} @change=${this._onPart}>
                  ${parts.map((part) => html`<option value=${part} ?selected=${choice.part === part}>
                    ${this.t(choice.kind === 'quarter' ? 'quarterOption' : 'monthOption', { quarter: String(part), month: String(part) })}</option>`)}
                </select>
              </div>`}
          <div class="field">
            <button type="submit" class="button">${this.t('show')}</button>
          </div>
        </div>
      </fieldset>
    </form>`;
  }

  /** Keeps a choice within the periods that have begun (a quarter or month of the year under way). */
  private _clamp(choice: PeriodChoice): PeriodChoice {
    const now = vietnamNow();
    if (choice.kind === 'year' || choice.year < now.year) return choice;
    const last = choice.kind === 'quarter' ? Math.ceil(now.month / 3) : now.month;
    return { ...choice, part: Math.min(choice.part, last) };
  }

  private _onKind(event: Event): void {
    const kind = (event.target as HTMLSelectElement).value as PeriodChoice['kind'];
    const current = this._picked();
    if (kind === current.kind) return;
    // From a year to its last quarter or month; from a month to its quarter; the other way, their first.
    const part = kind === 'year' ? 1
      : current.kind === 'year' ? (kind === 'quarter' ? 4 : 12)
      : kind === 'quarter' ? Math.ceil(current.part / 3) : (current.part - 1) * 3 + 1;
    this._choice = this._clamp({ kind, year: current.year, part });
  }

  private _onYear(event: Event): void {
    this._choice = this._clamp({ ...this._picked(), year: Number((event.target as HTMLSelectElement).value) });
  }

  private _onPart(event: Event): void {
    this._choice = { ...this._picked(), part: Number((event.target as HTMLSelectElement).value) };
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    const value = periodValue(this._picked());
    // The period shown asked again: fresh figures (they are computed when asked).
    if (value === trimmed(this.period)) void this._stats.run();
    else this.period = value;
  }

  private _periodText(value: string): string {
    const choice = parsePeriod(value);
    if (!choice) return value;
    const year = String(choice.year);
    if (choice.kind === 'year') return this.t('periodYear', { year });
    return choice.kind === 'quarter'
      ? this.t('periodQuarter', { quarter: String(choice.part), year })
      : this.t('periodMonth', { month: String(choice.part), monthName: monthName(this.locale, choice.part), year });
  }

  // ─── States ──────────────────────────────────────────────────────────────────────────────────

  private _statusText(): string {
    const status = this._stats.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) return this.t('loading');
    const figures = this._stats.value;
    if (status !== TaskStatus.COMPLETE || !figures) return '';
    const scope = figures.scope.kind === 'country' ? this.t('country') : figures.scope.name;
    const loaded = this.t('loaded', { period: this._periodText(figures.period.value), scope, time: formatDate(this.locale, figures.generatedAt, true) });
    return figures.dossiers.received === 0 ? `${loaded} ${this.t('noDossiers')}` : loaded;
  }

  private _renderError(error: unknown): TemplateResult {
    // A missing or malformed configuration is for the page's author: plain text, not an alert.
    if (error instanceof ConfigurationError) {
      return html`<div class="alert" part="error"><p>${errorMessage(error, this.locale)}</p></div>`;
    }
    return html`<div class="alert" part="error" role="alert">
      <h3 aria-level=${this._level()}>${this.t('errorTitle')}</h3>
      <p>${errorMessage(error, this.locale)}</p>
      ${canRetry(error) ? html`<button type="button" class="button secondary" @click=${() => void this._stats.run()}>${this.t('retry')}</button>` : nothing}
    </div>`;
  }

  // ─── Numbers ─────────────────────────────────────────────────────────────────────────────────

  private _n(value: number): string {
    return formatNumber(this.locale, value);
  }

  private _points(value: number): string {
    return formatNumber(this.locale, value, { maximumFractionDigits: 1 });
  }

  /** A rate as a percentage, or "no data" when it has none (never 100 % nor full points). */
  private _rate(rate: number | null): string {
    return rate === null ? this.t('noData') : formatNumber(this.locale, rate, { style: 'percent', maximumFractionDigits: 1 });
  }

  private _ratio(ratio: StatsRatio, key: PortalStatsKey = 'ratio'): string {
    return this.t(key, { numerator: ratio.numerator, denominator: ratio.denominator });
  }

  // ─── Tiles and overview ──────────────────────────────────────────────────────────────────────

  private _renderTiles(figures: Stats): TemplateResult {
    return html`<h3 aria-level=${this._level()}>${this.t('tilesHeading')}</h3>
      <ul class="tiles" part="tiles">
        ${tileParts.map((part) => {
          const measure = figures.measures[part];
          const count = part === 'satisfaction'
            ? (figures.ratings.total === 0 ? this.t('noRatings') : this.t('countRatings', { total: figures.ratings.total }))
            : this._ratio(measure, tileUnits[part] ?? 'countDossiers');
          return html`<li class="tile ${measure.rate === null ? 'no-data' : ''}" part="tile" data-part=${part}>
            <span class="tile-label">${qualityIndexPartLabels[part][this.locale]}</span>
            <span class="tile-rate">${this._rate(measure.rate)}</span>
            <span class="tile-count">${count}</span>
          </li>`;
        })}
      </ul>`;
  }

  private _renderOverview(figures: Stats): TemplateResult {
    const { dossiers, services, payments, petitions } = figures;
    const rows: [PortalStatsKey, string][] = [
      ['received', this._n(dossiers.received)],
      ['finished', this._n(dossiers.finished)],
      ['finishedOnTime', this._n(dossiers.finishedOnTime)],
      ['finishedLate', this._n(dossiers.finishedLate)],
      ['overdue', this._n(dossiers.overdue)],
      ['pending', this._n(dossiers.pending)],
      ['procedures', this._n(services.total)],
      ['proceduresOnline', `${this._n(services.fullyOnline)} / ${this._n(services.partlyOnline)}`],
      ['payments', this._n(payments.succeeded)],
      ['paymentsAmount', formatVnd(this.locale, payments.amount)],
      ['petitionsReceived', this._n(petitions.received)],
      ['petitionsAnswered', this._n(petitions.answered)],
    ];
    return html`<h3 aria-level=${this._level()}>${this.t('overviewHeading')}</h3>
      <dl class="overview" part="overview">
        ${rows.map(([key, value]) => html`<div data-key=${key}><dt>${this.t(key)}</dt> <dd>${value}</dd></div>`)}
      </dl>`;
  }

  // ─── Charts ──────────────────────────────────────────────────────────────────────────────────

  /** One horizontal bar: a track as long as `max` and a fill as long as `value`, both out of `scale` (SVG geometry, no styles). */
  private _bar(value: number, max: number, scale: number, noData = false): TemplateResult {
    const pct = (n: number) => `${scale > 0 ? Math.max(0, Math.min(100, (n / scale) * 100)) : 0}%`;
    return html`<svg class="bar ${noData ? 'no-data' : ''}" aria-hidden="true" focusable="false" width="100%" height="16">
      ${svg`<rect class="bar-track" x="0" y="0" width=${pct(max)} height="16"></rect>`}
      ${noData || value <= 0 ? nothing : svg`<rect class="bar-fill" x="0" y="0" width=${pct(value)} height="16"></rect>`}
    </svg>`;
  }

  /** A chart's table equivalent, behind a disclosure (open or closed, its numbers are in the page). */
  private _data(summary: string, table: TemplateResult): TemplateResult {
    return html`<details class="data" part="data">
      <summary>${summary}</summary>
      <div class="table-wrap">${table}</div>
    </details>`;
  }

  private _renderIndex(figures: Stats): TemplateResult {
    const { index } = figures;
    const widest = Math.max(...index.groups.map((g) => g.max));
    const total = { points: this._points(index.total), max: this._n(index.max) };
    return html`<section class="block" part="index" aria-labelledby="index-heading">
      <h3 id="index-heading" aria-level=${this._level()}>${this.t('indexHeading')}</h3>
      <p class="index-total"><strong>${this.t('indexTotal', total)}</strong></p>
      ${index.measuredMax < index.max
        ? html`<p class="muted">${this.t('indexMeasured', { measured: this._points(index.measuredMax), max: this._n(index.max) })}</p>`
        : nothing}
      <div class="chart bars" part="chart" role="img" aria-label=${this.t('indexChart', total)}>
        ${index.groups.map((group) => {
          const noData = group.measuredMax === 0;
          const params = { points: this._points(group.points), max: this._n(group.max), measured: this._points(group.measuredMax) };
          const value = noData ? this.t('groupNoData', params)
            : group.measuredMax < group.max ? this.t('groupPartial', params) : this.t('groupPoints', params);
          return html`<div class="bar-row ${noData ? 'no-data' : ''}" data-group=${group.group}>
            <span class="bar-label">${qualityIndexGroupLabels[group.group][this.locale]}</span>
            <span class="bar-value">${value}</span>
            ${this._bar(group.points, group.max, widest, noData)}
          </div>`;
        })}
      </div>
      ${this._data(this.t('indexTable'), html`<table class="index-table">
        <caption class="visually-hidden">${this.t('indexHeading')}</caption>
        <thead><tr>
          <th scope="col">${this.t('colGroup')}</th><th scope="col">${this.t('colRate')}</th>
          <th scope="col">${this.t('colPoints')}</th><th scope="col">${this.t('colMax')}</th><th scope="col">${this.t('colMeasuredMax')}</th>
        </tr></thead>
        ${index.groups.map((group) => html`<tbody>
          <tr class="group" data-group=${group.group}>
            <th scope="row">${qualityIndexGroupLabels[group.group][this.locale]}</th><td></td>
            <td class="num">${this._points(group.points)}</td><td class="num">${this._n(group.max)}</td><td class="num">${this._points(group.measuredMax)}</td>
          </tr>
          ${group.parts.map((part) => html`<tr class="part" data-part=${part.part}>
            <th scope="row">${qualityIndexPartLabels[part.part][this.locale]}</th><td class="num">${this._rate(part.rate)}</td>
            <td class="num">${this._points(part.points)}</td><td class="num">${this._n(part.max)}</td>
            <td class="num">${this._n(part.rate === null ? 0 : part.max)}</td>
          </tr>`)}
        </tbody>`)}
        <tfoot><tr class="total">
          <th scope="row">${this.t('total')}</th><td></td>
          <td class="num">${this._points(index.total)}</td><td class="num">${this._n(index.max)}</td><td class="num">${this._points(index.measuredMax)}</td>
        </tr></tfoot>
      </table>`)}
    </section>`;
  }

  private _renderStatuses(figures: Stats): TemplateResult {
    const rows = figures.dossiers.byStatus;
    const most = Math.max(0, ...rows.map((r) => r.count));
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    const label = (status: keyof typeof dossierStatusInfo) => dossierStatusInfo[status].label[this.locale];
    return html`<section class="block" part="statuses" aria-labelledby="status-heading">
      <h3 id="status-heading" aria-level=${this._level()}>${this.t('statusHeading')}</h3>
      <div class="chart bars" part="chart" role="img" aria-label=${this.t('statusChart', { total })}>
        ${rows.map((row) => html`<div class="bar-row" data-status=${row.status}>
          <span class="bar-label">${row.code}. ${label(row.status)}</span>
          <span class="bar-value">${this._n(row.count)}</span>
          ${this._bar(row.count, most, most)}
        </div>`)}
      </div>
      ${this._data(this.t('statusTable'), html`<table class="status-table">
        <caption class="visually-hidden">${this.t('statusHeading')}</caption>
        <thead><tr><th scope="col">${this.t('colCode')}</th><th scope="col">${this.t('colStatus')}</th><th scope="col">${this.t('colCount')}</th></tr></thead>
        <tbody>${rows.map((row) => html`<tr data-status=${row.status}>
          <td class="num">${row.code}</td><th scope="row">${label(row.status)}</th><td class="num">${this._n(row.count)}</td>
        </tr>`)}</tbody>
      </table>`)}
    </section>`;
  }

  private _monthText(month: string): string {
    const [year, number] = month.split('-');
    return `${number}/${year}`;
  }

  private _renderTrend(figures: Stats): TemplateResult {
    const months = figures.monthly;
    const most = Math.max(1, ...months.flatMap((m) => [m.received, m.finished]));
    const slot = 100 / Math.max(1, months.length);
    const x = (i: number, offset: number) => `${(i * slot + offset * slot).toFixed(3)}%`;
    const y = (share: number) => `${((1 - share) * 100).toFixed(3)}%`;
    // The on-time line joins months that have a rate; a month without one breaks it.
    const segments: SVGTemplateResult[] = [];
    months.forEach((m, i) => {
      const next = months[i + 1];
      if (m.onTime.rate !== null && next && next.onTime.rate !== null) {
        segments.push(svg`<line class="line-on-time" x1=${x(i, 0.5)} y1=${y(m.onTime.rate)} x2=${x(i + 1, 0.5)} y2=${y(next.onTime.rate)}></line>`);
      }
    });
    const first = months[0]?.month ?? figures.period.value;
    const last = months[months.length - 1]?.month ?? figures.period.value;
    const name = this.t('trendChart', { from: this._monthText(first), to: this._monthText(last), most: this._n(most) });
    return html`<section class="block" part="trend" aria-labelledby="trend-heading">
      <h3 id="trend-heading" aria-level=${this._level()}>${this.t('trendHeading')}</h3>
      <ul class="legend">
        <li><svg aria-hidden="true" focusable="false" width="14" height="14">${svg`<rect class="bar-received" width="14" height="14"></rect>`}</svg>${this.t('trendLegendReceived')}</li>
        <li><svg aria-hidden="true" focusable="false" width="14" height="14">${svg`<rect class="bar-finished" width="14" height="14"></rect>`}</svg>${this.t('trendLegendFinished')}</li>
        <li><svg aria-hidden="true" focusable="false" width="14" height="14">${svg`<line class="line-on-time" x1="0" y1="7" x2="14" y2="7"></line><circle class="dot-on-time" cx="7" cy="7" r="3"></circle>`}</svg>${this.t('trendLegendOnTime')}</li>
      </ul>
      <div class="chart trend-chart" part="chart" role="img" aria-label=${name}>
        <p class="trend-scale muted">${this.t('trendScale', { most: this._n(most) })}</p>
        <svg class="trend" aria-hidden="true" focusable="false" width="100%" height="160">
          ${svg`<line class="axis" x1="0" y1="100%" x2="100%" y2="100%"></line>`}
          ${months.map((m, i) => svg`
            <rect class="bar-received" x=${x(i, 0.12)} y=${y(m.received / most)} width=${x(0, 0.36)} height=${`${((m.received / most) * 100).toFixed(3)}%`}></rect>
            <rect class="bar-finished" x=${x(i, 0.52)} y=${y(m.finished / most)} width=${x(0, 0.36)} height=${`${((m.finished / most) * 100).toFixed(3)}%`}></rect>`)}
          ${segments}
          ${months.map((m, i) => (m.onTime.rate === null ? nothing : svg`<circle class="dot-on-time" cx=${x(i, 0.5)} cy=${y(m.onTime.rate)} r="4"></circle>`))}
        </svg>
        <ol class="months">${months.map((m) => html`<li>${Number(m.month.slice(5))}</li>`)}</ol>
      </div>
      ${this._data(this.t('trendTable'), html`<table class="trend-table">
        <caption class="visually-hidden">${this.t('trendHeading')}</caption>
        <thead><tr>
          <th scope="col">${this.t('colMonth')}</th><th scope="col">${this.t('colReceived')}</th><th scope="col">${this.t('colFinished')}</th>
          <th scope="col">${this.t('colOnTime')}</th><th scope="col">${this.t('colOnline')}</th>
        </tr></thead>
        <tbody>${months.map((m) => html`<tr data-month=${m.month}>
          <th scope="row">${this._monthText(m.month)}</th><td class="num">${this._n(m.received)}</td><td class="num">${this._n(m.finished)}</td>
          <td class="num">${this._rate(m.onTime.rate)} (${this._ratio(m.onTime)})</td>
          <td class="num">${this._rate(m.online.rate)} (${this._ratio(m.online)})</td>
        </tr>`)}</tbody>
      </table>`)}
    </section>`;
  }

  // ─── Agencies ────────────────────────────────────────────────────────────────────────────────

  private _sorted(rows: Stats['agencies']): Stats['agencies'] {
    const sort = this._sort;
    if (!sort) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const value = (row: Stats['agencies'][number]): number | null =>
      sort.key === 'received' ? row.received : sort.key === 'finished' ? row.finished : sort.key === 'onTime' ? row.onTime.rate : sort.key === 'online' ? row.online.rate : null;
    const collator = new Intl.Collator(this.locale === 'vi' ? 'vi-VN' : 'en-GB');
    return [...rows].sort((a, b) => {
      if (sort.key === 'name') return sign * collator.compare(a.name, b.name);
      const [va, vb] = [value(a), value(b)];
      // Rows with no data go last, whichever the direction.
      if (va === null || vb === null) return va === vb ? collator.compare(a.name, b.name) : va === null ? 1 : -1;
      return sign * (va - vb) || collator.compare(a.name, b.name);
    });
  }

  private _sortBy(key: SortKey): void {
    const current = this._sort;
    this._sort = { key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
  }

  private _renderAgencies(figures: Stats): TemplateResult {
    const columns: [SortKey, PortalStatsKey][] = [
      ['name', 'colAgency'], ['received', 'colReceived'], ['finished', 'colFinished'], ['onTime', 'colOnTime'], ['online', 'colOnline'],
    ];
    const header = ([key, label]: [SortKey, PortalStatsKey]) => {
      const sorted = this._sort?.key === key ? this._sort.direction : undefined;
      return html`<th scope="col" aria-sort=${sorted ?? nothing} class=${key === 'name' ? '' : 'num'}>
        <button type="button" class="sort" data-sort=${key} @click=${() => this._sortBy(key)}>${this.t(label)}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button>
      </th>`;
    };
    return html`<section class="block" aria-labelledby="agencies-heading">
      <h3 id="agencies-heading" aria-level=${this._level()}>${this.t('agenciesHeading')}</h3>
      ${figures.agencies.length === 0
        ? html`<p class="empty">${this.t('agenciesEmpty')}</p>`
        : html`<p class="muted" id="sort-hint">${this.t('sortHint')}</p>
          <div class="table-wrap">
            <table class="agencies" part="agencies" aria-describedby="sort-hint">
              <caption>${this.t('agenciesCaption')}</caption>
              <thead><tr>${columns.map(header)}</tr></thead>
              <tbody>${this._sorted(figures.agencies).map((row) => html`<tr data-agency=${row.code}>
                <th scope="row">${agencyName(this.locale, row)}</th><td class="num">${this._n(row.received)}</td><td class="num">${this._n(row.finished)}</td>
                <td class="num">${this._rate(row.onTime.rate)} <span class="ratio">(${this._ratio(row.onTime)})</span></td>
                <td class="num">${this._rate(row.online.rate)} <span class="ratio">(${this._ratio(row.online)})</span></td>
              </tr>`)}</tbody>
            </table>
          </div>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-portal-stats': DvcPortalStats;
  }
  interface HTMLElementEventMap {
    'dvc-portal-stats-load': CustomEvent<DvcPortalStatsLoadDetail>;
  }
}
