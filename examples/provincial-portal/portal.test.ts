// The Huế portal example driven as a citizen would, in Chromium: find a procedure, read it, apply
// with a PDF attached, pay through the sandbox's gateway and come back, follow the dossier, send a
// petition and read the public answers and the figures. Every page must load without a console
// error, a failed request or a CSP violation.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { figuresShown, fillDossierForm, launchBrowser, openPage, startDemo, waitInPage, type Demo } from '../test-support.js';

const PHONE = '0912345678';
const TIMEOUT = 10_000;
// Waits for what is in a widget's shadow root use `visible: true`: puppeteer then checks on every
// frame, where by default it checks only when the page's light DOM changes, which a widget that
// upgrades later (the loader fetches its code when its tag appears) and renders in its shadow root does not.
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A small but real PDF (one empty page), as a citizen's scanned document would be. */
function tinyPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/** The text of the first element matching `selector` (which may pierce shadow roots with `>>>`). */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });
  assert.ok(handle, `${selector} is on ${page.url()}`);
  return (await handle.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** `<dvc-portal-stats>`'s shadow root, for selectors. */
const stats = 'dvc-portal-stats >>> ';

/** A count of the figures' overview, by its key (`received`, `payments`…), as shown. */
async function overview(page: Page, key: string): Promise<string> {
  return textOf(page, `${stats}[part~=overview] [data-key=${key}] dd`);
}

/** The agency moves a dossier, through the sandbox's admin route with its test secret key (a server's call). */
async function agencyMoves(url: string, code: string, status: string, note?: string): Promise<void> {
  const reply = await fetch(`${url}/v1/admin/dossiers/${encodeURIComponent(code)}/status`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_dvckit_local', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ status, ...(note ? { note } : {}) }),
  });
  assert.equal(reply.status, 200, `the agency moves ${code} to ${status}: ${await reply.text()}`);
}

/** Clicks `selector` and waits for the navigation it starts. */
async function clickAndWait(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { timeout: TIMEOUT, visible: true });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: TIMEOUT }), handle!.click()]);
}

/**
 * axe-core (WCAG 2.0–2.2 A and AA, and best practices: landmarks, heading order, one h1) on the
 * whole page, shadow roots included. Evaluated through the automation protocol, so the page's CSP
 * stays as strict as it is for citizens.
 */
async function expectAccessible(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const found = await page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(found, [], `axe on ${state} (${page.url()})`);
}

/** What every page of the portal shares: Vietnamese, one h1, the demo banner, landmarks; and axe finds nothing. */
async function checkPage(page: Page): Promise<void> {
  const shape = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    banner: document.querySelector('.demo-banner')?.textContent ?? '',
    landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => document.querySelector(tag)),
    skip: document.querySelector('.skip-link')?.getAttribute('href'),
    overflow: document.documentElement.scrollWidth > window.innerWidth,
  }));
  assert.equal(shape.lang, 'vi');
  assert.equal(shape.h1, 1, `one h1 on ${page.url()}`);
  assert.match(shape.banner, /Trang minh họa — không phải cổng chính thức/);
  assert.deepEqual(shape.landmarks, ['header', 'nav', 'main', 'footer']);
  assert.equal(shape.skip, '#noi-dung');
  assert.equal(shape.overflow, false, `no sideways scrolling on ${page.url()}`);
  await expectAccessible(page, 'arrival');
}

