import type { Locale } from '@dvc-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { pageConfig } from './config.js';

/** A component's texts, by key; `{name}` marks a value filled in at render time. */
export type Texts<K extends string> = Readonly<Record<K, string>>;

/**
 * A component's texts in both languages. Vietnamese, what most pages show, ships with the component;
 * English is a module of its own (`<tag>.strings.en.ts`, `() => import('./<tag>.strings.en.js')`),
 * so that a page downloads it only when it shows the component in English: see {@link loadEnglish}.
 */
export interface Catalogue<K extends string> {
  readonly vi: Texts<K>;
  readonly en: () => Promise<{ readonly strings: Texts<K> }>;
}

/** Per catalogue: its English texts once loaded, the load under way, whether the last attempt failed. */
interface English {
  texts?: Texts<string>;
  loading?: Promise<void>;
  failed?: boolean;
}
const english = new WeakMap<Catalogue<string>, English>();

function englishOf(catalogue: Catalogue<string>): English {
  let state = english.get(catalogue);
  if (!state) english.set(catalogue, (state = {}));
  return state;
}

/**
 * Starts loading a catalogue's English texts unless they are loaded or on their way: once per page,
 * however many widgets ask (they share the promise, then the texts). Resolves when the attempt is
 * over, never rejects; `undefined` when the texts are already there. A failed attempt (the network)
 * is forgotten, so the next caller tries again; meanwhile {@link translate} falls back to Vietnamese.
 */
export function loadEnglish(catalogue: Catalogue<string>): Promise<void> | undefined {
  const state = englishOf(catalogue);
  if (state.texts) return undefined;
  state.loading ??= catalogue.en().then(
    (module) => {
      state.texts = module.strings;
      state.failed = false;
    },
    (error: unknown) => {
      state.failed = true;
      console.warn('DVC Kit: the English texts could not be loaded; showing Vietnamese until they can be.', error);
    },
  ).finally(() => {
    state.loading = undefined;
  });
  return state.loading;
}

/** Whether a catalogue's English texts are loaded (after {@link loadEnglish}). */
export function hasEnglish(catalogue: Catalogue<string>): boolean {
  return englishOf(catalogue).texts !== undefined;
}

/** Whether the last attempt to load a catalogue's English texts failed (a widget then shows Vietnamese). */
export function englishFailed(catalogue: Catalogue<string>): boolean {
  return englishOf(catalogue).failed === true;
}

/** A catalogue's texts in `locale`: Vietnamese while its English texts are not loaded (see {@link loadEnglish}). */
export function textsOf<K extends string>(catalogue: Catalogue<K>, locale: Locale): Texts<K> {
  return (locale === 'en' && (englishOf(catalogue).texts as Texts<K> | undefined)) || catalogue.vi;
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

/** `12.345` (vi) or `12,345` (en); `options` for a share (`{ style: 'percent' }`: `85,3 %`) or a score's decimals. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** An amount in đồng: `50.000 ₫`. */
export function formatVnd(locale: Locale, amount: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** Dates as the portal writes them (`07/12/2026 09:05`, `7 Dec 2026, 09:05`): one format for the whole kit. */
export { formatDate } from '@dvc-kit/sdk/core';

/**
 * A widget's own text overrides (its `strings`): by key, for every language (`{ submit: 'Tìm' }`), or
 * by language then key (`{ vi: { submit: 'Tìm' }, en: { submit: 'Find' } }`), each language's
 * applying only when the widget shows that language.
 */
export type Overrides<K extends string = string> =
  | Partial<Record<K, string>>
  | Partial<Record<Locale, Partial<Record<K, string>>>>;

/** The overrides that apply in `locale`: a language's own when they are keyed by language, else all of them. */
export function overridesIn(overrides: Overrides | undefined, locale: Locale): Partial<Record<string, string>> | undefined {
  if (!overrides) return undefined;
  const { vi, en } = overrides as Record<string, unknown>;
  const byLanguage = (typeof vi === 'object' && vi !== null) || (typeof en === 'object' && en !== null);
  return byLanguage ? (overrides as Partial<Record<Locale, Partial<Record<string, string>>>>)[locale] : (overrides as Partial<Record<string, string>>);
}

/**
 * The text for `key`: the element's own override ({@link overridesIn}), else the page's
 * ({@link configure}'s `strings`, by language), else `texts`, the component's texts in `locale`
 * ({@link textsOf}). Placeholders are filled with plain text (never parsed as HTML).
 */
export function translate<K extends string>(
  texts: Texts<K>,
  locale: Locale,
  key: K,
  params?: TextParams,
  overrides?: Overrides,
): string {
  const text = overridesIn(overrides, locale)?.[key] ?? pageConfig().strings?.[locale]?.[key] ?? texts[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The plural category of `count` in `locale` (`Intl.PluralRules`): `one` or `other` in English,
 * always `other` in Vietnamese. A counted text has a key per category, `<key>.one` and `<key>.other`:
 * {@link plural} picks the right one.
 */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(tags[locale])));
  return rules.select(count);
}

/**
 * The key of a counted text for `count`: `<base>.one` or `<base>.other` (the categories a catalogue
 * has; any other category, e.g. `few` in a language the kit does not speak yet, falls back to `other`).
 */
export function plural<B extends string>(base: B, locale: Locale, count: number): `${B}.one` | `${B}.other` {
  return pluralCategory(locale, count) === 'one' ? `${base}.one` : `${base}.other`;
}

/**
 * `lang` for content that exists only in Vietnamese (the catalogue's and the portal's: procedure,
 * agency and document names, form labels, petition titles and answers…) shown in a widget whose
 * language is `locale`: `"vi"` inside an English widget, so screen readers read it with a Vietnamese
 * voice (WCAG 3.1.2), and nothing (the widget's language is right) inside a Vietnamese one.
 * Put it on the element that holds the content: `<h3 lang=${vietnamese(this.locale)}>${name}</h3>`.
 */
export function vietnamese(locale: Locale): 'vi' | typeof nothing {
  return locale === 'vi' ? nothing : 'vi';
}

/**
 * Content that exists only in Vietnamese, in a widget whose language is `locale`: as it is in a
 * Vietnamese widget, in a `<span lang="vi">` in an English one (see {@link vietnamese}, for an
 * element of the widget's own that holds nothing else).
 */
export function inVietnamese(locale: Locale, content: unknown): unknown {
  return locale === 'vi' || content === nothing || content === undefined || content === null || content === ''
    ? content
    : html`<span lang="vi">${content}</span>`;
}

/**
 * A text with its `{placeholders}` filled by parts of a Lit template rather than plain strings: for a
 * text around content marked with {@link inVietnamese} (`When: {case}` around a procedure's own
 * words). Numbers are formatted for the language; strings stay plain text.
 */
export function fillParts(text: string, locale: Locale, params: Readonly<Record<string, unknown>>): TemplateResult {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (!(match[1]! in params)) continue;
    parts.push(text.slice(last, match.index));
    const value = params[match[1]!];
    parts.push(typeof value === 'number' ? formatNumber(locale, value) : value);
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}
