import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcClient, PublicPetition } from '@dvc-kit/sdk';
import {
  $, $$, answer, assert, cleanup, click, clockCases, deepActiveElement, equal, expectAccessible, expectOutline, fixture, press, resetClock, sandboxClient,
  setClock, tabTo, useSandbox, vietnamDay, waitFor,
} from '../test-support.js';
import { configure } from '../shared/config.js';
import type { DvcPetitionList } from './dvc-petition-list.js';
import './index.js';

let client: DvcClient;
const realFetch = window.fetch;

const status = (list: DvcPetitionList) => $(list, '[role=status]')!.textContent!.trim();
const titles = (list: DvcPetitionList) => $$(list, '[part~=toggle]').map((b) => b.textContent!.trim());
const loaded = (list: DvcPetitionList, what = 'the list to load') =>
  waitFor(() => $$(list, '[part~=item]').length > 0 && !status(list).startsWith('Đang tải') && $(list, '.list')?.getAttribute('aria-busy') === 'false', what, 8000);
const itemWith = (list: DvcPetitionList, text: string) => $$(list, '[part~=item]').find((li) => li.textContent!.includes(text));

/** Stands in for the network on the public list's requests. */
function stubList(respond: (request: Request) => Promise<Response>): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return request.method === 'GET' && new URL(request.url).pathname === '/v1/petitions' ? respond(request) : realFetch(request);
  };
}

