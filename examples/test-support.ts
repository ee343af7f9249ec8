// What the examples' tests share: the demo server `npm start` runs (in memory, on a free port) and
// Debian's Chromium driven by puppeteer-core, with every console error, page error, failed request and
// CSP violation of a page collected as a problem.
import { existsSync } from 'node:fs';
import { startSandbox, type RunningSandbox } from '@dvc-kit/sandbox';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath, firefoxPath } from '../scripts/browsers.mjs';
import { demoLogin, demoSites } from '../scripts/demo.mjs';

export interface Demo {
  /** `http://127.0.0.1:<port>` */
  url: string;
  sandbox: RunningSandbox;
  close(): Promise<void>;
}

/** The demo of `npm start`: API, CDN build, examples and docs, in memory, on a free port. */
export async function startDemo(options: { stepSeconds?: number; answerSeconds?: number; now?: () => Date } = {}): Promise<Demo> {
  for (const site of demoSites) {
    if (!existsSync(site.dir)) throw new Error(`${site.dir} is missing: run \`npm run build\` first.`);
  }
  const login = demoLogin();
  const sandbox = await startSandbox({
    port: 0,
    memory: true,
    quiet: true,
    stepSeconds: options.stepSeconds ?? 0,
    petitionAnswerSeconds: options.answerSeconds ?? 0,
    sites: demoSites,
    hostRoutes: login.routes,
    allowPrivateWebhooks: true, // as `npm start`: local receivers (examples/node-integration) on loopback
    ...(options.now ? { now: options.now } : {}), // a fixed clock (examples/layout: the same dates on every run)
  });
  await login.attach(sandbox.url);
  return { url: sandbox.url, sandbox, close: () => sandbox.close() };
}


/** Debian's Chromium (default) or Firefox ESR, headless (Chromium without its sandbox when running as root, as in CI containers). */
export async function launchBrowser(which: 'chromium' | 'firefox' = 'chromium'): Promise<Browser> {
  if (which === 'firefox') {
    if (!existsSync(firefoxPath)) throw new Error('Firefox ESR is missing: run `node scripts/ensure-browsers.mjs` (or apt-get install firefox-esr).');
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: { 'intl.accept_languages': 'vi-VN, vi' } });
  }
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

/**
 * Opens `url` in a new tab and collects what goes wrong on it, across navigations. `prepare` runs on
 * the tab before it loads (a viewport, emulated media, a clock: examples/layout).
 */
