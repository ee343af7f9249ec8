// The Huế portal with citizen login, driven end to end as a citizen would in Chromium and in Firefox:
// log in with VNeID (the sandbox's test provider, its persona page), "Hồ sơ của tôi", a submission
// prefilled from the identity, the new dossier in the list, logging out. The site's login routes are
// the demo's (scripts/demo.mjs `demoLogin`: the BFF of @dvc-kit/sdk/server at /auth/). Every page
// loads without a console error, a failed request or a CSP violation, and axe finds nothing.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { fillDossierForm, launchBrowser, openPage, startDemo, type Demo } from '../test-support.js';

const TIMEOUT = 15_000;
const SERVICE = '1.015304'; // identity level 1, central: any account may submit it
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function expectAccessible(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const found = await page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(found, [], `axe on ${state} (${page.url()})`);
}

/** The text of the first match of `selector` (`>>>` pierces shadow roots), once visible. */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });
  return (await handle!.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

async function clickAndWait(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: TIMEOUT }), handle!.click()]);
}

for (const which of ['chromium', 'firefox'] as const) {
  describe(`provincial portal: a citizen's account, in ${which}`, { timeout: 120_000 }, () => {
    let demo: Demo;
    let browser: Browser;
    let dir: string;
    let pdf: string;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dvc-account-'));
      pdf = join(dir, 'don-de-nghi.pdf');
      await writeFile(pdf, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
      [demo, browser] = await Promise.all([startDemo(), launchBrowser(which)]);
    });

    after(async () => {
      await browser?.close();
      await demo?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('log in → my dossiers → a prefilled submission → the new dossier in the list → log out', async () => {
      const { page, problems } = await openPage(browser, `${demo.url}/provincial-portal/`);
      await page.setViewport({ width: 390, height: 844 });
      assert.match(await textOf(page, 'dvc-account >>> [part~=login]'), /^Đăng nhập/);
      await expectAccessible(page, 'home, logged out');

      // The login button → the provider's persona page → back on the portal, logged in.
      await clickAndWait(page, 'dvc-account >>> [part~=login]');
      assert.ok(page.url().startsWith(`${demo.url}/oidc/`), `on the provider: ${page.url()}`);
      await page.click('input[name=persona][value="test-citizen-level2"]');
      await clickAndWait(page, 'button[name=action][value=login]');
      await page.waitForFunction(() => location.pathname === '/provincial-portal/', { timeout: TIMEOUT });
      assert.equal(await textOf(page, 'dvc-account >>> [part~=name]'), 'Nguyễn Thị Mai');
      assert.equal(await textOf(page, 'dvc-account >>> [part~=level]'), 'Định danh mức 2');
      await expectAccessible(page, 'home, logged in');

      // My dossiers: none submitted with this identity on this fresh portal yet.
      await clickAndWait(page, 'dvc-account >>> [part~=dossiers]');
      assert.equal(await textOf(page, 'dvc-my-dossiers >>> .empty'), 'Chưa có hồ sơ nào.');
      await expectAccessible(page, 'my dossiers, empty');

      // A submission: who submits comes from the identity; the rest as any citizen fills it.
      await page.goto(`${demo.url}/provincial-portal/nop-ho-so.html?service=${SERVICE}`, { waitUntil: 'load' });
      await fillDossierForm(page, demo, SERVICE, { fromIdentity: true, file: pdf, timeout: TIMEOUT });
      const review = await textOf(page, 'dvc-dossier-form >>> .summary');
      assert.match(review, /Nộp bằng tài khoản\s*Nguyễn Thị Mai, định danh mức 2/);
      assert.match(review, /038195012345/);
      await expectAccessible(page, 'review, from the identity');
      await page.click('dvc-dossier-form >>> [part~=submit]');
      await page.waitForFunction(() => document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('[part~=heading]')?.textContent === 'Nộp hồ sơ thành công',
        { timeout: TIMEOUT });
      const code = await page.evaluate(() => document.querySelector('dvc-dossier-form')!.shadowRoot!.querySelector('[part~=code]')?.textContent?.trim() ?? '');
      assert.match(code, /^[\w.]+-\d{6}-\d{4}$/, `the code shown: ${code}`);

      // The new dossier in the list, with its actions.
      await page.goto(`${demo.url}/provincial-portal/ho-so-cua-toi.html`, { waitUntil: 'load' });
      await page.waitForFunction((c) => [...document.querySelector('dvc-my-dossiers')?.shadowRoot?.querySelectorAll('.code') ?? []]
        .some((e) => e.textContent === c), { timeout: TIMEOUT }, code);
      const card = await textOf(page, 'dvc-my-dossiers >>> [part~=dossier]');
      assert.match(card, /Mới đăng ký/);
      assert.match(card, /Xem chi tiết/);
      await expectAccessible(page, 'my dossiers, one dossier');
      await clickAndWait(page, 'dvc-my-dossiers >>> [part~=action]');
      assert.equal(new URL(page.url()).searchParams.get('code'), code, 'open in the tracker');

      // Log out: the site's session ends, then the provider's (it asks first), back on the portal.
      await clickAndWait(page, 'dvc-account >>> [part~=logout]');
      assert.ok(page.url().startsWith(`${demo.url}/oidc/`), `the provider asks: ${page.url()}`);
      await clickAndWait(page, 'button[name=logout][value=yes]');
      await page.waitForFunction(() => location.pathname === '/provincial-portal/', { timeout: TIMEOUT });
      assert.match(await textOf(page, 'dvc-account >>> [part~=login]'), /^Đăng nhập/);
      const session = await page.evaluate(async () => (await (await fetch('/auth/session')).json()) as { authenticated: boolean });
      assert.equal(session.authenticated, false, 'no session after logging out');
      assert.deepEqual(problems, []);
    });
  });
}
