/**
 * Status-sync benchmark (not a test; issue 18 part 6): pushes generated dossier records (sync-records.ts:
 * deterministic from a seed, 2–6 progress entries each, both real shapes of codes) through the SDK's
 * `sync(conn).push` into a sandbox on disk, the sandbox and the pusher each in its own process, and
 * prints records/s (overall and per 100,000-record window), both processes' peak RSS (VmHWM) and the
 * totals. Then a full read of the change feed through `sync(conn).changes()` must name every record
 * once, with its version: the count of distinct codes and an order-independent checksum of
 * (code, version) equal the generator's. Then a second run on a fresh data dir in which the pusher is
 * killed (SIGKILL) half way and a new one resumes from its checkpoint file must end the same.
 *
 *   npm run bench:sync [-- --records 100000] [--seed 18] [--concurrency 2] [--kill-at 0.5] [--no-resume] [--keep-data]
 *
 * Goals on the team's 2 cores: ≥ 10,000 records/s sustained, each process under 300 MB RSS.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { MAX_RECORDS } from './sync-records.js';
import { runSync, sandboxCommand, type RunFigures } from './sync-run.js';

function fail(message: string): never {
  console.error(`bench:sync: ${message}\nUsage: npm run bench:sync -- [--records N] [--seed N] [--concurrency 1-16] [--kill-at 0.05-0.95] [--no-resume] [--keep-data]`);
  process.exit(2);
}

function parse() {
  return parseArgs({
    options: {
      records: { type: 'string' }, seed: { type: 'string' }, concurrency: { type: 'string' }, 'kill-at': { type: 'string' },
      'no-resume': { type: 'boolean' }, 'keep-data': { type: 'boolean' }, help: { type: 'boolean' },
    },
    strict: true,
  }).values;
}
let flags: ReturnType<typeof parse>;
try {
  flags = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (flags.help) fail('help');

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}
const records = integer('records', flags.records, 1_000_000, 1000, MAX_RECORDS);
const seed = integer('seed', flags.seed, 18, 0, 2 ** 31 - 1);
const concurrency = integer('concurrency', flags.concurrency, 2, 1, 16);
const killShare = flags['kill-at'] === undefined ? 0.5 : Number(flags['kill-at']);
if (!(killShare >= 0.05 && killShare <= 0.95)) fail(`--kill-at must be a share from 0.05 to 0.95 (got "${flags['kill-at']}")`);

const MB = 1024 * 1024;
const n = (x: number) => Math.round(x).toLocaleString('en');
const mb = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`);
const log = (line: string) => console.log(line);
console.log(sandboxCommand().built
  ? 'sandbox: its built CLI (packages/sandbox/dist/cli.js), as deployed'
  : 'sandbox: from its sources through tsx (run `npm run build` first to measure the built CLI, as deployed: less memory)');

function report(label: string, f: RunFigures, expected?: { count: number; checksum: string }) {
  const p = f.push;
  console.log(`\n== ${label} ==`);
  console.log(`push: ${n(records)} records in ${p.seconds.toFixed(1)} s = ${n(p.rate)} records/s (first record sent → last batch answered)`);
  for (const w of p.windows) {
    console.log(`  records ${n(w.from).padStart(9)} – ${n(w.to).padEnd(9)}  ${w.seconds.toFixed(1).padStart(6)} s  ${n(w.rate).padStart(7)} records/s`);
  }
  const slowest = Math.min(...p.windows.filter((w) => w.to - w.from >= 0.9 * Math.min(100_000, records)).map((w) => w.rate));
  console.log(`  slowest full window: ${Number.isFinite(slowest) ? n(slowest) : 'n/a'} records/s`);
  console.log(`  CPU: sandbox ${p.sandboxCpuSeconds.toFixed(1)} s = ${n((p.sandboxCpuSeconds / records) * 1e6)} µs a record `
    + `(${n(records / p.sandboxCpuSeconds)} records per CPU-second of its one thread); pusher${p.pusherPeakRss.length > 1 ? 's' : ''} ${p.pusherCpuSeconds.toFixed(1)} s`);
  console.log(`  totals: ${Object.entries(p.totals).map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  if (Object.keys(p.problems).length) console.log(`  not applied: ${JSON.stringify(p.problems)}`);
  if (f.resume) {
    const r = f.resume;
    console.log(`resume: killed at ${n(r.killedAtApplied)} applied; checkpoint file ${n(r.checkpoint)}; the new pusher skipped ${n(r.skipped)}, `
      + `sent again ${n(r.resent)} already applied (answered unchanged); first batch ${r.restartSeconds.toFixed(1)} s after the kill`);
  }
  console.log(`peak RSS: sandbox ${mb(f.sandboxPeakRssPush)} by the end of the push, ${mb(f.sandboxPeakRss)} by the end of the feed read; pusher ${p.pusherPeakRss.map(mb).join(' then ')}, feed reader ${mb(f.feed.peakRss)}`);
  console.log(`feed: ${n(f.feed.count)} upserts (${n(f.feed.distinct)} distinct codes) in ${f.feed.pages} pages, ${f.feed.seconds.toFixed(1)} s = ${n(f.feed.rate)} dossiers/s; `
    + `change types ${JSON.stringify(f.feed.types)}`);
  console.log(`checksum of (code, version): generator ${p.generated.checksum} (${n(p.generated.count)} records), feed ${f.feed.checksum}`);
  console.log(`data dir: ${mb(f.dataBytes)} on disk${flags['keep-data'] ? ` (kept: ${f.dataDir})` : ''}; sandbox started in ${f.sandboxStartSeconds.toFixed(1)} s`);
  const problems: string[] = [];
  if (p.generated.count !== records) problems.push(`the generator gave ${p.generated.count} records, not ${records}`);
  if (f.feed.distinct !== records) problems.push(`the feed names ${f.feed.distinct} distinct codes, not ${records}`);
  if (f.feed.count !== f.feed.distinct) problems.push(`the feed has ${f.feed.count - f.feed.distinct} doubled upserts`);
  if (f.feed.checksum !== p.generated.checksum) problems.push('the feed\'s checksum differs from the generator\'s');
  if (expected && (f.feed.count !== expected.count || f.feed.checksum !== expected.checksum)) problems.push('the feed differs from the clean run\'s');
  console.log(problems.length ? `CHECK FAILED: ${problems.join('; ')}` : 'check: nothing lost, nothing doubled (count and checksum equal)');
  return problems.length === 0;
}

console.log(`bench:sync — ${n(records)} records, seed ${seed}, pusher concurrency ${concurrency}; `
  + `${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start; Node ${process.version}`);
console.log('(machine shared with other work: timings are noisy)');

const common = { records, seed, concurrency, keepData: flags['keep-data'] ?? false, log };
console.log('\nclean run: a fresh sandbox on disk, one pusher');
const clean = await runSync(common);
let ok = report('clean run', clean);
if (!flags['no-resume']) {
  const killAt = Math.round(records * killShare);
  console.log(`\nkill-and-resume run: a fresh sandbox on disk; the pusher is killed at ${n(killAt)} records applied, a new one resumes from the checkpoint`);
  const resumed = await runSync({ ...common, killAt });
  ok = report('kill-and-resume run', resumed, { count: clean.feed.count, checksum: clean.feed.checksum }) && ok;
}
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
process.exitCode = ok ? 0 : 1;
