// No SDK code here (types only): the CDN loader exports `configure` and stays small.
import type { DvcClient, Locale } from '@dvc-kit/sdk';

/**
 * What every widget on a page shares: where the API is, the publishable key, the language and
 * string overrides. Set it once with {@link configure} or a `<dvc-config>` element; any widget can
 * override `base-url`, `publishable-key` and `lang` with its own attributes.
 */
export interface DvcConfig {
  /** Where the portal API lives, e.g. `https://sandbox.dvc.example`. */
  baseUrl?: string;
  /** A publishable key (`pk_…`). Never put a secret key (`sk_…`) in a page. */
  publishableKey?: string;
  /** Language of every widget without a `lang` of its own. Default: the page's `<html lang>`, else `vi`. */
  locale?: Locale;
  /** String overrides by language and key, e.g. `{ vi: { 'search.label': 'Tìm dịch vụ công' } }`. */
  strings?: Partial<Record<Locale, Record<string, string>>>;
  /**
   * Where the site's own login routes are: the backend-for-frontend of `@dvc-kit/sdk/server` (e.g.
   * `/auth`, on the page's origin). With it, `<dvc-account>` and `<dvc-my-dossiers>` show the
   * logged-in citizen and `<dvc-dossier-form>` offers to submit with their identity. The page never
   * holds a token: the site's server does.
   */
  accountUrl?: string;
  /** A ready client (for example with custom hooks); used when no widget overrides the address or key. */
  client?: DvcClient;
}

let page: DvcConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets the page-wide configuration (merged into what was set before) and re-renders every widget.
 *
 * @example
 * ```ts
 * import { configure } from '@dvc-kit/elements';
 * configure({ baseUrl: 'https://sandbox.dvc.example', publishableKey: 'pk_test_dvckit_local', locale: 'vi' });
 * ```
 */
export function configure(config: DvcConfig): void {
  const strings = { ...page.strings };
  for (const [locale, values] of Object.entries(config.strings ?? {}) as [Locale, Record<string, string>][]) {
    strings[locale] = { ...strings[locale], ...values };
  }
  page = { ...page, ...config, strings };
  for (const listener of [...listeners]) listener();
}

/** The page-wide configuration as set so far. */
export function pageConfig(): Readonly<DvcConfig> {
  return page;
}

/** Calls `listener` after every {@link configure}; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Thrown (and shown by the widget) when a widget has no API address or key, or a malformed one. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
