// sync(connection) against real sandboxes over HTTP: batches, per-record problems, retries with the same
// Idempotency-Key, a push resumed from its checkpoint after a crash, and the change feed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SyncDossier, SyncDossierRecordInput } from '@dvc-kit/contract';
import { createClient } from '../client.js';
import { isDvcError } from '../errors.js';
import { recordingFetch, rejection, syncRecord, TEST_SECRET_KEY, testSandbox, withSandbox, type RunningSandbox } from '../test-support.js';
import { sync, type CheckpointStore, type SyncRecordProblem, type SyncTotals } from './sync.js';

/** `count` records numbered from `from`, their codes of either shape (every third one iGate's). */
function* records(count: number, from = 1, version = 1): Generator<SyncDossierRecordInput> {
  for (let n = from; n < from + count; n++) {
    yield n % 3 === 0
      ? syncRecord(n, { code: `G09.20-20260609-${String(n).padStart(7, '0')}`, agencyCode: 'G09.20', version })
      : syncRecord(n, { version });
  }
}

/** Every dossier of the feed as it is now (ids of progress entries left out: each portal numbers its own). */
async function snapshot(url: string): Promise<Map<string, unknown>> {
  const dossiers = new Map<string, unknown>();
  for await (const page of sync(createClient({ baseUrl: url, key: TEST_SECRET_KEY }).connection).changes({ limit: 1000 })) {
    for (const change of page.data) {
      if (change.type !== 'dossier.upserted') continue;
      const { progress, ...dossier } = change.dossier as SyncDossier;
      dossiers.set(change.code, { ...dossier, progress: progress.map(({ id: _id, ...entry }) => entry) });
    }
  }
  return dossiers;
}

