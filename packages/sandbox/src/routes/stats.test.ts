// Transparency figures (GET /v1/stats) over HTTP, checked against values worked out by hand on a small
// fixture: dossiers synced with exact dates (store/sync.ts), petitions sent and answered at set clock
// times, ratings written to their table. The sandbox is started with its clock in 2028 so its seeded
// petitions (spread over the year before the start) fall after every period asked about here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RunningSandbox } from '../index.js';
import { client, moveDossier, submitDossier, syncRecord, testSandbox, TEST_SECRET_KEY, type Reply } from '../test-support.js';

const A = '000.00.01.H56'; // Khánh Hòa (56): the commune People's Committee
const B = '000.00.02.H56'; // Khánh Hòa (56): the commune police
const C = '000.00.01.H46'; // Huế (46)
const FEE = [{ name: 'Lệ phí đăng ký thường trú', amount: 20_000 }];

/** A synced dossier of `agency`: `n` numbers its code; dates in Vietnam's time (`11-09 16:00` of 2026 unless a year is given). */
function record(agency: string, n: number, r: {
  channel: 'online' | 'in_person'; received: string; due: string; finished?: string; status: number;
  free?: boolean; payment?: 'portal' | 'gateway' | 'desk'; supplements?: [string, string][]; resultUrl?: boolean; noProgress?: boolean;
}) {
  const at = (s: string) => `${s.length > 11 ? s : `2026-${s}`}:00+07:00`.replace(' ', 'T');
  return syncRecord(n, {
    code: `${agency}-261101-${String(n).padStart(4, '0')}`,
    agencyCode: agency,
    serviceCode: r.free ? '1.001193' : '1.004222',
    channel: r.channel,
    submittedAt: at(r.received),
    receivedAt: at(r.received),
    dueAt: at(r.due),
    finishedAt: r.finished ? at(r.finished) : null,
    statusCode: r.status,
    progress: r.noProgress ? [] : [{ at: at(r.received), officer: 'Nguyễn Văn An', action: 'Tiếp nhận hồ sơ', statusCode: 2 }],
    fees: r.free ? [] : FEE,
    payment: r.payment ? { mode: r.payment, amount: 20_000 } : null,
    supplements: (r.supplements ?? []).map(([requested, sent]) => ({ requestedAt: at(requested), reason: 'Bổ sung giấy tờ', sentAt: at(sent) })),
    results: r.resultUrl ? [{ name: 'Giấy xác nhận thường trú', url: 'https://dichvucong.example.vn/kq/1.pdf' }] : [],
  });
}

// The fixture. Month figures are judged at the end of November 2026 (30/11 23:59:59.999 in Vietnam).
const fixture = [
  // A1: online, finished before its due date; paid on the portal; a result with an electronic copy.
  record(A, 1, { channel: 'online', received: '11-02 08:00', due: '11-09 17:00', finished: '11-09 16:00', status: 10, payment: 'portal', resultUrl: true }),
  // A2: finished 2 days after its due date, but the applicant held a supplement 3 days (03/11 09:00 → 06/11 09:00): on time. Paid at the desk.
  record(A, 2, { channel: 'in_person', received: '11-02 08:00', due: '11-05 17:00', finished: '11-07 10:00', status: 10, payment: 'desk', supplements: [['11-03 09:00', '11-06 09:00']] }),
  // A3: finished well within its due date, but asked twice to supplement: overdue. Paid on a provincial gateway.
  record(A, 3, { channel: 'online', received: '11-03 08:00', due: '11-20 17:00', finished: '11-12 10:00', status: 10, payment: 'gateway', supplements: [['11-04 09:00', '11-05 09:00'], ['11-10 09:00', '11-11 09:00']] }),
  // A4: a fee-free procedure, still processing at the end of November, due on 20/11: overdue.
  record(A, 4, { channel: 'online', received: '11-10 08:00', due: '11-20 17:00', status: 4, free: true }),
  // A5: still processing, due on 10/12: pending at the end of November (and on 07/12); owes a fee, unpaid.
  record(A, 5, { channel: 'in_person', received: '11-25 08:00', due: '12-10 17:00', status: 4 }),
  // B1: October, finished the morning after its due date: late. Paid on the portal.
  record(B, 6, { channel: 'online', received: '10-15 08:00', due: '10-20 17:00', finished: '10-21 09:00', status: 10, payment: 'portal' }),
  // B2: fee-free, finished at its due date to the minute: on time; the one-stop system published no progress.
  record(B, 7, { channel: 'in_person', received: '11-15 08:00', due: '11-18 17:00', finished: '11-18 17:00', status: 9, free: true, noProgress: true }),
  // C1: another province (Huế): online, late, paid at the desk.
  record(C, 8, { channel: 'online', received: '11-05 08:00', due: '11-10 17:00', finished: '11-20 10:00', status: 10, payment: 'desk' }),
  // D0: December 2025, on time: outside every 2026 period, inside November's 12-month series.
  record(A, 9, { channel: 'in_person', received: '2025-12-01 08:00', due: '2025-12-05 17:00', finished: '2025-12-03 10:00', status: 10, payment: 'desk' }),
];

