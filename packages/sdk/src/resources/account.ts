import { accountRoutes } from '@dvc-kit/contract';
import type { Account, AccountDossier, Draft, DraftInput, DraftSummary } from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import type { Http, RequestOptions } from '../http.js';
import { PageList, type Page } from '../pagination.js';

/** Paging of {@link AccountResource.dossiers}. */
export interface AccountDossierParams {
  /** Page size (1–100, default 20). */
  limit?: number;
  /** Start at this page (a `nextCursor` from before). */
  cursor?: string;
}

/**
 * The logged-in citizen's drafts, kept by the portal across devices (at most 20 of 64 KiB each),
 * named by a key of the client's choosing (the procedure code is a good one).
 * @example
 * ```ts
 * const mine = account(connection);
 * await mine.drafts.put('1.001193', { serviceCode: '1.001193', data: { childName: 'An' } });
 * const draft = await mine.drafts.get('1.001193');
 * ```
 */
export class AccountDraftsResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * The account's drafts, without their data (key, procedure, size, last change).
   * @example
   * ```ts
   * for (const draft of await account(connection).drafts.list()) console.log(draft.key, draft.updatedAt);
   * ```
   */
  async list(options?: RequestOptions): Promise<DraftSummary[]> {
    return (await this.#http.call(accountRoutes.drafts.list, {}, options)).data;
  }

  /**
   * One draft with its data; `not_found` (`draft_not_found`) when there is none under `key`.
   * @example
   * ```ts
   * const draft = await account(connection).drafts.get('1.001193');
   * form.restore(draft.data);
   * ```
   */
  get(key: string, options?: RequestOptions): Promise<Draft> {
    return this.#http.call(accountRoutes.drafts.get, { params: { key } }, options);
  }

  /**
   * Saves a draft under `key`, replacing the one there (`data`: any JSON object of at most 64 KiB).
   * @example
   * ```ts
   * await account(connection).drafts.put('1.001193', { serviceCode: '1.001193', data: form.value });
   * ```
   */
  put(key: string, input: DraftInput, options?: RequestOptions): Promise<Draft> {
    return this.#http.call(accountRoutes.drafts.put, { params: { key }, body: input }, options);
  }

  /**
   * Deletes a draft (after its dossier was submitted, say); `not_found` when there is none.
   * @example
   * ```ts
   * await account(connection).drafts.delete('1.001193');
   * ```
   */
  delete(key: string, options?: RequestOptions): Promise<void> {
    return this.#http.call(accountRoutes.drafts.delete, { params: { key } }, options);
  }
}

/**
 * The logged-in citizen's own data: who they are, their dossiers, their drafts (their ratings: {@link accountRatings}). Called with the
 * citizen's access token, never a key: a page goes through the site's backend-for-frontend, which
 * adds the token on the server (`connect({ baseUrl: location.origin + '/auth/portal', key })`, see
 * docs/login.md); the site's server may call the portal itself with `{ accessToken }`.
 * @example
 * ```ts
 * const bff = connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' });
 * const me = await account(bff).get();
 * console.log(me.name, me.identityLevel);
 * ```
 */
export class AccountResource {
  readonly #http: Http;
  /** Drafts kept across devices: list, get, put, delete. */
  readonly drafts: AccountDraftsResource;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
    this.drafts = new AccountDraftsResource(http);
  }

  /**
   * Who is logged in: name, identity level, CCCD or tax code, each field as the granted scopes allow.
   * @example
   * ```ts
   * // In a page, through the site's BFF (the session cookie; no token in the page):
   * const me = await account(connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' })).get();
   * // On the site's server, with the session's access token:
   * const same = await account(connection).get({ accessToken: session.accessToken });
   * ```
   */
  get(options?: RequestOptions): Promise<Account> {
    return this.#http.call(accountRoutes.get, {}, options);
  }

  /**
   * The account's dossiers, newest first: those submitted while logged in and those whose applicant
   * has the account's CCCD or tax code. A {@link PageList}: `await` it for a page, or iterate it.
   * @example
   * ```ts
   * const page = await account(bff).dossiers({ limit: 10 });
   * for await (const dossier of account(bff).dossiers()) console.log(dossier.code, dossier.status);
   * ```
   */
  dossiers(params: AccountDossierParams = {}, options?: RequestOptions): PageList<AccountDossier, Page<AccountDossier>> {
    return new PageList(
      (cursor) => this.#http.call(accountRoutes.dossiers, { query: { ...params, ...(cursor ? { cursor } : {}) } }, options),
      params.cursor,
      this.#http.locale,
    );
  }

}

/**
 * The account resource (the logged-in citizen's profile, dossiers and drafts) on a connection. One
 * instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { account } from '@dvc-kit/sdk/account';
 *
 * const bff = connect({ baseUrl: `${location.origin}/auth/portal`, key: 'pk_test_dvckit_local' });
 * const { data } = await account(bff).dossiers();
 * ```
 */
export const account: (connection: DvcConnection) => AccountResource = /* @__PURE__ */ resourceOf((http) => new AccountResource(http));

// In a module of its own so that a page listing the account's dossiers does not carry the rating schemas.
export { accountRatings, AccountRatingsResource } from './account-ratings.js';
