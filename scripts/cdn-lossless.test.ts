// The CDN build's loss-free steps (terser after esbuild, no schema descriptions) change no pixel: every
// widget, in Vietnamese and English, is rendered in Chromium from the built single file
// (packages/elements/dist/cdn/dvc-kit.bundle.js, `npm run build`) and from a plain, unminified esbuild
// bundle of the same sources made here, against the same sandbox, and the two screenshots must match
// exactly (pixelmatch, threshold 0). Runs in Node; needs the build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandbox, type RunningSandbox } from '@dvc-kit/sandbox';
import { build } from 'esbuild';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const phone = '0912345678';

describe('the CDN build renders every widget exactly as its sources do', () => {
  let dir = '';
  let sandbox: RunningSandbox;
  let browser: Browser;
  let dossierCode = '';

  before(async () => {
    assert.ok(existsSync(join(cdn, 'dvc-kit.bundle.js')), 'packages/elements/dist/cdn is built (npm run build)');
    dir = await mkdtemp(join(tmpdir(), 'dvc-lossless-'));
    await mkdir(join(dir, 'pages'));
    // The reference: the same sources bundled plainly (no minifier, schema descriptions kept).
    await build({
      entryPoints: [join(root, 'packages/elements/src/index.ts')], outfile: join(dir, 'ref', 'dvc-kit.bundle.js'),
      bundle: true, format: 'esm', target: 'es2022', platform: 'browser', conditions: ['source', 'browser', 'production'],
      tsconfig: join(root, 'tsconfig.base.json'), logLevel: 'error',
    });
    sandbox = await startSandbox({
      port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0,
      sites: [{ path: '/cdn/', dir: cdn }, { path: '/ref/', dir: join(dir, 'ref') }, { path: '/pages/', dir: join(dir, 'pages') }],
    });
    const reply = await fetch(`${sandbox.url}/v1/dossiers`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_dvckit_local', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ serviceCode: '1.004222', province: '38', applicant: { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '038195012345', phone } }),
    });
    assert.equal(reply.status, 201);
    dossierCode = ((await reply.json()) as { code: string }).code;
    browser = await puppeteer.launch({
      executablePath: chromiumPath, headless: true,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--font-render-hinting=none'],
    });
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Each widget with attributes that make it show content from the sandbox. */
  const widgets = (): [tag: string, attributes: string][] => [
    ['dvc-service-search', 'page-size="3"'],
    ['dvc-service-detail', 'code="1.001193"'],
    ['dvc-dossier-form', 'service="1.001193" province="38"'],
    ['dvc-dossier-tracker', `code="${dossierCode}"`],
    ['dvc-payment', `dossier="${dossierCode}"`],
    ['dvc-petition-form', ''],
    ['dvc-petition-list', 'page-size="2"'],
  ];

  /** A screenshot of `tag` on a page that loads `build` (`cdn` or `ref`) in `lang`. */
  async function shot(build: 'cdn' | 'ref', lang: 'vi' | 'en', tag: string, attributes: string): Promise<PNG> {
    const name = `${build}-${lang}-${tag}.html`;
    await writeFile(join(dir, 'pages', name), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tag}</title>
<script type="module" src="/${build}/dvc-kit.bundle.js"></script></head>
<body style="margin:0;width:760px"><dvc-config base-url="/" publishable-key="pk_test_dvckit_local"></dvc-config><${tag} ${attributes}></${tag}></body></html>`);
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 800, height: 1200 });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${sandbox.url}/pages/${name}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0, { polling: 50 }, tag);
      await page.evaluate(() => document.fonts.ready);
      assert.deepEqual(errors, [], `${name}: no page error`);
      const element = (await page.$(tag))!;
      return PNG.sync.read(Buffer.from(await element.screenshot({ type: 'png' })));
    } finally {
      await page.close();
    }
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`every widget in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      for (const [tag, attributes] of widgets()) {
        const [built, reference] = [await shot('cdn', lang, tag, attributes), await shot('ref', lang, tag, attributes)];
        assert.deepEqual([built.width, built.height], [reference.width, reference.height], `<${tag}> (${lang}): same size`);
        assert.ok(reference.height > 40, `<${tag}> (${lang}) rendered something (${reference.height} px high)`);
        const differing = pixelmatch(built.data, reference.data, null, built.width, built.height, { threshold: 0 });
        assert.equal(differing, 0, `<${tag}> (${lang}): ${differing} pixels differ between the CDN build and its sources`);
      }
    });
  }
});
