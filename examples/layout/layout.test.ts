// The layout check (issue 20): every page of the Huế portal and the plain example, and the widgets'
// main states reached on them as a citizen would, at a phone's width (390×844) and a desktop's
// (1280×900), in Debian's Chromium. For each: nothing scrolls sideways (the document, and no element
// in a widget's shadow root wider than its widget), the page's main control is on the first screen of
// the phone, and the full-page screenshot matches the approved one in ./approved (a small tolerance).
//
// Approve new images after an intended change with `npm run layout:approve` (this file with
// LAYOUT_APPROVE=1: the checks still run, the screenshots are written instead of compared). A
// mismatch writes the actual and a diff image to examples/layout/failed/ (ignored by git).
//
// Deterministic by construction: the sandbox's clock is fixed and its data seeded afresh, the page's
// own clock is the same instant (Date), the time zone is Vietnam's, motion is reduced, the caret is
// transparent, fonts are awaited, and the screenshot is taken once the page is still.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { submitDossier } from '@dvc-kit/sandbox/testing';
import { figuresShown, launchBrowser, openPage, startDemo, waitInPage, type Demo, type OpenedPage } from '../test-support.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const APPROVED = join(here, 'approved');
const FAILED = join(here, 'failed');
const APPROVE = process.env.LAYOUT_APPROVE === '1';
const TIMEOUT = 15_000;

/** 20 November 2025, 09:00 in Vietnam: the sandbox's and the pages' clock. */
const NOW = Date.UTC(2025, 10, 20, 2, 0, 0);
/**
 * pixelmatch's per-pixel colour distance (0–1; anti-aliased pixels are not counted), and the share
 * of pixels allowed to differ: font hinting or a sub-pixel shift may move a few glyph edges, while a
 * moved widget, a wrapped line or a changed colour differs by far more than 0.2 % of a page.
 */
const PIXEL_THRESHOLD = 0.1;
const ALLOWED_SHARE = 0.002;

const WIDTHS = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 900 },
] as const;
type Viewport = (typeof WIDTHS)[number];

interface Screen {
  /** The approved image's name: approved/<name>-<width>.png */
  name: string;
  path: string;
  /** The page's main control (`>>>` pierces shadow roots): on the first screen of a phone (shown, at least, in a state driven further down). */
  main: string;
  /** The state is driven down the page (the main control's place was checked on the page as it opens). */
  scrolled?: true;
  /** Drives the page to the state (after load). */
  drive?: (page: Page) => Promise<void>;
}

/** What the page shows once it is still: the selector visible (in a shadow root or not). */
const visible = (page: Page, selector: string) => page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });

const PORTAL = '/provincial-portal/';

let dossierCode = '';

