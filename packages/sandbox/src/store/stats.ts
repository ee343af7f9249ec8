/**
 * Transparency figures (`GET /v1/stats`), computed from the database on every request, nationally
 * or for one province, with a service-quality index out of 100 in the portal's five parts.
 */
import { dossierStatusInfo, type DossierStatus, type Stats } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';

/** Weights of the five parts of the index (they add up to 100). */
export const indexWeights = { disclosure: 18, progress: 20, onlineService: 22, satisfaction: 18, digitisation: 22 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
/** A share in 0–1 with 4 decimals, or null when there is nothing to divide by. */
const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
/** A share for the index: 0 when there is no data (nothing measured, nothing scored). */
const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

interface DossierFigures {
  total: number;
  online: number;
  finished: number;
  finishedOnTime: number;
  finishedLate: number;
  overdue: number;
  withAttachments: number;
  withFees: number;
  paidOnline: number;
}

/** Computes the figures for the whole country (`province` null) or one province. */
export function computeStats(sb: Sandbox, province: { code: string; name: string } | null): Stats {
  const now = sb.now().toISOString();
  const db = sb.db;
  const p = province?.code ?? null;

  // Services: the national catalogue (national records only) or a province's local instances.
  const services = db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(online_level = 'full'), 0) AS fullyOnline,
              coalesce(sum(online_level = 'partial'), 0) AS partlyOnline
       FROM procedures WHERE status = 'active' AND ${p ? 'province_code = @p' : 'is_local = 0'}`,
    )
    .get(p ? { p } : {}) as { total: number; fullyOnline: number; partlyOnline: number };

  // Dossiers of the province (by the province recorded on the dossier), or all of them.
  const dossierScope = p ? 'd.province_code = @p' : '1 = 1';
  const d = db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(d.channel = 'online'), 0) AS online,
              coalesce(sum(d.completed_at IS NOT NULL), 0) AS finished,
              coalesce(sum(d.completed_at IS NOT NULL AND (d.due_at IS NULL OR d.completed_at <= d.due_at)), 0) AS finishedOnTime,
              coalesce(sum(d.completed_at IS NOT NULL AND d.due_at IS NOT NULL AND d.completed_at > d.due_at), 0) AS finishedLate,
              coalesce(sum(d.completed_at IS NULL AND d.due_at IS NOT NULL AND d.due_at < @now), 0) AS overdue,
              coalesce(sum(EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_code = d.code)), 0) AS withAttachments,
              coalesce(sum(d.fees_total > 0), 0) AS withFees,
              coalesce(sum(d.fees_total > 0 AND EXISTS (
                SELECT 1 FROM payments y WHERE y.dossier_code = d.code AND y.status = 'succeeded')), 0) AS paidOnline
       FROM dossiers d WHERE ${dossierScope}`,
    )
    .get(p ? { p, now } : { now }) as DossierFigures;
  const byStatus = Object.fromEntries((Object.keys(dossierStatusInfo) as DossierStatus[]).map((s) => [s, 0])) as Record<string, number>;
  for (const row of db
    .prepare(`SELECT d.status AS status, count(*) AS n FROM dossiers d WHERE ${dossierScope} GROUP BY d.status`)
    .all(p ? { p } : {}) as { status: string; n: number }[]) {
    byStatus[row.status] = row.n;
  }

  const payments = db
    .prepare(
      `SELECT count(*) AS succeeded, coalesce(sum(y.amount), 0) AS amount
       FROM payments y JOIN dossiers d ON d.code = y.dossier_code
       WHERE y.status = 'succeeded' AND ${dossierScope}`,
    )
    .get(p ? { p } : {}) as { succeeded: number; amount: number };

  // Petitions have no province of their own: in a province, count those about one of its local procedures.
  const petitionScope = p ? 'service_code IN (SELECT code FROM procedures WHERE province_code = @p)' : '1 = 1';
  const pet = db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(status = 'answered'), 0) AS answered,
              coalesce(sum(status = 'answered' AND answered_at <= due_at), 0) AS answeredOnTime,
              coalesce(sum(status <> 'answered' AND due_at < @now), 0) AS openOverdue
       FROM petitions WHERE ${petitionScope}`,
    )
    .get(p ? { p, now } : { now }) as { total: number; answered: number; answeredOnTime: number; openOverdue: number };

  // The index. Each part is its weight × a share in 0–1 computed from the data above; a part with
  // nothing to measure (no procedures, dossiers or petitions in scope) scores 0.
  const w = indexWeights;
  const parts = {
    // Public disclosure (18): share of the procedures in scope published with an online service
    // (online level 'full' or 'partial'), i.e. whose whole process is disclosed and trackable online.
    disclosure: w.disclosure * share(services.fullyOnline + services.partlyOnline, services.total),
    // Processing progress (20): share of dossiers that are not late — late means finished after
    // the due date, or still open past it. Dossiers without a due date (not yet received, or
    // closed before reception) cannot be late. Unlike `onTimeRate` this also counts open dossiers,
    // so a backlog of overdue dossiers shows before they are finished.
    progress: w.progress * share(d.total - d.finishedLate - d.overdue, d.total),
    // Online service and payment (22): mean of the share of dossiers submitted online and the share
    // of dossiers with fees whose fees were paid online (a succeeded payment); when no dossier owes
    // fees, the online-submission share alone.
    onlineService:
      w.onlineService * (d.withFees > 0 ? (share(d.online, d.total) + share(d.paidOnline, d.withFees)) / 2 : share(d.online, d.total)),
    // Satisfaction (18): share of petitions answered on time (answered by their due date) among
    // those that had to be answered by now (answered, or open and past their due date); petitions
    // still within their 10 working days do not count against it.
    satisfaction: w.satisfaction * share(pet.answeredOnTime, pet.answered + pet.openOverdue),
    // Digitisation (22): share of dossiers carrying digital attachments (uploaded documents).
    digitisation: w.digitisation * share(d.withAttachments, d.total),
  };
  const index = {
    disclosure: round1(parts.disclosure),
    progress: round1(parts.progress),
    onlineService: round1(parts.onlineService),
    satisfaction: round1(parts.satisfaction),
    digitisation: round1(parts.digitisation),
    total: 0,
  };
  // The total is the sum of the parts as shown, so the figures on a page add up.
  index.total = round1(index.disclosure + index.progress + index.onlineService + index.satisfaction + index.digitisation);

  return {
    generatedAt: now,
    province,
    services,
    dossiers: {
      total: d.total,
      online: d.online,
      byStatus,
      finished: d.finished,
      finishedOnTime: d.finishedOnTime,
      onTimeRate: rate(d.finishedOnTime, d.finished),
      overdue: d.overdue,
    },
    payments,
    petitions: {
      total: pet.total,
      answered: pet.answered,
      answeredOnTime: pet.answeredOnTime,
      answerRate: rate(pet.answered, pet.total),
    },
    index,
  };
}
