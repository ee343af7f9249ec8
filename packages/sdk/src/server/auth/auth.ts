// The backend-for-frontend of citizen login: standard Request → Response handlers for login, callback,
// session, logout and back-channel logout. The protocol work (discovery, PKCE, state and nonce checks,
// the code exchange, ID token checks with the provider's JWKS, refresh, end session) is openid-client's;
// logout tokens and sealed cookies are jose's. Tokens stay in the session store; the browser holds a
// random session id in an HttpOnly cookie.
import * as oidc from 'openid-client';
import { createRemoteJWKSet, customFetch, importJWK, importPKCS8, jwtVerify, type JWK } from 'jose';
import { cookieNames, readCookie, seal, sealingKey, serializeCookie, unseal } from './cookies.js';
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
  /** Default `['openid', 'profile', 'vn_identity']`. */
  scopes?: string[];
  /** `acr_values` sent with every login (e.g. `LoA2`). */
  acrValues?: string;
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
   * `true` (default): cookies named `__Host-dvc-session` / `__Host-dvc-auth` with `Secure`.
   * `false` only for development on `http://localhost`: plain names, no `Secure`.
   */
  secure?: boolean;
  /** Where {@link Auth.handle} serves the routes. Default `'/auth'`. */
  basePath?: string;
  /** Absolute session lifetime. Default 8 hours. */
  sessionSeconds?: number;
  /** Allows an `http:` issuer: a local sandbox only. */
  allowHttpIssuer?: boolean;
  /** One line per refusal and per login/logout, never with personal data or tokens. Default: `console.warn` for refusals. */
  log?: (entry: AuthLogEntry) => void;
  /** The fetch used to reach the provider (tests, proxies). */
  fetch?: typeof fetch;
  /** Serves `<basePath>/portal/v1/…`: the portal API for the logged-in citizen, called from the page (docs/login.md). */
  portal?: PortalOptions;
}

/** A log line of the BFF: what happened and why, without who. */
export interface AuthLogEntry {
  event: 'refused' | 'login' | 'logout' | 'backchannel_logout' | 'session_ended';
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
  /** The session of a request for the host's own routes, or null. */
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
}

