// Status sync for servers of one-stop systems: push dossier records in batches, read the change feed.
import {
  syncBatchLimit, syncRoutes, type FieldError, type SyncChangesPage, type SyncDossierRecordInput, type SyncPushResult,
  type SyncResultKind,
} from '@dvc-kit/contract';
import { resourceOf, type DvcConnection } from '../connection.js';
import { isDvcError } from '../errors.js';
import { uuid, validationError, type Http } from '../http.js';
import { sleep } from '../sleep.js';

/**
 * Where {@link SyncResource.push} keeps its position between runs: how many records of the input are
 * applied, in order. `load` answers `null` (or `undefined`) before the first save.
 * @example
 * ```ts
 * const store: CheckpointStore = {
 *   load: async () => Number(await redis.get('sync:position')) || null,
 *   save: async (position) => { await redis.set('sync:position', String(position)); },
 * };
 * ```
 */
export interface CheckpointStore {
  load(): Promise<number | null | undefined> | number | null | undefined;
  save(position: number): Promise<void> | void;
}

/** A record of the input that was not applied: `stale` (the portal holds a newer version) or `invalid`. */
export interface SyncRecordProblem {
  /** Its position in the input, from 0 (counting the records a resumed push skipped): line `index + 1` of an NDJSON file. */
  index: number;
  /** Its dossier code as sent (null when there is none). */
  code: string | null;
  result: Extract<SyncResultKind, 'stale' | 'invalid'>;
  /** Its version as sent, and the version the portal holds. */
  version: number | null;
  storedVersion: number | null;
  /** Why an invalid record was refused: `{ path, code, message }` within the record. Empty when stale. */
  errors: FieldError[];
}

/** What a push did, so far (`onProgress`) or in all (the promise of {@link SyncResource.push}). */
export interface SyncTotals {
  /**
   * Records taken from the input in this run: sent (a batch sent again after a failure counts once: see
   * `retries`), or refused before sending for their size (counted in `invalid`).
   */
  sent: number;
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  invalid: number;
  /** Records skipped at the start: applied by an earlier run, as the checkpoint says. */
  skipped: number;
  /** Batches sent, and attempts of a batch sent again after a failure (same Idempotency-Key). */
  batches: number;
  retries: number;
  /** The checkpoint: records of the input applied in order, from its start. */
  position: number;
}

/** Options of {@link SyncResource.push}. */
export interface SyncPushOptions {
  /** Records per batch, 1–1,000 (default 1,000). */
  batchSize?: number;
  /**
   * Largest body of a batch in bytes (default 8 MiB; the portal takes up to 16 MiB): a batch is sent
   * early rather than pass it. A record larger than that alone is not sent: it is reported `invalid`
   * (code `record_too_large`) and the push goes on.
   */
  maxBatchBytes?: number;
  /** Batches sent at once (default 2). */
  concurrency?: number;
  /**
   * Where the position is kept: a JSON file (written atomically after each batch; Node, Deno and Bun),
   * or a {@link CheckpointStore}. A push that stopped (a crash, an abort) resumes after the last position
   * saved: it skips that many records of the input, which must give the same records in the same order
   * (a file, a query ordered by a stable key). Without it every push starts at the first record.
   */
  checkpoint?: string | CheckpointStore;
  /**
   * Called with each record that was not applied (stale or invalid), in input order within a batch.
   * Awaited: a slow report slows the push rather than piling up.
   */
  onRecordProblem?: (problem: SyncRecordProblem) => void | Promise<void>;
  /** Called after each batch is applied, with the totals so far. */
  onProgress?: (totals: SyncTotals) => void;
  /** Attempts of a batch after its first failure, each with the same Idempotency-Key (default 5). */
  batchRetries?: number;
  /** Stops the push: no new batch starts, batches in flight are cut, the promise rejects with the reason. */
  signal?: AbortSignal;
}

/** Options of {@link SyncResource.changes}. */
export interface SyncChangesOptions {
  /** Where to read on: the `nextCursor` committed after the last page applied. None: from the start (a whole copy). */
  cursor?: string;
  /** Changes per page, 1–1,000 (default 500). */
  limit?: number;
  /** Keep polling once the feed is read to the end (until `signal` aborts), rather than stop there. */
  follow?: boolean;
  /** Milliseconds between polls of a feed read to the end, with `follow` (default 5 000). */
  pollInterval?: number;
  /** Stops reading: the loop ends without an error. */
  signal?: AbortSignal;
}

