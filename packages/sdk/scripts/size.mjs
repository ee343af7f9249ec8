// Prints the min+gzip size of the SDK in browsers, dependencies included (ky, zod/mini, the contract),
// bundled as a page's bundler would: the whole browser entry, `createClient`, the core alone, and
// each resource alone with its core (`connect` + `services`…), minified, gzip level 9.
// Usage: npm run size [-- --json]
//
// BUDGETS are the size issue's (#13); CEILINGS are the figures measured when it landed plus 1 kB:
// the script fails (exit 1) above a ceiling, so a regression is caught where it happens.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const kB = 1024;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const resources = ['services', 'attachments', 'dossiers', 'payments', 'petitions', 'stats', 'ratings', 'account'];
const BUDGETS = { whole: 31 * kB, services: 24 * kB };
// Issue 15: a procedure now carries its declaration form and document slots (their schemas), and the
// services resource gained communes(): services alone 26.7 kB, the whole entry 35.3 kB. Ceilings + 1 kB.
// The account resource (`@dvc-kit/sdk/account`, in createClient) and `accessToken`: the whole entry 37.3 kB,
// its ceiling raised by that growth alone (1.0 kB); account alone 32.2 kB, its ceiling + 1 kB.
// Then the applicant's date of birth and the account's nullable type and level (issue 17's review):
// whole 37.5 kB, core 16.1 kB (just over its ceiling). Both + 0.3 kB.
// Ratings (issue 19): the ratings resource and accountRatings (their own modules, so dossiers and account
// alone do not carry the rating schemas) add 0.5 kB to the whole entry (37.6 → 38.1 kB); its ceiling
// raised by that alone. Ratings alone with its core: 31.9 kB.
// Issue 19: the figures of Decision 766 (scope and period, each measure as numerator/denominator/rate, the
// index's groups and parts, the 12-month series and the per-agency table; their descriptions stay out of
// browsers, in stats.docs.ts): the whole entry 37.6 → 38.2 kB, measured on main and on the branch. + 0.6 kB.
// Ratings and figures merged, with the field messages' wrong-type wording (types named in words): whole
// 38.9, core 16.6, services 27.8 kB measured after the merge (the status sync's field labels are registered
// by its schema's module, so pages do not carry them). Ceilings: those + 0.2 kB.
const CEILINGS = { whole: 39.1 * kB, core: 16.8 * kB, services: 28.0 * kB, account: 33.2 * kB };

async function measure(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser',
    conditions: ['source', 'browser'], write: false, metafile: true, legalComments: 'none', logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const groups = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = file.includes('node_modules/ky/') ? 'ky' : file.includes('node_modules/zod/') ? 'zod/mini'
      : file.includes('packages/contract/') ? '@dvc-kit/contract' : file.includes('packages/sdk/') ? '@dvc-kit/sdk' : 'other';
    groups[name] = (groups[name] ?? 0) + bytesInOutput;
  }
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, groups };
}

const rows = [
  { name: 'whole', label: '@dvc-kit/sdk (browser entry, every export)', ...(await measure(`export * from '@dvc-kit/sdk';`)) },
  { name: 'createClient', label: 'createClient (every resource)', ...(await measure(`export { createClient } from '@dvc-kit/sdk';`)) },
  { name: 'core', label: 'core alone (connect, errors)', ...(await measure(`export { connect, isDvcError } from '@dvc-kit/sdk/core';`)) },
];
for (const r of resources) {
  rows.push({ name: r, label: `${r} alone with its core`, ...(await measure(`export { connect, isDvcError } from '@dvc-kit/sdk/core'; export { ${r} } from '@dvc-kit/sdk/${r}';`)) });
}

const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) {
    const budget = BUDGETS[r.name];
    const verdict = budget ? ` — budget ${fmt(budget)}: ${r.gzip <= budget ? 'met' : `NOT met (${fmt(r.gzip - budget)} over)`}` : '';
    console.log(`${r.label.padEnd(44)} ${fmt(r.minified).padStart(9)} minified ${fmt(r.gzip).padStart(8)} min+gzip${verdict}`);
  }
  console.log(`  whole by source (minified): ${Object.entries(rows[0].groups).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
}
const over = rows.filter((r) => CEILINGS[r.name] && r.gzip > CEILINGS[r.name]);
for (const r of over) console.error(`Over the regression ceiling: ${r.label} ${fmt(r.gzip)} > ${fmt(CEILINGS[r.name])}`);
if (over.length) process.exit(1);