describe('provincial portal (Huế)', { timeout: 90_000 }, () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let dir: string;
  let pdf: string;
  let dossierCode = '';
  const portal = () => `${demo.url}/provincial-portal/`;

  /** How far ahead of real time the sandbox's clock runs (ms). */
  let ahead = 0;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dvc-portal-'));
    pdf = join(dir, 'giay-to-cho-o.pdf');
    await writeFile(pdf, tinyPdf());
    // Petitions get their simulated answer after a minute of the sandbox's clock, which runs with real
    // time plus `ahead` (the petition test moves it on); dossiers stay where the citizen left them.
    [demo, browser] = await Promise.all([startDemo({ answerSeconds: 60, now: () => new Date(Date.now() + ahead) }), launchBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('home: figures from the API, and the skip link works from the keyboard', async () => {
    ({ page, problems } = await openPage(browser, portal()));
    await page.setViewport({ width: 360, height: 800 });
    await checkPage(page);
    await figuresShown(page);
    // The kit's one date format (dd/MM/yyyy HH:mm).
    assert.match(await textOf(page, `${stats}[part~=status]`), /^Số liệu năm \d{4} của .*Huế, cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
    assert.equal(await textOf(page, `${stats}#index-heading`), 'Chỉ số phục vụ người dân, doanh nghiệp');
    assert.match(await textOf(page, `${stats}.index-total`), /^\d+(,\d)? \/ 100 điểm$/);
    // Huế's local procedures in the seed (every province publishes the common ones, not all the rare).
    const hue = demo.sandbox.sandbox.db
      .prepare("SELECT count(*) FROM procedures WHERE province_code = '46' AND status = 'active'").pluck().get() as number;
    assert.ok(hue > 150, `${hue} local procedures in Huế`);
    assert.equal(await overview(page, 'procedures'), String(hue));
    // The index's five groups as bars, each chart an image with a name.
    assert.equal(await page.$$eval('dvc-portal-stats', ([w]) => w!.shadowRoot!.querySelectorAll('.bar-row[data-group]').length), 5);
    assert.equal(await page.$$eval('dvc-portal-stats', ([w]) => [...w!.shadowRoot!.querySelectorAll('[role=img]')].filter((c) => c.getAttribute('aria-label')).length), 3);
    // Nobody has rated a dossier: the ratings part scores nothing, so satisfaction is at most the petitions' 6 of 18.
    const satisfaction = await textOf(page, `${stats}.bar-row[data-group=satisfaction] .bar-value`);
    const points = /^(?:Chưa có dữ liệu \(0 \/ 18 điểm\)|(\d+(?:,\d)?) \/ 18 điểm)/.exec(satisfaction);
    assert.ok(points, satisfaction);
    assert.ok(Number((points[1] ?? '0').replace(',', '.')) <= 6, satisfaction);
    assert.equal(await textOf(page, `${stats}[part~=tile][data-part=satisfaction] .tile-rate`), 'Chưa có dữ liệu');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no sideways scrolling with the figures');
    await expectAccessible(page, 'the figures');

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'noi-dung');
    await page.setViewport({ width: 1280, height: 900 });
    assert.deepEqual(problems, []);
  });

  it('search (no accents) → a suggestion by keyboard → Huế’s own procedure', async () => {
    await page.type('dvc-service-search >>> input', 'thuong tru');
    await waitInPage(page, 'suggestions', () => {
      const search = document.querySelector('dvc-service-search');
      return [...(search?.shadowRoot?.querySelectorAll('[role=option]') ?? [])].some((o) => o.textContent?.includes('Đăng ký thường trú'));
    });
    await page.keyboard.press('ArrowDown');
    assert.match(await textOf(page, 'dvc-service-search >>> [role=option][aria-selected=true]'), /^Đăng ký thường trú/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: TIMEOUT }), page.keyboard.press('Enter')]);

    // The national record was chosen; the portal shows Huế's instance of it.
    assert.equal(new URL(page.url()).pathname, '/provincial-portal/thu-tuc.html');
    assert.equal(new URL(page.url()).searchParams.get('code'), '1.004222.H46');
    await checkPage(page);
    assert.equal(await textOf(page, 'dvc-service-detail >>> [part~=title]'), 'Đăng ký thường trú');
    assert.match(await textOf(page, 'dvc-service-detail >>> [part~=facts]'), /thành phố Huế/);
    assert.equal(await page.$eval('#petition-link', (a) => a.getAttribute('href')), '/provincial-portal/phan-anh.html?service=1.004222.H46');
    assert.deepEqual(problems, []);
  });

  it('applies online with a PDF, and a reload on the way loses nothing', async () => {
    await clickAndWait(page, 'dvc-service-detail >>> [part~=start]');
    assert.equal(new URL(page.url()).searchParams.get('service'), '1.004222.H46');
    await checkPage(page);

    const form = 'dvc-dossier-form >>> ';
    // Part of the way, then a reload (or a lost connection): every answer and the step are kept.
    await page.waitForSelector(`${form}#applicant-fullName`, { timeout: TIMEOUT, visible: true });
    await page.type(`${form}#applicant-fullName`, 'Nguyễn Thị Hương');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`${form}#applicant-fullName`, { timeout: TIMEOUT, visible: true });
    assert.equal(await page.$eval(`${form}#applicant-fullName`, (input) => (input as HTMLInputElement).value), 'Nguyễn Thị Hương');
    await page.$eval(`${form}#applicant-fullName`, (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await fillDossierForm(page, demo, '1.004222.H46', { idNumber: '046090001234', fullName: 'Nguyễn Thị Hương', phone: PHONE, file: pdf });

    const review = await textOf(page, `${form}dl.summary`);
    assert.match(review, /046090001234/);
    assert.match(review, /giay-to-cho-o\.pdf/);
    assert.match(review, /Nguyễn Thị Hương/);
    await page.click(`${form}[part~=submit]`);

    dossierCode = await textOf(page, `${form}[part~=code]`);
    assert.match(dossierCode, /^[0-9A-Z.]+\.H46-\d{6}-\d{4}$/);
    // The next steps are the widget's links (pay-href, track-href): they survive a reload with the screen.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`${form}[part~=pay-link]`, { timeout: TIMEOUT, visible: true });
    assert.match(await textOf(page, `${form}[part~=pay-link]`), /Thanh toán 10\.000\s₫ phí, lệ phí/);
    assert.match(await textOf(page, `${form}[part~=track-link]`), new RegExp(`Theo dõi hồ sơ ${dossierCode.replaceAll('.', '\\.')}`));
    await expectAccessible(page, 'the submitted dossier');
    assert.deepEqual(problems, []);
  });

  it('pays through the gateway and comes back to a confirmed payment', async () => {
    await clickAndWait(page, 'dvc-dossier-form >>> [part~=pay-link]');
    assert.equal(new URL(page.url()).searchParams.get('dossier'), dossierCode);
    await checkPage(page);

    await page.type('dvc-payment >>> #phone', PHONE);
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, 'dvc-payment >>> #amount-due'), /10\.000/);
    await clickAndWait(page, 'dvc-payment >>> [part~=pay-button]');

    // The sandbox's gateway: choose a bank, pay.
    assert.match(new URL(page.url()).pathname, /^\/gateway\/checkout\/pay_/);
    await page.click('input[name=bank]');
    await clickAndWait(page, 'button[value=succeed]');

    const back = new URL(page.url());
    assert.equal(back.pathname, '/provincial-portal/thanh-toan.html');
    assert.equal(back.searchParams.get('dossier'), dossierCode);
    const result = await page.waitForSelector('dvc-payment >>> .result-succeeded', { timeout: TIMEOUT, visible: true });
    assert.match(await result!.evaluate((element) => element.textContent ?? ''), /10\.000/);
    await page.waitForSelector('dvc-payment >>> [part~=receipt-link]', { timeout: TIMEOUT, visible: true });
    await page.waitForSelector('#after-payment:not([hidden])', { timeout: TIMEOUT, visible: true });
    await expectAccessible(page, 'the confirmed payment');
    assert.deepEqual(problems, []);
  });

  it('follows the dossier in the tracker', async () => {
    await clickAndWait(page, '#track-link');
    await checkPage(page);
    const tracker = 'dvc-dossier-tracker >>> ';
    assert.equal(await page.$eval(`${tracker}#code`, (input) => (input as HTMLInputElement).value), dossierCode);
    assert.match(await textOf(page, `${tracker}#code-hint`), /H46/); // the portal's own example
    await page.type(`${tracker}#phone`, PHONE);
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, `${tracker}[part~=status]`), /Mới đăng ký/);
    assert.match(await textOf(page, `${tracker}[part~=result]`), /Đăng ký thường trú/);
    assert.match(await textOf(page, `${tracker}[part~=fees]`), /Còn phải nộp\s*Đã nộp đủ/, 'paid at the gateway above');
    assert.equal(await page.$(`${tracker}[part~=pay]`), null, 'nothing left to pay');
    assert.match(await textOf(page, `${tracker}[part~=receipt]`), /Giấy tiếp nhận hồ sơ \(PDF\)/);
    assert.match(await textOf(page, `${tracker}[part~=withdraw-button]`), /Rút hồ sơ/);
    await expectAccessible(page, 'the dossier found');
    assert.deepEqual(problems, []);
  });

  it('sends the supplement the agency asks for in the tracker, then offers the result once done', async () => {
    const tracker = 'dvc-dossier-tracker >>> ';
    // Still on the tracker, which follows the dossier live.
    await agencyMoves(demo.url, dossierCode, 'new');
    await agencyMoves(demo.url, dossierCode, 'waiting', 'Bổ sung giấy xác nhận thông tin về cư trú.');
    await page.waitForSelector(`${tracker}[part~=supplement-form]`, { timeout: TIMEOUT, visible: true });
    assert.match(await textOf(page, `${tracker}.supplement-reason`), /giấy xác nhận thông tin về cư trú/);
    assert.match(await textOf(page, `${tracker}[part~=supplement]`), /Hạn bổ sung: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(còn \d+ ngày/);
    await expectAccessible(page, 'a supplement asked for');

    await page.type(`${tracker}#supplement-note`, 'Gửi giấy xác nhận thông tin về cư trú.');
    // The file picked as the form filler picks them (test-support.ts): a click at the input's place
    // missed it once in eight runs while the form settled, and no file chooser opened.
    const files = await page.$(`${tracker}#supplement-files-input`);
    assert.ok(files, 'the supplement form takes files');
    await (files as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(pdf);
    await page.waitForSelector(`${tracker}li.file[data-state=done]`, { timeout: TIMEOUT, visible: true });
    await page.click(`${tracker}[part~=supplement-submit]`);
    assert.match(await textOf(page, `${tracker}[part~=supplement-state]`), /^Đã gửi bổ sung\. Đã gửi ngày \d{2}\/\d{2}\/\d{4}/);
    await expectAccessible(page, 'the supplement sent');

    for (const status of ['processing', 'releasing', 'done']) await agencyMoves(demo.url, dossierCode, status);
    await waitInPage(page, 'the dossier done', () =>
      document.querySelector('dvc-dossier-tracker')?.shadowRoot?.querySelector('[part~=status]')?.textContent?.includes('Đã trả kết quả'));
    const result = await page.waitForSelector(`${tracker}[part~=result-file] a`, { timeout: TIMEOUT, visible: true });
    assert.equal(await result!.evaluate((a) => a.textContent), 'Tải kết quả điện tử (PDF)');
    const href = await result!.evaluate((a) => (a as HTMLAnchorElement).href);
    assert.match(href, new RegExp(`/ho-so/${encodeURIComponent(dossierCode).replaceAll('.', '\\.')}/ket-qua\\.pdf\\?t=`));
    assert.match(await textOf(page, `${tracker}#result-name`), /, cấp ngày \d{2}\/\d{2}\/\d{4}$/);
    assert.equal(await page.$(`${tracker}[part~=withdraw-button]`), null, 'a dossier with its result cannot be withdrawn');
    await expectAccessible(page, 'the result offered');
    assert.deepEqual(problems, []);
  });

  it('sends a petition and reads the public answers', async () => {
    await page.goto(`${portal()}phan-anh.html?service=1.004222.H46`, { waitUntil: 'load' });
    await checkPage(page);
    const form = 'dvc-petition-form >>> ';
    await page.waitForSelector(`${form}#category`, { timeout: TIMEOUT, visible: true });
    assert.equal(await page.$eval(`${form}#serviceCode`, (input) => (input as HTMLInputElement).value), '1.004222.H46');
    await page.select(`${form}#category`, 'procedure');
    const title = 'Đề nghị cho nộp kèm ảnh chụp giấy tờ cư trú';
    await page.type(`${form}#title`, title);
    await page.type(`${form}#content`, 'Khi nộp hồ sơ đăng ký thường trú trực tuyến, tôi chỉ có ảnh chụp giấy tờ bằng điện thoại.');
    await page.type(`${form}#fullName`, 'Trần Văn Minh');
    await page.type(`${form}#phone`, '0987654321');
    // Ticked with the keyboard, and checked: a click at its place can miss while the form settles,
    // and a petition not made public never reaches the list below.
    await page.focus(`${form}#publishable`);
    await page.keyboard.press('Space');
    assert.equal(await page.$eval(`${form}#publishable`, (input) => (input as HTMLInputElement).checked), true, 'made public');
    await page.click(`${form}[part~=submit]`);
    const code = await textOf(page, `${form}[part~=code]`);
    assert.match(code, /^PAKN-\d{6}-\d{5}$/);

    // The confirmation's link opens the lookup below, with the code; the sender types the phone. (Scrolled
    // to first: the page scrolls smoothly, and a click during the scroll would miss the link.)
    await page.$eval(`${form}[part~=lookup]`, (a) => a.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await clickAndWait(page, `${form}[part~=lookup]`);
    assert.equal(new URL(page.url()).searchParams.get('code'), code);
    await checkPage(page);
    const lookup = 'dvc-petition-lookup >>> ';
    await page.waitForSelector(`${lookup}#phone`, { timeout: TIMEOUT, visible: true });
    assert.equal(await page.$eval(`${lookup}#code`, (input) => (input as HTMLInputElement).value), code);
    await page.type(`${lookup}#phone`, '0987654321');
    await page.keyboard.press('Enter');
    // Not answered yet: received (the simulated agency answers a minute later, on the sandbox's clock).
    assert.match(await textOf(page, `${lookup}[part~=status]`), /Đã tiếp nhận, chờ xử lý/);
    assert.match(await textOf(page, `${lookup}[part~=no-answer]`), /chưa có trả lời/);
    await expectAccessible(page, 'the petition looked up');

    const list = 'dvc-petition-list >>> ';
    assert.match(await textOf(page, `${list}[part~=status]`), /phản ánh, kiến nghị đã được trả lời/);
    // Huế's petitions only: those addressed to its agencies or about its local procedures (the seed has some).
    const answeredPublic = (where: string) => demo.sandbox.sandbox.db.prepare(
      `SELECT count(*) FROM petitions p WHERE p.status = 'answered' AND p.publishable = 1 AND p.code <> ? AND ${where}`,
    ).pluck().get(code) as number;
    const hue = answeredPublic(`(p.agency_code IN (SELECT code FROM agencies WHERE province_code = '46')
      OR p.service_code IN (SELECT code FROM procedures WHERE province_code = '46'))`);
    assert.ok(hue > 0, 'seeded petitions of Huế');
    assert.ok(answeredPublic('1 = 1') > hue + 1, 'other provinces and the national ones have more');
    const shown = Number(/^Có (\d+) phản ánh/.exec(await textOf(page, `${list}[part~=status]`))?.[1]);
    assert.equal(shown, hue, `${shown} listed, ${hue} of Huế before the new one is answered`);
    // A minute later on the sandbox's clock the simulated agency has answered; the public list then shows it first.
    ahead += 61_000;
    await demo.sandbox.tick();
    await demo.sandbox.tick();
    await page.reload({ waitUntil: 'load' });
    // (20 s: on a loaded machine the reload and the list's first page can take more than 10.)
    await waitInPage(page, 'the answered petition', () =>
      document.querySelector('dvc-petition-list')?.shadowRoot?.querySelector('[part~=toggle]')?.textContent?.includes('ảnh chụp giấy tờ cư trú'), 20_000);
    await page.click(`${list}[part~=toggle]`);
    assert.match(await textOf(page, `${list}[part~=answer]`), /\S/);
    await expectAccessible(page, 'an answer opened');

    // Looked up again, it shows the same answer with who gave it.
    await page.type(`${lookup}#phone`, '0987654321');
    await page.click(`${lookup}[part~=submit]`);
    const answer = await textOf(page, `${lookup}[part~=answer]`);
    assert.match(answer, /Cơ quan trả lời ?\S/);
    assert.match(answer, /Ngày trả lời ?\d{2}\/\d{2}\/\d{4}/);
    await expectAccessible(page, 'the answer looked up');
    assert.deepEqual(problems, []);
  });

  it('the figures count the new dossier and payment', async () => {
    await page.goto(portal(), { waitUntil: 'load' });
    await figuresShown(page);
    assert.equal(await overview(page, 'received'), '1');
    assert.equal(await overview(page, 'payments'), '1');
    assert.match(await overview(page, 'paymentsAmount'), /^10\.000\s₫$/);
    assert.deepEqual(problems, []);
  });

  it('search results live in the URL: a result opened, then Back, shows the same results under the same text', async () => {
    await page.goto(portal(), { waitUntil: 'load' });
    await (await page.waitForSelector('dvc-service-search >>> input', { timeout: TIMEOUT, visible: true }))!.click();
    await page.keyboard.type('dang ky thuong tru');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dvc-service-search >>> [part~=result] a', { timeout: TIMEOUT, visible: true });
    assert.equal(new URL(page.url()).searchParams.get('tt-q'), 'dang ky thuong tru');
    const titles = () => page.$$eval('dvc-service-search', ([search]) =>
      [...(search?.shadowRoot?.querySelectorAll('[part~=result] .title') ?? [])].map((t) => t.textContent?.trim()));
    const before = await titles();
    assert.equal(before[0], 'Đăng ký thường trú');
    await clickAndWait(page, 'dvc-service-search >>> [part~=result] a');
    assert.equal(new URL(page.url()).searchParams.get('code'), '1.004222.H46');

    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: TIMEOUT }), page.goBack()]);
    await page.waitForSelector('dvc-service-search >>> [part~=result] a', { timeout: TIMEOUT, visible: true });
    assert.equal(new URL(page.url()).searchParams.get('tt-q'), 'dang ky thuong tru');
    assert.equal(await page.$eval('dvc-service-search', (search) => search.shadowRoot?.querySelector('input')?.value), 'dang ky thuong tru',
      'the box says what the results are for, not the procedure opened from them');
    assert.deepEqual(await titles(), before);
    await checkPage(page);
    assert.deepEqual(problems, []);
  });

  it("each procedure's page is titled with its procedure", async () => {
    for (const [code, name] of [['1.004222.H46', 'Đăng ký thường trú'], ['1.001193.H46', 'Đăng ký khai sinh']] as const) {
      await page.goto(`${portal()}thu-tuc.html?code=${code}`, { waitUntil: 'load' });
      assert.equal(await textOf(page, 'dvc-service-detail >>> [part~=title]'), name);
      const title = await waitInPage(page, 'the title', () => (document.title.includes('Thông tin thủ tục') ? undefined : document.title));
      assert.equal(title, `${name} — Cổng Dịch vụ công thành phố Huế (trang minh họa)`);
    }
    assert.deepEqual(problems, []);
  });

  it('pages opened without a procedure or dossier say what to do', async () => {
    for (const [path, selector] of [['thu-tuc.html', '#missing-code'], ['nop-ho-so.html', '#missing-service'], ['thanh-toan.html', '#dossier-lookup']] as const) {
      await page.goto(portal() + path, { waitUntil: 'load' });
      await checkPage(page);
      assert.equal(await page.$eval(selector, (element) => (element as HTMLElement).hidden), false, `${selector} shown on ${path}`);
    }
    // A page that is not there: an HTML page in Vietnamese with a way back, axe-clean, under the site's CSP.
    const missing = await page.goto(portal() + 'khong-co-trang-nay.html', { waitUntil: 'load' });
    assert.equal(missing?.status(), 404);
    assert.equal(await textOf(page, 'h1'), 'Không tìm thấy trang');
    await expectAccessible(page, 'page not found');
    // The browser reports the 404 itself; that one is expected, and the only one.
    assert.deepEqual(problems.splice(0).map((p) => /404/.test(p) && p.includes('khong-co-trang-nay.html')), [true]);
    await clickAndWait(page, 'main a');
    assert.equal(new URL(page.url()).pathname, '/provincial-portal/', 'the link leads to the portal it was looked for in');
    // The payment page asks for the dossier code, then shows that dossier's fees form.
    await page.goto(portal() + 'thanh-toan.html', { waitUntil: 'load' });
    await page.type('#dossier-code', dossierCode);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: TIMEOUT }), page.keyboard.press('Enter')]);
    assert.match(await textOf(page, 'dvc-payment >>> p.dossier'), new RegExp(dossierCode.replaceAll('.', '\\.')));
    assert.equal(await page.$eval('dvc-payment', (element) => element.hidden), false);
    assert.deepEqual(problems, []);
  });
});
