// What the examples' tests share: the demo server `npm start` runs (in memory, on a free port) and
// Debian's Chromium driven by puppeteer-core, with every console error, page error, failed request and
// CSP violation of a page collected as a problem.
import { existsSync } from 'node:fs';
import { startSandbox, type RunningSandbox } from '@dvc-kit/sandbox';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath } from '../scripts/browsers.mjs';
import { demoSites } from '../scripts/demo.mjs';

export interface Demo {
  /** `http://127.0.0.1:<port>` */
  url: string;
  sandbox: RunningSandbox;
  close(): Promise<void>;
}

/** The demo of `npm start`: API, CDN build, examples and docs, in memory, on a free port. */
export async function startDemo(options: { stepSeconds?: number; answerSeconds?: number } = {}): Promise<Demo> {
  for (const site of demoSites) {
    if (!existsSync(site.dir)) throw new Error(`${site.dir} is missing: run \`npm run build:demo\` first.`);
  }
  const sandbox = await startSandbox({
    port: 0,
    memory: true,
    quiet: true,
    stepSeconds: options.stepSeconds ?? 0,
    petitionAnswerSeconds: options.answerSeconds ?? 0,
    sites: demoSites,
  });
  return { url: sandbox.url, sandbox, close: () => sandbox.close() };
}


/** Debian's Chromium, headless (no sandbox when running as root, as in CI containers). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: run `node scripts/ensure-browsers.mjs` (or apt-get install chromium).');
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--lang=vi-VN'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings, uncaught errors, failed requests, CSP violations — the test expects none. */
  problems: string[];
}

/** Opens `url` in a new tab and collects what goes wrong on it, across navigations. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn') problems.push(`console.${type}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)} (${page.url()})`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A request the page itself dropped (a newer search, a navigation away) is not a problem.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server error ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) problems.push(`page ${url} answered ${response?.status() ?? 'nothing'}`);
  return { page, problems };
}

/** Resolves when `predicate` (run in the page) is truthy; fails with `what` after `timeout` ms. */
export async function waitInPage<T>(page: Page, what: string, predicate: () => T, timeout = 10_000): Promise<T> {
  try {
    const handle = await page.waitForFunction(predicate, { timeout, polling: 50 });
    return (await handle.jsonValue()) as T;
  } catch (error) {
    throw new Error(`Timed out after ${timeout} ms waiting for ${what} on ${page.url()}`, { cause: error });
  }
}
