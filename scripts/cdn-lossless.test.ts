// The CDN build's loss-free steps (terser after esbuild, no schema descriptions, styles minified) change no pixel: every
// widget, in Vietnamese and English, is rendered in Chromium from the built single file
// (packages/elements/dist/cdn/dvc-kit.bundle.js, `npm run build`) and from a plain, unminified esbuild
// bundle of the same sources made here, against the same sandbox, and the two screenshots must match
// exactly (pixelmatch, threshold 0). Runs in Node; needs the build.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { validSubmission } from '@dvc-kit/sandbox/testing/submission';
import { openCdnSite, type CdnSite } from './cdn-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const phone = '0912345678';

describe('the CDN build renders every widget exactly as its sources do', () => {
  let reference = '';
  let site: CdnSite;
  let dossierCode = '';

  before(async () => {
    // The reference: the same sources bundled plainly (no minifier, schema descriptions kept).
    reference = await mkdtemp(join(tmpdir(), 'dvc-lossless-'));
    await build({
      entryPoints: [join(root, 'packages/elements/src/index.ts')], outfile: join(reference, 'dvc-kit.bundle.js'),
      bundle: true, format: 'esm', target: 'es2022', platform: 'browser', conditions: ['source', 'browser', 'production'],
      tsconfig: join(root, 'tsconfig.base.json'), logLevel: 'error',
    });
    site = await openCdnSite([{ path: '/ref/', dir: reference }]);
    const reply = await fetch(`${site.url}/v1/dossiers`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_dvckit_local', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        ...(await validSubmission({ url: site.url, key: 'sk_test_dvckit_local' }, '1.004222', { province: '38' })),
        applicant: { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '038195012345', phone },
      }),
    });
    assert.equal(reply.status, 201);
    dossierCode = ((await reply.json()) as { code: string }).code;
  });

  after(async () => {
    await site?.close();
    if (reference) await rm(reference, { recursive: true, force: true });
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
    ['dvc-petition-lookup', 'code="PAKN-251123-00001"'],
  ];

  /** A screenshot of `tag` on a page that loads the CDN single file or the reference, in `lang`. */
  async function shot(build: 'cdn' | 'ref', lang: 'vi' | 'en', tag: string, attributes: string): Promise<PNG> {
    const name = `${build}-${lang}-${tag}`;
    const url = await site.page(name, { lang, script: `/${build}/dvc-kit.bundle.js`, body: `<${tag} ${attributes}></${tag}>` });
    const page = await site.browser.newPage();
    try {
      await page.setViewport({ width: 800, height: 1200 });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url, { waitUntil: 'networkidle0' });
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
        const [built, plain] = [await shot('cdn', lang, tag, attributes), await shot('ref', lang, tag, attributes)];
        assert.deepEqual([built.width, built.height], [plain.width, plain.height], `<${tag}> (${lang}): same size`);
        assert.ok(plain.height > 40, `<${tag}> (${lang}) rendered something (${plain.height} px high)`);
        const differing = pixelmatch(built.data, plain.data, null, built.width, built.height, { threshold: 0 });
        assert.equal(differing, 0, `<${tag}> (${lang}): ${differing} pixels differ between the CDN build and its sources`);
      }
    });
  }
});
