/**
 * The machinery of the status-sync bench (sync.bench.ts prints its figures; src/sync-bench.test.ts runs
 * it small): a sandbox on disk in its own process (the CLI, as deployed), a pusher in another
 * (sync-worker.ts, through the SDK), and a reader of the change feed in a third. Each run gets a fresh
 * data dir. With `killAt`, the pusher is killed (SIGKILL) once that many records are applied and a new
 * pusher resumes from the checkpoint file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, peakRss } from './sync-records.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../..');
const node = (script: string, args: string[]) =>
  spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });

export interface RunOptions {
  records: number;
  seed: number;
  /** Batches the pusher sends at once (the SDK's default is 2). */
  concurrency: number;
  /** Records per batch (the SDK's default is 1,000, the most a batch holds). */
  batchSize?: number;
  /** Kill the pusher once this many records are applied, and resume with a new one. */
  killAt?: number;
  /** Extra flags of the sandbox's CLI. */
  sandboxArgs?: string[];
  /** Keep the data dir (its path is in the figures). */
  keepData?: boolean;
  /** Records per window of the rate (default 100,000). */
  window?: number;
  /** Called with a line of progress (for a person watching). */
  log?: (line: string) => void;
}

export interface PushFigures {
  /** Seconds from the pusher's first record to its last answer (over every pusher of the run, with the restart). */
  seconds: number;
  /** Records applied per second over `seconds`. */
  rate: number;
  /** Rate per window of records applied: `[from, to)` and its seconds. */
  windows: { from: number; to: number; seconds: number; rate: number }[];
  /**
   * CPU seconds (user + system) the sandbox spent during the push, and the pusher processes (with
   * their start): on a shared machine, a figure that waiting for a core does not inflate.
   */
  sandboxCpuSeconds: number;
  pusherCpuSeconds: number;
  /** Peak RSS (VmHWM) of each pusher process, in bytes. */
  pusherPeakRss: number[];
  /** The last pusher's totals (SyncTotals) and its records that were not applied (by kind and field). */
  totals: Record<string, number>;
  problems: Record<string, number>;
  /** The generator's side: records generated and their checksum of (code, version). */
  generated: { count: number; checksum: string };
}

export interface RunFigures {
  push: PushFigures;
  /** Where the pusher was killed and where the new one resumed (the checkpoint file). */
  resume?: { killedAtApplied: number; checkpoint: number; skipped: number; resent: number; restartSeconds: number };
  feed: { seconds: number; rate: number; pages: number; count: number; distinct: number; checksum: string; types: Record<string, number>; peakRss: number | null };
  sandboxPeakRss: number | null;
  /** The sandbox's peak RSS when the push ended (before the feed was read). */
  sandboxPeakRssPush: number | null;
  /** Seconds the sandbox took to start on an empty data dir (it seeds the catalogue). */
  sandboxStartSeconds: number;
  dataDir: string;
  dataBytes: number;
}

interface Line {
  event: string;
  [field: string]: unknown;
}

/** Reads a worker's JSON lines; rejects when it exits without `done` (unless `killed`). */
function follow(child: ChildProcess, onLine: (line: Line, at: number) => void): Promise<Line | null> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let done: Line | null = null;
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      return;
    }
    if (line.event === 'done') done = line;
    onLine(line, performance.now());
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      // The last lines may still be in the pipe: read them before deciding.
      setImmediate(() => {
        if (done) resolve(done);
        else if (signal === 'SIGKILL') resolve(null);
        else reject(new Error(`worker exited (${code ?? signal}) without finishing:\n${stderr}`));
      });
    });
  });
}

/** Samples a process's VmHWM and CPU time until it exits (it is gone from /proc after). */
function watchPeak(pid: number): { stop(): number | null; cpu(): number | null } {
  let last = peakRss(pid);
  let cpu = cpuSeconds(pid);
  const timer = setInterval(() => {
    last = peakRss(pid) ?? last;
    cpu = cpuSeconds(pid) ?? cpu;
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return last;
    },
    cpu: () => cpu,
  };
}

const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

/**
 * How the sandbox runs: its built CLI (`npm run build`), as deployed — TypeScript compiled ahead, not
 * through tsx in the process (whose transform and source maps cost memory) — else from its sources.
 */
export const sandboxCommand = (): { args: string[]; built: boolean } => {
  const built = here('../dist/cli.js');
  return existsSync(built) ? { args: [built], built: true } : { args: ['--conditions=source', '--import', 'tsx', here('../src/cli.ts')], built: false };
};

