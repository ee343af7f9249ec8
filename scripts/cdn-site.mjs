// Pages that load the built CDN folder (packages/elements/dist/cdn) as a site would, served by the
// sandbox itself (its static `sites`, which already refuse paths out of their folder), in Chromium.
// Shared by the size report (packages/elements/scripts/size.mjs) and the build's pixel check
// (scripts/cdn-lossless.test.ts).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@dvc-kit/sandbox';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './browsers.mjs';

export const cdnDir = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));

/**
 * The sandbox (in memory) serving the CDN folder at `/cdn/`, each of `extra` (`{ path, dir }`) too,
 * and pages written with `page()`, with Chromium to open them. Close it when done.
 */
export async function openCdnSite(extra = []) {
  if (!existsSync(join(cdnDir, 'widgets.json'))) throw new Error('packages/elements/dist/cdn is not built: run `npm run build` first.');
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing (${chromiumPath}): run \`node scripts/ensure-browsers.mjs\` first.`);
  const dir = await mkdtemp(join(tmpdir(), 'dvc-cdn-site-'));
  await mkdir(join(dir, 'pages'));
  const sandbox = await startSandbox({
    port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0,
    sites: [{ path: '/cdn/', dir: cdnDir }, { path: '/pages/', dir: join(dir, 'pages') }, ...extra],
  });
  const browser = await puppeteer.launch({
    executablePath: chromiumPath, headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--font-render-hinting=none'],
  });
  return {
    url: sandbox.url,
    sandbox,
    browser,
    /**
     * Writes a page that loads `script` (a path, e.g. `/cdn/dvc-kit.js`) and holds `<dvc-config>`
     * (this sandbox, the test key) and `body`; returns its address.
     */
    async page(name, { lang = 'vi', script, body }) {
      await writeFile(join(dir, 'pages', `${name}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="${script}"></script></head>
<body style="margin:0;width:760px"><dvc-config base-url="/" publishable-key="pk_test_dvckit_local"></dvc-config>
${body}</body></html>`);
      return `${sandbox.url}/pages/${name}.html`;
    },
    async close() {
      await browser.close();
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
