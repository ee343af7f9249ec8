// Prints what a page downloads of DVC Kit's widgets, measured the way a page loads the one-tag embed:
// Chromium opens a page with `<script type="module" src="dvc-kit.js">`, `<dvc-config>` and the
// widgets, from the built CDN folder (packages/elements/dist/cdn, `npm run build`, served by the
// sandbox: scripts/cdn-site.mjs), and every script it fetches is counted once, gzip -9. Pages: each
// widget alone, every widget, the same in English (what English adds), and the single file.
// Usage: npm run size:elements [-- --json]
//
// BUDGETS are the size decision's (issue 13), for a Vietnamese page: the search box alone 36 kB, any
// one other widget 44 kB, every widget 66 kB, English adding at most 6 kB to a page with every widget.
// CEILINGS are the figures measured when the loader landed, plus 1 kB: the script fails (exit 1) above
// a ceiling, so a regression shows where it happens. Budgets not met are printed, not failed.
// Raised since by what a feature measured: the search box's folded results, province choice, no-match
// lists and url-state (issue 14) added 1.5 kB to its page and to every widget's, 1.6 kB to the bundle.
// Issue 15: <dvc-petition-lookup>'s page measured 47.9 kB when it landed (lit, the SDK's core, the form
// engine's field, summary and live region); the tracker's 59.7 kB once it finished the journey (papers
// with the services resource, the form engine, withdrawal; the supplement form and uploads, 3.1 kB + the
// attachments resource, load only for a dossier that may send one). Ceilings + 1 kB as for the others.
// Then, once the form engine (shared/form) carried the dossier form's five steps, any procedure's
// declaration form, document slots, communes and the printable receipt, and the payment widget, the
// petition form, the tracker and the lookup moved onto it: dossier form 70.2 kB, tracker 62.1, payment
// 57.9, petition form 56.8, lookup 52.8, list 45.9, search 47.7, detail 44.7 (the procedure schema now
// describes forms and document slots), every widget 107.9, English 8.8, the bundle 94.1. Ceilings + 1 kB.
// Issue 16: the problem texts (every `problem.*` message, both languages) had been in the chunk every
// widget loads: the merge of field and problem texts was built at load time behind a pure annotation
// the CDN's minifier dropped, and the dossier form's `where` step used formatMessage. The merge now
// lives in messages/all.ts, which browsers never load: dossier form 68.9 kB, tracker 60.6, payment
// 56.7, petition form 55.4, list 44.4, lookup 51.3, detail 43.2, search 46.4, every widget 107.0,
// English 8.8, the bundle 93.2. Ceilings + 1 kB.
// Issue 17: citizen accounts. The SDK's `accessToken`, the applicant's date of birth and the chunks the
// account code splits off (dvc-element, the session module) add 0.3–0.8 kB to every widget's page; the
// dossier form's part for a logged-in citizen 2.7 kB more on its own page (the identity link, draft sync,
// the review rows; what the identity shows and the choice, with their texts, and every call through the
// site's server load only on pages with `account-url`). Measured: dossier form 73.0 kB, tracker 62.4,
// payment 58.5, petition form 56.7, list 45.8, lookup 52.6, detail 44.6, search 47.8, <dvc-account>
// 29.3, <dvc-my-dossiers> 50.9, every widget 117.8 (two widgets more), English 9.9, the bundle 101.7.
// Ceilings + 0.5 kB. Then the review's fixes (the form's draft versions, pagehide, an ended login;
// the drafts' procedure names through the services resource and the confirmation): dossier form 73.7,
// <dvc-my-dossiers> 52.1, every widget 118.9, the bundle 103.2. Ceilings + 0.5 kB.
// Issue 19, ratings: <dvc-rating>'s page measured 58.8 kB when it landed (lit, the SDK's core and ratings
// resources, the form engine's field, summary, live region and draft); its ceiling + 0.5 kB. The tracker
// offers it for a finished dossier and loads it only when asked: its page grows by the offer alone,
// 62.7 → 63.2 kB (its texts and the step, the loader's table), its ceiling raised by that 0.5 kB. Every
// widget 119.0 → 126.0 (a widget more), English 10.1 → 11.4, the bundle 103.2 → 108.1: ceilings raised by
// those differences (main at a4a08fb measured against this branch, same machine).
// Issue 19: two field messages of the figures' query (period.format, stats.one_scope) in every widget
// that loads field messages, and the larger stats schema in the bundle. Measured on main → the branch:
// petition form 57.1 → 57.3, lookup 53.0 → 53.1, the bundle 103.2 → 103.8. Those ceilings raised by that.
// Then the petition list's province (part 4): list 46.1 → 46.4 with the messages above, the bundle 103.9. + 0.2 each.
// Ratings and figures merged together, with the field messages' wrong-type wording (a type named in words,
// told apart from a missing field): each widget 0.1–0.2 kB over the sum of the two branches' ceilings, the
// bundle 109.0 kB (measured after the merge, 4b0a907). Ceilings: the measured figures + 0.2 kB.
// Issue 19, part 2: <dvc-portal-stats>'s page measured 49.3 kB when it landed (lit, the SDK's core and stats
// resource, the charts and tables); its ceiling + 0.5 kB. Measured on the branch's base (873fe6f) → the branch,
// same machine: every other widget's page +0.1–0.3 kB (the loader's table names one tag more), those that load the
// dossier schemas +0.5 (the statuses' labels now live with the statuses, a chunk the figures share); every widget
// 126.4 → 136.7, English 11.4 → 12.5, the bundle 109.0 → 117.1. Ceilings raised by those differences.
// Issue 20, languages (lang="vi" on the catalogue's content, per-language overrides, Intl.PluralRules, the
// placeholder agency's label): measured against the same tree without it (main at 9a875e0 + the sandbox
// commit, same machine): account +0.5, dossier form +0.8, tracker +0.7, my dossiers +0.5, payment +0.5,
// petition form +0.5, list +0.5, lookup +0.4, rating +0.4, detail +0.6, search +0.7, every widget +1.2,
// the bundle +0.7 kB. main at 9a875e0 already measured above its ceilings (account 30.0, form 74.5,
// tracker 63.9, my dossiers 52.8, payment 59.5, petition form 57.8, list 46.8, lookup 53.7, rating 59.5,
// detail 45.6, search 48.8, every widget 126.7): ceilings set to this branch's measure, which includes that.
// Issue 20, part 4 (edges): <dvc-service-detail>'s load event and its note on a changed code take every
// widget to 126.63 kB (129,669 B) and the bundle to 109.22 kB (111,840 B), 31 B and 19 B over their
// ceilings: each raised by 0.1 kB. Then labels in sentence case in field messages (a function beside
// formatFieldMessage, ≈ 145 B in each widget that loads field messages): <dvc-petition-list> 47,983 B,
// <dvc-service-detail> 46,653 B, every widget 129,820 B, the bundle 111,983 B, over by 9–79 B: +0.1 kB each.
// Then the dossier form's warning about another province's procedure (its vi and en texts): the form
// 76,120 → 76,286 B, every widget 129,820 → 129,986 B, the bundle 111,983 → 112,247 B: +0.2, +0.2, +0.3 kB.
// Then heading-level's shared helper (in dvc-element.ts, which every widget loads: ≈ 40 B each) and its use
// in the petition list and lookup: <dvc-account> 30,646 B, <dvc-payment> 60,849, <dvc-service-search>
// 49,893, <dvc-petition-list> 48,063, <dvc-petition-lookup> 54,927, every widget 130,114: +0.1 kB each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnDir, openCdnSite } from '../../../scripts/cdn-site.mjs';

