// `dvc-sync`: the status sync of a one-stop system from the command line — push an NDJSON or CSV export
// to the portal (resumable, with a progress bar and a report of every line not applied), pull the
// change feed into an NDJSON file (resumable, never a change twice in the file), remove a record.
// Everything goes through `sync(connection)` of `@dvc-kit/sdk/server`; this file only reads files,
// shows progress and reports.
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createClient } from '../index.js';
import { unknownSyncRecordFields, type SyncDossierRecordInput } from '@dvc-kit/contract';
import { isDvcError, type DvcError } from '../errors.js';
import { sync, type SyncTotals } from '../server/sync.js';
import {
  fromIgate, fromOpenCps, type AdaptedRecord, type AdapterProblemCode, type IgateDossier, type OneStopProgress, type OpenCpsDossier,
} from '../server/sync-adapters.js';
import { HeaderError, readCsv, readNdjson, type InputItem, type LineProblem } from './input.js';

type Locale = 'vi' | 'en';

/** What the command runs with: the process's streams and environment, or a test's. */
export interface CliContext {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Aborted on Ctrl-C: the push stops after saving its position, the pull after its last page. */
  signal?: AbortSignal;
}

/** Exit codes: 0 done; 1 done, but some lines or records were not applied; 2 bad usage; 3 stopped (resume with the same command). */
export const EXIT = { ok: 0, notApplied: 1, usage: 2, stopped: 3 } as const;

class UsageError extends Error {}

const help = {
  vi: `dvc-sync — đồng bộ trạng thái hồ sơ của hệ thống một cửa với Cổng Dịch vụ công.

Cách dùng:
  dvc-sync push <tệp.ndjson|tệp.csv|-> [tuỳ chọn]   đẩy hồ sơ từ tệp xuất (- : đầu vào chuẩn)
  dvc-sync pull [--out <tệp.ndjson>] [tuỳ chọn]    đọc luồng thay đổi của cổng
  dvc-sync remove <mã hồ sơ> [--version <n>]       xoá một hồ sơ đã đồng bộ

Kết nối (biến môi trường):
  DVC_API_URL        địa chỉ API của cổng (hoặc --api-url)
  DVC_SECRET_KEY     khoá bí mật (sk_…) phạm vi sync; không bao giờ đưa khoá vào dòng lệnh

push:
  --format <ndjson|csv>   định dạng (mặc định theo đuôi tệp; .csv là CSV)
  --delimiter <ký tự>     dấu phân cách CSV (mặc định ",")
  --from <opencps|igate>  mỗi dòng là dữ liệu của OpenCPS (DongBoHoSoMC) hoặc iGate, chuyển đổi trước khi đẩy
  --checkpoint <tệp>      nơi lưu vị trí để chạy tiếp (mặc định <tệp>.checkpoint.json)
  --restart               bỏ vị trí đã lưu, đẩy lại từ đầu
  --report <tệp>          ghi mọi dòng không được áp dụng (NDJSON: line, code, result, errors)
  --batch-size <n>        số bản ghi mỗi lô, 1–1000 (mặc định 1000)
  --concurrency <n>       số lô gửi cùng lúc, 1–16 (mặc định 2)

pull:
  --out <tệp>             ghi mỗi thay đổi một dòng NDJSON (mặc định: đầu ra chuẩn)
  --cursor-file <tệp>     nơi lưu con trỏ để đọc tiếp (mặc định <out>.cursor.json)
  --restart               đọc lại từ đầu (một bản sao đầy đủ), xoá tệp --out cũ
  --follow                đọc xong thì tiếp tục chờ thay đổi mới (Ctrl-C để dừng)
  --limit <n>             số thay đổi mỗi trang, 1–1000 (mặc định 500)

Chung:
  --api-url <url>   --lang <vi|en>   --quiet (không thanh tiến độ)   --json (tổng kết dạng JSON)   --help

Mã thoát: 0 xong; 1 xong nhưng có dòng hoặc bản ghi không được áp dụng; 2 sai cách dùng;
3 dừng giữa chừng (chạy lại đúng lệnh đó để tiếp tục).
`,
  en: `dvc-sync — status sync of a one-stop system with the National Public Service Portal.

Usage:
  dvc-sync push <file.ndjson|file.csv|-> [options]   push dossiers from an export (-: standard input)
  dvc-sync pull [--out <file.ndjson>] [options]      read the portal's change feed
  dvc-sync remove <dossier code> [--version <n>]     remove a synced dossier

Connection (environment):
  DVC_API_URL        the portal API's address (or --api-url)
  DVC_SECRET_KEY     a secret key (sk_…) of scope sync; never put a key on the command line

push:
  --format <ndjson|csv>   the format (default by extension; .csv is CSV)
  --delimiter <char>      CSV delimiter (default ",")
  --from <opencps|igate>  each line is an OpenCPS (DongBoHoSoMC) or iGate payload, adapted before the push
  --checkpoint <file>     where the position is kept to resume (default <file>.checkpoint.json)
  --restart               drop the saved position and push from the start
  --report <file>         write every line not applied (NDJSON: line, code, result, errors)
  --batch-size <n>        records per batch, 1–1000 (default 1000)
  --concurrency <n>       batches at once, 1–16 (default 2)

pull:
  --out <file>            write each change as an NDJSON line (default: standard output)
  --cursor-file <file>    where the cursor is kept to read on (default <out>.cursor.json)
  --restart               read from the start (a whole copy), replacing the --out file
  --follow                keep waiting for new changes once read to the end (Ctrl-C stops)
  --limit <n>             changes per page, 1–1000 (default 500)

Common:
  --api-url <url>   --lang <vi|en>   --quiet (no progress bar)   --json (summary as JSON)   --help

Exit codes: 0 done; 1 done, but some lines or records were not applied; 2 bad usage;
3 stopped part way (run the same command again to resume).
`,
};