const screens: Screen[] = [
  { name: 'portal-home', path: PORTAL, main: 'dvc-service-search >>> #query',
    drive: async (page) => {
      await figuresShown(page);
    } },
  { name: 'portal-home-suggestions', path: PORTAL, main: 'dvc-service-search >>> #query',
    drive: async (page) => {
      await figuresShown(page);
      await page.type('dvc-service-search >>> #query', 'thuong tru');
      await waitInPage(page, 'suggestions', () =>
        (document.querySelector('dvc-service-search')?.shadowRoot?.querySelectorAll('[role=option][id]').length ?? 0) > 0);
    } },
  { name: 'portal-thu-tuc', path: `${PORTAL}thu-tuc.html?code=1.004222.H46`, main: 'dvc-service-detail >>> [part~=title]',
    drive: async (page) => void (await visible(page, 'dvc-service-detail >>> [part~=start]')) },
  { name: 'portal-thu-tuc-no-code', path: `${PORTAL}thu-tuc.html`, main: '#missing-code' },
  { name: 'portal-nop-ho-so', path: `${PORTAL}nop-ho-so.html?service=1.004222.H46`, main: 'dvc-dossier-form >>> #applicant-idNumber' },
  { name: 'portal-nop-ho-so-declaration', path: `${PORTAL}nop-ho-so.html?service=1.004222.H46`, main: 'dvc-dossier-form >>> [part~=heading]',
    drive: async (page) => {
      const form = 'dvc-dossier-form >>> ';
      await visible(page, `${form}#applicant-idNumber`);
      await page.type(`${form}#applicant-idNumber`, '046090001234');
      await page.type(`${form}#applicant-fullName`, 'Nguyễn Thị Hương');
      await page.type(`${form}#applicant-phone`, '0912345678');
      await page.click(`${form}[part~=continue]`);
      await waitInPage(page, 'the declaration step', () =>
        document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('[part~=heading]')?.textContent !== 'Thông tin người nộp hồ sơ'
        && !document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('#applicant-idNumber'));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    } },
  { name: 'portal-tra-cuu', path: `${PORTAL}tra-cuu.html`, main: 'dvc-dossier-tracker >>> #code' },
  { name: 'portal-tra-cuu-dossier', path: '', main: 'dvc-dossier-tracker >>> #code',
    drive: async (page) => {
      await visible(page, 'dvc-dossier-tracker >>> #phone');
      await page.type('dvc-dossier-tracker >>> #phone', '0912345678');
      await page.keyboard.press('Enter');
      await visible(page, 'dvc-dossier-tracker >>> [part~=status]');
      await visible(page, 'dvc-dossier-tracker >>> [part~=receipt]');
    } },
  { name: 'portal-thanh-toan', path: `${PORTAL}thanh-toan.html`, main: '#dossier-code' },
  { name: 'portal-thanh-toan-fees', path: '', main: 'dvc-payment >>> #phone',
    drive: async (page) => {
      await visible(page, 'dvc-payment >>> #phone');
      await page.type('dvc-payment >>> #phone', '0912345678');
      await page.keyboard.press('Enter');
      await visible(page, 'dvc-payment >>> [part~=pay-button]');
    } },
  { name: 'portal-phan-anh', path: `${PORTAL}phan-anh.html`, main: 'dvc-petition-form >>> #category',
    drive: async (page) => void (await visible(page, 'dvc-petition-list >>> [part~=toggle]')) },
  { name: 'portal-phan-anh-errors', path: `${PORTAL}phan-anh.html`, main: 'dvc-petition-form >>> [part~=error-summary]', scrolled: true,
    drive: async (page) => {
      await visible(page, 'dvc-petition-list >>> [part~=toggle]');
      await page.click('dvc-petition-form >>> [part~=submit]');
      await visible(page, 'dvc-petition-form >>> [part~=error-summary] li');
    } },
  { name: 'portal-ho-so-cua-toi', path: `${PORTAL}ho-so-cua-toi.html`, main: 'dvc-my-dossiers >>> [part~=login]' },
  { name: 'plain', path: '/plain-html/', main: 'dvc-service-search >>> #query',
    drive: async (page) => void (await visible(page, 'dvc-petition-list >>> [part~=toggle]')) },
];
// The states that need the dossier submitted in `before` (its code is known only then).
const pathOf = (screen: Screen) => screen.path || (screen.name.startsWith('portal-tra-cuu')
  ? `${PORTAL}tra-cuu.html?code=${encodeURIComponent(dossierCode)}`
  : `${PORTAL}thanh-toan.html?dossier=${encodeURIComponent(dossierCode)}`);

/** Makes the page the same on every run; call before it loads. */
async function steady(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewport({ width: viewport.width, height: viewport.height });
  await page.emulateTimezone('Asia/Ho_Chi_Minh');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }, { name: 'prefers-color-scheme', value: 'light' }]);
  // tsx names functions with esbuild's __name(); the functions this file evaluates in the page need it there.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  // The page's clock is the sandbox's (no date from the test machine on screen); it still runs, from that instant.
  await page.evaluateOnNewDocument((now: number) => {
    const start = performance.now();
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now + (performance.now() - start));
        else super(...(args as [number]));
      }
      static override now(): number {
        return now + (performance.now() - start);
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
  }, NOW);
}

/** After the state is reached: no motion, no caret, fonts loaded, nothing pending, at the top. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A constructed stylesheet, as the widgets' own: allowed by the pages' CSP, unlike a <style>.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; } html { caret-color: transparent !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await document.fonts.ready;
    window.scrollTo(0, 0);
    // Two frames: the last layout and paint done.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: TIMEOUT });
}

/** Horizontal overflow: of the document, and of any element in a widget's shadow root beyond its widget. */
export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) found.push(`the page scrolls sideways: ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
    const name = (element: Element) => element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '')
      + (element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '')
      + (typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '');
    const widgets = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')]
      .flatMap((element) => (element.shadowRoot ? [element, ...widgets(element.shadowRoot)] : []))
      .filter((element) => element.tagName.startsWith('DVC-'));
    for (const widget of widgets(document)) {
      const box = widget.getBoundingClientRect();
      if (box.width === 0) continue; // not shown
      for (const element of widget.shadowRoot!.querySelectorAll('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.width > box.width + 1 || rect.right > box.right + 1 || rect.left < box.left - 1) {
          found.push(`${name(element)} in ${widget.tagName.toLowerCase()}: ${Math.round(rect.left)}–${Math.round(rect.right)} px, the widget ${Math.round(box.left)}–${Math.round(box.right)} px`);
        }
        // A box that scrolls sideways inside the widget (a table too wide for it) is sideways scrolling too.
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible' && element.clientWidth > 1) {
          found.push(`${name(element)} in ${widget.tagName.toLowerCase()} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
        }
      }
    }
    return found;
  });
}

