import { html } from 'lit';
import {
  $, $$, assert, click, deepActiveElement, equal, expectAccessible, expectOutline, fixture, logIn, move, press, submitDossier, tabTo, useAccountSandbox, waitFor,
} from '../test-support.js';
import type { DvcMyDossiers, DvcMyDossiersLoadDetail } from './dvc-my-dossiers.js';
import './index.js';

const text = (element: Node | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(template = html`<dvc-my-dossiers tracker-href="tra-cuu.html?code={code}" pay-href="thanh-toan.html?dossier={code}"
  form-href="nop-ho-so.html?service={service}"></dvc-my-dossiers>`): Promise<DvcMyDossiers> {
  const element = await fixture<DvcMyDossiers>(template);
  await waitFor(() => $(element, '[part~="login"], [part~="dossiers"], .empty, .alert'), 'the list or the login', 8000);
  return element;
}

/** The card of dossier `code`, if the list shows it. */
const card = (element: Element, code: string) => $$(element, '[part~="dossier"]').find((li) => text(li.querySelector('.code')) === code);

/** Keeps a draft in the logged-in account through the site's server, as the form does. */
async function putDraft(service: string): Promise<void> {
  const session = await (await fetch('/auth/session')).json() as { csrfToken: string };
  const response = await fetch(`/auth/portal/v1/me/drafts/${service}`, {
    method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, authorization: 'Bearer pk_test_dvckit_local' },
    body: JSON.stringify({ serviceCode: service, data: { step: 'applicant' } }),
  });
  assert(response.ok, `draft saved: ${response.status} ${await response.text()}`);
}

