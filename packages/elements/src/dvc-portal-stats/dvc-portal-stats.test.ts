import { html } from 'lit';
import type { DvcClient } from '@dvc-kit/sdk';
import { dossierStatusInfo, qualityIndexGroupLabels, qualityIndexPartLabels, type Stats, type StatsQuery } from '@dvc-kit/sdk/contract';
import {
  $, $$, assert, cleanup, click, clockCases, deepActiveElement, equal, expectAccessible, expectOutline, fixture, move, press, resetClock, sandboxClient,
  setClock, submitDossier, tabTo, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcPortalStats, DvcPortalStatsLoadDetail } from './dvc-portal-stats.js';
import './index.js';

let client: DvcClient;
const realFetch = window.fetch;
// A fixed instant (Vietnam's time), so the periods the tests ask for and the picker offers never depend on today.
const NOW = clockCases[0].at;

const vi = {
  number: new Intl.NumberFormat('vi-VN'),
  points: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  percent: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }),
};
const n = (value: number) => vi.number.format(value);
const rate = (value: number | null) => (value === null ? 'Chưa có dữ liệu' : vi.percent.format(value));
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (widget: DvcPortalStats) => text($(widget, '[role=status]'));
const loaded = (widget: DvcPortalStats, what = 'the figures') =>
  waitFor(() => /^(Số liệu|Figures for)/.test(status(widget)) && $(widget, '.figures')?.getAttribute('aria-busy') === 'false', what, 10_000);
/** The cells of a table equivalent's rows, as text: the row header first. */
const rows = (widget: DvcPortalStats, selector: string) =>
  $$(widget, `${selector} tbody tr`).map((tr) => [...tr.children].map((cell) => text(cell)));

/** Holds the figures' requests (the loading state) until `release` is called; other requests go through. */
function holdStats(): { release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === '/v1/stats') await gate;
    return realFetch(request);
  };
  return { release };
}

/** Checks every number the widget shows for `query` against the API's answer for the same query. */
async function expectFigures(widget: DvcPortalStats, query: StatsQuery): Promise<Stats> {
  const expected = await client.stats.get(query);
  equal(text($(widget, '.index-total')), `${vi.points.format(expected.index.total)} / ${expected.index.max} điểm`, 'the index’s total');

  // Tiles: each rate with its numerator and denominator in words, or "no data".
  for (const part of ['onTime', 'onlineDossiers', 'onlinePayments', 'petitionsOnTime', 'onlineProcedures'] as const) {
    const tile = $(widget, `[part~=tile][data-part=${part}]`)!;
    const measure = expected.measures[part];
    equal(text(tile.querySelector('.tile-label')), qualityIndexPartLabels[part].vi, `${part}: label`);
    equal(text(tile.querySelector('.tile-rate')), rate(measure.rate), `${part}: rate`);
    assert(text(tile.querySelector('.tile-count')).startsWith(`${n(measure.numerator)} / ${n(measure.denominator)} `), `${part}: counted in words: ${text(tile)}`);
  }
  const satisfaction = $(widget, '[part~=tile][data-part=satisfaction]')!;
  equal(text(satisfaction.querySelector('.tile-rate')), rate(expected.measures.satisfaction.rate), 'satisfaction');
  equal(text(satisfaction.querySelector('.tile-count')), expected.ratings.total === 0 ? 'Chưa có lượt đánh giá nào' : `Từ ${n(expected.ratings.total)} lượt đánh giá`, 'ratings counted');

  // The index's table equivalent: each group, each of its parts, the total.
  const index = rows(widget, '.index-table');
  const wanted = expected.index.groups.flatMap((group) => [
    [qualityIndexGroupLabels[group.group].vi, '', vi.points.format(group.points), n(group.max), vi.points.format(group.measuredMax)],
    ...group.parts.map((part) => [qualityIndexPartLabels[part.part].vi, rate(part.rate), vi.points.format(part.points), n(part.max), n(part.rate === null ? 0 : part.max)]),
  ]);
  equal(JSON.stringify(index), JSON.stringify(wanted), 'the index’s table');
  equal(JSON.stringify([...$(widget, '.index-table tfoot tr')!.children].map((cell) => text(cell))),
    JSON.stringify(['Tổng', '', vi.points.format(expected.index.total), n(expected.index.max), vi.points.format(expected.index.measuredMax)]), 'the index’s total in the table');
  // The bars say which groups have no data.
  for (const group of expected.index.groups) {
    const row = $(widget, `.bar-row[data-group=${group.group}]`)!;
    equal(row.classList.contains('no-data'), group.measuredMax === 0, `${group.group}: marked when it has no data`);
  }

  // Dossiers by status 1–10, with the portal's names.
  equal(JSON.stringify(rows(widget, '.status-table')), JSON.stringify(expected.dossiers.byStatus.map((row) =>
    [String(row.code), dossierStatusInfo[row.status].label.vi, n(row.count)])), 'dossiers by status');
  // The 12 months.
  equal(JSON.stringify(rows(widget, '.trend-table').map((r) => r.slice(0, 3))), JSON.stringify(expected.monthly.map((m) =>
    [`${m.month.slice(5)}/${m.month.slice(0, 4)}`, n(m.received), n(m.finished)])), 'the 12 months');
  // The agencies (in the API's order until sorted).
  equal(JSON.stringify(rows(widget, 'table.agencies').map((r) => r.slice(0, 3))), JSON.stringify(expected.agencies.map((a) =>
    [a.name, n(a.received), n(a.finished)])), 'the agencies');
  return expected;
}

