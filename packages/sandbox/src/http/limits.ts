// Budgets against abuse: requests per client, failed authentications per address, and wrong verifiers
// per client, per dossier or petition code and per phone number. Every budget is a fixed-size
// count-min sketch: its memory does not grow with the number of clients, and no flood of new ones can
// make it forget a spent budget (see `Budget`).
import { createHash, randomBytes } from 'node:crypto';
import { checkMobile } from '@dvc-kit/contract';
import type { FailureLimit, SandboxOptions } from '../config.js';
import { ApiError } from '../errors.js';

/** Counters per row of a sketch (a power of two) and rows: 4 × 65,536 × 2 windows × 2 bytes = 1 MiB a budget. */
const WIDTH = 1 << 16;
const DEPTH = 4;
const MAX_COUNT = 0xffff;
/** Windows start at midnight in Vietnam (UTC+7), so a day's budget is a Vietnamese calendar day. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * `limit` events per id (a client, a code, a phone number) per window of `windowMs`, counted in a
 * count-min sketch with conservative update: a fixed table of counters that ids share through a keyed
 * hash (a secret drawn at start, so nobody can aim collisions). A count can only come out too high,
 * never too low, so a spent budget stays spent however many other ids come along; with the table's
 * size, tens of thousands of other ids add well under one count to anyone's.
 *
 * Windows are fixed (aligned to Vietnam midnight) and counted as a sliding window: the previous
 * window's count weighs what is left of it, so nobody gets two budgets by straddling a boundary, and a
 * spent budget reopens at most one window after it was spent.
 */
export class Budget {
  readonly #secret = randomBytes(16);
  #current = new Uint16Array(DEPTH * WIDTH);
  #previous = new Uint16Array(DEPTH * WIDTH);
  #epoch = Number.NEGATIVE_INFINITY;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds until `id` may go on, or 0 when its budget is not spent. Counts nothing. */
  wait(id: string, now: number): number {
    this.#rotate(now);
    return this.#waitFor(this.#cells(id), now);
  }

  /** Counts one for `id`; returns the milliseconds to wait when the budget was already spent (then nothing is counted). */
  take(id: string, now: number): number {
    this.#rotate(now);
    const cells = this.#cells(id); // hashed once: this runs on every request
    const wait = this.#waitFor(cells, now);
    if (!wait) this.#count(cells);
    return wait;
  }

  /** Counts one for `id`, even over the limit. */
  add(id: string, now: number): void {
    this.#rotate(now);
    this.#count(this.#cells(id));
  }

  #waitFor(cells: number[], now: number): number {
    const current = this.#min(this.#current, cells);
    const previous = this.#min(this.#previous, cells);
    const into = (now + VIETNAM_OFFSET_MS) % this.windowMs;
    // The previous window's share rounded up: a budget never stretches by a fraction of a count.
    if (current + Math.ceil(previous * (1 - into / this.windowMs)) < this.limit) return 0;
    // When the estimate falls under the limit: in this window if the previous one's share is what
    // tips it, else in the next one, as this window's count fades.
    const waitMs = current >= this.limit
      ? this.windowMs - into + (1 - (this.limit - 1) / current) * this.windowMs
      : (1 - (this.limit - 1 - current) / previous) * this.windowMs - into;
    return Math.max(1, Math.ceil(waitMs));
  }

  /** Conservative update: only the counters at the id's minimum rise, so others' counts stay as low as they can. */
  #count(cells: number[]): void {
    const next = Math.min(MAX_COUNT, this.#min(this.#current, cells) + 1);
    for (const cell of cells) if (this.#current[cell]! < next) this.#current[cell] = next;
  }

  #rotate(now: number): void {
    const epoch = Math.floor((now + VIETNAM_OFFSET_MS) / this.windowMs);
    if (epoch === this.#epoch) return;
    if (epoch === this.#epoch + 1) {
      [this.#previous, this.#current] = [this.#current, this.#previous];
      this.#current.fill(0);
    } else if (epoch > this.#epoch) {
      this.#previous.fill(0);
      this.#current.fill(0);
    } else return; // the clock went back: keep counting in the window we have
    this.#epoch = epoch;
  }

  #cells(id: string): number[] {
    const digest = createHash('sha256').update(this.#secret).update(id).digest();
    return Array.from({ length: DEPTH }, (_, row) => row * WIDTH + (digest.readUInt32LE(row * 4) & (WIDTH - 1)));
  }

  #min(table: Uint16Array, cells: number[]): number {
    let min = MAX_COUNT;
    for (const cell of cells) min = Math.min(min, table[cell]!);
    return min;
  }
}

const budget = (l: FailureLimit) => new Budget(l.limit, l.windowSeconds * 1000);
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** How long a client that found a code with its right number keeps reaching it through locks, and how many are kept. */
const OWNER_MS = 24 * 3600_000;
const OWNERS_KEPT = 100_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A moment in Vietnam time (UTC+7, no daylight saving) whatever the machine's zone, as people read it:
 * `vi` "10:18 04/03/2026", `en` "10:18 on 4 Mar 2026" (a bare 04/03 reads as April to many).
 */
export function vietnamClock(at: Date): { vi: string; en: string } {
  const t = new Date(at.getTime() + 7 * 3600_000).toISOString();
  const hm = t.slice(11, 16);
  return {
    vi: `${hm} ${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`,
    en: `${hm} on ${Number(t.slice(8, 10))} ${MONTHS[Number(t.slice(5, 7)) - 1]} ${t.slice(0, 4)}`,
  };
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

  /**
   * Clients that found a code with its right phone number (`client code` → until when): someone
   * spending the code's or the number's budget does not lock its owner out of a tracker already open,
   * a payment or a supplement due. Bounded; losing an entry only means the owner is treated as anyone.
   */
  readonly #owners = new Map<string, number>();

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
      const until = vietnamClock(new Date(t + retryAfter * 1000));
      throw new ApiError(429, problem, { code, limit: b.limit, retryAfter, until: until.vi, untilEn: until.en });
    };
    const ownerId = `${client} ${codeId}`;
    const owner = (this.#owners.get(ownerId) ?? 0) > t;
    if (!owner) {
      locked(this.lookupsByCode, codeId, 'lookup_locked');
      locked(this.lookupsByClient, client, 'too_many_failed_lookups');
      locked(this.lookupsByVerifier, phoneId, 'verifier_locked');
    }
    const found = find(phone.ok ? phone.value : null);
    if (found === undefined) {
      this.lookupsByCode.add(codeId, t);
      this.lookupsByClient.add(client, t);
      this.lookupsByVerifier.add(phoneId, t);
      throw notFound();
    }
    // A success does not forget the code's wrong tries (an owner's tracker, looking the dossier up
    // every few seconds, would otherwise reopen the code to someone guessing its phone number); it
    // marks this client as the code's owner for a day instead.
    this.#owners.delete(ownerId);
    this.#owners.set(ownerId, t + OWNER_MS);
    if (this.#owners.size > OWNERS_KEPT) this.#owners.delete(this.#owners.keys().next().value!);
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
