import { en } from './en.js';
import type { Locale, MessageKey, Messages } from './types.js';
import { vi } from './vi.js';

export type { Locale, MessageKey, Messages, ProblemCode } from './types.js';

export const messages: Record<Locale, Messages> = { vi, en };
export const locales: readonly Locale[] = ['vi', 'en'];

/**
 * Fills a message template: `{name}` is replaced by `params.name`; unknown placeholders stay as
 * written so a missing parameter is visible rather than silently empty.
 */
export function formatMessage(
  locale: Locale,
  key: MessageKey,
  params: Record<string, unknown> = {},
): string {
  const template = messages[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Picks `vi` or `en` from an Accept-Language header (quality values honoured); Vietnamese first. */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return 'vi';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.tag && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === '*' || tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}