const options = {
  format: { type: 'string' },
  delimiter: { type: 'string' },
  from: { type: 'string' },
  checkpoint: { type: 'string' },
  restart: { type: 'boolean' },
  report: { type: 'string' },
  'batch-size': { type: 'string' },
  concurrency: { type: 'string' },
  out: { type: 'string' },
  'cursor-file': { type: 'string' },
  follow: { type: 'boolean' },
  limit: { type: 'string' },
  version: { type: 'string' },
  'api-url': { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The language: `--lang`, else `DVC_LANG`, else English when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) says so, else Vietnamese. */
function localeOf(argv: string[], env: CliContext['env']): Locale {
  const flag = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = flag < 0 ? undefined : argv[flag]!.includes('=') ? argv[flag]!.split('=')[1] : argv[flag + 1];
  const system = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const chosen = value || env['DVC_LANG'] || (/^en/i.test(system) ? 'en' : 'vi');
  return chosen === 'en' ? 'en' : 'vi';
}

/** The same JSON file written whole or not at all: to a temporary file first, then renamed over it. */
async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value)}\n`);
  await rename(temporary, path);
}

/** Fails (exit 2, before anything is sent) when a file cannot be written in `path`'s folder. */
async function writable(path: string, t: Run['t']): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
  } catch {
    throw new UsageError(t(`không ghi được vào thư mục ${dirname(path)} (chưa có, hoặc không có quyền ghi)`, `cannot write in ${dirname(path)} (it does not exist, or is not writable)`));
  }
}

/** A message without its closing full stop, to join several in one line. */
const clause = (text: string) => text.replace(/[.。]\s*$/, '');

/** Runs `dvc-sync` with `context.argv` (the arguments after the program's name) and resolves with its exit code. */
export async function runSyncCli(context: CliContext): Promise<number> {
  const locale = localeOf(context.argv, context.env);
  const t = (vi: string, en: string) => (locale === 'en' ? en : vi);
  const err = (text: string) => context.stderr.write(`${text}\n`);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: context.argv, options, allowPositionals: true, strict: true });
    } catch (error) {
      const message = (error as Error).message;
      const missing = /'(--[\w-]+)[^']*' argument missing/.exec(message)?.[1];
      if (missing) throw new UsageError(t(`${missing} cần một giá trị (${missing} <giá trị>)`, `${missing} needs a value (${missing} <value>)`));
      const unknown = /'(--?[^']+)'/.exec(message)?.[1];
      throw new UsageError(unknown
        ? t(`không có tuỳ chọn ${unknown}`, `there is no option ${unknown}`)
        : t(`không đọc được các tham số (${(error as Error).message})`, `cannot read the arguments (${(error as Error).message})`));
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
      throw new UsageError(t(`--lang phải là vi hoặc en (nhận "${values.lang}")`, `--lang must be vi or en (got "${values.lang}")`));
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      context.stdout.write(help[locale]);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    const flagsOf: Record<string, readonly string[]> = {
      push: ['format', 'delimiter', 'from', 'checkpoint', 'restart', 'report', 'batch-size', 'concurrency'],
      pull: ['out', 'cursor-file', 'restart', 'follow', 'limit'],
      remove: ['version'],
    };
    const own = flagsOf[command];
    if (!own) {
      throw new UsageError(t(`không có lệnh "${command}" (push, pull hoặc remove)`, `there is no command "${command}" (push, pull or remove)`));
    }
    const common = ['api-url', 'lang', 'quiet', 'json', 'help'];
    for (const name of Object.keys(values)) {
      if (!own.includes(name) && !common.includes(name)) {
        throw new UsageError(t(`tuỳ chọn --${name} không dùng với lệnh ${command}`, `option --${name} does not go with ${command}`));
      }
    }
    const apiUrl = values['api-url'] ?? context.env['DVC_API_URL'];
    if (!apiUrl) throw new UsageError(t('thiếu địa chỉ API: đặt DVC_API_URL hoặc --api-url', 'no API address: set DVC_API_URL or --api-url'));
    let parsedUrl: URL | null = null;
    try {
      parsedUrl = new URL(apiUrl);
    } catch {
      // reported below
    }
    if (!parsedUrl || (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:')) {
      throw new UsageError(t(`DVC_API_URL "${apiUrl}" không phải địa chỉ http(s)://…`, `DVC_API_URL "${apiUrl}" is not an http(s)://… address`));
    }
    const key = context.env['DVC_SECRET_KEY'];
    if (!key) throw new UsageError(t('thiếu khoá: đặt DVC_SECRET_KEY (khoá bí mật sk_… phạm vi sync)', 'no key: set DVC_SECRET_KEY (a secret key sk_… of scope sync)'));
    if (!key.startsWith('sk_')) {
      throw new UsageError(t('DVC_SECRET_KEY phải là khoá bí mật (sk_…), không phải khoá công khai', 'DVC_SECRET_KEY must be a secret key (sk_…), not a publishable key'));
    }
    const client = createClient({ baseUrl: apiUrl, key, locale });
    const resource = sync(client.connection);
    const run: Run = { context, locale, t, err, values, resource, apiUrl };
    if (command === 'push') {
      if (rest.length !== 1) throw new UsageError(t('push cần đúng một tệp (hoặc - cho đầu vào chuẩn)', 'push takes exactly one file (or - for standard input)'));
      return await push(run, rest[0]!);
    }
    if (command === 'pull') {
      if (rest.length) throw new UsageError(t(`pull không nhận tham số "${rest[0]}"`, `pull takes no argument "${rest[0]}"`));
      return await pull(run);
    }
    if (rest.length !== 1) throw new UsageError(t('remove cần đúng một mã hồ sơ', 'remove takes exactly one dossier code'));
    const version = values.version === undefined ? undefined : integer(run, 'version', values.version, 0, Number.MAX_SAFE_INTEGER);
    await resource.remove(rest[0]!, { ...(version !== undefined ? { version } : {}), ...(context.signal ? { signal: context.signal } : {}) });
    context.stdout.write(values.json ? `${JSON.stringify({ removed: rest[0] })}\n` : `${t('Đã xoá', 'Removed')} ${rest[0]}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`dvc-sync: ${error.message}\n${t('Xem dvc-sync --help.', 'See dvc-sync --help.')}`);
      return EXIT.usage;
    }
    if (isDvcError(error)) {
      err(`dvc-sync: ${describe(error, t, context.env['DVC_API_URL'] ?? '')}`);
      return keyRefused(error) ? EXIT.usage
        : error.type === 'validation' || error.type === 'not_found' || error.status === 409 ? EXIT.notApplied : EXIT.stopped;
    }
    const fsCode = (error as { code?: string }).code;
    if (fsCode === 'ENOENT' || fsCode === 'EACCES' || fsCode === 'EISDIR') {
      const file = (error as { path?: string }).path ?? '';
      err(`dvc-sync: ${fsCode === 'ENOENT' ? t(`không có tệp ${file}`, `no file ${file}`)
        : fsCode === 'EISDIR' ? t(`${file} là một thư mục, không phải tệp`, `${file} is a directory, not a file`)
        : t(`không được phép mở ${file}`, `not allowed to open ${file}`)}`);
      return EXIT.usage;
    }
    throw error;
  }
}

interface Run {
  context: CliContext;
  locale: Locale;
  t: (vi: string, en: string) => string;
  err: (text: string) => void;
  values: Record<string, string | boolean | undefined>;
  resource: ReturnType<typeof sync>;
  apiUrl: string;
}

/** The portal refused the key itself: running again will not help until DVC_SECRET_KEY is fixed. */
const keyRefused = (error: DvcError) => error.type === 'authentication' || error.type === 'permission';

/** An error of the portal (or of the way to it) in one or a few lines: what, the code, what to do. */
function describe(error: DvcError, t: Run['t'], apiUrl: string): string {
  const request = error.requestId ? `, request ${error.requestId}` : '';
  if (error.type === 'connection' || error.type === 'timeout') {
    return `${clause(error.message)} (${error.code}): ${t(`không tới được ${apiUrl} — kiểm tra DVC_API_URL và mạng`, `cannot reach ${apiUrl} — check DVC_API_URL and the network`)}`;
  }
  if (keyRefused(error)) {
    return `${clause(error.message)} (${error.code}${request}): ${t('kiểm tra DVC_SECRET_KEY (khoá bí mật phạm vi sync, cho các đơn vị của hệ thống)', "check DVC_SECRET_KEY (a secret key of scope sync, for the system's agencies)")}`;
  }
  if (error.fieldErrors.length) {
    return `${error.fieldErrors.map((f) => `${f.path ? `${f.path}: ` : ''}${clause(f.message)}`).join('; ')} (${error.code}${request})`;
  }
  return `${clause(error.message)} (${error.code}${request})`;
}

function integer(run: Run, name: string, raw: string | boolean | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < min || value > max) {
    throw new UsageError(run.t(`--${name} phải là số nguyên từ ${min} đến ${max} (nhận "${raw}")`, `--${name} must be a whole number from ${min} to ${max} (got "${raw}")`));
  }
  return value;
}

/** A number the way the chosen language writes it (1.234.567 or 1,234,567). */
const formatter = (locale: Locale) => new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 1 });

/** Elapsed time, e.g. `1 min 05 s` / `1 phút 05 giây`. */
function duration(ms: number, locale: Locale): string {
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${formatter(locale).format(seconds)} ${locale === 'en' ? 's' : 'giây'}`;
  const m = Math.floor(seconds / 60);
  const s = String(Math.round(seconds % 60)).padStart(2, '0');
  return locale === 'en' ? `${m} min ${s} s` : `${m} phút ${s} giây`;
}

