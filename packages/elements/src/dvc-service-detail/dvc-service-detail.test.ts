import { html } from 'lit';
import { configure } from '../shared/config.js';
import { $, $$, assert, cleanup, click, equal, expectAccessible, expectOutline, fixture, press, sandboxClient, tabTo, unmarkedVietnamese, useSandbox, waitFor } from '../test-support.js';
import type { DvcServiceDetail, DvcServiceDetailLoadDetail, StartSubmissionDetail } from './index.js';
import './index.js';

const title = (el: DvcServiceDetail) => $(el, '[part="title"]')?.textContent?.trim();
const section = (el: DvcServiceDetail, heading: string) =>
  $$(el, 'section').find((s) => s.querySelector('h3')?.textContent?.trim() === heading);

function nextStart(el: HTMLElement): Promise<StartSubmissionDetail> {
  return new Promise((resolve) => el.addEventListener('dvc-start-submission', (e) => resolve(e.detail), { once: true }));
}

describe('<dvc-service-detail>', () => {
  before(() => useSandbox('vi'));
  afterEach(() => {
    cleanup();
    configure({ client: undefined });
  });

  it('shows a procedure in full: facts, fees and time per channel, documents, steps, legal basis', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    equal(title(el), 'Đăng ký khai sinh', 'name');
    const facts = $(el, '[part="facts"]')!.textContent!;
    assert(facts.includes('1.001193') && facts.includes('Hộ tịch') && facts.includes('Cấp xã') && facts.includes('Trực tuyến toàn trình'), `facts: ${facts}`);
    const fees = section(el, 'Cách thức thực hiện, thời hạn và phí')!;
    const rows = [...fees.querySelectorAll('tbody tr')];
    equal(rows.length, 3, 'three channels');
    assert(rows[0]!.textContent!.includes('1 ngày làm việc') && rows[0]!.textContent!.includes('Miễn phí'), `online row: ${rows[0]!.textContent}`);
    const documents = section(el, 'Thành phần hồ sơ')!;
    assert(documents.querySelector('tbody tr')!.textContent!.includes('Tờ khai đăng ký khai sinh'), 'documents listed');
    // The form's template is a real file: the link leads to the Word form, not to an error.
    const templateLink = documents.querySelector<HTMLAnchorElement>('a')!;
    equal(templateLink.textContent, 'Tờ khai đăng ký khai sinh', 'the template link');
    const file = await fetch(templateLink.href);
    equal(file.status, 200, 'the template downloads');
    equal(file.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a Word file');
    equal(new Uint8Array(await file.arrayBuffer()).subarray(0, 2).join(), '80,75', 'a zip (Office Open XML)');
    assert(section(el, 'Trình tự thực hiện')!.querySelectorAll('li').length > 0, 'steps');
    assert(section(el, 'Căn cứ pháp lý')!.textContent!.includes('Luật Hộ tịch'), 'legal basis');
    await waitFor(() => $(el, '[role="status"]')!.textContent!.includes('Đăng ký khai sinh'), 'loading announced');
    await expectAccessible(el, 'loaded');
  });

  it("fits the page's outline with heading-level: the name at that level, its sections one deeper", async () => {
    const plain = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193"></dvc-service-detail>`);
    await waitFor(() => title(plain), 'the procedure');
    const sections = $$(plain, 'h3').length;
    assert(sections >= 5, `its sections: ${sections}`);
    equal(expectOutline(plain, 2, 'default'), `2${' 3'.repeat(sections)}`, 'level 2 by default, sections at 3');
    cleanup();
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail heading-level="3" code="1.001193"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    equal(expectOutline(el, 3, 'loaded'), `3${' 4'.repeat(sections)}`, 'the name at 3, sections at 4');
    await expectAccessible(el, 'heading-level 3');
  });

  it('tells the page each procedure it shows (dvc-service-detail-load), with its code and name', async () => {
    const loads: DvcServiceDetailLoadDetail[] = [];
    const container = document.createElement('div');
    container.addEventListener('dvc-service-detail-load', (event) => loads.push(event.detail));
    document.body.append(container);
    try {
      const el = document.createElement('dvc-service-detail');
      el.code = '1.001193';
      container.append(el);
      await waitFor(() => loads.length === 1, 'the first load');
      el.code = '1.004222';
      await waitFor(() => loads.length === 2, 'the second load');
      equal(JSON.stringify(loads.map(({ code, name }) => ({ code, name }))), JSON.stringify([
        { code: '1.001193', name: 'Đăng ký khai sinh' }, { code: '1.004222', name: 'Đăng ký thường trú' },
      ]), 'code and name of each, bubbling out of the widget');
      equal(loads[1]!.service.code, '1.004222', 'the whole procedure too');
      el.code = 'x';
      await waitFor(() => $(el, '[role="alert"]'), 'the error');
      equal(loads.length, 2, 'nothing for a code that loads nothing');
    } finally {
      container.remove();
    }
  });

  it("shows a local copy asked for by its old code under its new code, and says the code changed", async () => {
    // 2.000850 was re-published as 3.000346; Huế's copy keeps its suffix.
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="2.000850.H46"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    equal(title(el), 'Cấp giấy phép lái xe', 'the procedure, not "not found"');
    assert($(el, '[part="facts"]')!.textContent!.includes('3.000346.H46'), 'its new code in the facts');
    equal($(el, '[role="note"]')?.textContent?.trim(), 'Mã 2.000850.H46 là mã cũ: thủ tục đã được công bố lại với mã 3.000346.H46.', 'the change said');
    await expectAccessible(el, 'old code of a local copy');
    el.code = '3.000346.H46';
    await waitFor(() => !$(el, '[role="note"]') && title(el), 'the new code');
    equal($(el, '[role="note"]'), null, 'nothing to say under the current code');
  });

  it('starts a submission with the keyboard and with the mouse', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193"></dvc-service-detail>`);
    const start = await waitFor(() => $<HTMLButtonElement>(el, '[part="start"]'), 'start button');
    await tabTo(start);
    let started = nextStart(el);
    await press('Enter');
    equal((await started).code, '1.001193', 'keyboard start');
    started = nextStart(el);
    await click(start);
    equal((await started).service.name, 'Đăng ký khai sinh', 'mouse start');
  });

  it('links the start action to the submission page when given a template', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193" submit-href="/nop-ho-so?ma={code}"></dvc-service-detail>`);
    const start = await waitFor(() => $<HTMLAnchorElement>(el, 'a[part="start"]'), 'start link');
    assert(start.href.endsWith('/nop-ho-so?ma=1.001193'), start.href);
    el.addEventListener('dvc-start-submission', (event) => event.preventDefault(), { once: true });
    const before = location.href;
    await click(start);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a navigation would have started by now
    equal(location.href, before, 'a cancelled event stops the navigation');
  });

  it('explains an unknown or malformed code, and retries', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.999999"></dvc-service-detail>`);
    const alert = await waitFor(() => $(el, '[role="alert"]'), 'not found');
    assert(/không tìm thấy/i.test(alert.textContent!), `not found in Vietnamese: ${alert.textContent}`);
    assert(!$(el, '[role="alert"] button'), 'no "Thử lại": asking again would get the same answer');
    await expectAccessible(el, 'not found');
    el.code = 'abc';
    await waitFor(() => /mã thủ tục|không hợp lệ|định dạng/i.test($(el, '[role="alert"]')?.textContent ?? ''), 'a malformed-code message');
    el.code = '1.001193';
    await waitFor(() => title(el) === 'Đăng ký khai sinh', 'loads once the code is right');
  });

  it('offers "Thử lại" when the connection failed, and it works once the connection is back', async () => {
    let offline = true;
    const client = await sandboxClient({
      retry: 0,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        if (offline) throw new TypeError('Failed to fetch');
        return fetch(input, init);
      },
    });
    configure({ client });
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193"></dvc-service-detail>`);
    const retry = await waitFor(() => $<HTMLButtonElement>(el, '[role="alert"] button'), 'a retry button', 9000);
    equal(retry.textContent!.trim(), 'Thử lại', 'the retry button');
    await expectAccessible(el, 'connection failed');
    offline = false;
    await click(retry);
    await waitFor(() => title(el) === 'Đăng ký khai sinh', 'loaded on retry');
  });

  it('a refused key is the page\'s setup: the citizen reads that, the developers get the detail in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193" publishable-key="pk_test_not_a_key"></dvc-service-detail>`);
      const alert = await waitFor(() => $(el, '[role="alert"]'), 'an error');
      equal(alert.querySelector('p')!.textContent, 'Trang này chưa được thiết lập để kết nối với Cổng Dịch vụ công. Vui lòng báo cho đơn vị quản lý trang.', 'the citizen\'s message');
      assert(!/pk_|127\.0\.0\.1|localhost|http/.test(alert.textContent!), `no key or host shown: ${alert.textContent}`);
      assert(!$(el, '[role="alert"] button'), 'no "Thử lại" for a setup problem');
      assert(warnings.some((w) => w.startsWith('[dvc-kit] ')), `the detail in the console: ${warnings.join(' | ')}`);
      await expectAccessible(el, 'refused key');
    } finally {
      console.warn = warn;
    }
  });

  it('renders server text that contains markup as text, and never links a javascript: template', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const client = await sandboxClient({
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(new Request(input, init));
        const body = await response.json() as Record<string, unknown> & { documents: { template: unknown }[]; steps: string[] };
        body.name = payload;
        body.steps = [payload];
        body.documents[0]!.template = { name: payload, url: 'javascript:window.__pwned=3' };
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    });
    configure({ client });
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193"></dvc-service-detail>`);
    await waitFor(() => title(el) === payload, 'the name shown as text');
    assert(section(el, 'Trình tự thực hiện')!.textContent!.includes(payload), 'steps as text');
    equal(el.shadowRoot!.querySelectorAll('img, script').length, 0, 'no element made from server data');
    assert(![...el.shadowRoot!.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:')), 'no javascript: link');
    assert(section(el, 'Thành phần hồ sơ')!.textContent!.includes(`Mẫu đơn, tờ khai: ${payload}`), 'template name kept as text');
    equal((window as { __pwned?: number }).__pwned, undefined, 'nothing ran');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193" lang="en"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    assert(section(el, 'How to apply, processing time and fees')!.querySelector('td')!.textContent!.match(/^1 working day(?!s)/), 'English units, singular');
    equal($(el, '[part="start"]')!.textContent!.trim(), 'Apply online', 'English action');
    await expectAccessible(el, 'English');
  });

  it('in English, marks the catalogue\'s Vietnamese content lang="vi" and names the sector in English', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193.H46" lang="en"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    equal($(el, '[part="title"]')!.getAttribute('lang'), 'vi', 'the procedure name is Vietnamese');
    const facts = $(el, '[part="facts"]')!;
    const sector = [...facts.querySelectorAll('dt')].find((dt) => dt.textContent === 'Sector')!.nextElementSibling!;
    equal(sector.textContent, 'Civil status', 'the sector from the API, in English');
    equal(sector.closest('[lang]'), null, 'an English name is not marked Vietnamese (the host lang="en" applies)');
    const steps = section(el, 'Steps')!.querySelector('ol')!;
    equal(steps.getAttribute('lang'), 'vi', 'the steps are the catalogue\'s');
    equal(unmarkedVietnamese(el).join('\n'), '', 'every Vietnamese text under lang="vi"');
    await expectAccessible(el, 'English, with Vietnamese content');
  });

  it('in Vietnamese, marks nothing: the widget\'s language is the content\'s', async () => {
    const el = await fixture<DvcServiceDetail>(html`<dvc-service-detail code="1.001193.H46"></dvc-service-detail>`);
    await waitFor(() => title(el), 'the procedure');
    equal($$(el, '[lang]').length, 0, 'no lang inside');
  });
});
