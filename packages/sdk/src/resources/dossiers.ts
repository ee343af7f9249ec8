import {
  dossierEvent, finalDossierStatuses, type Dossier, type DossierEvent, type DossierSubmitInput,
  type DossierSupplementInput, dossierRoutes,
} from '@dvc-kit/contract';
import { isDvcError } from '../errors.js';
import { resourceOf, type DvcConnection } from '../connection.js';
import { checkToken, type Http, type RequestOptions } from '../http.js';
import { sleep } from '../sleep.js';
import { readServerSentEvents } from '../sse.js';
import type { VerifierOptions } from './petitions.js';

/** Options of {@link DossiersResource.submit}. */
export interface SubmitOptions extends RequestOptions {
  /**
   * Servers only, with a secret key (`sk_…`): the logged-in citizen's access token, sent as the
   * `Dvc-Account` header, so the dossier is tied to the account (it appears in `GET /v1/me/dossiers`).
   * The applicant must be the account's holder (same CCCD, or tax code for a business). A publishable
   * key gets 403 `account_needs_secret_key`; a token sent from a page, 403 `account_token_in_browser`.
   */
  account?: string;
}

/** Options of {@link DossiersResource.watch}. */
export interface WatchOptions extends VerifierOptions {
  /** Stops watching: the loop then ends without an error. */
  signal?: AbortSignal;
  /** Resume after this event id (e.g. the last one you showed before a reload). */
  lastEventId?: number;
  /** `auto` (default): Server-Sent Events, falling back to polling when streams fail; or force one. */
  transport?: 'auto' | 'sse' | 'poll';
  /** Milliseconds between checks while polling (default 5 000). */
  pollInterval?: number;
}

/**
 * Dossiers (hồ sơ): submit, track, supplement and withdraw (their ratings: `@dvc-kit/sdk/ratings`). Reading or changing a dossier needs
 * its `verifier`, the applicant's mobile number given at submission.
 * @example
 * ```ts
 * const dossier = await dvc.dossiers.submit({ serviceCode: '1.001193', province: '38', applicant });
 * console.log(dossier.code, dossier.dueAt);
 * ```
 */
export class DossiersResource {
  readonly #http: Http;
  /** @internal */
  constructor(http: Http) {
    this.#http = http;
  }

  /**
   * Submits a dossier. Every submit carries an idempotency key: keep your own with the draft
   * (`options.idempotencyKey`) so that a retry after a reload returns the dossier already created.
   *
   * For a logged-in citizen, the site's server submits with its secret key and the citizen's access
   * token as `options.account` (the `Dvc-Account` header): the dossier is then tied to the account.
   * A page submits for its citizen through the site's backend-for-frontend instead (`portal` option
   * of `createAuth`, docs/login.md), which adds both on the server.
   * @example
   * ```ts
   * const dossier = await dvc.dossiers.submit({
   *   serviceCode: '1.001193', province: '38',
   *   applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' },
   *   attachmentIds: [attachment.id],
   * }, { idempotencyKey: draft.idempotencyKey });
   * ```
   * @example
   * ```ts
   * // On the site's server: a client with the secret key, and the session's access token.
   * const server = createClient({ baseUrl: 'https://api.example.gov.vn', key: process.env.DVC_SECRET_KEY! });
   * const session = await auth.getSession(request);
   * const dossier = await server.dossiers.submit(input, { account: session!.accessToken, idempotencyKey });
   * ```
   */
  async submit(input: DossierSubmitInput, options?: SubmitOptions): Promise<Dossier> {
    const account = options?.account;
    return this.#http.call(dossierRoutes.submit, {
      body: input, ...(account !== undefined ? { headers: { 'dvc-account': checkToken(this.#http.locale, account, 'account') } } : {}),
    }, options);
  }

  /**
   * A dossier with its status history and due date.
   * @example
   * ```ts
   * const d = await dvc.dossiers.get('000.00.38.H38-251123-0001', { verifier: '0912345678' });
   * console.log(d.status, d.history.at(-1)?.action);
   * ```
   */
  get(code: string, options: VerifierOptions & RequestOptions): Promise<Dossier> {
    return this.#http.call(dossierRoutes.get, { params: { code }, headers: { 'dvc-verifier': options?.verifier } }, options);
  }

  /**
   * Sends the supplement the agency asked for (status `waiting`).
   * @example
   * ```ts
   * await dvc.dossiers.supplement(code, { note: 'Bổ sung bản sao giấy chứng sinh', attachmentIds: [a.id] }, { verifier });
   * ```
   */
  supplement(code: string, input: DossierSupplementInput, options: VerifierOptions & RequestOptions): Promise<Dossier> {
    return this.#http.call(dossierRoutes.supplement, {
      params: { code }, headers: { 'dvc-verifier': options?.verifier }, body: input,
    }, options);
  }

