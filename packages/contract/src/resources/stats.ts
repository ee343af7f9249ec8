import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime } from './common.js';
import { dossierStatus } from './dossiers.js';

/**
 * Transparency figures (`GET /v1/stats`) as Decision 766/QĐ-TTg (2022) computes the service-quality
 * index: for the whole country, a province or an agency, over a month, a quarter or a year in
 * Vietnam's time (Asia/Ho_Chi_Minh, UTC+7).
 */

/** `2026-11` (a month), `2026-Q4` (a quarter) or `2026` (a year). */
export const statsPeriodPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export const statsPeriod = z.string().check(
  z.superRefine((value, ctx) => {
    if (!statsPeriodPattern.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'period.format', input: value, params: { code: 'period.format', value } });
    }
  }),
  z.meta({
    description: 'A month (2026-11), a quarter (2026-Q4) or a year (2026), in Vietnam\'s time; the current year when omitted. '
      + 'A period that has not begun is refused',
    example: '2026-Q4',
  }),
);

export const statsQuery = z.object({
  province: z.optional(z.string().check(z.regex(/^\d{2}$/), z.meta({ description: "A province's two-digit code: its figures" }))),
  // The pattern of sync's agencyCode, written here so the stats schema does not pull in the sync schemas.
  agency: z.optional(z.string().check(
    z.maxLength(50),
    z.regex(/^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/),
    z.meta({ description: "An agency's code (e.g. 000.00.01.H56): its figures (not with province)" }),
  )),
  period: z.optional(statsPeriod),
}).check(z.superRefine((value, ctx) => {
  if (value.province !== undefined && value.agency !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'stats.one_scope', path: ['agency'], input: value.agency, params: { code: 'stats.one_scope' } });
  }
}));
export type StatsQuery = z.input<typeof statsQuery>;

/**
 * A share: `numerator` of `denominator`, `rate` = numerator ÷ denominator in 0–1 (4 decimals), or
 * null when the denominator is 0: no data, which scores nothing.
 */
export const statsRatio = z.object({
  numerator: z.int(),
  denominator: z.int(),
  rate: z.nullable(z.number()).check(z.meta({ description: 'numerator ÷ denominator in 0–1; null: no data (nothing to divide by)' })),
});
export type StatsRatio = z.infer<typeof statsRatio>;

/** The parts the index is made of (the figures each group scores). */
export const qualityIndexPart = z.enum([
  'progressPublished', 'onTime', 'onlineProcedures', 'onlineDossiers', 'onlinePayments', 'digitised', 'satisfaction', 'petitionsOnTime',
]);
export type QualityIndexPart = z.infer<typeof qualityIndexPart>;

/** The five groups of the index, out of 100. */
export const qualityIndexGroup = z.enum(['disclosure', 'progress', 'onlineService', 'digitisation', 'satisfaction']);
export type QualityIndexGroup = z.infer<typeof qualityIndexGroup>;

/**
 * How the index is built: each group's maximum and its parts, each part's maximum and the rate at
 * which it scores full points (below it, points = max × rate ÷ fullAt). The groups' maximums are
 * Decision 766's (18/20/22/22/18); the split of a group between its parts is DVC Kit's.
 */
export const qualityIndexWeights: Readonly<Record<QualityIndexGroup, Readonly<Partial<Record<QualityIndexPart, { max: number; fullAt: number }>>>>> = {
  disclosure: { progressPublished: { max: 18, fullAt: 1 } },
  progress: { onTime: { max: 20, fullAt: 1 } },
  onlineService: {
    onlineProcedures: { max: 6, fullAt: 0.8 },
    onlineDossiers: { max: 8, fullAt: 0.5 },
    onlinePayments: { max: 8, fullAt: 1 },
  },
  digitisation: { digitised: { max: 22, fullAt: 1 } },
  satisfaction: { satisfaction: { max: 12, fullAt: 0.9 }, petitionsOnTime: { max: 6, fullAt: 1 } },
};

const indexPart = z.object({
  part: qualityIndexPart,
  max: z.number(),
  fullAt: z.number().check(z.meta({ description: 'The rate from which the part scores its maximum' })),
  rate: z.nullable(z.number()).check(z.meta({ description: "The part's rate (see `measures`); null: no data, 0 points" })),
  points: z.number().check(z.meta({ description: 'max × min(1, rate ÷ fullAt), one decimal; 0 when rate is null' })),
});

