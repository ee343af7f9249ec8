import { html } from 'lit';
import type { Dossier } from '@dvc-kit/sdk';
import { dossierCodePattern } from '@dvc-kit/sdk/contract';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, closeSuggestions, deepActiveElement, equal, expectAccessible, expectOutline, fixture, pdf, pickFiles, press,
  tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcDossierForm } from './index.js';
import './index.js';
import {
  CCCD, choose, clickAndType, DRAFT, fillApplicant, fillBirth, GENERIC, get, heading, KEPT, mount, next, PHONE, REFUSED, rowValue, saved, SERVICE,
  submitAndWait, summary, text, toReview, upload,
} from './test-helpers.js';

let restoreFetch: (() => void) | undefined;
/** Watches the dossier submissions (their Idempotency-Key), optionally standing in for the network. */
function watchSubmits(stand?: (send: () => Promise<Response>) => Promise<Response>): string[] {
  const original = window.fetch;
  const keys: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request?.url ?? String(input), location.href);
    if ((init?.method ?? request?.method ?? 'GET') === 'POST' && url.pathname.endsWith('/v1/dossiers')) {
      keys.push(new Headers(init?.headers ?? request?.headers).get('idempotency-key') ?? '');
      if (stand) return stand(() => original(input, init));
    }
    return original(input, init);
  };
  restoreFetch = () => (window.fetch = original);
  return keys;
}

/** The print rules of the widget's styles (adopted sheets, or `<style>` where those are missing). */
function printRules(element: Element): string {
  const root = element.shadowRoot!;
  const sheets = [...(root.adoptedStyleSheets ?? []), ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  return sheets.flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('print'))
    .map((r) => r.cssText).join('\n');
}

