// The portal for the logged-in citizen, through the site's server: `<accountUrl>/portal` (see
// ./account.ts), which adds the citizen's token (and, to submit, the site's secret key).
import type { Locale } from '@dvc-kit/sdk';
import type { DvcConnection } from '@dvc-kit/sdk/core';
import type { AccountSession } from './account.js';
import { ConfigurationError } from './config.js';
import { connectionFor } from './connection.js';

/**
 * The connection to the portal for the logged-in citizen: through the site's `<accountUrl>/portal`,
 * which adds the citizen's token (and, to submit, the site's secret key) on the server. The page's
 * publishable key is sent along only because every connection has one; the site's server drops it.
 */
export function accountConnection(base: string, locale: Locale): DvcConnection {
  const connection = connectionFor(`${base}/portal`, undefined, locale);
  if (!connection) {
    throw new ConfigurationError(locale === 'vi'
      ? 'Chưa cấu hình DVC Kit: cần khóa công khai (publishable-key).'
      : 'DVC Kit is not configured: it needs a publishable key (publishable-key).');
  }
  return connection;
}

/** The header a state-changing call through the site's server carries. */
export const csrfHeaders = (session: AccountSession): Record<string, string> => ({ 'x-csrf-token': session.csrfToken ?? '' });
