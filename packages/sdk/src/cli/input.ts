// Reading a one-stop system's export for `dvc-sync push`: NDJSON (one JSON object per line) or CSV
// (one dossier per row, dotted column names for nested fields). Every line becomes a value or a
// problem naming its line and field: nothing is skipped silently, and no message repeats a line's
// content (it holds personal data).
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse as parseCsv, type CsvError } from 'csv-parse';

type Locale = 'vi' | 'en';

/** A line of the input that gives no record: where, which field (null: the whole line), why. */
export interface LineProblem {
  line: number;
  field: string | null;
  code: 'not_json' | 'not_object' | 'not_utf8' | 'csv_syntax' | 'not_integer';
  message: string;
}

/**
 * One item of the input, in order: a value to push with its line and its text as read (what the
 * checkpoint fingerprints), or a problem (with the dossier code when it could be read).
 */
export type InputItem =
  | { line: number; value: Record<string, unknown>; text: string }
  | { line: number; problem: LineProblem; code: string | null };

/** The header of a CSV export cannot be used: nothing is read (the command stops with exit code 2). */
export class HeaderError extends Error {}

const say = (locale: Locale, vi: string, en: string) => (locale === 'en' ? en : vi);

/** Why `JSON.parse` refused a line, without the text it quotes (a line holds personal data). */
function jsonReason(error: unknown, locale: Locale): string {
  const at = /position (\d+)/.exec(String((error as Error).message))?.[1];
  if (/Unexpected end|Unterminated/.test(String((error as Error).message))) return say(locale, 'dòng bị cắt giữa chừng', 'the line ends too early');
  return at !== undefined ? say(locale, `lỗi ở ký tự thứ ${Number(at) + 1}`, `error at character ${Number(at) + 1}`) : say(locale, 'cú pháp sai', 'bad syntax');
}

/** Text decoded from bytes that are not UTF-8 has U+FFFD in place of each bad byte. */
const notUtf8 = (locale: Locale, line: number, code: string | null): InputItem => ({
  line, code,
  problem: {
    line, field: null, code: 'not_utf8',
    message: say(locale, 'không phải văn bản UTF-8 (tệp lưu bằng bảng mã khác? hãy lưu lại dưới dạng UTF-8)',
      'not UTF-8 text (a file saved in another encoding? save it as UTF-8)'),
  },
});

/**
 * The lines of an NDJSON export, numbered from 1. Blank lines are allowed (and give nothing); a line
 * that is not a JSON object is a problem of that line.
 */
export async function* readNdjson(input: Readable, locale: Locale): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const read of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const text = (line === 1 ? read.replace(/^\uFEFF/, '') : read).trim();
    if (!text) continue;
    if (text.includes('\uFFFD')) {
      yield notUtf8(locale, line, null);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        line, code: null,
        problem: { line, field: null, code: 'not_json', message: say(locale, `không phải JSON hợp lệ (${jsonReason(error, locale)})`, `not valid JSON (${jsonReason(error, locale)})`) },
      };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield {
        line, code: null,
        problem: {
          line, field: null, code: 'not_object',
          message: say(locale, 'mỗi dòng phải là một đối tượng JSON { … } (một hồ sơ)', 'each line must be a JSON object { … } (one dossier)'),
        },
      };
      continue;
    }
    yield { line, value: value as Record<string, unknown>, text };
  }
}

/**
 * Columns whose cells hold JSON (an array or an object) when they start with `[` or `{`: the record's
 * lists and the one-stop systems' (`DanhSachLePhi`…), for exports that keep a dossier on one row.
 */
const JSON_COLUMNS = new Set([
  'progress', 'fees', 'payment', 'supplements', 'results',
  'DanhSachLePhi', 'DanhSachHoSoBoSung', 'DanhSachGiayToKetQua', 'TaiLieuNop', 'CapNhatTienDoHoSoMC', 'CapNhatTienTrinh', 'CapNhatTrangThai',
]);
/**
 * Fields of the record that are whole numbers (a CSV cell is text): `version`, `statusCode`, `amount`
 * at any depth. Digits only: `20.000` (twenty thousand, written the Vietnamese way) is refused rather
 * than read as 20.
 */
const INTEGER_FIELDS = new Set(['version', 'statusCode', 'amount']);

/**
 * Builds a record from a CSV row keyed by its header: `applicant.fullName` goes into `applicant`,
 * `fees.0.amount` into the first fee; an empty cell is left out; numbers and JSON columns are read.
 */
