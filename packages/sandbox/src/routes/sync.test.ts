// Status sync of the one-stop systems over HTTP: batches of records with versions, replays, field
// errors per record, tenants, the change feed (order, tombstones, resync), and synced dossiers as
// ordinary dossiers (tracked by code and phone, counted, listed to the citizen's account).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testKeys, type ApiKey } from '../config.js';
import type { RunningSandbox } from '../index.js';
import {
  client, loginAs, moveDossier, submitDossier, SYNC_AGENCY, syncRecord, testSandbox, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, type Reply,
} from '../test-support.js';

/** A one-stop system of Thanh Hóa (38): its key acts for Thanh Hóa's agencies only. */
const H38_KEY = 'sk_test_motcua_thanhhoa';
/** A secret key that acts for no agency. */
const NO_AGENCY_KEY = 'sk_test_no_agency_key';
const keys: ApiKey[] = [
  ...testKeys,
  { key: H38_KEY, kind: 'secret', scopes: ['read', 'sync'], allowedOrigins: [], label: 'Thanh Hóa', agencies: ['*.H38'] },
  { key: NO_AGENCY_KEY, kind: 'secret', scopes: ['sync'], allowedOrigins: [], label: 'none', agencies: [] },
];
const PHONE = '0912345678';

type Change = { seq: number; type: string; code: string; version: number | null; dossier: any; progress: any };

