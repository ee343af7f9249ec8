// The login example over real HTTP: the sandbox and the site in one process, a citizen logging in on
// the persona page, the home page with their name and the logout form, /api/me/dossiers, logging out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Browser, submitDossier, testSandbox } from '../../packages/sandbox/src/test-support.js';
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
  let step = await browser.go(start.headers.get('location')!);
  step = await browser.submit(step.response.url, { persona: 'test-citizen-level2', action: 'login' });
  assert.equal((await browser.request(step.location!)).headers.get('location'), '/');

  const page = await home();
  assert.match(page, /Xin chào, Nguyễn Thị Mai \(định danh mức 2\)/);
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
