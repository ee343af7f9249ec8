// <dvc-dossier-form> for a logged-in citizen: the identity prefilled and read-only, the choice to type
// the applicant instead, the identity level a procedure needs, the draft kept in the account, and the
// dossier tied to the account (it shows in "my dossiers").
import { html } from 'lit';
import { $, assert, cleanup, click, deepActiveElement, equal, expectAccessible, expectOutline, logIn, logOut, press, tabTo, useAccountSandbox, waitFor } from '../test-support.js';
import { clickAndType, GENERIC, get, heading, SERVICE, mount, next, rowValue, submitAndWait, text, upload } from './test-helpers.js';
import './index.js';

const forget = () => {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('dvc-kit:draft:')) storage.removeItem(key);
  }
};
const dl = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(`${selector} dl div`)]
  .map((row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.trim()}`);

/** The site's server's view of the account's dossiers (as <dvc-my-dossiers> reads them). */
async function myDossiers(): Promise<{ code: string; link: string }[]> {
  const response = await fetch('/auth/portal/v1/me/dossiers?limit=100', { headers: { authorization: 'Bearer pk_test_dvckit_local' } });
  assert(response.ok, `my dossiers: ${response.status}`);
  return ((await response.json()) as { data: { code: string; link: string }[] }).data;
}

describe('<dvc-dossier-form> with a logged-in citizen', () => {
  useAccountSandbox();
  beforeEach(forget);
  afterEach(forget);

  it('prefills who submits from the identity, read-only and labelled, submits for the account, and the dossier shows in my dossiers', async () => {
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    equal(get(element, 'applicant-source-account').checked, true, 'the account is used by default');
    equal(JSON.stringify(dl(element, '.from-identity')), JSON.stringify(['Họ và tên: Nguyễn Thị Mai', 'Số căn cước công dân (CCCD): 038195012345', 'Ngày sinh: 08/03/1995']), 'from VNeID');
    assert(text(element).includes('Từ tài khoản định danh điện tử (VNeID)'), 'labelled with its source');
    equal($(element, '#applicant-idNumber'), null, 'no field to change the ID number');
    equal($(element, '#applicant-fullName'), null, 'no field to change the name');
    equal(get(element, 'applicant-phone').value, '0912345678', 'the phone, editable, from the identity');
    await expectAccessible(element, 'prefilled');

    await clickAndType(element, 'applicant-email', 'mai@example.vn');
    await click($(element, '[part~="continue"]')!);
    await waitFor(() => heading(element)?.textContent?.startsWith('Đơn đề nghị'), 'the generic request form');
    await clickAndType(element, 'formData-request', 'Đề nghị giải quyết thủ tục theo quy định.');
    await next(element, 'Giấy tờ kèm theo');
    await upload(element, 'tp1');
    await next(element, 'Nơi nộp và cách nhận kết quả');
    await next(element, 'Kiểm tra lại thông tin');
    equal(rowValue(element, 'Nộp bằng tài khoản'), 'Nguyễn Thị Mai, định danh mức 2', 'the review names the account');
    equal(rowValue(element, 'Ngày sinh'), '08/03/1995', 'and the date of birth');
    await expectAccessible(element, 'review');
    const dossier = await submitAndWait(element);
    const mine = await myDossiers();
    equal(mine.find((d) => d.code === dossier.code)?.link, 'account', 'tied to the account');
  });

  it('lets the citizen type the applicant instead (the anonymous path), and back', async () => {
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    await tabTo(get(element, 'applicant-source-account'));
    await press('ArrowDown');
    await waitFor(() => get(element, 'applicant-source-manual').checked, 'manual chosen with the keyboard');
    await waitFor(() => $(element, '#applicant-idNumber'), 'the typed fields');
    equal($(element, '.from-identity'), null, 'no identity panel');
    await expectAccessible(element, 'typed');
    await click(get(element, 'applicant-source-account'));
    await waitFor(() => $(element, '.from-identity'), 'the identity again');
  });

  it('explains why a level-1 account cannot submit a level-2 procedure and how to upgrade, keeping the typed path', async () => {
    await logIn('test-citizen-level1');
    // A level-1 procedure takes the level-1 account.
    const easy = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(easy, '.from-identity'), 'the identity panel');
    equal($(easy, '.level-notice'), null, 'no notice for a level-1 procedure');
    cleanup();
    // Đăng ký khai sinh needs level 2.
    const element = await mount(html`<dvc-dossier-form service=${SERVICE} province="46"></dvc-dossier-form>`);
    const notice = await waitFor(() => $(element, '.level-notice'), 'the level notice');
    const said = notice.textContent!.replace(/\s+/g, ' ');
    assert(said.includes('Thủ tục này cần tài khoản định danh điện tử mức 2'), 'why');
    assert(said.includes('đang ở mức 1') && said.includes('Công an cấp xã') && said.includes('VNeID'), `how to upgrade: ${said}`);
    equal(get(element, 'applicant-source-account').disabled, true, 'the account cannot be chosen');
    equal(get(element, 'applicant-source-manual').checked, true, 'typing is chosen');
    assert($(element, '#applicant-idNumber'), 'the typed fields are there');
    await expectAccessible(element, 'level too low');
  });

  it("fits the page's outline with heading-level: the identity and the level notice one below the step", async () => {
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-dossier-form heading-level="3" service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    equal(expectOutline(element, 3, 'prefilled'), '3 4', 'the step, the identity');
    cleanup();
    await logIn('test-citizen-level1');
    const low = await mount(html`<dvc-dossier-form heading-level="3" service=${SERVICE} province="46"></dvc-dossier-form>`);
    await waitFor(() => $(low, '.level-notice'), 'the level notice');
    equal(expectOutline(low, 3, 'level too low'), '3 4', 'the step, the notice');
    await expectAccessible(low, 'heading-level 3, level too low');
  });

  it('keeps the draft in the account: another device continues where the citizen stopped', async () => {
    await logIn('test-citizen-level2');
    let element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    await clickAndType(element, 'note', 'Nộp giúp mẹ tôi');
    // Saved in the account a moment after the last keystroke.
    await waitForDraft('Nộp giúp mẹ tôi');
    cleanup();
    forget(); // another device: nothing in this browser
    element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => get(element, 'note').value === 'Nộp giúp mẹ tôi', 'the note back from the account');
    assert(text(element).includes('Đã khôi phục bản nháp lưu trong tài khoản của ông/bà.'), 'says where it came from');
    equal(deepActiveElement() === get(element, 'note'), false, 'no focus stolen');
  });

  it('says when the login ended and the draft can no longer reach the account, and keeps it in the tab', async () => {
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    await logOut(); // as a logout in another tab would
    await clickAndType(element, 'note', 'Sau khi đăng xuất');
    const said = 'Phiên đăng nhập đã kết thúc: bản nháp chỉ còn được giữ trên trình duyệt này. Đăng nhập lại để lưu vào tài khoản.';
    await waitFor(() => text(element).includes(said), 'the notice', 8000);
    await waitFor(() => $(element, '[part="announcer"]')?.textContent === said, 'announced');
    assert(sessionStorage.getItem(`dvc-kit:draft:dossier:${GENERIC}`)?.includes('Sau khi đăng xuất'), 'kept in the tab');
    await expectAccessible(element, 'login ended');
  });

  it('takes the account\'s draft when another device saved it since this tab did, never over what the citizen types meanwhile', async () => {
    await logIn('test-citizen-level2');
    let element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => $(element, '.from-identity'), 'the identity panel');
    await clickAndType(element, 'note', 'Trên máy tính');
    await waitForDraft('Trên máy tính');
    // Another device (the phone) saves a newer draft; this tab still holds its own.
    const session = await (await fetch('/auth/session')).json() as { csrfToken: string };
    const own = await (await fetch(`/auth/portal/v1/me/drafts/${GENERIC}`, { headers: { authorization: 'Bearer pk_test_dvckit_local' } })).json() as { data: Record<string, any> };
    const phone = { ...own.data, applicant: { ...own.data.applicant, note: 'Trên điện thoại' } };
    const put = await fetch(`/auth/portal/v1/me/drafts/${GENERIC}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, authorization: 'Bearer pk_test_dvckit_local' },
      body: JSON.stringify({ serviceCode: GENERIC, data: phone }),
    });
    assert(put.ok, 'the phone saved');
    cleanup();
    element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
    await waitFor(() => get(element, 'note').value === 'Trên điện thoại', 'the newer draft, from the phone');

    // A slow answer from the account while the citizen types: what they typed stays.
    cleanup();
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes(`/me/drafts/${GENERIC}`) && (init?.method ?? (input instanceof Request ? input.method : 'GET')) === 'GET') {
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      return original(input, init);
    };
    try {
      sessionStorage.clear();
      element = await mount(html`<dvc-dossier-form service=${GENERIC}></dvc-dossier-form>`);
      await waitFor(() => $(element, '.from-identity'), 'the identity panel');
      await clickAndType(element, 'applicant-email', 'mai@example.vn');
      await press('Tab'); // leaving the field: checked, no longer "being edited"
      await new Promise((resolve) => setTimeout(resolve, 2000));
      equal(get(element, 'applicant-email').value, 'mai@example.vn', 'the typed email stays');
      equal(get(element, 'note').value, '', 'the late draft was not applied over the typing');
    } finally {
      window.fetch = original;
    }
  });
});

/** Waits until the account's draft holds `note` (saved a moment after the last keystroke). */
async function waitForDraft(note: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    const draft = await fetch(`/auth/portal/v1/me/drafts/${GENERIC}`, { headers: { authorization: 'Bearer pk_test_dvckit_local' } });
    if (draft.ok && JSON.stringify(await draft.json()).includes(note)) return;
    assert(tries < 80, `the draft with "${note}" reaches the account`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