/**
 * The progress display: a bar on a terminal (messages are printed above it, never over it), a line
 * every 10 seconds in a log, nothing with `--quiet`. Records per second are this run's; the ETA comes
 * from the bytes read of the file since the first record this run sends.
 */
function progressDisplay(run: Run, unit: string, total: number | null) {
  const stream = run.context.stderr;
  const say = (text: string) => void stream.write(`${text}\n`);
  if (run.values.quiet) return { start: (_from: number) => {}, update: (_value: number, _records: number) => {}, log: say, stop: () => {} };
  const number = formatter(run.locale);
  let started = 0;
  let from = 0;
  const rateOf = (records: number) => number.format(Math.round(records / Math.max(0.001, (Date.now() - started) / 1000)));
  const format = total
    ? `{bar} {percentage}% | {records} ${unit} | {rate}/s | ${run.t('còn', 'ETA')} {eta_formatted}`
    : `{records} ${unit} | {rate}/s`;
  // cli-progress decides on a terminal by `stream.isTTY`; in a log it prints a line every 10 s.
  const bars = new cliProgress.MultiBar({
    format, stream, noTTYOutput: true, notTTYSchedule: 10_000, hideCursor: false, etaBuffer: 50, linewrap: true,
    barCompleteChar: '█', barIncompleteChar: '░', fps: 5, clearOnComplete: false,
  });
  let bar: cliProgress.SingleBar | null = null;
  return {
    /** The first record this run sends was read at byte `at` (what a resumed run skipped does not count). */
    start(at: number) {
      if (bar) return;
      started = Date.now();
      from = at;
      bar = bars.create(total ? Math.max(1, total - from) : 0, 0, { records: '0', rate: '0' });
    },
    update(value: number, records: number) {
      bar?.update(total ? Math.min(Math.max(0, value - from), total - from) : 0, { records: number.format(records), rate: rateOf(records) });
    },
    log(text: string) {
      if (bar && stream.isTTY) bars.log(`${text}\n`);
      else say(text);
    },
    stop() {
      bars.stop();
    },
  };
}