const indexGroupSchema = z.object({
  group: qualityIndexGroup,
  max: z.number().check(z.meta({ description: 'disclosure 18, progress 20, onlineService 22, digitisation 22, satisfaction 18' })),
  points: z.number().check(z.meta({ description: "The sum of its parts' points (one decimal)" })),
  measuredMax: z.number().check(z.meta({ description: 'The maximum of its parts that have data (what the points are out of, really)' })),
  parts: z.array(indexPart),
});

/** The index: five groups out of 18/20/22/22/18 and their total out of 100. */
export const qualityIndex = z.object({
  groups: z.array(indexGroupSchema).check(z.meta({ description: 'disclosure, progress, onlineService, digitisation, satisfaction, in this order' })),
  total: z.number().check(z.meta({ description: "The sum of the groups' points, out of 100" })),
  max: z.number().check(z.meta({ description: '100' })),
  measuredMax: z.number().check(z.meta({ description: 'The maximum of the parts that have data' })),
});
export type QualityIndex = z.infer<typeof qualityIndex>;

const ratio = (description: string) => statsRatio.check(z.meta({ description }));

/** The ratings of the period: counts per level (5 Rất hài lòng … 1 Rất không hài lòng), never comments. */
export const statsRatings = z.object({
  total: z.int(),
  levels: z.array(z.object({
    level: z.int().check(z.gte(1), z.lte(5), z.meta({ description: '5 Rất hài lòng, 4 Hài lòng, 3 Bình thường, 2 Không hài lòng, 1 Rất không hài lòng' })),
    count: z.int(),
    rate: z.nullable(z.number()).check(z.meta({ description: 'count ÷ total; null when there are no ratings' })),
  })).check(z.meta({ description: 'Levels 5 down to 1' })),
  dislikes: ratio('Ratings of 1 or 2 over all ratings'),
});

const measures = z.object({
  progressPublished: ratio(
    'Public disclosure: dossiers of the period (submitted in it) whose progress the portal publishes (at least one progress entry), over those dossiers',
  ),
  onTime: ratio(
    'On time: dossiers finished in the period (first of Đã xử lý xong, Đã trả kết quả, Dừng xử lý or refused) by their due date, the applicant\'s '
      + 'supplement time added to the due date, over the dossiers judged: those finished in the period and those unfinished at its end (or now, '
      + 'for a period not yet over) whose due date has passed. A second supplement request makes a dossier overdue; dossiers without a due date '
      + 'and unfinished ones still within it are not judged',
  ),
  onlineProcedures: ratio('Procedures in scope offered online (fully or partly) over the active procedures in scope; full points from 80 %'),
  onlineDossiers: ratio('Dossiers submitted in the period through the online channel over all submitted in it; full points from 50 %'),
  onlinePayments: ratio(
    'Dossiers of the period that owe fees (fee-free procedures are left out) paid online (a payment on the portal, or a synced payment made '
      + "on the portal or a ministry's or province's gateway, not at the desk), over those dossiers",
  ),
  digitised: ratio('Dossiers of the period with digital documents (files uploaded, or a synced result with an electronic copy), over those dossiers'),
  satisfaction: ratio(
    'Procedure satisfaction = 100 % − (overdue % + % of the period\'s ratings that disliked, 1 or 2), at least 0; numerator and denominator are '
      + 'in basis points (of 10,000). No ratings in the period: no data (null), 0 points. Full points from 90 %',
  ),
  petitionsOnTime: ratio(
    'Petitions answered by their due date (10 working days from sending) among those answered in the period and those still unanswered past '
      + 'their due date at its end',
  ),
});

export const statsAgencyRow = z.object({
  code: z.string(),
  name: z.string(),
  received: z.int().check(z.meta({ description: 'Dossiers submitted in the period' })),
  finished: z.int().check(z.meta({ description: 'Dossiers finished in the period' })),
  onTime: statsRatio,
  online: statsRatio,
});

export const statsMonth = z.object({
  month: z.string().check(z.meta({ description: 'yyyy-MM, Vietnam time', example: '2026-11' })),
  received: z.int().check(z.meta({ description: 'Dossiers submitted in the month' })),
  finished: z.int().check(z.meta({ description: 'Dossiers finished in the month' })),
  onTime: ratio('As measures.onTime, for the month'),
  online: ratio('As measures.onlineDossiers, for the month'),
});