/** Where the page's main control ends, in px from the top of the page (the page scrolled to the top). */
async function bottomOf(page: Page, selector: string): Promise<number> {
  const handle = await visible(page, selector);
  return handle!.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

export interface Comparison {
  /** Share of differing pixels (1 when the sizes differ). */
  share: number;
  why: string;
  diff?: Buffer;
}

/** The screenshot against the approved image. */
export function compare(actual: Buffer, approved: Buffer): Comparison {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(approved);
  if (a.width !== b.width || a.height !== b.height) {
    return { share: 1, why: `the page is ${a.width}×${a.height} px, the approved image ${b.width}×${b.height} px` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  const share = differing / (a.width * a.height);
  return { share, why: `${differing} pixels differ (${(share * 100).toFixed(3)} %, allowed ${ALLOWED_SHARE * 100} %)`, diff: PNG.sync.write(diff) };
}

/** Opens the screen's page at `viewport`, drives it to its state and settles it. */
async function show(browser: Browser, demo: Demo, screen: Screen, viewport: Viewport): Promise<OpenedPage> {
  const opened = await openPage(browser, demo.url + pathOf(screen), (page) => steady(page, viewport));
  if (screen.drive) await screen.drive(opened.page);
  else await visible(opened.page, screen.main);
  await settle(opened.page);
  return opened;
}

describe('layout: the examples at 390 and 1280 px', { timeout: 600_000 }, () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    [demo, browser] = await Promise.all([startDemo({ now: () => new Date(NOW) }), launchBrowser()]);
    // A dossier in Huế for the tracker and the payment (10.000 ₫ due): submitted as a server would.
    dossierCode = (await submitDossier(demo.url, { serviceCode: '1.004222.H46', province: '46' })).code;
    await mkdir(APPROVED, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  for (const screen of screens) {
    for (const viewport of WIDTHS) {
      it(`${screen.name} at ${viewport.name} px`, async () => {
        const { page, problems } = await show(browser, demo, screen, viewport);
        try {
          assert.deepEqual(await overflows(page), [], 'nothing overflows sideways');
          if (viewport.width === 390 && !screen.scrolled) {
            const bottom = await bottomOf(page, screen.main);
            assert.ok(bottom <= viewport.height, `${screen.main} ends at ${Math.round(bottom)} px: below the first screen (${viewport.height} px)`);
          }
          // A phone's whole page (where layouts break), a desktop's first screen (the images stay small).
          const shot = Buffer.from(await page.screenshot({ type: 'png', fullPage: viewport.width === 390 }));
          const file = `${screen.name}-${viewport.name}.png`;
          if (APPROVE) {
            await writeFile(join(APPROVED, file), shot);
          } else {
            assert.ok(existsSync(join(APPROVED, file)), `no approved image ${file}: run \`npm run layout:approve\` and look at it`);
            const result = compare(shot, await readFile(join(APPROVED, file)));
            if (result.share > ALLOWED_SHARE) {
              await mkdir(FAILED, { recursive: true });
              await writeFile(join(FAILED, file.replace(/\.png$/, '.actual.png')), shot);
              if (result.diff) await writeFile(join(FAILED, file.replace(/\.png$/, '.diff.png')), result.diff);
              assert.fail(`${file} differs from the approved image: ${result.why}. See examples/layout/failed/; if the change is intended, \`npm run layout:approve\`.`);
            }
          }
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('fails on a broken style: a 2000 px wide block and a widget shifted sideways', async () => {
    const home = screens[0]!;
    const phone = WIDTHS[0];
    const { page } = await show(browser, demo, home, phone);
    try {
      assert.deepEqual(await overflows(page), []);
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.shortcuts { width: 2000px; } dvc-service-search { margin-inline-start: 3rem; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        // And inside a widget: its field wider than the widget.
        const inner = new CSSStyleSheet();
        inner.replaceSync('[part~=input] { width: 2000px; }');
        const root = document.querySelector('dvc-service-search')!.shadowRoot!;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, inner];
      });
      await settle(page);
      const found = await overflows(page);
      assert.ok(found.some((f) => f.startsWith('the page scrolls sideways')), found.join('\n'));
      assert.ok(found.some((f) => f.includes('[part=input]') && f.includes('dvc-service-search')), found.join('\n'));
      if (!APPROVE) {
        const shot = Buffer.from(await page.screenshot({ type: 'png', fullPage: true }));
        const result = compare(shot, await readFile(join(APPROVED, `${home.name}-${phone.name}.png`)));
        assert.ok(result.share > ALLOWED_SHARE, `the broken page passed the pixel comparison: ${result.why}`);
      }
    } finally {
      await page.close();
    }
  });
});
