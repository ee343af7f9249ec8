// The rest of a dossier's life in <dvc-dossier-tracker>: its papers (receipt, result, files by
// slot), the supplement step, withdrawal and paying, each driven by keyboard or mouse against the
// sandbox, axe-clean in every state. The lookup itself and live updates: dvc-dossier-tracker.test.ts.
import { html } from 'lit';
import type { Dossier, DvcClient } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import { paymentProviders } from '@dvc-kit/sdk/contract';
import {
  $, $$, assert, cleanup, click, deepActiveElement, equal, expectAccessible, expectOutline, fixture, move, pdf, pickFiles, press, resetClock, sandboxClient, setClock,
  submitDossier, tabTo, type, useSandbox, vietnamDay, waitFor,
} from '../test-support.js';
import type { DvcPayment } from '../dvc-payment/dvc-payment.js';
import type { DvcDossierTracker } from './dvc-dossier-tracker.js';
import '../dvc-payment/index.js';
import './index.js';

const phone = '0912345678';
/** How long to wait for what the live stream brings: more than one polling round (5 s) if it falls back. */
const LIVE = 12_000;

let dvc: DvcClient;

/** A dossier of its own for each test: birth registration (1.001193, no fees) by default. */
async function submit(serviceCode = '1.001193'): Promise<Dossier> {
  return (await submitDossier(serviceCode, { province: '46', phone })).dossier;
}

