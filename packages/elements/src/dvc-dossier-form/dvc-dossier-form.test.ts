import { html } from 'lit';
import type { Dossier } from '@dvc-kit/sdk';
import { dossierCodePattern } from '@dvc-kit/sdk/contract';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, clockCases, closeSuggestions, deepActiveElement, equal, expectAccessible, fixture, pdf,
  pickFiles, press, resetClock, setClock, tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DossierDraft, DvcDossierForm, DvcDossierSubmittedDetail } from './index.js';
import './index.js';

const SERVICE = '1.001193'; // Đăng ký khai sinh: a commune-level procedure, so the form asks for the province
const DRAFT = `dvc-kit:draft:dossier:${SERVICE}`;
const CCCD = '038195012345';
const PHONE = '0912345678';
const REFUSED = 'http://127.0.0.1:9'; // nothing listens there: the connection is refused

interface SavedDraft {
  values: DossierDraft;
  idempotencyKey: string;
}

const saved = (storage: Storage = sessionStorage): SavedDraft | null => {
  const raw = storage.getItem(DRAFT);
  return raw ? (JSON.parse(raw) as SavedDraft) : null;
};

async function mount(template = html`<dvc-dossier-form service=${SERVICE}></dvc-dossier-form>`): Promise<DvcDossierForm> {
  const element = await fixture<DvcDossierForm>(template);
  await waitFor(() => $(element, 'form, .not-online, .alert'), 'the procedure to load');
  return element;
}

const field = <E extends HTMLElement = HTMLInputElement>(element: Element, id: string): E => {
  const found = $<E>(element, `#${id}`);
  assert(found, `#${id} is rendered`);
  return found;
};
const heading = (element: Element) => $(element, '[part~="heading"]')!;
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const row = (element: Element, label: string) =>
  $$(element, '.summary .row').find((r) => r.querySelector('dt')!.textContent!.trim() === label);
const rowValue = (element: Element, label: string) => row(element, label)?.querySelector('.value')!.textContent!.replace(/\s+/g, ' ').trim();

async function clickAndType(element: Element, id: string, value: string): Promise<void> {
  await click(field(element, id));
  await type(value);
  await closeSuggestions();
}

/** Fills the required answers with the mouse and the keyboard (the province is preset by the page). */
async function fillRequired(element: Element, name = 'Nguyễn Thị Mai'): Promise<void> {
  await clickAndType(element, 'idNumber', CCCD);
  await clickAndType(element, 'fullName', name);
  await clickAndType(element, 'phone', PHONE);
}

async function toReview(element: DvcDossierForm): Promise<void> {
  await click($(element, '[part~="continue"]')!);
  await waitFor(() => heading(element)?.textContent === 'Kiểm tra lại thông tin',
    `the review step (${$(element, '.error-summary')?.textContent?.replace(/\s+/g, ' ') ?? 'no error summary'}; ${JSON.stringify(saved()?.values.values)})`);
}

async function submitAndWait(element: DvcDossierForm): Promise<Dossier> {
  const submitted = new Promise<Dossier>((resolve) =>
    element.addEventListener('dvc-dossier-submitted', (e) => resolve((e as CustomEvent<DvcDossierSubmittedDetail>).detail.dossier), { once: true }));
  await click($(element, '[part~="submit"]')!);
  return submitted;
}

/** Watches the dossier submissions the page sends (their Idempotency-Key), optionally standing in for the network. */
let restoreFetch: (() => void) | undefined;
function watchSubmits(stand?: (send: () => Promise<Response>) => Promise<Response>): string[] {
  const original = window.fetch;
  const keys: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const method = init?.method ?? request?.method ?? 'GET';
    const url = new URL(request?.url ?? String(input), location.href);
    if (method === 'POST' && url.pathname.endsWith('/v1/dossiers')) {
      keys.push(new Headers(init?.headers ?? request?.headers).get('idempotency-key') ?? '');
      if (stand) return stand(() => original(input, init));
    }
    return original(input, init);
  };
  restoreFetch = () => (window.fetch = original);
  return keys;
}

