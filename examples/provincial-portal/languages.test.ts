// The Huế portal in English, as a visitor who presses "English" in the header would see it: the
// widgets switch without a reload, the choice holds on the other pages, and every Vietnamese text
// inside a widget (the catalogue's and the portal's content: procedure, agency and document names,
// petition titles and answers…) sits under lang="vi", so screen readers read it with a Vietnamese
// voice (WCAG 3.1.2 Language of Parts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, openPage, startDemo, waitInPage, type Demo } from '../test-support.js';

const TIMEOUT = 10_000;
const PHONE = '0912345678';

/**
 * Runs in the page: every text node (and aria-label, placeholder, title, alt) in the shadow DOM of
 * every DVC Kit widget, nested shadow roots included, that is Vietnamese — it has a letter only
 * Vietnamese uses among the kit's two languages: đ, or a letter with a breve, horn, hook above, dot
 * below, circumflex, tilde, grave or acute (ă â ê ô ơ ư à á ả ã ạ…, checked on the NFD form) — and
 * whose language (the `lang` of the nearest element above it, crossing shadow roots to their hosts)
 * is not Vietnamese. Returned as `<tag of the widget>: "<text>" (lang=<what it is under>)`.
 */
function unmarkedVietnamese(): string[] {
  const vietnamese = (text: string) => /[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031b]/.test(text.normalize('NFD'));
  const languageOf = (start: Node): string => {
    let node: Node | null = start;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return '';
  };
  const found: string[] = [];
  const walk = (root: ShadowRoot, widget: string) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const text = node.data.trim();
        const parent = node.parentElement?.localName;
        if (text && parent !== 'style' && parent !== 'script' && vietnamese(text) && !languageOf(node).toLowerCase().startsWith('vi')) {
          found.push(`${widget}: "${text}" (lang=${languageOf(node)})`);
        }
      } else if (node instanceof Element) {
        for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
          const value = node.getAttribute(name);
          if (value && vietnamese(value) && !languageOf(node).toLowerCase().startsWith('vi')) {
            found.push(`${widget}: ${name}="${value}" (lang=${languageOf(node)})`);
          }
        }
        if (node.shadowRoot) walk(node.shadowRoot, `${widget} > ${node.localName}`);
      }
    }
  };
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('dvc-') && element.shadowRoot) walk(element.shadowRoot, element.localName);
  }
  return found;
}

/** The languages of the page's widgets, by tag. */
function widgetLanguages(): string[] {
  return [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('dvc-') && e.localName !== 'dvc-config')
    .map((e) => `${e.localName}=${e.getAttribute('lang')}`);
}

