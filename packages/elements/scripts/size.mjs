// Prints the min+gzip size of what a page loads from DVC Kit's elements, dependencies included
// (lit, the SDK, ky, zod/mini), bundled as the CDN build is: production lit, minified, gzip -9.
// Code behind a dynamic import() (each widget's English texts) is split out as a browser would
// fetch it, and not counted in what a page loads: it is shown apart ("English on first use").
// Usage: npm run size:elements [-- --json]
//
// BUDGETS are the per-page budgets of the size decision (issue 13: a search page 36 kB, a page with
// any one other widget 44 kB, every widget 66 kB); CEILINGS are the figures measured when each widget
// imported only the SDK resources it uses and English loaded on first use, plus 1 kB: the script fails (exit 1) above them.
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
  kit: 73.7 * kB, 'dvc-service-search': 39.4 * kB, 'dvc-service-detail': 37.8 * kB, 'dvc-dossier-form': 52.4 * kB,
  'dvc-dossier-tracker': 44.0 * kB, 'dvc-payment': 45.2 * kB, 'dvc-petition-form': 45.2 * kB, 'dvc-petition-list': 42.4 * kB,
};

/** An entry module with `contents`, resolved from the repository's root (splitting needs a real entry point, not stdin). */
const entry = (contents) => ({
  name: 'entry',
  setup(build) {
    build.onResolve({ filter: /^dvc-size-entry$/ }, () => ({ path: 'entry.ts', namespace: 'entry' }));
    build.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({ contents, resolveDir: root, loader: 'ts' }));
  },
});

async function measure(contents) {
  const result = await build({
    entryPoints: ['dvc-size-entry'], plugins: [entry(contents)], outdir: 'size-out', splitting: true,
    bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser',
    conditions: ['source', 'browser', 'production'], write: false, metafile: true, legalComments: 'none', logLevel: 'error',
    tsconfig: `${root}/tsconfig.base.json`,
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(process.cwd().length + 1), file.contents]));
  const outputs = result.metafile.outputs;
  // What the page loads: the entry and what it imports statically; dynamic imports are fetched when first used.
  const loaded = new Set();
  const later = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kind === 'import-statement') visit(next);
      else if (kind === 'dynamic-import') later.add(next);
    }
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint));
  for (const path of loaded) later.delete(path);
  const size = (paths) => [...paths].reduce((sum, path) => ({
    minified: sum.minified + files.get(path).length, gzip: sum.gzip + gzipSync(files.get(path), { level: 9 }).length,
  }), { minified: 0, gzip: 0 });
  const groups = {};
  for (const path of loaded) {
    for (const [file, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const name = file.includes('packages/elements/') ? '@dvc-kit/elements' : file.includes('packages/sdk/') ? '@dvc-kit/sdk'
        : file.includes('packages/contract/') ? '@dvc-kit/contract' : /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(file) ? 'lit'
          : file.includes('node_modules/ky/') ? 'ky' : file.includes('node_modules/zod/') ? 'zod/mini' : 'other';
      groups[name] = (groups[name] ?? 0) + bytesInOutput;
    }
  }
  const page = size(loaded);
  return { minified: page.minified, gzip: page.gzip, onDemand: size(later), groups };
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
    const english = r.onDemand.gzip ? `; English on first use + ${fmt(r.onDemand.gzip)}` : '';
    console.log(`${r.label.padEnd(44)} ${fmt(r.minified).padStart(9)} minified ${fmt(r.gzip).padStart(8)} min+gzip${english}${verdict}`);
  }
  const kit = rows[0];
  console.log(`  kit by source (minified): ${Object.entries(kit.groups).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
}
const over = rows.filter((r) => CEILINGS[r.name] && r.gzip > CEILINGS[r.name]);
for (const r of over) console.error(`Over the regression ceiling: ${r.label} ${fmt(r.gzip)} > ${fmt(CEILINGS[r.name])}`);
if (over.length) process.exit(1);
