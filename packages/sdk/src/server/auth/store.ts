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
 * processes gives its own (Redis, SQL) with the same four operations.
 */
export interface SessionStore {
  get(id: string): Promise<AuthSession | undefined>;
  /** Stores (or replaces) a session; `ttlSeconds` is how long it may be kept. */
  set(id: string, session: AuthSession, ttlSeconds: number): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes every session of the provider's session `sid` (or of the subject when no `sid` is given); returns how many. */
  deleteBy(match: { sid?: string; sub?: string }): Promise<number>;
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