export async function openPage(browser: Browser, url: string, prepare?: (page: Page) => Promise<void>): Promise<OpenedPage> {
  const page = await browser.newPage();
  await prepare?.(page);
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

/**
 * Fills a `<dvc-dossier-form>` on `page` from the applicant to the review step, as a citizen would
 * (typing, clicking radios, choosing in selects, uploading `file` into each required document slot
 * that applies): the procedure's own declaration form, whatever it is, answered with the contract's
 * `sampleFormData`, a commune chosen when the procedure asks for one. Stops on the review step.
 */
export async function fillDossierForm(
  page: Page, demo: Demo, service: string,
  o: { idNumber: string; fullName: string; phone: string; file: string; timeout?: number } | { fromIdentity: true; file: string; timeout?: number },
): Promise<void> {
  const [{ connect }, { services }, { sampleFormData, formEntries, isShown }] = await Promise.all([
    import('@dvc-kit/sdk/core'), import('@dvc-kit/sdk/services'), import('@dvc-kit/sdk/contract'),
  ]);
  const timeout = o.timeout ?? 10_000;
  const form = 'dvc-dossier-form >>> ';
  const detail = await services(connect({ baseUrl: demo.url, key: 'pk_test_dvckit_local' })).get(service);
  const data = sampleFormData(detail.form);
  const moved = (h: string) => document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('[part~=heading]')?.textContent === h;
  const next = async (heading: string) => {
    await page.click(`${form}[part~=continue]`);
    try {
      // Firefox driven over WebDriver BiDi on a loaded machine has twice lost a click here (the step
      // stayed, with no error summary: the form never saw it). A person clicks again; so does the
      // test, once, and still fails if the form does not move on or refuses.
      try {
        await page.waitForFunction(moved, { timeout: timeout / 2 }, heading);
      } catch {
        const refused = await page.evaluate(() => Boolean(document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('[part~=error-summary] li')));
        if (refused) throw new Error('refused');
        await page.click(`${form}[part~=continue]`);
        await page.waitForFunction(moved, { timeout }, heading);
      }
    } catch (error) {
      // Say why the step did not move on (what the form refused), not only that a wait timed out.
      const shown = await page.evaluate(() => {
        const root = document.querySelector('dvc-dossier-form')?.shadowRoot;
        return `${root?.querySelector('[part~=heading]')?.textContent ?? '?'} | ${root?.querySelector('[part~=error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? 'no error summary'}`;
      });
      throw new Error(`the form did not move on to "${heading}": ${shown}`, { cause: error });
    }
  };
  // Waits inside the form's shadow root poll each frame (`visible`, or waitForFunction with 'raf'):
  // puppeteer's default wait watches the document's mutations, which do not see a shadow root change.
  /** Waits for the select `id` to offer an option (`value`, or any): its communes arrive after the province. */
  const offered = async (id: string, value?: string) => {
    const control = await page.waitForSelector(`${form}#${id}`, { timeout, visible: true });
    await page.waitForFunction((s, v) => [...(s as HTMLSelectElement).options].some((o) => (v === undefined ? o.value !== '' : o.value === v)),
      { timeout, polling: 'raf' }, control, value);
  };
  const select = async (id: string, value: string) => {
    await offered(id, value);
    await page.select(`${form}#${id}`, value);
  };
  /**
   * Picks the radio `id` with the keyboard (focus, Space), as a keyboard user does, and waits until it
   * is checked: a click at its place missed it once while the fields above it were still settling.
   */
  const check = async (id: string) => {
    const radio = await page.waitForSelector(`${form}#${id}`, { timeout, visible: true });
    await radio!.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((r) => (r as HTMLInputElement).checked, { timeout, polling: 'raf' }, radio);
  };
  const answer = async (id: string, field: { type: string; options?: readonly unknown[] }, value: unknown) => {
    if (value === undefined || value === null) return;
    if (field.type === 'yesno') return check(`${id}-${value ? 'yes' : 'no'}`);
    if (field.type === 'choice') return (field.options?.length ?? 0) > 5 ? select(id, String(value)) : check(`${id}-${String(value)}`);
    if (field.type === 'address') {
      const a = value as { province: string; commune: string; street: string };
      await select(`${id}-province`, a.province);
      await select(`${id}-commune`, a.commune);
      return page.type(`${form}#${id}-street`, a.street);
    }
    const text = field.type === 'date' ? String(value).split('-').reverse().join('/') : String(value);
    return page.type(`${form}#${id}`, text);
  };

  if ('fromIdentity' in o) {
    // A logged-in citizen: who submits comes from the identity (read-only), the phone is prefilled.
    await page.waitForSelector(`${form}.from-identity`, { timeout, visible: true });
  } else {
    await page.waitForSelector(`${form}#applicant-idNumber`, { timeout, visible: true });
    await page.type(`${form}#applicant-idNumber`, o.idNumber);
    await page.type(`${form}#applicant-fullName`, o.fullName);
    await page.type(`${form}#applicant-phone`, o.phone);
  }
  await next(detail.form.title.vi);
  for (const entry of formEntries(detail.form)) {
    if (!isShown(entry, data) || data[entry.key] === undefined) continue;
    if (entry.type !== 'group') {
      await answer(`formData-${entry.key}`, entry, data[entry.key]);
      continue;
    }
    const items = data[entry.key] as Record<string, unknown>[];
    for (const [index, item] of items.entries()) {
      await page.click(`${form}#formData-${entry.key}-add`);
      // The new item is rendered after the click: type only once its first field is shown (typing
      // into an item still being rendered was lost once in a clean-clone run).
      await page.waitForSelector(`${form}#formData-${entry.key}-${index}-${entry.fields[0]!.key}`, { timeout, visible: true });
      for (const field of entry.fields) await answer(`formData-${entry.key}-${index}-${field.key}`, field, item[field.key]);
    }
  }
  await next('Giấy tờ kèm theo');
  for (const doc of detail.documents) {
    if (!doc.required || !isShown(doc, data)) continue;
    await page.waitForSelector(`${form}#documents-${doc.key}`, { timeout, visible: true });
    const input = await page.$(`${form}#documents-${doc.key}-input`);
    if (!input) throw new Error(`no file input in the document slot ${doc.key}`);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(o.file);
    await page.waitForSelector(`${form}#documents-${doc.key} li.file[data-state=done]`, { timeout, visible: true });
  }
  await next('Nơi nộp và cách nhận kết quả');
  if (await page.$(`${form}#province`)) await page.select(`${form}#province`, '46');
  if (await page.$(`${form}#commune`)) {
    await offered('commune');
    const first = await page.$eval(`${form}#commune option:nth-child(2)`, (option) => (option as HTMLOptionElement).value);
    await page.select(`${form}#commune`, first);
  }
  await next('Kiểm tra lại thông tin');
}

/** Waits until the Huế home page's `<dvc-portal-stats>` shows what it loaded (its status says when, nothing is loading). */
export async function figuresShown(page: Page): Promise<void> {
  await waitInPage(page, 'the figures', () => {
    const root = document.querySelector('dvc-portal-stats')?.shadowRoot;
    return /cập nhật lúc/.test(root?.querySelector('[part~=status]')?.textContent ?? '') && root?.querySelector('.figures')?.getAttribute('aria-busy') === 'false';
  });
}