/** Where record `index` (from 0) of the input is: breakpoints where lines and records stop moving together. */
class LineMap {
  readonly #indexes: number[] = [0];
  readonly #lines: number[] = [1];
  #last = { index: -1, line: 0 };
  add(index: number, line: number): void {
    if (line !== this.#last.line + (index - this.#last.index)) {
      this.#indexes.push(index);
      this.#lines.push(line);
    }
    this.#last = { index, line };
  }
  lineOf(index: number): number {
    let low = 0;
    let high = this.#indexes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#indexes[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return this.#lines[low]! + (index - this.#indexes[low]!);
  }
}

/** A line as the report and the terminal show it. */
interface Reported {
  line: number;
  code: string | null;
  result: 'invalid' | 'stale' | 'unreadable' | 'not_adapted' | 'adapted_with_problems' | 'unknown_field';
  errors: { path: string | null; code: string; message: string }[];
}

/**
 * The push's checkpoint file: how many records of the input are applied in order, and which input
 * that was — the options that shape its records and a fingerprint of its first record and of the
 * last one applied — so a replaced or edited export is not resumed by mistake.
 */
interface PushCheckpoint {
  position: number;
  savedAt: string;
  input: { options: string; first: string | null; last: string | null };
}

/** The fingerprint of a record's text as read (a line of NDJSON, a row of CSV). */
const fingerprint = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** An adapter's problem in the run's language, without the value (personal data). */
function adapterMessage(code: AdapterProblemCode, t: Run['t']): string {
  switch (code) {
    case 'missing': return t('thiếu', 'missing');
    case 'unknown_status': return t('không phải mã trạng thái 1–10', 'not a status code 1–10');
    case 'invalid_date': return t('không phải ngày yyyyMMddHHmmss', 'not a date yyyyMMddHHmmss');
    case 'unknown_applicant_type': return t('không phải loại đối tượng đã biết', 'not a known applicant type');
    default: return t('giá trị không dùng được', 'a value that cannot be used');
  }
}