export const stats = z.object({
  generatedAt: dateTime,
  scope: z.object({
    kind: z.enum(['country', 'province', 'agency']),
    code: z.nullable(z.string()).check(z.meta({ description: 'The province or agency code; null for the whole country' })),
    name: z.string(),
    province: z.nullable(z.object({ code: z.string(), name: z.string() })).check(z.meta({ description: "The province (of the agency); null for the country or a central agency" })),
  }),
  period: z.object({
    kind: z.enum(['month', 'quarter', 'year']),
    value: z.string().check(z.meta({ example: '2026-Q4' })),
    start: dateTime.check(z.meta({ description: 'Its first instant (00:00 in Vietnam)' })),
    end: dateTime.check(z.meta({ description: 'Its last instant (23:59:59.999 in Vietnam)' })),
    judgedAt: dateTime.check(z.meta({ description: 'When unfinished dossiers and unanswered petitions are judged: the end, or now for a period not yet over' })),
  }),
  services: z.object({ total: z.int(), fullyOnline: z.int(), partlyOnline: z.int() }),
  dossiers: z.object({
    received: z.int().check(z.meta({ description: 'Submitted in the period' })),
    finished: z.int().check(z.meta({ description: 'Finished in the period' })),
    finishedOnTime: z.int(),
    finishedLate: z.int(),
    overdue: z.int().check(z.meta({ description: 'Unfinished when judged, past their due date (supplement time added)' })),
    pending: z.int().check(z.meta({ description: 'Unfinished when judged, still within their due date (or without one)' })),
    byStatus: z.array(z.object({ code: z.int(), status: dossierStatus, count: z.int() })).check(z.meta({
      description: 'Dossiers submitted in the period by their status now, codes 1–10 (dossierStatusInfo) in order',
    })),
  }),
  payments: z.object({ succeeded: z.int(), amount: z.int() }).check(z.meta({ description: "Payments taken on the portal in the period" })),
  petitions: z.object({
    received: z.int().check(z.meta({ description: 'Sent in the period' })),
    answered: z.int().check(z.meta({ description: 'Answered in the period' })),
    answeredOnTime: z.int(),
    overdue: z.int().check(z.meta({ description: 'Unanswered when judged, past their due date' })),
  }),
  ratings: statsRatings,
  measures,
  index: qualityIndex,
  monthly: z.array(statsMonth).check(z.meta({ description: 'The 12 months ending with the last month of the period, oldest first' })),
  agencies: z.array(statsAgencyRow).check(z.meta({ description: 'Agencies with dossiers in the period, most received first' })),
});
export type Stats = z.infer<typeof stats>;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const statsGet = {
  method: 'GET', path: '/v1/stats', scope: 'read',
  query: statsQuery, status: 200, response: stats,
} as const satisfies RouteDef;

/** Transparency figures. */
export const statsRoutes = { get: statsGet } as const;

// ---------------------------------------------------------------------------------------------
// Periods

const VN_OFFSET_MS = 7 * 3600_000;

/** A period as the figures use it: its kind, its first and last instants, and its months. */
export interface StatsPeriodRange {
  kind: 'month' | 'quarter' | 'year';
  /** As written: `2026-11`, `2026-Q4`, `2026`. */
  value: string;
  /** 00:00 of its first day in Vietnam. */
  start: Date;
  /** Its last instant: 23:59:59.999 of its last day in Vietnam. */
  end: Date;
  /** Its first month, as (year, month 1–12). */
  year: number;
  firstMonth: number;
  /** How many months it has: 1, 3 or 12. */
  length: number;
}

/** The first instant of month `month` (1–12, may overflow into the next years) of `year` in Vietnam. */
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS);

/** The range of `2026-11`, `2026-Q4` or `2026` in Vietnam's time (UTC+7, no daylight saving), or null when it is not one. */
export function statsPeriodRange(value: string): StatsPeriodRange | null {
  const match = statsPeriodPattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const [kind, firstMonth, length] = match[2] ? ['month' as const, Number(match[2]), 1]
    : match[3] ? ['quarter' as const, (Number(match[3]) - 1) * 3 + 1, 3]
    : ['year' as const, 1, 12];
  return {
    kind, value, year, firstMonth, length,
    start: monthStart(year, firstMonth),
    end: new Date(monthStart(year, firstMonth + length).getTime() - 1),
  };
}

/** The year under way at `now` in Vietnam, as a period (`2026`): the figures' default. */
export const currentStatsYear = (now: Date): string => String(new Date(now.getTime() + VN_OFFSET_MS).getUTCFullYear());

/** The 12 months ending with the last month of `period`, oldest first: `yyyy-MM` and their ranges. */
export function statsMonths(period: StatsPeriodRange): StatsPeriodRange[] {
  const last = period.firstMonth + period.length - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(period.year, last - 12 + i, 1));
    return statsPeriodRange(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`)!;
  });
}
