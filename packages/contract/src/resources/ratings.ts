import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime, label } from './common.js';
import { dossierCodeParams, dossierStatus } from './dossiers.js';
import { verifierHeaders } from './verifier.js';

/**
 * Citizens' ratings of their dossiers (đánh giá mức độ hài lòng): one per dossier, given once the
 * dossier is finished and changed by giving it again. The portal publishes them only as counts and
 * percentages (the figures), never the comments.
 */

/** The five levels the ministry portals use, 5 the best. */
export const ratingLevel = z.int().check(
  z.gte(1),
  z.lte(5),
  z.meta({ description: '5 Rất hài lòng, 4 Hài lòng, 3 Bình thường, 2 Không hài lòng, 1 Rất không hài lòng' }),
);
export type RatingLevel = 1 | 2 | 3 | 4 | 5;

/** Each level's label, best first, as the portals word it. */
export const ratingLevelLabels: Record<RatingLevel, z.infer<typeof label>> = {
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  3: { vi: 'Bình thường', en: 'Neither satisfied nor dissatisfied' },
  2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};

/**
 * The criteria a citizen may rate besides the overall level, each optional: the ones of a
 * provincial portal's twelve that a citizen can judge after a dossier (PORTAL-INTEGRATION.md, "Ratings").
 */
export const ratingCriterion = z.enum(['onTime', 'staffAttitude', 'onlineConvenience', 'contacts', 'publicity']);
export type RatingCriterion = z.infer<typeof ratingCriterion>;

/** Each criterion's label, in the order a form asks them. */
export const ratingCriterionLabels: Record<RatingCriterion, z.infer<typeof label>> = {
  onTime: { vi: 'Trả kết quả đúng hẹn', en: 'Result returned on time' },
  staffAttitude: { vi: 'Thái độ của cán bộ, công chức', en: "Officials' attitude" },
  onlineConvenience: { vi: 'Sự thuận tiện của dịch vụ công trực tuyến', en: 'Convenience of the online service' },
  contacts: { vi: 'Số lần phải liên hệ, đi lại để giải quyết hồ sơ', en: 'Number of contacts and trips the dossier took' },
  publicity: { vi: 'Công khai, minh bạch thủ tục hành chính', en: 'Publicity of the procedure' },
};

/** At most this many characters of comment (after trimming), as GOV.UK's feedback takes. */
export const ratingCommentMax = 1200;

/** The criteria rated, each 1–5 (labels: `ratingCriterionLabels`); one left out is not rated, an unknown one is dropped. */
export const ratingCriteria = z.object({
  onTime: z.optional(ratingLevel),
  staffAttitude: z.optional(ratingLevel),
  onlineConvenience: z.optional(ratingLevel),
  contacts: z.optional(ratingLevel),
  publicity: z.optional(ratingLevel),
});
export type RatingCriteria = z.infer<typeof ratingCriteria>;

export const ratingInput = z.object({
  overall: ratingLevel,
  criteria: z._default(ratingCriteria, {}),
  comment: z.optional(z.string().check(
    z.trim(),
    z.maxLength(ratingCommentMax),
  )),
});
export type RatingInput = z.input<typeof ratingInput>;

/** How the rating was given: by code and phone (the tracker), or from the citizen's account. */
export const ratingVia = z.enum(['phone', 'account']);

export const rating = z.object({
  overall: ratingLevel,
  criteria: ratingCriteria,
  comment: z.nullable(z.string()),
  via: ratingVia,
  ratedAt: dateTime,
});
export type Rating = z.infer<typeof rating>;

/** A dossier's rating as its applicant sees it: whether it can be rated now, and the rating given. */
export const dossierRating = z.object({
  code: z.string(),
  status: dossierStatus,
  /** Whether the dossier may be rated now (status done, denied or unresolved). */
  ratable: z.boolean(),
  /** The rating given (null: none yet). */
  rating: z.nullable(rating),
});
export type DossierRating = z.infer<typeof dossierRating>;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const ratingGet = {
  method: 'GET', path: '/v1/dossiers/{code}/rating', scope: 'read',
  params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossierRating,
} as const satisfies RouteDef;

const ratingPut = {
  method: 'PUT', path: '/v1/dossiers/{code}/rating', scope: 'submit',
  params: dossierCodeParams, headers: verifierHeaders, body: ratingInput, status: 200, response: dossierRating,
} as const satisfies RouteDef;

const accountRatingGet = {
  method: 'GET', path: '/v1/me/dossiers/{code}/rating', scope: 'account',
  params: dossierCodeParams, status: 200, response: dossierRating,
} as const satisfies RouteDef;

const accountRatingPut = {
  method: 'PUT', path: '/v1/me/dossiers/{code}/rating', scope: 'account',
  params: dossierCodeParams, body: ratingInput, status: 200, response: dossierRating,
} as const satisfies RouteDef;

/** Rating a dossier: by code and phone (a publishable key), or from the citizen's account. */
export const ratingRoutes = {
  get: ratingGet, put: ratingPut, account: { get: accountRatingGet, put: accountRatingPut },
} as const;
