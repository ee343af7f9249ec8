import type { Locale } from '@dvc-kit/sdk';
import { pageConfig } from './config.js';

/** A component's texts in both languages; `{name}` marks a value filled in at render time. */
export interface Catalogue<K extends string> {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Values for a text's `{placeholders}`; numbers are formatted for the language. */
export type TextParams = Readonly<Record<string, string | number>>;

/** `vi`, `en`, or `undefined` for a language the kit does not speak. `en-GB` → `en`. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split('-')[0];
  return base === 'vi' || base === 'en' ? base : undefined;
}

const tags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const id = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(id);
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(tags[locale], options)));
  return format;
}

/** `12.345` (vi) or `12,345` (en). */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}

/** An amount in đồng: `50.000 ₫`. */
export function formatVnd(locale: Locale, amount: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** Dates as the portal writes them (`07/12/2026 09:05`, `7 Dec 2026, 09:05`): one format for the whole kit. */
export { formatDate } from '@dvc-kit/sdk';

/**
 * The text for `key`: the element's own override, else the page's ({@link configure}'s `strings`),
 * else the catalogue. Placeholders are filled with plain text (never parsed as HTML).
 */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  params?: TextParams,
  overrides?: Partial<Record<string, string>>,
): string {
  const text = overrides?.[key] ?? pageConfig().strings?.[locale]?.[key] ?? catalogue[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
