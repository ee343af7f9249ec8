import { html } from 'lit';
import { createClient } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, deepActiveElement, equal, expectAccessible, fixture, press, sandbox, tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcServiceSearch, ServiceSelectDetail } from './index.js';
import './index.js';

const input = (el: DvcServiceSearch) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const options = (el: DvcServiceSearch) => $$(el, '[role="option"]:not([aria-disabled="true"])');
const listboxOpen = (el: DvcServiceSearch) => input(el).getAttribute('aria-expanded') === 'true' && !$(el, '[role="listbox"]')!.hidden;
const status = (el: DvcServiceSearch) => $(el, '[role="status"]')!.textContent!.trim();
const resultTitles = (el: DvcServiceSearch) => $$(el, '[part="result"] .title').map((t) => t.textContent!.trim());
const resultCodes = (el: DvcServiceSearch) => $$(el, '[part="result"] dd.code').map((d) => d.textContent!.trim());
const count = (el: DvcServiceSearch) => $(el, '.results .count')?.textContent?.trim();

/** The next `dvc-service-select` the element fires. */
function nextSelect(el: HTMLElement): Promise<ServiceSelectDetail> {
  return new Promise((resolve) => el.addEventListener('dvc-service-select', (e) => resolve(e.detail), { once: true }));
}

