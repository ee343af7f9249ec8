/**
 * `npm run bench:relevance`: the search's relevance on the public query set (see relevance.ts),
 * against the demo catalogue (the sandbox as `npm start` seeds it), over HTTP. Prints hit@1, hit@3,
 * MRR, the zero-result rate, hit@3 per kind of query, and every query that missed.
 *
 *   npm run bench:relevance [-- --all]   (--all also lists the hits)
 */
import { startSandbox } from '../src/index.js';
import { evaluate } from './relevance.js';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, rateLimit: 1_000_000 });
try {
  const report = await evaluate(sandbox.url);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`relevance on ${report.queries} queries with answers (+ ${report.noAnswer.queries} with none), demo catalogue, national search, first 10 results:`);
  console.log(`  hit@1               ${pct(report.hitAt1)}`);
  console.log(`  hit@3               ${pct(report.hitAt3)}   (goal ≥ 95 %)`);
  console.log(`  MRR                 ${report.mrr.toFixed(3)}`);
  console.log(`  zero-result rate    ${pct(report.zeroResultRate)}   (goal 0: never empty where a procedure exists)`);
  console.log(`  no such procedure   ${report.noAnswer.saidSo} of ${report.noAnswer.queries} answered "nothing matches well"`);
  console.log('\nhit@3 by kind of query:');
  for (const [kind, { queries, hitAt3 }] of [...report.byKind].sort((a, b) => b[1].queries - a[1].queries)) {
    console.log(`  ${kind.padEnd(15)} ${String(hitAt3).padStart(3)} / ${String(queries).padEnd(3)} ${pct(hitAt3 / queries)}`);
  }
  const misses = report.outcomes.filter((o) => (o.accept.length ? !(o.rank >= 1 && o.rank <= 3) : o.match === 'all'));
  console.log(`\nmisses (${misses.length}):`);
  for (const o of misses) {
    console.log(`  "${o.q}" [${o.kind}] wanted ${o.accept.join(' ') || '(nothing)'}; got ${o.got.slice(0, 5).join(' ') || '(none)'} (${o.match}, rank ${o.rank || '>10'})`);
  }
  if (process.argv.includes('--all')) {
    console.log('\nall:');
    for (const o of report.outcomes) console.log(`  ${String(o.rank || '-').padStart(2)}  "${o.q}" → ${o.got.slice(0, 3).join(' ')} (${o.match})`);
  }
} finally {
  await sandbox.close();
}