const kB = 1024;
const OTHER = 44 * kB;
const BUDGETS = { 'dvc-service-search': 36 * kB, all: 66 * kB, english: 6 * kB };
// Issue 20's three branches (phones: every widget renders into its size container, 44 px targets; languages:
// lang="vi" marking, per-language overrides, plural rules; rough edges: heading levels, the load event, the
// cross-province warning, sentence-case labels) and the figures widget merged together, with the figures
// widget's narrow tables: measured after the merges, these ceilings are those figures + 0.2 kB (each widget
// 0.4–1.2 kB over the sum of the branches' own ceilings; the figures widget 49.6 → 52.0 with the shared
// language helpers and agency names it now uses). Then heading-level on the five widgets that lacked it
// (each 0–0.1 kB): every widget 139.5 → 139.6, the bundle 119.6 → 119.7; those two ceilings + 0.3 kB.
// Then the styles minified in the build (scripts/minify-css-literals.mjs: the CSS of `css` templates,
// comments and indentation included, went to browsers as written): each widget 0.4–0.7 kB less, every
// widget 139.6 → 137.6, the bundle 119.7 → 117.7. Every ceiling lowered to those figures + 0.2 kB.
// Then widgets follow a `lang` changed on an ancestor (one MutationObserver in DvcElement): every widget
// 137.6 → 137.8, the bundle 117.7 → 117.9, each widget 0.1–0.2 kB; every ceiling those figures + 0.2 kB.
const CEILINGS = {
  'dvc-service-search': 49.8 * kB, 'dvc-service-detail': 46.7 * kB, 'dvc-dossier-form': 75.8 * kB, 'dvc-dossier-tracker': 65.1 * kB,
  'dvc-payment': 60.6 * kB, 'dvc-petition-form': 58.5 * kB, 'dvc-petition-list': 47.7 * kB, 'dvc-petition-lookup': 54.4 * kB,
  'dvc-account': 30.7 * kB, 'dvc-my-dossiers': 53.8 * kB, 'dvc-rating': 60.3 * kB, 'dvc-portal-stats': 51.9 * kB,
  all: 138.0 * kB, english: 12.9 * kB, bundle: 118.1 * kB,
};

