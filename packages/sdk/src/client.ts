import type { Locale } from '@dvc-kit/contract';
import { connect, type DvcConnection } from './connection.js';
import type { ClientOptions } from './http.js';
import { account, accountRatings, type AccountRatingsResource, type AccountResource } from './resources/account.js';
import { attachments, type AttachmentsResource } from './resources/attachments.js';
import { dossiers, type DossiersResource } from './resources/dossiers.js';
import { payments, type PaymentsResource } from './resources/payments.js';
import { petitions, type PetitionsResource } from './resources/petitions.js';
import { services, type ServicesResource } from './resources/services.js';
import { ratings, type RatingsResource } from './resources/ratings.js';
import { stats, type StatsResource } from './resources/stats.js';

/** A client of the portal API; made by {@link createClient}. */
export interface DvcClient {
  /** Language of messages and errors. */
  readonly locale: Locale;
  /** Where the API lives. */
  readonly baseUrl: string;
  /** The client's connection, for resources taken on their own (`services(client.connection)` is `client.services`). */
  readonly connection: DvcConnection;
  /** Procedures: search, detail, sectors, agencies. */
  readonly services: ServicesResource;
  /** File uploads for dossiers and supplements. */
  readonly attachments: AttachmentsResource;
  /** Submit, read, watch, supplement and withdraw dossiers. */
  readonly dossiers: DossiersResource;
  /** Pay a dossier's fees; receipts. */
  readonly payments: PaymentsResource;
  /** Petitions (phản ánh, kiến nghị). */
  readonly petitions: PetitionsResource;
  /** Transparency figures. */
  readonly stats: StatsResource;
  /** Citizens' ratings of their finished dossiers, by code and phone. */
  readonly ratings: RatingsResource;
  /** The logged-in citizen's profile, dossiers and drafts (through the site's BFF, or with `accessToken` on a server). */
  readonly account: AccountResource;
  /** The logged-in citizen's ratings of the account's finished dossiers (with the citizen's token, as `account`). */
  readonly accountRatings: AccountRatingsResource;
}

/**
 * Makes a client of the National Public Service Portal API with every resource. Safe in browsers
 * with a publishable key (`pk_…`); use a secret key (`sk_…`) only on servers. Throws a `validation`
 * error at once if `baseUrl` or `key` is malformed. A page that needs one or two resources can take
 * them on their own instead: {@link connect} and `services(connection)`.
 *
 * @example
 * ```ts
 * import { createClient } from '@dvc-kit/sdk';
 *
 * const dvc = createClient({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local', locale: 'vi' });
 * const { data } = await dvc.services.search({ q: 'khai sinh' });
 * ```
 */
export function createClient(options: ClientOptions): DvcClient {
  const connection = connect(options);
  return {
    locale: connection.locale,
    baseUrl: connection.baseUrl,
    connection,
    services: services(connection),
    attachments: attachments(connection),
    dossiers: dossiers(connection),
    payments: payments(connection),
    petitions: petitions(connection),
    stats: stats(connection),
    ratings: ratings(connection),
    account: account(connection),
    accountRatings: accountRatings(connection),
  };
}
