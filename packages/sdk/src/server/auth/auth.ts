// The backend-for-frontend of citizen login: standard Request → Response handlers for login, callback,
// session, logout and back-channel logout. The protocol work (discovery, PKCE, state and nonce checks,
// the code exchange, ID token checks with the provider's JWKS, refresh, end session) is openid-client's;
// logout tokens and sealed cookies are jose's. Tokens stay in the session store; the browser holds a
// random session id in an HttpOnly cookie.
import * as oidc from 'openid-client';
import { createRemoteJWKSet, customFetch, importJWK, importPKCS8, jwtVerify, type JWK } from 'jose';
import { cookieNames, readCookie, readCookies, seal, sealingKey, serializeCookie, unseal } from './cookies.js';
import { memorySessionStore, type AuthSession, type SessionStore, type SessionUser } from './store.js';
import { portalProxy, type PortalOptions } from './portal.js';

/** Options of {@link createAuth}. */
export interface AuthOptions {
  /** The provider's issuer (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  issuer: string | URL;
  clientId: string;
  /** The client secret (`client_secret_basic` unless {@link clientAuthMethod} says `client_secret_post`). */
  clientSecret?: string;
  clientAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  /**
   * The private key for `private_key_jwt` instead of a secret: a private JWK (its `alg`, or ES256,
   * and `kid` are used) or a PKCS #8 PEM (with {@link privateKeyAlg} and {@link privateKeyId}).
   */
  privateKey?: JWK | string;
  privateKeyAlg?: string;
  privateKeyId?: string;
  /** The callback URL registered with the provider (`https://site/auth/callback`). */
  redirectUri: string;
  /** Where the provider sends the citizen after logging out (registered with the provider). */
  postLogoutRedirectUri?: string;
  /**
   * Default {@link DEFAULT_SCOPES}: `['openid', 'profile', 'vn_identity', 'vn_dossiers']`. Add
   * `offline_access` for a refresh token where the provider gives one only with it (and then
   * {@link prompt} `'consent'`).
   */
  scopes?: string[];
  /**
   * `acr_values` sent with every login, space-separated (`'LoA2'`, or `'LoA1 LoA2'`). When set, the
   * callback refuses an ID token whose `acr` is not one of them (403 `acr_not_satisfied`).
   */
  acrValues?: string;
  /**
   * The `acr` values a login may ask for itself, `/auth/login?acr=LoA2` (step-up, when a procedure
   * needs identity level 2): that value replaces {@link acrValues} for that login and is checked the
   * same way. Any other value is refused (400 `acr_not_allowed`). Default: none.
   */
  allowedAcrValues?: string[];
  /**
   * The `prompt` sent with every login, e.g. `'consent'`: standard providers grant `offline_access`
   * (a refresh token) only with `prompt=consent` (OpenID Connect Core §11). Default: none.
   */
  prompt?: string;
  /**
   * Where a login may return: paths on the site (`'/'`: any, `'/ho-so'`: that path and below) and
   * absolute URLs (`'https://other.gov.vn'`: any path there, `'https://other.gov.vn/a'`: below /a).
   * Anything else is refused (400 `return_to_not_allowed`): the login is no open redirect.
   */
  allowedReturnTo: string[];
  /** Where a login without `returnTo` ends. Default `'/'`. */
  defaultReturnTo?: string;
  /** At least 32 random characters, kept on the server: seals the login transaction cookie. */
  cookieSecret: string;
  /** Default: {@link memorySessionStore} (one process). */
  sessionStore?: SessionStore;
  /**
   * `true` (default): cookies named `__Host-dvc-session` / `__Host-dvc-auth-<id>` with `Secure`.
   * `false` only for development on `http://localhost`: plain names, no `Secure`.
   */
  secure?: boolean;
  /** Where {@link Auth.handle} serves the routes. Default `'/auth'`. */
  basePath?: string;
  /** Absolute session lifetime. Default 8 hours. */
  sessionSeconds?: number;
  /**
   * How long before its expiry the access token is refreshed (the provider rotates refresh tokens;
   * concurrent requests share one refresh). Default 60 seconds.
   */
  refreshMarginSeconds?: number;
  /** Allows an `http:` issuer: a local sandbox only. */
  allowHttpIssuer?: boolean;
  /**
   * One line per refusal, login, logout and ended or failed refresh, never with personal data or
   * tokens. Default: `console.warn` for refusals, refused refreshes and an unreachable provider.
   */
  log?: (entry: AuthLogEntry) => void;
  /** The fetch used to reach the provider (tests, proxies). */
  fetch?: typeof fetch;
  /** Serves `<basePath>/portal/v1/…`: the portal API for the logged-in citizen, called from the page (docs/login.md). */
  portal?: PortalOptions;
}