  /**
   * Withdraws a dossier that has no result yet.
   * @example
   * ```ts
   * await dvc.dossiers.withdraw(code, { reason: 'Nộp nhầm thủ tục' }, { verifier });
   * ```
   */
  withdraw(code: string, input: { reason: string }, options: VerifierOptions & RequestOptions): Promise<Dossier> {
    return this.#http.call(dossierRoutes.withdraw, {
      params: { code }, headers: { 'dvc-verifier': options?.verifier }, body: input,
    }, options);
  }

  /**
   * Status changes of a dossier as they happen: first its history so far, then each new status,
   * ending after a final status (done, denied, cancelled, unresolved) or when `signal` aborts. Uses
   * Server-Sent Events and reconnects with `Last-Event-ID`; falls back to polling when a stream
   * cannot be kept open (proxies that buffer, runtimes without streaming bodies).
   * @example
   * ```ts
   * const controller = new AbortController();
   * for await (const event of dvc.dossiers.watch(code, { verifier, signal: controller.signal })) {
   *   console.log(event.status, event.at);
   * }
   * ```
   */
  async *watch(code: string, options: WatchOptions): AsyncGenerator<DossierEvent, void, undefined> {
    const http = this.#http;
    const checked = http.validate(dossierRoutes.events, { params: { code }, headers: { 'dvc-verifier': options?.verifier } });
    if (options.signal?.aborted) return;
    const stop = new AbortController();
    const onAbort = () => stop.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const signal = stop.signal;
    let lastId = options.lastEventId ?? 0;
    let mode = options.transport === 'poll' ? 'poll' : 'sse';
    let failures = 0;
    try {
      while (!signal.aborted) {
        if (mode === 'sse') {
          let response: Response;
          try {
            const headers: Record<string, string> = { accept: 'text/event-stream' };
            if (lastId) headers['last-event-id'] = String(lastId);
            response = await http.ky(http.path(dossierRoutes.events, checked.params as Record<string, unknown>).slice(1),
              http.options(dossierRoutes.events, checked, { signal, headers }));
          } catch (error) {
            if (signal.aborted) return;
            const e = http.toError(error, { signal });
            // Wrong code or verifier, key problems: watching again will not help.
            if (!isDvcError(e) || !['connection', 'timeout', 'server', 'rate_limit'].includes(e.type)) throw e;
            if (options.transport !== 'sse') {
              mode = 'poll';
              continue;
            }
            // Forced SSE: a few reconnections, then the error.
            if (++failures > 3) throw e;
            await sleep(e.retryAfter !== undefined ? e.retryAfter * 1000 : 500 * 2 ** failures, signal).catch(() => {});
            continue;
          }
          if (!response.body || !/^text\/event-stream/.test(response.headers.get('content-type') ?? '')) {
            await response.body?.cancel();
            if (options.transport === 'sse') throw http.responseError(dossierRoutes.events, response.headers.get('request-id'), []);
            mode = 'poll';
            continue;
          }
          let got = false;
          try {
            for await (const message of readServerSentEvents(response.body, signal)) {
              if (message.event !== 'status') continue;
              let data: unknown;
              try {
                data = JSON.parse(message.data);
              } catch {}
              const result = dossierEvent.safeParse(data);
              if (!result.success) throw http.responseError(dossierRoutes.events, response.headers.get('request-id'), []);
              if (result.data.id <= lastId) continue;
              lastId = result.data.id;
              got = true;
              yield result.data;
              if (finalDossierStatuses.includes(result.data.status)) return;
            }
          } catch (error) {
            if (signal.aborted) return;
            if (isDvcError(error)) throw error;
            // The stream broke (network, proxy): reconnect below, resuming after lastId.
          }
          failures = got ? 0 : failures + 1;
          if (failures > 3 && options.transport !== 'sse') mode = 'poll';
          else await sleep(failures ? Math.min(30_000, 1000 * 2 ** failures) : 250, signal).catch(() => {});
          continue;
        }
        // Polling: the dossier's history carries the same ids as the events.
        const dossier = await http.call(dossierRoutes.get, { params: { code }, headers: { 'dvc-verifier': options.verifier } }, { signal })
          .catch((error: unknown) => {
            if (signal.aborted) return undefined;
            throw error;
          });
        if (!dossier) return;
        let previous: DossierEvent['status'] | null = null;
        for (const entry of dossier.history) {
          if (entry.id > lastId) {
            lastId = entry.id;
            // As the stream says it: no previous status when an entry keeps the status (supplement sent…).
            yield {
              id: entry.id, code: dossier.code, status: entry.status,
              previousStatus: previous === entry.status ? null : previous, at: entry.at, note: entry.note ?? entry.action,
            };
          }
          previous = entry.status;
        }
        if (finalDossierStatuses.includes(dossier.status)) return;
        await sleep(options.pollInterval ?? 5_000, signal).catch(() => {});
      }
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      stop.abort();
    }
  }
}

/**
 * The dossiers resource (submit, read, watch, supplement, withdraw) on a connection. One instance per connection.
 * @example
 * ```ts
 * import { connect } from '@dvc-kit/sdk/core';
 * import { dossiers } from '@dvc-kit/sdk/dossiers';
 *
 * const connection = connect({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_test_dvckit_local' });
 * const dossier = await dossiers(connection).get(code, { verifier: '0912345678' });
 * ```
 */
export const dossiers: (connection: DvcConnection) => DossiersResource = /* @__PURE__ */ resourceOf((http) => new DossiersResource(http));