describe('<dvc-petition-list>', () => {
  before(async () => {
    await useSandbox();
    client = await sandboxClient();
  });
  afterEach(() => {
    window.fetch = realFetch;
    cleanup();
  });

  describe('answered petitions with HTML and script in them', () => {
    const marker = `PAKN-test-${Math.random().toString(36).slice(2, 8)}`;
    const title = `<img src=x onerror="window.__listXss=1"> Góp ý ${marker}`;
    const content = `<script>window.__listXss=1</script> Nội dung có thẻ <b>HTML</b> phải hiện nguyên văn (${marker}).`;
    const reply = `<img src=y onerror="window.__listXss=1"> Trả lời ${marker} <script>window.__listXss=1</script>`;
    let code = '';

    before(async () => {
      const sent = await client.petitions.submit({
        fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title, content, publishable: true,
      });
      code = sent.code;
      await answer(sent.code, reply, { agency: '<b>Bộ Tư pháp</b>', officer: '<i>Nguyễn Thị Hoa</i>' });
      // A private petition, answered too, must stay off the public list.
      const hidden = await client.petitions.submit({
        fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title: `Riêng tư ${marker}`, content, publishable: false,
      });
      await answer(hidden.code, `Trả lời riêng ${marker}`);
    });

    async function listed(): Promise<{ list: DvcPetitionList; item: HTMLElement; toggle: HTMLButtonElement; panel: HTMLElement }> {
      const list = await fixture<DvcPetitionList>(html`<dvc-petition-list category="other"></dvc-petition-list>`);
      await loaded(list);
      const item = itemWith(list, marker);
      assert(item, `the answered petition is listed: ${titles(list).join(' | ')}`);
      const toggle = item.querySelector<HTMLButtonElement>('[part~=toggle]')!;
      return { list, item, toggle, panel: $(list, `#${toggle.getAttribute('aria-controls')!}`)! };
    }

    it('lists them with the seeded ones, titles as text, content and answer collapsed', async () => {
      const { list, item, toggle, panel } = await listed();
      assert(!itemWith(list, `Riêng tư ${marker}`), 'an unpublishable petition is not listed');
      equal(toggle.textContent!.trim(), title, 'title as text');
      assert(item.querySelector('.meta')!.textContent!.includes('Vấn đề khác'), 'category shown');
      assert(item.querySelector('.meta')!.textContent!.includes(code), 'tracking code shown');
      equal(toggle.getAttribute('aria-expanded'), 'false', 'collapsed at first');
      assert(panel.hidden, 'content and answer hidden at first');
      assert(titles(list).some((t) => !t.includes('PAKN-test-')), 'seeded petitions listed');
      const total = Number(/Có (\d+) phản ánh/.exec(status(list))?.[1]);
      assert(total >= 5, `total counted in the status: ${status(list)}`);
      equal($$(list, 'img, script, b, i').length, 0, 'no element made from the payloads');
      await expectAccessible(list, 'loaded');
    });

    it('shows the content and the answer as text behind a disclosure, by keyboard and mouse', async () => {
      const { list, toggle, panel } = await listed();
      await tabTo(toggle);
      await press('Enter');
      await list.updateComplete;
      equal(toggle.getAttribute('aria-expanded'), 'true', 'expanded with the keyboard');
      assert(!panel.hidden, 'content and answer shown');
      equal(panel.querySelector('.content')!.textContent, content, 'content as text');
      equal(panel.querySelector('.answer-text')!.textContent, reply, 'answer as text');
      equal(panel.querySelector('.agency')!.textContent, '<b>Bộ Tư pháp</b>', 'agency as text');
      equal(panel.querySelector('.officer')!.textContent, '<i>Nguyễn Thị Hoa</i>', 'officer as text');
      equal($$(list, 'img, script, b, i').length, 0, 'no element made from the payloads');
      equal((window as unknown as { __listXss?: number }).__listXss, undefined, 'no script ran');
      await expectAccessible(list, 'expanded');

      await click(toggle);
      await list.updateComplete;
      equal(toggle.getAttribute('aria-expanded'), 'false', 'collapsed with the mouse');
      assert(panel.hidden, 'hidden again');
    });
  });

  describe('dates, as the portal writes them, in Vietnam time', () => {
    afterEach(resetClock);
    for (const clock of clockCases) {
      it(`on ${clock.what}: dd/MM/yyyy in Vietnamese, d MMM yyyy in English`, async () => {
        await setClock(clock.at);
        const marker = `PAKN-date-${Math.random().toString(36).slice(2, 8)}`;
        const sent = await client.petitions.submit({
          fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title: `Góp ý ${marker}`, content: `Nội dung góp ý ${marker}.`, publishable: true,
        });
        await answer(sent.code, `Trả lời ${marker}`);
        // The real list, narrowed to this petition (the widget has no search box): it is listed by answer time, which is the set clock.
        stubList((request) => {
          const url = new URL(request.url);
          url.searchParams.set('q', marker);
          return realFetch(new Request(url, request));
        });
        const day = { vi: clock.vi.split(' ')[0]!, en: clock.en.split(',')[0]! };
        for (const [lang, sentText, answeredLabel] of [['vi', `Gửi ngày ${day.vi}`, 'Ngày trả lời'], ['en', `Sent ${day.en}`, 'Answered on']] as const) {
          const list = await fixture<DvcPetitionList>(html`<dvc-petition-list lang=${lang}></dvc-petition-list>`);
          await waitFor(() => itemWith(list, marker), `the ${lang} list`, 8000);
          const meta = [...itemWith(list, marker)!.querySelectorAll('.meta span')].map((span) => span.textContent);
          assert(meta.includes(sentText), `${lang} sending date "${sentText}" in ${JSON.stringify(meta)}`);
          const answeredAt = $$(list, '.answer dt').find((dt) => dt.textContent === answeredLabel)?.nextElementSibling?.textContent;
          equal(answeredAt, day[lang], `${lang} answer date`);
          cleanup();
        }
      });
    }
  });

  it('pages through the list with the keyboard, announcing the count and moving focus to the new page', async () => {
    const expected: PublicPetition[][] = [];
    for await (const page of client.petitions.list({ category: 'regulation', limit: 2 }).pages()) expected.push(page.data);
    assert(expected.length >= 3, `regulation petitions on at least three pages of two (${expected.length})`);
    const total = expected.flat().length;
    const pages = expected.length;
    const pageTitles = (i: number) => expected[i]!.map((p) => p.title).join(' | ');

    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list category="regulation" page-size="2"></dvc-petition-list>`);
    await loaded(list);
    equal(status(list), `Có ${total} phản ánh, kiến nghị đã được trả lời. Trang 1/${pages}.`, 'count and page in the live region');
    equal($(list, '[role=status]')!.getAttribute('role'), 'status', 'a polite live region');
    equal(titles(list).join(' | '), pageTitles(0), 'first page');
    equal($(list, '.previous'), null, 'no previous page on the first');

    await tabTo($(list, '.next')!);
    await press('Enter');
    await waitFor(() => deepActiveElement() === $$(list, '[part~=toggle]')[0] && titles(list).join(' | ') === pageTitles(1), 'focus on page 2’s first petition');
    equal(status(list), `Có ${total} phản ánh, kiến nghị đã được trả lời. Trang 2/${pages}.`, 'page 2 announced');
    await expectAccessible(list, 'page 2');

    await tabTo($(list, '.next')!);
    await press('Enter');
    await waitFor(() => titles(list).join(' | ') === pageTitles(2) && deepActiveElement() === $$(list, '[part~=toggle]')[0], 'page 3');
    if (pages === 3) equal($(list, '.next'), null, 'no next page on the last');

    await tabTo($(list, '.previous')!);
    await press('Enter');
    await waitFor(() => titles(list).join(' | ') === pageTitles(1) && deepActiveElement() === $$(list, '[part~=toggle]')[0], 'back on page 2');
    equal(status(list), `Có ${total} phản ánh, kiến nghị đã được trả lời. Trang 2/${pages}.`, 'page 2 again');
  });

  it('filters by category with the keyboard and starts again from the first page', async () => {
    const staff = await client.petitions.list({ category: 'staff', limit: 50 });
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list page-size="3"></dvc-petition-list>`);
    await loaded(list);
    await tabTo($(list, '.next')!);
    await press('Enter');
    await waitFor(() => status(list).includes('Trang 2/'), 'page 2 of everything');
    const select = $<HTMLSelectElement>(list, '#category')!;
    for (let i = 0; i < 10 && deepActiveElement() !== select; i++) {
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
    }
    equal(deepActiveElement(), select, 'Shift+Tab back to the filter');
    for (let i = 0; i < 3; i++) await press('ArrowDown');
    equal(select.value, 'staff', 'category chosen with the arrow keys');
    await waitFor(() => status(list).startsWith(`Có ${staff.total} phản ánh`) && status(list).includes('Trang 1/'), 'the staff petitions, from page 1');
    await loaded(list);
    const categories = $$(list, '.meta .category').map((c) => c.textContent);
    assert(categories.length > 0 && categories.every((c) => c === 'Hành vi, thái độ của cán bộ, công chức'), `only staff petitions: ${categories.join(', ')}`);
    equal(deepActiveElement(), select, 'focus stays on the filter');
  });

  describe('in the order of their answers', () => {
    afterEach(resetClock);

    it('lists the newest answer first, shows each answer date, and spaces one-line and longer titles alike', async () => {
      const marker = `PAKN-order-${Math.random().toString(36).slice(2, 8)}`;
      const day = 86_400_000;
      const start = Date.parse('2026-12-07T09:05:00+07:00');
      const at = (days: number) => new Date(start + days * day).toISOString();
      const send = async (days: number, title: string) => {
        await setClock(at(days));
        return client.petitions.submit({
          fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title, content: `Nội dung góp ý ${marker}.`, publishable: true,
        });
      };
      // Sent first, answered last; its title wraps over several lines.
      const longTitle = `Góp ý ${marker} về việc niêm yết công khai thủ tục hành chính, mức phí, lệ phí và thời hạn giải quyết tại bộ phận một cửa của xã, phường`;
      const first = await send(0, longTitle);
      const second = await send(1, `Góp ý ${marker}`);
      await setClock(at(2));
      await answer(second.code, `Trả lời ${marker}`);
      await setClock(at(3));
      await answer(first.code, `Trả lời ${marker}`);
      await resetClock();
      stubList((request) => {
        const url = new URL(request.url);
        url.searchParams.set('q', marker);
        return realFetch(new Request(url, request));
      });

      const list = await fixture<DvcPetitionList>(html`<dvc-petition-list></dvc-petition-list>`);
      await waitFor(() => titles(list).length === 2, 'both petitions', 8000);
      equal(JSON.stringify(titles(list)), JSON.stringify([longTitle, `Góp ý ${marker}`]), 'newest answer first');
      const answered = $$(list, '[part~=item]').map((item) => [...item.querySelectorAll('.meta span')].map((span) => span.textContent).find((text) => text!.startsWith('Trả lời ngày')));
      equal(JSON.stringify(answered), JSON.stringify([`Trả lời ngày ${vietnamDay(at(3))}`, `Trả lời ngày ${vietnamDay(at(2))}`]), 'each answer date, newest first');

      // The space between a title's last line and the line under it, whatever the title's length.
      const spacing = $$(list, '[part~=item]').map((item) => {
        const range = document.createRange();
        range.selectNodeContents(item.querySelector('[part~=toggle]')!);
        const text = range.getBoundingClientRect();
        return { lines: text.height, gap: item.querySelector('.meta')!.getBoundingClientRect().top - text.bottom };
      });
      assert(spacing[0]!.lines > 1.5 * spacing[1]!.lines, `the long title wraps: ${JSON.stringify(spacing)}`);
      assert(Math.abs(spacing[0]!.gap - spacing[1]!.gap) <= 1, `the same space under a one-line title as under a longer one: ${JSON.stringify(spacing)}`);
      await expectAccessible(list, 'in answer order');
    });
  });

  it("fits the page's outline with heading-level: the list's heading at that level, titles one deeper, sections two", async () => {
    const levels = (list: DvcPetitionList, selector: string) => [...new Set($$(list, selector).map((h) => h.getAttribute('aria-level')))].join(',');
    const plain = await fixture<DvcPetitionList>(html`<dvc-petition-list page-size="2"></dvc-petition-list>`);
    await loaded(plain);
    equal(levels(plain, 'h2'), '2', 'level 2 by default');
    cleanup();
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list heading-level="3" page-size="2"></dvc-petition-list>`);
    await loaded(list);
    equal(`${levels(list, 'h2')} ${levels(list, 'h3')} ${levels(list, 'h4')}`, '3 4 5', 'list, titles, sections');
    expectOutline(list, 3, 'heading-level 3');
    await expectAccessible(list, 'heading-level 3');
  });

  it("on a provincial portal (province), lists that province's petitions only, newest answer first", async () => {
    const marker = Math.random().toString(36).slice(2, 8);
    const send = async (serviceCode: string, title: string) => {
      const sent = await client.petitions.submit({
        fullName: 'Lê Văn Bình', phone: '0912345678', category: 'procedure', serviceCode, publishable: true, title: `${title} ${marker}`,
        content: 'Xin hướng dẫn thành phần hồ sơ của thủ tục này tại địa phương.',
      });
      await answer(sent.code, 'Đã hướng dẫn ông/bà.');
      return `${title} ${marker}`;
    };
    const hueOlder = await send('1.004222.H46', 'Huế, trả lời trước');
    const hueNewer = await send('1.001193.H46', 'Huế, trả lời sau');
    const thanhHoa = await send('1.004222.H38', 'Thanh Hóa');
    const hue = await client.petitions.list({ province: '46', limit: 1 });

    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list province="46" page-size="50"></dvc-petition-list>`);
    await waitFor(() => titles(list).includes(hueNewer), "Huế's petitions");
    const shown = titles(list);
    assert(shown.indexOf(hueNewer) < shown.indexOf(hueOlder) && shown.includes(hueOlder), `newest answer first: ${shown.join(' | ')}`);
    assert(!shown.includes(thanhHoa), "no other province's petition");
    assert(status(list).startsWith(`Có ${hue.total} phản ánh`), status(list));
    await expectAccessible(list, "a province's petitions");

    list.province = '38';
    await waitFor(() => titles(list).includes(thanhHoa), "Thanh Hóa's petitions once the province changes");
    assert(!titles(list).includes(hueNewer), 'not Huế\'s any more');
  });

  it('says so when nothing is answered yet, and shows the loading state', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    stubList(async () => {
      await gate;
      return new Response(JSON.stringify({ data: [], nextCursor: null, total: 0 }), { headers: { 'content-type': 'application/json' } });
    });
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list category="staff"></dvc-petition-list>`);
    equal(status(list), 'Đang tải danh sách phản ánh, kiến nghị…', 'loading announced');
    await expectAccessible(list, 'loading');
    release();
    await waitFor(() => status(list) === 'Chưa có phản ánh, kiến nghị nào đã được trả lời trong lĩnh vực này.', 'the empty state');
    equal($(list, '.list'), null, 'no list');
    equal($(list, '[part~=pagination]'), null, 'no paging');
    await expectAccessible(list, 'empty');
  });

  it('shows an error it can recover from', async () => {
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list base-url="http://127.0.0.1:9"></dvc-petition-list>`);
    const alert = await waitFor(() => $(list, '[role=alert]'), 'the error', 8000);
    assert(alert.textContent!.includes('Không tải được danh sách phản ánh, kiến nghị'), `error title: ${alert.textContent}`);
    assert(alert.querySelector('p')!.textContent!.length > 10, 'the SDK’s message');
    await expectAccessible(list, 'error');

    list.removeAttribute('base-url');
    await loaded(list, 'the list once the address is right');
    equal($(list, '[role=alert]'), null, 'error gone');

    // A network failure, then "Thử lại".
    let fail = true;
    stubList(async (request) => {
      if (fail) throw new TypeError('Failed to fetch');
      return realFetch(request);
    });
    list.category = 'procedure';
    const retry = await waitFor(() => $(list, '[role=alert] button'), 'the retry button', 8000);
    fail = false;
    await click(retry);
    await loaded(list, 'the list after retrying');
    assert($$(list, '.meta .category').every((c) => c.textContent === 'Thủ tục hành chính'), 'the chosen category');
    equal($<HTMLSelectElement>(list, '#category')!.value, 'procedure', 'the filter shows the category set by script');
  });

  it('says in plain text what the page is missing, then loads once configured', async () => {
    configure({ baseUrl: undefined, publishableKey: undefined });
    try {
      const list = await fixture<DvcPetitionList>(html`<dvc-petition-list></dvc-petition-list>`);
      const message = await waitFor(() => $(list, '[part~=error]'), 'the configuration message', 8000);
      assert(message.textContent!.includes('Chưa cấu hình DVC Kit'), `tells the page author what is missing: ${message.textContent}`);
      equal($(list, '[role=alert]'), null, 'not an alert on first render');
      await expectAccessible(list, 'not configured');
      await useSandbox();
      await loaded(list, 'the list once the page is configured');
      equal($(list, '[part~=error]'), null, 'message gone');
    } finally {
      await useSandbox();
    }
  });

  it('speaks English with lang="en"', async () => {
    const first = await client.petitions.list({ category: 'regulation', limit: 2 });
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list lang="en" category="regulation" page-size="2"></dvc-petition-list>`);
    await waitFor(() => $$(list, '[part~=item]').length > 0 && status(list).includes('answered'), 'the English list');
    equal($(list, 'h2')!.textContent, 'Answered petitions', 'heading');
    equal(status(list), `${first.total} answered petitions. Page 1 of ${Math.ceil(first.total / 2)}.`, 'count in English');
    assert($(list, '.meta')!.textContent!.includes('Administrative regulations'), 'category in English');
    assert(/Sent \d{1,2} [A-Z][a-z]{2} \d{4}/.test($(list, '.meta')!.textContent!), `date in English: ${$(list, '.meta')!.textContent}`);
    equal($(list, '.next')!.textContent!.trim().replace(/\s+/g, ' '), 'Next page →', 'paging in English');
    await click($$(list, '[part~=toggle]')[0]!);
    await list.updateComplete;
    assert($(list, '.answer')!.textContent!.includes('Answered by'), 'answer labels in English');
    await expectAccessible(list, 'English, expanded');
  });
});
