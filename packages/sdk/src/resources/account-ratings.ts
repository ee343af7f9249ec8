import { ratingRoutes, type DossierRating, type RatingInput } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';

/**
 * The logged-in citizen's ratings of the account's finished dossiers, with the citizen's access token
 * like the rest of the account (a page through the site's backend-for-frontend; a server with
 * `{ accessToken }`). Exported by `@dvc-kit/sdk/account`. By code and phone instead: `@dvc-kit/sdk/ratings`.
 * @example
 * ```ts
 * const bff = connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' });
 * const { ratable, rating } = await accountRatings(bff).get(code);
 * ```
 */
export class AccountRatingsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * One of the account's dossiers' rating: whether it may be rated now and the rating given (null
   * before the first); `not_found` (`account_dossier_not_found`) for a dossier not the account's.
   * @example
   * ```ts
   * const { ratable, rating } = await accountRatings(bff).get('000.00.38.H38-251123-0001');
   * ```
   */
  get(code: string, options?: RequestOptions): Promise<DossierRating> {
    return this.#http.call(ratingRoutes.account.get, { params: { code } }, options);
  }

  /**
   * Rates one of the account's finished dossiers (result returned, not accepted, or stopped): `overall`
   * 1–5, optional `criteria` and `comment` (≤ 1,200 characters). Rating again replaces it. Through the
   * site's BFF, a change carries its CSRF token (`headers: { 'x-csrf-token': … }`).
   * @example
   * ```ts
   * await accountRatings(bff).rate(code, { overall: 4, criteria: { staffAttitude: 5 } }, { headers: { 'x-csrf-token': csrf } });
   * ```
   */
  rate(code: string, input: RatingInput, options?: RequestOptions): Promise<DossierRating> {
    return this.#http.call(ratingRoutes.account.put, { params: { code }, body: input }, options);
  }
}

/**
 * The account's ratings resource on a connection (the site's BFF, or the portal with `{ accessToken }`).
 * One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { accountRatings } from '@dvc-kit/sdk/account';
 *
 * const bff = connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' });
 * await accountRatings(bff).rate(code, { overall: 5 }, { headers: { 'x-csrf-token': csrfToken } });
 * ```
 */
export const accountRatings: (connection: DvcConnection) => AccountRatingsResource =
  /* @__PURE__ */ resourceOf((http) => new AccountRatingsResource(http));
