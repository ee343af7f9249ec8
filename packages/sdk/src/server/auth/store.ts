/** What the server keeps of a logged-in citizen: tokens never leave it; the cookie holds only the id. */
export interface AuthSession {
  /** The subject (the account's `sub`, TechID). */
  sub: string;
  /** The provider's session id (`sid` of the ID token), for back-channel logout. */
  sid?: string;
  /** What the page may see. */
  user: SessionUser;
  /** The synchroniser token a state-changing request must carry (`csrfToken` of the session route). */
  csrfToken: string;
  accessToken: string;
  /** Unix seconds. */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  idToken: string;
  /** Unix seconds: the session ends then whatever happens (absolute lifetime). */
  expiresAt: number;
}

/** The citizen as the page sees them: no tokens, no identity number. */
export interface SessionUser {
  name: string | null;
  /** 1 (self-registered) or 2 (verified in person), from `vn_identity_level` or the ID token's `acr`. */
  identityLevel: 1 | 2 | null;
  /** `citizen` or `business` (LoaiTaiKhoan). */
  accountType: string | null;
}

/**
 * Where sessions live. The default keeps them in memory (one process); a site with several
 * processes gives its own (Redis, SQL) with the same four operations, and {@link lock}.
 */
export interface SessionStore {
  get(id: string): Promise<AuthSession | undefined>;
  /** Stores (or replaces) a session; `ttlSeconds` is how long it may be kept. */
  set(id: string, session: AuthSession, ttlSeconds: number): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes every session of the provider's session `sid` (or of the subject when no `sid` is given); returns how many. */
  deleteBy(match: { sid?: string; sub?: string }): Promise<number>;
  /**
   * Optional, for a store shared by several processes: runs `fn` while holding a lock on the session
   * `id` that every process of the site respects, and gives it back after `fn` settles (also when it
   * throws). The login refreshes a session's tokens inside it: the provider rotates refresh tokens and
   * revokes the whole login when a spent one is used again, so two processes must not refresh the same
   * session at once. Within one process the calls are already one at a time. Make the lock a lease
   * (it ends by itself after a minute) so that a crashed process does not hold it forever.
   * @example
   * ```ts
   * // Redis: SET NX with a random owner and an expiry; deleted only by its owner.
   * async lock(id, fn) {
   *   const owner = crypto.randomUUID();
   *   while (!(await redis.set(`lock:${id}`, owner, { NX: true, PX: 60_000 }))) await sleep(25);
   *   try {
   *     return await fn();
   *   } finally {
   *     await redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end",
   *       { keys: [`lock:${id}`], arguments: [owner] });
   *   }
   * }
   * ```
   */
  lock?<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * An in-memory {@link SessionStore} (lost on restart; one process only): the default of `createAuth`.
 * @example
 * ```ts
 * const auth = createAuth({ ...options, sessionStore: memorySessionStore() });
 * ```
 */
export function memorySessionStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, { session: AuthSession; until: number }>();
  const live = (id: string) => {
    const entry = sessions.get(id);
    if (entry && entry.until <= now()) sessions.delete(id);
    return entry && entry.until > now() ? entry.session : undefined;
  };
  return {
    async get(id) {
      return live(id);
    },
    async set(id, session, ttlSeconds) {
      sessions.set(id, { session, until: now() + ttlSeconds * 1000 });
    },
    async delete(id) {
      sessions.delete(id);
    },
    async deleteBy({ sid, sub }) {
      let count = 0;
      for (const [id, { session }] of sessions) {
        if (sid ? session.sid === sid && (!sub || session.sub === sub) : sub !== undefined && session.sub === sub) {
          sessions.delete(id);
          count++;
        }
      }
      return count;
    },
  };
}