describe('<dvc-my-dossiers>', () => {
  useAccountSandbox();

  it('asks a visitor to log in', async () => {
    const element = await mount();
    assert(text(element.shadowRoot).startsWith('Đăng nhập bằng tài khoản định danh điện tử để xem'), 'why');
    equal(new URL($<HTMLAnchorElement>(element, '[part~="login"]')!.href).pathname, '/auth/login', 'the login');
    await expectAccessible(element, 'logged out');
  });

  it('lists the citizen’s dossiers with status, dates, fees due and the actions that apply', async () => {
    // Submitted without logging in, with the account's CCCD: it is the citizen's all the same.
    const { dossier: paying } = await submitDossier('1.004222', { province: '38' });
    const { dossier: asked } = await submitDossier();
    await move(asked.code, 'new');
    await move(asked.code, 'waiting', 'Bổ sung giấy chứng sinh');
    await logIn('test-citizen-level2');
    const loads: DvcMyDossiersLoadDetail[] = [];
    document.addEventListener('dvc-my-dossiers-load', (e) => loads.push((e as CustomEvent<DvcMyDossiersLoadDetail>).detail), { once: true });
    const element = await mount();

    const fees = card(element, paying.code);
    assert(fees, `dossier ${paying.code} is listed`);
    equal(text(fees.querySelector('h3')), paying.service.name, 'its procedure');
    equal(text(fees.querySelector('[part~="status"]')), 'Mới đăng ký', 'its status, as the portal names it');
    const row = (li: Element, label: string) => [...li.querySelectorAll('dl div')].find((d) => text(d.querySelector('dt')) === label)?.querySelector('dd');
    equal(text(row(fees, 'Phí, lệ phí còn phải nộp')), '10.000 ₫', 'the fees due');
    const links = (li: Element) => [...li.querySelectorAll<HTMLAnchorElement>('[part~="action"]')].map((a) => [text(a), a.getAttribute('aria-label'), a.href]);
    const page = (path: string) => new URL(path, document.baseURI).href;
    equal(JSON.stringify(links(fees)), JSON.stringify([
      ['Nộp phí', `Nộp phí hồ sơ ${paying.code}`, page(`thanh-toan.html?dossier=${encodeURIComponent(paying.code)}`)],
      ['Xem chi tiết', `Xem chi tiết hồ sơ ${paying.code}`, page(`tra-cuu.html?code=${encodeURIComponent(paying.code)}`)],
    ]), 'pay and open');

    const supplement = card(element, asked.code)!;
    assert(text(supplement).includes('Cần bổ sung trước'), `the supplement deadline: ${text(supplement)}`);
    assert(links(supplement).some(([label]) => label === 'Bổ sung hồ sơ'), 'the supplement action');
    equal(supplement.classList.contains('attention'), true, 'marked as needing the citizen');
    assert((loads[0]?.shown ?? 0) >= 2, 'dvc-my-dossiers-load');
    await expectAccessible(element, 'listed');

    await tabTo(fees.querySelector<HTMLAnchorElement>('[part~="action"]')!);
    equal(text(deepActiveElement()), 'Nộp phí', 'the actions are reached with Tab');
  });

  it("fits the page's outline with heading-level: the lists' headings at that level, each dossier and draft one deeper", async () => {
    await submitDossier();
    await logIn('test-citizen-level2');
    await putDraft('1.015304');
    const element = await mount(html`<dvc-my-dossiers heading-level="3" tracker-href="tra-cuu.html?code={code}"
      form-href="nop-ho-so.html?service={service}"></dvc-my-dossiers>`);
    await waitFor(() => $(element, '#drafts-title'), 'the drafts');
    const outline = expectOutline(element, 3, 'listed');
    const levels = (selector: string) => [...new Set($$(element, selector).map((h) => h.getAttribute('aria-level')))].join();
    equal(`${levels('h2')} ${levels('h3')}`, '3 4', `the lists at 3, each dossier and draft at 4: ${outline}`);
    assert($$(element, 'h3').length >= 2, `a dossier and a draft: ${outline}`);
    await expectAccessible(element, 'heading-level 3');
  });

  it('pages with "show more", moving focus to the first new dossier', async () => {
    await submitDossier();
    await submitDossier();
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-my-dossiers page-size="1" tracker-href="tra-cuu.html?code={code}"></dvc-my-dossiers>`);
    equal($$(element, '[part~="dossier"]').length, 1, 'one per page');
    const more = $(element, '[part~="more"]')!;
    await tabTo(more);
    await press('Enter');
    await waitFor(() => $$(element, '[part~="dossier"]').length === 2, 'the second page');
    await waitFor(() => deepActiveElement() === $$(element, '[part~="dossier"] h3')[1], 'focus on the new dossier');
    await expectAccessible(element, 'second page');
  });

  it('offers the drafts kept in the account under their procedure\'s name: continue, or delete once confirmed', async () => {
    await logIn('test-citizen-level2');
    await putDraft('1.015304');
    const element = await mount();
    const name = 'Cấp tài khoản định danh điện tử mức độ 1 đối với công dân Việt Nam';
    const draftOf = () => $$(element, '[part~="drafts"] li').find((li) => text(li).includes('1.015304'));
    const draft = draftOf()!;
    assert(draft, 'the draft is listed');
    equal(text(draft.querySelector('h3')), name, 'its procedure, by name');
    const go = draft.querySelector<HTMLAnchorElement>('a[part~="action"]')!;
    equal(go.getAttribute('aria-label'), `Tiếp tục soạn hồ sơ thủ tục ${name}`, 'continue');
    equal(new URL(go.href).searchParams.get('service'), '1.015304', 'to the form of its procedure');
    await expectAccessible(element, 'drafts');

    // Delete asks first; "Giữ lại" keeps it and gives the focus back.
    const remove = () => draftOf()!.querySelector<HTMLButtonElement>('button[data-key]')!;
    await click(remove());
    const question = await waitFor(() => $(element, '.confirm [tabindex="-1"]'), 'the question');
    await waitFor(() => deepActiveElement() === question, 'focus on the question');
    assert(text(question).startsWith(`Xóa bản nháp hồ sơ thủ tục ${name}?`), 'names what is deleted');
    await expectAccessible(element, 'confirming');
    await click([...draftOf()!.querySelectorAll('button')].find((b) => text(b) === 'Giữ lại')!);
    await waitFor(() => deepActiveElement() === remove(), 'focus back on the delete button');
    await click(remove());
    await waitFor(() => $(element, '.confirm'), 'asked again');
    await click([...draftOf()!.querySelectorAll('button')].find((b) => text(b) === 'Xóa')!);
    await waitFor(() => !draftOf(), 'the draft deleted');
    await waitFor(() => text($(element, '[role="status"]')) === `Đã xóa bản nháp hồ sơ thủ tục ${name}.`, 'announced');
    const again = await fetch('/auth/portal/v1/me/drafts/1.015304', { headers: { authorization: 'Bearer pk_test_dvckit_local' } });
    equal(again.status, 404, 'gone from the account');
  });

  it('speaks English', async () => {
    await submitDossier();
    await logIn('test-citizen-level2');
    const element = await mount(html`<dvc-my-dossiers lang="en" tracker-href="tra-cuu.html?code={code}"></dvc-my-dossiers>`);
    equal(text($(element, '#dossiers-title')), 'Submitted dossiers', 'heading');
    assert(text($(element, '[part~="dossier"]')).includes('View details'), 'actions');
    equal($(element, '[part~="dossier"] h3')!.getAttribute('lang'), 'vi', 'the procedure’s name is marked Vietnamese');
    await expectAccessible(element, 'English');
  });
});