describe('sync.push', () => {
  const sb = withSandbox({ rateLimit: 100_000 });
  const dvc = () => sb.client({ key: TEST_SECRET_KEY });

  it('sends batches of the size asked, reports each record not applied with its position, and counts', async () => {
    const problems: SyncRecordProblem[] = [];
    const progress: SyncTotals[] = [];
    const input = [...records(250)];
    input[7] = { ...input[7]!, applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', phone: '0123456789' } };
    const recorder = recordingFetch();
    const totals = await sync(sb.client({ key: TEST_SECRET_KEY, fetch: recorder.fetch }).connection).push(input, {
      batchSize: 100, onRecordProblem: (p) => void problems.push(p), onProgress: (t) => void progress.push(t),
    });
    assert.deepEqual(
      { ...totals },
      { sent: 250, created: 249, updated: 0, unchanged: 0, stale: 0, invalid: 1, skipped: 0, batches: 3, retries: 0, position: 250 },
    );
    assert.equal(recorder.requests.length, 3);
    assert.equal(new Set(recorder.requests.map((r) => r.headers.get('idempotency-key'))).size, 3, 'a key per batch');
    assert.deepEqual(problems.map((p) => [p.index, p.code, p.result, p.errors.map((e) => `${e.path} ${e.code}`)]), [
      [7, input[7]!.code, 'invalid', ['applicant.phone phone.prefix']],
    ]);
    assert.deepEqual(progress.map((t) => t.position).sort((a, b) => a - b).at(-1), 250);

    // Again, with one record older than stored: its position in the whole input.
    const again = [...records(250)];
    again[201] = { ...again[201]!, version: 0 };
    problems.length = 0;
    const second = await sync(dvc().connection).push(again, { batchSize: 100, onRecordProblem: (p) => void problems.push(p) });
    assert.deepEqual([second.unchanged, second.stale, second.created], [248, 1, 1], 'record 7, valid now, is created');
    assert.deepEqual(problems.map((p) => [p.index, p.result, p.version, p.storedVersion]), [[201, 'stale', 0, 1]]);
  });

  it('ends a batch early rather than pass maxBatchBytes', async () => {
    const recorder = recordingFetch();
    const totals = await sync(sb.client({ key: TEST_SECRET_KEY, fetch: recorder.fetch }).connection)
      .push(records(30, 5000), { maxBatchBytes: 12 * 1024 });
    assert.equal(totals.created, 30);
    assert.ok(totals.batches >= 3, `${totals.batches} batches of at most 12 KiB`);
  });

  it('refuses a record no batch can carry, names it, and pushes the others with the position past it', async () => {
    const input = [...records(3, 5100)];
    input.splice(1, 0, syncRecord(5199, { summary: 'Hồ sơ kèm bản quét. '.repeat(1000).slice(0, 2000), progress: Array.from({ length: 100 }, (_, i) => ({
      at: '2026-06-09T08:15:00+07:00', officer: 'Nguyễn Văn An', action: `Bước ${i}: ${'chuyển xử lý '.repeat(150)}`.slice(0, 2000), statusCode: 4,
    })) }));
    const problems: SyncRecordProblem[] = [];
    const recorder = recordingFetch();
    const totals = await sync(sb.client({ key: TEST_SECRET_KEY, fetch: recorder.fetch, locale: 'en' }).connection)
      .push(input, { maxBatchBytes: 64 * 1024, onRecordProblem: (p) => void problems.push(p) });
    assert.deepEqual([totals.created, totals.invalid, totals.sent, totals.position], [3, 1, 4, 4]);
    assert.deepEqual(problems.map((p) => [p.index, p.code, p.result, p.errors[0]!.code]), [[1, syncRecord(5199).code, 'invalid', 'record_too_large']]);
    assert.match(problems[0]!.errors[0]!.message, /^The record is \d+ KB, more than a batch may carry \(maxBatchBytes, 64 KB\)\.$/);
    assert.equal(recorder.requests.length, 2, 'the records before and after it, in two batches (order kept)');
  });

  it('sends a batch whose answer was lost again with the same Idempotency-Key, and counts it once', async () => {
    let lost = 0;
    const recorder = recordingFetch(async (input) => {
      const request = input as Request;
      const response = await globalThis.fetch(request);
      // The first answer of every batch is lost on the way back (the portal did apply it).
      if (lost < 2 && !seen.has(request.headers.get('idempotency-key')!)) {
        seen.add(request.headers.get('idempotency-key')!);
        lost++;
        await response.body?.cancel();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    });
    const seen = new Set<string>();
    const totals = await sync(sb.client({ key: TEST_SECRET_KEY, fetch: recorder.fetch, retry: 0 }).connection)
      .push(records(200, 6000), { batchSize: 100, concurrency: 1 });
    assert.deepEqual([totals.created, totals.retries, totals.batches], [200, 2, 2]);
    const keys = recorder.requests.map((r) => r.headers.get('idempotency-key'));
    assert.deepEqual(keys, [keys[0], keys[0], keys[2], keys[2]], 'each batch sent twice with its own key');
    assert.notEqual(keys[0], keys[2]);
  });

  it('stops at the first error that another attempt would not mend (a key without the scope)', async () => {
    const error = await rejection(sync(sb.client({ key: 'pk_test_dvckit_local' }).connection).push(records(10, 7000)));
    assert.ok(isDvcError(error, 'permission'));
    assert.equal(error.code, 'forbidden_scope');
  });

  it('refuses options out of range before sending anything', async () => {
    const error = await rejection(sync(dvc().connection).push(records(1), { batchSize: 1001, concurrency: 0 }));
    assert.ok(isDvcError(error, 'validation'));
    assert.deepEqual(error.fieldErrors.map((e) => e.path), ['batchSize', 'concurrency']);
  });
});

describe('sync.push resumed from its checkpoint after a crash', () => {
  let crashed: RunningSandbox;
  let clean: RunningSandbox;
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sync-'));
  before(async () => {
    [crashed, clean] = await Promise.all([testSandbox({ rateLimit: 100_000 }), testSandbox({ rateLimit: 100_000 })]);
  });
  after(async () => {
    await Promise.all([crashed.close(), clean.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('aborted half way, a second run skips what the checkpoint saved and ends in the same state as one run', async () => {
    const checkpoint = join(dir, 'position.json');
    const client = createClient({ baseUrl: crashed.url, key: TEST_SECRET_KEY });
    const crash = new AbortController();
    const first = await rejection(sync(client.connection).push(records(1000), {
      batchSize: 100, concurrency: 3, checkpoint,
      onProgress: (t) => {
        if (t.position >= 500) crash.abort(new Error('simulated crash'));
      },
      signal: crash.signal,
    }));
    assert.equal(first.message, 'simulated crash');
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')).position as number;
    assert.ok(saved >= 500 && saved < 1000 && saved % 100 === 0, `saved position ${saved}`);

    const resumed = await sync(client.connection).push(records(1000), { batchSize: 100, concurrency: 3, checkpoint });
    assert.equal(resumed.skipped, saved);
    assert.equal(resumed.sent, 1000 - saved);
    assert.equal(resumed.position, 1000);
    assert.equal(resumed.created + resumed.unchanged, 1000 - saved, 'a batch applied but not saved comes back unchanged');
    assert.equal(JSON.parse(readFileSync(checkpoint, 'utf8')).position, 1000);

    await sync(createClient({ baseUrl: clean.url, key: TEST_SECRET_KEY }).connection).push(records(1000));
    const [after, expected] = await Promise.all([snapshot(crashed.url), snapshot(clean.url)]);
    assert.equal(after.size, 1000);
    assert.deepEqual(after, expected);
  });

  it('keeps its position in any store with load() and save()', async () => {
    const saves: number[] = [];
    const store: CheckpointStore = { load: () => 40, save: (position) => void saves.push(position) };
    const totals = await sync(createClient({ baseUrl: clean.url, key: TEST_SECRET_KEY }).connection)
      .push(records(100, 20_000), { batchSize: 20, concurrency: 1, checkpoint: store });
    assert.deepEqual([totals.skipped, totals.created], [40, 60]);
    assert.deepEqual(saves, [60, 80, 100]);
  });

  it('stops when its position cannot be saved, with the store\'s error', async () => {
    const full = new Error('disk full');
    const store: CheckpointStore = { load: () => null, save: (position) => { if (position > 20) throw full; } };
    const recorder = recordingFetch();
    const error = await rejection(sync(createClient({ baseUrl: clean.url, key: TEST_SECRET_KEY, fetch: recorder.fetch }).connection)
      .push(records(200, 30_000), { batchSize: 20, concurrency: 1, checkpoint: store }));
    assert.equal(error, full);
    assert.ok(recorder.requests.length <= 3, `${recorder.requests.length} of 10 batches sent: it stopped`);
  });
});

describe('sync.changes', () => {
  let clock = Date.parse('2026-06-10T03:00:00Z');
  const sb = withSandbox({ rateLimit: 100_000, now: () => new Date(clock), syncRetentionSeconds: 600 });
  const feed = () => sync(sb.client({ key: TEST_SECRET_KEY }).connection);

  it('gives the feed page by page in commit order, with the cursor to commit after each page', async () => {
    await feed().push(records(5, 100));
    await feed().remove(syncRecord(101).code, { version: 1 });
    const pages = [];
    for await (const page of feed().changes({ limit: 2 })) pages.push(page);
    assert.deepEqual(pages.map((p) => [p.data.length, p.hasMore]), [[2, true], [2, true], [1, false]]);
    const changes = pages.flatMap((p) => p.data);
    assert.deepEqual(changes.map((c) => c.type), ['dossier.upserted', 'dossier.upserted', 'dossier.upserted', 'dossier.upserted', 'dossier.deleted']);
    assert.deepEqual(changes.map((c) => c.code).slice(-1), [syncRecord(101).code]);
    assert.ok(!changes.slice(0, -1).some((c) => c.code === syncRecord(101).code), 'the removed dossier keeps only its tombstone');

    // From the committed cursor: only what came after it.
    await feed().push([syncRecord(100, { version: 2, statusCode: 9 })]);
    const next = [];
    for await (const page of feed().changes({ cursor: pages.at(-1)!.nextCursor })) next.push(...page.data);
    assert.deepEqual(next.map((c) => [c.type, c.code, c.version, c.dossier?.status]), [['dossier.upserted', syncRecord(100).code, 2, 'releasing']]);
  });

  it('follows the feed as it grows until aborted', async () => {
    const stop = new AbortController();
    const seen: string[] = [];
    let end = '';
    for await (const page of feed().changes({ follow: true, pollInterval: 20, signal: stop.signal, limit: 1000 })) {
      seen.push(...page.data.map((c) => c.code));
      end = page.nextCursor;
      if (!page.hasMore && !seen.includes(syncRecord(200).code)) await feed().push([syncRecord(200)]);
      else if (seen.includes(syncRecord(200).code)) stop.abort();
    }
    assert.ok(seen.includes(syncRecord(200).code));
    assert.ok(end);
  });

  it('rejects a cursor older than the retained window with cursor_expired', async () => {
    let cursor = '';
    for await (const page of feed().changes()) cursor = page.nextCursor;
    clock += 601_000;
    const error = await rejection((async () => {
      for await (const _ of feed().changes({ cursor })) { /* nothing */ }
    })());
    assert.ok(isDvcError(error, 'invalid_request'), String(error));
    assert.deepEqual([error.status, error.code], [410, 'cursor_expired']);
    assert.match(error.message, /đồng bộ lại từ đầu/);
  });
});
