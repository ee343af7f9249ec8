import type { Stats } from '@dvc-kit/contract';
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
    return this.#http.call('stats.get', { query: filter }, options);
  }
}
