/**
 * Text folding for diacritics-insensitive search. Procedure names, keywords and sector names are
 * folded before they go into `procedures_fts`, and queries are folded the same way, so
 * "Đăng ký khai sinh", "dang ky khai sinh" and "DANG KY KHAI SINH" all meet on "dang ky khai sinh".
 */

const marks = /\p{M}+/gu;
const spaces = /\s+/gu;

/** NFD, strip combining marks, đ/Đ → d, lower case, collapse whitespace (and trim). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(marks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(spaces, ' ')
    .trim();
}

/**
 * Splits folded text into the tokens the FTS5 tokenizer (unicode61, tokenchars '.') would make,
 * keeping a '.' only between letters/digits (so `1.001193` and `1.001193.h38` stay whole, while
 * a sentence's full stop does not glue itself to a word). Used for both indexing and querying.
 */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  for (const raw of folded.split(/[^\p{L}\p{N}.]+/u)) {
    const token = raw.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
    if (token) out.push(token);
  }
  return out;
}

/** Folded text re-joined from its tokens: what is stored in the FTS columns. */
export function indexText(text: string): string {
  return tokens(fold(text)).join(' ');
}

/**
 * A search box's text as FTS-safe terms: folded, split on anything that is not a letter, digit or
 * inner '.', so FTS5 syntax (`"`, `*`, `^`, `:`, `(`, `)`, `-`, `+`, `NEAR`…) can never reach the
 * query parser. Each term is later quoted (`"term"*`), which also neutralises AND/OR/NOT. At most
 * 16 terms, each at most 64 characters.
 */
export function queryTerms(q: string): string[] {
  return tokens(fold(q))
    .map((t) => t.slice(0, 64))
    .slice(0, 16);
}
