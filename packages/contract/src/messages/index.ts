import { messages } from './all.js';
import { enFields } from './en.js';
import type { FieldMessageKey, FieldMessages, Locale, MessageKey } from './types.js';
import { viFields } from './vi.js';

export type {
  FieldMessageKey, FieldMessages, Locale, MessageKey, Messages, ProblemCode, ProblemMessages, ServerFieldMessageKey, ServerFieldMessages,
} from './types.js';

export { messages };
/** Field messages only: what browsers need (problem texts come from the server). */
export const fieldMessages: Record<Locale, FieldMessages> = { vi: viFields, en: enFields };
export const locales: readonly Locale[] = ['vi', 'en'];

const fill = (template: string, params: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

/**
 * A field's label where a message puts it: capitalised at the start of a sentence ("Tiêu đề phải có…"),
 * lower-cased inside one ("Vui lòng nhập tiêu đề."), except when it starts with an acronym or a name,
 * which keeps its capitals: a first word with a capital after its first letter (CCCD, VNeID, URL,
 * Idempotency-Key) or two capitalised first words (Hà Nội). Inside quotes it stays as written.
 * (Here, not in fields.ts: a page that never names a field does not download the labels' table.)
 */
function labelInSentence(label: string, before: string): string {
  const text = before.trimEnd();
  if (/["“'‘]$/.test(text)) return label;
  if (text === '' || /[.!?:]$/.test(text)) return label.charAt(0).toUpperCase() + label.slice(1);
  return /^[^\s/(]+\p{Lu}|^\p{Lu}\S*\s\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Like {@link formatMessage}, for field messages only (keeps problem texts out of browser bundles). */
export function formatFieldMessage(locale: Locale, key: FieldMessageKey, params: Record<string, unknown> = {}): string {
  const template = fieldMessages[locale][key];
  const at = template.indexOf('{field}');
  const field = params['field'];
  // A label is a name ("Tiêu đề"): inside a sentence it reads in lower case ("Vui lòng nhập tiêu đề.").
  return fill(template, at >= 0 && typeof field === 'string' ? { ...params, field: labelInSentence(field, template.slice(0, at)) } : params);
}

/**
 * Fills a message template: `{name}` is replaced by `params.name`; unknown placeholders stay as
 * written so a missing parameter is visible rather than silently empty.
 */
export function formatMessage(
  locale: Locale,
  key: MessageKey,
  params: Record<string, unknown> = {},
): string {
  return fill(messages[locale][key], params);
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
