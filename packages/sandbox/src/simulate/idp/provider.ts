// The test identity provider: oidc-provider (a certified OpenID Provider) configured the way DVC Kit
// wants a citizen login to work — authorization code flow only, PKCE S256, state and nonce always,
// short access tokens, rotating refresh tokens, back-channel logout — with the personas of
// ./personas.ts as its accounts. Mounted on the sandbox under /oidc (./mount.ts).
import type { Configuration, KoaContextWithOIDC, Provider } from 'oidc-provider';
import { ACCOUNT_API_SCOPE } from '@dvc-kit/contract';
import type { Sandbox } from '../../context.js';
import { sqliteAdapter } from './adapter.js';
import { testOidcClients, withAuthDefault } from './clients.js';
import { activateNewestKey, addSigningKey, cookieSecret, KEY_ACTIVATION_SECONDS, providerKeys, signingKeys, signingState } from './keys.js';
import { errorPage, logoutPage, loggedOutPage } from './pages.js';
import { findPersona, levelAcr, personaClaims, scopeClaims } from './personas.js';

/** Where the provider is mounted on the sandbox: its issuer is the sandbox's base URL + this. */
export const OIDC_PATH = '/oidc';

/** Lifetimes in seconds. Access tokens are short: a BFF refreshes them (and sees a logout) often. */
export const oidcLifetimes = {
  accessToken: 300,
  authorizationCode: 60,
  idToken: 600,
  interaction: 600,
  /** Refresh tokens, grants and sessions: a working day. Refresh tokens also end with the session. */
  session: 8 * 3600,
} as const;

/** The smallest `state` and `nonce` taken: 16 characters, so neither is a constant like `1` or `abc`. */
const MIN_RANDOM = 16;

type OidcModule = typeof import('oidc-provider');

/** A validator of `extraParams` that makes a standard parameter required (and long enough). */
const required = (errors: OidcModule['errors'], name: 'state' | 'nonce') => (_ctx: KoaContextWithOIDC, value: string | undefined) => {
  if (!value) throw new errors.InvalidRequest(`${name} is required (DVC Kit's login asks for state, nonce and PKCE on every request)`);
  if (value.length < MIN_RANDOM) throw new errors.InvalidRequest(`${name} must be at least ${MIN_RANDOM} random characters`);
};

function configuration(sb: Sandbox, errors: OidcModule['errors'], keys: ReturnType<typeof providerKeys>): Configuration {
  return {
    adapter: sqliteAdapter(sb),
    clients: [...testOidcClients, ...(sb.options.oidcClients ?? []).map(withAuthDefault)],
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_basic',
      backchannel_logout_session_required: true,
    },
    responseTypes: ['code'],
    // oidc-provider takes only S256; `required` makes it mandatory for confidential clients too.
    pkce: { required: () => true },
    extraParams: { state: required(errors, 'state'), nonce: required(errors, 'nonce') },
    // vn_dossiers releases no claim: it is the portal API's scope (the account's dossiers and drafts,
    // submitting for it), so a token granted only to log in to a site reads nothing of the portal.
    scopes: ['openid', 'offline_access', ACCOUNT_API_SCOPE, ...Object.keys(scopeClaims)],
    // `acr` comes with `openid`, so every ID token says the identity level (LoA1 or LoA2) without a
    // default `acr_values`: the persona page can then tell a site that asked for level 2 explicitly.
    claims: { openid: ['sub', 'acr'], auth_time: null, sid: null, ...scopeClaims } as unknown as Configuration['claims'],
    acrValues: Object.values(levelAcr),
    async findAccount(_ctx, sub) {
      const persona = findPersona(sub);
      return persona && { accountId: persona.sub, claims: () => personaClaims(persona) as { sub: string } };
    },
    interactions: { url: (_ctx, interaction) => `${OIDC_PATH}/interaction/${interaction.uid}` },
    cookies: { keys: [cookieSecret(sb)] },
    jwks: { keys } as Configuration['jwks'],
    ttl: {
      AccessToken: sb.options.oidcAccessTokenSeconds ?? oidcLifetimes.accessToken,
      AuthorizationCode: oidcLifetimes.authorizationCode,
      IdToken: oidcLifetimes.idToken,
      Interaction: oidcLifetimes.interaction,
      RefreshToken: oidcLifetimes.session,
      Grant: oidcLifetimes.session,
      Session: oidcLifetimes.session,
    },
    // A refresh token for every login of a client allowed the grant, without offline_access.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Every code and token ends with the citizen's session at the provider, offline_access granted or
    // not (oidc-provider's default lets offline_access tokens outlive it): logout, or the session's
    // end, ends the BFF's ability to refresh. The sandbox simulates no access beyond a session.
    expiresWithSession: () => true,
    // Every refresh answers a new refresh token; the old one is spent (a replay revokes the grant).
    rotateRefreshToken: true,
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      // Access tokens are for userinfo and the portal API alike: no resource indicators (no `aud`).
      resourceIndicators: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutPage, postLogoutSuccessSource: loggedOutPage },
    },
    renderError: errorPage,
    // Relying parties talk to the provider from their servers; no page calls it cross-origin.
    clientBasedCORS: () => false,
    // Back-channel logout goes to statically configured clients only (no dynamic registration), and
    // their receivers run on localhost while developing: oidc-provider's guard against private
    // addresses (its `dispatcher`) is left out.
    fetch: (url, options) => globalThis.fetch(url, { ...options, dispatcher: undefined } as RequestInit),
  };
}

