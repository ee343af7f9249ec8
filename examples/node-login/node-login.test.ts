// The login example over real HTTP: the sandbox and the site in one process, a citizen logging in on
// the persona page, the home page with their name and the logout form, /api/me/dossiers, logging out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, submitDossier, testSandbox } from '@dvc-kit/sandbox/testing';
import { launchBrowser, openPage } from '../test-support.js';
import { startSite } from './site.mjs';

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let site: Awaited<ReturnType<typeof startSite>>;
before(async () => {
  sandbox = await testSandbox();
  site = await startSite({
    apiUrl: sandbox.url, issuer: `${sandbox.url}/oidc`, clientId: 'dvc-kit-local', clientSecret: 'dvc-kit-local-secret-for-tests-only',
    cookieSecret: 'example-cookie-secret-0123456789-abcdefgh', port: 0, log: () => {},
  });
});
after(async () => {
  await site?.close();
  await sandbox?.close();
});

test('log in, see my dossiers, log out with the form', async () => {
  const { code } = await submitDossier(sandbox.url);
  const browser = new Browser(new URL(sandbox.url).origin);
  const home = async () => (await browser.request(`${site.url}/`)).text();
  assert.match(await home(), /href="\/auth\/login\?returnTo=\/"/);

  const start = await browser.request(`${site.url}/auth/login?returnTo=/`);
  const authorize = new URL(start.headers.get('location')!).searchParams;
  assert.equal(authorize.get('scope'), 'openid profile vn_identity vn_dossiers offline_access', 'the default scopes, and a refresh token');
  assert.equal(authorize.get('prompt'), 'consent', 'which standard providers grant only with prompt=consent');
  let step = await browser.go(start.headers.get('location')!);
  step = await browser.submit(step.response.url, { persona: 'test-citizen-level2', action: 'login' });
  assert.equal((await browser.request(step.location!)).headers.get('location'), '/');

  const page = await home();
  assert.match(page, /Xin chào, Nguyễn Thị Mai \(định danh mức 2\)/);
  const csp = (await browser.request(`${site.url}/`)).headers.get('content-security-policy')!;
  assert.match(csp, new RegExp(`form-action 'self' ${new URL(sandbox.url).origin}(;|$)`), 'the logout form may end at the provider');
  const csrfToken = page.match(/name="csrfToken" value="([^"]+)"/)![1]!;
  const dossiers = await (await browser.request(`${site.url}/api/me/dossiers`)).json();
  assert.deepEqual(dossiers.data.map((d: { code: string }) => d.code), [code]);

  const logout = await browser.request(`${site.url}/auth/logout`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url }, body: `csrfToken=${csrfToken}`,
  });
  assert.equal(logout.status, 303);
  assert.ok(logout.headers.get('location')!.startsWith(`${sandbox.url}/oidc/session/end?`));
  assert.match(await home(), /Đăng nhập bằng tài khoản định danh điện tử/);
  assert.equal((await browser.request(`${site.url}/api/me/dossiers`)).status, 401);
});

test('in Chromium: log in on the persona page, then the logout form reaches the provider (CSP form-action)', async () => {
  const chromium = await launchBrowser();
  try {
    const { page, problems } = await openPage(chromium, `${site.url}/`);
    await Promise.all([page.waitForNavigation(), page.click('a[href^="/auth/login"]')]);
    assert.ok(page.url().startsWith(`${sandbox.url}/oidc/interaction/`), page.url());
    await page.click('#persona-test-citizen-level2');
    await Promise.all([page.waitForNavigation(), page.click('button[name=action][value=login]')]);
    assert.equal(page.url(), `${site.url}/`);
    assert.match(await page.content(), /Xin chào, Nguyễn Thị Mai/);

    // The form posts to /auth/logout, whose answer redirects to the provider (another origin): a
    // form-action without the provider's origin blocks that redirect in Chromium.
    await page.click('form[action="/auth/logout"] button');
    await page.waitForFunction((end) => location.href.startsWith(end), { timeout: 5000 }, `${sandbox.url}/oidc/session/end`)
      .catch(() => assert.fail(`the logout did not reach the provider (${page.url()}): ${problems.join('; ')}`));
    await page.waitForSelector('button[name=logout][value=yes]');
    await Promise.all([page.waitForNavigation(), page.click('button[name=logout][value=yes]')]);
    assert.equal(page.url(), `${site.url}/`, 'back on the site');
    assert.match(await page.content(), /Đăng nhập bằng tài khoản định danh điện tử/);
    assert.deepEqual(problems, [], 'no CSP violation, no error');
  } finally {
    await chromium.close();
  }
});