let site;
try {
  site = await openCdnSite();
} catch (error) {
  console.error(`size:elements: ${error.message}`);
  process.exit(2);
}
const { widgets } = JSON.parse(readFileSync(join(cdnDir, 'widgets.json'), 'utf8'));
const tags = Object.keys(widgets).filter((tag) => tag !== 'dvc-config');

/** The scripts a page fetched, each counted once: { bytes gzip -9, files }. */
async function load(pageTags, lang = 'vi', script = 'dvc-kit.js') {
  const url = await site.page(`${script}-${lang}-${pageTags.length}-${pageTags[0]}`, {
    lang, script: `/cdn/${script}`, body: pageTags.map((tag) => `<${tag}></${tag}>`).join('\n'),
  });
  const page = await site.browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/cdn/') || !pathname.endsWith('.js')) return;
    scripts.set(pathname, response.buffer().then((body) => gzipSync(body, { level: 9 }).length));
  });
  await page.goto(url, { waitUntil: 'load' });
  // Every widget defined and rendered (an English one renders once its texts are there).
  await page.waitForFunction((names) => names.every((tag) => {
    const element = document.querySelector(tag);
    return customElements.get(tag) && element?.shadowRoot?.childElementCount;
  }), { timeout: 15_000 }, pageTags);
  await page.waitForNetworkIdle({ idleTime: 300 });
  const sizes = await Promise.all(scripts.values());
  await page.close();
  return { gzip: sizes.reduce((sum, n) => sum + n, 0), files: scripts.size };
}

const rows = [];
try {
  for (const tag of tags) rows.push({ name: tag, label: `<${tag}> alone`, ...(await load([tag])) });
  const all = await load(tags);
  rows.push({ name: 'all', label: 'every widget', ...all });
  const allEnglish = await load(tags, 'en');
  rows.push({ name: 'english', label: 'what English adds to every widget', gzip: allEnglish.gzip - all.gzip, files: allEnglish.files - all.files });
  const search = rows.find((r) => r.name === 'dvc-service-search');
  const searchEnglish = await load(['dvc-service-search'], 'en');
  rows.push({ name: 'search-english', label: 'what English adds to the search box', gzip: searchEnglish.gzip - search.gzip, files: searchEnglish.files - search.files });
  rows.push({ name: 'bundle', label: 'for comparison: dvc-kit.bundle.js, any page', ...(await load(['dvc-service-search'], 'vi', 'dvc-kit.bundle.js')) });
} finally {
  await site.close();
}

const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('A Vietnamese page with <dvc-config> and the one-tag embed, as Chromium loads it (scripts, gzip -9):');
  for (const r of rows) {
    const budget = BUDGETS[r.name] ?? (widgets[r.name] ? OTHER : undefined);
    const verdict = budget ? ` — budget ${fmt(budget)}: ${r.gzip <= budget ? 'met' : `NOT met (${fmt(r.gzip - budget)} over)`}` : '';
    console.log(`  ${r.label.padEnd(44)} ${fmt(r.gzip).padStart(8)} in ${String(r.files).padStart(2)} files${verdict}`);
  }
}
const over = rows.filter((r) => CEILINGS[r.name] && r.gzip > CEILINGS[r.name]);
for (const r of over) console.error(`Over the regression ceiling: ${r.label} ${fmt(r.gzip)} > ${fmt(CEILINGS[r.name])}`);
if (over.length) process.exit(1);
