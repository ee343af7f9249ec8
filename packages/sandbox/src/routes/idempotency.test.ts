// Idempotency keys expire (idempotencyTtlSeconds, 24 h by default): over HTTP, a key past its
// retention is handled as new and its stored answer is purged by the simulation loop, in bounded
// chunks; a fresh key still replays. The clock is the sandbox's own (`now`), moved by the test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RunningSandbox } from '../index.js';
import { expireIdempotencyKeys } from '../store/idempotency.js';
import { client, syncRecord, testSandbox, TEST_SECRET_KEY } from '../test-support.js';

const HOUR = 3600 * 1000;

describe('idempotency keys expire', () => {
  let sandbox: RunningSandbox;
  let clock = Date.parse('2026-06-10T03:00:00Z');
  const api = () => client(sandbox.url, { key: TEST_SECRET_KEY });
  const push = (n: number, idempotencyKey: string) => api().post('/v1/sync/dossiers', { records: [syncRecord(n)] }, { idempotencyKey });
  const stored = (idempotencyKey: string) =>
    sandbox.sandbox.db.prepare('SELECT count(*) FROM idempotency WHERE idempotency_key = ?').pluck().get(idempotencyKey) as number;

  before(async () => {
    sandbox = await testSandbox({ now: () => new Date(clock), idempotencyTtlSeconds: 2 * 3600 });
  });
  after(() => sandbox.close());

  test('an expired key is purged and handled as new; a fresh key still replays', async () => {
    const first = await push(1, 'sync-batch-expiring-0001');
    assert.equal(first.status, 200);
    assert.equal(first.body.results[0].result, 'created');
    const replay = await push(1, 'sync-batch-expiring-0001');
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);

    clock += 90 * 60 * 1000; // 1.5 h: the first key still has half an hour
    const fresh = await push(2, 'sync-batch-fresh-0002');
    assert.equal(fresh.body.results[0].result, 'created');
    await sandbox.tick();
    assert.equal(stored('sync-batch-expiring-0001'), 1, 'not expired yet: kept');

    clock += 1 * HOUR; // 2.5 h after the first, 1 h after the fresh one
    await sandbox.tick();
    assert.equal(stored('sync-batch-expiring-0001'), 0, 'expired: purged by the simulation loop');
    assert.equal(stored('sync-batch-fresh-0002'), 1);

    const again = await push(2, 'sync-batch-fresh-0002');
    assert.equal(again.headers.get('idempotency-replayed'), 'true', 'a fresh key replays');
    assert.deepEqual(again.body, fresh.body);
    // The expired key is new: the batch is handled again (the record is there: unchanged), not replayed.
    const late = await push(1, 'sync-batch-expiring-0001');
    assert.equal(late.status, 200);
    assert.equal(late.headers.get('idempotency-replayed'), null);
    assert.equal(late.body.results[0].result, 'unchanged');
  });

  test('a key past its retention is new even before the purge reaches it', async () => {
    const first = await push(3, 'sync-batch-unpurged-0003');
    assert.equal(first.body.results[0].result, 'created');
    clock += 3 * HOUR; // no tick: the row is still stored
    assert.equal(stored('sync-batch-unpurged-0003'), 1);
    // Another body under the same key is no conflict once the key has expired.
    const other = await push(4, 'sync-batch-unpurged-0003');
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('idempotency-replayed'), null);
    assert.equal(other.body.results[0].code, syncRecord(4).code);
  });

  test('the purge deletes in bounded chunks, oldest first, and leaves the rest for the next ticks', async () => {
    clock += 3 * HOUR;
    await sandbox.tick(); // what earlier tests left, expired now
    assert.equal(sandbox.sandbox.db.prepare('SELECT count(*) FROM idempotency').pluck().get(), 0);
    for (let n = 10; n < 15; n++) {
      assert.equal((await push(n, `sync-batch-chunk-${n}`)).status, 200);
      clock += 60 * 1000;
    }
    clock += 3 * HOUR;
    const fresh = await push(20, 'sync-batch-chunk-fresh');
    assert.equal(fresh.status, 200);
    assert.equal(expireIdempotencyKeys(sandbox.sandbox, 2, 1), 2, 'one chunk of 2');
    assert.deepEqual([10, 11, 12, 13, 14].map((n) => stored(`sync-batch-chunk-${n}`)), [0, 0, 1, 1, 1], 'the oldest went first');
    assert.equal(expireIdempotencyKeys(sandbox.sandbox, 2, 10), 3, 'the rest, in chunks');
    assert.equal(stored('sync-batch-chunk-fresh'), 1);
    assert.equal(expireIdempotencyKeys(sandbox.sandbox, 2, 10), 0);
  });
});
