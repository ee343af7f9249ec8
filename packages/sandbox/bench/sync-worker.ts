/**
 * A child process of the status-sync bench (sync-run.ts starts it): one job, then it exits.
 *
 *   sync-worker.ts push <url> <records> <seed> <checkpoint file> <concurrency> <batch size>
 *     pushes the generated records through the SDK's `sync(conn).push` (resuming from the checkpoint
 *     file when it holds a position) and tallies every record it generated: (code, version) pairs.
 *   sync-worker.ts feed <url>
 *     reads the whole change feed through `sync(conn).changes()` and tallies its dossiers.
 *
 * It speaks one JSON object a line on stdout ({ event: 'start' | 'progress' | 'done', … }): counts,
 * positions and checksums only, never a record's content (the applicants are made up, but a bench
 * prints no personal data of any kind).
 */
import { createClient } from '@dvc-kit/sdk';
import { sync } from '@dvc-kit/sdk/server';
import { TEST_SECRET_KEY } from '../src/config.js';
import { benchRecords, cpuSeconds, peakRss, Tally } from './sync-records.js';

const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function push(url: string, count: number, seed: number, checkpoint: string, concurrency: number, batchSize: number) {
  const dvc = createClient({ baseUrl: url, key: TEST_SECRET_KEY, timeout: 120_000 });
  const tally = new Tally();
  function* tallied() {
    for (const record of benchRecords(seed, count)) {
      tally.add(record.code, record.version);
      yield record;
    }
  }
  const problems: Record<string, number> = {};
  say({ event: 'start' });
  const totals = await sync(dvc.connection).push(tallied(), {
    checkpoint,
    concurrency,
    batchSize,
    onProgress: (t) => say({ event: 'progress', position: t.position, sent: t.sent }),
    onRecordProblem: (p) => {
      // Only which kind and which field: never the record.
      const what = `${p.result}${p.errors[0] ? ` ${p.errors[0].path} ${p.errors[0].code}` : ''}`;
      problems[what] = (problems[what] ?? 0) + 1;
    },
  });
  say({ event: 'done', totals, problems, count: tally.count, checksum: tally.checksum, peakRss: peakRss(), cpu: cpuSeconds() });
}

async function feed(url: string) {
  const dvc = createClient({ baseUrl: url, key: TEST_SECRET_KEY, timeout: 120_000 });
  const tally = new Tally();
  const codes = new Set<string>();
  const types: Record<string, number> = {};
  let pages = 0;
  say({ event: 'start' });
  for await (const page of sync(dvc.connection).changes({ limit: 1000 })) {
    pages++;
    for (const change of page.data) {
      types[change.type] = (types[change.type] ?? 0) + 1;
      if (change.type !== 'dossier.upserted') continue;
      codes.add(change.code);
      tally.add(change.code, change.dossier?.version ?? change.version);
    }
    if (pages % 20 === 0) say({ event: 'progress', read: tally.count });
  }
  say({ event: 'done', pages, types, count: tally.count, distinct: codes.size, checksum: tally.checksum, peakRss: peakRss() });
}

const [mode, url, ...rest] = process.argv.slice(2);
if (mode === 'push' && url && rest.length === 5) {
  await push(url, Number(rest[0]), Number(rest[1]), rest[2]!, Number(rest[3]), Number(rest[4]));
} else if (mode === 'feed' && url) {
  await feed(url);
} else {
  console.error('usage: sync-worker.ts push <url> <records> <seed> <checkpoint> <concurrency> <batch size> | feed <url>');
  process.exit(2);
}
