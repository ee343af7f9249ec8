import { petitionRoutes } from '@dvc-kit/contract';
import type { Petition, PetitionCategory, PetitionSubmitInput, PublicPetition } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';
import { PageList, type Page } from '../pagination.js';

/** Proof that the caller sent the dossier or petition: the mobile number given with it. */
export interface VerifierOptions {
  /** The applicant's (or sender's) mobile number, sent as the `Dvc-Verifier` header. */
  verifier: string;
}

/** Filters of {@link PetitionsResource.list}. */
export interface PetitionListParams {
  /** Only petitions of this category. */
  category?: PetitionCategory;
  /** Only this province's petitions (two-digit code): addressed to its agencies or about its local procedures. */
  province?: string;
  /** Words to look for in the title and content. */
  q?: string;
  /** Page size (1–50, default 10). */
  limit?: number;
  /** Start at this page (a `nextCursor` from before). */
  cursor?: string;
}

/** A petition category and its name in the client's language. */
export interface PetitionCategoryItem {
  /** The category code. */
  code: PetitionCategory;
  /** Its name, e.g. "Thủ tục hành chính". */
  name: string;
}

/**
 * Petitions (phản ánh, kiến nghị) about regulations and administrative procedures.
 * @example
 * ```ts
 * const sent = await dvc.petitions.submit({ fullName, phone, category: 'procedure', title, content });
 * console.log(sent.code); // PAKN-251123-00001
 * ```
 */
export class PetitionsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Sends a petition; answers with its tracking code. Pass the same `idempotencyKey` when
   * re-sending after a failure so it is recorded once.
   * @example
   * ```ts
   * const { code } = await dvc.petitions.submit({
   *   fullName: 'Trần Văn An', phone: '0912345678', category: 'online_service',
   *   title: 'Không tải được tệp', content: 'Tôi không tải được tệp PDF lên hồ sơ đăng ký khai sinh.',
   * }, { idempotencyKey: draft.key });
   * ```
   */
  submit(input: PetitionSubmitInput, options?: RequestOptions): Promise<Petition> {
    return this.#http.call(petitionRoutes.submit, { body: input }, options);
  }

  /**
   * A petition and its answer, for its sender (the phone number given with it).
   * @example
   * ```ts
   * const p = await dvc.petitions.get('PAKN-251123-00001', { verifier: '0912345678' });
   * if (p.answer) console.log(p.answer.text);
   * ```
   */
  get(code: string, options: VerifierOptions & RequestOptions): Promise<Petition> {
    return this.#http.call(petitionRoutes.get, { params: { code }, headers: { 'dvc-verifier': options?.verifier } }, options);
  }

  /**
   * Answered petitions whose senders agreed to publish them, newest answer first.
   * @example
   * ```ts
   * for await (const p of dvc.petitions.list({ category: 'procedure' })) console.log(p.title, p.answer.text);
   * ```
   */
  list(params: PetitionListParams = {}, options?: RequestOptions): PageList<PublicPetition, Page<PublicPetition>> {
    return new PageList(
      (cursor) => this.#http.call(petitionRoutes.list, { query: { ...params, ...(cursor ? { cursor } : {}) } }, options),
      params.cursor,
      this.#http.locale,
    );
  }

  /**
   * The petition categories with their names in the client's language.
   * @example
   * ```ts
   * const categories = await dvc.petitions.categories();
   * ```
   */
  async categories(options?: RequestOptions): Promise<PetitionCategoryItem[]> {
    return (await this.#http.call(petitionRoutes.categories, {}, options)).data;
  }
}

/**
 * The petitions resource (submit, read, public list, categories) on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { petitions } from '@dvc-kit/sdk/petitions';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const answered = await petitions(connection).list({ limit: 5 });
 * ```
 */
export const petitions: (connection: DvcConnection) => PetitionsResource = /* @__PURE__ */ resourceOf((http) => new PetitionsResource(http));
