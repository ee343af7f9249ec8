import { placeRoutes, serviceRoutes } from '@dvc-kit/contract';
import type {
  Agency, Commune, CommuneList, Level, Sector, ServiceDetail, ServiceSearchQuery, ServiceSearchResult, ServiceSummary,
} from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';
import { PageList } from '../pagination.js';

/** Filters of {@link ServicesResource.search}; every field is optional. */
export type ServiceSearchParams = ServiceSearchQuery;

/**
 * The catalogue of administrative procedures (thủ tục hành chính).
 * @example
 * ```ts
 * const page = await dvc.services.search({ q: 'dang ky khai sinh', level: 'commune' });
 * const detail = await dvc.services.get(page.data[0].code);
 * ```
 */
export class ServicesResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Searches procedures the way citizens type: without diacritics, with abbreviations and synonyms
   * (`gplx`, `sổ đỏ`, `công ty`), filler words, a prefix while typing and one typo. Nationally, each
   * procedure comes once, its provinces' copies folded (`localCopies`); with `province`, that
   * province's copies and the central procedures. Await it for one page (`data`, `total`, `facets`
   * with `province` and `agency` counts, `match`, `popular`, `nextCursor`), or iterate it for every
   * match. `match` is `partial` or `none` when nothing covers the text well; `popular` then lists
   * the most used procedures, so a search never ends empty-handed. `page` (1, 2…) opens a page by
   * number, for links.
   * @example
   * ```ts
   * const { data, facets, total, match } = await dvc.services.search({ q: 'lam lai giay khai sinh', limit: 10 });
   * const hue = await dvc.services.search({ q: 'dang ky thuong tru', province: '46' }); // Huế's copy
   * for await (const s of dvc.services.search({ sector: 'ho-tich' })) console.log(s.name);
   * ```
   */
  search(params: ServiceSearchParams = {}, options?: RequestOptions): PageList<ServiceSummary, ServiceSearchResult> {
    return new PageList(
      (cursor) => this.#http.call(serviceRoutes.search, { query: { ...params, ...(cursor ? { cursor } : {}) } }, options),
      params.cursor,
      this.#http.locale,
    );
  }

  /**
   * One procedure in full: fees, processing time, documents, steps, legal basis, agencies. An old
   * (replaced) code answers with the procedure that replaced it.
   * @example
   * ```ts
   * const birth = await dvc.services.get('1.001193');
   * console.log(birth.name, birth.fees);
   * ```
   */
  get(code: string, options?: RequestOptions): Promise<ServiceDetail> {
    return this.#http.call(serviceRoutes.get, { params: { code } }, options);
  }

  /**
   * Every sector (lĩnh vực) with its number of procedures.
   * @example
   * ```ts
   * const sectors = await dvc.services.sectors();
   * ```
   */
  async sectors(options?: RequestOptions): Promise<Sector[]> {
    return (await this.#http.call(serviceRoutes.sectors, {}, options)).data;
  }

  /**
   * Implementing agencies, optionally of one province (two-digit code) or level.
   * @example
   * ```ts
   * const agencies = await dvc.services.agencies({ province: '38', level: 'commune' });
   * ```
   */
  async agencies(filter: { province?: string; level?: Level } = {}, options?: RequestOptions): Promise<Agency[]> {
    return (await this.#http.call(serviceRoutes.agencies, { query: filter }, options)).data;
  }

  /**
   * The communes and wards (xã, phường, đặc khu) of a province since 1 Jul 2025, in code order: where
   * a commune-level dossier is received (`commune` of a submission) and the commune of an address.
   * @example
   * ```ts
   * const { province, data } = await dvc.services.communes('46'); // Huế: 40 wards and communes
   * ```
   */
  communes(province: string, options?: RequestOptions): Promise<CommuneList> {
    return this.#http.call(placeRoutes.communes, { params: { code: province } }, options);
  }
}

export type { Commune, CommuneList };

/**
 * The procedures resource (search, detail, sectors, agencies) on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { services } from '@dvc-kit/sdk/services';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const { data } = await services(connection).search({ q: 'khai sinh' });
 * ```
 */
export const services: (connection: DvcConnection) => ServicesResource = /* @__PURE__ */ resourceOf((http) => new ServicesResource(http));
