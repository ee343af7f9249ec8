import { statsRoutes } from '@dvc-kit/contract';
import type { Stats } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';

/**
 * Transparency figures (dossiers received and on time, online share, service-quality index).
 * @example
 * ```ts
 * const national = await dvc.stats.get();
 * const thanhHoa = await dvc.stats.get({ province: '38' });
 * ```
 */
export class StatsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * The figures, nationally or for one province (two-digit code).
   * @example
   * ```ts
   * const { qualityIndex } = await dvc.stats.get({ province: '01' });
   * ```
   */
  get(filter: { province?: string } = {}, options?: RequestOptions): Promise<Stats> {
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
 * const figures = await stats(connection).get({ province: '38' });
 * ```
 */
export const stats: (connection: DvcConnection) => StatsResource = /* @__PURE__ */ resourceOf((http) => new StatsResource(http));