const TRANSACTION_SECONDS = 600;
const REFRESH_MARGIN_SECONDS = 60;
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
  const claim = (e.cause as { claim?: string } | undefined)?.claim;
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return new AuthError('nonce_mismatch', 400, 'The ID token was not issued for this login (nonce).', claim);
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') return new AuthError('id_token_audience', 400, 'The ID token was issued to another client.', claim);
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'iss') return new AuthError('id_token_issuer', 400, 'The ID token comes from another issuer.', claim);
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new AuthError('id_token_expired', 400, 'The ID token has expired or is not yet valid.', claim);
  if (/alg/.test(e.message ?? '')) return new AuthError('id_token_algorithm', 400, 'The ID token is not signed with an accepted algorithm.', e.message);
  if (/signature|key/i.test(e.message ?? '') || e.code === 'OAUTH_KEY_SELECTION_FAILED') return new AuthError('id_token_signature', 400, 'The ID token signature does not verify with the provider’s keys.', e.message);
  if (typeof e.code === 'string' && e.code.startsWith('OAUTH_')) return new AuthError('id_token_invalid', 400, 'The provider’s answer did not pass the checks.', e.code);
  return new AuthError('provider_unavailable', 502, 'The identity provider could not be reached.', e.code);
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
  const scopes = (options.scopes ?? ['openid', 'profile', 'vn_identity']).join(' ');
  const sessionSeconds = options.sessionSeconds ?? 8 * 3600;
  const log = options.log ?? ((entry: AuthLogEntry) => {
    if (entry.event === 'refused') console.warn(`dvc-auth: ${entry.route} refused: ${entry.code}${entry.reason ? ` (${entry.reason})` : ''}`);
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

  async function readSession(request: Request): Promise<{ id: string; session: AuthSession } | null> {
    const id = readCookie(request.headers.get('cookie'), names.session);
    if (!id || id.length > 200) return null;
    const session = await store.get(id);
    if (!session) return null;
    if (session.expiresAt <= nowSeconds()) {
      await store.delete(id);
      return null;
    }
    return { id, session };
  }

  const refreshing = new Map<string, Promise<AuthSession | null>>();
  /** Refreshes the access token once per session at a time (the provider rotates refresh tokens). */
  function fresh(id: string, session: AuthSession): Promise<AuthSession | null> {
    if (session.accessTokenExpiresAt - REFRESH_MARGIN_SECONDS > nowSeconds()) return Promise.resolve(session);
    let pending = refreshing.get(id);
    if (!pending) {
      pending = (async () => {
        if (!session.refreshToken) {
          // Without a refresh token (no `offline_access`), the session ends with its access token.
          log({ event: 'session_ended', route: 'refresh', code: 'no_refresh_token' });
          await store.delete(id);
          return null;
        }
        try {
          const tokens = await oidc.refreshTokenGrant(await config(), session.refreshToken);
          const next: AuthSession = {
            ...session,
            accessToken: tokens.access_token,
            accessTokenExpiresAt: nowSeconds() + (tokens.expiresIn() ?? 300),
            refreshToken: tokens.refresh_token ?? session.refreshToken,
            idToken: tokens.id_token ?? session.idToken,
          };
          await store.set(id, next, Math.max(1, next.expiresAt - nowSeconds()));
          return next;
        } catch (error) {
          log({ event: 'session_ended', route: 'refresh', code: classify(error).code, reason: classify(error).reason });
          await store.delete(id);
          return null;
        }
      })().finally(() => refreshing.delete(id));
      refreshing.set(id, pending);
    }
    return pending;
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

  async function login(request: Request): Promise<Response> {
    try {
      if (request.method !== 'GET') throw new AuthError('method_not_allowed', 405, 'Use GET.');
      const returnTo = allowedReturnTo(new URL(request.url).searchParams.get('returnTo'));
      const cfg = await config();
      const tx: Transaction = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), returnTo };
      const url = oidc.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri.href,
        scope: scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(tx.verifier),
        code_challenge_method: 'S256',
        state: tx.state,
        nonce: tx.nonce,
        ...(options.acrValues ? { acr_values: options.acrValues } : {}),
      });
      const sealed = await seal(await keyPromise, { ...tx }, TRANSACTION_SECONDS, nowSeconds());
      return redirect(url.href, [serializeCookie(names.transaction, sealed, { secure, maxAge: TRANSACTION_SECONDS })], 302);
    } catch (error) {
      return refuse('login', error);
    }
  }

  async function callback(request: Request): Promise<Response> {
    const clearTx = serializeCookie(names.transaction, '', { secure, maxAge: 0 });
    try {
      if (request.method !== 'GET') throw new AuthError('method_not_allowed', 405, 'Use GET.');
      const params = new URL(request.url).searchParams;
      const sealed = readCookie(request.headers.get('cookie'), names.transaction);
      const tx = sealed ? await unseal<Transaction>(await keyPromise, sealed, nowSeconds()) : undefined;
      if (!tx) throw new AuthError('transaction_missing', 400, 'No login is under way in this browser (or it took over 10 minutes): start again.');
      const state = params.get('state');
      if (!state) throw new AuthError('state_missing', 400, 'The answer carries no state.');
      if (!sameString(state, tx.state)) throw new AuthError('state_mismatch', 400, 'The answer belongs to another login (state).');
      const cfg = await config();
      // The registered redirect URI with the answer's parameters: what the code was issued for, whatever proxy is in front.
      const current = new URL(redirectUri.href);
      current.search = params.toString();
      const tokens = await oidc.authorizationCodeGrant(cfg, current, {
        expectedState: tx.state, expectedNonce: tx.nonce, pkceCodeVerifier: tx.verifier, idTokenExpected: true,
      });
      const claims = tokens.claims()!;
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
      const previous = readCookie(request.headers.get('cookie'), names.session);
      if (previous) await store.delete(previous);
      const id = randomId();
      await store.set(id, session, sessionSeconds);
      log({ event: 'login', route: 'callback' });
      return redirect(tx.returnTo, [clearTx, serializeCookie(names.session, id, { secure, maxAge: sessionSeconds })]);
    } catch (error) {
      const response = refuse('callback', error);
      response.headers.append('set-cookie', clearTx);
      return response;
    }
  }

  async function session(request: Request): Promise<Response> {
    if (request.method !== 'GET') return refuse('session', new AuthError('method_not_allowed', 405, 'Use GET.'));
    try {
      const active = await getSession(request);
      return active ? json({ authenticated: true, user: active.user, csrfToken: active.csrfToken }) : json({ authenticated: false });
    } catch (error) {
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
      await store.delete(found.id);
      const cfg = await config();
      if (found.session.refreshToken) await oidc.tokenRevocation(cfg, found.session.refreshToken).catch(() => {});
      const end = cfg.serverMetadata().end_session_endpoint
        ? oidc.buildEndSessionUrl(cfg, {
          id_token_hint: found.session.idToken,
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
      return json({ error: 'invalid_request', error_description: e.message }, e.status === 502 ? 501 : 400);
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
