import { html } from 'lit';
import type { Dossier, DossierStatus, DvcClient } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, clockCases, deepActiveElement, equal, expectAccessible, fixture, move, press, resetClock,
  sandboxClient, setClock, submitDossier, tabTo, type, useSandbox, vietnamDay, waitFor,
} from '../test-support.js';
import type { DvcDossierStatusDetail, DvcDossierTracker } from './dvc-dossier-tracker.js';
import './index.js';

const phone = '0912345678';
const payload = '<img src=x onerror=alert(1)><script>window.__dvcTrackerXss = 1</script>';

let dvc: DvcClient;

/** A dossier of its own for each test: birth registration (1.001193) by default. */
async function submit(serviceCode = '1.001193'): Promise<Dossier> {
  return (await submitDossier(serviceCode, { province: '38', phone })).dossier;
}

const input = (tracker: DvcDossierTracker, id: 'code' | 'phone') => $<HTMLInputElement>(tracker, `#${id}`)!;
const statusText = (tracker: DvcDossierTracker) => $(tracker, '[part="status"] strong')?.textContent?.trim();
const entries = (tracker: DvcDossierTracker) => $$(tracker, '[part="entry"]');
/** The value the summary list shows under `label`. */
const summaryValue = (tracker: DvcDossierTracker, label: string) =>
  $$(tracker, '[part="summary"] dt').find((dt) => dt.textContent === label)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
/** How far below the top of its value box the first visible character of the value under `label` sits, in lines of its text (0: on the first line). */
function valueLinesDown(tracker: DvcDossierTracker, label: string): number {
  const dd = $$(tracker, '[part="summary"] dt').find((dt) => dt.textContent === label)!.nextElementSibling!;
  const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
  let text: Node | null;
  while ((text = walker.nextNode()) && !text.textContent!.trim());
  assert(text, `a value under ${label}`);
  const start = text.textContent!.search(/\S/);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  const glyph = range.getBoundingClientRect();
  return Math.round((glyph.top - dd.getBoundingClientRect().top) / glyph.height);
}
const announcer = (tracker: DvcDossierTracker) => $(tracker, '[role="status"]')!.textContent!.trim();

/** How long to wait for what the live stream brings: more than one polling round (5 s) if it falls back. */
const LIVE = 12_000;

