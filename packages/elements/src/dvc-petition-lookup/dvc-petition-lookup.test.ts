import { html } from 'lit';
import type { DvcClient, Petition } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import {
  $, $$, answer, assert, cleanup, click, closeSuggestions, deepActiveElement, equal, expectAccessible, expectOutline, fixture, press, sandboxClient, tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcPetitionForm } from '../dvc-petition-form/dvc-petition-form.js';
import type { DvcPetitionFoundDetail, DvcPetitionLookup } from './dvc-petition-lookup.js';
import '../dvc-petition-form/index.js';
import './index.js';

const phone = '0912345678';
const payload = '<img src=x onerror="window.__lookupXss=1"><script>window.__lookupXss=1</script>';
let client: DvcClient;

/** A petition of its own for each test. */
function send(title = 'Không tải được tệp PDF', content = 'Tôi không tải được tệp PDF lên hồ sơ đăng ký khai sinh trên cổng.'): Promise<Petition> {
  return client.petitions.submit({ fullName: 'Trần Văn An', phone, category: 'online_service', title, content });
}

const input = (lookup: DvcPetitionLookup, id: 'code' | 'phone') => $<HTMLInputElement>(lookup, `#${id}`)!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const region = (lookup: DvcPetitionLookup) => text($(lookup, '[role="status"]'));