/** A tracker showing `dossier`, looked up by typing the phone and pressing Enter. */
async function track(dossier: Dossier, attributes: { payHref?: string; lang?: string; headingLevel?: number } = {}): Promise<DvcDossierTracker> {
  const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}
    pay-href=${attributes.payHref ?? ''} lang=${attributes.lang ?? 'vi'} heading-level=${attributes.headingLevel ?? 2}></dvc-dossier-tracker>`);
  await click($(tracker, '#phone')!);
  await type(phone);
  await press('Enter');
  await waitFor(() => $(tracker, '#result-title'), 'the dossier');
  return tracker;
}

const statusText = (tracker: DvcDossierTracker) => $(tracker, '[part="status"] strong')?.textContent?.trim();
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The value the summary list shows under `label`. */
const summaryValue = (tracker: DvcDossierTracker, label: string) =>
  text($$(tracker, '[part="summary"] dt').find((dt) => dt.textContent === label)?.nextElementSibling);

const DAY = 86_400_000;
/** The dossier as the API has it now. */
const current = (dossier: Dossier) => dvc.dossiers.get(dossier.code, { verifier: phone });

// Safety net: the payment widget never takes the test page to the gateway.
window.addEventListener('dvc-payment-redirect', (event) => event.preventDefault());

describe('<dvc-dossier-tracker>: the rest of the journey', () => {
  before(async () => {
    await useSandbox();
    dvc = await sandboxClient({ retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    await resetClock();
    await useSandbox();
    configure({ client: undefined });
  });

  it('shows the receiving commune, how the result comes, the receipt and each file under its document slot', async () => {
    const dossier = await submit();
    assert(dossier.commune, 'a commune-level dossier has its commune');
    const tracker = await track(dossier);
    equal(summaryValue(tracker, 'Nơi tiếp nhận'), dossier.commune.name, 'the receiving commune');
    equal(summaryValue(tracker, 'Hình thức nhận kết quả'), 'Nhận trực tiếp tại nơi nộp hồ sơ', 'the delivery method, from the contract labels');
    const receipt = $<HTMLAnchorElement>(tracker, '[part="receipt"]')!;
    equal(text(receipt), 'Giấy tiếp nhận hồ sơ (PDF)', 'the receipt link');
    equal(receipt.href, dossier.receiptUrl, 'to the receipt the API signed');
    equal($(tracker, '[part="result-file"]'), null, 'no result before it is issued');

    // The slots' names come from the procedure's record.
    const detail = await dvc.services.get(dossier.service.code);
    const files = await waitFor(() => {
      const list = $(tracker, '[part="files"]');
      return list && !text(list).includes('Giấy tờ kèm theo') ? list : undefined;
    }, 'the slot names');
    for (const file of dossier.attachments) {
      const slot = detail.documents.find((doc) => doc.key === file.document)!;
      const item = [...files.children].find((li) => text(li.querySelector('.slot-name')) === slot.name);
      assert(item && text(item).includes(file.name), `${file.name} under "${slot.name}": ${text(files)}`);
    }
    await expectAccessible(tracker, 'papers');
  });

  it('offers the electronic result, named and dated, once the dossier is released', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const dossier = await submit();
    const tracker = await track(dossier);
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);
    for (const status of ['new', 'processing', 'releasing'] as const) await move(dossier.code, status);
    const released = await dvc.dossiers.get(dossier.code, { verifier: phone });
    assert(released.result, 'the API issues a result');
    const link = await waitFor(() => $<HTMLAnchorElement>(tracker, '[part="result-file"] a'), 'the result link', LIVE);
    equal(text(link), 'Tải kết quả điện tử (PDF)', 'its text');
    equal(link.href, released.result.url, 'to the result the API signed');
    const day = released.result.issuedAt && text($(tracker, '#result-name'));
    assert(day.startsWith(`${released.result.name}, cấp ngày `) && /\d{2}\/\d{2}\/\d{4}$/.test(day), `name and date: ${day}`);
    await expectAccessible(tracker, 'result issued');
  });

  it('sends the supplement asked for: refused without a note, sent with a file; then processing, done and the result', async function (this: { timeout(ms: number): void }) {
    this.timeout(90_000);
    await setClock('2026-12-07T09:05:00+07:00');
    const dossier = await submit();
    const tracker = await track(dossier);
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);
    await move(dossier.code, 'new');
    const waiting = await move(dossier.code, 'waiting', 'Bổ sung bản sao giấy chứng sinh có chứng thực.');
    const asked = waiting.supplement!;
    const form = await waitFor(() => $(tracker, '[part="supplement-form"]'), 'the supplement form', LIVE);
    const box = $(tracker, '[part="supplement"]')!;
    equal(text(box.querySelector('.supplement-reason')), 'Bổ sung bản sao giấy chứng sinh có chứng thực.', 'the reason');
    assert(text(box).includes(`Hạn bổ sung: ${vietnamDay(asked.deadline)} `), `the deadline: ${text(box)}`);
    // The deadline is whole working days after the request, a moment ago (the time left is said to the hour).
    const days = Math.round((Date.parse(asked.deadline) - Date.parse(asked.requestedAt)) / DAY);
    assert(days >= 7, `at least 7 days: ${days}`);
    equal(text(box.querySelector('.time-left')), `(còn ${days} ngày)`, 'how long is left');
    await expectAccessible(tracker, 'supplement requested');

    // No note: refused in the page, the summary's link takes focus to the note.
    await click(form.querySelector('[part="supplement-submit"]')!);
    const summary = await waitFor(() => form.querySelector<HTMLElement>('.error-summary'), 'the summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(text(summary.querySelector('li')), 'Vui lòng nhập nội dung bổ sung, giải trình.', 'the note is required');
    equal(text($(tracker, '#supplement-note-error')), 'Lỗi: Vui lòng nhập nội dung bổ sung, giải trình.', 'on the field, with its prefix');
    await expectAccessible(tracker, 'supplement invalid');
    await tabTo(summary.querySelector('a')!);
    await press('Enter');
    equal(deepActiveElement(), $(tracker, '#supplement-note'), 'the link focuses the note');
    await type('Gửi bản sao giấy chứng sinh có chứng thực.');

    // Two files, one removed with the keyboard; the other uploaded with its progress shown.
    const fileInput = $<HTMLInputElement>(tracker, '#supplement-files-input')!;
    pickFiles(fileInput, [pdf('giay-chung-sinh-ban-sao.pdf'), pdf('nham.pdf')]);
    await waitFor(() => $$(tracker, '.file[data-state="done"]').length === 2, 'both files uploaded');
    assert($(tracker, '.file progress'), 'a progress bar per file');
    const wrong = $$(tracker, '.file').find((li) => text(li).includes('nham.pdf'))!;
    await tabTo(wrong.querySelector('.remove')!);
    await press('Enter');
    await waitFor(() => $$(tracker, '.file').length === 1, 'one file left');
    await waitFor(() => text($(tracker, '[role="status"]')) === 'Đã xóa tệp nham.pdf.', 'the removal announced');
    await expectAccessible(tracker, 'supplement with a file');

    await tabTo($(tracker, '[part="supplement-submit"]')!);
    await press('Enter');
    const state = await waitFor(() => $(tracker, '[part="supplement-state"]'), 'the supplement as sent');
    await waitFor(() => deepActiveElement() === state, 'focus on what was sent');
    const sent = await current(dossier);
    equal(sent.supplement?.state, 'sent', 'sent, for the API');
    equal(sent.supplement?.note, 'Gửi bản sao giấy chứng sinh có chứng thực.', 'with the note');
    assert(sent.attachments.some((file) => file.name === 'giay-chung-sinh-ban-sao.pdf' && file.document === null), 'with the file');
    assert(!sent.attachments.some((file) => file.name === 'nham.pdf'), 'not the removed file');
    const said = text(state);
    assert(said.startsWith(`Đã gửi bổ sung. Đã gửi ngày ${vietnamDay(sent.supplement!.sentAt!)} `) && said.endsWith(', đang chờ cơ quan giải quyết tiếp nhận.'),
      `the new state, with when it was sent: ${said}`);
    equal($(tracker, '[part="supplement-form"]'), null, 'no form any more');
    await waitFor(() => $$(tracker, '[part="files"] .file-name').some((li) => text(li) === 'giay-chung-sinh-ban-sao.pdf'), 'the file among the papers');
    await expectAccessible(tracker, 'supplement sent');

    await move(dossier.code, 'processing');
    await waitFor(() => statusText(tracker) === 'Đang xử lý', 'processing', LIVE);
    await waitFor(() => text($(tracker, '[part="supplement"]')).includes('Hồ sơ bổ sung đã được tiếp nhận.'), 'the supplement accepted', LIVE);
    await move(dossier.code, 'releasing');
    await move(dossier.code, 'done');
    await waitFor(() => statusText(tracker) === 'Đã trả kết quả', 'done', LIVE);
    const link = await waitFor(() => $<HTMLAnchorElement>(tracker, '[part="result-file"] a'), 'the result link', LIVE);
    equal(link.href, (await current(dossier)).result?.url, 'the result the API signed');
    equal($(tracker, '[part="withdraw"]'), null, 'a dossier with its result cannot be withdrawn');
    await expectAccessible(tracker, 'done with its result');
  });

  it('says when the supplement deadline has passed, and offers no form', async () => {
    await setClock('2026-12-07T09:05:00+07:00');
    const dossier = await submit();
    await move(dossier.code, 'new');
    const waiting = await move(dossier.code, 'waiting', 'Bổ sung giấy tờ.');
    const tracker = await track(dossier);
    await waitFor(() => $(tracker, '[part="supplement-form"]'), 'the form before the deadline');
    // Past the deadline by an hour (the sandbox may stop the dossier meanwhile: then too, no form).
    await setClock(new Date(Date.parse(waiting.supplement!.deadline) + 3_600_000).toISOString());
    tracker.requestUpdate();
    const expired = await waitFor(() => $(tracker, '[part="supplement-expired"]'), 'the deadline passed');
    equal(text(expired), 'Đã hết hạn bổ sung. Không thể gửi bổ sung trực tuyến nữa; vui lòng liên hệ cơ quan giải quyết.', 'said');
    equal($(tracker, '[part="supplement-form"]'), null, 'no form');
    await expectAccessible(tracker, 'supplement expired');
  });

  it("fits the page's outline with heading-level: the lookup's and the dossier's headings at that level, each section one deeper, a section's form deeper still", async function (this: { timeout(ms: number): void }) {
    this.timeout(90_000);
    const dossier = await submit('1.004222'); // a fee, and files in its document slots
    const empty = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker heading-level="3" code=${dossier.code}></dvc-dossier-tracker>`);
    await click($(empty, '[part="submit"]')!);
    await waitFor(() => $(empty, '.error-summary'), 'the summary');
    equal(expectOutline(empty, 3, 'no phone'), '3 4', 'the lookup, its error summary');
    await expectAccessible(empty, 'heading-level 3, no phone');
    cleanup();

    const tracker = await track(dossier, { headingLevel: 3 });
    // The lookup; the dossier; its papers (files sent), fees, timeline.
    equal(expectOutline(tracker, 3, 'a dossier'), '3 3 4 5 4 4', 'the lookup, the dossier and its sections');
    // With the keyboard: the files' slot names arrive with the procedure's record and move the buttons.
    await tabTo($(tracker, '[part="withdraw-button"]')!);
    await press('Enter');
    await tabTo(await waitFor(() => $(tracker, '[part="withdraw-continue"]'), 'the withdrawal'));
    await press('Enter');
    await waitFor(() => $(tracker, '#withdraw-form .error-summary'), 'the summary');
    equal(expectOutline(tracker, 3, 'withdraw: invalid'), '3 3 4 5 4 4 5 4', 'the withdrawal a section, its problems under it');
    await expectAccessible(tracker, 'heading-level 3, withdraw: invalid');
    cleanup();

    // A supplement asked for: its section, its form, the form's problems.
    await setClock('2026-12-07T09:05:00+07:00');
    const asked = await submit();
    const waiting = await track(asked, { headingLevel: 3 });
    await waitFor(() => $(waiting, '.live-watching'), 'watching', LIVE);
    await move(asked.code, 'new');
    await move(asked.code, 'waiting', 'Bổ sung bản sao giấy chứng sinh có chứng thực.');
    const form = await waitFor(() => $(waiting, '[part="supplement-form"]'), 'the supplement form', LIVE);
    await click(form.querySelector('[part="supplement-submit"]')!);
    await waitFor(() => form.querySelector('.error-summary'), 'the summary');
    equal(expectOutline(waiting, 3, 'supplement: invalid'), '3 3 4 5 4 5 6 4', 'the supplement request, its form, the form\'s problems');
    await expectAccessible(waiting, 'heading-level 3, supplement: invalid');
    cleanup();

    // A finished dossier: the offer to rate, then <dvc-rating> one level below the dossier.
    const finished = await submit();
    await move(finished.code, 'denied');
    const done = await track(finished, { headingLevel: 3 });
    equal(expectOutline(done, 3, 'rating offered'), '3 3 4 5 4 4', 'the offer to rate a section');
    await click(await waitFor(() => $(done, '[part="rating-open"]'), 'the offer to rate'));
    const rating = await waitFor(() => $(done, 'dvc-rating'), 'the rating');
    await waitFor(() => rating.shadowRoot?.querySelector('#overall-5'), 'its form');
    equal(rating.getAttribute('heading-level'), '4', 'the rating one level below the dossier');
    equal(expectOutline(done, 3, 'rating shown'), '3 3 4 5 4 4', 'the rating\'s heading in the place of the offer\'s');
    await expectAccessible(done, 'heading-level 3, rating shown');
  });

  it('withdraws with a reason and an explicit confirmation, which can be cancelled', async () => {
    const dossier = await submit();
    const tracker = await track(dossier);
    const open = $(tracker, '[part="withdraw-button"]')!;
    equal(text(open), 'Rút hồ sơ', 'offered while the dossier is only registered');
    await tabTo(open);
    await press('Enter');
    const reason = await waitFor(() => $<HTMLTextAreaElement>(tracker, '#withdraw-reason'), 'the reason');
    await waitFor(() => deepActiveElement() === reason, 'focus on the reason');
    await expectAccessible(tracker, 'withdraw: reason');

    // No reason: refused in the page.
    await tabTo($(tracker, '[part="withdraw-continue"]')!);
    await press('Enter');
    const summary = await waitFor(() => $(tracker, '#withdraw-form .error-summary'), 'the summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(text(summary.querySelector('li')), 'Vui lòng nhập lý do rút hồ sơ.', 'the reason is required');
    await expectAccessible(tracker, 'withdraw: invalid');
    await click(reason);
    await type('Nộp nhầm thủ tục.');
    await click($(tracker, '[part="withdraw-continue"]')!);

    // The confirmation, then Cancel: nothing is sent, focus back on the button.
    const title = await waitFor(() => $(tracker, '#withdraw-confirm-title'), 'the confirmation');
    await waitFor(() => deepActiveElement() === title, 'focus on the confirmation');
    equal(text(title), `Xác nhận rút hồ sơ ${dossier.code}?`, 'what it asks');
    assert(text($(tracker, '.withdraw-reason')).endsWith('Nộp nhầm thủ tục.'), 'the reason repeated');
    await expectAccessible(tracker, 'withdraw: confirm');
    const cancel = [...$(tracker, '[part="withdraw"]')!.querySelectorAll('button')].find((b) => text(b) === 'Hủy')!;
    await tabTo(cancel);
    await press('Enter');
    await waitFor(() => deepActiveElement() === $(tracker, '[part="withdraw-button"]'), 'focus back on "Rút hồ sơ"');
    equal((await current(dossier)).status, 'receiving', 'not withdrawn');

    // Again, confirmed with the mouse.
    await click($(tracker, '[part="withdraw-button"]')!);
    await waitFor(() => $<HTMLTextAreaElement>(tracker, '#withdraw-reason')?.value === 'Nộp nhầm thủ tục.', 'the reason kept');
    await click($(tracker, '[part="withdraw-continue"]')!);
    await click(await waitFor(() => $(tracker, '[part="withdraw-confirm"]'), 'the confirm button'));
    await waitFor(() => statusText(tracker) === 'Công dân yêu cầu rút hồ sơ', 'withdrawn');
    await waitFor(() => deepActiveElement() === $(tracker, '[part="status"]'), 'focus on the new status');
    await waitFor(() => text($(tracker, '[role="status"]')) === `Đã rút hồ sơ ${dossier.code}.`, 'announced');
    await waitFor(() => $(tracker, '.live-ended'), 'no more updates for a final status');
    const dts = [...$$(tracker, '[part~="summary"] dt')].map((dt) => text(dt));
    assert(dts.includes('Ngày kết thúc xử lý') && !dts.includes('Ngày trả kết quả'), `a withdrawn dossier has no result date: ${dts.join(' | ')}`);
    equal($(tracker, '[part="withdraw"]'), null, 'nothing more to withdraw');
    const withdrawn = await current(dossier);
    equal(withdrawn.status, 'cancelled', 'cancelled, for the API');
    equal(withdrawn.history.at(-1)?.note, 'Nộp nhầm thủ tục.', 'with the reason');
    await expectAccessible(tracker, 'withdrawn');
  });

  it('says clearly when the dossier moved on before the withdrawal was confirmed', async () => {
    // The live stream is held (as a buffering proxy would), so the page still shows the old status.
    configure({
      client: await sandboxClient({
        retry: 0, timeout: 120_000,
        fetch: (resource, init) => {
          const url = typeof resource === 'string' ? resource : resource instanceof URL ? resource.href : resource.url;
          return url.endsWith('/events') ? new Promise<Response>(() => {}) : fetch(resource, init);
        },
      }),
    });
    const dossier = await submit();
    const tracker = await track(dossier);
    await click($(tracker, '[part="withdraw-button"]')!);
    await click(await waitFor(() => $(tracker, '#withdraw-reason'), 'the reason'));
    await type('Không cần nữa.');
    await click($(tracker, '[part="withdraw-continue"]')!);
    const confirm = await waitFor(() => $(tracker, '[part="withdraw-confirm"]'), 'the confirmation');
    for (const status of ['new', 'processing', 'releasing'] as const) await move(dossier.code, status);
    await click(confirm);
    const summary = await waitFor(() => {
      const shown = $(tracker, '#withdraw-form .error-summary');
      return shown && deepActiveElement() === shown ? shown : undefined;
    }, 'the refusal, with focus');
    equal(text(summary.querySelector('li')), 'Hồ sơ ở trạng thái "Đã xử lý xong" không thể rút. Chỉ rút được khi hồ sơ chưa có kết quả.', 'the portal\'s reason');
    await waitFor(() => statusText(tracker) === 'Đã xử lý xong', 'the dossier as it is now');
    equal($(tracker, '[part="withdraw-confirm"]'), null, 'no confirm button any more');
    await expectAccessible(tracker, 'withdraw refused');
    await click([...$(tracker, '[part="withdraw"]')!.querySelectorAll('button')].find((b) => text(b) === 'Đóng')!);
    await waitFor(() => $(tracker, '[part="withdraw"]') === null, 'closed');
  });

  it('pays from the tracker: its link opens the payment of that dossier, and the tracker then shows it paid', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const dossier = await submit('1.004222'); // permanent residence: 10 000 VND online
    const tracker = await track(dossier, { payHref: '/thanh-toan.html?dossier={code}' });
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);
    const link = $<HTMLAnchorElement>(tracker, '[part="pay"]')!;
    equal(text(link), 'Thanh toán 10.000 ₫', 'what is left to pay');
    // The page the link opens gives its code to <dvc-payment>.
    const code = new URL(link.href).searchParams.get('dossier')!;
    equal(code, dossier.code, 'the dossier code in the link');
    const payment = await fixture<DvcPayment>(html`<dvc-payment dossier=${code}></dvc-payment>`);
    const leaving: string[] = [];
    payment.addEventListener('dvc-payment-redirect', (event) => leaving.push(event.detail.url));
    await click($(payment, '[part="phone-input"]')!);
    await type(phone);
    await press('Enter');
    await tabTo(await waitFor(() => $(payment, '[part="pay-button"]'), 'the pay button'));
    await press('Enter');
    await waitFor(() => leaving.length === 1, 'sent to the gateway');
    await fetch(leaving[0]!, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ bank: paymentProviders[0].code, action: 'succeed' }) });
    await waitFor(() => text($(tracker, '[part="fees"]')).includes('Đã nộp đủ'), 'paid in full, live', LIVE);
    equal($(tracker, '[part="pay"]'), null, 'nothing left to pay');
    await expectAccessible(tracker, 'paid');
  });
});