async function expectMarked(page: Page, state: string): Promise<void> {
  // tsx names inner functions with an `__name` helper that the page does not have: a no-op one.
  await page.evaluate(() => ((globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f));
  const languages = await page.evaluate(widgetLanguages);
  assert.ok(languages.length > 0, `widgets on ${page.url()}`);
  for (const language of languages) assert.match(language, /=en$/, `every widget in English on ${state}`);
  assert.deepEqual(await page.evaluate(unmarkedVietnamese), [], `Vietnamese text not under lang="vi" on ${state} (${page.url()})`);
}

/** The trimmed text of a shadow-piercing selector, once it is shown. */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });
  return (await handle!.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

describe('provincial portal (Huế) in English', { timeout: 120_000 }, () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let dossierCode = '';
  const portal = () => `${demo.url}/provincial-portal/`;

  before(async () => {
    [demo, browser] = await Promise.all([startDemo({ answerSeconds: 0 }), launchBrowser()]);
    // A dossier of this test's own to follow and pay, submitted as the dossier form would.
    const [{ connect }, { dossiers }, { validSubmission, citizen }] = await Promise.all([
      import('@dvc-kit/sdk/core'), import('@dvc-kit/sdk/dossiers'), import('@dvc-kit/sandbox/testing/submission'),
    ]);
    const key = 'pk_test_dvckit_local';
    const input = await validSubmission({ url: demo.url, key }, '1.004222', { province: '46', applicant: { ...citizen, phone: PHONE } });
    dossierCode = (await dossiers(connect({ baseUrl: demo.url, key })).submit(input)).code;
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the switch in the header turns the widgets to English without a reload, and back', async () => {
    ({ page, problems } = await openPage(browser, portal()));
    const search = 'dvc-service-search >>> ';
    assert.match(await textOf(page, `${search}label[for]`), /Tìm/);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.language-switch button')].map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`)),
      ['Tiếng Việt:true', 'English:false']);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.click('.language-switch button[value=en]');
    await waitInPage(page, 'the search in English', () => /Find|Search/.test(document.querySelector('dvc-service-search')?.shadowRoot?.querySelector('label[for]')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker), true, 'no reload');
    assert.equal(await page.$eval('.language-switch button[value=en]', (b) => b.getAttribute('aria-pressed')), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi', 'the page’s own text stays Vietnamese');
    await expectMarked(page, 'home');

    // Results of a search: procedure names, sectors, agencies, levels.
    await page.waitForSelector(`${search}input`, { timeout: TIMEOUT, visible: true });
    await page.type(`${search}input`, 'khai sinh');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${search}[part~=result]`, { timeout: TIMEOUT, visible: true });
    assert.match(await textOf(page, `${search}#filter-sector`), /Civil status/, 'sectors in English');
    await expectMarked(page, 'search results');
    assert.deepEqual(problems, []);
  });

  it('a procedure, in English with its Vietnamese content marked', async () => {
    await page.goto(`${portal()}thu-tuc.html?code=1.004222.H46`, { waitUntil: 'load' });
    const detail = 'dvc-service-detail >>> ';
    assert.equal(await textOf(page, `${detail}[part~=title]`), 'Đăng ký thường trú');
    await page.waitForSelector(`${detail}table`, { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'a procedure');
    assert.deepEqual(problems, []);
  });

  it('the dossier form, the tracker and the payment', async () => {
    await page.goto(`${portal()}nop-ho-so.html?service=1.004222.H46`, { waitUntil: 'load' });
    await page.waitForSelector('dvc-dossier-form >>> [part~=continue]', { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'the dossier form');

    await page.goto(`${portal()}tra-cuu.html?code=${dossierCode}`, { waitUntil: 'load' });
    const tracker = 'dvc-dossier-tracker >>> ';
    assert.match(await textOf(page, `${tracker}#code-hint`), /^The code on the dossier receipt.*H46/, 'Huế’s own hint, in English');
    await page.waitForSelector(`${tracker}#phone`, { timeout: TIMEOUT, visible: true });
    await page.type(`${tracker}#phone`, PHONE);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${tracker}[part~=status]`, { timeout: TIMEOUT, visible: true });
    assert.match(await textOf(page, `${tracker}[part~=result]`), /Đăng ký thường trú/);
    await expectMarked(page, 'a dossier in the tracker');

    await page.goto(`${portal()}thanh-toan.html?dossier=${dossierCode}`, { waitUntil: 'load' });
    await page.waitForSelector('dvc-payment >>> #phone', { timeout: TIMEOUT, visible: true });
    await page.type('dvc-payment >>> #phone', PHONE);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dvc-payment >>> [part~=pay-button]', { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'a payment');
    assert.deepEqual(problems, []);
  });

  it('petitions: the form, the public answers and a lookup', async () => {
    await page.goto(`${portal()}phan-anh.html`, { waitUntil: 'load' });
    assert.match(await textOf(page, 'dvc-petition-form >>> #serviceCode-hint'), /^If the petition is about one procedure/, 'Huế’s own hint, in English');
    await page.waitForSelector('dvc-petition-list >>> li', { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'the petitions page');

    const { sandbox } = demo.sandbox;
    const answered = sandbox.db.prepare("SELECT code FROM petitions WHERE status = 'answered' LIMIT 1").pluck().get() as string;
    await page.goto(`${portal()}phan-anh.html?code=${answered}`, { waitUntil: 'load' });
    await page.waitForSelector('dvc-petition-lookup >>> #phone', { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'a petition to look up');
    assert.deepEqual(problems, []);
  });

  it('the choice holds on the other pages, and Tiếng Việt turns it back', async () => {
    await page.goto(`${portal()}ho-so-cua-toi.html`, { waitUntil: 'load' });
    // `visible` also makes puppeteer poll each frame: its default watches the document's mutations,
    // which do not see a shadow root fill in (the widget renders once its English texts are loaded).
    await page.waitForSelector('dvc-my-dossiers >>> [part~="login"]', { timeout: TIMEOUT, visible: true });
    await expectMarked(page, 'my dossiers (logged out)');
    await page.click('.language-switch button[value=vi]');
    await waitInPage(page, 'the widgets in Vietnamese', () => [...document.querySelectorAll('dvc-my-dossiers, dvc-account')].every((e) => e.getAttribute('lang') === 'vi'));
    await page.goto(portal(), { waitUntil: 'load' });
    assert.match(await textOf(page, 'dvc-service-search >>> label[for]'), /Tìm/);
    assert.deepEqual(problems, []);
  });
});
