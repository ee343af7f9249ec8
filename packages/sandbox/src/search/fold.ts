/**
 * Text folding for diacritics-insensitive search. Procedure names, keywords and sector names are
 * folded when the search engine indexes them (engine.ts), and queries are folded the same way, so
 * "Đăng ký khai sinh", "dang ky khai sinh" and "DANG KY KHAI SINH" all meet on "dang ky khai sinh".
 * Petitions' search text is folded the same way.
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
 * Splits folded text into words: runs of letters and digits, keeping a '.' only between them (so
 * `1.001193` and `1.001193.h38` stay whole, while a sentence's full stop does not glue itself to a
 * word). Anything else (punctuation, quotes, operators) separates words and is dropped. Used for
 * both indexing and querying.
 */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  for (const raw of folded.split(/[^\p{L}\p{N}.]+/u)) {
    const token = raw.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
    if (token) out.push(token);
  }
  return out;
}
