// Budgets against abuse: requests per client, failed authentications per address, and wrong verifiers
// per client, per dossier or petition code and per phone number. Every counter lives in a bounded map
// that never forgets a spent budget because many other clients came along (see `Budget`).
import { checkMobile } from '@dvc-kit/contract';
import type { FailureLimit, SandboxOptions } from '../config.js';
import { ApiError } from '../errors.js';

interface Window {
  start: number;
  count: number;
}

/** How many entries `Budget.#evict` looks at before it gives up and drops the oldest. */
const EVICTION_SCAN = 64;

/**
 * A fixed-window counter per id (a client, a code, a phone number) with at most `capacity` ids in
 * memory. The map is kept in least-recently-used order; when a new id needs room, the oldest entry
 * whose window has ended or whose budget is not spent goes first, so a flood of new clients cannot wipe
 * an exhausted one: only when more than `capacity` ids have spent their budget at once does the least
 * recently used of them go.
 */
export class Budget {
  readonly #windows = new Map<string, Window>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly capacity = 50_000,
  ) {}

  get size(): number {
    return this.#windows.size;
  }

  /** Milliseconds until `id` may go on, or 0 when its budget is not spent. Counts nothing. */
  wait(id: string, now: number): number {
    const w = this.#live(id, now);
    return w && w.count >= this.limit ? w.start + this.windowMs - now : 0;
  }

  /** Counts one for `id`; returns the milliseconds to wait when the budget was already spent (then nothing is counted). */
  take(id: string, now: number): number {
    const wait = this.wait(id, now);
    if (wait) return wait;
    this.add(id, now);
    return 0;
  }

  /** Counts one for `id`, even over the limit. */
  add(id: string, now: number): void {
    let w = this.#live(id, now);
    if (!w) {
      if (this.#windows.size >= this.capacity) this.#evict(now);
      w = { start: now, count: 0 };
    }
    w.count++;
    this.#windows.delete(id);
    this.#windows.set(id, w);
  }

  /** Forgets `id` (a code looked up with the right verifier). */
  clear(id: string): void {
    this.#windows.delete(id);
  }

  /** The entry of `id` if its window is still running. */
  #live(id: string, now: number): Window | undefined {
    const w = this.#windows.get(id);
    if (w && now - w.start >= this.windowMs) {
      this.#windows.delete(id);
      return undefined;
    }
    return w;
  }

  #evict(now: number): void {
    let scanned = 0;
    for (const [id, w] of this.#windows) {
      if (now - w.start >= this.windowMs || w.count < this.limit) {
        this.#windows.delete(id);
        return;
      }
      if (++scanned >= EVICTION_SCAN) break;
    }
    const oldest = this.#windows.keys().next();
    if (!oldest.done) this.#windows.delete(oldest.value);
  }
}

const budget = (l: FailureLimit) => new Budget(l.limit, l.windowSeconds * 1000);
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** `HH:mm dd/MM/yyyy` in Vietnam time (UTC+7, no daylight saving), whatever the machine's zone. */
export function vietnamClock(at: Date): string {
  const t = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(11, 16)} ${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`;
}

/** Which lookup a verifier is checked for: the problems it answers with differ. */
export type LookupKind = 'dossier' | 'petition';

/** The sandbox's budgets, one instance per sandbox. */
export class Guard {
  readonly requests: Budget;
  readonly failedAuth: Budget;
  readonly lookupsByClient: Budget;
  readonly lookupsByCode: Budget;
  readonly lookupsByVerifier: Budget;

  constructor(options: Pick<SandboxOptions, 'rateLimit' | 'rateWindowSeconds' | 'failureLimits'>) {
    this.requests = new Budget(options.rateLimit, options.rateWindowSeconds * 1000);
    this.failedAuth = budget(options.failureLimits.auth);
    this.lookupsByClient = budget(options.failureLimits.lookupsByClient);
    this.lookupsByCode = budget(options.failureLimits.lookupsByCode);
    this.lookupsByVerifier = budget(options.failureLimits.lookupsByVerifier);
  }

  /**
   * Checks a code and its verifier (the applicant's phone) with `matches`, under three budgets of wrong
   * tries: per code (the code is locked, even for the right phone, until its window ends), per client
   * and per phone number. Unknown code and wrong phone count alike and answer alike (`notFound`).
   */
  lookup<T>(
    kind: LookupKind,
    code: string,
    verifier: string,
    client: string,
    now: Date,
    find: (phone: string | null) => T | undefined,
    notFound: () => ApiError,
  ): T {
    const phone = checkMobile(verifier);
    const phoneId = `${kind}:${phone.ok ? phone.value : verifier.trim()}`;
    const codeId = `${kind}:${code}`;
    const t = now.getTime();
    const locked = (b: Budget, id: string, problem: 'lookup_locked' | 'too_many_failed_lookups' | 'verifier_locked') => {
      const wait = b.wait(id, t);
      if (!wait) return;
      const retryAfter = seconds(wait);
      throw new ApiError(429, problem, { code, limit: b.limit, retryAfter, until: vietnamClock(new Date(t + retryAfter * 1000)) });
    };
    locked(this.lookupsByCode, codeId, 'lookup_locked');
    locked(this.lookupsByClient, client, 'too_many_failed_lookups');
    locked(this.lookupsByVerifier, phoneId, 'verifier_locked');
    const found = find(phone.ok ? phone.value : null);
    if (found === undefined) {
      this.lookupsByCode.add(codeId, t);
      this.lookupsByClient.add(client, t);
      this.lookupsByVerifier.add(phoneId, t);
      throw notFound();
    }
    this.lookupsByCode.clear(codeId);
    return found;
  }

  /** Refuses a client address that sent too many wrong or missing keys (429 until its window ends). */
  checkAuth(address: string, now: number): void {
    const wait = this.failedAuth.wait(address, now);
    if (wait) {
      const retryAfter = seconds(wait);
      throw new ApiError(429, 'too_many_failed_auth', { retryAfter });
    }
  }

  /** Counts a wrong or missing key from `address`. */
  failAuth(address: string, now: number): void {
    this.failedAuth.add(address, now);
  }

  /** Counts a request of `client`; 429 when its budget for the window is spent. */
  takeRequest(client: string, now: number): void {
    const wait = this.requests.take(client, now);
    if (wait) {
      const retryAfter = seconds(wait);
      throw new ApiError(429, 'rate_limited', { retryAfter });
    }
  }
}
