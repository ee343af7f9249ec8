// The demo's own pages — the examples index, examples/plain-html and examples/react — opened in
// Chromium from the server `npm start` runs, driven with the keyboard and mouse as a citizen would.
// Each page must render its widgets with no console error, failed request or CSP violation.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@dvc-kit/sdk';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validSubmission } from '@dvc-kit/sandbox/testing/submission';
import { fillDossierForm, launchBrowser, openPage, startDemo, waitInPage, type Demo } from './test-support.js';

let demo: Demo;
let browser: Browser;

before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** Clicks an element (inside shadow roots through `>>>`) and types into it, key by key. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const field = await page.waitForSelector(selector, { visible: true });
  await field!.click();
  await page.keyboard.type(text, { delay: 5 });
}

/** Text of the first element matching a deep selector, with spaces collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { visible: true });
  return (await element!.evaluate((e) => e.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

describe('npm start', () => {
  test('serves the API, the bundle, the examples and the docs from one address and prints their URLs', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--memory', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      for await (const chunk of child.stdout) {
        out += chunk;
        if (out.includes('Stop with Ctrl+C')) break;
      }
      const urls = [...out.matchAll(/^\s+[\w ]+:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/gm)].map((m) => m[1]!);
      assert.ok(urls.length >= 6, out);
      for (const url of [...urls, urls[0]!.replace(/\/$/, '') + '/cdn/dvc-kit.js']) {
        const response = await fetch(url, { headers: { authorization: 'Bearer pk_test_dvckit_local' } });
        assert.equal(response.status, 200, `${url} answered ${response.status}`);
      }
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

describe('examples index', () => {
  test('lists every example and links only to pages that answer', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const links = await page.$$eval('main a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    assert.ok(links.some((href) => href.endsWith('/plain-html/')) && links.some((href) => href.endsWith('/react/')) &&
      links.some((href) => href.endsWith('/provincial-portal/')) && links.some((href) => href.endsWith('/docs/')), links.join(', '));
    for (const href of links) {
      const response = await fetch(href);
      assert.equal(response.status, 200, `${href} answered ${response.status}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('examples/plain-html', () => {
  test('one script tag: search with suggestions and results, tracking a real dossier, answered petitions', async () => {
    // A dossier to track, submitted by a server with the SDK as any integration would.
    const server = createClient({ baseUrl: demo.url, key: 'sk_test_dvckit_local' });
    const dossier = await server.dossiers.submit({
      ...(await validSubmission({ url: demo.url, key: 'sk_test_dvckit_local' }, '1.001193', { province: '38' })),
      applicant: { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '038095001234', phone: '0987654321' },
    });

    const { page, problems } = await openPage(browser, `${demo.url}/plain-html/`);
    // The page is served with the strict policy and still works.
    const csp = (await fetch(`${demo.url}/plain-html/`)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /require-trusted-types-for 'script'/);

    await typeInto(page, 'dvc-service-search >>> [part~="input"]', 'dang ky khai sinh');
    const suggestion = await textOf(page, 'dvc-service-search >>> [part~="option"]');
    assert.match(suggestion, /Đăng ký khai sinh/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, 'dvc-service-search >>> [part~="result"]'), /khai sinh/i);

    await typeInto(page, 'dvc-dossier-tracker >>> [part~="code-input"]', dossier.code);
    await typeInto(page, 'dvc-dossier-tracker >>> [part~="phone-input"]', '0987654321');
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, 'dvc-dossier-tracker >>> [part~="status"]'), /\S/);
    assert.match(await textOf(page, 'dvc-dossier-tracker >>> [part~="result"]'), new RegExp(dossier.code.replace(/\./g, '\\.')));

    await waitInPage(page, 'the petition list to finish loading', () =>
      document.querySelector('dvc-petition-list')?.shadowRoot?.querySelector('[part~="list"]')?.getAttribute('aria-busy') === 'false');

    // A result's title is a link to the procedure's page, followed with the keyboard and with the mouse.
    for (const how of ['keyboard', 'mouse'] as const) {
      const link = await page.waitForSelector('dvc-service-search >>> [part~="result"] .title a', { visible: true });
      const [name, href] = await link!.evaluate((a) => [a.textContent!.trim(), (a as HTMLAnchorElement).href]);
      assert.match(href!, /\/plain-html\/thu-tuc\.html\?ma=\d\.\d{6}/, how);
      if (how === 'keyboard') {
        await link!.focus();
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      } else {
        await Promise.all([page.waitForNavigation(), link!.click()]);
      }
      assert.equal(page.url(), href, how);
      assert.equal(await textOf(page, 'dvc-service-detail >>> [part~="title"]'), name, `the procedure's page, by ${how}`);
      await Promise.all([page.waitForNavigation(), page.goBack()]);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('examples/react', () => {
  test('search → procedure → submission → payment and tracking, through the React wrappers and the app router', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/react/`);
    assert.equal(await textOf(page, 'h1'), 'Tìm thủ tục');

    await typeInto(page, 'dvc-service-search >>> [part~="input"]', 'khai sinh');
    await page.waitForSelector('dvc-service-search >>> [part~="option"]', { visible: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitInPage(page, 'the procedure step', () => new URLSearchParams(location.search).has('ma'));
    assert.equal(await textOf(page, 'h1'), 'Xem thủ tục');
    const start = await page.waitForSelector('dvc-service-detail >>> [part~="start"]', { visible: true });
    await start!.click();

    await waitInPage(page, 'the submission step', () => new URLSearchParams(location.search).get('buoc') === 'nop');
    const pdfFile = join(await mkdtemp(join(tmpdir(), 'dvc-react-')), 'giay-to.pdf');
    await writeFile(pdfFile, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024)]));
    await fillDossierForm(page, demo, new URLSearchParams(new URL(page.url()).search).get('ma')!, {
      idNumber: '038195012345', fullName: 'Nguyễn Thị Mai', phone: '0912345678', file: pdfFile,
    });
    const submit = await page.waitForSelector('dvc-dossier-form >>> [part~="submit"]', { visible: true });
    await submit!.click();

    const code = String(await waitInPage(page, 'the payment step', () => new URLSearchParams(location.search).get('ho-so')));
    assert.match(code, /^\S+-\d{6}-\d{4}$/);
    assert.equal(await textOf(page, 'h1'), 'Thanh toán và theo dõi');
    assert.equal(await page.$eval('dvc-payment', (e) => e.getAttribute('dossier') ?? (e as unknown as { dossier: string }).dossier), code);
    assert.equal((await demo.sandbox.sandbox.db.prepare('SELECT COUNT(*) AS n FROM dossiers WHERE code = ?').get(code) as { n: number }).n, 1);

    // Back goes to the previous step, as in any app.
    await page.goBack();
    await waitInPage(page, 'the submission step again', () => new URLSearchParams(location.search).get('buoc') === 'nop');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