interface Running {
  provider: Provider;
  handle: ReturnType<Provider['callback']>;
}

interface Built {
  promise: Promise<Running>;
  /** When (the sandbox's clock, ms) another key starts signing: the provider is built again then. */
  rebuildAt: number | null;
}

const running = new WeakMap<Sandbox, Built>();

async function build(sb: Sandbox, built: Built): Promise<Running> {
  // Loaded on first use: a sandbox nobody logs in to does not pay for it.
  const { Provider, errors } = await import('oidc-provider');
  const keys = await signingKeys(sb);
  const now = sb.now();
  built.rebuildAt = signingState(keys, now).changesAt;
  const provider = new Provider(sb.baseUrl() + OIDC_PATH, configuration(sb, errors, providerKeys(keys, now)));
  // Behind a proxy the sandbox trusts (--trust-proxy), its X-Forwarded-Proto and -Host make the URLs.
  provider.proxy = sb.options.trustProxy.length > 0;
  provider.on('server_error', (_ctx, error) => sb.log(`internal error in the identity provider: ${error.stack ?? error.message}`));
  provider.on('backchannel.error', (_ctx, error, client) => sb.log(`back-channel logout to ${client.clientId} failed: ${error.message}`));
  return { provider, handle: provider.callback() };
}

/**
 * The sandbox's identity provider, built on first use (its issuer is the sandbox's base URL, known
 * once it listens), again after a key rotation, and when a published key's time to sign has come.
 */
export function identity(sb: Sandbox): Promise<Running> {
  let built = running.get(sb);
  if (!built || (built.rebuildAt !== null && sb.now().getTime() >= built.rebuildAt)) {
    const fresh = { rebuildAt: null } as Built;
    fresh.promise = build(sb, fresh);
    fresh.promise.catch(() => {
      if (running.get(sb) === fresh) running.delete(sb);
    });
    running.set(sb, fresh);
    built = fresh;
  }
  return built.promise;
}

/** The oidc-provider instance of the sandbox (for its models: `AccessToken.find`, `Grant.find`). */
export const identityProvider = async (sb: Sandbox): Promise<Provider> => (await identity(sb)).provider;

/**
 * Checks every configured client's metadata now (oidc-provider checks a client when it first
 * meets it): a key file's mistake is told at start, not at the first login.
 */
export async function checkClients(sb: Sandbox): Promise<void> {
  const provider = await identityProvider(sb);
  for (const { client_id } of sb.options.oidcClients ?? []) {
    try {
      await provider.Client.find(client_id);
    } catch (error) {
      const { message, error_description } = error as { message: string; error_description?: string };
      throw new Error(`client ${client_id}: ${error_description ?? message}`);
    }
  }
}

export interface RotateOptions {
  /**
   * Seconds, by the sandbox's clock, between publishing the new key in the JWKS and signing with it
   * (default {@link KEY_ACTIVATION_SECONDS}, 60: relying parties that cached the JWKS fetch it again
   * first). 0 signs with it at once, as an unstaged rotation would; see also {@link activateSigningKey}.
   */
  activateAfterSeconds?: number;
}

/**
 * Rotates the provider's signing keys in two stages: the new key is published in the JWKS now and
 * signs from `activateAfterSeconds` later; until then the current key signs. The keys before it stay
 * in the JWKS so that tokens they signed still verify. Sessions and tokens survive (they live in SQLite).
 * @returns the new key's `kid`
 */
export async function rotateSigningKey(sb: Sandbox, options: RotateOptions = {}): Promise<string> {
  const key = await addSigningKey(sb, options.activateAfterSeconds ?? KEY_ACTIVATION_SECONDS);
  running.delete(sb);
  return key.jwk.kid;
}

/**
 * The second stage of a rotation without waiting: the newest published key signs from now on.
 * @returns its `kid`
 */
export async function activateSigningKey(sb: Sandbox): Promise<string> {
  const key = await activateNewestKey(sb);
  running.delete(sb);
  return key.jwk.kid;
}