describe('<dvc-service-search>', () => {
  before(() => useSandbox('vi'));
  afterEach(() => {
    cleanup();
    configure({ client: undefined, locale: 'vi' });
  });

  it('suggests procedures as a person types without accents, and picks one with the keyboard', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search></dvc-service-search>`);
    await expectAccessible(el, 'empty');
    await tabTo(input(el));
    await type('dang ky khai sinh');
    await waitFor(() => listboxOpen(el) && options(el).length > 0, 'suggestions');
    equal(options(el)[0]!.querySelector('.meta')!.textContent!.split(' · ')[0], '1.001193', 'birth registration suggested first');
    await waitFor(() => status(el).includes('gợi ý'), 'the count announced in the live region');
    await expectAccessible(el, 'suggestions open');

    await press('ArrowDown');
    equal(input(el).getAttribute('aria-activedescendant'), 'option-0', 'first option active');
    equal(options(el)[0]!.getAttribute('aria-selected'), 'true', 'first option marked selected');
    await press('ArrowUp');
    equal(input(el).getAttribute('aria-activedescendant'), `option-${options(el).length - 1}`, 'Up from the first wraps to the last');
    await press('ArrowDown');
    equal(input(el).getAttribute('aria-activedescendant'), 'option-0', 'Down from the last wraps to the first');

    const selected = nextSelect(el);
    await press('Enter');
    const detail = await selected;
    equal(detail.code, '1.001193', 'selected code');
    equal(input(el).value, detail.service.name, 'the input shows the chosen name');
    assert(!listboxOpen(el), 'listbox closed after choosing');
    equal(deepActiveElement(), input(el), 'focus stays in the input');
    assert(!$(el, '.results'), 'choosing a suggestion does not run a full search');
  });

  it('closes the suggestions with Escape, then clears the text with a second Escape', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search></dvc-service-search>`);
    input(el).focus();
    await type('ho chieu');
    await waitFor(() => listboxOpen(el) && options(el).length > 0, 'suggestions');
    await press('Escape');
    assert(!listboxOpen(el), 'closed');
    equal(input(el).value, 'ho chieu', 'text kept after the first Escape');
    await press('Escape');
    equal(input(el).value, '', 'cleared by the second Escape');
  });

  it('picks a suggestion with the mouse', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search></dvc-service-search>`);
    await click(input(el));
    await type('khai sinh');
    await waitFor(() => options(el).length > 1, 'suggestions');
    const second = options(el)[1]!;
    const code = second.querySelector('.meta')!.textContent!.split(' · ')[0];
    const selected = nextSelect(el);
    await click(second);
    equal((await selected).code, code, 'the clicked suggestion is chosen');
    assert(!listboxOpen(el), 'listbox closed');
  });

  it('never offers the previous text\'s suggestions while the new ones load, debounces, and caches', async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    const requests: string[] = [];
    const client = createClient({
      baseUrl: sandboxUrl, key: publishableKey, locale: 'vi',
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const q = new URL(request.url).searchParams.get('q') ?? '';
        requests.push(q);
        if (q === 'ket hon') await new Promise((resolve) => setTimeout(resolve, 1500)); // a slow answer
        return fetch(request);
      },
    });
    configure({ client });
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search hide-filters></dvc-service-search>`);
    input(el).focus();
    await type('cap ho chieu');
    await waitFor(() => options(el).length > 0, 'suggestions for cap ho chieu');
    const typed = requests.filter((q) => q).length;
    // Without the debounce every key from the 2nd character on would ask (11 requests).
    assert(typed >= 1 && typed <= 4, `typing is debounced: ${typed} request(s) for 12 characters`);
    for (let i = 0; i < 'cap ho chieu'.length; i++) await press('Backspace');
    await type('ket hon');
    await waitFor(() => requests.includes('ket hon'), 'the request for ket hon');
    equal(options(el).length, 0, 'no passport suggestion offered for "ket hon" while its answer is on the way');
    await press('ArrowDown');
    equal(input(el).getAttribute('aria-activedescendant'), null, 'the arrow keys cannot reach a stale option');
    await waitFor(() => options(el).length > 0, 'suggestions for ket hon', 6000);
    assert(options(el).every((o) => /kết hôn/i.test(o.textContent!)), `every suggestion is about marriage: ${options(el).map((o) => o.textContent).join(' | ')}`);
    const before = requests.length;
    await press('Escape');
    for (let i = 0; i < 'ket hon'.length; i++) await press('Backspace');
    await type('ket hon');
    await waitFor(() => options(el).length > 0 && listboxOpen(el), 'suggestions again');
    equal(requests.length, before, 'the repeated query was answered from the cache');
  });

  it('searches on Enter, pages through results with the keyboard, and focuses the new page', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search page-size="5"></dvc-service-search>`);
    input(el).focus();
    await type('giay phep');
    await press('Enter');
    await waitFor(() => resultTitles(el).length === 5, 'first page of results');
    const total = Number(count(el)!.replace(/\D/g, ''));
    assert(total > 10, `more than two pages of results (${total})`);
    await waitFor(() => status(el).startsWith('Tìm thấy'), 'the result count announced');
    await expectAccessible(el, 'results');
    const first = resultCodes(el);
    const next = $$<HTMLButtonElement>(el, '[part="pagination"] button')[1]!;
    await tabTo(next);
    await press('Enter');
    await waitFor(() => resultCodes(el).length === 5 && resultCodes(el)[0] !== first[0], 'second page');
    await waitFor(() => deepActiveElement() === $(el, '#results-heading'), 'focus on the results heading');
    equal($(el, '[part="pagination"] span')!.textContent, 'Trang 2', 'page number');
    assert(resultCodes(el).every((code) => !first.includes(code)), `page 2 shows other procedures: ${resultCodes(el)} vs ${first}`);
    const previous = $$<HTMLButtonElement>(el, '[part="pagination"] button')[0]!;
    await tabTo(previous);
    await press('Enter');
    await waitFor(() => resultCodes(el)[0] === first[0], 'back on page 1');
  });

  it('filters results and shows facet counts that match what the filter returns', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="kinh doanh"></dvc-service-search>`);
    await waitFor(() => count(el)?.startsWith('Tìm thấy'), 'results for the preset query');
    const level = $<HTMLSelectElement>(el, '#filter-level')!;
    const commune = [...level.options].find((o) => o.value === 'commune')!;
    const expected = Number(/\((\d[\d.]*)\)/.exec(commune.textContent!)![1]!.replace(/\./g, ''));
    assert(expected > 0, `commune-level procedures counted (${commune.textContent})`);
    await tabTo(level);
    // Choosing with the keyboard in a closed <select>: the arrow keys change the value.
    while (level.value !== 'commune') await press('ArrowDown');
    level.dispatchEvent(new Event('change', { bubbles: true })); // Firefox fires change on blur only
    await waitFor(() => Number(count(el)?.replace(/\D/g, '')) === expected, `the total equals the facet count ${expected}`);
    await expectAccessible(el, 'filtered');
    const clear = await waitFor(() => $$<HTMLButtonElement>(el, 'fieldset button')[0], 'clear filters button');
    await click(clear);
    await waitFor(() => Number(count(el)?.replace(/\D/g, '')) > expected, `all levels again (level=${el.level}, ${count(el)}, ${expected})`);
  });

  it("on a provincial portal, suggests and finds that province's procedures and the central ones only", async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search province="46" page-size="50"></dvc-service-search>`);
    input(el).focus();
    await type('thuong tru');
    await waitFor(() => options(el).length > 0, 'suggestions');
    await press('Escape');
    await press('Enter');
    await waitFor(() => resultCodes(el).length > 0, 'results');
    const codes = resultCodes(el);
    // Local instances carry the province's agency code (.H46); national records have none.
    assert(codes.some((code) => code.endsWith('.H46')), `Huế's own procedures found: ${codes}`);
    assert(codes.every((code) => code.endsWith('.H46') || !/\.H\d{2}$/.test(code)), `no other province's copy: ${codes}`);
    el.province = '38';
    await waitFor(() => resultCodes(el).some((code) => code.endsWith('.H38')) && !resultCodes(el).some((code) => code.endsWith('.H46')), 'results follow a new province');
  });

  it('links results to the procedure page when given a link template, and the event can stop it', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="khai sinh" detail-href="/thu-tuc?ma={code}"></dvc-service-search>`);
    const link = await waitFor(() => $<HTMLAnchorElement>(el, '[part="result"] a'), 'result links');
    assert(/\/thu-tuc\?ma=1\.\d{6}/.test(link.href), `link built from the template: ${link.href}`);
    el.addEventListener('dvc-service-select', (event) => event.preventDefault(), { once: true });
    const selected = nextSelect(el);
    const before = location.href;
    await click(link);
    assert((await selected).code.length > 0, 'event fired');
    await new Promise((resolve) => setTimeout(resolve, 500)); // a navigation would have started by now
    equal(location.href, before, 'navigation stopped by the cancelled event');
  });

  it('shows a connection failure with a retry, keeping the query', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search base-url="http://127.0.0.1:9" hide-filters></dvc-service-search>`);
    input(el).focus();
    await type('khai sinh');
    await press('Escape');
    await press('Enter');
    const alert = await waitFor(() => $(el, '.results [role="alert"]'), 'an error message', 9000);
    assert(/kết nối|máy chủ/i.test(alert.textContent!), `a connection message in Vietnamese: ${alert.textContent}`);
    equal(input(el).value, 'khai sinh', 'query kept');
    await expectAccessible(el, 'error');
  });

  it('renders procedure names that contain markup as text', async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    // The real sandbox answer, with names rewritten to carry markup: the shape stays valid for the contract.
    const client = createClient({
      baseUrl: sandboxUrl, key: publishableKey,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const response = await fetch(request);
        if (!new URL(request.url).pathname.endsWith('/v1/services')) return response;
        const body = await response.json() as { data: { name: string; agency: { name: string } }[] };
        for (const item of body.data) {
          item.name = `${payload} ${item.name}`;
          item.agency.name = payload;
        }
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    });
    configure({ client });
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search hide-filters></dvc-service-search>`);
    input(el).focus();
    await type('khai sinh');
    await waitFor(() => options(el).length > 0, 'suggestions');
    await press('Escape');
    await press('Enter');
    await waitFor(() => resultTitles(el).length > 0, 'results');
    await press('ArrowDown');
    await waitFor(() => options(el).length > 0 && listboxOpen(el), 'suggestions again');
    assert(resultTitles(el)[0]!.startsWith(payload), 'the markup is shown as text in results');
    assert(options(el)[0]!.textContent!.includes(payload), 'and in suggestions');
    equal(el.shadowRoot!.querySelectorAll('img, script').length, 0, 'no element made from server data');
    equal((window as { __pwned?: number }).__pwned, undefined, 'nothing ran');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search lang="en" query="khai sinh"></dvc-service-search>`);
    equal($(el, 'label[for="query"]')!.textContent, 'Search administrative procedures', 'label');
    await waitFor(() => /procedures? found/.test(count(el) ?? ''), 'English count');
    const level = $<HTMLSelectElement>(el, '#filter-level')!;
    assert([...level.options].some((o) => o.textContent!.startsWith('Commune')), 'English level labels');
    await expectAccessible(el, 'English results');
  });
});
