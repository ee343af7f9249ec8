import type { Locale } from '@dvc-kit/contract';
import { connectionBrand, Http, type ClientOptions } from './http.js';

/**
 * Where and as whom calls go: the portal's address, the key, the language, retries and hooks. Made
 * by {@link connect} (or {@link createClient}, as `client.connection`); hand it to the resources a
 * page uses, so the page's bundle holds only those resources, their routes and their schemas.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { services } from '@dvc-kit/sdk/services';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const { data } = await services(connection).search({ q: 'khai sinh' });
 * ```
 */
export interface DvcConnection {
  /** Language of messages and errors. */
  readonly locale: Locale;
  /** Where the API lives. */
  readonly baseUrl: string;
}

/**
 * Makes a {@link DvcConnection}: the light start for pages and apps that use one or two resources
 * (`services(connection)`, `dossiers(connection)`…). Takes the options of {@link createClient}, and
 * throws the same `validation` error at once when `baseUrl` or `key` is malformed.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { dossiers } from '@dvc-kit/sdk/dossiers';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local', locale: 'en' });
 * const dossier = await dossiers(connection).get('000.00.38.H38-251123-0001', { verifier: '0912345678' });
 * ```
 */
export function connect(options: ClientOptions): DvcConnection {
  return new Http(options);
}

/**
 * A resource's factory: one instance per connection (so every widget on a page that shares a
 * connection shares the resource too). Refuses anything that {@link connect} did not make.
 */
export function resourceOf<T>(make: (http: Http) => T): (connection: DvcConnection) => T {
  const made = new WeakMap<DvcConnection, T>();
  return (connection) => {
    // A brand, not `instanceof`: a page may hold two copies of the SDK (the CDN's single file and its
    // `sdk.js`, or two bundles), and a connection of either serves the other's resources.
    if (!isConnection(connection)) throw new TypeError('Expected a connection made by connect() or createClient().connection.');
    let resource = made.get(connection);
    if (!resource) made.set(connection, (resource = make(connection as Http)));
    return resource;
  };
}

/** Whether `value` is a connection made by any copy of this SDK (see {@link resourceOf}). */
function isConnection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[connectionBrand] === true;
}