/** A log line of the BFF: what happened and why, without who. */
export interface AuthLogEntry {
  /**
   * `session_ended`: a refresh ended it (`refresh_rejected`, `no_refresh_token`…);
   * `refresh_failed`: the provider could not be reached to refresh (`provider_unavailable`), the session is kept.
   */
  event: 'refused' | 'login' | 'logout' | 'backchannel_logout' | 'session_ended' | 'refresh_failed';
  route: string;
  /** The refusal's code (`state_mismatch`…), or what ended a session. */
  code?: string;
  /** The library's reason, when it gave one (no claims' values). */
  reason?: string;
}

/** What {@link Auth.getSession} gives the host's own server routes. */
export interface ActiveSession {
  user: SessionUser;
  /** The current access token (refreshed when near expiry), for calls to the portal API from the server. */
  accessToken: string;
  csrfToken: string;
}

/** The handlers {@link createAuth} returns: each takes a standard Request and answers a Response. */
export interface Auth {
  /** `GET …/login?returnTo=/path`: redirects to the provider with PKCE S256, state and nonce. */
  login(request: Request): Promise<Response>;
  /** `GET …/callback`: checks state, exchanges the code, checks the ID token, starts the session. */
  callback(request: Request): Promise<Response>;
  /** `GET …/session`: `{ authenticated, user, csrfToken }`, never a token. */
  session(request: Request): Promise<Response>;
  /** `POST …/logout` with the CSRF token: ends the session here and at the provider. */
  logout(request: Request): Promise<Response>;
  /** `POST …/backchannel-logout`: the provider's logout token ends the matching sessions. */
  backchannelLogout(request: Request): Promise<Response>;
  /** Routes a request under `basePath` to the handler of its path (404 otherwise). */
  handle(request: Request): Promise<Response>;
  /**
   * The session of a request for the host's own routes, or null. Refreshes the access token when it
   * is near expiry. When the provider cannot be reached for that, the session is kept: it is still
   * given while its access token is valid, and after that this throws an {@link AuthError}
   * `provider_unavailable` (status 503, which {@link toNodeHandler} answers) until the provider is back.
   */
  getSession(request: Request): Promise<ActiveSession | null>;
  /** Checks a state-changing request of the host's own routes: the session's CSRF token and the origin. */
  verifyCsrf(request: Request, token: string | null | undefined): Promise<boolean>;
}

/**
 * Why the BFF refused a request: the `code` of its JSON answer (`{ error: code, message }`) and log line.
 * @example
 * ```ts
 * const answer = await auth.callback(request);
 * if (answer.status === 400) console.log((await answer.json()).error); // 'state_mismatch', 'nonce_mismatch'…
 * ```
 */
export class AuthError extends Error {
  constructor(readonly code: string, readonly status: number, message: string, readonly reason?: string) {
    super(message);
    this.name = 'AuthError';
  }
}

interface Transaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** The `acr_values` this login asked for, which the ID token's `acr` must be one of. */
  acr?: string;
}

/** The scopes of a login when {@link AuthOptions.scopes} is not given. */
export const DEFAULT_SCOPES: readonly string[] = Object.freeze(['openid', 'profile', 'vn_identity', 'vn_dossiers']);

const TRANSACTION_SECONDS = 600;
/** Logins under way at once in one browser (tabs): each has its cookie, the oldest is dropped past this. */
const MAX_TRANSACTIONS = 3;
/** A transaction cookie's name ends with the first characters of its login's `state` (base64url: `[\w-]{8}`). */
const TRANSACTION_ID_LENGTH = 8;
const DEFAULT_REFRESH_MARGIN_SECONDS = 60;
/** How long the last refresh of a session is kept for a caller that still holds the spent refresh token. */
const LAST_REFRESH_SECONDS = 30;
/** After the provider was unreachable, how long a session whose access token still works is not refreshed again. */
const UNAVAILABLE_RETRY_SECONDS = 10;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const nowSeconds = () => Math.floor(Date.now() / 1000);
const randomId = () => oidc.randomState() + oidc.randomState();

/** Compares two strings in time that does not depend on where they differ. */
function sameString(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });

