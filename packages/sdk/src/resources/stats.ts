import { statsRoutes } from '@dvc-kit/contract';
import type { Stats, StatsQuery } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';

/**
 * Transparency figures as Decision 766 computes the service-quality index: each measure with its
 * numerator, denominator and rate (null: no data, no points), the five groups out of 18/20/22/22/18,
 * dossiers by status 1–10, a 12-month series and a per-agency table.
 * @example
 * ```ts
 * const national = await dvc.stats.get();
 * const thanhHoa = await dvc.stats.get({ province: '38', period: '2026-Q4' });
 * ```
 */
export class StatsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * The figures for the whole country, one province (two-digit code) or one agency (its code), over
   * a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`; the current year by default).
   * @example
   * ```ts
   * const { index, measures } = await dvc.stats.get({ agency: '000.00.01.H56', period: '2026-11' });
   * ```
   */
  get(filter: StatsQuery = {}, options?: RequestOptions): Promise<Stats> {
    return this.#http.call(statsRoutes.get, { query: filter }, options);
  }
}

/**
 * The transparency figures on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { stats } from '@dvc-kit/sdk/stats';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const figures = await stats(connection).get({ province: '38', period: '2026-Q4' });
 * ```
 */
export const stats: (connection: DvcConnection) => StatsResource = /* @__PURE__ */ resourceOf((http) => new StatsResource(http));
