// `dvc-sync`: the status sync of a one-stop system from the command line — push an NDJSON or CSV export
// to the portal (resumable, with a progress bar and a report of every line not applied), pull the
// change feed into an NDJSON file (resumable, never a change twice in the file), remove a record.
// Everything goes through `sync(connection)` of `@dvc-kit/sdk/server`; this file only reads files,
// shows progress and reports.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createClient } from '../index.js';
import type { SyncDossierRecordInput } from '@dvc-kit/contract';
import { isDvcError } from '../errors.js';
import { fileCheckpoint, sync, type SyncTotals } from '../server/sync.js';
import { fromIgate, fromOpenCps, type AdaptedRecord, type IgateDossier, type OpenCpsDossier } from '../server/sync-adapters.js';
import { readCsv, readNdjson, type InputItem, type LineProblem } from './input.js';

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

/** The language: `--lang`, else `DVC_LANG`, else English when `LANG` says so, else Vietnamese. */
function localeOf(argv: string[], env: CliContext['env']): Locale {
  const flag = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = flag < 0 ? undefined : argv[flag]!.includes('=') ? argv[flag]!.split('=')[1] : argv[flag + 1];
  const chosen = value ?? env['DVC_LANG'] ?? (/^en/i.test(env['LANG'] ?? '') ? 'en' : 'vi');
  return chosen === 'en' ? 'en' : 'vi';
}

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
      const unknown = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
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
    try {
      new URL(apiUrl);
    } catch {
      throw new UsageError(t(`địa chỉ API "${apiUrl}" không phải URL`, `the API address "${apiUrl}" is not a URL`));
    }
    const key = context.env['DVC_SECRET_KEY'];
    if (!key) throw new UsageError(t('thiếu khoá: đặt DVC_SECRET_KEY (khoá bí mật sk_… phạm vi sync)', 'no key: set DVC_SECRET_KEY (a secret key sk_… of scope sync)'));
    if (!key.startsWith('sk_')) {
      throw new UsageError(t('DVC_SECRET_KEY phải là khoá bí mật (sk_…), không phải khoá công khai', 'DVC_SECRET_KEY must be a secret key (sk_…), not a publishable key'));
    }
    const client = createClient({ baseUrl: apiUrl, key, locale });
    const resource = sync(client.connection);
    const run = { context, locale, t, err, values, resource };
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
      const fields = error.fieldErrors.map((f) => `\n  ${f.path}: ${f.message}`).join('');
      err(`dvc-sync: ${error.message} (${error.code}${error.requestId ? `, request ${error.requestId}` : ''})${fields}`);
      return error.type === 'validation' || error.type === 'not_found' || error.status === 409 ? EXIT.notApplied : EXIT.stopped;
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
 * The progress display: a bar on a terminal, a line every 10 seconds otherwise (logs), nothing with
 * `--quiet`. Records per second are the run's own; the ETA comes from the bytes read of the file.
 */