describe('<dvc-portal-stats>', () => {
  before(async () => {
    await useSandbox();
    client = await sandboxClient();
  });
  afterEach(async () => {
    window.fetch = realFetch;
    cleanup();
    await resetClock();
  });

  describe('with dossiers in Huế in December 2026', () => {
    before(async () => {
      await setClock(NOW);
      // Two dossiers of Huế, one of them handled to the end; and one of Thanh Hóa (another agency).
      const [first] = await Promise.all([submitDossier('1.001193', { province: '46' }), submitDossier('1.001193', { province: '46' }), submitDossier('1.001193', { province: '38' })]);
      // The agency's usual steps, one after the other, to the result returned.
      for (let i = 0, dossier = first.dossier; i < 8 && dossier.status !== 'done'; i++) dossier = await move(dossier.code);
    });
    beforeEach(async () => setClock(NOW));

    it('shows the figures the API computes: tiles, the index, statuses, 12 months, agencies; each chart an image with a name', async () => {
      const loads: DvcPortalStatsLoadDetail[] = [];
      document.addEventListener('dvc-portal-stats-load', (event) => loads.push((event as CustomEvent<DvcPortalStatsLoadDetail>).detail), { once: true });
      const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2026-12"></dvc-portal-stats>`);
      await loaded(widget);
      const expected = await expectFigures(widget, { province: '46', period: '2026-12' });
      assert(expected.dossiers.received >= 2, `Huế's dossiers counted: ${expected.dossiers.received}`);
      assert(status(widget).startsWith(`Số liệu tháng 12/2026 của ${expected.scope.name}, cập nhật lúc `), status(widget));
      equal(loads[0]?.stats.period.value, '2026-12', 'dvc-portal-stats-load told the period');

      const charts = $$(widget, '[role=img]');
      equal(charts.length, 3, 'three charts');
      for (const chart of charts) assert((chart.getAttribute('aria-label') ?? '').length > 20, `a chart named: ${chart.getAttribute('aria-label')}`);
      assert(charts[0]!.getAttribute('aria-label')!.includes(`${vi.points.format(expected.index.total)} / 100 điểm`), 'the index chart’s name has the total');
      equal($$(widget, '[part~=data]').length, 3, 'a table equivalent for each chart');
      equal($$(widget, 'svg [style], [style]').length, 0, 'no style attribute anywhere (strict CSP)');
      await expectAccessible(widget, 'data');
    });

    it("fits the page's outline with heading-level: its heading at that level, each part one deeper", async () => {
      const plain = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2026-12"></dvc-portal-stats>`);
      await loaded(plain);
      equal(expectOutline(plain, 2, 'default'), '2 3 3 3 3 3 3', 'level 2 by default: the widget; tiles, overview, index, statuses, 12 months, agencies');
      cleanup();
      const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats heading-level="3" province="46" period="2026-12"></dvc-portal-stats>`);
      await loaded(widget);
      equal(expectOutline(widget, 3, 'data'), '3 4 4 4 4 4 4', 'the widget; its six parts');
      await expectAccessible(widget, 'heading-level 3');
    });

    it('opens a chart’s table with the keyboard and closes it with the mouse', async () => {
      const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2026-12"></dvc-portal-stats>`);
      await loaded(widget);
      const details = $<HTMLDetailsElement>(widget, '[part~=statuses] details')!;
      const summary = details.querySelector('summary')!;
      equal(details.open, false, 'closed at first');
      await tabTo(summary);
      await press('Enter');
      await waitFor(() => details.open, 'the table open');
      assert(details.querySelector('table')!.getBoundingClientRect().height > 0, 'the table shown');
      await expectAccessible(widget, 'a table equivalent open');
      await click(summary);
      await waitFor(() => !details.open, 'the table closed');
    });

    it('changes the period with the picker, by keyboard and mouse', async () => {
      const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2026-12"></dvc-portal-stats>`);
      await loaded(widget);
      const kind = $<HTMLSelectElement>(widget, '#period-kind')!;
      equal(kind.value, 'month', 'the picker shows the month asked for');
      equal($<HTMLSelectElement>(widget, '#period-part')!.value, '12', 'December');
      await tabTo(kind);
      await press('ArrowUp');
      await widget.updateComplete;
      equal(kind.value, 'quarter', 'a quarter chosen with the arrow keys');
      const part = $<HTMLSelectElement>(widget, '#period-part')!;
      equal(part.value, '4', 'December’s quarter');
      // Only the quarters that have begun (the fourth is under way).
      equal([...part.options].map((o) => o.value).join(), '1,2,3,4', 'quarters offered');
      const show = $<HTMLButtonElement>(widget, '[part~=period] button[type=submit]')!;
      await tabTo(show);
      const seen = new Promise<DvcPortalStatsLoadDetail>((resolve) => widget.addEventListener('dvc-portal-stats-load', (e) => resolve(e.detail), { once: true }));
      await press('Enter');
      equal((await seen).stats.period.value, '2026-Q4', 'the quarter loaded');
      await loaded(widget, 'the quarter');
      equal(widget.period, '2026-Q4', 'the period property follows the picker');
      assert(status(widget).startsWith('Số liệu quý 4 năm 2026'), status(widget));
      await expectFigures(widget, { province: '46', period: '2026-Q4' });

      // The year, by the mouse on the button.
      await tabTo(kind, 40, 'Shift+Tab');
      await press('ArrowUp');
      await widget.updateComplete;
      equal(kind.value, 'year', 'the year chosen');
      equal($(widget, '#period-part'), null, 'no quarter or month for a year');
      await click(show);
      await waitFor(() => widget.period === '2026', 'the year asked for');
      await loaded(widget, 'the year');
      assert(status(widget).startsWith('Số liệu năm 2026'), status(widget));
      await expectFigures(widget, { province: '46', period: '2026' });
    });

    it('sorts the agencies by a column, with the mouse and the keyboard', async () => {
      const expected = await client.stats.get({ period: '2026-12' });
      assert(expected.agencies.length >= 2, `at least two agencies: ${expected.agencies.length}`);
      const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats period="2026-12"></dvc-portal-stats>`);
      await loaded(widget);
      const button = (key: string) => $<HTMLButtonElement>(widget, `table.agencies button[data-sort=${key}]`)!;
      const header = (key: string) => button(key).closest('th')!;
      const column = (i: number) => rows(widget, 'table.agencies').map((r) => r[i]!);
      const numbers = (i: number) => column(i).map((cell) => Number(cell.replace(/\./g, '')));
      equal($$(widget, 'table.agencies th[aria-sort]').length, 0, 'not sorted at first');

      await click(button('received'));
      await widget.updateComplete;
      equal(header('received').getAttribute('aria-sort'), 'ascending', 'sorted by received, ascending');
      const ascending = numbers(1);
      assert(ascending.every((value, i) => i === 0 || ascending[i - 1]! <= value), `ascending: ${ascending.join()}`);
      equal(JSON.stringify([...ascending].sort((a, b) => a - b)), JSON.stringify(expected.agencies.map((a) => a.received).sort((a, b) => a - b)), 'the API’s counts');

      await press('Enter'); // the button keeps focus after the click
      await widget.updateComplete;
      equal(deepActiveElement(), button('received'), 'focus stays on the sort button');
      equal(header('received').getAttribute('aria-sort'), 'descending', 'descending with the keyboard');
      const descending = numbers(1);
      assert(descending.every((value, i) => i === 0 || descending[i - 1]! >= value), `descending: ${descending.join()}`);

      await tabTo(button('name'), 40, 'Shift+Tab');
      await press('Space');
      await widget.updateComplete;
      equal(header('name').getAttribute('aria-sort'), 'ascending', 'by name');
      equal(header('received').getAttribute('aria-sort'), null, 'one sorted column');
      const names = column(0);
      const collator = new Intl.Collator('vi-VN');
      assert(names.every((name, i) => i === 0 || collator.compare(names[i - 1]!, name) <= 0), `names in order: ${names.join(' | ')}`);
      await expectAccessible(widget, 'sorted');
    });
  });

  it('says "no data" for a period without dossiers, and scores nothing for it', async () => {
    const query = { province: '46', period: '2021-03' };
    const expected = await client.stats.get(query);
    equal(expected.dossiers.received, 0, 'no dossiers in Huế in March 2021');
    const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2021-03"></dvc-portal-stats>`);
    await loaded(widget);
    assert(status(widget).endsWith('Chưa có hồ sơ nào trong kỳ này.'), status(widget));
    await expectFigures(widget, query);
    for (const part of ['onTime', 'onlineDossiers', 'onlinePayments', 'satisfaction', 'progressPublished', 'digitised'] as const) {
      const tile = $(widget, `[part~=tile][data-part=${part}]`)!;
      equal(text(tile.querySelector('.tile-rate')), 'Chưa có dữ liệu', `${part}: no data`);
      assert(tile.classList.contains('no-data'), `${part}: marked`);
    }
    for (const group of ['disclosure', 'progress', 'digitisation'] as const) {
      const row = $(widget, `.bar-row[data-group=${group}]`)!;
      assert(row.classList.contains('no-data') && text(row).includes('Chưa có dữ liệu'), `${group}: marked: ${text(row)}`);
      equal(row.querySelector('.bar-fill'), null, `${group}: no bar`);
    }
    assert(!/100\s?%/.test(text($(widget, '[part~=tiles]'))), 'never 100 % for no data');
    equal(text($(widget, '.block .empty')), 'Chưa có cơ quan nào tiếp nhận hồ sơ trong kỳ này.', 'no agency');
    await expectAccessible(widget, 'no data');
  });

  it('says it is loading, keeping the page accessible meanwhile', async () => {
    const held = holdStats();
    const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2021-03"></dvc-portal-stats>`);
    await waitFor(() => status(widget) === 'Đang tải số liệu…', 'the loading state');
    equal($(widget, '.figures'), null, 'no figures yet');
    await expectAccessible(widget, 'loading');
    held.release();
    await loaded(widget);
  });

  it('shows a specific error, and "Thử lại" when asking again may help', async () => {
    let fail = true;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (fail && new URL(request.url).pathname === '/v1/stats') throw new TypeError('Failed to fetch');
      return realFetch(request);
    };
    const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats province="46" period="2021-03"></dvc-portal-stats>`);
    const alert = await waitFor(() => $(widget, '[role=alert]'), 'the error', 10_000);
    equal(text(alert.querySelector('h3')), 'Không tải được số liệu', 'error title');
    equal(expectOutline(widget, 2, 'error'), '2 3', 'the widget, the error');
    assert(text(alert.querySelector('p')).length > 10, `the SDK’s message: ${text(alert)}`);
    await expectAccessible(widget, 'error');
    fail = false;
    await click(alert.querySelector('button')!);
    await loaded(widget, 'the figures after retrying');
    equal($(widget, '[role=alert]'), null, 'error gone');

    // An answer that will not change (an agency the portal does not know): its message, and no dead-end retry.
    widget.removeAttribute('province');
    widget.setAttribute('agency', 'KHONG.CO');
    const refused = await waitFor(() => $(widget, '[role=alert]'), 'the refusal', 10_000);
    assert(text(refused.querySelector('p')).length > 10, `the API’s message: ${text(refused)}`);
    equal(refused.querySelector('button'), null, 'no retry for an answer that will not change');
  });

  it('speaks English with lang="en"', async () => {
    const query = { province: '46', period: '2021-03' };
    const expected = await (await sandboxClient({ locale: 'en' })).stats.get(query);
    const widget = await fixture<DvcPortalStats>(html`<dvc-portal-stats lang="en" province="46" period="2021-03"></dvc-portal-stats>`);
    await loaded(widget, 'the English figures');
    assert(status(widget).startsWith(`Figures for March 2021, ${expected.scope.name}, updated `), status(widget));
    equal(text($(widget, '[part~=tile][data-part=onTime] .tile-label')), qualityIndexPartLabels.onTime.en, 'part label in English');
    equal(text($(widget, '[part~=tile][data-part=onTime] .tile-rate')), 'No data', 'no data in English');
    equal(text($(widget, '.bar-row[data-group=progress] .bar-label')), qualityIndexGroupLabels.progress.en, 'group label in English');
    equal(rows(widget, '.status-table')[9]![1], dossierStatusInfo.done.label.en, 'status label in English');
    equal(text($(widget, '.index-total')), `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(expected.index.total)} / 100 points`, 'total in English');
    await expectAccessible(widget, 'English');
  });
});