describe('<dvc-dossier-form>', () => {
  before(() => useSandbox());
  beforeEach(() => {
    sessionStorage.removeItem(DRAFT);
    localStorage.removeItem(DRAFT);
  });
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = undefined;
    cleanup();
    sessionStorage.removeItem(DRAFT);
    localStorage.removeItem(DRAFT);
  });

  it('is submitted with the keyboard only: Tab, typing, arrow keys, Enter and Space', async () => {
    const element = await mount();
    equal(heading(element).textContent, 'Điền thông tin hồ sơ', 'first step');
    assert(text(element).includes('Đăng ký khai sinh'), 'the procedure name');
    assert(text(element).includes('Giấy chứng sinh'), 'the required documents as guidance');
    await expectAccessible(element, 'empty form');
    let detail: Dossier | undefined;
    element.addEventListener('dvc-dossier-submitted', (e) => (detail = (e as CustomEvent<DvcDossierSubmittedDetail>).detail.dossier));

    await tabTo(field(element, 'type-citizen'));
    await tabTo(field(element, 'idNumber'));
    await type(CCCD);
    await tabTo(field(element, 'fullName'));
    await type('Trần Văn Bình');
    await tabTo(field(element, 'phone'));
    await type('091 234 5678');
    await tabTo(field(element, 'province'));
    await press('ArrowDown'); // the first province, Hà Nội
    await waitFor(() => field<HTMLSelectElement>(element, 'province').value === '01', 'province chosen with the arrow key');
    await tabTo(field(element, 'note'));
    await type('Nhận kết quả qua bưu chính');
    const next = $(element, '[part~="continue"]')!;
    await tabTo(next);
    await press('Enter');

    await waitFor(() => heading(element)?.textContent === 'Kiểm tra lại thông tin', 'the review step');
    equal(deepActiveElement(), heading(element), 'focus on the new step heading');
    equal(rowValue(element, 'Số điện thoại di động'), PHONE, 'the phone number as it will be sent');
    equal(rowValue(element, 'Tỉnh/thành phố nơi nộp hồ sơ'), 'Hà Nội', 'province');
    await expectAccessible(element, 'review');

    const submit = $(element, '[part~="submit"]')!;
    await tabTo(submit);
    await press(' '); // Space
    await waitFor(() => heading(element)?.textContent === 'Nộp hồ sơ thành công', 'the result', 8000);
    equal(deepActiveElement(), heading(element), 'focus on the result heading');
    const code = $(element, '[part~="code"]')!.textContent!.trim();
    assert(dossierCodePattern.test(code), `a dossier code: ${code}`);
    equal(detail?.code, code, 'dvc-dossier-submitted carries the dossier');
    equal(detail?.applicant.fullName, 'Trần Văn Bình', 'submitted name');
    assert(text(element).includes(`nhập mã hồ sơ cùng số điện thoại ${PHONE}`), 'how to track it');
    equal(saved(), null, 'the draft is cleared after success');
    await expectAccessible(element, 'result');
  });

  it('goes back to a field from the review step with the mouse, then submits', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    assert(!$(element, '#province'), 'no province field when the page presets it');
    await fillRequired(element, 'Lê Thị Hoa');
    await toReview(element);
    equal(rowValue(element, 'Họ và tên'), 'Lê Thị Hoa', 'name on the review');

    const change = row(element, 'Họ và tên')!.querySelector('a')!;
    equal(change.textContent!.replace(/\s+/g, ' ').trim(), 'Thay đổi Họ và tên', 'change link names its field');
    await click(change);
    await waitFor(() => deepActiveElement() === $(element, '#fullName'), 'focus on the field to change');
    await press('End');
    await type(' Anh');
    await closeSuggestions();
    await toReview(element);
    equal(rowValue(element, 'Họ và tên'), 'Lê Thị Hoa Anh', 'changed name on the review');

    const dossier = await submitAndWait(element);
    equal(dossier.applicant.fullName, 'Lê Thị Hoa Anh', 'the changed answer was submitted');
    equal($(element, '[part~="code"]')!.textContent!.trim(), dossier.code, 'code shown large');
    equal(rowValue(element, 'Trạng thái'), 'Mới đăng ký', 'status');
    assert(text(element).includes('Ông/bà cần làm gì tiếp theo'), 'what to do next');
  });

  it('shows invalid CCCD and phone numbers in Vietnamese beside the fields and in the focused summary', async () => {
    const element = await mount();
    await clickAndType(element, 'idNumber', '12345');
    await click(field(element, 'phone'));
    await type('0123456789');
    await press('Enter'); // submits the first step from the field

    const summary = await waitFor(() => $(element, '.error-summary'), 'the error summary');
    equal(deepActiveElement(), summary, 'the summary takes focus');
    const list = [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
    equal(list.join(' | '), [
      'Số căn cước công dân phải gồm đúng 12 chữ số.',
      'Vui lòng nhập họ và tên.',
      'Đầu số 012 không phải đầu số di động của nhà mạng Việt Nam.',
      'Vui lòng chọn tỉnh/thành phố nơi nộp hồ sơ.',
    ].join(' | '), 'summary in field order');
    const id = field(element, 'idNumber');
    equal(id.getAttribute('aria-invalid'), 'true', 'aria-invalid');
    assert(id.getAttribute('aria-describedby')!.split(' ').includes('idNumber-error'), 'the error describes the field');
    assert(field(element, 'idNumber-error').textContent!.includes('Số căn cước công dân phải gồm đúng 12 chữ số.'), 'message beside the field');
    await expectAccessible(element, 'invalid');

    await click([...summary.querySelectorAll('a')][2]!);
    equal(deepActiveElement(), field(element, 'phone'), 'a summary link moves to its field');
    field(element, 'phone').select();
    await type(PHONE);
    await press('Tab');
    await waitFor(() => !$(element, '#phone-error'), 'the phone message cleared once right');

    // A touched field is checked on blur; switching to a business asks for a tax code.
    await clickAndType(element, 'email', 'mai@');
    await press('Tab');
    await waitFor(() => $(element, '#email-error')?.textContent?.includes('Địa chỉ email không hợp lệ'), 'email checked on blur');
    await click(field(element, 'type-business'));
    await waitFor(() => $(element, 'label[for="idNumber"]')!.textContent === 'Mã số thuế (MST)', 'label follows the type');
    equal($(element, 'label[for="fullName"]')!.textContent, 'Tên doanh nghiệp', 'name label follows the type');
    await click(field(element, 'idNumber'));
    field(element, 'idNumber').select();
    await type('0100109107');
    await press('Tab');
    await waitFor(() => $(element, '#idNumber-error')?.textContent?.includes('Mã số thuế 0100109107 sai chữ số kiểm tra'), 'tax code check digit');
  });

  it('keeps every answer and file when the submit fails, then succeeds with the same idempotency key', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    await fillRequired(element);
    await clickAndType(element, 'email', 'mai.nguyen@example.vn');
    await clickAndType(element, 'note', 'Ghi chú của tôi');
    pickFiles(field(element, 'attachments'), [pdf('to-khai.pdf')]);
    await waitFor(() => $(element, '.file[data-state="done"]'), 'the file uploaded');
    await toReview(element);
    const key = saved()!.idempotencyKey;
    const keys = watchSubmits();

    element.setAttribute('base-url', REFUSED);
    // The procedure reloads from the new address (and fails): the review and its answers stay.
    await element.updateComplete;
    equal(heading(element)?.textContent, 'Kiểm tra lại thông tin', 'still on the review step after the address changed');
    equal(rowValue(element, 'Họ và tên'), 'Nguyễn Thị Mai', 'name kept after the address changed');
    await click($(element, '[part~="submit"]')!);
    const alert = await waitFor(() => $(element, '.error-summary'), 'the submit error', 8000);
    await waitFor(() => deepActiveElement() === alert, 'the error takes focus');
    assert(alert.textContent!.includes('Không kết nối được tới Cổng Dịch vụ công'), `connection message: ${alert.textContent}`);
    assert(alert.textContent!.includes('vẫn được giữ nguyên'), 'says the answers are kept');
    equal(rowValue(element, 'Họ và tên'), 'Nguyễn Thị Mai', 'name kept');
    equal(rowValue(element, 'Email'), 'mai.nguyen@example.vn', 'email kept');
    equal(rowValue(element, 'Ghi chú'), 'Ghi chú của tôi', 'note kept');
    assert(rowValue(element, 'Giấy tờ kèm theo')!.includes('to-khai.pdf'), 'attachment kept');
    equal(saved()!.idempotencyKey, key, 'the draft keeps its key');
    equal(saved()!.values.attachments.length, 1, 'the draft keeps the attachment');
    equal($(element, '[part~="submit"]')!.getAttribute('aria-disabled'), null, 'the button works again');
    await expectAccessible(element, 'submit failed');

    element.removeAttribute('base-url');
    const dossier = await submitAndWait(element);
    equal(dossier.attachments.length, 1, 'the attachment went with the dossier');
    equal(dossier.attachments[0]!.name, 'to-khai.pdf', 'attachment name');
    assert(keys.length >= 2, `both submits were sent (${keys.length})`);
    assert(keys.every((k) => k === key), `every attempt used the draft's key: ${JSON.stringify(keys)} vs ${key}`);
  });

  it('answers a repeated submit whose first answer was lost with the same dossier, and disables the button meanwhile', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    await fillRequired(element);
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
    equal(button.textContent!.trim(), 'Đang nộp hồ sơ…', 'sending label');
    assert($(element, '[role="status"]')!.textContent!.includes('Đang nộp hồ sơ…'), 'sending announced');
    await click(button); // a second click while sending does nothing
    release();
    await waitFor(() => $(element, '.error-summary'), 'the lost answer reported', 8000);
    assert(codes.length >= 1 && codes.every((c) => c === codes[0]), `retries were answered with one dossier: ${JSON.stringify(codes)}`);
    const attempts = keys.length;

    restoreFetch!();
    const dossier = await submitAndWait(element);
    equal(dossier.code, codes[0], 'the resubmit gets the dossier created by the first submit');
    equal(new Set(keys).size, 1, 'one idempotency key');
    equal(keys.length, attempts, 'no request was sent for the second click while sending');
  });

  it('returns the earlier dossier when the answers changed after a lost answer', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    await fillRequired(element);
    await toReview(element);
    const codes: string[] = [];
    watchSubmits(async (send) => {
      const response = await send();
      codes.push(((await response.clone().json()) as Dossier).code);
      throw new TypeError('Failed to fetch');
    });
    await click($(element, '[part~="submit"]')!);
    await waitFor(() => $(element, '.error-summary'), 'the lost answer reported', 8000);
    restoreFetch!();

    await click(row(element, 'Ghi chú')!.querySelector('a')!);
    await waitFor(() => deepActiveElement() === $(element, '#note'), 'note field');
    await type('Thêm ghi chú');
    await toReview(element);
    const dossier = await submitAndWait(element);
    equal(dossier.code, codes[0], 'no second dossier');
    assert(text(element).includes('Hồ sơ đã được tiếp nhận từ lần nộp trước'), 'the citizen is told which answers were sent');
  });

  it('restores the draft after a reload and reuses its idempotency key', async () => {
    let element = await mount();
    await fillRequired(element, 'Phạm Văn Đức');
    field<HTMLSelectElement>(element, 'province').focus();
    await press('ArrowDown');
    pickFiles(field(element, 'attachments'), [pdf('giay-chung-sinh.pdf')]);
    await waitFor(() => $(element, '.file[data-state="done"]'), 'the file uploaded');
    await toReview(element);
    const first = saved();
    assert(first?.idempotencyKey, 'a key saved with the draft');

    cleanup(); // the page is reloaded
    element = await mount();
    equal(heading(element).textContent, 'Kiểm tra lại thông tin', 'back on the step the citizen left');
    equal(rowValue(element, 'Họ và tên'), 'Phạm Văn Đức', 'name restored');
    equal(rowValue(element, 'Số căn cước công dân (CCCD)'), CCCD, 'CCCD restored');
    equal(rowValue(element, 'Tỉnh/thành phố nơi nộp hồ sơ'), 'Hà Nội', 'province restored');
    assert(rowValue(element, 'Giấy tờ kèm theo')!.includes('giay-chung-sinh.pdf'), 'uploaded file restored');
    assert(text(element).includes('Đã khôi phục thông tin'), 'the citizen is told');

    await click(row(element, 'Số điện thoại di động')!.querySelector('a')!);
    await waitFor(() => deepActiveElement() === $(element, '#phone'), 'phone field');
    equal(field(element, 'phone').value, PHONE, 'field value restored');
    assert($(element, '.file[data-state="done"]')?.textContent!.includes('giay-chung-sinh.pdf'), 'the file listed as uploaded');
    await toReview(element);

    const keys = watchSubmits();
    const dossier = await submitAndWait(element);
    equal(keys[0], first.idempotencyKey, 'the submit uses the key saved before the reload');
    equal(dossier.attachments[0]?.name, 'giay-chung-sinh.pdf', 'the restored attachment was submitted');
  });

  it('keeps the draft where the page asks: local storage, or nowhere', async () => {
    const local = await mount(html`<dvc-dossier-form service=${SERVICE} draft-storage="local"></dvc-dossier-form>`);
    await clickAndType(local, 'fullName', 'Hồ Thị Lan');
    equal(saved(localStorage)?.values.values.fullName, 'Hồ Thị Lan', 'saved in localStorage');
    equal(saved(sessionStorage), null, 'not in sessionStorage');
    cleanup();
    localStorage.removeItem(DRAFT);
    const none = await mount(html`<dvc-dossier-form service=${SERVICE} draft-storage="none"></dvc-dossier-form>`);
    await clickAndType(none, 'fullName', 'Hồ Thị Lan');
    equal(field(none, 'fullName').value, 'Hồ Thị Lan', 'typed');
    equal(saved(sessionStorage) ?? saved(localStorage), null, 'kept in memory only');
  });

  it('moves the draft when draftStorage changes after the first render, keeping what was typed', async () => {
    const element = await mount();
    await clickAndType(element, 'idNumber', CCCD);
    await clickAndType(element, 'phone', PHONE);
    const key = saved()!.idempotencyKey;
    equal(saved()!.values.values.idNumber, CCCD, 'in sessionStorage at first');

    element.draftStorage = 'none';
    await element.updateComplete;
    equal(field(element, 'idNumber').value, CCCD, 'the ID number stays on screen');
    equal(field(element, 'phone').value, PHONE, 'the phone stays on screen');
    equal(saved(sessionStorage), null, 'sessionStorage no longer holds the draft');
    equal(saved(localStorage), null, 'nor localStorage');

    await clickAndType(element, 'fullName', 'Lê Văn Tâm');
    equal(saved(sessionStorage) ?? saved(localStorage), null, 'typing under none stores nothing');

    element.setAttribute('draft-storage', 'local');
    await element.updateComplete;
    equal(field(element, 'fullName').value, 'Lê Văn Tâm', 'still on screen');
    const local = saved(localStorage);
    equal(local?.values.values.idNumber, CCCD, 'the draft is in localStorage');
    equal(local?.values.values.fullName, 'Lê Văn Tâm', 'with what was typed under none');
    equal(local?.idempotencyKey, key, 'the draft keeps its idempotency key');
    equal(saved(sessionStorage), null, 'not in sessionStorage');

    element.draftStorage = 'session';
    await element.updateComplete;
    equal(saved(sessionStorage)?.values.values.phone, PHONE, 'back in sessionStorage');
    equal(saved(localStorage), null, 'gone from localStorage');
  });

  it('reads the draft of the storage set just after the first render, when nothing was typed', async () => {
    localStorage.setItem(DRAFT, JSON.stringify({
      values: {
        values: { type: 'citizen', idNumber: CCCD, fullName: 'Phan Thị Hoa', phone: PHONE, email: '', address: '', province: '', note: '' },
        attachments: [],
        step: 'form',
      },
      idempotencyKey: 'draft-key-local',
      savedAt: new Date().toISOString(),
    }));
    const element = await mount();
    equal(field(element, 'fullName').value, '', 'the default session storage holds nothing');
    element.draftStorage = 'local';
    await element.updateComplete;
    equal(field(element, 'fullName').value, 'Phan Thị Hoa', 'the local draft restored');
    equal(saved(localStorage)?.idempotencyKey, 'draft-key-local', 'left in localStorage');
  });

  it('reloads the procedure when lang or the configuration changes, keeping the answers', async () => {
    const original = window.fetch;
    let loads = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : undefined;
      const url = new URL(request?.url ?? String(input), location.href);
      if ((init?.method ?? request?.method ?? 'GET') === 'GET' && url.pathname.includes(`/v1/services/${SERVICE}`)) loads++;
      return original(input, init);
    };
    restoreFetch = () => (window.fetch = original);
    const element = await mount();
    await waitFor(() => loads === 1, 'the first load');
    await clickAndType(element, 'fullName', 'Trịnh Văn Hải');

    element.setAttribute('lang', 'en');
    await waitFor(() => loads === 2, 'a reload in English');
    await waitFor(() => heading(element)?.textContent === 'Fill in your application', 'the form in English');
    equal(field(element, 'fullName').value, 'Trịnh Văn Hải', 'the answer kept');
    equal(saved()?.values.values.fullName, 'Trịnh Văn Hải', 'the draft kept');
  });

  it('shows a missing service as plain text, not an alert', async () => {
    const element = await fixture<DvcDossierForm>(html`<dvc-dossier-form></dvc-dossier-form>`);
    const message = await waitFor(() => $(element, '.missing'), 'the missing-service message');
    equal(message.getAttribute('role'), null, 'no role=alert before a framework sets the property');
    equal($(element, '[role="alert"]'), null, 'no alert at all');
    element.service = SERVICE;
    await waitFor(() => $(element, 'form'), 'the form once the service is set', 8000);
  });

  it('uploads a file with a progress bar reaching 100 %, removes it, and retries a failed upload', async () => {
    const element = await mount();
    const seen: number[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof HTMLProgressElement) seen.push(r.target.value);
    });
    observer.observe(element.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['value'], childList: true });
    pickFiles(field(element, 'attachments'), [pdf('ban-sao.pdf', 3 * 1024 * 1024)]);
    const item = await waitFor(() => $(element, '.file'), 'the file listed at once') as HTMLElement;
    assert(item.querySelector('progress'), 'a progress bar per file');
    await waitFor(() => item.dataset.state === 'done', 'upload finished', 8000);
    observer.disconnect();
    equal(item.querySelector('progress')!.value, 100, 'progress reaches 100 %');
    assert(seen.every((v, i) => i === 0 || v >= seen[i - 1]!), `progress never goes back: ${JSON.stringify(seen)}`);
    assert(item.textContent!.includes('Đã tải lên'), 'uploaded');
    assert(item.querySelector('progress')!.getAttribute('aria-label')!.includes('ban-sao.pdf'), 'progress bar named');
    await waitFor(() => $(element, '[role="status"]')!.textContent!.includes('Đã tải lên tệp ban-sao.pdf.'), 'announced');
    equal(saved()!.values.attachments[0]!.name, 'ban-sao.pdf', 'saved in the draft');

    await click(item.querySelector('.remove')!);
    await waitFor(() => !$(element, '.file'), 'removed');
    equal(deepActiveElement(), field(element, 'attachments'), 'focus back on the file input');
    equal(saved()!.values.attachments.length, 0, 'removed from the draft');

    // A file of a type the portal refuses: told at once, nothing to retry.
    pickFiles(field(element, 'attachments'), [new File(['xin chào'], 'ghi-chu.txt', { type: 'text/plain' })]);
    const refused = await waitFor(() => $(element, '.file[data-state="error"]'), 'refused file');
    assert(refused.textContent!.includes('Không nhận loại tệp này'), `type message: ${refused.textContent}`);
    assert(!refused.querySelector('.retry'), 'no retry for a refused type');
    await click(refused.querySelector('.remove')!);

    // The network fails: the file shows the error and a retry that works once the network is back.
    element.setAttribute('base-url', REFUSED);
    pickFiles(field(element, 'attachments'), [pdf('to-khai.pdf')]);
    const failed = await waitFor(() => $(element, '.file[data-state="error"]'), 'failed upload', 8000);
    assert(failed.textContent!.includes('Không kết nối được'), `network message: ${failed.textContent}`);
    await expectAccessible(element, 'upload failed');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => $(element, '.error-summary')?.textContent?.includes('Tệp to-khai.pdf chưa tải lên được'), 'cannot continue with a failed file');
    element.removeAttribute('base-url');
    await click(failed.querySelector('.retry')!);
    await waitFor(() => $(element, '.file[data-state="done"]'), 'retried upload', 8000);
  });

  it('sends the portal\'s field errors back to the first step, and a corrected submit gets a fresh key', async () => {
    // A draft whose attachment the portal no longer has (say, uploaded long ago).
    sessionStorage.setItem(DRAFT, JSON.stringify({
      values: {
        values: { type: 'citizen', idNumber: CCCD, fullName: 'Đỗ Văn Nam', phone: PHONE, email: '', address: '', province: '38', note: '' },
        attachments: [{ id: 'att_0000000000000000missing', name: 'cu.pdf', size: 1000, type: 'application/pdf' }],
        step: 'review',
      },
      idempotencyKey: 'draft-key-0000-0001',
      savedAt: new Date().toISOString(),
    }));
    const element = await mount();
    equal(heading(element).textContent, 'Kiểm tra lại thông tin', 'restored on the review step');
    const keys = watchSubmits();
    await click($(element, '[part~="submit"]')!);
    const summary = await waitFor(() => $(element, '.error-summary'), 'back to the first step with the summary');
    equal(heading(element).textContent, 'Điền thông tin hồ sơ', 'first step');
    await waitFor(() => deepActiveElement() === summary, 'summary focused');
    assert(summary.textContent!.includes('Không tìm thấy tệp đính kèm'), `server message: ${summary.textContent}`);
    assert($(element, '.file[data-state="error"]')!.textContent!.includes('cu.pdf'), 'the file is marked');
    equal(field(element, 'attachments').getAttribute('aria-invalid'), 'true', 'the attachments field is invalid');

    await click($(element, '.file .remove')!);
    await toReview(element);
    const dossier = await submitAndWait(element);
    assert(dossierCodePattern.test(dossier.code), 'submitted');
    equal(keys[0], 'draft-key-0000-0001', 'the first submit used the draft key');
    assert(keys[1] && keys[1] !== keys[0], 'changed answers after a refusal get a new key (the old one is bound to the refused body)');
  });

  it('shows HTML and script typed by the citizen as text on the review and the result', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    const name = '<img src=x onerror=alert(1)>';
    const note = '<script>alert("xss")</script>';
    await fillRequired(element, name);
    await clickAndType(element, 'note', note);
    await toReview(element);
    equal(rowValue(element, 'Họ và tên'), name, 'name as text on the review');
    equal(rowValue(element, 'Ghi chú'), note, 'note as text on the review');
    equal(element.shadowRoot!.querySelectorAll('img, script').length, 0, 'no element made from the answers');
    const dossier = await submitAndWait(element);
    equal(dossier.applicant.fullName, name, 'the portal stored the text');
    equal(rowValue(element, 'Người nộp'), name, 'name as text on the result');
    equal(rowValue(element, 'Ghi chú'), note, 'note as text on the result');
    equal(element.shadowRoot!.querySelectorAll('img, script').length, 0, 'still no element made from the answers');
  });

  describe('dates, as the portal writes them, in Vietnam time', () => {
    afterEach(resetClock);
    for (const clock of clockCases) {
      it(`on ${clock.what}: the submission time is dd/MM/yyyy HH:mm in Vietnamese, d MMM yyyy, HH:mm in English`, async () => {
        await setClock(clock.at);
        for (const [lang, review, label, shown] of [
          ['vi', 'Kiểm tra lại thông tin', 'Thời điểm nộp', clock.vi],
          ['en', 'Check your answers', 'Submitted', clock.en],
        ] as const) {
          sessionStorage.removeItem(DRAFT);
          const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38" lang=${lang}></dvc-dossier-form>`);
          await fillRequired(element);
          await click($(element, '[part~="continue"]')!);
          await waitFor(() => heading(element)?.textContent === review, `the ${lang} review step`);
          const dossier = await submitAndWait(element);
          await waitFor(() => $(element, '[part~="code"]')?.textContent?.trim() === dossier.code, `the ${lang} result`);
          equal(rowValue(element, label), shown, `${lang} submission time`);
          cleanup();
        }
      });
    }
  });

  it('speaks English', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} lang="en"></dvc-dossier-form>`);
    equal(heading(element).textContent, 'Fill in your application', 'heading');
    equal($(element, 'label[for="idNumber"]')!.textContent, 'Citizen ID number (CCCD)', 'label');
    assert(text(element).includes('Step 1 of 2'), 'step caption');
    assert($$(element, '#province option').some((o) => o.textContent === 'Ho Chi Minh City'), 'province names in English');
    await clickAndType(element, 'idNumber', '123');
    await click($(element, '[part~="continue"]')!);
    const summary = await waitFor(() => $(element, '.error-summary'), 'summary');
    assert(summary.textContent!.includes('There is a problem'), 'summary title');
    assert(summary.textContent!.includes('A citizen ID (CCCD) number must be exactly 12 digits.'), 'contract message in English');
    assert(summary.textContent!.includes('Enter a mobile phone number.'), 'required message');
    await expectAccessible(element, 'invalid (en)');

    await click(field(element, 'idNumber'));
    field(element, 'idNumber').select();
    await type(CCCD);
    await clickAndType(element, 'fullName', 'Mai Nguyen');
    await clickAndType(element, 'phone', '+84 912 345 678');
    field<HTMLSelectElement>(element, 'province').focus();
    await press('ArrowDown');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => heading(element)?.textContent === 'Check your answers', 'review in English');
    equal(rowValue(element, 'Mobile phone number'), PHONE, 'normalised phone');
    equal(row(element, 'Full name')!.querySelector('a')!.textContent!.replace(/\s+/g, ' ').trim(), 'Change Full name', 'change link');
    equal($(element, '[part~="submit"]')!.textContent!.trim(), 'Submit application', 'submit label');
    const dossier = await submitAndWait(element);
    await waitFor(() => heading(element)?.textContent === 'Application submitted', 'result in English');
    assert(text(element).includes(`enter the code and the phone number ${PHONE}`), 'next steps in English');
    equal($(element, '[part~="code"]')!.textContent!.trim(), dossier.code, 'code');
    await expectAccessible(element, 'result (en)');
  });

  it('tells when a procedure cannot be applied for online', async () => {
    const element = await mount(html`<dvc-dossier-form service="2.000884"></dvc-dossier-form>`);
    equal(heading(element).textContent, 'Thủ tục này chưa hỗ trợ nộp hồ sơ trực tuyến', 'message');
    assert(!$(element, 'form'), 'no form');
    assert(text(element).includes('Chứng thực chữ ký'), 'names the procedure');
    await expectAccessible(element, 'not online');
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

  it('starts another application after a success, with an empty form and a fresh draft', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="38"></dvc-dossier-form>`);
    await fillRequired(element);
    await toReview(element);
    const key = saved()!.idempotencyKey;
    await submitAndWait(element);
    await click([...$$(element, '[part~="result"] button')].find((b) => b.textContent!.includes('Nộp hồ sơ khác'))!);
    await waitFor(() => heading(element)?.textContent === 'Điền thông tin hồ sơ', 'an empty form');
    equal(deepActiveElement(), heading(element), 'focus on the form heading');
    equal(field(element, 'fullName').value, '', 'empty');
    await clickAndType(element, 'fullName', 'Vũ Thị Thu');
    assert(saved()!.idempotencyKey !== key, 'a new application gets a new idempotency key');
  });

  it('shows a load error with a retry button', async () => {
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} base-url=${REFUSED}></dvc-dossier-form>`);
    const alert = $(element, '.error-summary')!;
    assert(alert, 'the shared error summary');
    assert(alert.textContent!.includes('Không tải được thông tin thủ tục'), `load error: ${alert.textContent}`);
    assert(alert.textContent!.includes('Không kết nối được'), 'the SDK message');
    await expectAccessible(element, 'load error');
    element.removeAttribute('base-url');
    // Removing the address reloads by itself; the retry button stays usable meanwhile.
    const retry = $(element, '.retry-load');
    if (retry) await click(retry);
    await waitFor(() => $(element, 'form'), 'loaded after retry', 8000);
    equal(heading(element).textContent, 'Điền thông tin hồ sơ', 'form shown');
  });
});
