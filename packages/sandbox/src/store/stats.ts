/**
 * Transparency figures (`GET /v1/stats`) as Decision 766 computes the service-quality index, for the
 * whole country, a province or an agency, over a month, a quarter or a year. Every figure is an SQL
 * aggregate over the dossiers, petitions and ratings in scope (see the contract's `stats` schema for
 * what each one means); synced dossiers (store/sync.ts) count like the portal's own, with their own
 * dates, supplement rounds and payment.
 */
import {
  dossierStatusInfo, qualityIndexWeights, statsMonths,
  type DossierStatus, type QualityIndexGroup, type QualityIndexPart, type Stats, type StatsPeriodRange, type StatsRatio,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { petitionOfProvince } from './petitions.js';

/** Whose figures: the whole country, a province's dossiers, or an agency's. */
export type StatsScope =
  | { kind: 'country'; name: string }
  | { kind: 'province'; code: string; name: string }
  | { kind: 'agency'; code: string; name: string; province: { code: string; name: string } | null };

const round1 = (n: number) => Math.round(n * 10) / 10;
const ratio = (numerator: number, denominator: number): StatsRatio => ({
  numerator, denominator, rate: denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null,
});

/** An ISO instant (text) as milliseconds since 1970, in SQL: exact to the millisecond. */
const ms = (x: string) => `CAST(round((julianday(${x}) - 2440587.5) * 86400000) AS INTEGER)`;

/** The first history row of dossier `d` that enters status 5 (a supplement request), in SQL. */
const firstRequest = `(SELECT min(h.id) FROM dossier_history h WHERE h.dossier_code = d.code AND h.status = 'waiting'
  AND h.previous_status IS NOT NULL AND h.previous_status <> 'waiting')`;

/**
 * One row per dossier in scope that may count in [@start, @end]: when it finished (the first of
 * "Đã xử lý xong", or its end: returned, stopped, refused; a synced record's own end date), how many
 * supplement rounds it had, and the applicant's time on the first one (request → sent, or → accepted,
 * or → the judging instant). A synced record's rounds are its own (`sync_extra.supplements`); a portal
 * dossier's are read from its history (entries into status 5, and the next entry after the first).
 * Withdrawn dossiers (status 7) are neither finished nor pending: the applicant ended them.
 */
function factsSql(scope: string): string {
  const releasing = `(SELECT min(h.at) FROM dossier_history h WHERE h.dossier_code = d.code AND h.status = 'releasing')`;
  return `
  WITH base AS (
    SELECT d.code, d.agency_code, d.agency_name, d.channel, d.status, d.submitted_at, d.due_at, d.fees_total,
      d.submitted_at BETWEEN @start AND @end AS submitted_in,
      CASE WHEN d.sync_extra IS NOT NULL THEN coalesce(d.completed_at, ${releasing}) ELSE coalesce(${releasing}, d.completed_at) END AS finish,
      CASE WHEN d.sync_extra IS NOT NULL THEN coalesce(json_array_length(d.sync_extra, '$.supplements'), 0)
        ELSE (SELECT count(*) FROM dossier_history h WHERE h.dossier_code = d.code AND h.status = 'waiting'
          AND h.previous_status IS NOT NULL AND h.previous_status <> 'waiting') END AS rounds,
      CASE WHEN d.sync_extra IS NOT NULL THEN json_extract(d.sync_extra, '$.supplements[0].requestedAt')
        ELSE (SELECT h.at FROM dossier_history h WHERE h.id = ${firstRequest}) END AS supplement_from,
      CASE WHEN d.sync_extra IS NOT NULL
        THEN coalesce(json_extract(d.sync_extra, '$.supplements[0].sentAt'), json_extract(d.sync_extra, '$.supplements[0].completedAt'))
        ELSE (SELECT min(h.at) FROM dossier_history h WHERE h.dossier_code = d.code AND h.id > ${firstRequest}) END AS supplement_to,
      EXISTS (SELECT 1 FROM dossier_history h WHERE h.dossier_code = d.code) AS published,
      (EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_code = d.code)
        OR EXISTS (SELECT 1 FROM json_each(d.sync_extra, '$.results') r WHERE json_extract(r.value, '$.url') IS NOT NULL)) AS digitised,
      (EXISTS (SELECT 1 FROM payments y WHERE y.dossier_code = d.code AND y.status = 'succeeded')
        OR json_extract(d.sync_extra, '$.payment.mode') IN ('portal', 'gateway')) AS paid_online
    FROM dossiers d
    WHERE ${scope} AND d.submitted_at <= @end AND (d.completed_at IS NULL OR d.completed_at >= @start)
  ), timed AS (
    SELECT *,
      status <> 'cancelled' AND finish BETWEEN @start AND @end AS finished_in,
      status <> 'cancelled' AND submitted_at <= @judge AND (finish IS NULL OR finish > @judge) AS open_at_judge,
      -- The applicant's time on the first supplement round, up to the judging instant.
      CASE WHEN supplement_from IS NULL OR supplement_from > @judge THEN 0
        ELSE max(0, ${ms(`min(coalesce(supplement_to, finish, @judge), @judge)`)} - ${ms('supplement_from')}) END AS supplement_ms
    FROM base
  ), f AS (
    SELECT *,
      finished_in AND due_at IS NOT NULL AND (rounds >= 2 OR ${ms('finish')} > ${ms('due_at')} + supplement_ms) AS late,
      finished_in AND due_at IS NOT NULL AND NOT (rounds >= 2 OR ${ms('finish')} > ${ms('due_at')} + supplement_ms) AS on_time,
      open_at_judge AND due_at IS NOT NULL AND (rounds >= 2 OR ${ms('due_at')} + supplement_ms < ${ms('@judge')}) AS overdue
    FROM timed
  )`;
}

const FIGURES = `
  coalesce(sum(submitted_in), 0) AS received,
  coalesce(sum(submitted_in AND channel = 'online'), 0) AS online,
  coalesce(sum(submitted_in AND published), 0) AS published,
  coalesce(sum(submitted_in AND digitised), 0) AS digitised,
  coalesce(sum(submitted_in AND fees_total > 0), 0) AS withFees,
  coalesce(sum(submitted_in AND fees_total > 0 AND paid_online), 0) AS paidOnline,
  coalesce(sum(finished_in), 0) AS finished,
  coalesce(sum(on_time), 0) AS finishedOnTime,
  coalesce(sum(late), 0) AS finishedLate,
  coalesce(sum(overdue), 0) AS overdue,
  coalesce(sum(open_at_judge AND NOT overdue), 0) AS pending`;

interface Figures {
  received: number;
  online: number;
  published: number;
  digitised: number;
  withFees: number;
  paidOnline: number;
  finished: number;
  finishedOnTime: number;
  finishedLate: number;
  overdue: number;
  pending: number;
}

/** On time: finished in time over those judged (finished in the period, or open and past due). */
const onTimeOf = (f: Figures) => ratio(f.finishedOnTime, f.finishedOnTime + f.finishedLate + f.overdue);

/** Computes the figures of `scope` over `period`. */
export function computeStats(sb: Sandbox, scope: StatsScope, period: StatsPeriodRange): Stats {
  const db = sb.db;
  const now = sb.now();
  const nowIso = now.toISOString();
  const judgeOf = (p: StatsPeriodRange) => (p.end.getTime() < now.getTime() ? p.end : now).toISOString();
  const range = (p: StatsPeriodRange) => ({ start: p.start.toISOString(), end: p.end.toISOString(), judge: judgeOf(p) });
  const args = { ...range(period), ...(scope.kind === 'country' ? {} : { scope: scope.code }) };

  const dossierScope = scope.kind === 'country' ? '1 = 1' : scope.kind === 'province' ? 'd.province_code = @scope' : 'd.agency_code = @scope';
  const facts = factsSql(dossierScope);
  const figures = db.prepare(`${facts} SELECT ${FIGURES} FROM f`).get(args) as Figures;

  const byStatusRows = db.prepare(`${facts} SELECT status, count(*) AS n FROM f WHERE submitted_in GROUP BY status`).all(args) as
    { status: DossierStatus; n: number }[];
  const byStatus = (Object.keys(dossierStatusInfo) as DossierStatus[])
    .map((status) => ({ code: dossierStatusInfo[status].number, status, count: byStatusRows.find((r) => r.status === status)?.n ?? 0 }))
    .sort((a, b) => a.code - b.code);

  const agencyRows = db.prepare(
    `${facts} SELECT agency_code AS code, max(agency_name) AS name, ${FIGURES} FROM f GROUP BY agency_code
     HAVING received > 0 OR finished > 0 OR overdue > 0 ORDER BY received DESC, code`,
  ).all(args) as (Figures & { code: string; name: string })[];

  const monthlyStatement = db.prepare(`${facts} SELECT ${FIGURES} FROM f`);
  const monthly = statsMonths(period).map((month) => {
    const f = month.start.getTime() > now.getTime()
      ? null
      : monthlyStatement.get({ ...range(month), ...(scope.kind === 'country' ? {} : { scope: scope.code }) }) as Figures;
    return {
      month: month.value,
      received: f?.received ?? 0,
      finished: f?.finished ?? 0,
      onTime: f ? onTimeOf(f) : ratio(0, 0),
      online: f ? ratio(f.online, f.received) : ratio(0, 0),
    };
  });

  // Procedures offered online: the national catalogue, a province's local instances, or an agency's.
  const procedureScope = scope.kind === 'country' ? 'is_local = 0' : scope.kind === 'province' ? 'province_code = @scope' : 'agency_code = @scope';
  const services = db.prepare(
    `SELECT count(*) AS total, coalesce(sum(online_level = 'full'), 0) AS fullyOnline, coalesce(sum(online_level = 'partial'), 0) AS partlyOnline
     FROM procedures WHERE status = 'active' AND ${procedureScope}`,
  ).get(scope.kind === 'country' ? {} : { scope: scope.code }) as Stats['services'];

  const payments = db.prepare(
    `SELECT count(*) AS succeeded, coalesce(sum(y.amount), 0) AS amount FROM payments y JOIN dossiers d ON d.code = y.dossier_code
     WHERE y.status = 'succeeded' AND y.updated_at BETWEEN @start AND @end AND ${dossierScope}`,
  ).get(args) as Stats['payments'];

  // Petitions: a province's are those addressed to its agencies or about its local procedures.
  const petitionScope = scope.kind === 'country' ? '1 = 1' : scope.kind === 'province' ? petitionOfProvince('p', '@scope') : 'p.agency_code = @scope';
  const petitions = db.prepare(
    `SELECT coalesce(sum(p.submitted_at BETWEEN @start AND @end), 0) AS received,
            coalesce(sum(p.status = 'answered' AND p.answered_at BETWEEN @start AND @end), 0) AS answered,
            coalesce(sum(p.status = 'answered' AND p.answered_at BETWEEN @start AND @end AND p.answered_at <= p.due_at), 0) AS answeredOnTime,
            coalesce(sum((p.answered_at IS NULL OR p.answered_at > @judge) AND p.submitted_at <= @judge AND p.due_at < @judge), 0) AS overdue
     FROM petitions p WHERE ${petitionScope}`,
  ).get(args) as Stats['petitions'];

  // Ratings of the period's dossiers in scope, by level; comments are never read here.
  const ratingRows = db.prepare(
    `SELECT r.overall AS level, count(*) AS n FROM ratings r JOIN dossiers d ON d.code = r.dossier_code
     WHERE r.rated_at BETWEEN @start AND @end AND ${dossierScope} GROUP BY r.overall`,
  ).all(args) as { level: number; n: number }[];
  const ratingsTotal = ratingRows.reduce((sum, r) => sum + r.n, 0);
  const dislikes = ratingRows.filter((r) => r.level <= 2).reduce((sum, r) => sum + r.n, 0);
  const ratings: Stats['ratings'] = {
    total: ratingsTotal,
    levels: [5, 4, 3, 2, 1].map((level) => {
      const count = ratingRows.find((r) => r.level === level)?.n ?? 0;
      return { level, count, rate: ratio(count, ratingsTotal).rate };
    }),
    dislikes: ratio(dislikes, ratingsTotal),
  };

  const onTime = onTimeOf(figures);
  // Satisfaction (766): 100 % − (overdue % + % of ratings that disliked), in basis points; no ratings, no data.
  const satisfaction = ratingsTotal === 0 ? ratio(0, 0) : (() => {
    const overdueShare = onTime.denominator > 0 ? (onTime.denominator - onTime.numerator) / onTime.denominator : 0;
    return ratio(Math.max(0, Math.round((1 - overdueShare - dislikes / ratingsTotal) * 10_000)), 10_000);
  })();

  const measures: Stats['measures'] = {
    progressPublished: ratio(figures.published, figures.received),
    onTime,
    onlineProcedures: ratio(services.fullyOnline + services.partlyOnline, services.total),
    onlineDossiers: ratio(figures.online, figures.received),
    onlinePayments: ratio(figures.paidOnline, figures.withFees),
    digitised: ratio(figures.digitised, figures.received),
    satisfaction,
    petitionsOnTime: ratio(petitions.answeredOnTime, petitions.answered + petitions.overdue),
  };

  return {
    generatedAt: nowIso,
    scope: scope.kind === 'country'
      ? { kind: 'country', code: null, name: scope.name, province: null }
      : scope.kind === 'province'
        ? { kind: 'province', code: scope.code, name: scope.name, province: { code: scope.code, name: scope.name } }
        : { kind: 'agency', code: scope.code, name: scope.name, province: scope.province },
    period: { kind: period.kind, value: period.value, start: period.start.toISOString(), end: period.end.toISOString(), judgedAt: args.judge },
    services,
    dossiers: {
      received: figures.received, finished: figures.finished, finishedOnTime: figures.finishedOnTime, finishedLate: figures.finishedLate,
      overdue: figures.overdue, pending: figures.pending, byStatus,
    },
    payments,
    petitions,
    ratings,
    measures,
    index: scoreIndex(measures),
    monthly,
    agencies: agencyRows.map((a) => ({
      code: a.code, name: a.name, received: a.received, finished: a.finished, onTime: onTimeOf(a), online: ratio(a.online, a.received),
    })),
  };
}

/**
 * The index from the measures: each part scores max × min(1, rate ÷ fullAt), or 0 with no data; a
 * group is the sum of its parts, the total the sum of the groups, each as shown (one decimal), so
 * the figures on a page add up.
 */
export function scoreIndex(measures: Stats['measures']): Stats['index'] {
  const groups = (Object.keys(qualityIndexWeights) as QualityIndexGroup[]).map((group) => {
    const parts = (Object.entries(qualityIndexWeights[group]) as [QualityIndexPart, { max: number; fullAt: number }][])
      .map(([part, { max, fullAt }]) => {
        const rate = measures[part].rate;
        return { part, max, fullAt, rate, points: rate === null ? 0 : round1(max * Math.min(1, rate / fullAt)) };
      });
    return {
      group,
      max: parts.reduce((sum, p) => sum + p.max, 0),
      points: round1(parts.reduce((sum, p) => sum + p.points, 0)),
      measuredMax: parts.reduce((sum, p) => sum + (p.rate === null ? 0 : p.max), 0),
      parts,
    };
  });
  return {
    groups,
    total: round1(groups.reduce((sum, g) => sum + g.points, 0)),
    max: groups.reduce((sum, g) => sum + g.max, 0),
    measuredMax: groups.reduce((sum, g) => sum + g.measuredMax, 0),
  };
}