async function startSandboxProcess(dataDir: string, extra: string[]) {
  const started = performance.now();
  const child = spawn(process.execPath, [
    ...sandboxCommand().args, '--data-dir', dataDir, '--port', '0', '--host', '127.0.0.1',
    // The default budget (600 requests a minute per key) would cap a push at 10,000 records/s.
    '--rate-limit', '1000000', '--step-seconds', '0', '--answer-seconds', '0', ...extra,
  ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (\S+)/.exec(out);
      if (found) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve(found[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${out}\n${stderr}`)));
  });
  const peak = watchPeak(child.pid!);
  let stopping: Promise<number | null> | undefined;
  return {
    url,
    startSeconds: (performance.now() - started) / 1000,
    stderr: () => stderr,
    cpu: () => cpuSeconds(child.pid!),
    peakRss: () => peakRss(child.pid!),
    stop(): Promise<number | null> {
      stopping ??= (async () => {
        const rss = peakRss(child.pid!) ?? peak.stop();
        peak.stop();
        if (child.exitCode !== null || child.signalCode !== null) return rss;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
        return rss;
      })();
      return stopping;
    },
  };
}

/** One run: a fresh sandbox on disk, the push (killed and resumed with `killAt`), a full read of the feed. */
export async function runSync(options: RunOptions): Promise<RunFigures> {
  const log = options.log ?? (() => {});
  const window = options.window ?? 100_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-sync-bench-'));
  const checkpoint = join(dataDir, 'push-position.json');
  const sandboxDir = join(dataDir, 'sandbox');
  const sandbox = await startSandboxProcess(sandboxDir, options.sandboxArgs ?? []);
  try {
    log(`sandbox up in ${sandbox.startSeconds.toFixed(1)} s (data dir ${sandboxDir})`);
    const marks: { at: number; applied: number }[] = [];
    const pusherPeaks: number[] = [];
    let pusherCpu = 0;
    const sandboxCpuBefore = sandbox.cpu() ?? 0;
    let firstStart = 0;
    let resume: RunFigures['resume'];
    let done: Line | null = null;

    const runPusher = async (killAt?: number): Promise<Line | null> => {
      const child = node(here('./sync-worker.ts'), [
        'push', sandbox.url, String(options.records), String(options.seed), checkpoint, String(options.concurrency), String(options.batchSize ?? 1000),
      ]);
      const peak = watchPeak(child.pid!);
      let nextLog = window;
      const result = await follow(child, (line, at) => {
        if (line.event === 'start' && !firstStart) firstStart = at;
        if (line.event !== 'progress') return;
        const applied = line.position as number;
        marks.push({ at, applied });
        if (applied >= nextLog) {
          log(`  ${applied.toLocaleString('en')} records applied, ${((at - firstStart) / 1000).toFixed(1)} s`);
          nextLog = (Math.floor(applied / window) + 1) * window;
        }
        if (killAt !== undefined && applied >= killAt && child.exitCode === null && !child.killed) {
          log(`  SIGKILL to the pusher at ${applied.toLocaleString('en')} records applied`);
          child.kill('SIGKILL');
        }
      });
      const rss = (result?.peakRss as number | null | undefined) ?? peak.stop();
      peak.stop();
      if (rss !== null) pusherPeaks.push(rss);
      pusherCpu += (result?.cpu as number | null | undefined) ?? peak.cpu() ?? 0;
      return result;
    };

    if (options.killAt !== undefined) {
      const first = await runPusher(options.killAt);
      if (first) throw new Error(`the pusher finished before it was killed at ${options.killAt} records`);
      const killedAt = performance.now();
      const killedAtApplied = marks.at(-1)?.applied ?? 0;
      const position = (JSON.parse(readFileSync(checkpoint, 'utf8')) as { position: number }).position;
      log(`  checkpoint file says ${position.toLocaleString('en')}; a new pusher resumes from it`);
      done = await runPusher();
      const totals = done!.totals as Record<string, number>;
      resume = {
        killedAtApplied, checkpoint: position, skipped: totals.skipped!,
        resent: totals.unchanged! + totals.stale!,
        restartSeconds: ((marks.find((m) => m.at > killedAt)?.at ?? killedAt) - killedAt) / 1000,
      };
    } else {
      done = await runPusher();
    }
    const sandboxCpu = (sandbox.cpu() ?? 0) - sandboxCpuBefore;
    const sandboxPeakRssPush = sandbox.peakRss();
    const end = marks.at(-1)!.at;
    const seconds = (end - firstStart) / 1000;
    const windows: PushFigures['windows'] = [];
    let from = 0;
    let fromAt = firstStart;
    for (const mark of marks) {
      if (mark.applied >= from + window || mark === marks.at(-1)) {
        if (mark.applied > from) {
          const s = (mark.at - fromAt) / 1000;
          windows.push({ from, to: mark.applied, seconds: s, rate: (mark.applied - from) / s });
        }
        from = mark.applied;
        fromAt = mark.at;
      }
    }
    const push: PushFigures = {
      seconds, rate: options.records / seconds, windows, pusherPeakRss: pusherPeaks, sandboxCpuSeconds: sandboxCpu, pusherCpuSeconds: pusherCpu,
      totals: done!.totals as Record<string, number>, problems: done!.problems as Record<string, number>,
      generated: { count: done!.count as number, checksum: done!.checksum as string },
    };

    log('reading the whole change feed…');
    const reader = node(here('./sync-worker.ts'), ['feed', sandbox.url]);
    const readerPeak = watchPeak(reader.pid!);
    let readStart = 0;
    let nextLog = window;
    const read = (await follow(reader, (line, at) => {
      if (line.event === 'start') readStart = at;
      if (line.event === 'progress' && (line.read as number) >= nextLog) {
        log(`  ${(line.read as number).toLocaleString('en')} dossiers read, ${((at - readStart) / 1000).toFixed(1)} s`);
        nextLog += window;
      }
    }))!;
    const readSeconds = (performance.now() - readStart) / 1000;
    readerPeak.stop();
    const sandboxPeakRss = await sandbox.stop();
    return {
      push,
      ...(resume ? { resume } : {}),
      feed: {
        seconds: readSeconds, rate: (read.count as number) / readSeconds, pages: read.pages as number, count: read.count as number,
        distinct: read.distinct as number, checksum: read.checksum as string, types: read.types as Record<string, number>,
        peakRss: read.peakRss as number | null,
      },
      sandboxPeakRss,
      sandboxPeakRssPush,
      sandboxStartSeconds: sandbox.startSeconds,
      dataDir: sandboxDir,
      dataBytes: dirBytes(sandboxDir),
    };
  } finally {
    await sandbox.stop().catch(() => null);
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  }
}
