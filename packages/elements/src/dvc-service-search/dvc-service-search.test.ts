import { html } from 'lit';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, deepActiveElement, equal, expectAccessible, expectOutline, fixture, press, sandboxClient, tabTo, type, useSandbox, waitFor,
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
const notice = (el: DvcServiceSearch) => $(el, '.results .notice')?.textContent?.trim();
const popularCodes = (el: DvcServiceSearch) => $$(el, '[part="popular"] [part="result"] dd.code').map((d) => d.textContent!.trim());
const select = (el: DvcServiceSearch, name: string) => $<HTMLSelectElement>(el, `#filter-${name}`)!;
/** A local copy's code ends with its province (`1.001193.H46`); a national record's has no such end. */
const LOCAL = /\.H\d{2}$/;
const PLACE_KEY = 'dvc-kit:province';
const param = (name: string) => new URLSearchParams(location.search).get(name);

/** Searches as a person does: types `text` into the box (replacing what is there), closes the suggestions, presses Enter. */
async function searchFor(el: DvcServiceSearch, text: string): Promise<void> {
  input(el).focus();
  input(el).select();
  await type(text);
  await press('Escape');
  await press('Enter');
}

/** The next `dvc-service-select` the element fires. */
function nextSelect(el: HTMLElement): Promise<ServiceSelectDetail> {
  return new Promise((resolve) => el.addEventListener('dvc-service-select', (e) => resolve(e.detail), { once: true }));
}

