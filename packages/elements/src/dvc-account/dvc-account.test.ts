import { html } from 'lit';
import { configure } from '../shared/config.js';
import { forgetAccountSessions } from '../shared/account.js';
import { $, assert, cleanup, deepActiveElement, equal, expectAccessible, fixture, logIn, press, tabTo, useAccountSandbox, waitFor } from '../test-support.js';
import type { DvcAccount, DvcAccountReadyDetail } from './dvc-account.js';
import './index.js';

const text = (element: Node | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(template = html`<dvc-account dossiers-href="ho-so-cua-toi.html"></dvc-account>`): Promise<{ element: DvcAccount; ready: DvcAccountReadyDetail[] }> {
  const ready: DvcAccountReadyDetail[] = [];
  const listen = (event: Event) => ready.push((event as CustomEvent<DvcAccountReadyDetail>).detail);
  document.addEventListener('dvc-account-ready', listen);
  const element = await fixture<DvcAccount>(template);
  await waitFor(() => $(element, '[part~="login"], [part~="badge"], .alert, .failed'), 'the login state');
  document.removeEventListener('dvc-account-ready', listen);
  return { element, ready };
}

describe('<dvc-account>', () => {
  useAccountSandbox();

  it('offers the login with VNeID to a visitor, returning to this page', async () => {
    const { element } = await mount();
    const login = $<HTMLAnchorElement>(element, '[part~="login"]')!;
    equal(text(login), 'Đăng nhập bằng tài khoản định danh điện tử VNeID', 'the button');
    const target = new URL(login.href);
    equal(target.pathname, '/auth/login', 'the site’s login route');
    equal(target.searchParams.get('returnTo'), location.pathname + location.search, 'back to this page');
    await tabTo(login);
    equal(deepActiveElement(), login, 'reached with Tab');
    await expectAccessible(element, 'logged out');
  });

  it('shows the logged-in citizen’s name, identity level, dossiers link and a logout that ends the session', async () => {
    await logIn('test-citizen-level2');
    const { element } = await mount();
    const badge = $(element, '[part~="badge"]')!;
    equal(text($(element, '[part~="name"]')), 'Nguyễn Thị Mai', 'the name');
    equal(text($(element, '[part~="level"]')), 'Định danh mức 2', 'the level');
    equal(badge.getAttribute('aria-label'), 'Đã đăng nhập: Nguyễn Thị Mai, Định danh mức 2', 'the group’s name');
    equal($<HTMLAnchorElement>(element, '[part~="dossiers"]')!.getAttribute('href'), 'ho-so-cua-toi.html', 'my dossiers');
    assert(!text(element.shadowRoot).match(/\d{12}/), 'no identity number on the page');
    await expectAccessible(element, 'logged in');

    await tabTo($(element, '[part~="dossiers"]')!);
    await press('Tab');
    const logout = $<HTMLButtonElement>(element, '[part~="logout"]')!;
    equal(deepActiveElement(), logout, 'Tab goes on to the logout button');
    // The form posts to the site's logout with the session's CSRF token (a browser would follow the
    // redirect to the provider's end-session page; here the post is sent as the form would send it).
    const form = logout.form!;
    equal(new URL(form.action).pathname, '/auth/logout', 'posted to the logout route');
    equal(form.method, 'post', 'a POST');
    const response = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>), redirect: 'manual' });
    equal(response.type, 'opaqueredirect', 'redirected to the provider');
    forgetAccountSessions();
    const after = await mount();
    assert($(after.element, '[part~="login"]'), 'logged out');
  });

  it('names a level-1 account and a business account, and speaks English', async () => {
    await logIn('test-citizen-level1');
    const first = await mount();
    equal(text($(first.element, '[part~="level"]')), 'Định danh mức 1', 'level 1');
    equal(first.ready.at(-1)?.user?.identityLevel, 1, 'dvc-account-ready');
    cleanup();
    await logIn('test-business');
    const business = await mount(html`<dvc-account lang="en"></dvc-account>`);
    equal(text($(business.element, '[part~="level"]')), 'Business account', 'a business');
    equal(text($(business.element, '[part~="logout"]')), 'Log out', 'English');
    equal($(business.element, '[part~="dossiers"]'), null, 'no dossiers link without dossiers-href');
    await expectAccessible(business.element, 'business, English');
  });

  it('says when the login state cannot be read, and tries again', async () => {
    const { element } = await mount(html`<dvc-account account-url="/no-such-login"></dvc-account>`);
    equal(text($(element, '.failed')).startsWith('Chưa kiểm tra được trạng thái đăng nhập.'), true, 'the message');
    await expectAccessible(element, 'failed');
    element.accountUrl = '/auth';
    await waitFor(() => $(element, '[part~="login"]'), 'the login once the address is right');
  });

  it('asks for account-url when the page names no login routes', async () => {
    configure({ accountUrl: undefined });
    const { element } = await mount();
    assert(text($(element, '.alert')).includes('account-url'), 'names the attribute');
  });
});
