import type { Locale } from '@dvc-kit/sdk';
import { connect, type DvcConnection } from '@dvc-kit/sdk/core';
import { pageConfig } from './config.js';

const connections = new Map<string, DvcConnection>();

/**
 * The shared connection for an address, key and language: widgets that agree share one (and so one
 * retry budget, one connection pool and one instance of each resource). The page's ready `client`
 * lends its connection when no widget overrides the address or key. `undefined` while the page has
 * no address or key yet.
 */
export function connectionFor(baseUrl: string | undefined, key: string | undefined, locale: Locale): DvcConnection | undefined {
  const page = pageConfig();
  const ready = page.client;
  if (ready && (baseUrl === undefined || baseUrl === page.baseUrl) && (key === undefined || key === page.publishableKey)) return ready.connection;
  const url = baseUrl ?? page.baseUrl;
  const pk = key ?? page.publishableKey;
  if (!url || !pk) return undefined;
  const id = `${url}\n${pk}\n${locale}`;
  let connection = connections.get(id);
  if (!connection) {
    connection = connect({ baseUrl: url, key: pk, locale });
    connections.set(id, connection);
  }
  return connection;
}