describe('<dvc-service-search>', () => {
  before(async () => {
    localStorage.removeItem(PLACE_KEY);
    await useSandbox('vi');
  });
  const pageUrl = location.href;
  afterEach(() => {
    cleanup();
    configure({ client: undefined, locale: 'vi' });
    localStorage.removeItem(PLACE_KEY);
    history.replaceState(history.state, '', pageUrl);
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
    const requests: string[] = [];
    const client = await sandboxClient({
      locale: 'vi',
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
    // The answer for "ket hon", not the passports still in the cache of the previous text (the engine's
    // later, looser matches may be about other things, so only the first is checked for marriage).
    const shown = options(el).map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    assert(/kết hôn/i.test(shown[0]!) && shown.every((text) => !/hộ chiếu/i.test(text)), `marriage first, no passport: ${shown.join(' | ')}`);
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
    await type('dang ky');
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
    await searchFor(el, 'khai sinh');
    const alert = await waitFor(() => $(el, '.results [role="alert"]'), 'an error message', 9000);
    assert(/kết nối|máy chủ/i.test(alert.textContent!), `a connection message in Vietnamese: ${alert.textContent}`);
    equal(input(el).value, 'khai sinh', 'query kept');
    await expectAccessible(el, 'error');
  });

  it('renders procedure names that contain markup as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    // The real sandbox answer, with names rewritten to carry markup: the shape stays valid for the contract.
    const client = await sandboxClient({
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
  it('lists a national procedure once, saying in how many provinces it is available', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="khai sinh" page-size="50"></dvc-service-search>`);
    await waitFor(() => resultCodes(el).length > 0, 'results');
    const codes = resultCodes(el);
    assert(codes.every((code) => !LOCAL.test(code)), `no province's copy in a national search: ${codes}`);
    const api = await (await sandboxClient()).services.search({ q: 'khai sinh', limit: 50 });
    const copies = new Map(api.data.map((s) => [s.code, s.localCopies]));
    assert((copies.get('1.001193') ?? 0) > 1, `birth registration is published by provinces: ${copies.get('1.001193')}`);
    for (const result of $$(el, '[part="result"]')) {
      const code = result.querySelector('dd.code')!.textContent!.trim();
      const n = copies.get(code)!;
      equal(result.querySelector('.copies')?.textContent?.trim(), n ? `Có ở ${n} tỉnh, thành phố` : undefined, `the provinces that publish ${code}`);
    }
    await expectAccessible(el, 'folded national results');
  });

  it('searches the province chosen with the keyboard, opens its local copy, and remembers the choice', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="khai sinh" page-size="50"></dvc-service-search>`);
    await waitFor(() => resultCodes(el).length > 0, 'national results');
    const province = select(el, 'province');
    equal($(el, 'label[for="filter-province"]')!.textContent, 'Tỉnh, thành phố', 'the choice is labelled');
    const hue = await waitFor(() => [...province.options].find((o) => o.value === '46'), 'Huế offered');
    assert(/^Huế \(\d+\)$/.test(hue.textContent!), `with its count: ${hue.textContent}`);
    const expected = Number(/\((\d+)\)/.exec(hue.textContent!)![1]);
    await tabTo(province);
    while (province.value !== '46') await press('ArrowDown');
    province.dispatchEvent(new Event('change', { bubbles: true })); // Firefox fires change on blur only
    await waitFor(() => resultCodes(el).some((code) => code.endsWith('.H46')), "Huế's local copies");
    await waitFor(() => Number(count(el)?.replace(/\D/g, '')) === expected, `as many as the choice said (${expected})`);
    const codes = resultCodes(el);
    assert(codes.every((code) => code.endsWith('.H46') || !LOCAL.test(code)), `Huế's copies and central procedures only: ${codes}`);
    assert($$(el, '[part="result"] .copies').length === 0, 'a local copy is not said to be in other provinces');
    await expectAccessible(el, 'province chosen');
    const first = $$(el, '[part="result"] .linkish').find((b) => b.closest('li')!.querySelector('dd.code')!.textContent!.endsWith('.H46'))!;
    const selected = nextSelect(el);
    await tabTo(first);
    await press('Enter');
    const detail = await selected;
    assert(detail.code.endsWith('.H46'), `the local copy is opened: ${detail.code}`);
    equal(JSON.parse(localStorage.getItem(PLACE_KEY)!).code, '46', 'remembered on the site');

    cleanup();
    const again = await fixture<DvcServiceSearch>(html`<dvc-service-search query="khai sinh" page-size="50"></dvc-service-search>`);
    await waitFor(() => resultCodes(again).some((code) => code.endsWith('.H46')), 'a new search box searches Huế again');
    equal(select(again, 'province').value, '46', 'and shows the choice');
  });

  it('chooses a province with the mouse, and forgets it with "all"', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="thuong tru" page-size="50"></dvc-service-search>`);
    await waitFor(() => resultCodes(el).length > 0 && select(el, 'province').options.length > 1, 'results and provinces');
    const province = select(el, 'province');
    // A native <select>'s option list is drawn outside the page, beyond the test mouse: choose as the list would.
    await click(province);
    await press('Escape');
    province.value = '38';
    province.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => resultCodes(el).some((code) => code.endsWith('.H38')), "Thanh Hóa's local copies");
    const link = $$(el, '[part="result"] .linkish').find((b) => b.closest('li')!.querySelector('dd.code')!.textContent!.endsWith('.H38'))!;
    const selected = nextSelect(el);
    await click(link);
    assert((await selected).code.endsWith('.H38'), 'the clicked local copy is opened');
    await click(province);
    await press('Escape');
    province.value = '';
    province.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => resultCodes(el).length > 0 && resultCodes(el).every((code) => !LOCAL.test(code)), 'national results again');
    equal(localStorage.getItem(PLACE_KEY), null, 'the choice is forgotten');
    cleanup();
    const again = await fixture<DvcServiceSearch>(html`<dvc-service-search query="thuong tru"></dvc-service-search>`);
    await waitFor(() => resultCodes(again).length > 0, 'results');
    assert(resultCodes(again).every((code) => !LOCAL.test(code)), 'a new search box searches nationally');
    equal(select(again, 'province').value, '', 'all provinces');
  });

  it('clears a chosen agency when the province changes, and hides the choice on a provincial portal', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="dang ky" page-size="50"></dvc-service-search>`);
    await waitFor(() => resultCodes(el).length > 0, 'results');
    const province = select(el, 'province');
    province.value = '46';
    province.dispatchEvent(new Event('change', { bubbles: true }));
    const agency = select(el, 'agency');
    equal($(el, 'label[for="filter-agency"]')!.textContent, 'Cơ quan thực hiện', 'the agency filter is labelled');
    const option = await waitFor(() => [...agency.options].find((o) => o.value.endsWith('.H46')), "a Huế agency offered");
    const expected = Number(/\((\d+)\)$/.exec(option.textContent!)![1]);
    agency.value = option.value;
    agency.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => Number(count(el)?.replace(/\D/g, '')) === expected, `the agency's ${expected} procedures`);
    await expectAccessible(el, 'agency chosen');
    // Back to every province (always offered, whatever the agency's counts elsewhere).
    province.value = '';
    province.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => resultCodes(el).length > 0 && resultCodes(el).every((code) => !LOCAL.test(code)), 'national results');
    equal(agency.value, '', "Huế's agency is no longer chosen");
    equal(el.agency, '', 'nor searched');

    const portal = await fixture<DvcServiceSearch>(html`<dvc-service-search province="01" query="dang ky"></dvc-service-search>`);
    await waitFor(() => resultCodes(portal).some((code) => code.endsWith('.H01')), "Hà Nội's portal searches Hà Nội, not the remembered province");
    equal(select(portal, 'province'), null, 'no province choice on a provincial portal');
  });

  it('keeps working when the browser refuses storage', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
    Storage.prototype.setItem = () => { throw new DOMException('denied', 'SecurityError'); };
    try {
      const el = await fixture<DvcServiceSearch>(html`<dvc-service-search query="khai sinh"></dvc-service-search>`);
      await waitFor(() => resultCodes(el).length > 0, 'results');
      select(el, 'province').value = '46';
      select(el, 'province').dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => resultCodes(el).some((code) => code.endsWith('.H46')), 'the choice applies on the page');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('says when nothing matches and offers the most used procedures', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search detail-href="/thu-tuc?ma={code}"></dvc-service-search>`);
    await searchFor(el, 'qxzvw kjhqz');
    await waitFor(() => popularCodes(el).length > 0, 'popular procedures');
    equal(count(el), 'Không tìm thấy thủ tục nào cho “qxzvw kjhqz”. Hãy kiểm tra chính tả, nhập ít từ hơn hoặc bỏ bớt bộ lọc.', 'the message names the text');
    equal(resultCodes(el).length, popularCodes(el).length, 'no other result');
    equal($(el, '[part="popular"] h3')!.textContent, 'Thủ tục được dùng nhiều nhất', 'the list says what it is');
    await waitFor(() => status(el).startsWith('Không tìm thấy thủ tục nào cho'), 'the message announced');
    await expectAccessible(el, 'nothing matched');
    const link = $<HTMLAnchorElement>(el, '[part="popular"] [part="result"] a')!;
    el.addEventListener('dvc-service-select', (event) => event.preventDefault(), { once: true });
    const selected = nextSelect(el);
    await click(link);
    equal((await selected).code, popularCodes(el)[0], 'a popular procedure opens like a result');
  });

  it("fits the page's outline with heading-level: the results' heading at that level, the most used one deeper", async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search heading-level="4"></dvc-service-search>`);
    await searchFor(el, 'khai sinh');
    await waitFor(() => resultCodes(el).length > 0, 'results');
    equal(expectOutline(el, 4, 'results'), '4', 'the results');
    await searchFor(el, 'qxzvw kjhqz');
    await waitFor(() => popularCodes(el).length > 0, 'popular procedures');
    equal(expectOutline(el, 4, 'nothing matched'), '4 5', 'the results, the most used');
    await expectAccessible(el, 'heading-level 4, nothing matched');
  });

  it('says when only some words match, listing the closest procedures and then the most used', async () => {
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search lang="en"></dvc-service-search>`);
    await searchFor(el, 'khai sinh qxzvw');
    await waitFor(() => notice(el), 'the notice');
    equal(notice(el), 'No procedure matches every word you typed. These are the closest.', 'the notice');
    assert(/procedures? found/.test(count(el)!), `the count: ${count(el)}`);
    const closest = $$(el, '.results > ol.list [part="result"] dd.code').map((d) => d.textContent!.trim());
    assert(closest.includes('1.001193'), `birth registration among the closest: ${closest}`);
    await waitFor(() => popularCodes(el).length > 0, 'popular procedures below');
    equal($(el, '[part="popular"] h3')!.textContent, 'Most used procedures', 'English heading');
    const copies = $(el, '[part="result"] .copies')?.textContent;
    assert(/^Available in \d+ provinces and cities$/.test(copies ?? ''), `English provinces count: ${copies}`);
    await waitFor(() => status(el).includes('No procedure matches every word'), 'the notice announced with the count');
    await expectAccessible(el, 'only some words matched');
  });

  it('keeps the search in the URL: Back and Forward show those results again, and a link opens them', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}ma=host%20value#top`);
    const hostParams = [...new URLSearchParams(location.search)];
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search url-state page-size="5"></dvc-service-search>`);
    equal(param('tt-q'), null, 'nothing in the URL before a search');
    const entries = history.length;
    await searchFor(el, 'khai sinh');
    await waitFor(() => param('tt-q') === 'khai sinh' && resultCodes(el).length > 0, 'the search in the URL');
    equal(history.length, entries + 1, 'a history entry per search');
    const level = select(el, 'level');
    level.value = 'commune';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => param('tt-level') === 'commune', 'the filter in the URL');
    const filtered = await waitFor(() => resultCodes(el).length > 0 && resultCodes(el), 'filtered results');

    await searchFor(el, 'dang ky');
    await waitFor(() => param('tt-q') === 'dang ky' && param('tt-level') === 'commune', 'the new search keeps the filter');
    const firstPage = await waitFor(() => resultCodes(el).length === 5 && resultCodes(el), 'first page');
    await click($$<HTMLButtonElement>(el, '[part="pagination"] button')[1]!);
    await waitFor(() => param('tt-page') === '2', 'the page in the URL');
    await waitFor(() => resultCodes(el).length > 0 && resultCodes(el)[0] !== firstPage[0], 'page 2');
    const secondPage = resultCodes(el);
    for (const [name, value] of hostParams) equal(new URLSearchParams(location.search).get(name), value, `the page's own ${name} kept`);
    assert(location.search.includes('ma=host%20value'), `the page's own parameter kept as written: ${location.search}`);
    equal(location.hash, '#top', 'the hash kept');
    await expectAccessible(el, 'URL state, page 2');

    // A result chosen (the procedure page is not followed here) leaves the box as it is: it says what the results are for.
    el.addEventListener('dvc-service-select', (event) => event.preventDefault(), { once: true });
    await click($$<HTMLElement>(el, '[part="result"] .title button')[0]!);
    equal(input(el).value, 'dang ky', 'the box keeps the query of the results');
    // A name chosen from the suggestions becomes the search: the box and the results agree.
    input(el).focus();
    input(el).select();
    await type('khai tu');
    await waitFor(() => options(el).length > 0, 'suggestions');
    el.addEventListener('dvc-service-select', (event) => event.preventDefault(), { once: true });
    await press('ArrowDown');
    await press('Enter');
    await waitFor(() => !listboxOpen(el), 'a suggestion chosen');
    const chosen = input(el).value;
    await waitFor(() => param('tt-q') === chosen && param('tt-page') === null, 'the chosen name is the search');
    await waitFor(() => resultTitles(el)[0] === chosen, 'its results, the procedure first');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })); // back from that page, out of the back-forward cache
    await waitFor(() => input(el).value === chosen, 'the box shows the query of the results');

    history.back();
    await waitFor(() => param('tt-page') === '2' && param('tt-q') === 'dang ky' && input(el).value === 'dang ky', 'Back to page 2');
    history.back();
    await waitFor(() => param('tt-page') === null && param('tt-q') === 'dang ky', 'Back to page 1');
    await waitFor(() => resultCodes(el).join() === firstPage.join(), 'page 1 shown again');
    equal($(el, '[part="pagination"] span')!.textContent, 'Trang 1', 'page number');
    history.back();
    await waitFor(() => param('tt-q') === 'khai sinh', 'Back to the first search');
    await waitFor(() => resultCodes(el).join() === filtered.join(), 'its results shown again');
    equal(input(el).value, 'khai sinh', 'the box shows its query');
    equal(level.value, 'commune', 'and its filter');
    await expectAccessible(el, 'after Back');
    history.forward();
    await waitFor(() => param('tt-q') === 'dang ky' && input(el).value === 'dang ky', 'Forward');
    await waitFor(() => resultCodes(el).join() === firstPage.join(), 'its results');

    // A link to page 2 (a reload, a shared URL) opens those results in a new search box.
    cleanup();
    history.replaceState(history.state, '', location.href.replace('tt-q=', 'tt-page=2&tt-q='));
    const opened = await fixture<DvcServiceSearch>(html`<dvc-service-search url-state page-size="5"></dvc-service-search>`);
    await waitFor(() => resultCodes(opened).join() === secondPage.join(), 'the linked page');
    equal(input(opened).value, 'dang ky', 'with its query in the box');
    equal(select(opened, 'level').value, 'commune', 'and its filter');
    equal(param('tt-page'), '2', 'the link is left as it is');
    await expectAccessible(opened, 'opened from a link');
  });

  it('a page past the end shows the last page, and the box takes at most 200 characters', async () => {
    history.replaceState(history.state, '', `${location.pathname}?tt-q=ket%20hon&tt-page=40`);
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search url-state page-size="2"></dvc-service-search>`);
    await waitFor(() => resultCodes(el).length > 0, 'results instead of an empty page');
    const total = Number(count(el)!.match(/\d+/)![0]);
    const last = Math.ceil(total / 2);
    await waitFor(() => param('tt-page') === (last > 1 ? String(last) : null), 'the URL names the last page');
    equal($(el, '[part="pagination"] span')!.textContent, `Trang ${last}`, 'its number');
    equal(input(el).maxLength, 200, "the API's limit");
    await expectAccessible(el, 'last page');
  });

  it('shows the preset query in the URL without a new history entry, and leaves other pages alone', async () => {
    const entries = history.length;
    const el = await fixture<DvcServiceSearch>(html`<dvc-service-search url-state query="ho chieu"></dvc-service-search>`);
    await waitFor(() => param('tt-q') === 'ho chieu', 'the preset query in the URL');
    equal(history.length, entries, 'in place of the current entry');
    await waitFor(() => resultCodes(el).length > 0, 'results');
    cleanup();
    const plain = await fixture<DvcServiceSearch>(html`<dvc-service-search></dvc-service-search>`);
    input(plain).focus();
    await type('khai sinh');
    await press('Enter');
    await waitFor(() => resultCodes(plain).length > 0, 'results');
    equal(param('tt-q'), 'ho chieu', 'a search box without url-state does not touch the URL');
  });
});
