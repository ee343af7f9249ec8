// Prints the min+gzip size of what a page loads from DVC Kit's elements, dependencies included
// (lit, the SDK, ky, zod/mini), bundled as the CDN build is: production lit, minified, gzip -9.
// Usage: npm run size:elements [-- --json]
//
// BUDGETS are the per-page budgets of the size decision (issue 13: a search page 36 kB, a page with
// any one other widget 44 kB, every widget 66 kB); CEILINGS are the figures measured when each widget
// began to import only the SDK resources it uses, plus 1 kB: the script fails (exit 1) above them.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const src = fileURLToPath(new URL('../src', import.meta.url));
const kB = 1024;
const OTHER = 44 * kB;
const BUDGETS = { kit: 66 * kB, 'dvc-service-search': 36 * kB };
const CEILINGS = {
  kit: 77.8 * kB, 'dvc-service-search': 39.4 * kB, 'dvc-service-detail': 37.8 * kB, 'dvc-dossier-form': 53.4 * kB,
  'dvc-dossier-tracker': 44.1 * kB, 'dvc-payment': 45.5 * kB, 'dvc-petition-form': 45.6 * kB, 'dvc-petition-list': 42.3 * kB,
};

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser',
    conditions: ['source', 'browser', 'production'], write: false, metafile: true, legalComments: 'none', logLevel: 'error',
    tsconfig: `${root}/tsconfig.base.json`,
  });
  const code = result.outputFiles[0].contents;
  const groups = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = file.includes('packages/elements/') ? '@dvc-kit/elements' : file.includes('packages/sdk/') ? '@dvc-kit/sdk'
      : file.includes('packages/contract/') ? '@dvc-kit/contract' : /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(file) ? 'lit'
        : file.includes('node_modules/ky/') ? 'ky' : file.includes('node_modules/zod/') ? 'zod/mini' : 'other';
    groups[name] = (groups[name] ?? 0) + bytesInOutput;
  }
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, groups };
}

const components = readdirSync(src, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name.startsWith('dvc-') && existsSync(`${src}/${e.name}/index.ts`))
  .map((e) => e.name).sort();
const rows = [{ name: 'kit', label: 'whole kit (every widget + SDK + deps)', ...(await measure(`import '@dvc-kit/elements';`)) }];
for (const tag of components) rows.push({ name: tag, label: `<${tag}> alone`, ...(await measure(`import '@dvc-kit/elements/${tag}';`)) });

const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) {
    const budget = BUDGETS[r.name] ?? (r.name === 'dvc-config' ? undefined : OTHER);
    const verdict = budget ? ` — budget ${fmt(budget)}: ${r.gzip <= budget ? 'met' : `NOT met (${fmt(r.gzip - budget)} over)`}` : '';
    console.log(`${r.label.padEnd(44)} ${fmt(r.minified).padStart(9)} minified ${fmt(r.gzip).padStart(8)} min+gzip${verdict}`);
  }
  const kit = rows[0];
  console.log(`  kit by source (minified): ${Object.entries(kit.groups).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
}
const over = rows.filter((r) => CEILINGS[r.name] && r.gzip > CEILINGS[r.name]);
for (const r of over) console.error(`Over the regression ceiling: ${r.label} ${fmt(r.gzip)} > ${fmt(CEILINGS[r.name])}`);
if (over.length) process.exit(1);