describe('sync', () => {
  let sandbox: RunningSandbox;
  let clock = Date.parse('2026-06-10T03:00:00Z');
  const api = () => client(sandbox.url, { key: TEST_SECRET_KEY });
  const push = (records: unknown[], options: { key?: string; idempotencyKey?: string; locale?: string } = {}) =>
    client(sandbox.url, { key: options.key ?? TEST_SECRET_KEY }).post('/v1/sync/dossiers', { records }, options);
  /** Every change after `cursor`, following the pages; and the cursor to read on from. */
  async function feed(cursor?: string, key = TEST_SECRET_KEY, limit = 3): Promise<{ changes: Change[]; cursor: string }> {
    const changes: Change[] = [];
    for (;;) {
      const reply = await client(sandbox.url, { key }).get(`/v1/sync/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      changes.push(...reply.body.data);
      cursor = reply.body.nextCursor as string;
      if (!reply.body.hasMore) return { changes, cursor };
    }
  }
  const ok = (reply: Reply) => {
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  };

  before(async () => {
    sandbox = await testSandbox({ keys, now: () => new Date(clock), syncRetentionSeconds: 3600 });
  });
  after(() => sandbox.close());

  test('a batch answers one result per record, in order; a synced dossier is tracked by its code and the applicant\'s phone', async () => {
    const body = ok(await push([syncRecord(1), syncRecord(2, { code: 'G09.20-20260609-0092637', agencyCode: 'G09.20', statusCode: 9 })]));
    assert.deepEqual(body.results.map((r: any) => [r.index, r.code, r.result, r.version, r.storedVersion, r.errors]), [
      [0, `${SYNC_AGENCY}-210531-0001`, 'created', 1, 1, []],
      [1, 'G09.20-20260609-0092637', 'created', 1, 1, []],
    ]);
    assert.deepEqual(body.counts, { created: 2, updated: 0, unchanged: 0, stale: 0, invalid: 0 });

    // Both shapes of codes, looked up as a citizen looks them up: the code and the phone.
    const citizen = client(sandbox.url, { key: TEST_PUBLISHABLE_KEY });
    const first = ok(await citizen.get(`/v1/dossiers/${SYNC_AGENCY}-210531-0001`, { verifier: PHONE }));
    assert.equal(first.status, 'processing');
    assert.equal(first.channel, 'in_person');
    assert.deepEqual(first.agency, { code: SYNC_AGENCY, name: first.agency.name });
    assert.notEqual(first.agency.name, SYNC_AGENCY, "the portal's name of a known agency");
    assert.equal(first.service.code, '1.004222');
    assert.equal(first.receivedAt, '2021-05-31T01:15:00.000Z');
    assert.deepEqual(first.fees, { total: 20_000, paid: 20_000, lines: [{ name: 'Lệ phí đăng ký thường trú', amount: 20_000 }] });
    assert.deepEqual(first.history.map((h: any) => [h.status, h.actor, h.role, h.action]), [
      ['new', 'Nguyễn Văn An', 'Cán bộ tiếp nhận', 'Tiếp nhận hồ sơ'],
      ['processing', 'Trần Thị Bích', 'Chuyên viên', 'Chuyển xử lý'],
    ]);
    const igate = ok(await citizen.get('/v1/dossiers/G09.20-20260609-0092637', { verifier: PHONE }));
    assert.equal(igate.status, 'releasing');
    assert.equal((await citizen.get('/v1/dossiers/G09.20-20260609-0092637', { verifier: '0987654321' })).status, 404, 'another phone');
  });

  test('an older version is stale and changes nothing; the same version is unchanged, or refused with other content', async () => {
    const code = syncRecord(3).code;
    ok(await push([syncRecord(3, { version: 5 })]));
    const stale = ok(await push([syncRecord(3, { version: 4, statusCode: 10 })]));
    assert.deepEqual([stale.results[0].result, stale.results[0].version, stale.results[0].storedVersion], ['stale', 4, 5]);
    const dossier = ok(await client(sandbox.url).get(`/v1/dossiers/${code}`, { verifier: PHONE }));
    assert.equal(dossier.status, 'processing', 'the stale record changed nothing');

    const same = ok(await push([syncRecord(3, { version: 5 })]));
    assert.equal(same.results[0].result, 'unchanged');
    const conflict = ok(await push([syncRecord(3, { version: 5, statusCode: 10 })], { locale: 'en' }));
    assert.equal(conflict.results[0].result, 'invalid');
    assert.deepEqual(conflict.results[0].errors, [{
      path: 'version', code: 'sync.version_conflict',
      message: `Version 5 of dossier ${code} was stored with other content: send the new content with a version above 5.`,
    }]);

    const newer = ok(await push([syncRecord(3, { version: 6, statusCode: 10, finishedAt: '2021-06-08T10:00:00+07:00' })]));
    assert.deepEqual([newer.results[0].result, newer.results[0].storedVersion], ['updated', 6]);
    const done = ok(await client(sandbox.url).get(`/v1/dossiers/${code}`, { verifier: PHONE }));
    assert.equal(done.status, 'done');
    assert.equal(done.completedAt, '2021-06-08T03:00:00.000Z');
  });

  test('an appended progress step adds one history entry; the ids of the others stay', async () => {
    const record = syncRecord(4);
    ok(await push([record]));
    const before = ok(await client(sandbox.url).get(`/v1/dossiers/${record.code}`, { verifier: PHONE })).history;
    const step = { at: '2021-06-01T09:00:00+07:00', officer: 'Phạm Minh', action: 'Trình lãnh đạo ký', statusCode: 9 };
    ok(await push([syncRecord(4, { version: 2, statusCode: 9, progress: [...record.progress!, step] })]));
    const afterPush = ok(await client(sandbox.url).get(`/v1/dossiers/${record.code}`, { verifier: PHONE })).history;
    assert.deepEqual(afterPush.slice(0, 2).map((h: any) => h.id), before.map((h: any) => h.id));
    assert.equal(afterPush.length, 3);
    assert.ok(afterPush[2].id > before[1].id);
    assert.equal(afterPush[2].status, 'releasing');
  });

  test('replaying a batch with the same Idempotency-Key answers the same, and applies nothing again', async () => {
    const idempotencyKey = 'batch-7f3c9a51-0001';
    const batch = [syncRecord(5), syncRecord(6)];
    const first = await push(batch, { idempotencyKey });
    assert.equal(first.status, 200);
    // Meanwhile a newer version of record 5 arrives.
    ok(await push([syncRecord(5, { version: 2, statusCode: 5 })]));
    const replay = await push(batch, { idempotencyKey });
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);
    const dossier = ok(await client(sandbox.url).get(`/v1/dossiers/${syncRecord(5).code}`, { verifier: PHONE }));
    assert.equal(dossier.status, 'waiting', 'the replay did not apply version 1 again');
    const other = await push([syncRecord(7)], { idempotencyKey });
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  test('invalid records are refused one by one, each field named; the valid ones of the batch are stored', async () => {
    const body = ok(await push([
      syncRecord(8, { applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', idNumber: '999195012345', phone: '0123456789' } }),
      syncRecord(9),
      { ...syncRecord(10), status: 'done', statusCode: 4 },
      'not a record',
      { ...syncRecord(11), code: 'HS-11', channel: 'fax' },
    ]));
    assert.deepEqual(body.results.map((r: any) => [r.index, r.result, r.errors.map((e: any) => `${e.path} ${e.code}`).sort()]), [
      [0, 'invalid', ['applicant.idNumber cccd.province', 'applicant.phone phone.prefix']],
      [1, 'created', []],
      [2, 'invalid', ['statusCode invalid_value']],
      [3, 'invalid', [' invalid_type']],
      [4, 'invalid', ['channel invalid_value', 'code dossier_code.format']],
    ]);
    assert.equal(body.results[4].code, 'HS-11');
    assert.match(body.results[0].errors.find((e: any) => e.path === 'applicant.phone').message, /012/);
    assert.deepEqual(body.counts, { created: 1, updated: 0, unchanged: 0, stale: 0, invalid: 4 });
    assert.equal((await client(sandbox.url).get(`/v1/dossiers/${syncRecord(8).code}`, { verifier: PHONE })).status, 404, 'nothing stored');
  });

  test("a key syncs its own agencies only: another agency's record is invalid, never stored nor shown", async () => {
    const h38 = { code: '000.00.01.H38-210531-0001', agencyCode: '000.00.01.H38' };
    const body = ok(await push([syncRecord(12, h38), syncRecord(12), syncRecord(1, { version: 9, agencyCode: '000.00.01.H38' })], { key: H38_KEY }));
    assert.deepEqual(body.results.map((r: any) => [r.result, r.errors.map((e: any) => `${e.path} ${e.code}`)]), [
      ['created', []],
      ['invalid', ['agencyCode sync.agency_not_allowed']],
      // The code of a dossier of Khánh Hòa's agency, claimed for Thanh Hóa's: refused, and left as it was.
      ['invalid', ['code sync.agency_not_allowed']],
    ]);
    assert.match(body.results[1].errors[0].message, /000\.00\.01\.H56/);
    assert.equal((await client(sandbox.url).get(`/v1/dossiers/${syncRecord(12).code}`, { verifier: PHONE })).status, 404);
    assert.equal(ok(await client(sandbox.url).get(`/v1/dossiers/${syncRecord(1).code}`, { verifier: PHONE })).agency.code, SYNC_AGENCY);

    const { changes } = await feed(undefined, H38_KEY);
    assert.deepEqual([...new Set(changes.map((c) => c.code))], [h38.code], "the feed shows Thanh Hóa's dossiers only");
    const removal = await client(sandbox.url, { key: H38_KEY }).delete(`/v1/sync/dossiers/${syncRecord(1).code}`);
    assert.deepEqual([removal.status, removal.body.code], [403, 'agency_not_allowed']);
    for (const path of ['/v1/sync/changes', `/v1/sync/dossiers/${h38.code}`]) {
      const none = await client(sandbox.url, { key: NO_AGENCY_KEY }).call(path.includes('changes') ? 'GET' : 'DELETE', path);
      assert.deepEqual([none.status, none.body.code], [403, 'no_agencies']);
    }
    const publishable = await push([syncRecord(13)], { key: TEST_PUBLISHABLE_KEY });
    assert.deepEqual([publishable.status, publishable.body.code], [403, 'forbidden_scope']);
  });

  test('the feed lists every change in commit order: submissions, moves and payments on the portal, syncs, tombstones', async () => {
    const start = (await feed()).cursor;
    const submitted = await submitDossier(sandbox.url);
    assert.equal((await moveDossier(sandbox.url, submitted.code, 'new')).status, 200);
    ok(await push([syncRecord(14)]));
    ok(await push([syncRecord(14, { version: 2, statusCode: 5 })]));
    assert.equal((await api().delete(`/v1/sync/dossiers/${syncRecord(9).code}?version=1`)).status, 204);

    const { changes, cursor } = await feed(start);
    assert.deepEqual(changes.map((c) => [c.type, c.code]), [
      ['dossier.progress', submitted.code], // the submission
      ['dossier.progress', submitted.code], // received
      ['dossier.upserted', submitted.code], // only its latest upsert is kept
      ['dossier.upserted', syncRecord(14).code], // version 2 replaced version 1
      ['dossier.deleted', syncRecord(9).code],
    ]);
    assert.ok(changes.every((c, i) => i === 0 || c.seq > changes[i - 1]!.seq), 'increasing seq');
    const [submission, received, portal, synced, tombstone] = changes;
    assert.deepEqual([submission!.progress.status, submission!.progress.statusCode, received!.progress.status], ['receiving', 1, 'new']);
    assert.deepEqual([portal!.dossier.source, portal!.dossier.version, portal!.dossier.status, portal!.dossier.statusCode], ['portal', null, 'new', 2]);
    assert.equal(portal!.dossier.progress.length, 2);
    assert.deepEqual([synced!.dossier.source, synced!.version, synced!.dossier.status, synced!.dossier.statusCode], ['sync', 2, 'waiting', 5]);
    assert.deepEqual(synced!.dossier.fees, [{ code: 'LP01', name: 'Lệ phí đăng ký thường trú', amount: 20_000 }]);
    assert.deepEqual(synced!.dossier.payment, { mode: 'desk', amount: 20_000, paidAt: '2021-05-31T01:20:00.000Z' });
    assert.deepEqual([tombstone!.version, tombstone!.dossier, tombstone!.progress], [1, null, null]);

    // Up to date: nothing more, and the cursor to poll with.
    const idle = ok(await api().get(`/v1/sync/changes?cursor=${cursor}`));
    assert.deepEqual([idle.data, idle.hasMore], [[], false]);
    // A removed record stays removed: its old version comes back stale.
    assert.equal(ok(await push([syncRecord(9)])).results[0].result, 'stale');
    assert.equal(ok(await push([syncRecord(9, { version: 2 })])).results[0].result, 'created');
  });

  test('the sync API removes only what a one-stop system synced, and not an older version than stored', async () => {
    const submitted = await submitDossier(sandbox.url);
    const portal = await api().delete(`/v1/sync/dossiers/${submitted.code}`);
    assert.deepEqual([portal.status, portal.body.code], [409, 'dossier_not_synced']);
    ok(await push([syncRecord(15, { version: 3 })]));
    const older = await api().delete(`/v1/sync/dossiers/${syncRecord(15).code}?version=2`);
    assert.deepEqual([older.status, older.body.code], [409, 'stale_version']);
    const missing = await api().delete(`/v1/sync/dossiers/${SYNC_AGENCY}-210531-9999`);
    assert.deepEqual([missing.status, missing.body.code], [404, 'sync_dossier_not_found']);
  });

  test("the sandbox's simulation leaves a synced dossier to its system: a lapsed supplement deadline does not stop it", async () => {
    const round = { requestedAt: '2021-06-01T09:00:00+07:00', reason: 'Bổ sung bản sao sổ hộ khẩu', deadline: '2021-06-10T17:00:00+07:00' };
    ok(await push([syncRecord(19, { statusCode: 5, supplements: [round] })]));
    await sandbox.tick();
    const dossier = ok(await client(sandbox.url).get(`/v1/dossiers/${syncRecord(19).code}`, { verifier: PHONE }));
    assert.equal(dossier.status, 'waiting');
    assert.deepEqual(dossier.supplement, {
      state: 'requested', reason: round.reason, requestedAt: '2021-06-01T02:00:00.000Z', deadline: '2021-06-10T10:00:00.000Z', sentAt: null, note: null,
    });
  });

  test("a citizen's live tracker of a synced dossier ends when its system removes it", async () => {
    ok(await push([syncRecord(20)]));
    const controller = new AbortController();
    const response = await fetch(`${sandbox.url}/v1/dossiers/${syncRecord(20).code}/events`, {
      headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, 'dvc-verifier': PHONE }, signal: controller.signal,
    });
    assert.equal(response.status, 200);
    const text = response.text();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the stream has sent its history
    assert.equal((await api().delete(`/v1/sync/dossiers/${syncRecord(20).code}`)).status, 204);
    const ended = await Promise.race([text, new Promise((resolve) => setTimeout(resolve, 5000, null))]);
    controller.abort();
    assert.ok(typeof ended === 'string', 'the stream ended well before its next heartbeat (15 s)');
    assert.match(ended, /event: status/);
  });

  test('a cursor older than the retained window is refused with 410 cursor_expired; reading from the start resyncs', async () => {
    ok(await push([syncRecord(16)]));
    assert.equal((await api().delete(`/v1/sync/dossiers/${syncRecord(16).code}`)).status, 204);
    const first = ok(await api().get('/v1/sync/changes?limit=1'));
    assert.equal(first.hasMore, true);
    const { cursor: upToDate } = await feed();

    clock += 3600_000 + 1000; // the window is an hour here (syncRetentionSeconds)
    await sandbox.tick(); // drops the tombstones and progress entries older than the window
    const expired = await client(sandbox.url, { key: TEST_SECRET_KEY, locale: 'en' }).get(`/v1/sync/changes?cursor=${first.nextCursor}`);
    assert.equal(expired.status, 410);
    assert.match(expired.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(expired.body.code, 'cursor_expired');
    assert.match(expired.body.detail, /last 1 hours only\. Resync from the start/);
    // A reader that had read to the end was up to date then: it too is past the window now.
    assert.equal((await api().get(`/v1/sync/changes?cursor=${upToDate}`)).status, 410);

    const { changes, cursor } = await feed(undefined, TEST_SECRET_KEY, 50);
    assert.ok(changes.every((c) => c.type === 'dossier.upserted'), 'the expired tombstones and progress entries are gone');
    assert.ok(!changes.some((c) => c.code === syncRecord(16).code), 'the removed dossier is not in the copy');
    assert.ok(changes.some((c) => c.code === syncRecord(14).code), 'every live dossier is');
    assert.equal(new Set(changes.map((c) => c.code)).size, changes.length, 'once each');
    // Polling an idle feed keeps the cursor fresh: still good later within the window.
    clock += 1800_000;
    const idle = ok(await api().get(`/v1/sync/changes?cursor=${cursor}`));
    clock += 1800_000;
    assert.equal((await api().get(`/v1/sync/changes?cursor=${idle.nextCursor}`)).status, 200);
  });

  test('synced dossiers are counted by the stats and listed in the account of the applicant\'s CCCD', async () => {
    // The records' own dates count: May–June 2021.
    const figures = async () => ok(await client(sandbox.url).get('/v1/stats?period=2021-Q2'));
    const stats = await figures();
    ok(await push([syncRecord(17, { statusCode: 10, finishedAt: '2021-06-05T10:00:00+07:00' }), syncRecord(18, { channel: 'online' })]));
    const now = await figures();
    const done = (s: any) => s.dossiers.byStatus.find((b: any) => b.status === 'done').count;
    assert.equal(now.dossiers.received, stats.dossiers.received + 2);
    assert.equal(now.measures.onlineDossiers.numerator, stats.measures.onlineDossiers.numerator + 1);
    assert.equal(done(now), done(stats) + 1);
    assert.equal(now.dossiers.finishedOnTime, stats.dossiers.finishedOnTime + 1);

    const token = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    const mine = ok(await client(sandbox.url, { key: token }).get('/v1/me/dossiers?limit=100'));
    const listed = mine.data.find((d: any) => d.code === syncRecord(17).code);
    assert.ok(listed, 'found by the CCCD of its applicant');
    assert.deepEqual([listed.link, listed.status, listed.channel], ['identity', 'done', 'in_person']);
  });

  test('a batch of 1,000 records (over 1 MiB) is taken in one request; 1,001 are refused', async () => {
    const records = Array.from({ length: 1000 }, (_, i) => syncRecord(1000 + i, { summary: 'Đăng ký thường trú cho hộ gia đình '.repeat(20) }));
    assert.ok(JSON.stringify({ records }).length > 1024 * 1024);
    const body = ok(await push(records));
    assert.equal(body.counts.created, 1000);
    const tooMany = await push([...records, syncRecord(2000)]);
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.errors[0].path, 'records');
  });
});
