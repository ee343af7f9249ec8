import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import {
  $, $$, assert, cleanup, click, clockCases, closeSuggestions, deepActiveElement, equal, expectAccessible, expectOutline, fixture, press,
  resetClock, setClock, tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcPetitionForm, DvcPetitionSubmittedDetail } from './dvc-petition-form.js';
import './index.js';

const DRAFT_KEY = 'dvc-kit:draft:petition';
const CODE = /^PAKN-\d{6}-\d{5}$/;

type TextField = 'serviceCode' | 'title' | 'content' | 'fullName' | 'phone' | 'email' | 'address';

const valid = {
  title: 'Không tải được tệp PDF',
  content: 'Không tải được tệp PDF lên hồ sơ trên Cổng.',
  fullName: 'Trần Thị Ngọc',
  phone: '0983 123 456',
  email: 'ngoc@example.vn',
  address: 'Ba Đình, Hà Nội',
  serviceCode: '1.004222',
} satisfies Record<TextField, string>;

const field = <E extends HTMLElement = HTMLInputElement>(form: DvcPetitionForm, id: string) => {
  const element = $<E>(form, `#${id}`);
  assert(element, `field #${id}`);
  return element;
};

/** Types into fields (focusing each, as a click or Tab would); the category is chosen by keyboard on the select. */
async function fill(form: DvcPetitionForm, values: Partial<Record<TextField, string>>, categorySteps = 2): Promise<void> {
  const select = field<HTMLSelectElement>(form, 'category');
  select.focus();
  for (let i = 0; i < categorySteps; i++) await press('ArrowDown');
  for (const [name, value] of Object.entries(values)) {
    field(form, name).focus();
    await type(value);
  }
  await form.updateComplete;
}

function values(form: DvcPetitionForm): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const name of ['category', 'serviceCode', 'title', 'content', 'fullName', 'phone', 'email', 'address']) {
    out[name] = field<HTMLInputElement>(form, name).value;
  }
  out.publishable = field(form, 'publishable').checked;
  return out;
}

/** Ctrl+A in the focused field (the key-combination strings of press() are not understood by every browser driver). */
async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await press('a');
  await sendKeys({ up: 'Control' });
}

/** Empties the related procedure code (the field the portal refused) with the keyboard and sends again. */
async function clearServiceCodeAndSend(form: DvcPetitionForm): Promise<void> {
  field(form, 'serviceCode').focus();
  await selectAll();
  await press('Backspace');
  await closeSuggestions();
  await click($(form, 'button[type=submit]')!);
  await resultFocused(form);
}

const isPetitionPost = (request: Request) => request.method === 'POST' && new URL(request.url).pathname === '/v1/petitions';

const realFetch = window.fetch;
/** Watches the petition POSTs (their idempotency keys), optionally standing in for the network. */
function watchFetch(intercept?: (request: Request) => Promise<Response>) {
  const keys: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!isPetitionPost(request)) return realFetch(request);
    keys.push(request.headers.get('idempotency-key') ?? '');
    return intercept ? intercept(request) : realFetch(request);
  };
  return keys;
}

const summary = (form: DvcPetitionForm) => $(form, '.error-summary');
const summaryFocused = (form: DvcPetitionForm) => waitFor(() => deepActiveElement() === summary(form), 'the error summary to take focus');
const resultFocused = (form: DvcPetitionForm) =>
  waitFor(() => deepActiveElement() === $(form, '#result-heading'), 'focus on the result heading', 8000);
const storedKey = () => (JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as { idempotencyKey?: string }).idempotencyKey;