describe('<dvc-dossier-tracker>', () => {
  before(async () => {
    await useSandbox();
    dvc = await sandboxClient({ retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    await useSandbox();
    configure({ client: undefined });
  });

  it('looks a dossier up with the keyboard alone and shows its status, procedure and history', async () => {
    const dossier = await submit();
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker></dvc-dossier-tracker>`);
    await expectAccessible(tracker, 'empty');
    const statuses: DvcDossierStatusDetail[] = [];
    tracker.addEventListener('dvc-dossier-status', (event) => statuses.push(event.detail));

    await tabTo(input(tracker, 'code'));
    await type(dossier.code);
    await press('Tab');
    equal(deepActiveElement(), input(tracker, 'phone'), 'Tab goes from the code to the phone');
    await type('091 234 5678');
    await press('Enter');

    const heading = await waitFor(() => $(tracker, '#result-title'), 'the result');
    await waitFor(() => deepActiveElement() === heading, 'focus on the result heading');
    equal(heading.textContent, `Hồ sơ ${dossier.code}`, 'heading');
    equal(statusText(tracker), 'Mới đăng ký', 'current status from the contract labels');
    const summary = $(tracker, '[part="summary"]')!.textContent!;
    assert(summary.includes('Đăng ký khai sinh'), `procedure name in ${summary}`);
    assert(summary.includes('Chưa tiếp nhận'), 'not received yet');
    equal(entries(tracker).length, 1, 'one history entry');
    equal(entries(tracker)[0]!.getAttribute('aria-current'), 'step', 'the latest entry is the current step');
    assert(/\d{2}\/\d{2}\/\d{4}/.test(entries(tracker)[0]!.querySelector('time')!.textContent!), 'a Vietnamese date with time');
    equal(input(tracker, 'phone').value, '091 234 5678', 'the phone stays as typed');
    equal(tracker.getAttribute('phone'), null, 'the phone never becomes an attribute');
    equal(JSON.stringify(statuses), JSON.stringify([{ code: dossier.code, status: 'receiving', previousStatus: null }]), 'dvc-dossier-status');
    await expectAccessible(tracker, 'result');
  });

  it('looks up with the mouse, then shows each new status live and announces it, until a final status', async function (this: { timeout(ms: number): void }) {
    // Each live update below may arrive through polling (every 5 s) if the stream falls back.
    this.timeout(90_000);
    const dossier = await submit();
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}></dvc-dossier-tracker>`);
    equal(input(tracker, 'code').value, dossier.code, 'the code attribute prefills the field');
    const statuses: DvcDossierStatusDetail[] = [];
    tracker.addEventListener('dvc-dossier-status', (event) => statuses.push(event.detail));

    await click(input(tracker, 'phone'));
    await type(phone);
    await click($(tracker, '[part="submit"]')!);
    await waitFor(() => statusText(tracker) === 'Mới đăng ký', 'the result');
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);

    await move(dossier.code, 'new');
    await waitFor(() => statusText(tracker) === 'Được tiếp nhận', 'the new status without a reload', LIVE);
    await waitFor(() => announcer(tracker) === `Hồ sơ ${dossier.code} chuyển sang trạng thái: Được tiếp nhận.`, 'announced politely', LIVE);
    equal($(tracker, '[role="status"]')!.getAttribute('role'), 'status', 'a polite live region');
    // The event shows at once; a re-read then fills in who acted and the dates.
    await waitFor(() => entries(tracker).length === 2 && entries(tracker)[1]!.querySelector('.entry-who')?.textContent?.includes('Bộ phận Một cửa'),
      'the full entry after the re-read', LIVE);
    const summary = $(tracker, '[part="summary"]')!.textContent!;
    assert(!summary.includes('Chưa tiếp nhận'), `received date shown: ${summary}`);
    equal(entries(tracker)[0]!.getAttribute('aria-current'), 'false', 'the earlier entry is no longer current');

    await move(dossier.code, 'processing');
    await waitFor(() => statusText(tracker) === 'Đang xử lý', 'processing', LIVE);
    await waitFor(() => announcer(tracker).endsWith('Đang xử lý.'), 'processing announced', LIVE);
    await expectAccessible(tracker, 'live update');

    await move(dossier.code, 'releasing');
    await move(dossier.code, 'done');
    await waitFor(() => statusText(tracker) === 'Đã trả kết quả', 'done', LIVE);
    await waitFor(() => $(tracker, '.live-ended'), 'watching ends on a final status', LIVE);
    equal(statuses.map((s) => `${s.previousStatus ?? ''}>${s.status}`).join(' '),
      '>receiving receiving>new new>processing processing>releasing releasing>done', 'one event per change');
    await expectAccessible(tracker, 'final status');
  });

  it('offers a finished dossier\'s rating, loads it when asked, and rates with the phone already checked', async () => {
    const inProgress = await submit();
    const progress = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${inProgress.code}></dvc-dossier-tracker>`);
    await click(input(progress, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(progress, '#result-title'), 'the result');
    equal($(progress, '[part="rating"]'), null, 'nothing to rate while in progress');
    cleanup();

    const dossier = await submit();
    await move(dossier.code, 'denied');
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}></dvc-dossier-tracker>`);
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    const open = await waitFor(() => $(tracker, '[part="rating-open"]'), 'the offer to rate');
    equal(customElements.get('dvc-rating'), undefined, 'the rating is not loaded before it is asked for');
    await expectAccessible(tracker, 'rating offered');
    await tabTo(open);
    await press('Enter');
    const rating = await waitFor(() => $(tracker, 'dvc-rating'), 'the rating');
    const level = await waitFor(() => rating.shadowRoot?.querySelector<HTMLInputElement>('#overall-5'), 'its form, without asking for the phone again');
    equal(rating.shadowRoot!.querySelector('#phone'), null, 'no phone field');
    equal(rating.getAttribute('heading-level'), '3', 'its heading under the dossier\'s');
    await tabTo(level);
    await press('Space');
    await click(rating.shadowRoot!.querySelector('[part="submit"]')!);
    await waitFor(() => rating.shadowRoot!.querySelector('#heading')?.textContent === 'Cảm ơn ông/bà đã đánh giá', 'the thanks');
    equal((await dvc.ratings.get(dossier.code, { verifier: phone })).rating?.overall, 5, 'recorded');
    await expectAccessible(tracker, 'rated in the tracker');
  });

  it('answers a wrong phone without saying which field was wrong, keeping both fields', async () => {
    const dossier = await submit();
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker></dvc-dossier-tracker>`);
    await click(input(tracker, 'code'));
    await type(dossier.code);
    await click(input(tracker, 'phone'));
    await type('0987654321');
    await press('Enter');
    const summary = await waitFor(() => $(tracker, '.error-summary'), 'the error summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(summary.querySelector('li')!.textContent!.trim(), 'Không tìm thấy hồ sơ với mã và số điện thoại đã nhập.', 'one message for both');
    equal(summary.querySelectorAll('a').length, 0, 'no link to one field');
    equal(input(tracker, 'code').getAttribute('aria-invalid'), null, 'the code is not blamed');
    equal(input(tracker, 'phone').getAttribute('aria-invalid'), null, 'the phone is not blamed');
    equal(input(tracker, 'code').value, dossier.code, 'code kept');
    equal(input(tracker, 'phone').value, '0987654321', 'phone kept');
    equal($(tracker, '[part="result"]'), null, 'no result');
    await expectAccessible(tracker, 'not found');
  });

  it('says a code locked by five wrong phones is locked and when it reopens, keeping both fields', async () => {
    const dossier = await submit();
    // Someone else tried five wrong numbers on this code.
    for (let i = 0; i < 5; i++) {
      const error = await dvc.dossiers.get(dossier.code, { verifier: `098765432${i}` }).then(() => null, (e: unknown) => e);
      equal((error as { code?: string } | null)?.code, 'dossier_not_found', `wrong phone ${i + 1}`);
    }
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker></dvc-dossier-tracker>`);
    await click(input(tracker, 'code'));
    await type(dossier.code);
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    const summary = await waitFor(() => $(tracker, '.error-summary'), 'the error summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    const message = summary.querySelector('li')!.textContent!.trim();
    const code = dossier.code.replaceAll('.', '\\.');
    const expected = new RegExp(`^Mã ${code} tạm khoá tra cứu vì số điện thoại bị nhập sai 5 lần\\. Vui lòng thử lại lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} \\(giờ Việt Nam\\), hoặc liên hệ trực tiếp cơ quan tiếp nhận\\.$`);
    assert(expected.test(message), `the lock and when it reopens: ${message}`);
    equal(input(tracker, 'code').value, dossier.code, 'code kept');
    equal(input(tracker, 'phone').value, phone, 'phone kept');
    equal($(tracker, '[part="result"]'), null, 'nothing shown');
    await expectAccessible(tracker, 'locked');
  });

  it('refuses a malformed code and phone in the page, sending nothing', async () => {
    let requests = 0;
    configure({
      client: await sandboxClient({
        retry: 0,
        fetch: (resource, init) => {
          requests++;
          return fetch(resource, init);
        },
      }),
    });
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker></dvc-dossier-tracker>`);
    await tabTo($(tracker, '[part="submit"]')!);
    await press('Enter');
    let summary = await waitFor(() => $(tracker, '.error-summary'), 'the summary for empty fields');
    equal([...summary.querySelectorAll('li')].map((li) => li.textContent!.trim()).join(' | '),
      'Vui lòng nhập mã hồ sơ. | Vui lòng nhập số điện thoại di động.', 'both fields required');

    await click(input(tracker, 'code'));
    await type('HS-2024/01');
    await click(input(tracker, 'phone'));
    await type('12345');
    await press('Enter');
    await waitFor(() => $(tracker, '#code-error')?.textContent?.includes('không đúng định dạng'), 'the code message');
    summary = $(tracker, '.error-summary')!;
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal($(tracker, '#phone-error')!.textContent, 'Lỗi: Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84).', 'the contract\'s phone message');
    equal(input(tracker, 'code').getAttribute('aria-invalid'), 'true', 'code invalid');
    equal(input(tracker, 'code').getAttribute('aria-describedby'), 'code-hint code-error', 'the message describes the field');
    equal(input(tracker, 'code').value, 'HS-2024/01', 'code kept');
    await expectAccessible(tracker, 'invalid');

    // The summary's link takes the keyboard to the field.
    await tabTo(summary.querySelector('a')!);
    await press('Enter');
    equal(deepActiveElement(), input(tracker, 'code'), 'the link focuses the code field');
    equal(requests, 0, 'nothing was sent');
  });

  it('shows notes and supplement reasons with HTML and script as text', async function (this: { timeout(ms: number): void }) {
    // Each live update below may arrive through polling (every 5 s) if the stream falls back.
    this.timeout(90_000);
    const dossier = await submit();
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}></dvc-dossier-tracker>`);
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);
    await move(dossier.code, 'new', payload);
    await waitFor(() => entries(tracker).length === 2, 'the new entry', LIVE);
    const note = await waitFor(() => entries(tracker)[1]!.querySelector('.entry-note'), 'the note', LIVE);
    assert(note.textContent!.includes(payload), `the note as text: ${note.textContent}`);
    // A supplement request: its reason is the agency's text too.
    await move(dossier.code, 'waiting', `Bổ sung giấy chứng sinh ${payload}`);
    await waitFor(() => statusText(tracker) === 'Yêu cầu bổ sung giấy tờ', 'waiting', LIVE);
    const supplement = await waitFor(() => $(tracker, '[part="supplement"]'), 'the supplement request', LIVE);
    assert(supplement.querySelector('.supplement-reason')!.textContent!.includes(payload), 'the reason as text');
    assert(supplement.textContent!.includes('Hạn bổ sung:'), 'the supplement deadline');
    equal($$(tracker, 'img, script').length, 0, 'no element from the note');
    await expectAccessible(tracker, 'supplement requested');
    equal((window as unknown as { __dvcTrackerXss?: number }).__dvcTrackerXss, undefined, 'no script ran');
  });

  it('marks a dossier past its due date as overdue', async () => {
    // Permanent residence registration: 7 working days from reception.
    const dossier = await submit('1.004222');
    const received = await move(dossier.code, 'new');
    assert(received.dueAt, 'a due date once received');
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}></dvc-dossier-tracker>`);
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => statusText(tracker) === 'Được tiếp nhận', 'the result');
    equal($(tracker, '[part="overdue"]'), null, 'not overdue yet');
    equal(valueLinesDown(tracker, 'Ngày hẹn trả kết quả'), 0, 'the due date on the first line of its value, beside its label');
    try {
      // Checked while the clock is moved on: a later render (slot names, an announcement) would use the real clock again.
      await setClock(new Date(Date.parse(received.dueAt!) + 86_400_000).toISOString());
      tracker.requestUpdate();
      const badge = await waitFor(() => $(tracker, '[part="overdue"]'), 'the overdue badge');
      equal(badge.textContent, 'Quá hạn giải quyết', 'overdue badge');
      equal(valueLinesDown(tracker, 'Ngày hẹn trả kết quả'), 0, 'the due date still on its first line with the badge');
      await expectAccessible(tracker, 'overdue');
    } finally {
      await resetClock();
    }
  });

  describe('dates, as the portal writes them, in Vietnam time', () => {
    afterEach(resetClock);
    for (const clock of clockCases) {
      it(`on ${clock.what}: dd/MM/yyyy HH:mm in Vietnamese, d MMM yyyy, HH:mm in English`, async () => {
        await setClock(clock.at);
        // Permanent residence registration: received at once, so it has a reception time and a due date.
        const dossier = await submit('1.004222');
        const received = await move(dossier.code, 'new');
        assert(received.dueAt, 'a due date once received');
        for (const [lang, text, labels] of [
          ['vi', clock.vi, ['Ngày nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả kết quả']],
          ['en', clock.en, ['Submitted', 'Received', 'Result due']],
        ] as const) {
          const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code} lang=${lang}></dvc-dossier-tracker>`);
          await click(input(tracker, 'phone'));
          await type(phone);
          await press('Enter');
          await waitFor(() => entries(tracker).length === 2, `the ${lang} history`);
          const times = entries(tracker).map((entry) => entry.querySelector('time')!.textContent);
          equal(JSON.stringify(times), JSON.stringify([text, text]), `${lang} history times`);
          equal(summaryValue(tracker, labels[0]), text, `${lang} submitted`);
          equal(summaryValue(tracker, labels[1]), text, `${lang} received`);
          const due = summaryValue(tracker, labels[2])!;
          const dueShape = lang === 'vi' ? `${vietnamDay(received.dueAt)} ` : '';
          assert(due.startsWith(dueShape) && (lang === 'vi' ? /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ : /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/).test(due), `${lang} due date: ${due}`);
          cleanup();
        }
      });
    }
  });

  it('shows the fees left to pay and a way to pay them, whatever the status; none for a free dossier', async () => {
    const paid = await submit('1.004222'); // permanent residence: a fee online
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker pay-href="thanh-toan.html?dossier={code}" code=${paid.code}></dvc-dossier-tracker>`);
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    const fees = await waitFor(() => $(tracker, '[part="fees"]'), 'the fees');
    const value = (label: string) => [...fees.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
    equal(value('Tổng số phải nộp'), `${paid.fees.total.toLocaleString('vi-VN')} ₫`.replace(/\u00a0/g, ' '), 'the total');
    equal(value('Đã nộp'), '0 ₫', 'nothing paid yet');
    const pay = $<HTMLAnchorElement>(tracker, '[part="pay"]')!;
    assert(pay, 'a pay link while the dossier is only just registered (not only when "paying")');
    equal(new URL(pay.href).search, `?dossier=${encodeURIComponent(paid.code)}`, 'to the page that pays it');
    assert(/^Thanh toán /.test(pay.textContent!), pay.textContent!);
    await expectAccessible(tracker, 'fees to pay');
    cleanup();

    const free = await submit('1.001193');
    const other = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker pay-href="thanh-toan.html?dossier={code}" code=${free.code}></dvc-dossier-tracker>`);
    await click(input(other, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(other, '#result-title'), 'the result');
    equal($(other, '[part="fees"]'), null, 'no fees, no pay link');
  });

  it('speaks English', async () => {
    const dossier = await submit();
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker lang="en"></dvc-dossier-tracker>`);
    equal($(tracker, 'label[for="code"]')!.textContent, 'Dossier code', 'label');
    equal($(tracker, '[part="submit"]')!.textContent, 'Look up', 'button');
    await tabTo(input(tracker, 'code'));
    await type(dossier.code);
    await press('Tab');
    await type(phone);
    await press('Enter');
    await waitFor(() => statusText(tracker) === 'Newly registered', 'English status label');
    equal($(tracker, '#result-title')!.textContent, `Dossier ${dossier.code}`, 'heading');
    assert(/[A-Z][a-z]{2} \d{4}/.test(entries(tracker)[0]!.querySelector('time')!.textContent!), 'an English date');
    await expectAccessible(tracker, 'English result');

    input(tracker, 'phone').focus();
    await press('Backspace');
    await type('1');
    await press('Enter');
    const summary = await waitFor(() => $(tracker, '.error-summary'), 'English not found');
    equal(summary.querySelector('li')!.textContent!.trim(), 'No dossier matches that code and phone number.', 'English message');
    await expectAccessible(tracker, 'English error');
  });

  it('shows a connection failure and keeps every field', async () => {
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker base-url="http://127.0.0.1:9" lang="en"></dvc-dossier-tracker>`);
    await click(input(tracker, 'code'));
    await type('000.00.38.H38-251123-0001');
    await click(input(tracker, 'phone'));
    await type(phone);
    await press('Enter');
    const summary = await waitFor(() => $(tracker, '.error-summary'), 'the connection error', 8000);
    assert(/Could not reach/.test(summary.textContent!) && !summary.textContent!.includes('127.0.0.1'), `the SDK's message, without the host: ${summary.textContent}`);
    equal(input(tracker, 'code').value, '000.00.38.H38-251123-0001', 'code kept');
    equal(input(tracker, 'phone').value, phone, 'phone kept');
    await expectAccessible(tracker, 'connection error');
  });
});