async function push(run: Run, file: string): Promise<number> {
  const { context, t, values, locale } = run;
  const number = formatter(locale);
  const fromStdin = file === '-';
  const path = fromStdin ? null : resolve(context.cwd, file);
  const format = values.format ?? (path && /\.csv$/i.test(path) ? 'csv' : 'ndjson');
  if (format !== 'csv' && format !== 'ndjson') throw new UsageError(t(`--format phải là ndjson hoặc csv (nhận "${format}")`, `--format must be ndjson or csv (got "${format}")`));
  const rawDelimiter = values.delimiter === undefined ? undefined : String(values.delimiter);
  const delimiter = rawDelimiter === 'tab' || rawDelimiter === '\\t' ? '\t' : rawDelimiter;
  if (delimiter !== undefined && (format !== 'csv' || delimiter.length !== 1)) {
    throw new UsageError(t('--delimiter là một ký tự (hoặc tab), chỉ dùng với CSV', '--delimiter is one character (or tab), for CSV only'));
  }
  const from = values.from as string | undefined;
  if (from !== undefined && from !== 'opencps' && from !== 'igate') throw new UsageError(t(`--from phải là opencps hoặc igate (nhận "${from}")`, `--from must be opencps or igate (got "${from}")`));
  const batchSize = values['batch-size'] === undefined ? undefined : integer(run, 'batch-size', values['batch-size'], 1, 1000);
  const concurrency = values.concurrency === undefined ? undefined : integer(run, 'concurrency', values.concurrency, 1, 16);
  const checkpointPath = values.checkpoint !== undefined ? resolve(context.cwd, String(values.checkpoint)) : path ? `${path}.checkpoint.json` : null;
  const reportPath = values.report ? resolve(context.cwd, String(values.report)) : null;
  const fileStat = path ? await stat(path) : null;
  if (fileStat && !fileStat.isFile()) throw new UsageError(t(`${path} không phải một tệp`, `${path} is not a file`));
  const size = fileStat ? fileStat.size : null;
  const shape = JSON.stringify({ format, delimiter: delimiter ?? null, from: from ?? null });

  // Everything that could stop the push is checked before anything is sent.
  let saved: PushCheckpoint | null = null;
  if (checkpointPath) {
    await writable(checkpointPath, t);
    if (values.restart) await rm(checkpointPath, { force: true });
    saved = await loadCheckpoint(checkpointPath, t);
    if (saved && saved.input.options !== shape) {
      throw new UsageError(t(`tệp vị trí ${checkpointPath} được lưu với tuỳ chọn khác (--format, --delimiter, --from): dùng lại các tuỳ chọn đó, hoặc --restart để đẩy lại từ đầu`,
        `the checkpoint ${checkpointPath} was saved with other options (--format, --delimiter, --from): use those again, or --restart to push from the start`));
    }
  }
  const resumeAt = saved?.position ?? 0;
  let reportHandle: Awaited<ReturnType<typeof open>> | null = null;
  if (reportPath) {
    await writable(reportPath, t);
    // A resumed push adds to the report of the run it resumes (whose problems it does not see again).
    reportHandle = await open(reportPath, resumeAt > 0 ? 'a' : 'w');
  }
  if (resumeAt > 0) {
    run.err(t(`Tiếp tục sau ${number.format(resumeAt)} bản ghi đã đẩy (theo ${checkpointPath}; --restart để đẩy lại từ đầu).`,
      `Resuming after ${number.format(resumeAt)} records already pushed (as ${checkpointPath} says; --restart pushes from the start).`));
  }

  const display = progressDisplay(run, t('bản ghi', 'records'), size);
  let reportText = '';
  const shown = { count: 0 };
  const counts = { unreadable: 0, notAdapted: 0, adaptedWithProblems: 0, unknownFields: 0 };
  const noted = (problem: Reported) => {
    if (reportHandle) {
      reportText += `${JSON.stringify(problem)}\n`;
      if (reportText.length > 64 * 1024) void flushReport();
    }
    if (shown.count++ < 20) {
      const what = {
        invalid: t('không hợp lệ', 'invalid'), stale: t('không mới hơn bản cổng đang giữ', 'not newer than the portal holds'),
        unreadable: t('không đọc được', 'unreadable'), not_adapted: t('không chuyển đổi được', 'not adapted'),
        adapted_with_problems: t('đã đẩy, bỏ qua một số trường', 'pushed, some fields left out'),
        unknown_field: t('có trường không thuộc bản ghi, bị bỏ qua', 'has fields the record does not have, left out'),
      }[problem.result];
      const fields = problem.errors.map((e) => (e.path ? `${e.path}: ${clause(e.message)}` : clause(e.message))).join('; ');
      display.log(`${t('dòng', 'line')} ${problem.line}${problem.code ? ` (${problem.code})` : ''}: ${what}${fields ? ` — ${fields}` : ''}`);
    }
  };
  let reportWrites: Promise<unknown> = Promise.resolve();
  const flushReport = () => {
    const text = reportText;
    reportText = '';
    if (reportHandle && text) reportWrites = reportWrites.then(() => reportHandle!.write(text));
    return reportWrites;
  };

  const input: Readable = path ? createReadStream(path) : context.stdin;
  const items: AsyncGenerator<InputItem> = format === 'csv'
    ? readCsv(input, locale, {
      ...(delimiter !== undefined ? { delimiter } : {}),
      onHeader: (columns) => {
        if (from) return;
        // Columns the record does not have would be dropped without a word: named once, before any row.
        const all = [...new Set(columns.flatMap((column) => {
          const value: Record<string, unknown> = {};
          let target: Record<string, unknown> = value;
          const parts = column.split('.');
          parts.forEach((part, i) => {
            if (i === parts.length - 1) target[part] = '';
            else target = (target[part] = /^\d+$/.test(parts[i + 1]!) ? [] : {}) as Record<string, unknown>;
          });
          return unknownSyncRecordFields(value).map((name) => (name.includes('*') ? column : name));
        }))];
        if (all.length && resumeAt === 0) {
          counts.unknownFields++;
          noted({
            line: 1, code: null, result: 'unknown_field',
            errors: all.map((name) => ({ path: name, code: 'unknown_field', message: t('cột không có trong bản ghi', 'a column the record does not have') })),
          });
        }
      },
    })
    : readNdjson(input, locale);
  const lines = new LineMap();
  const hashes = new Map<number, string>();
  let firstHash: string | null = null;
  let index = 0;
  const unknownSeen = new Set<string>();
  const lineProblem = (item: { line: number; problem: LineProblem; code: string | null }): Reported => ({
    line: item.line, code: item.code, result: 'unreadable', errors: [{ path: item.problem.field, code: item.problem.code, message: item.problem.message }],
  });
  const mismatch = (which: string) => new UsageError(t(
    `tệp vị trí ${checkpointPath} không thuộc đầu vào này: ${which} khác với lúc lưu (tệp đã bị thay hoặc sửa). Dùng --restart để đẩy tệp này từ đầu, hoặc --checkpoint để chọn tệp vị trí khác; chưa gửi gì.`,
    `the checkpoint ${checkpointPath} does not belong to this input: ${which} differs from when it was saved (the file was replaced or edited). Use --restart to push this file from the start, or --checkpoint for another checkpoint; nothing was sent.`,
  ));
  const adapt = (value: Record<string, unknown>): AdaptedRecord & { extra: Reported['errors'] } => {
    const code = value['MaHoSo'];
    const extra: Reported['errors'] = [];
    // Steps on the dossier's own line: they belong to it, with or without their own MaHoSo.
    const steps = (name: string): OneStopProgress[] | undefined => {
      const list = value[name];
      if (list === undefined) return undefined;
      if (!Array.isArray(list)) {
        extra.push({ path: name, code: 'invalid_value', message: t('phải là một danh sách [ … ]', 'must be a list [ … ]') });
        return undefined;
      }
      return list.flatMap((step, i) => {
        if (step === null || typeof step !== 'object') {
          extra.push({ path: `${name}[${i}]`, code: 'invalid_value', message: t('phải là một đối tượng { … }', 'must be an object { … }') });
          return [];
        }
        const own = (step as { MaHoSo?: unknown }).MaHoSo;
        if (own !== undefined && own !== code) {
          extra.push({ path: `${name}[${i}].MaHoSo`, code: 'invalid_value', message: t('là mã của hồ sơ khác', "is another dossier's code") });
          return [];
        }
        return [{ ...(step as object), MaHoSo: code } as OneStopProgress];
      });
    };
    if (from === 'opencps') {
      const progress = steps('CapNhatTienDoHoSoMC');
      return { ...fromOpenCps(value as unknown as OpenCpsDossier, progress ? { progress } : {}), extra };
    }
    const progress = steps('CapNhatTienTrinh');
    const statuses = steps('CapNhatTrangThai');
    return {
      ...fromIgate(value as unknown as IgateDossier, {
        ...(progress ? { progress } : {}), ...(statuses ? { statuses: statuses as never } : {}),
      }),
      extra,
    };
  };

  /** The records to push, unchecked: the portal checks each one and answers why it refused it. */
  async function* records(): AsyncGenerator<SyncDossierRecordInput> {
    for await (const item of items) {
      // Lines before the resume point were reported by the run that read them.
      const reporting = index >= resumeAt;
      if ('problem' in item) {
        if (reporting) {
          counts.unreadable++;
          noted(lineProblem(item));
        }
        continue;
      }
      let value: Record<string, unknown> = item.value;
      if (from) {
        const adapted = adapt(value);
        const problems = [
          ...adapted.problems.map((p) => ({ path: p.field, code: p.code, message: adapterMessage(p.code, t) })), ...adapted.extra,
        ];
        const code = typeof value['MaHoSo'] === 'string' ? value['MaHoSo'] : null;
        if (!adapted.record) {
          if (reporting) {
            counts.notAdapted++;
            noted({ line: item.line, code, result: 'not_adapted', errors: problems });
          }
          continue;
        }
        if (problems.length && reporting) {
          counts.adaptedWithProblems++;
          noted({ line: item.line, code, result: 'adapted_with_problems', errors: problems });
        }
        value = adapted.record as unknown as Record<string, unknown>;
      } else if (format === 'ndjson' && reporting) {
        // A misspelt field would be dropped without a word: each name is told once, on the first line that has it.
        const unknown = unknownSyncRecordFields(value).filter((name) => !unknownSeen.has(name));
        if (unknown.length) {
          for (const name of unknown) unknownSeen.add(name);
          counts.unknownFields++;
          noted({
            line: item.line, code: typeof value['code'] === 'string' ? value['code'] : null, result: 'unknown_field',
            errors: unknown.map((name) => ({ path: name, code: 'unknown_field', message: t('không có trong bản ghi (viết sai tên?)', 'not a field of the record (misspelt?)') })),
          });
        }
      }
      const hash = fingerprint(item.text);
      if (index === 0) {
        firstHash = hash;
        if (saved && saved.input.first !== hash) throw mismatch(t('bản ghi đầu tiên', 'the first record'));
      }
      if (saved && index === resumeAt - 1 && saved.input.last !== hash) {
        throw mismatch(t(`bản ghi thứ ${number.format(resumeAt)}`, `record ${number.format(resumeAt)}`));
      }
      if (index === resumeAt) display.start((input as { bytesRead?: number }).bytesRead ?? 0);
      if (index >= resumeAt) hashes.set(index, hash);
      lines.add(index++, item.line);
      yield value as unknown as SyncDossierRecordInput;
    }
    if (saved && index < resumeAt) {
      throw mismatch(t(`độ dài (đầu vào chỉ có ${number.format(index)} bản ghi, tệp vị trí nói ${number.format(resumeAt)} đã đẩy)`,
        `its length (the input has ${number.format(index)} records, the checkpoint says ${number.format(resumeAt)} were pushed)`));
    }
  }

  const started = Date.now();
  let totals: SyncTotals | null = null;
  let stopped: unknown = null;
  let lastSaved = resumeAt;
  try {
    totals = await run.resource.push(records(), {
      ...(batchSize !== undefined ? { batchSize } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(checkpointPath ? {
        checkpoint: {
          load: () => resumeAt,
          save: async (position: number) => {
            const last = hashes.get(position - 1) ?? null;
            for (const key of hashes.keys()) if (key < position - 1) hashes.delete(key);
            await writeJsonAtomically(checkpointPath, {
              position, savedAt: new Date().toISOString(), input: { options: shape, first: firstHash, last },
            } satisfies PushCheckpoint);
            lastSaved = position;
          },
        },
      } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
      onRecordProblem: (p) => noted({
        line: lines.lineOf(p.index), code: p.code, result: p.result,
        errors: p.result === 'stale'
          ? [{
            path: 'version', code: 'stale',
            message: t(`phiên bản ${p.version} không mới hơn phiên bản ${p.storedVersion} cổng đang giữ (của hồ sơ, hoặc của lần xoá hồ sơ)`,
              `version ${p.version} is not newer than version ${p.storedVersion} the portal holds (of the dossier, or of its removal)`),
          }]
          : p.errors.map((e) => ({ path: e.path, code: e.code, message: e.message })),
      }),
      onProgress: (so) => display.update((input as { bytesRead?: number }).bytesRead ?? 0, so.sent),
    });
  } catch (error) {
    stopped = error;
  } finally {
    display.stop();
    if (reportHandle) {
      await flushReport();
      await reportHandle.close();
    }
    if (!path) input.destroy();
  }
  const elapsed = Date.now() - started;
  if (stopped instanceof UsageError || stopped instanceof HeaderError) throw new UsageError(stopped.message);
  if (stopped) {
    const why = context.signal?.aborted ? t('đã dừng theo yêu cầu', 'stopped as asked') : t('đã dừng vì lỗi', 'stopped by an error');
    const detail = isDvcError(stopped) ? `: ${describe(stopped, t, run.apiUrl)}` : context.signal?.aborted ? '' : `: ${(stopped as Error).message}`;
    run.err(`dvc-sync: ${why}${detail}`);
    if (isDvcError(stopped) && keyRefused(stopped)) {
      if (values.json) context.stdout.write(`${JSON.stringify({ stopped: true, position: lastSaved, code: stopped.code })}\n`);
      return EXIT.usage;
    }
    run.err(!checkpointPath
      ? t('Không có tệp vị trí (đầu vào chuẩn không có --checkpoint): lần sau sẽ đẩy lại từ đầu.', 'No checkpoint (standard input without --checkpoint): the next run pushes from the start.')
      : lastSaved === 0
        ? t('Chưa bản ghi nào được áp dụng. Chạy lại đúng lệnh này để bắt đầu lại.', 'No record was applied yet. Run the same command again to start over.')
        : t(`${number.format(lastSaved)} bản ghi đầu đã được áp dụng và lưu ở ${checkpointPath}. Chạy lại đúng lệnh này để tiếp tục.`,
          `The first ${number.format(lastSaved)} records are applied and saved in ${checkpointPath}. Run the same command again to resume.`));
    if (values.json) context.stdout.write(`${JSON.stringify({ stopped: true, position: lastSaved, code: isDvcError(stopped) ? stopped.code : null })}\n`);
    return EXIT.stopped;
  }
  const result = totals!;
  const read = result.skipped + result.sent;
  const problems = result.invalid + counts.unreadable + counts.notAdapted;
  if (shown.count > 20) {
    run.err(reportPath
      ? t(`… và ${number.format(shown.count - 20)} dòng nữa trong ${values.report}.`, `… and ${number.format(shown.count - 20)} more lines in ${values.report}.`)
      : t(`… và ${number.format(shown.count - 20)} dòng nữa: --report <tệp> ghi tất cả.`, `… and ${number.format(shown.count - 20)} more lines: --report <file> writes them all.`));
  }
  if (read === 0 && problems === 0) {
    run.err(t(`Cảnh báo: không có bản ghi nào trong ${path ?? 'đầu vào chuẩn'}.`, `Warning: there is no record in ${path ?? 'standard input'}.`));
  }
  const summary = {
    records: read, sent: result.sent, skipped: result.skipped, created: result.created, updated: result.updated,
    unchanged: result.unchanged, stale: result.stale, invalid: result.invalid, unreadable: counts.unreadable,
    notAdapted: counts.notAdapted, adaptedWithProblems: counts.adaptedWithProblems, unknownFields: counts.unknownFields,
    batches: result.batches, retries: result.retries, position: result.position, seconds: elapsed / 1000,
    recordsPerSecond: Math.round(result.sent / Math.max(0.001, elapsed / 1000)),
  };
  if (values.json) {
    context.stdout.write(`${JSON.stringify(summary)}\n`);
  } else if (result.sent === 0 && result.skipped > 0) {
    context.stdout.write(`${t(
      `Không còn gì để đẩy: cả ${number.format(result.skipped)} bản ghi đã được đẩy ở lần chạy trước (--restart để đẩy lại từ đầu).`,
      `Nothing to push: all ${number.format(result.skipped)} records were pushed by an earlier run (--restart pushes them again).`,
    )}\n`);
  } else {
    const n = (x: number) => number.format(x);
    context.stdout.write(`${t(
      `Đã gửi ${n(result.sent)} bản ghi trong ${duration(elapsed, locale)} (${n(summary.recordsPerSecond)} bản ghi/giây)${result.skipped ? `, bỏ qua ${n(result.skipped)} đã đẩy lần trước` : ''}.
  ${n(result.created)} tạo mới · ${n(result.updated)} cập nhật · ${n(result.unchanged)} không đổi · ${n(result.stale)} cũ hơn · ${n(result.invalid)} không hợp lệ
  ${n(counts.unreadable)} dòng không đọc được${from ? ` · ${n(counts.notAdapted)} không chuyển đổi được · ${n(counts.adaptedWithProblems)} bỏ qua một số trường` : ''}`,
      `Sent ${n(result.sent)} records in ${duration(elapsed, locale)} (${n(summary.recordsPerSecond)} records/s)${result.skipped ? `, skipped ${n(result.skipped)} pushed before` : ''}.
  ${n(result.created)} created · ${n(result.updated)} updated · ${n(result.unchanged)} unchanged · ${n(result.stale)} stale · ${n(result.invalid)} invalid
  ${n(counts.unreadable)} unreadable lines${from ? ` · ${n(counts.notAdapted)} not adapted · ${n(counts.adaptedWithProblems)} with fields left out` : ''}`,
    )}\n`);
  }
  return problems > 0 ? EXIT.notApplied : EXIT.ok;
}

/** Reads a push's checkpoint file: null when there is none; a clear usage error when it is not one. */
async function loadCheckpoint(path: string, t: Run['t']): Promise<PushCheckpoint | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  let value: Partial<PushCheckpoint> | null = null;
  try {
    value = JSON.parse(text) as Partial<PushCheckpoint>;
  } catch {
    // reported below
  }
  const input = value?.input;
  if (!value || !Number.isSafeInteger(value.position) || value.position! < 0 || !input || typeof input.options !== 'string'
    || (input.first !== null && typeof input.first !== 'string') || (input.last !== null && typeof input.last !== 'string')) {
    throw new UsageError(t(`tệp vị trí ${path} không đọc được: xoá nó, hoặc dùng --restart để đẩy lại từ đầu`,
      `cannot read the checkpoint ${path}: remove it, or use --restart to push from the start`));
  }
  return value as PushCheckpoint;
}

/** The pull's state beside its output: the cursor, and how long the output file was when it was saved. */
interface PullState {
  cursor: string;
  bytes: number | null;
  savedAt: string;
}

async function pull(run: Run): Promise<number> {
  const { context, t, values, locale } = run;
  const number = formatter(locale);
  const limit = values.limit === undefined ? 500 : integer(run, 'limit', values.limit, 1, 1000);
  const outPath = values.out !== undefined && values.out !== '-' ? resolve(context.cwd, String(values.out)) : null;
  const statePath = values['cursor-file'] !== undefined ? resolve(context.cwd, String(values['cursor-file'])) : outPath ? `${outPath}.cursor.json` : null;
  const restartHint = t('dùng --restart để đọc lại một bản sao đầy đủ vào tệp mới', 'use --restart to read a whole copy into a new file');

  let state: PullState | null = null;
  if (outPath) await mkdir(dirname(outPath), { recursive: true });
  if (statePath) {
    await writable(statePath, t);
    if (values.restart) await rm(statePath, { force: true });
    else {
      let text: string | null = null;
      try {
        text = await readFile(statePath, 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      }
      if (text !== null) {
        let value: Partial<PullState> | null = null;
        try {
          value = JSON.parse(text) as Partial<PullState>;
        } catch {
          // reported below
        }
        if (!value || typeof value.cursor !== 'string' || !value.cursor || (value.bytes !== null && !Number.isSafeInteger(value.bytes))) {
          throw new UsageError(t(`tệp con trỏ ${statePath} không đọc được: xoá nó, hoặc ${restartHint}`, `cannot read the cursor file ${statePath}: remove it, or ${restartHint}`));
        }
        state = value as PullState;
      }
    }
  }
  if (outPath) await writable(outPath, t);

  // The output: a file is cut back to where the saved cursor left it, so a page written but not yet
  // committed (a crash between the two) is not in it twice.
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let bytes = 0;
  if (outPath) {
    if (state && state.bytes !== null) {
      let length: number;
      try {
        length = (await stat(outPath)).size;
      } catch {
        throw new UsageError(t(`tệp ${outPath} không còn, nhưng con trỏ của nó (${statePath}) vẫn còn: ${restartHint}`,
          `${outPath} is gone but its cursor (${statePath}) is still there: ${restartHint}`));
      }
      if (length < state.bytes) {
        throw new UsageError(t(`tệp ${outPath} ngắn hơn lúc lưu con trỏ (${number.format(length)} byte, lúc đó ${number.format(state.bytes)}): tệp đã bị cắt hoặc thay; ${restartHint}`,
          `${outPath} is shorter than when its cursor was saved (${number.format(length)} bytes, then ${number.format(state.bytes)}): it was cut or replaced; ${restartHint}`));
      }
      handle = await open(outPath, 'r+');
      bytes = state.bytes;
      await handle.truncate(bytes);
    } else {
      handle = await open(outPath, 'w');
    }
  }
  if (state) run.err(t(`Đọc tiếp từ con trỏ đã lưu (${statePath}).`, `Reading on from the saved cursor (${statePath}).`));

  const saveState = async (cursor: string) => {
    if (statePath) await writeJsonAtomically(statePath, { cursor, bytes: outPath ? bytes : null, savedAt: new Date().toISOString() } satisfies PullState);
  };
  const write = async (text: string) => {
    if (handle) {
      const buffer = Buffer.from(text);
      await handle.write(buffer, 0, buffer.length, bytes);
      bytes += buffer.length;
    } else if (!context.stdout.write(text)) {
      await new Promise<void>((done) => context.stdout.once('drain', done));
    }
  };

  const display = progressDisplay(run, t('thay đổi', 'changes'), null);
  display.start(0);
  const counts: Record<string, number> = { 'dossier.upserted': 0, 'dossier.deleted': 0, 'dossier.progress': 0 };
  let changes = 0;
  let pages = 0;
  const started = Date.now();
  let failure: unknown = null;
  try {
    for await (const page of run.resource.changes({
      limit, follow: Boolean(values.follow),
      ...(state ? { cursor: state.cursor } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    })) {
      if (page.data.length) await write(page.data.map((change) => `${JSON.stringify(change)}\n`).join(''));
      if (handle) await handle.datasync();
      await saveState(page.nextCursor);
      for (const change of page.data) counts[change.type] = (counts[change.type] ?? 0) + 1;
      changes += page.data.length;
      pages++;
      display.update(0, changes);
    }
  } catch (error) {
    failure = error;
  } finally {
    display.stop();
    await handle?.close();
  }
  if (failure) {
    if (isDvcError(failure) && failure.code === 'cursor_expired') {
      run.err(`dvc-sync: ${t('con trỏ đã cũ hơn khoảng thời gian cổng lưu giữ thay đổi.', 'the cursor is older than the changes the portal keeps.')}`);
      run.err(t('Chạy lại với --restart để đọc một bản sao đầy đủ, rồi bỏ những hồ sơ bản sao đó không có.', 'Run again with --restart to read a whole copy, then drop the dossiers it does not name.'));
      return EXIT.usage;
    }
    const detail = isDvcError(failure) ? describe(failure, t, run.apiUrl) : (failure as Error).message;
    run.err(`dvc-sync: ${t('đã dừng vì lỗi', 'stopped by an error')}: ${detail}`);
    if (isDvcError(failure) && keyRefused(failure)) return EXIT.usage;
    if (statePath) run.err(t('Những trang đã ghi được giữ; chạy lại đúng lệnh này để đọc tiếp.', 'The pages written are kept; run the same command again to read on.'));
    return EXIT.stopped;
  }
  const elapsed = Date.now() - started;
  // With the changes on standard output, the summary goes to standard error.
  const out = outPath ? context.stdout : context.stderr;
  // Ctrl-C ends a --follow as it should; without it the feed was not read to its end.
  const interrupted = Boolean(context.signal?.aborted) && !values.follow;
  if (values.json) {
    out.write(`${JSON.stringify({ changes, pages, ...counts, seconds: elapsed / 1000, ...(interrupted ? { stopped: true } : {}) })}\n`);
  } else {
    const n = (x: number) => number.format(x);
    out.write(`${t(
      `Đã đọc ${n(changes)} thay đổi (${n(pages)} trang) trong ${duration(elapsed, locale)}: ${n(counts['dossier.upserted']!)} hồ sơ cập nhật · ${n(counts['dossier.progress']!)} bước xử lý · ${n(counts['dossier.deleted']!)} hồ sơ bị xoá.`,
      `Read ${n(changes)} changes (${n(pages)} pages) in ${duration(elapsed, locale)}: ${n(counts['dossier.upserted']!)} dossiers upserted · ${n(counts['dossier.progress']!)} progress entries · ${n(counts['dossier.deleted']!)} dossiers removed.`,
    )}\n`);
  }
  if (interrupted) {
    run.err(`dvc-sync: ${t('đã dừng theo yêu cầu trước khi đọc hết luồng thay đổi', 'stopped as asked before the end of the feed')}.${statePath
      ? ` ${t('Chạy lại đúng lệnh này để đọc tiếp.', 'Run the same command again to read on.')}` : ''}`);
    return EXIT.stopped;
  }
  return EXIT.ok;
}