const MiB = 1024 * 1024;

/** Bytes of `text` in UTF-8 (Vietnamese letters take two or three). */
const utf8Bytes: (text: string) => number = typeof Buffer === 'function'
  ? (text) => Buffer.byteLength(text)
  : (text) => new TextEncoder().encode(text).length;
/** Failures a batch is sent again after: the portal or the network may answer next time. */
const transient = ['connection', 'timeout', 'server', 'rate_limit'] as const;

/** Reads and writes a JSON checkpoint file, written to a temporary file first and renamed (never half written). */
function fileCheckpoint(path: string): CheckpointStore {
  const fs = import('node:fs/promises');
  return {
    async load() {
      try {
        const { position } = JSON.parse(await (await fs).readFile(path, 'utf8')) as { position?: unknown };
        return Number.isSafeInteger(position) && (position as number) >= 0 ? (position as number) : null;
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        throw error;
      }
    },
    async save(position) {
      const { writeFile, rename } = await fs;
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify({ position, savedAt: new Date().toISOString() })}\n`);
      await rename(temporary, path);
    },
  };
}

interface Batch {
  start: number;
  count: number;
  /** null: a record too large to send, refused here (its problem already reported). */
  body: string | null;
  done: boolean;
}

/**
 * Status sync of a one-stop system (hệ thống một cửa điện tử) with the portal: push its dossier records,
 * read the portal's change feed. Needs a secret key of scope `sync` that acts for the system's agencies.
 * @example
 * ```ts
 * import { createClient } from '@dvc-kit/sdk';
 * import { sync } from '@dvc-kit/sdk/server';
 *
 * const dvc = createClient({ baseUrl: 'https://api.dichvucong.example', key: process.env.DVC_SECRET_KEY! });
 * const totals = await sync(dvc.connection).push(records, { checkpoint: 'sync-position.json' });
 * ```
 */
export class SyncResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Pushes dossier records (any iterable or async iterable: an array, a generator reading a file or
   * a database cursor) in batches of up to 1,000, several at once, and resolves with the totals once
   * all are applied. Each batch has its own Idempotency-Key, kept when it is sent again after a
   * failure (network, timeout, 5xx, 429). Records the portal does not apply (stale, invalid) go to
   * `onRecordProblem`; they do not stop the push.
   *
   * At least once: with a `checkpoint`, a push that stopped resumes after the last batch applied in
   * order, and may send again batches that were applied but not yet saved. Versions make that
   * harmless: an applied record sent again is `unchanged` (or `stale`, if a newer version followed).
   * Memory stays flat: at most `concurrency` + 1 batches are held.
   * @example
   * ```ts
   * import { createReadStream } from 'node:fs';
   * import { createInterface } from 'node:readline';
   *
   * async function* records() {
   *   for await (const line of createInterface({ input: createReadStream('dossiers.ndjson') })) if (line) yield JSON.parse(line);
   * }
   * const totals = await sync(dvc.connection).push(records(), {
   *   checkpoint: 'dossiers.position.json',
   *   onRecordProblem: (p) => console.warn(`line ${p.index + 1} ${p.code}: ${p.result}`, p.errors.map((e) => `${e.path} ${e.code}`)),
   * });
   * console.log(`${totals.created} created, ${totals.updated} updated, ${totals.invalid} invalid`);
   * ```
   */
  async push(records: Iterable<SyncDossierRecordInput> | AsyncIterable<SyncDossierRecordInput>, options: SyncPushOptions = {}): Promise<SyncTotals> {
    const http = this.#http;
    const batchSize = options.batchSize ?? syncBatchLimit;
    const concurrency = options.concurrency ?? 2;
    const maxBytes = options.maxBatchBytes ?? 8 * MiB;
    const retries = options.batchRetries ?? 5;
    const problems = [
      ...(!Number.isInteger(batchSize) || batchSize < 1 || batchSize > syncBatchLimit ? ['batchSize'] : []),
      ...(!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16 ? ['concurrency'] : []),
      ...(!(maxBytes >= 1024) ? ['maxBatchBytes'] : []),
    ];
    if (problems.length) {
      throw validationError(http.locale, problems.map((path) => ({
        path, code: 'invalid_value',
        message: http.locale === 'en' ? `${path} is out of range (batchSize 1–1000, concurrency 1–16, maxBatchBytes ≥ 1024).`
          : `${path} ngoài khoảng cho phép (batchSize 1–1000, concurrency 1–16, maxBatchBytes ≥ 1024).`,
      })));
    }
    const store = typeof options.checkpoint === 'string' ? fileCheckpoint(options.checkpoint) : options.checkpoint;
    const signal = options.signal;
    signal?.throwIfAborted();

    const skip = (await store?.load()) ?? 0;
    const totals: SyncTotals = {
      sent: 0, created: 0, updated: 0, unchanged: 0, stale: 0, invalid: 0, skipped: 0, batches: 0, retries: 0, position: skip,
    };
    /** Batches sent and not yet covered by the saved position, in input order. */
    const pending: Batch[] = [];
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | null = null;
    const cut = new AbortController();
    const fail = (error: unknown) => {
      failure ??= { error };
      cut.abort(error);
    };
    /** The saves of the position, one after the other; a failed save stops the push. */
    let saving: Promise<void> = Promise.resolve();
    const onAbort = () => cut.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    const send = async (batch: Batch): Promise<void> => {
      const idempotencyKey = `sync-${uuid()}`;
      let answer: SyncPushResult;
      for (let attempt = 0; ; attempt++) {
        try {
          answer = await this.#send(batch.body!, idempotencyKey, cut.signal);
          break;
        } catch (error) {
          const again = attempt < retries && !cut.signal.aborted && isDvcError(error)
            && ((transient as readonly string[]).includes(error.type) || error.code === 'idempotency_key_in_use');
          if (!again) throw error;
          totals.retries++;
          const wait = isDvcError(error) && error.retryAfter !== undefined ? error.retryAfter * 1000 : Math.min(30_000, 500 * 2 ** attempt);
          await sleep(wait, cut.signal);
        }
      }
      for (const r of answer.results) {
        totals[r.result]++;
        if ((r.result === 'stale' || r.result === 'invalid') && options.onRecordProblem) {
          await options.onRecordProblem({
            index: batch.start + r.index, code: r.code, result: r.result, version: r.version, storedVersion: r.storedVersion, errors: r.errors,
          });
        }
      }
      settle(batch);
    };

    /** Marks a batch applied and moves the position over the batches applied in order (one still in flight holds it back). */
    const settle = (batch: Batch) => {
      batch.done = true;
      let position = totals.position;
      while (pending[0]?.done) {
        const applied = pending.shift()!;
        position = applied.start + applied.count;
      }
      if (position !== totals.position) {
        totals.position = position;
        if (store) saving = saving.then(() => store.save(position)).catch(fail);
      }
      options.onProgress?.({ ...totals });
    };

    const dispatch = async (batch: Batch) => {
      pending.push(batch);
      totals.sent += batch.count;
      if (batch.body === null) {
        totals.invalid += batch.count;
        settle(batch);
        return;
      }
      totals.batches++;
      const run = send(batch).catch(fail);
      const tracked = run.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
    };

    try {
      let index = 0;
      let parts: string[] = [];
      let bytes = 0;
      let start = skip;
      for await (const record of records as AsyncIterable<unknown>) {
        if (failure || cut.signal.aborted) break;
        if (index++ < skip) {
          totals.skipped++;
          continue;
        }
        const json = JSON.stringify(record) ?? 'null';
        const size = utf8Bytes(json);
        const tooLarge = size + 16 > maxBytes;
        if (parts.length && (tooLarge || parts.length >= batchSize || bytes + size + 16 > maxBytes)) {
          await dispatch({ start, count: parts.length, body: `{"records":[${parts.join(',')}]}`, done: false });
          start += parts.length;
          parts = [];
          bytes = 0;
        }
        if (tooLarge) {
          // No batch can carry it (the portal would refuse the whole body): refused here, and the push goes on.
          if (options.onRecordProblem) {
            const code = typeof (record as { code?: unknown })?.code === 'string' ? (record as { code: string }).code : null;
            const version = (record as { version?: unknown })?.version;
            await options.onRecordProblem({
              index: start, code, result: 'invalid', version: Number.isSafeInteger(version) ? (version as number) : null, storedVersion: null,
              errors: [{
                path: '', code: 'record_too_large',
                message: http.locale === 'en'
                  ? `The record is ${Math.ceil(size / 1024)} KB, more than a batch may carry (maxBatchBytes, ${Math.floor(maxBytes / 1024)} KB).`
                  : `Bản ghi ${Math.ceil(size / 1024)} KB, lớn hơn mức một lô được mang (maxBatchBytes, ${Math.floor(maxBytes / 1024)} KB).`,
              }],
            });
          }
          await dispatch({ start, count: 1, body: null, done: false });
          start += 1;
          continue;
        }
        parts.push(json);
        bytes += size + 1;
      }
      if (parts.length && !failure && !cut.signal.aborted) {
        await dispatch({ start, count: parts.length, body: `{"records":[${parts.join(',')}]}`, done: false });
      }
      await Promise.all(inFlight);
      await saving;
      if (failure) throw (failure as { error: unknown }).error;
      signal?.throwIfAborted();
      return totals;
    } catch (error) {
      cut.abort(error);
      await Promise.allSettled(inFlight);
      await saving;
      throw signal?.aborted ? signal.reason : error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Sends one batch's body (JSON built by push) and checks the answer against the contract. */
  async #send(body: string, idempotencyKey: string, signal: AbortSignal): Promise<SyncPushResult> {
    const http = this.#http;
    const route = syncRoutes.push;
    const options = http.options(route, {}, { idempotencyKey, signal }, { body });
    (options.headers as Headers).set('content-type', 'application/json');
    let text: string;
    let requestId: string | null;
    try {
      const response = await http.ky(route.path.slice(1), options);
      requestId = response.headers.get('request-id');
      text = await response.text();
    } catch (error) {
      throw http.toError(error, { signal });
    }
    return http.parse(route, { text, requestId });
  }

  /**
   * The portal's change feed, page by page in commit order: dossiers upserted (synced, or changed on
   * the portal: submissions, status moves, payments), progress entries the portal added, removals
   * (tombstones). Apply a page, then commit its `nextCursor` (where you keep your state); start the
   * next run from the committed cursor. Reading stops at the end of the feed, or with `follow` polls
   * on. A cursor older than the retained window (30 days on the sandbox) rejects with an
   * `invalid_request` error of code `cursor_expired`: read again without a cursor (a whole copy: every
   * dossier's latest upsert) and drop what it does not name.
   * @example
   * ```ts
   * for await (const page of sync(dvc.connection).changes({ cursor: await db.loadCursor() })) {
   *   for (const change of page.data) {
   *     if (change.type === 'dossier.deleted') await db.remove(change.code);
   *     else if (change.dossier) await db.upsert(change.dossier);
   *   }
   *   await db.saveCursor(page.nextCursor); // after applying: at least once, never lost
   * }
   * ```
   */
  async *changes(options: SyncChangesOptions = {}): AsyncGenerator<SyncChangesPage, void, undefined> {
    const http = this.#http;
    let cursor = options.cursor;
    const signal = options.signal;
    while (!signal?.aborted) {
      let page: SyncChangesPage;
      try {
        page = await http.call(syncRoutes.changes, { query: { limit: options.limit ?? 500, ...(cursor !== undefined ? { cursor } : {}) } }, { signal });
      } catch (error) {
        if (signal?.aborted) return;
        throw error;
      }
      yield page;
      cursor = page.nextCursor;
      if (!page.hasMore) {
        if (!options.follow) return;
        await sleep(options.pollInterval ?? 5_000, signal).catch(() => {});
      }
    }
  }

  /**
   * Removes a dossier the one-stop system synced; the feed then carries its tombstone. With `version`,
   * refused (`conflict`, code `stale_version`) when the portal holds a newer version.
   * @example
   * ```ts
   * await sync(dvc.connection).remove('000.00.01.H56-210531-0001', { version: 7 });
   * ```
   */
  async remove(code: string, options: { version?: number; signal?: AbortSignal } = {}): Promise<void> {
    await this.#http.call(syncRoutes.delete, {
      params: { code }, query: options.version !== undefined ? { version: options.version } : {},
    }, { signal: options.signal });
  }
}

/**
 * The status sync of a connection made with a secret key (`createClient({ key: 'sk_…' }).connection`):
 * push records, read the change feed, remove a record. One instance per connection.
 * @example
 * ```ts
 * import { createClient } from '@dvc-kit/sdk';
 * import { sync } from '@dvc-kit/sdk/server';
 *
 * const dvc = createClient({ baseUrl: 'http://127.0.0.1:8787', key: 'sk_test_dvckit_local' });
 * const totals = await sync(dvc.connection).push([record], { checkpoint: 'sync-position.json' });
 * ```
 */
export const sync: (connection: DvcConnection) => SyncResource = /* @__PURE__ */ resourceOf((http) => new SyncResource(http));
