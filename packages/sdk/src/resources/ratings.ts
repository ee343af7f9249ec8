import { ratingRoutes, type DossierRating, type RatingInput } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';
import type { VerifierOptions } from './petitions.js';

/**
 * Citizens' ratings of their finished dossiers (đánh giá mức độ hài lòng), by the dossier's code and
 * the applicant's mobile number (its `verifier`), as the tracker reads a dossier. A resource of its
 * own, so pages that track, submit or pay do not carry the rating schemas. A logged-in citizen rates
 * from the account instead: `account(bff).rate(code, input)`.
 * @example
 * ```ts
 * const { ratable, rating } = await dvc.ratings.get(code, { verifier: '0912345678' });
 * if (ratable) await dvc.ratings.rate(code, { overall: 5, criteria: { onTime: 5 } }, { verifier: '0912345678' });
 * ```
 */
export class RatingsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * The dossier's rating by its applicant: whether it may be rated now (`ratable`: result returned,
   * not accepted, or stopped) and the rating given (`rating`, null before the first). A wrong phone is
   * `not_found` (`dossier_not_found`), as when tracking.
   * @example
   * ```ts
   * const { rating } = await dvc.ratings.get(code, { verifier: '0912345678' });
   * if (rating) console.log(`Đã đánh giá ${rating.overall}/5`);
   * ```
   */
  get(code: string, options: VerifierOptions & RequestOptions): Promise<DossierRating> {
    return this.#http.call(ratingRoutes.get, { params: { code }, headers: { 'dvc-verifier': options?.verifier } }, options);
  }

  /**
   * Rates a finished dossier: `overall` 1–5 (5 Rất hài lòng), optional `criteria` each 1–5, an
   * optional `comment` (≤ 1,200 characters, never published). One rating per dossier: rating again
   * replaces it. A dossier still in progress is a `conflict` (`dossier_not_finished`); a withdrawn one
   * too (`dossier_withdrawn_not_ratable`); a wrong phone, `not_found`.
   * @example
   * ```ts
   * await dvc.ratings.rate(code, { overall: 5, criteria: { onTime: 5 }, comment: 'Cán bộ hướng dẫn tận tình' }, { verifier });
   * ```
   */
  rate(code: string, input: RatingInput, options: VerifierOptions & RequestOptions): Promise<DossierRating> {
    return this.#http.call(ratingRoutes.put, {
      params: { code }, headers: { 'dvc-verifier': options?.verifier }, body: input,
    }, options);
  }
}

/**
 * The ratings resource (read and give a dossier's rating by code and phone) on a connection. One
 * instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { ratings } from '@dvc-kit/sdk/ratings';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * await ratings(connection).rate(code, { overall: 4 }, { verifier: '0912345678' });
 * ```
 */
export const ratings: (connection: DvcConnection) => RatingsResource = /* @__PURE__ */ resourceOf((http) => new RatingsResource(http));
