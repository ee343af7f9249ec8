// Reading a one-stop system's export for `dvc-sync push`: NDJSON (one JSON object per line) or CSV
// (one dossier per row, dotted column names for nested fields). Every line becomes a value or a
// problem naming its line and field: nothing is skipped silently.
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parse as parseCsv, type CsvError } from 'csv-parse';

/** A line of the input that gives no record: where, which field (null: the whole line), why. */
export interface LineProblem {
  line: number;
  field: string | null;
  code: 'not_json' | 'not_object' | 'csv_syntax' | 'not_number' | 'duplicate_column' | 'adapter';
  message: string;
}

/** One item of the input, in order: a value to push (with its line), or a problem. */
export type InputItem = { line: number; value: Record<string, unknown> } | { line: number; problem: LineProblem };

type Locale = 'vi' | 'en';
const say = (locale: Locale, vi: string, en: string) => (locale === 'en' ? en : vi);

/** The message of a `JSON.parse` error, without the input it quotes (a line may hold personal data). */
const jsonReason = (error: unknown) => String((error as Error).message).replace(/(, "|: ").*$/s, '').slice(0, 120);

/**
 * The lines of an NDJSON export, numbered from 1. Blank lines are allowed (and give nothing); a line
 * that is not a JSON object is a problem of that line.
 */
export async function* readNdjson(input: Readable, locale: Locale): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
    if (!trimmed) continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      yield {
        line,
        problem: {
          line, field: null, code: 'not_json',
          message: say(locale, `không phải JSON hợp lệ (${jsonReason(error)})`, `not valid JSON (${jsonReason(error)})`),
        },
      };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield {
        line,
        problem: {
          line, field: null, code: 'not_object',
          message: say(locale, 'mỗi dòng phải là một đối tượng JSON { … } (một hồ sơ)', 'each line must be a JSON object { … } (one dossier)'),
        },
      };
      continue;
    }
    yield { line, value: value as Record<string, unknown> };
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
/** Fields of the record that are numbers (a CSV cell is text): `version`, `statusCode`, `amount` at any depth. */
const NUMBER_FIELDS = new Set(['version', 'statusCode', 'amount']);

/**
 * Builds a record from a CSV row keyed by its header: `applicant.fullName` goes into `applicant`,
 * `fees.0.amount` into the first fee; an empty cell is left out; numbers and JSON columns are read.
 */
export function rowToValue(row: Record<string, string>, line: number, locale: Locale): InputItem {
  const value: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '' || cell === undefined) continue;
    const path = column.split('.');
    const leaf = path[path.length - 1]!;
    let item: unknown = cell;
    if (JSON_COLUMNS.has(leaf) && /^\s*[[{]/.test(cell)) {
      try {
        item = JSON.parse(cell);
      } catch (error) {
        return {
          line,
          problem: {
            line, field: column, code: 'not_json',
            message: say(locale, `ô "${column}" không phải JSON hợp lệ (${jsonReason(error)})`, `cell "${column}" is not valid JSON (${jsonReason(error)})`),
          },
        };
      }
    } else if (NUMBER_FIELDS.has(leaf)) {
      const number = Number(cell.trim());
      if (cell.trim() === '' || !Number.isFinite(number)) {
        return {
          line,
          problem: {
            line, field: column, code: 'not_number',
            message: say(locale, `ô "${column}" phải là một số`, `cell "${column}" must be a number`),
          },
        };
      }
      item = number;
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
  return { line, value };
}

/**
 * The rows of a CSV export (a header row, then one dossier per row), each with the line it ends on. A
 * row the parser cannot read (an unclosed quote, a wrong number of cells) is a problem of its line and
 * reading goes on.
 */
export async function* readCsv(input: Readable, locale: Locale, options: { delimiter?: string } = {}): AsyncGenerator<InputItem> {
  const skipped: LineProblem[] = [];
  let header: string[] | null = null;
  const parser = input.pipe(parseCsv({
    bom: true,
    delimiter: options.delimiter ?? ',',
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    columns: (names: string[]) => {
      const trimmed = names.map((name) => name.trim());
      const seen = new Set<string>();
      for (const name of trimmed) {
        if (seen.has(name)) {
          const error = new Error(say(locale, `cột "${name}" xuất hiện hai lần ở dòng tiêu đề`, `column "${name}" appears twice in the header row`));
          (error as Error & { dvcDuplicate?: string }).dvcDuplicate = name;
          throw error;
        }
        seen.add(name);
      }
      header = trimmed;
      return trimmed;
    },
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      const line = Number((error as CsvError & { lines?: number }).lines) || 0;
      skipped.push({
        line, field: null, code: 'csv_syntax',
        message: say(locale, `dòng CSV không đọc được (${csvReason(error, 'vi')})`, `unreadable CSV row (${csvReason(error, 'en')})`),
      });
    },
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      // The parser reads ahead: a row it skipped may come before this one's turn, or after.
      while (skipped.length && skipped[0]!.line < info.lines) {
        const problem = skipped.shift()!;
        yield { line: problem.line, problem };
      }
      yield rowToValue(record, info.lines, locale);
    }
  } catch (error) {
    const duplicate = (error as Error & { dvcDuplicate?: string }).dvcDuplicate;
    if (duplicate !== undefined) {
      yield { line: 1, problem: { line: 1, field: duplicate, code: 'duplicate_column', message: (error as Error).message } };
      return;
    }
    throw error;
  }
  for (const problem of skipped) yield { line: problem.line, problem };
}

/** Why csv-parse refused a row, in words. */
function csvReason(error: CsvError, locale: Locale): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return say(locale, 'số ô khác số cột của dòng tiêu đề', 'its number of cells differs from the header row');
    case 'CSV_QUOTE_NOT_CLOSED':
      return say(locale, 'dấu ngoặc kép chưa đóng', 'a quote is not closed');
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return say(locale, 'dấu ngoặc kép đặt sai chỗ', 'a quote in the wrong place');
    default:
      return error.code;
  }
}