function progressDisplay(run: Run, unit: string, total: number | null) {
  if (run.values.quiet) return { update: (_value: number, _records: number) => {}, stop: () => {} };
  const number = formatter(run.locale);
  const started = Date.now();
  const rateOf = (records: number) => number.format(Math.round(records / Math.max(0.001, (Date.now() - started) / 1000)));
  const etaLabel = run.t('còn', 'ETA');
  const format = total
    ? `{bar} {percentage}% | {records} ${unit} | {rate}/s | ${etaLabel} {eta_formatted}`
    : `{records} ${unit} | {rate}/s`;
  const bar = new cliProgress.SingleBar({
    format, stream: run.context.stderr, noTTYOutput: true, notTTYSchedule: 10_000, hideCursor: false, etaBuffer: 50,
    barCompleteChar: '█', barIncompleteChar: '░', fps: 5,
  });
  // cli-progress decides on a terminal by `stream.isTTY`.
  bar.start(total ?? 0, 0, { records: '0', rate: '0' });
  return {
    update(value: number, records: number) {
      bar.update(total ? Math.min(value, total) : 0, { records: number.format(records), rate: rateOf(records) });
    },
    stop() {
      bar.stop();
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

/** A problem as the report and the terminal show it. */
interface Reported {
  line: number;
  code: string | null;
  result: 'invalid' | 'stale' | 'unreadable' | 'not_adapted' | 'adapted_with_problems';
  errors: { path: string | null; code: string; message: string }[];
}

async function push(run: Run, file: string): Promise<number> {
  const { context, t, values, locale } = run;
  const number = formatter(locale);
  const fromStdin = file === '-';
  const path = fromStdin ? null : resolve(context.cwd, file);
  const format = values.format ?? (path && /\.csv$/i.test(path) ? 'csv' : 'ndjson');
  if (format !== 'csv' && format !== 'ndjson') throw new UsageError(t(`--format phải là ndjson hoặc csv (nhận "${format}")`, `--format must be ndjson or csv (got "${format}")`));
  if (values.delimiter !== undefined && (format !== 'csv' || String(values.delimiter).length !== 1)) {
    throw new UsageError(t('--delimiter là một ký tự, chỉ dùng với CSV', '--delimiter is one character, for CSV only'));
  }
  const from = values.from as string | undefined;
  if (from !== undefined && from !== 'opencps' && from !== 'igate') throw new UsageError(t(`--from phải là opencps hoặc igate (nhận "${from}")`, `--from must be opencps or igate (got "${from}")`));
  const batchSize = values['batch-size'] === undefined ? undefined : integer(run, 'batch-size', values['batch-size'], 1, 1000);
  const concurrency = values.concurrency === undefined ? undefined : integer(run, 'concurrency', values.concurrency, 1, 16);
  const checkpointPath = values.checkpoint !== undefined ? resolve(context.cwd, String(values.checkpoint)) : path ? `${path}.checkpoint.json` : null;
  const file_ = path ? await stat(path) : null;
  if (file_ && !file_.isFile()) throw new UsageError(t(`${path} không phải một tệp`, `${path} is not a file`));
  const size = file_ ? file_.size : null;

  const checkpoint = checkpointPath ? fileCheckpoint(checkpointPath) : null;
  if (values.restart && checkpointPath) await rm(checkpointPath, { force: true });
  const resumeAt = (await checkpoint?.load()) ?? 0;
  if (resumeAt > 0) {
    run.err(t(`Tiếp tục sau ${number.format(resumeAt)} bản ghi đã đẩy (theo ${checkpointPath}; --restart để đẩy lại từ đầu).`,
      `Resuming after ${number.format(resumeAt)} records already pushed (as ${checkpointPath} says; --restart pushes from the start).`));
  }

  // A resumed push adds to the report of the run it resumes (whose problems it does not see again).
  const report = values.report ? createWriteStream(resolve(context.cwd, String(values.report)), { flags: resumeAt > 0 ? 'a' : 'w' }) : null;
  const shown = { count: 0 };
  const totalsByKind = { unreadable: 0, notAdapted: 0, adaptedWithProblems: 0 };
  const noted = (problem: Reported) => {
    if (report) report.write(`${JSON.stringify(problem)}\n`);
    if (shown.count++ < 20) {
      const what = {
        invalid: t('không hợp lệ', 'invalid'), stale: t('cũ hơn bản cổng đang giữ', 'older than the portal holds'),
        unreadable: t('không đọc được', 'unreadable'), not_adapted: t('không chuyển đổi được', 'not adapted'),
        adapted_with_problems: t('đã đẩy, bỏ qua một số trường', 'pushed, some fields left out'),
      }[problem.result];
      const fields = problem.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
      run.err(`${t('dòng', 'line')} ${problem.line}${problem.code ? ` (${problem.code})` : ''}: ${what}${fields ? ` — ${fields}` : ''}`);
    }
  };

  const input: Readable = path ? createReadStream(path) : context.stdin;
  const items: AsyncGenerator<InputItem> = format === 'csv'
    ? readCsv(input, locale, values.delimiter !== undefined ? { delimiter: String(values.delimiter) } : {})
    : readNdjson(input, locale);
  const lines = new LineMap();
  let index = 0;
  const lineProblem = (problem: LineProblem, result: Reported['result']): Reported => ({
    line: problem.line, code: null, result, errors: [{ path: problem.field, code: problem.code, message: problem.message }],
  });
  const adapt = (value: Record<string, unknown>): AdaptedRecord => {
    if (from === 'opencps') {
      const steps = value['CapNhatTienDoHoSoMC'];
      return fromOpenCps(value as unknown as OpenCpsDossier, Array.isArray(steps) ? { progress: steps } : {});
    }
    const steps = value['CapNhatTienTrinh'];
    const statuses = value['CapNhatTrangThai'];
    return fromIgate(value as unknown as IgateDossier, {
      ...(Array.isArray(steps) ? { progress: steps } : {}), ...(Array.isArray(statuses) ? { statuses } : {}),
    });
  };
  /** The records to push, unchecked: the portal checks each one and answers why it refused it. */
  async function* records(): AsyncGenerator<SyncDossierRecordInput> {
    for await (const item of items) {
      // Lines before the resume point were reported by the run that read them.
      const reporting = index >= resumeAt;
      if ('problem' in item) {
        if (reporting) {
          totalsByKind.unreadable++;
          noted(lineProblem(item.problem, 'unreadable'));
        }
        continue;
      }
      let value: Record<string, unknown> = item.value;
      if (from) {
        const adapted = adapt(value);
        const problems = adapted.problems.map((p) => ({ path: p.field, code: p.code, message: p.message }));
        const code = typeof value['MaHoSo'] === 'string' ? value['MaHoSo'] : null;
        if (!adapted.record) {
          if (reporting) {
            totalsByKind.notAdapted++;
            noted({ line: item.line, code, result: 'not_adapted', errors: problems });
          }
          continue;
        }
        if (problems.length && reporting) {
          totalsByKind.adaptedWithProblems++;
          noted({ line: item.line, code, result: 'adapted_with_problems', errors: problems });
        }
        value = adapted.record as unknown as Record<string, unknown>;
      }
      lines.add(index++, item.line);
      yield value as unknown as SyncDossierRecordInput;
    }
  }

  const display = progressDisplay(run, t('bản ghi', 'records'), size);
  const started = Date.now();
  let totals: SyncTotals | null = null;
  let stopped: unknown = null;
  try {
    totals = await run.resource.push(records(), {
      ...(batchSize !== undefined ? { batchSize } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(checkpoint ? { checkpoint: { load: () => resumeAt, save: (position: number) => checkpoint.save(position) } } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
      onRecordProblem: (p) => noted({
        line: lines.lineOf(p.index), code: p.code, result: p.result,
        errors: p.result === 'stale'
          ? [{ path: 'version', code: 'stale', message: t(`phiên bản ${p.version}, cổng đang giữ ${p.storedVersion}`, `version ${p.version}, the portal holds ${p.storedVersion}`) }]
          : p.errors.map((e) => ({ path: e.path, code: e.code, message: e.message })),
      }),
      onProgress: (so) => display.update((input as { bytesRead?: number }).bytesRead ?? 0, so.sent),
    });
  } catch (error) {
    stopped = error;
  } finally {
    display.stop();
    if (report) await new Promise<void>((done) => report.end(done));
  }
  const elapsed = Date.now() - started;
  if (stopped) {
    const position = (await checkpoint?.load()) ?? 0;
    const why = context.signal?.aborted ? t('đã dừng theo yêu cầu', 'stopped as asked') : t('đã dừng vì lỗi', 'stopped by an error');
    const detail = isDvcError(stopped) ? `: ${stopped.message} (${stopped.code})` : context.signal?.aborted ? '' : `: ${(stopped as Error).message}`;
    run.err(`dvc-sync: ${why}${detail}`);
    run.err(checkpointPath
      ? t(`${number.format(position)} bản ghi đầu đã được áp dụng và lưu ở ${checkpointPath}. Chạy lại đúng lệnh này để tiếp tục.`,
        `The first ${number.format(position)} records are applied and saved in ${checkpointPath}. Run the same command again to resume.`)
      : t('Không có tệp vị trí (đầu vào chuẩn không có --checkpoint): lần sau sẽ đẩy lại từ đầu.', 'No checkpoint (standard input without --checkpoint): the next run pushes from the start.'));
    if (values.json) context.stdout.write(`${JSON.stringify({ stopped: true, position, code: isDvcError(stopped) ? stopped.code : null })}\n`);
    return isDvcError(stopped) && (stopped.type === 'authentication' || stopped.type === 'permission') ? EXIT.usage : EXIT.stopped;
  }
  const result = totals!;
  const read = result.skipped + result.sent;
  if (resumeAt > read) {
    run.err(t(`Cảnh báo: tệp vị trí nói ${number.format(resumeAt)} bản ghi đã đẩy nhưng đầu vào chỉ có ${number.format(read)}: có phải cùng một tệp? Dùng --restart để đẩy lại từ đầu.`,
      `Warning: the checkpoint says ${number.format(resumeAt)} records were pushed but the input has only ${number.format(read)}: is it the same file? --restart pushes from the start.`));
  }
  const problems = result.invalid + totalsByKind.unreadable + totalsByKind.notAdapted;
  if (shown.count > 20) {
    run.err(report
      ? t(`… và ${number.format(shown.count - 20)} dòng nữa trong ${values.report}.`, `… and ${number.format(shown.count - 20)} more lines in ${values.report}.`)
      : t(`… và ${number.format(shown.count - 20)} dòng nữa: --report <tệp> ghi tất cả.`, `… and ${number.format(shown.count - 20)} more lines: --report <file> writes them all.`));
  }
  const summary = {
    records: read, sent: result.sent, skipped: result.skipped, created: result.created, updated: result.updated,
    unchanged: result.unchanged, stale: result.stale, invalid: result.invalid, unreadable: totalsByKind.unreadable,
    notAdapted: totalsByKind.notAdapted, adaptedWithProblems: totalsByKind.adaptedWithProblems,
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
  ${n(totalsByKind.unreadable)} dòng không đọc được${from ? ` · ${n(totalsByKind.notAdapted)} không chuyển đổi được · ${n(totalsByKind.adaptedWithProblems)} bỏ qua một số trường` : ''}`,
      `Sent ${n(result.sent)} records in ${duration(elapsed, locale)} (${n(summary.recordsPerSecond)} records/s)${result.skipped ? `, skipped ${n(result.skipped)} pushed before` : ''}.
  ${n(result.created)} created · ${n(result.updated)} updated · ${n(result.unchanged)} unchanged · ${n(result.stale)} stale · ${n(result.invalid)} invalid
  ${n(totalsByKind.unreadable)} unreadable lines${from ? ` · ${n(totalsByKind.notAdapted)} not adapted · ${n(totalsByKind.adaptedWithProblems)} with fields left out` : ''}`,
    )}\n`);
  }
  return problems > 0 ? EXIT.notApplied : EXIT.ok;
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

  let state: PullState | null = null;
  if (statePath && !values.restart) {
    try {
      state = JSON.parse(await readFile(statePath, 'utf8')) as PullState;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') {
        throw new UsageError(t(`không đọc được tệp con trỏ ${statePath}: xoá nó, hoặc dùng --restart`, `cannot read the cursor file ${statePath}: remove it, or use --restart`));
      }
    }
  }
  if (values.restart && statePath) await rm(statePath, { force: true });

  // The output: a file is cut back to where the saved cursor left it, so a page written but not yet
  // committed (a crash between the two) is not in it twice.
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let bytes = 0;
  if (outPath) {
    await mkdir(dirname(outPath), { recursive: true });
    handle = await open(outPath, values.restart || !state ? 'w' : 'r+');
    if (state) {
      const length = (await handle.stat()).size;
      bytes = Math.min(state.bytes ?? length, length);
      await handle.truncate(bytes);
    }
  }
  if (state) run.err(t(`Đọc tiếp từ con trỏ đã lưu (${statePath}).`, `Reading on from the saved cursor (${statePath}).`));

  const saveState = async (cursor: string) => {
    if (!statePath) return;
    const next: PullState = { cursor, bytes: outPath ? bytes : null, savedAt: new Date().toISOString() };
    const temporary = `${statePath}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(next)}\n`);
    await rename(temporary, statePath);
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
    const detail = isDvcError(failure) ? `${failure.message} (${failure.code})` : (failure as Error).message;
    run.err(`dvc-sync: ${t('đã dừng vì lỗi', 'stopped by an error')}: ${detail}`);
    if (statePath) run.err(t(`Những trang đã ghi được giữ; chạy lại đúng lệnh này để đọc tiếp.`, `The pages written are kept; run the same command again to read on.`));
    return EXIT.stopped;
  }
  const elapsed = Date.now() - started;
  if (values.json) {
    (outPath ? context.stdout : context.stderr).write(`${JSON.stringify({ changes, pages, ...counts, seconds: elapsed / 1000 })}\n`);
  } else {
    const n = (x: number) => number.format(x);
    // With the changes on standard output, the summary goes to standard error.
    (outPath ? context.stdout : context.stderr).write(`${t(
      `Đã đọc ${n(changes)} thay đổi (${n(pages)} trang) trong ${duration(elapsed, locale)}: ${n(counts['dossier.upserted']!)} hồ sơ cập nhật · ${n(counts['dossier.progress']!)} bước xử lý · ${n(counts['dossier.deleted']!)} hồ sơ bị xoá.`,
      `Read ${n(changes)} changes (${n(pages)} pages) in ${duration(elapsed, locale)}: ${n(counts['dossier.upserted']!)} dossiers upserted · ${n(counts['dossier.progress']!)} progress entries · ${n(counts['dossier.deleted']!)} dossiers removed.`,
    )}\n`);
  }
  return EXIT.ok;
}