describe('<dvc-dossier-form>', () => {
  before(() => useSandbox());
  const forget = () => {
    for (const key of [DRAFT, KEPT, `dvc-kit:draft:dossier:${GENERIC}`, `dvc-kit:draft:dossier:${GENERIC}:submitted`]) {
      sessionStorage.removeItem(key);
      localStorage.removeItem(key);
    }
  };
  beforeEach(forget);
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = undefined;
    cleanup();
    forget();
  });

  it('registers a birth step by step with keyboard and mouse, shows the success screen after a reload, the receipt link and the print button', async () => {
    const element = await mount();
    equal(heading(element).textContent, 'Thông tin người nộp hồ sơ', 'first step');
    assert(text(element).includes('Bước 1/5'), 'five steps');
    await expectAccessible(element, 'applicant');
    await tabTo(get(element, 'applicant-type-citizen'));
    await tabTo(get(element, 'applicant-idNumber'));
    await type(CCCD);
    await tabTo(get(element, 'applicant-fullName'));
    await type('Nguyễn Thị Mai');
    await tabTo(get(element, 'applicant-phone'));
    await type('091 234 5678');
    await tabTo($(element, '[part~="continue"]')!);
    await press('Enter');
    await waitFor(() => heading(element).textContent === 'Tờ khai đăng ký khai sinh', 'the declaration form');
    equal(deepActiveElement(), heading(element), 'focus on the form heading');
    await expectAccessible(element, 'declaration form');

    await click(get(element, 'formData-fatherDeclared-yes'));
    await waitFor(() => $(element, '#formData-fatherFullName'), "the father's fields when declared");
    await fillBirth(element);
    await waitFor(() => !$(element, '#formData-fatherFullName'), "the father's part hidden with “Không”");
    equal($(element, '#formData-fatherResidence'), null, "no father's residence either");
    await expectAccessible(element, 'declaration form filled');
    await next(element, 'Giấy tờ kèm theo');

    assert($(element, '#documents-birthCertificate'), 'the birth certificate slot');
    assert($(element, '#documents-idDocument'), 'the ID slot');
    equal($(element, '#documents-authorization'), null, 'no authorization slot for the mother');
    assert(text(element).includes('Tải mẫu: Tờ khai đăng ký khai sinh'), 'the template link of the paper form');
    await upload(element, 'birthCertificate');
    await upload(element, 'idDocument');
    assert($(element, '#documents-idDocument progress')!.getAttribute('value') === '100', 'progress at 100 %');
    await expectAccessible(element, 'documents');
    await next(element, 'Nơi nộp và cách nhận kết quả');

    assert(text(element).includes('Huế'), 'the province of the page');
    await choose(element, 'commune', '19774');
    await click(get(element, 'delivery-method-post'));
    await choose(element, 'delivery-address-province', '46');
    await choose(element, 'delivery-address-commune', '19753');
    await clickAndType(element, 'delivery-address-street', '5 Lê Lợi');
    await expectAccessible(element, 'where and how');
    await next(element, 'Kiểm tra lại thông tin');

    equal(rowValue(element, 'Số điện thoại di động'), PHONE, 'the phone as it will be sent');
    equal(rowValue(element, 'Họ, chữ đệm và tên'), 'Trần Minh An', "the child's name");
    equal(rowValue(element, 'Ngày, tháng, năm sinh'), '15/01/2024', "the child's birth date");
    equal(rowValue(element, 'Khai thông tin người cha'), 'Không', 'the father not declared');
    equal(rowValue(element, 'Xã/phường nơi nộp hồ sơ'), 'Phường Kim Long', 'the receiving ward');
    assert(rowValue(element, 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh')!.includes('birthCertificate.pdf'), 'the file');
    await expectAccessible(element, 'review');

    const dossier = await submitAndWait(element);
    assert(dossierCodePattern.test(dossier.code), `a dossier code: ${dossier.code}`);
    equal(dossier.commune?.code, '19774', 'submitted to the chosen ward');
    equal(dossier.delivery.method, 'post', 'by post');
    equal(dossier.attachments.filter((a) => a.document === 'birthCertificate').length, 1, 'the birth certificate in its slot');
    equal($(element, '[part~="code"]')!.textContent!.trim(), dossier.code, 'the code shown');
    equal(deepActiveElement(), heading(element), 'focus on the success heading');
    equal(saved(), null, 'the draft is gone');
    await expectAccessible(element, 'success');

    // A reload shows the success screen again, without the ID number in storage.
    const kept = sessionStorage.getItem(KEPT)!;
    assert(kept.includes(dossier.code) && !kept.includes(CCCD), 'the success screen kept, without the ID number');
    cleanup();
    const again = await mount();
    await waitFor(() => $(again, '[part~="code"]'), 'the success screen after a reload');
    equal($(again, '[part~="code"]')!.textContent!.trim(), dossier.code, 'the same code after a reload');
    assert(text(again).includes(`nhập mã hồ sơ cùng số điện thoại ${PHONE}`), 'how to track it');
    // The host page's links (attributes) are there after a reload too; no fees are due, so no pay link.
    again.trackHref = 'tra-cuu.html?code={code}';
    again.payHref = 'thanh-toan.html?dossier={code}';
    await again.updateComplete;
    const track = $<HTMLAnchorElement>(again, '[part~="track-link"]')!;
    equal(new URL(track.href).search, `?code=${encodeURIComponent(dossier.code)}`, 'the tracking link, code filled in');
    equal(track.textContent!.trim(), `Theo dõi hồ sơ ${dossier.code}`, 'says which dossier');
    equal($(again, '[part~="pay-link"]'), null, 'nothing to pay: no pay link');

    const link = $<HTMLAnchorElement>(again, '[part~="receipt-link"]')!;
    equal(link.textContent!.trim(), 'Tải giấy tiếp nhận (PDF)', 'the receipt link');
    equal(link.href, dossier.receiptUrl, 'points at the receipt URL');
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      await click($(again, '[part~="print"]')!);
    } finally {
      window.print = print;
    }
    equal(printed, 1, 'the print button prints');
    const rules = printRules(again);
    assert(/\.no-print/.test(rules) && /display: none/.test(rules), `a print stylesheet hiding everything but the receipt: ${rules}`);
    assert($(again, '[part~="receipt"]')!.closest('.no-print') === null, 'the receipt is printed');
    assert($(again, '[part~="print"]')!.closest('.no-print'), 'the buttons are not');

    await click($(again, '[part~="another"]')!);
    await waitFor(() => heading(again)?.textContent === 'Thông tin người nộp hồ sơ', 'a new dossier');
    equal(sessionStorage.getItem(KEPT), null, 'the success screen forgotten');
  });

  it('refuses to go on with the named field or document missing: summary, field error, focus', async () => {
    const element = await mount();
    await fillApplicant(element);
    await next(element, 'Tờ khai đăng ký khai sinh');
    await fillBirth(element);
    // Empty the child's name again.
    const name = get(element, 'formData-childFullName');
    await click(name);
    await press('Control+a');
    await press('Backspace');
    await closeSuggestions();
    equal($(element, '.error-summary'), null, 'no summary before "continue"');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '.error-summary'), 'the summary');
    const error = await waitFor(() => $(element, '#formData-childFullName-error'), "the child's name error");
    assert(summary(element).includes('Vui lòng nhập họ, chữ đệm và tên.'), `the summary names the field, in its sentence: ${summary(element)}`);
    equal(deepActiveElement(), $(element, '.error-summary'), 'focus on the summary');
    assert(error.textContent!.startsWith('Lỗi:'), 'the hidden prefix');
    equal(name.getAttribute('aria-invalid'), 'true', 'the field is invalid');
    assert(name.getAttribute('aria-describedby')!.split(' ').includes('formData-childFullName-error'), 'described by its error');
    await expectAccessible(element, 'form step refused');
    await click($(element, '.error-summary a')!);
    equal(deepActiveElement(), name, 'the summary link focuses the field');
    await type('Trần Minh An');
    await closeSuggestions();
    await next(element, 'Giấy tờ kèm theo');

    await upload(element, 'idDocument');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '#documents-birthCertificate-error'), 'the missing document named at its slot');
    assert(summary(element).includes('Giấy chứng sinh'), `the summary names the document: ${summary(element)}`);
    equal(deepActiveElement(), $(element, '.error-summary'), 'focus on the summary');
    await expectAccessible(element, 'documents refused');
    // By keyboard (the long link wraps over two lines): Tab to it, Enter.
    await tabTo($(element, '.error-summary a')!);
    await press('Enter');
    equal((deepActiveElement() as HTMLElement | null)?.id, 'documents-birthCertificate-input', 'the link focuses the slot');
  });

  it('asks for the authorization only when the relationship is “Người được ủy quyền”', async () => {
    const element = await mount();
    await fillApplicant(element);
    await next(element, 'Tờ khai đăng ký khai sinh');
    await fillBirth(element, 'authorized');
    await next(element, 'Giấy tờ kèm theo');
    assert($(element, '#documents-authorization'), 'the authorization slot');
    await upload(element, 'birthCertificate');
    await upload(element, 'idDocument');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '#documents-authorization-error'), 'the authorization required');
    assert(summary(element).includes('Văn bản ủy quyền'), 'named in the summary');
    await upload(element, 'authorization');
    await next(element, 'Nơi nộp và cách nhận kết quả');
  });

  it("puts the portal's refusal on the named field, on its step", async () => {
    const element = await mount();
    await toReview(element);
    // A ward the portal does not know (a stale list, a tampered draft): only the portal can say.
    const draft = saved()!;
    draft.values.where.commune = '99999';
    sessionStorage.setItem(DRAFT, JSON.stringify(draft));
    cleanup();
    const again = await mount();
    await waitFor(() => heading(again)?.textContent === 'Kiểm tra lại thông tin', 'back on the review step');
    await click($(again, '[part~="submit"]')!);
    await waitFor(() => heading(again)?.textContent === 'Nơi nộp và cách nhận kết quả', 'sent to the where step');
    await waitFor(() => $(again, '#commune-error'), 'the error at the commune');
    equal(deepActiveElement(), $(again, '.error-summary'), 'focus on the summary');
    equal(get(again, 'commune').getAttribute('aria-invalid'), 'true', 'the commune is invalid');
    equal(saved()!.rejected, true, 'a definitive refusal: the next body gets a fresh key');
    await expectAccessible(again, 'server refusal');
    await choose(again, 'commune', '19753');
    await next(again, 'Kiểm tra lại thông tin');
    const dossier = await submitAndWait(again);
    equal(dossier.commune?.code, '19753', 'submitted once corrected');
  });

  it('submits a procedure with the generic request form', async () => {
    const element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await fillApplicant(element);
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => heading(element)?.textContent?.startsWith('Đơn đề nghị'), 'the generic request form');
    await clickAndType(element, 'formData-request', 'Đề nghị giải quyết thủ tục theo quy định.');
    await expectAccessible(element, 'generic form');
    await next(element, 'Giấy tờ kèm theo');
    await upload(element, 'tp1');
    await next(element, 'Nơi nộp và cách nhận kết quả');
    equal($(element, '#commune'), null, 'no commune for a central procedure');
    await next(element, 'Kiểm tra lại thông tin');
    const dossier = await submitAndWait(element);
    equal(dossier.service.code, GENERIC, 'the procedure');
  });

  it('uploads with a progress bar reaching 100 %, removes, refuses a type the slot does not take, and retries a failed upload', async () => {
    const element = await mount();
    await fillApplicant(element);
    await next(element, 'Tờ khai đăng ký khai sinh');
    await fillBirth(element);
    await next(element, 'Giấy tờ kèm theo');
    const seen: number[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof HTMLProgressElement) seen.push(r.target.value);
    });
    observer.observe(element.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['value'], childList: true });
    pickFiles(get(element, 'documents-birthCertificate-input'), [pdf('giay-chung-sinh.pdf', 3 * 1024 * 1024)]);
    const item = await waitFor(() => $<HTMLElement>(element, '#documents-birthCertificate .file'), 'the file listed at once');
    assert(item.querySelector('progress'), 'a progress bar per file');
    await waitFor(() => item.dataset.state === 'done', 'upload finished', 8000);
    observer.disconnect();
    equal(item.querySelector('progress')!.value, 100, 'progress reaches 100 %');
    assert(seen.every((v, i) => i === 0 || v >= seen[i - 1]!), `progress never goes back: ${JSON.stringify(seen)}`);
    assert(item.querySelector('progress')!.getAttribute('aria-label')!.includes('giay-chung-sinh.pdf'), 'progress bar named');
    await waitFor(() => $(element, '[part~="announcer"]')!.textContent!.includes('Đã tải lên tệp giay-chung-sinh.pdf.'), 'announced');
    equal(saved()!.values.files[0].slot, 'birthCertificate', 'kept in the draft with its slot');

    await click(item.querySelector('.remove')!);
    await waitFor(() => !$(element, '#documents-birthCertificate .file'), 'removed');
    equal(deepActiveElement(), get(element, 'documents-birthCertificate-input'), 'focus back on the file input');
    equal(saved()!.values.files.length, 0, 'removed from the draft');

    // A Word file where only scans are taken: refused by name, nothing uploaded.
    pickFiles(get(element, 'documents-idDocument-input'), [new File(['x'], 'ghi-chu.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })]);
    const refused = await waitFor(() => $(element, '#documents-idDocument-error'), 'the refused type');
    assert(refused.textContent!.includes('ghi-chu.docx') && refused.textContent!.includes('PDF, JPG, PNG'), `type message: ${refused.textContent}`);
    equal($(element, '#documents-idDocument .file'), null, 'not uploaded');

    // The network fails: the file shows the error and a retry that works once the network is back.
    element.setAttribute('base-url', REFUSED);
    pickFiles(get(element, 'documents-idDocument-input'), [pdf('cccd.pdf')]);
    const failed = await waitFor(() => $(element, '#documents-idDocument .file[data-state="error"]'), 'failed upload', 8000);
    assert(failed.textContent!.includes('Không kết nối được'), `network message: ${failed.textContent}`);
    await expectAccessible(element, 'upload failed');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => summary(element).includes('Tệp cccd.pdf chưa tải lên được'), 'cannot go on with a failed file');
    element.removeAttribute('base-url');
    await click(failed.querySelector('.retry')!);
    await waitFor(() => $(element, '#documents-idDocument .file[data-state="done"]'), 'retried upload', 8000);
  });

  it('answers a repeated submit whose first answer was lost with the same dossier, and disables the button meanwhile', async () => {
    const element = await mount();
    await toReview(element);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const codes: string[] = [];
    // The portal records the dossier, but the connection drops before its answer arrives.
    const keys = watchSubmits(async (send) => {
      await gate;
      const response = await send();
      codes.push(((await response.clone().json()) as Dossier).code);
      throw new TypeError('Failed to fetch');
    });
    const button = $(element, '[part~="submit"]')!;
    await click(button);
    await waitFor(() => button.getAttribute('aria-disabled') === 'true', 'the button is disabled while sending');
    await waitFor(() => $(element, '[part~="announcer"]')!.textContent!.includes('Đang nộp hồ sơ…'), 'sending announced');
    await click(button); // a second click while sending does nothing
    release();
    await waitFor(() => summary(element).includes('Chưa nộp được hồ sơ'), 'the lost answer reported', 15000);
    assert(summary(element).includes('không bị tạo trùng'), 'kept, and no duplicate');
    equal(deepActiveElement(), $(element, '.error-summary'), 'focus on the summary');
    await expectAccessible(element, 'submit failed');
    const attempts = keys.length;
    restoreFetch!();
    const dossier = await submitAndWait(element);
    equal(dossier.code, codes[0], 'the resubmit gets the dossier created by the first submit');
    equal(new Set(keys).size, 1, 'one idempotency key');
    equal(keys.length, attempts, 'no request for the second click while sending');
  });

  it('returns the earlier dossier when the answers changed after a lost answer', async () => {
    const element = await mount();
    await toReview(element);
    const codes: string[] = [];
    watchSubmits(async (send) => {
      const response = await send();
      codes.push(((await response.clone().json()) as Dossier).code);
      throw new TypeError('Failed to fetch');
    });
    await click($(element, '[part~="submit"]')!);
    await waitFor(() => summary(element).includes('Chưa nộp được hồ sơ'), 'the lost answer reported', 15000);
    restoreFetch!();
    const change = $$(element, '.summary .row').find((r) => r.querySelector('dt')!.textContent!.trim() === 'Ghi chú')!.querySelector('a')!;
    await click(change);
    await waitFor(() => deepActiveElement() === $(element, '#note'), 'the note field');
    await type('Thêm ghi chú');
    for (const step of ['Tờ khai đăng ký khai sinh', 'Giấy tờ kèm theo', 'Nơi nộp và cách nhận kết quả', 'Kiểm tra lại thông tin']) await next(element, step);
    const dossier = await submitAndWait(element);
    equal(dossier.code, codes[0], 'no second dossier');
    assert(text(element).includes('Hồ sơ đã được tiếp nhận từ lần nộp trước'), 'the citizen is told which answers were sent');
  });

  it('restores the draft after a reload, on its step, with its files and idempotency key', async () => {
    const element = await mount();
    await fillApplicant(element);
    await next(element, 'Tờ khai đăng ký khai sinh');
    await fillBirth(element);
    await next(element, 'Giấy tờ kèm theo');
    await upload(element, 'birthCertificate');
    const key = saved()!.idempotencyKey;
    cleanup();
    const again = await mount();
    equal(heading(again).textContent, 'Giấy tờ kèm theo', 'back on the documents step');
    assert(text(again).includes('Đã khôi phục thông tin'), 'says so');
    assert($(again, '#documents-birthCertificate .file[data-state="done"]'), 'the uploaded file kept');
    equal(saved()!.idempotencyKey, key, 'the same key');
  });

  it('moves the draft when draft-storage changes, keeping what was typed', async () => {
    const element = await mount();
    await clickAndType(element, 'applicant-idNumber', CCCD);
    const key = saved()!.idempotencyKey;
    element.draftStorage = 'none';
    await element.updateComplete;
    equal(get(element, 'applicant-idNumber').value, CCCD, 'still on screen');
    equal(saved(sessionStorage) ?? saved(localStorage), null, 'gone from the browser');
    element.setAttribute('draft-storage', 'local');
    await element.updateComplete;
    equal(saved(localStorage)?.values.applicant.idNumber, CCCD, 'in localStorage now');
    equal(saved(localStorage)?.idempotencyKey, key, 'with its key');
    equal(saved(sessionStorage), null, 'not in sessionStorage');
  });

  it('speaks English', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="46" lang="en"></dvc-dossier-form>`);
    equal(heading(element).textContent, 'About you', 'English heading');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '.error-summary'), 'the summary');
    assert(summary(element).includes('There is a problem'), 'English summary');
    assert($(element, '#applicant-idNumber-error')!.textContent!.startsWith('Error:'), 'the English prefix');
    await expectAccessible(element, 'English errors');
  });

  it("warns, without stopping anything, that another province's procedure goes to that province", async () => {
    const warning = (element: DvcDossierForm) => $(element, '[part~="other-province"]')?.textContent?.replace(/\s+/g, ' ').trim();
    // Hà Nội's birth registration on Huế's portal (no draft kept: the applicant typed here stays nowhere).
    const element = await mount(html`<dvc-dossier-form service="1.001193.H01" province="46" draft-storage="none"></dvc-dossier-form>`);
    equal(warning(element), 'Đây là thủ tục của Hà Nội, không phải của địa phương nơi cổng này phục vụ: hồ sơ sẽ được gửi đến cơ quan của Hà Nội. '
      + 'Nếu ông/bà cần nộp hồ sơ tại địa phương mình, hãy tìm thủ tục của địa phương trên cổng này.', 'the warning');
    await expectAccessible(element, 'another province');
    await fillApplicant(element);
    await next(element, 'Tờ khai đăng ký khai sinh');
    assert(warning(element), 'still said on the next step, which it did not stop');

    for (const [template, what] of [
      [html`<dvc-dossier-form service="1.001193.H46" province="46"></dvc-dossier-form>`, "the page's own province"],
      [html`<dvc-dossier-form service="1.001193" province="46"></dvc-dossier-form>`, 'a national procedure, submitted in the page\'s province'],
      [html`<dvc-dossier-form service="1.001193.H01"></dvc-dossier-form>`, 'a page that names no province'],
    ] as const) {
      cleanup();
      equal(warning(await mount(template)), undefined, what);
    }
    cleanup();
    const english = await mount(html`<dvc-dossier-form service="1.001193.H01" province="46" lang="en"></dvc-dossier-form>`);
    equal(warning(english), "This is a procedure of Hà Nội, not of the place this portal serves: the dossier will go to Hà Nội's agencies. "
      + 'To submit where you live, look for your own province\'s procedure on this portal.', 'in English');
  });

  it("fits the page's outline with heading-level: each step's heading at that level, its sections and problems one deeper", async () => {
    const plain = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    equal(expectOutline(plain, 2, 'default'), '2', 'level 2 by default');
    cleanup();
    const element = await mount(html`<dvc-dossier-form heading-level="3" service=${GENERIC}></dvc-dossier-form>`);
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '.error-summary'), 'the summary');
    equal(expectOutline(element, 3, 'applicant refused'), '3 4', 'the step, its error summary');
    await expectAccessible(element, 'heading-level 3, applicant refused');
    await fillApplicant(element);
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => heading(element)?.textContent?.startsWith('Đơn đề nghị'), 'the generic request form');
    equal(expectOutline(element, 3, 'declaration'), '3 4', "the step, the form's section");
    await expectAccessible(element, 'heading-level 3, declaration');
    await clickAndType(element, 'formData-request', 'Đề nghị giải quyết thủ tục theo quy định.');
    await next(element, 'Giấy tờ kèm theo');
    await upload(element, 'tp1');
    await next(element, 'Nơi nộp và cách nhận kết quả');
    await next(element, 'Kiểm tra lại thông tin');
    await submitAndWait(element);
    equal(expectOutline(element, 3, 'submitted'), '3 4 4', 'the success screen, the receipt, what comes next');
    await expectAccessible(element, 'heading-level 3, submitted');
    element.headingLevel = 6;
    await element.updateComplete;
    equal(expectOutline(element, 6, 'submitted, heading-level 6'), '6 6 6', 'never past 6: a flat outline at the deepest level');
    cleanup();

    const offline = await mount(html`<dvc-dossier-form heading-level="3" service="2.000884"></dvc-dossier-form>`);
    equal(expectOutline(offline, 3, 'not online'), '3', 'not online');
    cleanup();
    const failed = await mount(html`<dvc-dossier-form heading-level="3" service=${SERVICE} base-url=${REFUSED}></dvc-dossier-form>`);
    await waitFor(() => $(failed, '.error-summary'), 'the load error');
    equal(expectOutline(failed, 3, 'load error'), '3', 'the load error in the place of the heading');
  });

  it('tells when a procedure cannot be applied for online', async () => {
    const element = await mount(html`<dvc-dossier-form service="2.000884"></dvc-dossier-form>`);
    equal(heading(element).textContent, 'Thủ tục này chưa hỗ trợ nộp hồ sơ trực tuyến', 'message');
    assert(!$(element, 'form'), 'no form');
    await expectAccessible(element, 'not online');
  });

  it('shows a missing service as plain text, then loads once it is set', async () => {
    const element = await fixture<DvcDossierForm>(html`<dvc-dossier-form></dvc-dossier-form>`);
    await waitFor(() => $(element, '.missing'), 'the missing-service message');
    equal($(element, '[role="alert"]'), null, 'no alert');
    element.service = SERVICE;
    await waitFor(() => $(element, 'form'), 'the form once the service is set', 8000);
  });

  it('waits for the page configuration, then loads by itself', async () => {
    configure({ baseUrl: undefined, publishableKey: undefined });
    try {
      const element = await mount();
      assert($(element, '.alert')!.textContent!.includes('Chưa cấu hình DVC Kit'), 'tells the page author what is missing');
      await useSandbox();
      await waitFor(() => $(element, 'form'), 'the form once configured', 8000);
    } finally {
      await useSandbox();
    }
  });

  it('shows a load error with a retry button', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} base-url=${REFUSED}></dvc-dossier-form>`);
    assert(summary(element).includes('Không tải được thông tin thủ tục'), `load error: ${summary(element)}`);
    await expectAccessible(element, 'load error');
    element.removeAttribute('base-url');
    const retry = $(element, '.retry-load');
    if (retry) await click(retry);
    await waitFor(() => $(element, 'form'), 'loaded after retry', 8000);
  });
});
