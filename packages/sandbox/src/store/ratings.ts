/**
 * Citizens' ratings of their dossiers (issue 19): one per dossier, replaced by a new one, given once
 * the dossier is finished. A rating is announced to the dossier's agency's webhooks (`dossier.rated`)
 * without its comment; the figures read this table for satisfaction, as counts only.
 */
import {
  dossierStatusInfo, ratableDossierStatuses,
  type DossierRating, type Rating, type RatingCriteria, type RatingInput,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { json } from './db.js';
import { dossierOwner, type DossierRow } from './dossiers.js';

interface RatingRow {
  dossier_code: string;
  overall: number;
  criteria: string;
  comment: string | null;
  via: Rating['via'];
  rated_at: string;
}

const toRating = (row: RatingRow): Rating => ({
  overall: row.overall,
  criteria: json<RatingCriteria>(row.criteria) ?? {},
  comment: row.comment,
  via: row.via,
  ratedAt: row.rated_at,
});

/** The dossier's rating as its applicant sees it: whether it may be rated now, and the rating given. */
export function dossierRating(sb: Sandbox, dossier: Pick<DossierRow, 'code' | 'status'>): DossierRating {
  const row = sb.db.prepare('SELECT * FROM ratings WHERE dossier_code = ?').get(dossier.code) as RatingRow | undefined;
  return {
    code: dossier.code,
    status: dossier.status,
    ratable: ratableDossierStatuses.includes(dossier.status),
    rating: row ? toRating(row) : null,
  };
}

/**
 * Rates a finished dossier (done, not accepted, stopped), replacing its rating, and announces it.
 * A dossier still in progress is 409 `dossier_not_finished`; a withdrawn one, 409 `dossier_withdrawn_not_ratable`.
 */
export function rateDossier(sb: Sandbox, dossier: DossierRow, input: RatingInput, via: Rating['via']): DossierRating {
  if (dossier.status === 'cancelled') throw new ApiError(409, 'dossier_withdrawn_not_ratable', { code: dossier.code });
  if (!ratableDossierStatuses.includes(dossier.status)) {
    throw new ApiError(409, 'dossier_not_finished', { code: dossier.code, status: dossierStatusInfo[dossier.status].label });
  }
  const ratedAt = sb.now().toISOString();
  // Only the criteria rated, in the contract's order: an absent criterion is "not rated".
  const criteria = Object.fromEntries(Object.entries(input.criteria ?? {}).filter(([, level]) => level !== undefined)) as RatingCriteria;
  const comment = input.comment?.trim() || null;
  sb.db.prepare(
    `INSERT INTO ratings (dossier_code, overall, criteria, comment, via, rated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (dossier_code) DO UPDATE SET overall = excluded.overall, criteria = excluded.criteria,
       comment = excluded.comment, via = excluded.via, rated_at = excluded.rated_at`,
  ).run(dossier.code, input.overall, JSON.stringify(criteria), comment, via, ratedAt);
  // The comment stays with the portal: it may name people, and receivers publish what they get.
  sb.events.emit('webhook', {
    type: 'dossier.rated',
    data: { code: dossier.code, overall: input.overall, criteria, ratedAt },
    owner: dossierOwner(dossier),
  });
  return dossierRating(sb, dossier);
}