export function rowToValue(row: Record<string, string>, line: number, locale: Locale): InputItem {
  const code = typeof row['code'] === 'string' && row['code'] ? row['code'] : typeof row['MaHoSo'] === 'string' && row['MaHoSo'] ? row['MaHoSo'] : null;
  const value: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '' || cell === undefined) continue;
    if (cell.includes('\uFFFD')) return notUtf8(locale, line, code);
    const path = column.split('.');
    const leaf = path[path.length - 1]!;
    let item: unknown = cell;
    if (JSON_COLUMNS.has(leaf) && /^\s*[[{]/.test(cell)) {
      try {
        item = JSON.parse(cell);
      } catch (error) {
        return {
          line, code,
          problem: { line, field: column, code: 'not_json', message: say(locale, `không phải JSON hợp lệ (${jsonReason(error, locale)})`, `not valid JSON (${jsonReason(error, locale)})`) },
        };
      }
    } else if (INTEGER_FIELDS.has(leaf)) {
      if (!/^\s*-?\d+\s*$/.test(cell)) {
        return {
          line, code,
          problem: {
            line, field: column, code: 'not_integer',
            message: say(locale, 'phải là số nguyên, chỉ gồm chữ số (20000, không viết 20.000)', 'must be a whole number, digits only (20000, not 20,000)'),
          },
        };
      }
      item = Number(cell);
    }
    let target: Record<string, unknown> | unknown[] = value;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      const slot = (target as Record<string, unknown>)[key];
      if (slot === undefined || slot === null || typeof slot !== 'object') {
        (target as Record<string, unknown>)[key] = nextIsIndex ? [] : {};
      }
      target = (target as Record<string, unknown>)[key] as Record<string, unknown> | unknown[];
    }
    (target as Record<string, unknown>)[leaf] = item;
  }
  return { line, value, text: JSON.stringify(row) };
}

/**
 * The rows of a CSV export (a header row, then one dossier per row), each with the line it ends on.
 * Columns without a name (Excel's empty trailing columns) and rows without any value are left out;
 * a quote inside an unquoted cell is kept as text, as Excel writes it. A row the parser cannot read
 * (a wrong number of cells) is a problem of its line and reading goes on; a quote that is never
 * closed takes the rest of the file with it, and the problem names where that began.
 */
export async function* readCsv(
  input: Readable, locale: Locale, options: { delimiter?: string; onHeader?: (columns: string[]) => void } = {},
): AsyncGenerator<InputItem> {
  const skipped: LineProblem[] = [];
  const delimiter = options.delimiter ?? ',';
  let lastRow = 1;
  const parser = input.pipe(parseCsv({
    bom: true,
    delimiter,
    info: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    columns: (names: string[]) => {
      const columns = names.map((name) => name.trim());
      const seen = new Set<string>();
      for (const name of columns) {
        if (name.includes('\uFFFD')) {
          throw new HeaderError(say(locale, 'dòng tiêu đề không phải văn bản UTF-8: hãy lưu tệp dưới dạng UTF-8', 'the header row is not UTF-8 text: save the file as UTF-8'));
        }
        if (name && seen.has(name)) {
          throw new HeaderError(say(locale, `cột "${name}" có hai lần ở dòng tiêu đề: không dòng nào được đọc`, `column "${name}" appears twice in the header row: no row was read`));
        }
        seen.add(name);
      }
      const named = columns.filter(Boolean);
      const other = delimiter === ',' ? [';', '\t'].find((d) => named.length === 1 && named[0]!.includes(d)) : undefined;
      if (other) {
        const shown = other === '\t' ? 'tab' : other;
        throw new HeaderError(say(locale, `dòng tiêu đề chỉ có một cột chứa "${shown}": tệp dùng dấu phân cách "${shown}"? Thêm --delimiter "${shown}"`,
          `the header row is one column holding "${shown}": is "${shown}" the delimiter? Add --delimiter "${shown}"`));
      }
      options.onHeader?.(named);
      // An unnamed column (Excel's empty trailing ones) is left out.
      return columns.map((name) => name || undefined) as string[];
    },
    // Where the parser is (it reads ahead of the rows handed out): a quote never closed began after it.
    on_record: (record: unknown, context: { lines: number }) => {
      lastRow = context.lines;
      return record;
    },
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        const from = lastRow + 1;
        skipped.push({
          line: from, field: null, code: 'csv_syntax',
          message: say(locale, `dấu ngoặc kép mở từ dòng ${from} không được đóng: từ dòng đó đến cuối tệp không đọc được`,
            `a quote opened on line ${from} is never closed: nothing from there to the end of the file was read`),
        });
        return;
      }
      const at = Number((error as CsvError & { lines?: number }).lines) || lastRow + 1;
      if (!skipped.some((p) => p.line === at)) {
        skipped.push({
          line: at, field: null, code: 'csv_syntax',
          message: say(locale, `dòng CSV không đọc được (${csvReason(error, 'vi')})`, `unreadable CSV row (${csvReason(error, 'en')})`),
        });
      }
    },
  }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    // The parser reads ahead: a row it skipped may come before this one's turn, or after.
    while (skipped.length && skipped[0]!.line < info.lines) {
      const problem = skipped.shift()!;
      yield { line: problem.line, problem, code: null };
    }
    yield rowToValue(record, info.lines, locale);
  }
  for (const problem of skipped) yield { line: problem.line, problem, code: null };
}

/** Why csv-parse refused a row, in words. */
function csvReason(error: CsvError, locale: Locale): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return say(locale, 'số ô khác số cột của dòng tiêu đề', 'its number of cells differs from the header row');
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return say(locale, 'dấu ngoặc kép đặt sai chỗ', 'a quote in the wrong place');
    default:
      return error.code;
  }
}
