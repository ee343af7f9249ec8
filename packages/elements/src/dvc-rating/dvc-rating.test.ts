import { html } from 'lit';
import type { Dossier, DvcClient } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, closeSuggestions, deepActiveElement, equal, expectAccessible, expectOutline, fixture, logIn, move, press, sandboxClient,
  submitDossier, tabTo, type, useAccountSandbox, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcRating, DvcRatingSentDetail } from './dvc-rating.js';
import './index.js';

const phone = '0912345678';
const payload = '<img src=x onerror="window.__ratingXss=1"><script>window.__ratingXss=1</script>';
let dvc: DvcClient;

/** A dossier of its own for each test, moved to `status` (not accepted: finished at once). */
async function finished(status: 'denied' | 'new' = 'denied'): Promise<Dossier> {
  const { dossier } = await submitDossier('1.001193', { province: '38', phone });
  await move(dossier.code, status);
  return dossier;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (rating: DvcRating) => $(rating, '#heading');
const radio = (rating: DvcRating, level: number) => $<HTMLInputElement>(rating, `#overall-${level}`)!;
const summaryText = (rating: DvcRating) => text($(rating, '.error-summary'));

/** Chooses a criterion's level as a select does (the options list itself is the browser's, outside the page). */
function chooseCriterion(rating: DvcRating, name: string, level: string): void {
  const select = $<HTMLSelectElement>(rating, `#criteria-${name}`)!;
  select.value = level;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types the code and phone into the first step and goes on with Enter. */
async function identify(rating: DvcRating, code: string, typedPhone = '091 234 5678'): Promise<void> {
  await tabTo($(rating, '#code')!);
  await type(code);
  await press('Tab');
  await type(typedPhone);
  await press('Enter');
}

describe('<dvc-rating>', () => {
  before(async () => {
    await useSandbox();
    dvc = await sandboxClient({ retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    sessionStorage.clear();
    await useSandbox();
    configure({ client: undefined });
  });

  it('rates a finished dossier by code and phone with the keyboard, thanks the citizen, then changes the rating with the mouse', async () => {
    const dossier = await finished();
    const rating = await fixture<DvcRating>(html`<dvc-rating></dvc-rating>`);
    await expectAccessible(rating, 'code and phone');
    const sent: DvcRatingSentDetail[] = [];
    rating.addEventListener('dvc-rating-sent', (event) => sent.push(event.detail));

    await identify(rating, dossier.code.toLowerCase());
    await waitFor(() => radio(rating, 5), 'the rating form');
    await waitFor(() => deepActiveElement() === heading(rating), 'focus on the heading');
    equal(text(heading(rating)), 'Đánh giá mức độ hài lòng', 'heading');
    assert(text($(rating, 'legend')).startsWith('Mức độ hài lòng chung của ông/bà'), 'a fieldset with its legend');
    equal($$(rating, '#overall input[type="radio"]').map((r) => text(r.nextElementSibling)).join(' | '),
      'Rất hài lòng | Hài lòng | Bình thường | Không hài lòng | Rất không hài lòng', 'five levels, best first, labelled');
    for (const level of [5, 1]) {
      const row = radio(rating, level).closest('.radio')!.getBoundingClientRect();
      assert(row.height >= 44, `a level's target is at least 44 px high (${row.height})`);
    }
    await expectAccessible(rating, 'form');

    // Keyboard: Tab into the levels, the arrows move between them (the first arrow from "Rất hài lòng" selects "Hài lòng").
    await tabTo(radio(rating, 5));
    await press('Space');
    await press('ArrowDown');
    equal(radio(rating, 4).checked, true, 'Hài lòng chosen with the arrow key');
    chooseCriterion(rating, 'onTime', '5');
    await tabTo($(rating, '#comment')!);
    await type('Cán bộ hướng dẫn tận tình.');
    equal(text($(rating, '.counter')), 'Còn 1.174 ký tự', 'the characters left, written as Vietnamese numbers are');
    await closeSuggestions();
    await click($(rating, '[part="submit"]')!);

    await waitFor(() => text(heading(rating)) === 'Cảm ơn ông/bà đã đánh giá', 'the thanks');
    await waitFor(() => deepActiveElement() === heading(rating), 'focus on the thanks');
    const shown = text($(rating, '[part="rated"]'));
    assert(shown.includes('Hài lòng') && shown.includes('Trả kết quả đúng hẹn') && shown.includes('Rất hài lòng') && shown.includes('Cán bộ hướng dẫn tận tình.'), shown);
    equal(sent.length, 1, 'dvc-rating-sent');
    equal(sent[0]!.rating.rating?.overall, 4, 'its detail');
    equal(rating.getAttribute('phone'), null, 'the phone never becomes an attribute');
    assert(!JSON.stringify(sessionStorage).includes('5678'), 'the phone is kept nowhere');
    await expectAccessible(rating, 'thanks');

    await click($(rating, '[part="change"]')!);
    await waitFor(() => deepActiveElement() === radio(rating, 4), 'focus on the level chosen');
    equal(text(heading(rating)), 'Thay đổi đánh giá', 'the form to change it');
    equal($<HTMLTextAreaElement>(rating, '#comment')!.value, 'Cán bộ hướng dẫn tận tình.', 'the comment given');
    await click(radio(rating, 2).nextElementSibling!);
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => text($(rating, '.overall')) === 'Không hài lòng', 'the new rating');
    const stored = await dvc.ratings.get(dossier.code, { verifier: phone });
    equal(stored.rating?.overall, 2, 'the new rating replaced the old');
    equal(stored.rating?.comment, 'Cán bộ hướng dẫn tận tình.', 'with the comment kept');
    equal(stored.rating?.via, 'phone', 'by code and phone');
  });

  it('shows a rating already given, with its comment as text, and lets the citizen keep it', async () => {
    const dossier = await finished();
    await dvc.ratings.rate(dossier.code, { overall: 3, criteria: { contacts: 2 }, comment: payload }, { verifier: phone });
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    await identify(rating, '', phone);
    await waitFor(() => $(rating, '[part="rated"]'), 'the rating given');
    equal(text(heading(rating)), `Ông/bà đã đánh giá hồ sơ ${dossier.code}`, 'heading');
    equal(text($(rating, '.overall')), 'Bình thường', 'the level');
    equal(text($(rating, '.comment')), payload, 'the comment as text');
    equal($(rating, '.comment img'), null, 'no markup from the comment');
    equal((window as { __ratingXss?: number }).__ratingXss, undefined, 'nothing ran');
    await expectAccessible(rating, 'rated');
    await click($(rating, '[part="change"]')!);
    await waitFor(() => $(rating, '[part="form"]'), 'the form');
    await click($$(rating, '.actions button').find((b) => text(b) === 'Giữ đánh giá cũ')!);
    await waitFor(() => $(rating, '[part="rated"]'), 'back to the rating given');
  });

  it('says a dossier still in progress cannot be rated yet, naming its status', async () => {
    const dossier = await finished('new');
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    await identify(rating, '');
    const closed = await waitFor(() => $(rating, '[part="closed"]'), 'the notice');
    assert(text(closed).includes('"Được tiếp nhận"') && text(closed).includes('chưa giải quyết xong'), text(closed));
    equal($(rating, '[part="form"]'), null, 'no form');
    await expectAccessible(rating, 'closed');
  });

  it('answers a wrong phone as not found, on no field, keeping both fields', async () => {
    const dossier = await finished();
    const rating = await fixture<DvcRating>(html`<dvc-rating></dvc-rating>`);
    await identify(rating, dossier.code, '0987654321');
    const summary = await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    assert(summaryText(rating).includes('Không tìm thấy hồ sơ với mã và số điện thoại đã nhập.'), summaryText(rating));
    equal($(rating, '#code-error'), null, 'the code is not blamed');
    equal($(rating, '#phone-error'), null, 'nor the phone');
    equal($<HTMLInputElement>(rating, '#code')!.value, dossier.code, 'the code kept');
    equal($<HTMLInputElement>(rating, '#phone')!.value, '0987654321', 'the phone kept');
    await expectAccessible(rating, 'not found');
  });

  it("fits the page's outline with heading-level: its heading at that level, its problems one deeper", async () => {
    const dossier = await finished();
    const plain = await fixture<DvcRating>(html`<dvc-rating></dvc-rating>`);
    equal(expectOutline(plain, 2, 'default'), '2', 'level 2 by default');
    cleanup();
    const rating = await fixture<DvcRating>(html`<dvc-rating heading-level="3"></dvc-rating>`);
    await identify(rating, dossier.code, '0987654321');
    await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    equal(expectOutline(rating, 3, 'not found'), '3 4', 'the heading, the error summary');
    await expectAccessible(rating, 'heading-level 3, not found');
    await click($(rating, '#phone')!);
    $<HTMLInputElement>(rating, '#phone')!.select();
    await type(phone);
    await press('Enter');
    await waitFor(() => radio(rating, 5), 'the rating form');
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    equal(expectOutline(rating, 3, 'form refused'), '3 4', 'the heading, the error summary');
    await click(radio(rating, 4));
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => text(heading(rating)) === 'Cảm ơn ông/bà đã đánh giá', 'the thanks');
    equal(expectOutline(rating, 3, 'rated'), '3', 'the thanks');
    await expectAccessible(rating, 'heading-level 3, rated');
  });

  it('asks for the overall level and a comment within 1,200 characters, and keeps the draft across a reload', async () => {
    const dossier = await finished();
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    await identify(rating, '');
    const comment = await waitFor(() => $<HTMLTextAreaElement>(rating, '#comment'), 'the form');
    comment.value = 'x'.repeat(1203);
    comment.dispatchEvent(new Event('input'));
    await rating.updateComplete;
    equal(text($(rating, '.counter')), 'Vượt quá 3 ký tự', 'the counter says how many too many');
    await click($(rating, '[part="submit"]')!);
    const summary = await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    equal(text($(rating, '#overall-error')), 'Lỗi: Vui lòng chọn mức độ hài lòng chung.', 'the level is required');
    equal(text($(rating, '#comment-error')), 'Lỗi: Ý kiến thêm không được dài quá 1200 ký tự.', 'the comment is too long');
    await expectAccessible(rating, 'invalid');

    await click(radio(rating, 5).nextElementSibling!);
    chooseCriterion(rating, 'publicity', '4');
    cleanup();
    // The page reloads (a new widget): what was chosen comes back for this dossier, never the phone.
    const again = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    equal($<HTMLInputElement>(again, '#phone')!.value, '', 'the phone is typed again');
    await identify(again, '');
    await waitFor(() => $(again, '.draft-note'), 'the draft note');
    equal(radio(again, 5).checked, true, 'the level restored');
    equal($<HTMLSelectElement>(again, '#criteria-publicity')!.value, '4', 'the criterion restored');
    equal($<HTMLTextAreaElement>(again, '#comment')!.value.length, 1203, 'the comment restored');
    await expectAccessible(again, 'draft restored');
  });

  it('keeps every choice after a failed send, saying why in English', async () => {
    const dossier = await finished();
    // The network fails for the send (not for the load): the portal never hears of it.
    configure({ client: await sandboxClient({ retry: 0, fetch: (input, init) =>
      (new Request(input, init).method === 'PUT' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) }) });
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code} lang="en"></dvc-rating>`);
    await identify(rating, '');
    await waitFor(() => radio(rating, 1), 'the form');
    equal(text(radio(rating, 1).nextElementSibling), 'Very dissatisfied', 'English levels');
    await click(radio(rating, 1).nextElementSibling!);
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    assert(summaryText(rating).startsWith('The rating was not sent'), summaryText(rating));
    assert(summaryText(rating).includes('What you chose is kept'), summaryText(rating));
    equal(radio(rating, 1).checked, true, 'the level kept');
    equal((await dvc.ratings.get(dossier.code, { verifier: phone })).rating, null, 'nothing recorded');
    await expectAccessible(rating, 'send failed');
  });
});

describe('<dvc-rating> for a logged-in citizen', () => {
  useAccountSandbox();

  it('rates one of the account\'s dossiers without asking for the phone', async () => {
    const dossier = await finished();
    await logIn();
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    await waitFor(() => radio(rating, 5), 'the form, at once');
    equal($(rating, '#phone'), null, 'no phone asked');
    assert(text($(rating, '.intro')).includes('tài khoản đang đăng nhập'), text($(rating, '.intro')));
    await expectAccessible(rating, 'account form');
    await tabTo(radio(rating, 5));
    await press('Space');
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => text(heading(rating)) === 'Cảm ơn ông/bà đã đánh giá', 'the thanks');
    const stored = await (await sandboxClient()).ratings.get(dossier.code, { verifier: phone });
    equal(stored.rating?.via, 'account', 'given from the account');
    equal(stored.rating?.overall, 5, 'Rất hài lòng');
  });

  it('says a dossier is not the logged-in account\'s, then takes its code and phone instead', async () => {
    const dossier = await finished();
    await logIn('test-business');
    const rating = await fixture<DvcRating>(html`<dvc-rating code=${dossier.code}></dvc-rating>`);
    const summary = await waitFor(() => $(rating, '.error-summary'), 'the error summary');
    assert(summaryText(rating).includes(`Không có hồ sơ mã ${dossier.code} trong tài khoản của ông/bà.`), summaryText(rating));
    await waitFor(() => deepActiveElement() === summary, 'focus on the summary');
    await expectAccessible(rating, 'not the account\'s');
    await identify(rating, '');
    await waitFor(() => radio(rating, 3), 'the form, by code and phone');
    await click(radio(rating, 3).nextElementSibling!);
    await click($(rating, '[part="submit"]')!);
    await waitFor(() => $(rating, '[part="rated"]'), 'the thanks');
    const stored = await (await sandboxClient()).ratings.get(dossier.code, { verifier: phone });
    equal(stored.rating?.via, 'phone', 'given by code and phone');
  });
});