describe('<dvc-petition-form>', () => {
  before(() => useSandbox());
  beforeEach(() => {
    sessionStorage.removeItem(DRAFT_KEY);
    localStorage.removeItem(DRAFT_KEY);
  });
  afterEach(() => {
    window.fetch = realFetch;
    cleanup();
    sessionStorage.removeItem(DRAFT_KEY);
  });

  it('sends a petition with the keyboard alone and shows the tracking code with what to do next', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    const sent: DvcPetitionSubmittedDetail[] = [];
    form.addEventListener('dvc-petition-submitted', (e) => sent.push(e.detail));

    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(field(form, 'category'));
    await press('ArrowDown');
    await press('ArrowDown');
    equal(field<HTMLSelectElement>(form, 'category').value, 'procedure', 'category chosen with the arrow keys');
    await press('Tab');
    equal(deepActiveElement(), field(form, 'serviceCode'), 'Tab goes to the procedure code');
    await type(valid.serviceCode);
    for (const name of ['title', 'content', 'fullName', 'phone', 'email', 'address'] as const) {
      await press('Tab');
      equal(deepActiveElement(), field(form, name), `Tab reaches ${name}`);
      await type(valid[name]);
    }
    await press('Tab');
    equal(deepActiveElement(), field(form, 'publishable'), 'Tab reaches the consent box');
    await press(' ');
    await tabTo($(form, 'button[type=submit]')!);
    await press('Enter');

    await resultFocused(form);
    const code = $(form, '.code')!.textContent!.trim();
    assert(CODE.test(code), `tracking code shown: ${code}`);
    equal(sent.length, 1, 'one dvc-petition-submitted event');
    equal(sent[0]!.petition.code, code, 'the event carries the petition');
    equal(sent[0]!.petition.category, 'procedure', 'category sent');
    equal(sent[0]!.petition.serviceCode, '1.004222', 'related procedure sent');
    equal(sent[0]!.petition.publishable, true, 'consent sent');
    const result = $(form, '[part=result]')!.textContent!;
    assert(result.includes('mã phản ánh cùng số điện thoại di động đã khai (có đuôi 456)'), `how to read the answer: ${result}`);
    assert(result.includes('được công khai'), 'says it will be published');
    equal(sessionStorage.getItem(DRAFT_KEY), null, 'draft cleared after sending');
    await expectAccessible(form, 'result');
  });

  it('passes axe when empty, and offers a fresh form after sending', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await expectAccessible(form, 'empty');
    await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    await tabTo($(form, '.result button')!);
    await press('Enter');
    await waitFor(() => deepActiveElement() === $(form, '#heading'), 'focus back on the form heading');
    equal(field(form, 'title').value, '', 'a fresh form for another petition');
    equal(field<HTMLSelectElement>(form, 'category').value, '', 'no category chosen');
  });

  it("fits the page's outline with heading-level: the form's and the confirmation's headings at that level, the error summary one deeper", async () => {
    const plain = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    equal(expectOutline(plain, 2, 'default'), '2', 'level 2 by default');
    cleanup();
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form heading-level="3"></dvc-petition-form>`);
    equal(expectOutline(form, 3, 'empty'), '3', 'the form');
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    equal(expectOutline(form, 3, 'invalid'), '3 4', 'the form, its error summary');
    await expectAccessible(form, 'heading-level 3, invalid');
    await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal(expectOutline(form, 3, 'sent'), '3', 'the confirmation');
    await expectAccessible(form, 'heading-level 3, sent');
  });

  it('sends a petition with the mouse, saying it is being sent meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const keys = watchFetch(async (request) => {
      await gate;
      return realFetch(request);
    });
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    // A native <select>'s option list is drawn outside the page, beyond the test mouse: choose as a keyboard would.
    const select = field<HTMLSelectElement>(form, 'category');
    await click(select);
    await press('Escape');
    select.value = 'staff';
    select.dispatchEvent(new Event('change'));
    for (const name of ['title', 'content', 'fullName', 'phone'] as const) {
      await click(field(form, name));
      await type(valid[name]);
    }
    const submit = $(form, 'button[type=submit]')!;
    await click(submit);
    await waitFor(() => submit.getAttribute('aria-disabled') === 'true', 'the button to show it is busy');
    equal(submit.textContent!.trim(), 'Đang gửi phản ánh…', 'busy label');
    await waitFor(() => $(form, '[part~=announcer]')!.textContent === 'Đang gửi phản ánh…', 'busy status announced in the one live region');
    equal($$(form, '[role=status]').length, 1, 'one live region');
    await expectAccessible(form, 'sending');
    await click(submit);
    release();
    await resultFocused(form);
    equal(keys.length, 1, 'a second click while sending does not send again');
    const code = $(form, '.code')!.textContent!.trim();
    assert(CODE.test(code), `tracking code: ${code}`);
    assert($(form, '[part=result]')!.textContent!.includes('không được công khai'), 'not published without consent');
  });

  it('shows Vietnamese messages for an invalid phone and email, by each field and in a focused summary', async () => {
    const keys = watchFetch();
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { title: valid.title, content: 'Quá ngắn', fullName: valid.fullName, phone: '0123 456', email: 'ngoc@' }, 0);
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    const text = summary(form)!.textContent!;
    for (const message of [
      'Vui lòng chọn lĩnh vực phản ánh.',
      'Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84).',
      'Địa chỉ email không hợp lệ (ví dụ đúng: ten@example.vn).',
    ]) {
      assert(text.includes(message), `summary lists "${message}": ${text}`);
    }
    assert(text.includes('Nội dung phải có ít nhất 20 ký tự.'), `content too short: ${text}`);
    assert(text.includes('Thông tin chưa hợp lệ'), 'summary title');
    const phone = field(form, 'phone');
    equal(phone.getAttribute('aria-invalid'), 'true', 'phone marked invalid');
    assert(phone.getAttribute('aria-describedby')!.split(' ').includes('phone-error'), 'phone described by its error');
    assert(field(form, 'phone-error').textContent!.includes('Số điện thoại di động phải có 10 chữ số'), 'error next to the phone');
    equal(field(form, 'email').getAttribute('aria-invalid'), 'true', 'email marked invalid');
    equal(field(form, 'fullName').getAttribute('aria-invalid'), 'false', 'a valid field is not marked');
    equal(keys.length, 0, 'nothing sent');
    await expectAccessible(form, 'invalid');

    // The summary's links lead to the fields.
    const links = $$<HTMLAnchorElement>(form, '.error-summary a');
    const toPhone = links.find((a) => a.textContent!.includes('Số điện thoại'))!;
    await tabTo(toPhone);
    await press('Enter');
    equal(deepActiveElement(), phone, 'the summary link moves focus to the phone');
    await selectAll();
    await type('0123456789');
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    assert(summary(form)!.textContent!.includes('Đầu số 012 không phải đầu số di động của nhà mạng Việt Nam.'), 'prefix message');
    equal(field(form, 'title').value, valid.title, 'fields kept');
  });

  it('names a missing title inside its sentence in lower case, and at a sentence\'s start with a capital', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    equal(field(form, 'title-error').textContent!.replace(/\s+/g, ' ').trim(), 'Lỗi: Vui lòng nhập tiêu đề.', 'Vietnamese');
    cleanup();
    const english = await fixture<DvcPetitionForm>(html`<dvc-petition-form lang="en"></dvc-petition-form>`);
    await fill(english, { content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(english, 'button[type=submit]')!);
    await summaryFocused(english);
    equal(field(english, 'title-error').textContent!.replace(/\s+/g, ' ').trim(), 'Error: Title is required.', 'English');
  });

  it('keeps every field after a failed submit and sends again with the same idempotency key', async () => {
    const keys = watchFetch();
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, valid);
    await click(field(form, 'publishable'));
    const before = values(form);
    form.setAttribute('base-url', 'http://127.0.0.1:9');
    field(form, 'title').focus();
    await press('Enter'); // implicit submission from a text field
    await waitFor(() => deepActiveElement() === summary(form), 'the failure summary', 8000);
    const text = summary(form)!.textContent!;
    assert(text.includes('Chưa gửi được phản ánh'), `failure title: ${text}`);
    assert(text.includes('vẫn được giữ nguyên'), 'says the fields are kept');
    assert(keys.length >= 1, 'it tried to send');
    equal(JSON.stringify(values(form)), JSON.stringify(before), 'every field kept');
    await expectAccessible(form, 'send failed');

    form.removeAttribute('base-url');
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    assert(keys.length >= 2, 'sent again');
    assert(keys.every((k) => k === keys[0] && k.length >= 8), `one idempotency key for every attempt: ${keys.join(', ')}`);
  });

  it('answers a resubmit after a lost response with the petition already recorded', async () => {
    const codes: string[] = [];
    const keys = watchFetch(async (request) => {
      // The sandbox records the petition, then the answer is lost on the way back.
      const response = await realFetch(request);
      codes.push(((await response.json()) as { code: string }).code);
      throw new TypeError('Failed to fetch');
    });
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(form, 'button[type=submit]')!);
    await waitFor(() => deepActiveElement() === summary(form), 'the failure summary', 8000);
    assert(codes.length >= 1 && codes.every((c) => c === codes[0]), `the retries were replayed, not recorded again: ${codes.join(', ')}`);
    window.fetch = realFetch;
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal($(form, '.code')!.textContent!.trim(), codes[0], 'the same tracking code as the lost answer');
    assert(keys.every((k) => k === keys[0]), 'one key throughout');
  });

  it('answers a submit of edited fields after a lost answer with the petition already recorded, not a second one', async () => {
    let lose = true;
    const answers: { status: number; code?: string; problem?: string }[] = [];
    const keys = watchFetch(async (request) => {
      // The sandbox answers (and records the petition), then, while `lose`, the answer is lost on the way back.
      const response = await realFetch(request);
      const body = (await response.clone().json()) as { code: string };
      answers.push(response.ok ? { status: response.status, code: body.code } : { status: response.status, problem: body.code });
      if (lose) throw new TypeError('Failed to fetch');
      return response;
    });
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await closeSuggestions();
    await click($(form, 'button[type=submit]')!);
    await waitFor(() => deepActiveElement() === summary(form), 'the failure summary', 8000);
    const first = answers.find((a) => a.code)?.code;
    assert(first && CODE.test(first), `the lost send recorded a petition: ${JSON.stringify(answers)}`);
    const sentBefore = (JSON.parse(sessionStorage.getItem(DRAFT_KEY)!) as { sent?: string }).sent;
    assert(sentBefore?.includes(valid.title), 'the draft keeps the body sent under its key');

    // The citizen corrects the title, and sends again once the connection is back.
    lose = false;
    field(form, 'title').focus();
    await type(' (bổ sung)');
    await closeSuggestions();
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal($(form, '.code')!.textContent!.trim(), first, 'the same tracking code as the lost answer');
    const created = new Set(answers.filter((a) => a.code).map((a) => a.code));
    equal(created.size, 1, `one petition recorded in all: ${JSON.stringify(answers)}`);
    assert(answers.some((a) => a.status === 409 && a.problem === 'idempotency_key_reused'), 'the edited body was refused under the old key');
    assert(keys.every((k) => k === keys[0]), `one key throughout: ${keys.join(', ')}`);
    const result = $(form, '[part=result]')!.textContent!;
    assert(result.includes('đã được tiếp nhận từ lần gửi trước'), `says the earlier send was recorded: ${result}`);
    equal($(form, '.sent-title')!.textContent, valid.title, 'shows what was recorded');
    assert(!result.includes('Idempotency'), 'no raw idempotency message');
    equal(sessionStorage.getItem(DRAFT_KEY), null, 'draft cleared');

    // The next petition gets a fresh key.
    await click($(form, '.result button')!);
    await fill(form, { title: 'Phản ánh khác', content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await closeSuggestions();
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    const second = $(form, '.code')!.textContent!.trim();
    assert(second !== first, `a new petition for new fields: ${second}`);
    assert(keys.at(-1) !== keys[0], 'under a new key');
    equal($(form, '.notice'), null, 'no earlier-send notice');
  });

  it('keeps the key after a 409 and sends the edited fields once the earlier send proves refused for good', async () => {
    // The earlier body is refused for good (an unknown procedure), but that answer was lost.
    const answers: number[] = [];
    let lose = true;
    const keys = watchFetch(async (request) => {
      const response = await realFetch(request);
      answers.push(response.status);
      if (lose) throw new TypeError('Failed to fetch');
      return response;
    });
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { serviceCode: '1.999999', title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await closeSuggestions();
    await click($(form, 'button[type=submit]')!);
    await waitFor(() => deepActiveElement() === summary(form), 'the failure summary', 8000);
    lose = false;
    await clearServiceCodeAndSend(form);
    assert(CODE.test($(form, '.code')!.textContent!.trim()), 'recorded');
    equal($(form, '.notice'), null, 'the edited fields were recorded, not an earlier send');
    const last = keys.at(-1)!;
    assert(keys.slice(0, -1).every((k) => k === keys[0]) && last !== keys[0], `a new key only after the definitive refusal: ${keys.join(', ')}`);
    assert(answers.includes(409), `the edited body met the old key first: ${answers.join(', ')}`);
  });

  it('places the server’s refusal on the field, and sends the corrected form under a new key', async () => {
    const keys = watchFetch();
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { serviceCode: '1.999999', title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    const message = 'Không có thủ tục hành chính mã 1.999999 trong cơ sở dữ liệu thủ tục.';
    assert(summary(form)!.textContent!.includes(message), `server message in the summary: ${summary(form)!.textContent}`);
    assert(field(form, 'serviceCode-error').textContent!.includes(message), 'server message by the field');
    equal(field(form, 'title').value, valid.title, 'fields kept');
    await clearServiceCodeAndSend(form);
    equal(keys.length, 2, 'two sends');
    assert(keys[0] !== keys[1], 'a refused request’s key is not reused for different data');
  });

  it('restores the draft, and its idempotency key, in a new element after a reload', async () => {
    const first = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(first, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone, email: valid.email });
    await click(field(first, 'publishable'));
    const key = storedKey();
    assert(key && key.length >= 8, 'the draft holds an idempotency key');
    const before = values(first);
    cleanup();

    const keys = watchFetch();
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    equal(JSON.stringify(values(form)), JSON.stringify(before), 'every field restored');
    assert($(form, '.draft-note')!.textContent!.includes('Đã khôi phục'), 'says the draft was restored');
    await expectAccessible(form, 'draft restored');
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal(keys[0], key, 'the restored draft’s key is sent');

    // Clearing a draft on purpose.
    const again = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    equal($(again, '.draft-note'), null, 'no draft after a sent petition');
    await fill(again, { title: 'Nháp sẽ xóa' });
    cleanup();
    const restored = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    equal(field(restored, 'title').value, 'Nháp sẽ xóa', 'draft back');
    equal(field<HTMLSelectElement>(restored, 'category').value, 'procedure', 'category back');
    field(restored, 'category').focus();
    await press('ArrowDown');
    equal(field<HTMLSelectElement>(restored, 'category').value, 'staff', 'category changed by the reader');
    await click($(restored, '.draft-note button')!);
    equal(field(restored, 'title').value, '', 'cleared');
    equal(field<HTMLSelectElement>(restored, 'category').value, '', 'category cleared');
    equal(sessionStorage.getItem(DRAFT_KEY), null, 'forgotten');
    equal(deepActiveElement(), $(restored, '#heading'), 'focus on the heading');
  });

  it('keeps no draft with draft-storage="none", and fills in the procedure from service-code', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form draft-storage="none" service-code="1.001193"></dvc-petition-form>`);
    equal(field(form, 'serviceCode').value, '1.001193', 'related procedure filled in');
    await fill(form, { title: valid.title });
    equal(sessionStorage.getItem(DRAFT_KEY), null, 'nothing in sessionStorage');
    equal(localStorage.getItem(DRAFT_KEY), null, 'nothing in localStorage');
  });

  it('moves its draft when draft-storage changes, leaving nothing behind', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { title: valid.title });
    await closeSuggestions();
    const key = (JSON.parse(sessionStorage.getItem(DRAFT_KEY)!) as { idempotencyKey: string }).idempotencyKey;
    form.setAttribute('draft-storage', 'local');
    await form.updateComplete;
    equal(sessionStorage.getItem(DRAFT_KEY), null, 'the old draft is gone from sessionStorage');
    const local = JSON.parse(localStorage.getItem(DRAFT_KEY)!) as { values: { title: string }; idempotencyKey: string };
    equal(local.values.title, valid.title, 'the draft is in localStorage');
    equal(local.idempotencyKey, key, 'with its idempotency key');
    form.draftStorage = 'none';
    await form.updateComplete;
    equal(localStorage.getItem(DRAFT_KEY), null, 'none: gone from localStorage too');
    equal(field(form, 'title').value, valid.title, 'still on screen');
    localStorage.removeItem(DRAFT_KEY);
  });

  it('shows HTML and script in the title and content as text in the result', async () => {
    const title = '<img src=x onerror="window.__petitionXss=1"> tiêu đề';
    const content = '<script>window.__petitionXss=1</script> nội dung có thẻ <b>HTML</b> phải hiện nguyên văn';
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    await fill(form, { title, content, fullName: '<img src=x>Lê Văn Bình', phone: '0912345678' });
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal($(form, '.sent-title')!.textContent, title, 'title as text');
    equal($(form, '.sent-content')!.textContent, content, 'content as text');
    equal($$(form, 'img, script, b').length, 0, 'no element made from the payloads');
    equal((window as unknown as { __petitionXss?: number }).__petitionXss, undefined, 'no script ran');
  });

  it('announces the character count only near the limit', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form></dvc-petition-form>`);
    const content = field<HTMLTextAreaElement>(form, 'content');
    content.focus();
    await type('Nội dung ngắn');
    await form.updateComplete;
    equal($(form, '.counter')!.textContent, 'Còn 4.987 ký tự', 'visible count');
    equal($(form, '.counter')!.getAttribute('aria-hidden'), 'true', 'the visible count is not read on every key');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    equal($(form, '[part~=announcer]')!.textContent, '', 'far from the limit: silent');
    // Paste a long text, then keep typing.
    content.value = 'a'.repeat(4700);
    content.dispatchEvent(new Event('input'));
    await type('bc');
    await waitFor(() => $(form, '[part~=announcer]')!.textContent === 'Còn 298 ký tự', 'the polite announcement near the limit');
    content.value = 'a'.repeat(5003);
    content.dispatchEvent(new Event('input'));
    await waitFor(() => $(form, '[part~=announcer]')!.textContent === 'Vượt quá 3 ký tự', 'over the limit');
    assert($(form, '.counter')!.classList.contains('over'), 'shown as a problem');
  });

  describe('dates, as the portal writes them, in Vietnam time', () => {
    afterEach(resetClock);
    for (const clock of clockCases) {
      it(`on ${clock.what}: the sending time is dd/MM/yyyy HH:mm in Vietnamese, d MMM yyyy, HH:mm in English`, async () => {
        await setClock(clock.at);
        for (const [lang, label, text] of [['vi', 'Thời gian gửi', clock.vi], ['en', 'Sent', clock.en]] as const) {
          sessionStorage.removeItem(DRAFT_KEY);
          const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form lang=${lang}></dvc-petition-form>`);
          await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: valid.phone });
          await click($(form, 'button[type=submit]')!);
          await resultFocused(form);
          const sentAt = $$(form, '[part=result] dt').find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
          equal(sentAt, text, `${lang} sending time`);
          cleanup();
        }
      });
    }
  });

  it('speaks English with lang="en"', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form lang="en"></dvc-petition-form>`);
    equal($(form, 'h2')!.textContent, 'Send feedback or a recommendation', 'heading');
    equal(form.shadowRoot!.querySelector('label[for=phone]')!.textContent!.trim(), 'Mobile phone number', 'label');
    assert(field(form, 'category').textContent!.includes('Administrative procedures'), 'category names in English');
    await fill(form, { title: valid.title, content: valid.content, fullName: valid.fullName, phone: '12', email: 'x@y' });
    await click($(form, 'button[type=submit]')!);
    await summaryFocused(form);
    const text = summary(form)!.textContent!;
    assert(text.includes('There is a problem'), 'summary title');
    assert(text.includes('A mobile number has 10 digits starting with 0 (or +84).'), `phone message: ${text}`);
    assert(text.includes('The email address is not valid (for example: name@example.vn).'), 'email message');
    await expectAccessible(form, 'invalid, English');
    field(form, 'phone').focus();
    await selectAll();
    await type('+84 912 345 678');
    field(form, 'email').focus();
    await selectAll();
    await press('Backspace');
    await click($(form, 'button[type=submit]')!);
    await resultFocused(form);
    equal($(form, '#result-heading')!.textContent, 'Petition sent', 'result heading');
    assert($(form, '[part=result]')!.textContent!.includes('(ending in 678)'), 'how to read the answer, in English');
    await expectAccessible(form, 'result, English');
  });
});