const redirect = (location: string, cookies: string[] = [], status = 303) => {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status, headers });
};

/** An ID token check openid-client refused, said as a code of ours. */
function classify(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof oidc.ResponseBodyError && error.status >= 500) {
    return new AuthError('provider_unavailable', 503, 'The identity provider could not be reached.', error.error);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new AuthError('code_rejected', 400, 'The provider refused the authorization code (used, expired or not ours).', error.error);
  }
  if (error instanceof oidc.AuthorizationResponseError) {
    return new AuthError('login_failed', 400, 'The provider ended the login with an error.', error.error);
  }
  // openid-client wraps oauth4webapi's error (message, and `cause.claim` for a claim check) in its own.
  type Failure = { code?: string; message?: string; cause?: unknown };
  const outer = error as Failure;
  const e = (outer.cause instanceof Error ? outer.cause : outer) as Failure & { code?: string };
  e.code ??= outer.code;
  // A gateway's error page (502, 503…) in front of the provider: not an answer of the provider's.
  if (outer.cause instanceof Response && outer.cause.status >= 500) {
    return new AuthError('provider_unavailable', 503, 'The identity provider could not be reached.', `http_${outer.cause.status}`);
  }
  const claim = (e.cause as { claim?: string } | undefined)?.claim;
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return new AuthError('nonce_mismatch', 400, 'The ID token was not issued for this login (nonce).', claim);
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') return new AuthError('id_token_audience', 400, 'The ID token was issued to another client.', claim);
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'iss') return new AuthError('id_token_issuer', 400, 'The ID token comes from another issuer.', claim);
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new AuthError('id_token_expired', 400, 'The ID token has expired or is not yet valid.', claim);
  if (/alg/.test(e.message ?? '')) return new AuthError('id_token_algorithm', 400, 'The ID token is not signed with an accepted algorithm.', e.message);
  if (/signature|key/i.test(e.message ?? '') || e.code === 'OAUTH_KEY_SELECTION_FAILED') return new AuthError('id_token_signature', 400, 'The ID token signature does not verify with the provider’s keys.', e.message);
  if (typeof e.code === 'string' && e.code.startsWith('OAUTH_')) return new AuthError('id_token_invalid', 400, 'The provider’s answer did not pass the checks.', e.code);
  return new AuthError('provider_unavailable', 503, 'The identity provider could not be reached.', e.code);
}

/** What the auths of one session store share in this process: per-session locks and the last refreshes. */
interface Coordination {
  locks: Map<string, Promise<void>>;
  /** The last refresh of a session: the refresh token it spent and the session it made, until when (ms). */
  last: Map<string, { spent: string; next: AuthSession; until: number }>;
  /** When (ms) a refresh of a session last found the provider unreachable, and that failure's number. */
  unavailable: Map<string, { at: number; seq: number }>;
  /** Counts those failures: a request waiting for the lock tells a failure that came after it began by its number (two can share a millisecond). */
  failures: number;
}
const coordinations = new WeakMap<SessionStore, Coordination>();
function coordinationOf(store: SessionStore): Coordination {
  let found = coordinations.get(store);
  if (!found) coordinations.set(store, (found = { locks: new Map(), last: new Map(), unavailable: new Map(), failures: 0 }));
  return found;
}

/** The identity level from `vn_identity_level`, else the ID token's `acr` (`LoA1`, `LoA2`). */
function identityLevel(claims: Record<string, unknown>): 1 | 2 | null {
  const level = claims.vn_identity_level ?? (typeof claims.acr === 'string' ? Number(claims.acr.replace(/^LoA/, '')) : undefined);
  return level === 1 || level === 2 ? level : null;
}

/**
 * Creates the login handlers of a site (docs/login.md): tokens stay on the server, the page gets an
 * HttpOnly `__Host-` cookie naming a session.
 * @example
 * ```ts
 * const auth = createAuth({
 *   issuer: 'https://sso.example.gov.vn/oidc', clientId: 'my-site', clientSecret: process.env.OIDC_SECRET!,
 *   redirectUri: 'https://my-site.gov.vn/auth/callback', postLogoutRedirectUri: 'https://my-site.gov.vn/',
 *   allowedReturnTo: ['/'], cookieSecret: process.env.COOKIE_SECRET!,
 * });
 * // every request under /auth/: return auth.handle(request);
 * ```
 */
