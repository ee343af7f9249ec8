// The machinery of `npm run bench:sync` (bench/sync-run.ts) at a tiny size: a sandbox on disk and a
// pusher in their own processes, a full read of the change feed, and a pusher killed (SIGKILL) half way
// and resumed from its checkpoint file. Counts and checksums only: no timing is asserted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { benchRecord, benchRecords, Tally } from '../bench/sync-records.js';
import { runSync } from '../bench/sync-run.js';
import { check, syncDossierRecord } from '@dvc-kit/contract';

const RECORDS = 3000;
const SEED = 7;

describe('bench:sync machinery', () => {
  test('the generated records are valid, distinct, of both code shapes, and the same on every run', () => {
    const records = [...benchRecords(SEED, 500)];
    for (const record of records) {
      const parsed = check(syncDossierRecord, record, 'en');
      assert.ok(parsed.ok, `${record.code}: ${JSON.stringify(!parsed.ok && parsed.errors)}`);
      assert.ok(record.progress!.length >= 2 && record.progress!.length <= 6);
    }
    assert.equal(new Set(records.map((r) => r.code)).size, records.length);
    assert.ok(records.some((r) => /^G\d{2}\.\d{2}-\d{8}-\d{7}$/.test(r.code)), 'iGate shape');
    assert.ok(records.some((r) => /^000\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4,}$/.test(r.code)), 'the other shape');
    assert.deepEqual(benchRecord(SEED, 123), records[123]);
    assert.notDeepEqual(benchRecord(SEED + 1, 123), records[123], 'another seed, other records');
  });

  test('the checksum is order-independent and tells a lost, doubled or changed pair', () => {
    const of = (pairs: [string, number][]) => {
      const tally = new Tally();
      for (const [code, version] of pairs) tally.add(code, version);
      return tally.checksum;
    };
    const pairs: [string, number][] = [['A-1', 1], ['B-2', 2], ['C-3', 3]];
    assert.equal(of(pairs), of([...pairs].reverse()));
    assert.notEqual(of(pairs), of(pairs.slice(1)), 'lost');
    assert.notEqual(of(pairs), of([...pairs, pairs[0]!]), 'doubled');
    assert.notEqual(of(pairs), of([['A-1', 2], ['B-2', 2], ['C-3', 3]]), 'another version');
  });

  test('a clean run and a killed-and-resumed run both end with every record in the feed once, with its version', { timeout: 180_000 }, async () => {
    const options = { records: RECORDS, seed: SEED, concurrency: 2, batchSize: 100, window: 1000 };
    const clean = await runSync(options);
    assert.equal(clean.push.generated.count, RECORDS);
    assert.equal(clean.push.totals.created, RECORDS);
    assert.equal(clean.feed.distinct, RECORDS);
    assert.equal(clean.feed.count, RECORDS);
    assert.deepEqual(clean.feed.types, { 'dossier.upserted': RECORDS });
    assert.equal(clean.feed.checksum, clean.push.generated.checksum);
    assert.ok(clean.push.windows.length >= 3, 'a rate per window of 1,000 records');
    assert.ok(clean.sandboxPeakRss === null || clean.sandboxPeakRss > 0);

    const resumed = await runSync({ ...options, killAt: RECORDS / 2 });
    const r = resumed.resume!;
    assert.ok(r.killedAtApplied >= RECORDS / 2 && r.killedAtApplied < RECORDS, `killed at ${r.killedAtApplied}`);
    assert.ok(r.checkpoint > 0 && r.checkpoint <= r.killedAtApplied, `checkpoint ${r.checkpoint}`);
    assert.equal(r.skipped, r.checkpoint, 'the new pusher skipped what the checkpoint says');
    assert.equal(resumed.push.pusherPeakRss.length, 2, 'two pushers');
    assert.equal(resumed.push.generated.count, RECORDS);
    assert.equal(resumed.feed.distinct, RECORDS);
    assert.equal(resumed.feed.count, RECORDS);
    assert.equal(resumed.feed.checksum, resumed.push.generated.checksum);
    assert.equal(resumed.feed.checksum, clean.feed.checksum, 'the same as the clean run');
  });
});