describe('<dvc-petition-lookup>', () => {
  before(async () => {
    await useSandbox();
    client = await sandboxClient({ retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    await useSandbox();
    configure({ client: undefined });
  });

  it('finds a petition by keyboard, says it has no answer yet, then shows the answer when looked up again', async () => {
    const petition = await send();
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup></dvc-petition-lookup>`);
    await expectAccessible(lookup, 'empty');
    const found: DvcPetitionFoundDetail[] = [];
    lookup.addEventListener('dvc-petition-found', (event) => found.push(event.detail));

    await tabTo(input(lookup, 'code'));
    await type(petition.code.toLowerCase());
    await press('Tab');
    equal(deepActiveElement(), input(lookup, 'phone'), 'Tab goes from the code to the phone');
    await type('091 234 5678');
    await press('Enter');

    const heading = await waitFor(() => $(lookup, '#result-title'), 'the petition');
    await waitFor(() => deepActiveElement() === heading, 'focus on the result heading');
    equal(text(heading), `Phản ánh ${petition.code}`, 'heading');
    equal(text($(lookup, '[part="status"] strong')), 'Đã tiếp nhận, chờ xử lý', 'status');
    const result = $(lookup, '[part="result"]')!;
    assert(text(result).includes('Không tải được tệp PDF') && text(result).includes('Dịch vụ công trực tuyến'), `title and category: ${text(result)}`);
    assert(text($(lookup, '[part="no-answer"]')).startsWith('Phản ánh chưa có trả lời.'), 'no answer yet');
    equal($(lookup, '[part="answer"]'), null, 'no answer block');
    await waitFor(() => region(lookup) === `Đã tìm thấy phản ánh ${petition.code}. Tình trạng: Đã tiếp nhận, chờ xử lý.`, 'announced');
    equal($$(lookup, '[role="status"]').length, 1, 'one live region');
    equal(found.length, 1, 'dvc-petition-found');
    equal(found[0]!.petition.code, petition.code, 'its detail');
    equal(lookup.getAttribute('phone'), null, 'the phone never becomes an attribute');
    await expectAccessible(lookup, 'found, not answered');

    await answer(petition.code, 'Cổng đã sửa lỗi tải tệp PDF; ông vui lòng thử lại.', { agency: 'Văn phòng UBND thành phố Huế', officer: 'Nguyễn Thị Hoa' });
    await tabTo($(lookup, '[part="submit"]')!, 40, 'Shift+Tab');
    await press('Enter');
    const reply = await waitFor(() => $(lookup, '[part="answer"]'), 'the answer');
    equal(text($(lookup, '[part="status"] strong')), 'Đã trả lời', 'answered');
    equal(text(reply.querySelector('.answer-text')), 'Cổng đã sửa lỗi tải tệp PDF; ông vui lòng thử lại.', 'the text');
    equal(text(reply.querySelector('.agency')), 'Văn phòng UBND thành phố Huế', 'the agency');
    equal(text(reply.querySelector('.officer')), 'Nguyễn Thị Hoa', 'the officer');
    assert(/^\d{2}\/\d{2}\/\d{4}$/.test(text(reply.querySelector('.answered-at'))), `the date: ${text(reply.querySelector('.answered-at'))}`);
    await expectAccessible(lookup, 'answered');
  });

  it('answers a wrong phone as not found, on no field, keeping both fields', async () => {
    const petition = await send();
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup code=${petition.code}></dvc-petition-lookup>`);
    equal(input(lookup, 'code').value, petition.code, 'the code from the attribute');
    await click(input(lookup, 'phone'));
    await type('0987654321');
    await closeSuggestions();
    await click($(lookup, '[part="submit"]')!);
    const summary = await waitFor(() => $(lookup, '.error-summary'), 'the error summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(text(summary.querySelector('li')), 'Không tìm thấy phản ánh, kiến nghị với mã và số điện thoại đã nhập.', 'one message for both');
    equal(summary.querySelectorAll('a').length, 0, 'no link to one field');
    equal(input(lookup, 'code').getAttribute('aria-invalid'), null, 'the code is not blamed');
    equal(input(lookup, 'phone').getAttribute('aria-invalid'), null, 'the phone is not blamed');
    equal(input(lookup, 'phone').value, '0987654321', 'phone kept');
    equal($(lookup, '[part="result"]'), null, 'no result');
    await expectAccessible(lookup, 'not found');
  });

  it('refuses a code that cannot be a petition code, and a bad phone, before sending anything', async () => {
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
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup></dvc-petition-lookup>`);
    await tabTo($(lookup, '[part="submit"]')!);
    await press('Enter');
    let summary = await waitFor(() => $(lookup, '.error-summary'), 'the summary for empty fields');
    equal([...summary.querySelectorAll('li')].map((li) => text(li)).join(' | '),
      'Vui lòng nhập mã phản ánh. | Vui lòng nhập số điện thoại di động.', 'both fields required');

    await click(input(lookup, 'code'));
    await type('000.00.38.H38-251123-0001');
    await closeSuggestions();
    await click(input(lookup, 'phone'));
    await type('12345');
    await press('Enter');
    await waitFor(() => text($(lookup, '#code-error')).includes('không đúng định dạng'), 'the code message');
    equal(text($(lookup, '#code-error')), 'Lỗi: Mã phản ánh không đúng định dạng (ví dụ: PAKN-251123-00001).', 'a dossier code is not a petition code');
    equal(text($(lookup, '#phone-error')), 'Lỗi: Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84).', 'the contract\'s phone message');
    summary = $(lookup, '.error-summary')!;
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(input(lookup, 'code').getAttribute('aria-invalid'), 'true', 'code invalid');
    equal(input(lookup, 'code').getAttribute('aria-describedby'), 'code-hint code-error', 'the message describes the field');
    await expectAccessible(lookup, 'invalid');

    await tabTo(summary.querySelector('a')!);
    await press('Enter');
    equal(deepActiveElement(), input(lookup, 'code'), 'the summary\'s link focuses the code field');
    equal(requests, 0, 'nothing was sent');
  });

  it('shows what the sender wrote and the answer as text, never as markup', async () => {
    const petition = await send(`Góp ý ${payload}`, `Nội dung có thẻ HTML phải hiện nguyên văn: ${payload}`);
    await answer(petition.code, `Trả lời ${payload}`, { agency: '<b>Sở Tư pháp</b>', officer: '<i>Lê Văn Bình</i>' });
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup code=${petition.code}></dvc-petition-lookup>`);
    await click(input(lookup, 'phone'));
    await type(phone);
    await press('Enter');
    const reply = await waitFor(() => $(lookup, '[part="answer"]'), 'the answer');
    assert(text(reply).includes(`Trả lời ${payload}`) && text(reply).includes('<b>Sở Tư pháp</b>'), 'answer as text');
    assert(text($(lookup, '.content')).endsWith(payload), 'content as text');
    equal($$(lookup, 'img, script, b, i').length, 0, 'no element made from the payloads');
    equal((window as unknown as { __lookupXss?: number }).__lookupXss, undefined, 'no script ran');
  });

  it('fits the page\'s outline with heading-level: the form\'s and the result\'s headings at that level, the error summary and sections one deeper', async () => {
    const levels = (lookup: DvcPetitionLookup) => $$(lookup, 'h2, h3').map((h) => `${h.localName}:${h.getAttribute('aria-level')}`).join(' ');
    const plain = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup></dvc-petition-lookup>`);
    equal(expectOutline(plain, 2, 'default'), '2', 'level 2 by default');
    cleanup();
    const petition = await send();
    await answer(petition.code, 'Đã trả lời ông/bà.');
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup heading-level="3" code=${petition.code}></dvc-petition-lookup>`);
    equal(expectOutline(lookup, 3, 'the form'), '3', 'the form at level 3');
    await click(input(lookup, 'phone'));
    await press('Enter');
    await waitFor(() => $(lookup, '.error-summary'), 'the error summary');
    equal(expectOutline(lookup, 3, 'no phone'), '3 4', 'the form, its error summary');
    await click(input(lookup, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(lookup, '[part="answer"]'), 'the answer');
    equal(levels(lookup), 'h2:3 h2:3 h3:4 h3:4', 'the result at level 3, its content and answer at 4');
    expectOutline(lookup, 3, 'the answer');
    await expectAccessible(lookup, 'heading-level 3');
  });

  it('speaks English', async () => {
    const petition = await send();
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup lang="en"></dvc-petition-lookup>`);
    equal(text($(lookup, 'label[for="code"]')), 'Petition code', 'label');
    await tabTo(input(lookup, 'code'));
    await type('PAKN-1');
    await press('Tab');
    await type(phone);
    await press('Enter');
    await waitFor(() => text($(lookup, '#code-error')) === 'Error: The petition code is not in the right form (for example PAKN-251123-00001).', 'English field error');
    await expectAccessible(lookup, 'English invalid');
    input(lookup, 'code').focus();
    input(lookup, 'code').select();
    await type(petition.code);
    await press('Enter');
    await waitFor(() => text($(lookup, '[part="status"] strong')) === 'Received, waiting to be handled', 'English status');
    assert(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(text($$(lookup, '.summary-list dd')[2])), 'an English date');
    await expectAccessible(lookup, 'English found');
  });

  it('is where the petition form’s confirmation sends the sender, with the code', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form draft-storage="none" lookup-href="/tra-cuu-phan-anh.html?code={code}"></dvc-petition-form>`);
    $<HTMLSelectElement>(form, '#category')!.focus();
    await press('ArrowDown');
    for (const [id, value] of [['title', 'Không tải được tệp'], ['content', 'Không tải được tệp PDF lên hồ sơ trên cổng.'], ['fullName', 'Trần Văn An'], ['phone', phone]]) {
      $(form, `#${id}`)!.focus();
      await type(value!);
    }
    await tabTo($(form, 'button[type=submit]')!);
    await press('Enter');
    const link = await waitFor(() => $<HTMLAnchorElement>(form, '[part="lookup"]'), 'the link to the lookup', 8000);
    const code = text($(form, '[part="code"]'));
    equal(text(link), 'Tra cứu phản ánh, kiến nghị này', 'its text');
    equal(new URL(link.href).searchParams.get('code'), code, 'with the code');
    await expectAccessible(form, 'confirmation with the lookup link');
    cleanup();

    // The page it opens gives the code to the lookup; the sender types the phone.
    const lookup = await fixture<DvcPetitionLookup>(html`<dvc-petition-lookup code=${new URL(link.href).searchParams.get('code')!}></dvc-petition-lookup>`);
    await click(input(lookup, 'phone'));
    await type(phone);
    await press('Enter');
    await waitFor(() => text($(lookup, '#result-title')) === `Phản ánh ${code}`, 'the petition sent');
  });
});