export function createAuth(options: AuthOptions): Auth {
  const secure = options.secure ?? true;
  const names = cookieNames(secure);
  const store = options.sessionStore ?? memorySessionStore();
  const basePath = (options.basePath ?? '/auth').replace(/\/$/, '');
  const redirectUri = new URL(options.redirectUri);
  const site = redirectUri.origin;
  const scopes = (options.scopes ?? DEFAULT_SCOPES).join(' ');
  const sessionSeconds = options.sessionSeconds ?? 8 * 3600;
  const refreshMargin = options.refreshMarginSeconds ?? DEFAULT_REFRESH_MARGIN_SECONDS;
  if (!(refreshMargin >= 0 && Number.isFinite(refreshMargin))) throw new TypeError('createAuth: refreshMarginSeconds must be a number of seconds, 0 or more');
  const shared = coordinationOf(store);
  const log = options.log ?? ((entry: AuthLogEntry) => {
    if (entry.event === 'refused' || entry.event === 'refresh_failed' || entry.code === 'refresh_rejected') {
      const what = entry.event === 'refused' ? 'refused' : entry.event.replace('_', ' ');
      console.warn(`dvc-auth: ${entry.route} ${what}: ${entry.code}${entry.reason ? ` (${entry.reason})` : ''}`);
    }
  });
  if (!options.clientSecret === !options.privateKey) throw new TypeError('createAuth: give clientSecret or privateKey (one of them)');
  const keyPromise = sealingKey(options.cookieSecret);
  keyPromise.catch(() => {});

  const providerFetch = options.fetch as oidc.CustomFetch | undefined;
  let configPromise: Promise<oidc.Configuration> | undefined;
  async function clientAuth(): Promise<oidc.ClientAuth> {
    if (options.clientSecret) {
      return options.clientAuthMethod === 'client_secret_post' ? oidc.ClientSecretPost(options.clientSecret) : oidc.ClientSecretBasic(options.clientSecret);
    }
    const key = options.privateKey!;
    if (typeof key === 'string') {
      const alg = options.privateKeyAlg ?? 'ES256';
      return oidc.PrivateKeyJwt({ key: await importPKCS8(key, alg), kid: options.privateKeyId });
    }
    const imported = await importJWK(key, key.alg ?? 'ES256');
    if (imported instanceof Uint8Array) throw new TypeError('createAuth: privateKey must be an asymmetric private key');
    return oidc.PrivateKeyJwt({ key: imported, kid: key.kid ?? options.privateKeyId });
  }
  function config(): Promise<oidc.Configuration> {
    configPromise ??= (async () => {
      const discovered = await oidc.discovery(new URL(options.issuer), options.clientId, undefined, await clientAuth(), {
        ...(options.allowHttpIssuer ? { execute: [oidc.allowInsecureRequests] } : {}),
        ...(providerFetch ? { [oidc.customFetch]: providerFetch } : {}),
      });
      if (providerFetch) discovered[oidc.customFetch] = providerFetch;
      // ID tokens from the token endpoint are checked against the provider's JWKS too, not only by TLS.
      oidc.enableNonRepudiationChecks(discovered);
      return discovered;
    })();
    configPromise.catch(() => (configPromise = undefined));
    return configPromise;
  }
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  function refuse(route: string, error: unknown): Response {
    const e = classify(error);
    log({ event: 'refused', route, code: e.code, ...(e.reason ? { reason: e.reason } : {}) });
    return json({ error: e.code, message: e.message }, e.status);
  }

  /** The absolute URL of an allowed `returnTo`, or an error. */
  function allowedReturnTo(value: string | null): string {
    const raw = value ?? options.defaultReturnTo ?? '/';
    const refused = new AuthError('return_to_not_allowed', 400, 'The return URL is not one this site allows.');
    // eslint-disable-next-line no-control-regex
    if (raw.length > 2048 || /[\\\u0000-\u001f\u007f]/.test(raw) || raw.startsWith('//')) throw refused;
    let url: URL;
    try {
      url = new URL(raw, site);
    } catch {
      throw refused;
    }
    const ok = options.allowedReturnTo.some((entry) => {
      const allowed = new URL(entry, site);
      const prefix = allowed.pathname.replace(/\/$/, '');
      return url.origin === allowed.origin && (prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
    });
    if (!ok || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw refused;
    // `/.//evil.example` parses to the path `//evil.example`, which a browser reads as another host.
    if (url.pathname.startsWith('//')) throw refused;
    return url.origin === site ? url.pathname + url.search + url.hash : url.href;
  }

  /** A stored session, or null when there is none or it is past its absolute lifetime (then deleted). */
  async function stored(id: string): Promise<AuthSession | null> {
    const session = await store.get(id);
    if (!session) return null;
    if (session.expiresAt <= nowSeconds()) {
      await store.delete(id);
      return null;
    }
    return session;
  }

  async function readSession(request: Request): Promise<{ id: string; session: AuthSession } | null> {
    const id = readCookie(request.headers.get('cookie'), names.session);
    if (!id || id.length > 200) return null;
    const session = await stored(id);
    return session && { id, session };
  }

  /**
   * Runs `fn` alone for a session: after the calls for it already waiting in this process, and
   * inside the store's own lock when it has one (several processes).
   */
  function withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const run = (shared.locks.get(id) ?? Promise.resolve()).then(() => (store.lock ? store.lock(id, fn) : fn()));
    const settled = run.then(() => {}, () => {});
    shared.locks.set(id, settled);
    void settled.then(() => {
      if (shared.locks.get(id) === settled) shared.locks.delete(id);
    });
    return run;
  }

  const needsRefresh = (session: AuthSession) => session.accessTokenExpiresAt - refreshMargin <= nowSeconds();
  const expired = (session: AuthSession) => session.accessTokenExpiresAt <= nowSeconds();
  const unavailable = (session: AuthSession) => {
    if (!expired(session)) return session; // its access token still works: tried again at the next request
    throw new AuthError('provider_unavailable', 503, 'The identity provider could not be reached to renew the login; the session is kept: try again shortly.');
  };

  /**
   * The session with an access token that is not near expiry. The provider rotates refresh tokens
   * and revokes the whole grant when a spent one comes back, so a refresh happens under the session's
   * lock, on the session as stored then: a request that read it before another refreshed it (a slow
   * or shared store, another process) takes the new tokens instead of spending the old refresh token
   * again.
   */
  async function fresh(id: string, seen: AuthSession): Promise<AuthSession | null> {
    if (!needsRefresh(seen)) return seen;
    const asked = shared.failures;
    return withLock(id, async () => {
      const current = await stored(id);
      if (!current) return null; // ended meanwhile (logout, back-channel logout)
      // Refreshed since this request read it (another request, another process): that is the session.
      if (!needsRefresh(current) || (current.accessToken !== seen.accessToken && !expired(current))) return current;
      // Refreshed here a moment ago, but the store does not show it yet (a lagging replica, a slow write).
      const last = shared.last.get(id);
      if (last && last.spent === current.refreshToken && last.until > Date.now()) return last.next;
      // The provider was found unreachable while this request waited for the lock, or a moment ago and
      // the access token still works: no second try now (each would wait for the provider's timeout).
      const failed = shared.unavailable.get(id);
      if (failed !== undefined && (failed.seq > asked || (!expired(current) && Date.now() - failed.at < UNAVAILABLE_RETRY_SECONDS * 1000))) {
        return unavailable(current);
      }
      if (!current.refreshToken) {
        if (!expired(current)) return current;
        // Without a refresh token (no `offline_access`), the session ends with its access token.
        log({ event: 'session_ended', route: 'refresh', code: 'no_refresh_token' });
        await store.delete(id);
        return null;
      }
      let tokens: Awaited<ReturnType<typeof oidc.refreshTokenGrant>>;
      try {
        tokens = await oidc.refreshTokenGrant(await config(), current.refreshToken);
      } catch (error) {
        const e = classify(error);
        if (e.code === 'provider_unavailable') {
          const now = Date.now();
          for (const [key, failure] of shared.unavailable) if (now - failure.at > 600_000) shared.unavailable.delete(key);
          shared.unavailable.set(id, { at: now, seq: ++shared.failures });
          log({ event: 'refresh_failed', route: 'refresh', code: e.code, ...(e.reason ? { reason: e.reason } : {}) });
          return unavailable(current);
        }
        // The provider refused (revoked, expired, or reused elsewhere), or its answer failed the checks.
        const code = error instanceof oidc.ResponseBodyError || error instanceof oidc.WWWAuthenticateChallengeError ? 'refresh_rejected' : e.code;
        const reason = error instanceof oidc.ResponseBodyError ? error.error : e.reason;
        log({ event: 'session_ended', route: 'refresh', code, ...(reason ? { reason } : {}) });
        await store.delete(id);
        return null;
      }
      shared.unavailable.delete(id);
      const next: AuthSession = {
        ...current,
        accessToken: tokens.access_token,
        accessTokenExpiresAt: nowSeconds() + (tokens.expiresIn() ?? 300),
        refreshToken: tokens.refresh_token ?? current.refreshToken,
        idToken: tokens.id_token ?? current.idToken,
      };
      const now = Date.now();
      for (const [key, entry] of shared.last) if (entry.until <= now) shared.last.delete(key);
      shared.last.set(id, { spent: current.refreshToken, next, until: now + LAST_REFRESH_SECONDS * 1000 });
      await store.set(id, next, Math.max(1, next.expiresAt - nowSeconds()));
      return next;
    });
  }

  async function getSession(request: Request): Promise<ActiveSession | null> {
    const found = await readSession(request);
    if (!found) return null;
    const session = await fresh(found.id, found.session);
    return session && { user: session.user, accessToken: session.accessToken, csrfToken: session.csrfToken };
  }

  async function verifyCsrf(request: Request, token: string | null | undefined): Promise<boolean> {
    const origin = request.headers.get('origin');
    if (origin && origin !== site) return false;
    const fetchSite = request.headers.get('sec-fetch-site');
    if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
    const found = await readSession(request);
    return !!found && !!token && sameString(token, found.session.csrfToken);
  }

  /** The `acr_values` of a login: its `?acr=` when allowed, else {@link AuthOptions.acrValues}. */
  function requestedAcr(asked: string | null): string | undefined {
    if (asked === null) return options.acrValues?.trim() || undefined;
    if (!(options.allowedAcrValues ?? []).includes(asked)) {
      throw new AuthError('acr_not_allowed', 400, 'This site does not ask for that identity level (acr).');
    }
    return asked;
  }

  /** The transaction cookie of a login: its name ends with the start of the login's `state`. */
  const transactionName = (state: string | null) =>
    state && /^[\w-]{8}/.test(state) ? `${names.transaction}-${state.slice(0, TRANSACTION_ID_LENGTH)}` : undefined;
  const isTransactionName = (name: string) =>
    name.startsWith(`${names.transaction}-`) && /^[\w-]{8}$/.test(name.slice(names.transaction.length + 1));
  const clearCookie = (name: string) => serializeCookie(name, '', { secure, maxAge: 0 });

  /** Clears the oldest logins under way in this browser so that a new one keeps them at {@link MAX_TRANSACTIONS}. */
  async function dropOldest(request: Request): Promise<string[]> {
    const pending = readCookies(request.headers.get('cookie')).filter(([name]) => isTransactionName(name));
    if (pending.length < MAX_TRANSACTIONS) return [];
    const key = await keyPromise;
    const dated = await Promise.all(pending.map(async ([name, value]) =>
      ({ name, issued: (await unseal<{ iat?: number }>(key, value, nowSeconds()))?.iat ?? -1 })));
    dated.sort((a, b) => a.issued - b.issued); // stable: same second, the Cookie header's order (oldest first)
    return dated.slice(0, pending.length - MAX_TRANSACTIONS + 1).map(({ name }) => clearCookie(name));
  }

  async function login(request: Request): Promise<Response> {
    try {
      if (request.method !== 'GET') throw new AuthError('method_not_allowed', 405, 'Use GET.');
      const params = new URL(request.url).searchParams;
      const returnTo = allowedReturnTo(params.get('returnTo'));
      const acr = requestedAcr(params.get('acr'));
      const cfg = await config();
      const tx: Transaction = {
        state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), returnTo, ...(acr ? { acr } : {}),
      };
      const url = oidc.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri.href,
        scope: scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(tx.verifier),
        code_challenge_method: 'S256',
        state: tx.state,
        nonce: tx.nonce,
        ...(acr ? { acr_values: acr } : {}),
        ...(options.prompt ? { prompt: options.prompt } : {}),
      });
      const sealed = await seal(await keyPromise, { ...tx }, TRANSACTION_SECONDS, nowSeconds());
      // One cookie per login, so that logins started in two tabs both finish.
      const cookie = serializeCookie(transactionName(tx.state)!, sealed, { secure, maxAge: TRANSACTION_SECONDS });
      return redirect(url.href, [...await dropOldest(request), cookie], 302);
    } catch (error) {
      return refuse('login', error);
    }
  }

  async function callback(request: Request): Promise<Response> {
    const params = new URL(request.url).searchParams;
    const state = params.get('state');
    const name = transactionName(state);
    // This login's transaction cookie is cleared whatever the outcome; other tabs' logins stay.
    const clearTx = name ? [clearCookie(name)] : [];
    try {
      if (request.method !== 'GET') throw new AuthError('method_not_allowed', 405, 'Use GET.');
      const cookies = request.headers.get('cookie');
      const missing = new AuthError('transaction_missing', 400, 'No login is under way in this browser (or it took over 10 minutes): start again.');
      if (!readCookies(cookies).some(([cookie]) => isTransactionName(cookie))) throw missing;
      if (!state) throw new AuthError('state_missing', 400, 'The answer carries no state.');
      const sealed = name && readCookie(cookies, name);
      if (!sealed) throw new AuthError('state_mismatch', 400, 'The answer belongs to another login (state).');
      const tx = await unseal<Transaction>(await keyPromise, sealed, nowSeconds());
      if (!tx) throw missing;
      if (!sameString(state, tx.state)) throw new AuthError('state_mismatch', 400, 'The answer belongs to another login (state).');
      const cfg = await config();
      // The registered redirect URI with the answer's parameters: what the code was issued for, whatever proxy is in front.
      const current = new URL(redirectUri.href);
      current.search = params.toString();
      const tokens = await oidc.authorizationCodeGrant(cfg, current, {
        expectedState: tx.state, expectedNonce: tx.nonce, pkceCodeVerifier: tx.verifier, idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      // The identity level asked for (acr_values) is a request the provider may not meet: checked here.
      if (tx.acr && !(typeof claims.acr === 'string' && tx.acr.split(' ').includes(claims.acr))) {
        if (tokens.refresh_token) await oidc.tokenRevocation(cfg, tokens.refresh_token).catch(() => {});
        throw new AuthError('acr_not_satisfied', 403, 'The login did not reach the identity level this site asks for (acr).');
      }
      const info = await oidc.fetchUserInfo(cfg, tokens.access_token, claims.sub) as Record<string, unknown>;
      const all = { ...claims, ...info };
      const now = nowSeconds();
      const session: AuthSession = {
        sub: claims.sub,
        ...(typeof claims.sid === 'string' ? { sid: claims.sid } : {}),
        user: {
          name: typeof all.name === 'string' ? all.name : null,
          identityLevel: identityLevel(all),
          accountType: typeof all.vn_account_type === 'string' ? all.vn_account_type : null,
        },
        csrfToken: randomId(),
        accessToken: tokens.access_token,
        accessTokenExpiresAt: now + (tokens.expiresIn() ?? 300),
        ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
        idToken: tokens.id_token!,
        expiresAt: now + sessionSeconds,
      };
      // A new id at every login (no session fixation); the session this browser had before ends.
      const previous = readCookie(cookies, names.session);
      if (previous) await store.delete(previous);
      const id = randomId();
      await store.set(id, session, sessionSeconds);
      log({ event: 'login', route: 'callback' });
      return redirect(tx.returnTo, [...clearTx, serializeCookie(names.session, id, { secure, maxAge: sessionSeconds })]);
    } catch (error) {
      const response = refuse('callback', error);
      for (const cookie of clearTx) response.headers.append('set-cookie', cookie);
      return response;
    }
  }

  async function session(request: Request): Promise<Response> {
    if (request.method !== 'GET') return refuse('session', new AuthError('method_not_allowed', 405, 'Use GET.'));
    try {
      const active = await getSession(request);
      return active ? json({ authenticated: true, user: active.user, csrfToken: active.csrfToken }) : json({ authenticated: false });
    } catch (error) {
      // Logged once already, as refresh_failed: the session is kept, the page may ask again.
      if (error instanceof AuthError && error.code === 'provider_unavailable') {
        return json({ error: error.code, message: error.message }, error.status, { 'retry-after': '5' });
      }
      return refuse('session', error);
    }
  }

  async function logout(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') throw new AuthError('method_not_allowed', 405, 'Log out with POST and the CSRF token.');
      let token = request.headers.get('x-csrf-token');
      if (!token && /^application\/x-www-form-urlencoded/.test(request.headers.get('content-type') ?? '')) {
        token = new URLSearchParams(await request.text()).get('csrfToken');
      }
      // Another site's page gets nothing, not even the cleared cookie: a cross-site form POST is a
      // top-level navigation, whose Set-Cookie the browser would apply (a forced logout).
      const origin = request.headers.get('origin');
      const fetchSite = request.headers.get('sec-fetch-site');
      if ((origin && origin !== site) || (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')) {
        throw new AuthError('csrf_failed', 403, 'The logout did not come from this site’s page (CSRF token or origin).');
      }
      const found = await readSession(request);
      const clear = serializeCookie(names.session, '', { secure, maxAge: 0 });
      const wantsJson = /application\/json/.test(request.headers.get('accept') ?? '');
      if (!found) {
        // Nothing to end (an expired session, or a cross-site POST without the SameSite cookie).
        const to = options.postLogoutRedirectUri ?? '/';
        return wantsJson ? json({ loggedOut: true, endSessionUrl: null }, 200, { 'set-cookie': clear }) : redirect(to, [clear]);
      }
      if (!(await verifyCsrf(request, token))) throw new AuthError('csrf_failed', 403, 'The logout did not come from this site’s page (CSRF token or origin).');
      // After a refresh under way (its tokens are the ones to revoke), and before any other.
      const ended = await withLock(found.id, async () => {
        const current = (await store.get(found.id)) ?? found.session;
        await store.delete(found.id);
        shared.last.delete(found.id);
        return current;
      });
      const cfg = await config();
      if (ended.refreshToken) await oidc.tokenRevocation(cfg, ended.refreshToken).catch(() => {});
      const end = cfg.serverMetadata().end_session_endpoint
        ? oidc.buildEndSessionUrl(cfg, {
          id_token_hint: ended.idToken,
          ...(options.postLogoutRedirectUri ? { post_logout_redirect_uri: options.postLogoutRedirectUri } : {}),
        }).href
        : options.postLogoutRedirectUri ?? '/';
      log({ event: 'logout', route: 'logout' });
      if (wantsJson) {
        return json({ loggedOut: true, endSessionUrl: end }, 200, { 'set-cookie': clear });
      }
      return redirect(end, [clear]);
    } catch (error) {
      return refuse('logout', error);
    }
  }

  async function backchannelLogout(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') throw new AuthError('method_not_allowed', 405, 'Use POST.');
      const logoutToken = new URLSearchParams(await request.text()).get('logout_token');
      if (!logoutToken) throw new AuthError('logout_token_invalid', 400, 'No logout_token.');
      const cfg = await config();
      const metadata = cfg.serverMetadata();
      jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri!), options.fetch ? { [customFetch]: options.fetch } : {});
      let payload;
      try {
        ({ payload } = await jwtVerify(logoutToken, jwks, {
          issuer: metadata.issuer,
          audience: options.clientId,
          algorithms: metadata.id_token_signing_alg_values_supported?.filter((alg) => alg !== 'none') ?? ['RS256'],
          requiredClaims: ['iat', 'jti'],
          maxTokenAge: '5m',
        }));
      } catch (error) {
        throw new AuthError('logout_token_invalid', 400, 'The logout token does not verify.', (error as { code?: string }).code);
      }
      const events = payload.events as Record<string, unknown> | undefined;
      const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
      const sub = typeof payload.sub === 'string' ? payload.sub : undefined;
      if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object' || 'nonce' in payload || (!sid && !sub)) {
        throw new AuthError('logout_token_invalid', 400, 'This is not a logout token (events, nonce, sid or sub).');
      }
      const ended = await store.deleteBy({ ...(sid ? { sid } : {}), ...(sub ? { sub } : {}) });
      log({ event: 'backchannel_logout', route: 'backchannel-logout', code: `${ended} session(s) ended` });
      return new Response(null, { status: 200, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      const e = classify(error);
      log({ event: 'refused', route: 'backchannel-logout', code: e.code, ...(e.reason ? { reason: e.reason } : {}) });
      // Back-Channel Logout 1.0 §2.8: 400 with an OAuth error.
      return json({ error: 'invalid_request', error_description: e.message }, e.code === 'provider_unavailable' ? 501 : 400);
    }
  }

  const routes: Record<string, (request: Request) => Promise<Response>> = {
    login, callback, session, logout, 'backchannel-logout': backchannelLogout,
  };
  const portal = options.portal && portalProxy(options.portal, { basePath, getSession, verifyCsrf, log });
  async function handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (portal && path.startsWith(`${basePath}/portal`)) return portal(request);
    const route = path.startsWith(`${basePath}/`) ? routes[path.slice(basePath.length + 1)] : undefined;
    return route ? route(request) : json({ error: 'not_found' }, 404);
  }

  return { login, callback, session, logout, backchannelLogout, handle, getSession, verifyCsrf };
}