const vn = (s: string) => new Date(`${s}+07:00`).getTime();

describe('stats: the figures of Decision 766 on a fixture worked out by hand', () => {
  let sandbox: RunningSandbox;
  let clock = Date.parse('2028-06-01T03:00:00Z');
  const api = () => client(sandbox.url);
  async function stats(query: string, locale?: string) {
    const reply = await api().get(`/v1/stats?${query}`, locale ? { locale } : {});
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  }
  const ok = (reply: Reply) => {
    assert.ok(reply.status < 300, JSON.stringify(reply.body));
    return reply.body;
  };
  const part = (s: any, name: string) => s.index.groups.flatMap((g: any) => g.parts).find((p: any) => p.part === name);
  const group = (s: any, name: string) => s.index.groups.find((g: any) => g.group === name);

  before(async () => {
    sandbox = await testSandbox({ now: () => new Date(clock) });
    clock = vn('2026-12-07T10:00:00');
    const pushed = ok(await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/sync/dossiers', { records: fixture }));
    assert.deepEqual(pushed.counts, { created: fixture.length, updated: 0, unchanged: 0, stale: 0, invalid: 0 });

    // Petitions about a procedure of Khánh Hòa addressed to agency A: sent and answered at set times.
    const procedure = sandbox.sandbox.db
      .prepare(`SELECT code FROM procedures WHERE province_code = '56' AND agency_code = ? AND status = 'active' ORDER BY code LIMIT 1`)
      .pluck().get(A) as string;
    assert.ok(procedure, 'a local procedure of agency A');
    const petition = async (sent: string, answered?: string) => {
      clock = vn(sent);
      const body = ok(await api().post('/v1/petitions', {
        fullName: 'Lê Thị Hồng', phone: '0912 000 111', category: 'procedure', serviceCode: procedure, publishable: true,
        title: 'Hỏi về thời hạn giải quyết hồ sơ', content: 'Xin hỏi thời hạn giải quyết thủ tục này tại tỉnh Khánh Hòa là bao nhiêu ngày làm việc?',
      }));
      if (answered) {
        clock = vn(answered);
        ok(await client(sandbox.url, { key: TEST_SECRET_KEY }).post(`/v1/admin/petitions/${body.code}/answer`, { text: 'Thời hạn là 7 ngày làm việc.' }));
      }
    };
    await petition('2026-11-02T09:00:00', '2026-11-05T09:00:00'); // due 16/11: answered on time
    await petition('2026-11-03T09:00:00', '2026-11-25T09:00:00'); // due 17/11: answered late
    await petition('2026-11-10T09:00:00'); // due 24/11, unanswered at the end of November: overdue
    await petition('2026-11-27T09:00:00'); // due 11/12: not yet due at the end of November
    clock = vn('2026-12-07T10:00:00');
  });
  after(() => sandbox.close());

  test('a province over a month: each part from its numerator and denominator, the index from the parts', async () => {
    const s = await stats('province=56&period=2026-11');
    assert.deepEqual(s.scope, { kind: 'province', code: '56', name: 'Khánh Hòa', province: { code: '56', name: 'Khánh Hòa' } });
    assert.deepEqual(s.period, {
      kind: 'month', value: '2026-11', start: '2026-10-31T17:00:00.000Z', end: '2026-11-30T16:59:59.999Z', judgedAt: '2026-11-30T16:59:59.999Z',
    });
    // Submitted in November: A1–A5 and B2.
    assert.deepEqual(
      { ...s.dossiers, byStatus: undefined },
      // Finished: A1, A2, A3, B2; on time A1, A2 (supplement time added), B2 (at the minute); late A3 (second supplement);
      // open at the end of November: A4 past due, A5 within.
      { received: 6, finished: 4, finishedOnTime: 3, finishedLate: 1, overdue: 1, pending: 1, byStatus: undefined },
    );
    assert.deepEqual(s.dossiers.byStatus.map((b: any) => [b.code, b.status, b.count]), [
      [1, 'receiving', 0], [2, 'new', 0], [3, 'denied', 0], [4, 'processing', 2], [5, 'waiting', 0],
      [6, 'paying', 0], [7, 'cancelled', 0], [8, 'unresolved', 0], [9, 'releasing', 1], [10, 'done', 3],
    ]);
    const m = s.measures;
    assert.deepEqual(m.onTime, { numerator: 3, denominator: 5, rate: 0.6 });
    assert.deepEqual(m.onlineDossiers, { numerator: 3, denominator: 6, rate: 0.5 }, 'A1, A3, A4 online');
    // Fee-bearing: A1, A2, A3, A5 (A4 and B2 are fee-free); online: A1 (portal), A3 (gateway); A2 paid at the desk.
    assert.deepEqual(m.onlinePayments, { numerator: 2, denominator: 4, rate: 0.5 });
    assert.deepEqual(m.progressPublished, { numerator: 5, denominator: 6, rate: 0.8333 }, 'B2 has no progress on the portal');
    assert.deepEqual(m.digitised, { numerator: 1, denominator: 6, rate: 0.1667 }, "A1's result has an electronic copy");
    // Petitions of November: one answered on time, one late, one unanswered past its due date.
    assert.deepEqual(s.petitions, { received: 4, answered: 2, answeredOnTime: 1, overdue: 1 });
    assert.deepEqual(m.petitionsOnTime, { numerator: 1, denominator: 3, rate: 0.3333 });
    // No ratings: satisfaction has no data and scores nothing.
    assert.deepEqual(m.satisfaction, { numerator: 0, denominator: 0, rate: null });
    assert.deepEqual(s.ratings.levels.map((l: any) => [l.level, l.count, l.rate]), [[5, 0, null], [4, 0, null], [3, 0, null], [2, 0, null], [1, 0, null]]);

    const db = sandbox.sandbox.db;
    const procedures = db.prepare(
      `SELECT count(*) AS total, sum(online_level <> 'none') AS online FROM procedures WHERE status = 'active' AND province_code = '56'`,
    ).get() as { total: number; online: number };
    assert.deepEqual(m.onlineProcedures, { numerator: procedures.online, denominator: procedures.total, rate: Math.round((procedures.online / procedures.total) * 10_000) / 10_000 });
    const onlineProcedurePoints = Math.round(6 * Math.min(1, m.onlineProcedures.rate / 0.8) * 10) / 10;

    assert.deepEqual(s.index.groups.map((g: any) => [g.group, g.max, g.points, g.measuredMax, g.parts.map((p: any) => [p.part, p.max, p.points])]), [
      ['disclosure', 18, 15, 18, [['progressPublished', 18, 15]]], // 18 × 0.8333
      ['progress', 20, 12, 20, [['onTime', 20, 12]]], // 20 × 0.6
      // online dossiers 50 % is the full-points mark: 8; payments 8 × 0.5 = 4
      ['onlineService', 22, Math.round((onlineProcedurePoints + 12) * 10) / 10, 22,
        [['onlineProcedures', 6, onlineProcedurePoints], ['onlineDossiers', 8, 8], ['onlinePayments', 8, 4]]],
      ['digitisation', 22, 3.7, 22, [['digitised', 22, 3.7]]], // 22 × 0.1667
      ['satisfaction', 18, 2, 6, [['satisfaction', 12, 0], ['petitionsOnTime', 6, 2]]], // no ratings: 0 of 12, not measured; 6 × 0.3333
    ]);
    assert.equal(s.index.max, 100);
    assert.equal(s.index.measuredMax, 88);
    assert.equal(s.index.total, Math.round((15 + 12 + onlineProcedurePoints + 12 + 3.7 + 2) * 10) / 10);

    // The per-agency table: A then B (most received first); B1 finished in October is not November's.
    assert.deepEqual(s.agencies.map((a: any) => [a.code, a.received, a.finished, a.onTime.numerator, a.onTime.denominator, a.online.numerator]), [
      [A, 5, 3, 2, 4, 3], // on time A1, A2 of A1, A2, A3 and A4 (overdue)
      [B, 1, 1, 1, 1, 0],
    ]);
    assert.ok(s.agencies.every((a: any) => typeof a.name === 'string' && a.name.length > 0));

    // The 12 months ending with November 2026: December 2025 (D0), October (B1, late) and November.
    assert.deepEqual(s.monthly.map((x: any) => x.month), [
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    const busy = s.monthly.filter((x: any) => x.received || x.finished).map((x: any) => [x.month, x.received, x.finished, x.onTime.numerator, x.onTime.denominator, x.onTime.rate]);
    assert.deepEqual(busy, [['2025-12', 1, 1, 1, 1, 1], ['2026-10', 1, 1, 0, 1, 0], ['2026-11', 6, 4, 3, 5, 0.6]]);
    assert.deepEqual(s.monthly[1].onTime, { numerator: 0, denominator: 0, rate: null }, 'a month without dossiers has no data');
  });

  test('ratings make satisfaction: 100 % − (overdue % + % disliked), ≥ 90 % for full points; published as counts, never comments', async () => {
    const rate = sandbox.sandbox.db.prepare(
      `INSERT INTO ratings (dossier_code, overall, criteria, comment, via, rated_at) VALUES (?, ?, '{}', ?, 'phone', ?)`,
    );
    const code = (i: number) => fixture[i]!.code;
    rate.run(code(0), 5, 'Cán bộ Nguyễn Văn B rất nhiệt tình', '2026-11-20T03:00:00.000Z'); // A1
    rate.run(code(1), 4, null, '2026-11-20T03:00:00.000Z'); // A2
    rate.run(code(2), 5, null, '2026-11-21T03:00:00.000Z'); // A3
    rate.run(code(6), 1, 'Chờ lâu', '2026-11-22T03:00:00.000Z'); // B2: a dislike
    rate.run(code(7), 1, null, '2026-11-22T03:00:00.000Z'); // C1: Huế, not Khánh Hòa's
    rate.run(code(8), 2, null, '2025-12-04T03:00:00.000Z'); // D0: rated in 2025, not November's
    try {
      const s = await stats('province=56&period=2026-11');
      assert.deepEqual(s.ratings, {
        total: 4,
        levels: [{ level: 5, count: 2, rate: 0.5 }, { level: 4, count: 1, rate: 0.25 }, { level: 3, count: 0, rate: 0 },
          { level: 2, count: 0, rate: 0 }, { level: 1, count: 1, rate: 0.25 }],
        dislikes: { numerator: 1, denominator: 4, rate: 0.25 },
      });
      assert.doesNotMatch(JSON.stringify(s), /nhiệt tình|Chờ lâu/, 'no comment is published');
      // 100 % − (40 % overdue (2 of 5 judged) + 25 % disliked) = 35 %: 12 × 0.35 / 0.9 = 4.7 points.
      assert.deepEqual(s.measures.satisfaction, { numerator: 3500, denominator: 10_000, rate: 0.35 });
      assert.deepEqual(part(s, 'satisfaction'), { part: 'satisfaction', max: 12, fullAt: 0.9, rate: 0.35, points: 4.7 });
      assert.deepEqual([group(s, 'satisfaction').points, group(s, 'satisfaction').measuredMax], [6.7, 18]);

      // Agency B alone: B2 on time, its one rating a dislike: 100 % − (0 % + 100 %) = 0 %.
      const b = await stats(`agency=${B}&period=2026-11`);
      assert.deepEqual(b.measures.satisfaction, { numerator: 0, denominator: 10_000, rate: 0 });
      assert.equal(part(b, 'satisfaction').points, 0);
      // Agency A: on time 2 of 4 judged (50 % overdue), no dislikes: 50 %.
      const a = await stats(`agency=${A}&period=2026-11`);
      assert.deepEqual(a.measures.satisfaction.rate, 0.5);
      assert.equal(part(a, 'satisfaction').points, 6.7); // 12 × 0.5 / 0.9
    } finally {
      sandbox.sandbox.db.prepare('DELETE FROM ratings').run();
    }
  });

  test('a quarter and a year not yet over are judged now; a year is its own months', async () => {
    // Q4 2026 on 07/12/2026 10:00: adds B1 (October, late); A4 is past due, A5 (due 10/12) not yet.
    const q = await stats('province=56&period=2026-Q4');
    assert.deepEqual(q.period, {
      kind: 'quarter', value: '2026-Q4', start: '2026-09-30T17:00:00.000Z', end: '2026-12-31T16:59:59.999Z', judgedAt: '2026-12-07T03:00:00.000Z',
    });
    assert.deepEqual({ ...q.dossiers, byStatus: undefined }, { received: 7, finished: 5, finishedOnTime: 3, finishedLate: 2, overdue: 1, pending: 1, byStatus: undefined });
    assert.deepEqual(q.measures.onTime, { numerator: 3, denominator: 6, rate: 0.5 });
    assert.deepEqual(q.measures.onlineDossiers, { numerator: 4, denominator: 7, rate: 0.5714 });
    assert.deepEqual(q.measures.onlinePayments, { numerator: 3, denominator: 5, rate: 0.6 }, 'B1 paid on the portal');
    assert.equal(q.monthly.at(-1).month, '2026-12', 'the series ends with the last month of the quarter');
    assert.deepEqual(q.monthly.at(-1).onTime, { numerator: 0, denominator: 1, rate: 0 }, 'December so far: A4 overdue');

    const y = await stats('province=56&period=2026');
    assert.deepEqual([y.period.kind, y.period.start, y.period.end], ['year', '2025-12-31T17:00:00.000Z', '2026-12-31T16:59:59.999Z']);
    assert.deepEqual({ ...y.dossiers, byStatus: undefined }, { ...q.dossiers, byStatus: undefined }, 'D0 is 2025\'s');
    assert.deepEqual(await stats('province=56'), { ...y, generatedAt: y.generatedAt }, 'the current year by default');

    // A past year is judged at its end: in 2025 only D0, on time.
    const y2025 = await stats('province=56&period=2025');
    assert.equal(y2025.period.judgedAt, '2025-12-31T16:59:59.999Z');
    assert.deepEqual(y2025.measures.onTime, { numerator: 1, denominator: 1, rate: 1 });
    assert.deepEqual(y2025.petitions, { received: 0, answered: 0, answeredOnTime: 0, overdue: 0 });
    assert.deepEqual(y2025.measures.petitionsOnTime.rate, null);
    assert.equal(part(y2025, 'petitionsOnTime').points, 0, 'no petitions: no data, no points');
  });

  test('the whole country, a province and an agency each count their own dossiers', async () => {
    const country = await stats('period=2026-11');
    assert.deepEqual(country.scope, { kind: 'country', code: null, name: 'Cả nước', province: null });
    // Adds C1 (Huế): online, late, paid at the desk.
    assert.deepEqual({ ...country.dossiers, byStatus: undefined }, { received: 7, finished: 5, finishedOnTime: 3, finishedLate: 2, overdue: 1, pending: 1, byStatus: undefined });
    assert.deepEqual(country.measures.onlinePayments, { numerator: 2, denominator: 5, rate: 0.4 });
    assert.deepEqual(country.agencies.map((a: any) => a.code), [A, C, B], 'most received first, then by code');

    const hue = await stats('province=46&period=2026-11');
    assert.deepEqual([hue.dossiers.received, hue.measures.onTime.rate, hue.petitions.received], [1, 0, 0]);

    const agency = await stats(`agency=${A}&period=2026-11`, 'en');
    assert.equal(agency.scope.kind, 'agency');
    assert.equal(agency.scope.code, A);
    assert.deepEqual(agency.scope.province, { code: '56', name: 'Khanh Hoa' });
    assert.deepEqual({ ...agency.dossiers, byStatus: undefined }, { received: 5, finished: 3, finishedOnTime: 2, finishedLate: 1, overdue: 1, pending: 1, byStatus: undefined });
    assert.deepEqual(agency.measures.onlineDossiers, { numerator: 3, denominator: 5, rate: 0.6 });
    assert.deepEqual(agency.petitions, { received: 4, answered: 2, answeredOnTime: 1, overdue: 1 }, 'the petitions addressed to it');
    const procedures = sandbox.sandbox.db.prepare(`SELECT count(*) FROM procedures WHERE status = 'active' AND agency_code = ?`).pluck().get(A) as number;
    assert.equal(agency.measures.onlineProcedures.denominator, procedures);
    assert.deepEqual(agency.agencies.map((a: any) => a.code), [A]);
    const other = await stats(`agency=${C}&period=2026-11`);
    assert.deepEqual([other.dossiers.received, other.petitions.received], [1, 0]);
  });

  test('a bad period, an unknown agency, both scopes or a period not begun: 400 naming the field, in Vietnamese and English', async () => {
    const cases: [string, string, string, RegExp, RegExp][] = [
      ['period=2026-13', 'period', 'period.format', /2026-13.*tháng \(2026-11\), quý \(2026-Q4\) hoặc năm/, /2026-13.*month \(2026-11\), a quarter \(2026-Q4\) or a year/],
      ['period=2026-Q5', 'period', 'period.format', /2026-Q5/, /2026-Q5/],
      ['period=11-2026', 'period', 'period.format', /11-2026/, /11-2026/],
      ['period=2027-01', 'period', 'period.future', /2027-01 chưa bắt đầu/, /2027-01 has not begun/],
      ['agency=000.00.99.H56', 'agency', 'agency.unknown', /000\.00\.99\.H56/, /no agency with code 000\.00\.99\.H56/],
      [`province=56&agency=${A}`, 'agency', 'stats.one_scope', /không chọn cả hai/, /not both/],
      ['province=99', 'province', 'province.unknown', /tỉnh\/thành phố mã 99/, /province with code 99/],
    ];
    for (const [query, path, code, vi, en] of cases) {
      for (const [locale, message] of [['vi', vi], ['en', en]] as const) {
        const reply = await api().get(`/v1/stats?${query}`, { locale });
        assert.equal(reply.status, 400, `${query}: ${JSON.stringify(reply.body)}`);
        assert.equal(reply.body.code, 'validation_failed');
        assert.deepEqual(reply.body.errors.map((e: any) => [e.path, e.code]), [[path, code]], query);
        assert.match(reply.body.errors[0].message, message, `${query} (${locale})`);
      }
    }
  });
});

describe('stats: dossiers made on the portal', () => {
  let sandbox: RunningSandbox;
  // Monday 2 November 2026, 09:00 in Vietnam.
  let clock = Date.parse('2028-06-01T03:00:00Z');
  const PHONE = '0912345678';

  before(async () => {
    sandbox = await testSandbox({ now: () => new Date(clock) });
    clock = Date.parse('2026-11-02T02:00:00Z');
  });
  after(() => sandbox.close());

  const statsOf = async (period: string) => {
    const reply = await client(sandbox.url).get(`/v1/stats?province=38&period=${period}`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  };
  async function received() {
    const dossier = await submitDossier(sandbox.url, { applicant: { type: 'citizen', fullName: 'Nguyễn Văn An', idNumber: '001203012345', phone: PHONE } });
    const moved = await moveDossier(sandbox.url, dossier.code, 'new');
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    return { code: dossier.code as string, dueAt: Date.parse(moved.body.dueAt) };
  }
  async function supplementRound(code: string, heldMs: number) {
    assert.equal((await moveDossier(sandbox.url, code, 'waiting', 'Bổ sung bản sao giấy tờ')).status, 200);
    clock += heldMs;
    const sent = await client(sandbox.url).post(`/v1/dossiers/${code}/supplement`, { note: 'Đã bổ sung' }, { verifier: PHONE });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal((await moveDossier(sandbox.url, code, 'processing')).status, 200);
  }

  test('the time a citizen holds a requested supplement is added to the due date; a second request makes the dossier overdue', async () => {
    const base = await statsOf('2026-11');
    const held = await received();
    const twice = await received();
    assert.equal((await moveDossier(sandbox.url, held.code, 'processing')).status, 200);
    assert.equal((await moveDossier(sandbox.url, twice.code, 'processing')).status, 200);
    // Two rounds of an hour each, finished two hours after reception, well within the due date: overdue all the same.
    await supplementRound(twice.code, 3600_000);
    await supplementRound(twice.code, 3600_000);
    assert.equal((await moveDossier(sandbox.url, twice.code, 'releasing')).status, 200);
    assert.ok(clock < twice.dueAt);
    // One round held 5 days; the dossier finishes 4½ days after its due date: on time (late without the 5 days).
    await supplementRound(held.code, 5 * 86_400_000);
    clock = held.dueAt + 4.5 * 86_400_000;
    assert.equal((await moveDossier(sandbox.url, held.code, 'releasing')).status, 200);
    assert.equal((await moveDossier(sandbox.url, held.code, 'done')).status, 200);

    const s = await statsOf('2026-11');
    assert.equal(s.dossiers.received, base.dossiers.received + 2);
    assert.equal(s.dossiers.finishedOnTime, base.dossiers.finishedOnTime + 1, 'the held dossier');
    assert.equal(s.dossiers.finishedLate, base.dossiers.finishedLate + 1, 'the twice-asked one');
    assert.equal(s.measures.onlineDossiers.numerator, base.measures.onlineDossiers.numerator + 2, 'submitted on the portal: online');
    assert.equal(s.measures.progressPublished.numerator, base.measures.progressPublished.numerator + 2);
  });

  test('a dossier still open at the period\'s end is judged then: overdue if its due date has passed', async () => {
    clock = Date.parse('2026-11-16T02:00:00Z');
    const open = await received();
    const before = await statsOf('2026-11');
    // Still open on 30 November, due long before: overdue for November.
    clock = Date.parse('2026-12-20T02:00:00Z');
    const november = await statsOf('2026-11');
    assert.ok(open.dueAt < Date.parse(november.period.end));
    assert.equal(november.dossiers.overdue, 1);
    assert.equal(before.dossiers.overdue, 0, 'on 16 November it was within its time');
    assert.equal(before.dossiers.pending, 1);
    // Finished in December: December's, late; November's figure stays as it was judged.
    assert.equal((await moveDossier(sandbox.url, open.code, 'processing')).status, 200);
    assert.equal((await moveDossier(sandbox.url, open.code, 'releasing')).status, 200);
    const after = await statsOf('2026-11');
    assert.equal(after.dossiers.overdue, 1);
    const december = await statsOf('2026-12');
    assert.deepEqual([december.dossiers.finished, december.dossiers.finishedLate], [1, 1]);
  });

  test('a payment on the portal counts as online, over the dossiers that owe fees', async () => {
    clock = Date.parse('2026-10-05T02:00:00Z');
    const applicant = { type: 'citizen', fullName: 'Nguyễn Văn An', idNumber: '001203012345', phone: PHONE };
    const free = await submitDossier(sandbox.url, { applicant });
    assert.equal(free.fees.total, 0);
    const paid = await submitDossier(sandbox.url, { serviceCode: '1.004222', applicant });
    assert.ok(paid.fees.total > 0);
    const payment = await client(sandbox.url).post('/v1/payments', { dossierCode: paid.code, returnUrl: 'http://localhost:5173/done' }, { verifier: PHONE });
    assert.equal(payment.status, 201, JSON.stringify(payment.body));
    const done = await fetch(`${sandbox.url}/gateway/checkout/${payment.body.id}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }), redirect: 'manual',
    });
    assert.ok(done.status < 400, String(done.status));
    const s = await statsOf('2026-10');
    assert.deepEqual(s.measures.onlinePayments, { numerator: 1, denominator: 1, rate: 1 }, 'the fee-free dossier is left out');
    assert.deepEqual(s.payments, { succeeded: 1, amount: payment.body.amount });
    assert.deepEqual(s.measures.onlineDossiers, { numerator: 2, denominator: 2, rate: 1 });
  });
});
