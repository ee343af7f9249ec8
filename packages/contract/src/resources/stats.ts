import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime } from './common.js';
import { dossierStatus } from './dossier-status.js';

/**
 * Transparency figures (`GET /v1/stats`) as Decision 766/QĐ-TTg (2022) computes the service-quality
 * index: for the whole country, a province or an agency, over a month, a quarter or a year in
 * Vietnam's time (Asia/Ho_Chi_Minh, UTC+7).
 */

/** `2026-11` (a month), `2026-Q4` (a quarter) or `2026` (a year). */
export const statsPeriodPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

// The schemas below carry no descriptions: they are loaded by browsers, and how each figure is
// computed takes paragraphs. ./stats.docs.ts writes them into the OpenAPI document and the API reference.

export const statsPeriod = z.string().check(z.superRefine((value, ctx) => {
  if (!statsPeriodPattern.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'period.format', input: value, params: { code: 'period.format', value } });
  }
}));

export const statsQuery = z.object({
  province: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  // The pattern of sync's agencyCode, written here so the stats schema does not pull in the sync schemas.
  agency: z.optional(z.string().check(z.maxLength(50), z.regex(/^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/))),
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
export const statsRatio = z.object({ numerator: z.int(), denominator: z.int(), rate: z.nullable(z.number()) });
export type StatsRatio = z.infer<typeof statsRatio>;
/** A ratio of its own (a copy), so each measure can carry its own description. */
const measure = () => statsRatio.check();

/** The parts the index is made of (the figures each group scores). */
export const qualityIndexPart = z.enum([
  'progressPublished', 'onTime', 'onlineProcedures', 'onlineDossiers', 'onlinePayments', 'digitised', 'satisfaction', 'petitionsOnTime',
]);
export type QualityIndexPart = z.infer<typeof qualityIndexPart>;

/** The five groups of the index, out of 100. */
export const qualityIndexGroup = z.enum(['disclosure', 'progress', 'onlineService', 'digitisation', 'satisfaction']);
export type QualityIndexGroup = z.infer<typeof qualityIndexGroup>;

/**
 * How the index is built: each group's parts, each part's maximum and the rate at which it scores
 * full points (below it, points = max × rate ÷ fullAt). The groups' maximums are Decision 766's
 * (18/20/22/22/18); the split of a group between its parts is DVC Kit's.
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

/** Each group's name, in Vietnamese as the portal's figures pages name it, and in English. */
export const qualityIndexGroupLabels: Readonly<Record<QualityIndexGroup, { vi: string; en: string }>> = {
  disclosure: { vi: 'Công khai, minh bạch', en: 'Public disclosure' },
  progress: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results' },
  onlineService: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online services' },
  digitisation: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
  satisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
};

/** Each part's name (the figure it scores), in Vietnamese and in English. */
export const qualityIndexPartLabels: Readonly<Record<QualityIndexPart, { vi: string; en: string }>> = {
  progressPublished: { vi: 'Hồ sơ được công khai tiến độ', en: 'Dossiers with published progress' },
  onTime: { vi: 'Hồ sơ giải quyết đúng hạn', en: 'Dossiers finished on time' },
  onlineProcedures: { vi: 'Thủ tục cung cấp trực tuyến', en: 'Procedures offered online' },
  onlineDossiers: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
  onlinePayments: { vi: 'Hồ sơ có phí thanh toán trực tuyến', en: 'Fees paid online' },
  digitised: { vi: 'Hồ sơ được số hóa', en: 'Digitised dossiers' },
  satisfaction: { vi: 'Mức độ hài lòng về thủ tục', en: 'Satisfaction with procedures' },
  petitionsOnTime: { vi: 'Phản ánh, kiến nghị trả lời đúng hạn', en: 'Petitions answered on time' },
};

export const qualityIndexPartScore = z.object({
  part: qualityIndexPart, max: z.number(), fullAt: z.number(), rate: z.nullable(z.number()), points: z.number(),
});

export const qualityIndexGroupScore = z.object({
  group: qualityIndexGroup, max: z.number(), points: z.number(), measuredMax: z.number(), parts: z.array(qualityIndexPartScore),
});

/** The index: five groups out of 18/20/22/22/18 and their total out of 100. */
export const qualityIndex = z.object({
  groups: z.array(qualityIndexGroupScore), total: z.number(), max: z.number(), measuredMax: z.number(),
});
export type QualityIndex = z.infer<typeof qualityIndex>;

/** The ratings of the period: counts per level (5 Rất hài lòng … 1 Rất không hài lòng), never comments. */
export const statsRatings = z.object({
  total: z.int(),
  levels: z.array(z.object({ level: z.int().check(z.gte(1), z.lte(5)), count: z.int(), rate: z.nullable(z.number()) })),
  dislikes: measure(),
});

export const statsMeasures = z.object({
  progressPublished: measure(),
  onTime: measure(),
  onlineProcedures: measure(),
  onlineDossiers: measure(),
  onlinePayments: measure(),
  digitised: measure(),
  satisfaction: measure(),
  petitionsOnTime: measure(),
});

export const statsAgencyRow = z.object({
  code: z.string(), name: z.string(), received: z.int(), finished: z.int(), onTime: measure(), online: measure(),
});

export const statsMonth = z.object({
  month: z.string(), received: z.int(), finished: z.int(), onTime: measure(), online: measure(),
});

export const statsScope = z.object({
  kind: z.enum(['country', 'province', 'agency']),
  code: z.nullable(z.string()),
  name: z.string(),
  province: z.nullable(z.object({ code: z.string(), name: z.string() })),
});

export const statsPeriodInfo = z.object({
  kind: z.enum(['month', 'quarter', 'year']), value: z.string(), start: dateTime.check(), end: dateTime.check(), judgedAt: dateTime.check(),
});

export const statsDossiers = z.object({
  received: z.int(),
  finished: z.int(),
  finishedOnTime: z.int(),
  finishedLate: z.int(),
  overdue: z.int(),
  pending: z.int(),
  byStatus: z.array(z.object({ code: z.int(), status: dossierStatus, count: z.int() })),
});

export const statsPetitions = z.object({ received: z.int(), answered: z.int(), answeredOnTime: z.int(), overdue: z.int() });

export const stats = z.object({
  generatedAt: dateTime,
  scope: statsScope,
  period: statsPeriodInfo,
  services: z.object({ total: z.int(), fullyOnline: z.int(), partlyOnline: z.int() }),
  dossiers: statsDossiers,
  payments: z.object({ succeeded: z.int(), amount: z.int() }),
  petitions: statsPetitions,
  ratings: statsRatings,
  measures: statsMeasures,
  index: qualityIndex,
  monthly: z.array(statsMonth),
  agencies: z.array(statsAgencyRow),
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
