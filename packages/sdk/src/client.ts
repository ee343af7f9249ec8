import type { Locale } from '@dvc-kit/contract';
import { Http, type ClientOptions } from './http.js';
import { AttachmentsResource } from './resources/attachments.js';
import { DossiersResource } from './resources/dossiers.js';
import { PaymentsResource } from './resources/payments.js';
import { PetitionsResource } from './resources/petitions.js';
import { ServicesResource } from './resources/services.js';
import { StatsResource } from './resources/stats.js';

/** A client of the portal API; made by {@link createClient}. */
export interface DvcClient {
  /** Language of messages and errors. */
  readonly locale: Locale;
  /** Where the API lives. */
  readonly baseUrl: string;
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
}

/**
 * Makes a client of the National Public Service Portal API. Safe in browsers with a publishable
 * key (`pk_…`); use a secret key (`sk_…`) only on servers. Throws a `validation` error at once if
 * `baseUrl` or `key` is malformed.
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
  const http = new Http(options);
  return {
    locale: http.locale,
    baseUrl: http.base.href,
    services: new ServicesResource(http),
    attachments: new AttachmentsResource(http),
    dossiers: new DossiersResource(http),
    payments: new PaymentsResource(http),
    petitions: new PetitionsResource(http),
    stats: new StatsResource(http),
  };
}
