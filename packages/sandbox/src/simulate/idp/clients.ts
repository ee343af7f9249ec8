import { readFileSync } from 'node:fs';
import type { ApiKey } from '../../config.js';

/**
 * A relying party of the test identity provider: the host site's backend-for-frontend. OpenID
 * client metadata (RFC 7591 / OpenID Connect Registration names), as in a key file's `oidcClients`.
 */
export type OidcClient = {
  client_id: string;
  /** For `client_secret_basic` (the default when a secret is given) or `client_secret_post`. */
  client_secret?: string;
  /** Public keys for `private_key_jwt` (the default when keys are given). */
  jwks?: { keys: Record<string, unknown>[] };
  token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  /** Where the provider POSTs a logout token when the citizen's session ends (Back-Channel Logout 1.0). */
  backchannel_logout_uri?: string;
  /** Whether the logout token names the session (`sid`): yes by default, so a BFF ends just that session. */
  backchannel_logout_session_required?: boolean;
  /** The name the persona page shows ("… asks to know who you are"). */
  client_name?: string;
  /**
   * `native` lets a loopback redirect URI (`http://localhost/…`, `http://127.0.0.1/…`) match on any
   * port (RFC 8252 §7.3), as the test clients do; `web` (the default) matches exactly.
   */
  application_type?: 'web' | 'native';
};

/** The test client with a secret (`client_secret_basic`). Localhost only; never use it in production. */
export const TEST_OIDC_CLIENT_ID = 'dvc-kit-local';
export const TEST_OIDC_CLIENT_SECRET = 'dvc-kit-local-secret-for-tests-only';
/** The test client that authenticates with a signed JWT (`private_key_jwt`, ES256). */
export const TEST_OIDC_JWT_CLIENT_ID = 'dvc-kit-local-jwt';

/**
 * The private key of {@link TEST_OIDC_JWT_CLIENT_ID} (EC P-256, JWK). Published on purpose, like the
 * test API keys: it only works against a sandbox.
 */
export const testOidcClientPrivateKey = {
  kty: 'EC', crv: 'P-256', kid: 'dvc-kit-local-jwt-1', alg: 'ES256', use: 'sig',
  x: 'db487iUZDNjPW0BSHHTr9eXOL69BrQkFnACFOFdjSiE',
  y: '4q-5ZzxZ78YkXxBQlyBk9sUUkK7GlkdhzGWKZ2q6sXw',
  d: 'KsGwvJGKl3PnokVYe2QtJ7xx0j7aEzpXNxZEshae780',
} as const;

// Any port of localhost, 127.0.0.1 and [::1]; the paths are the ones the SDK's BFF uses by default.
const loopback = (path: string) => ['http://localhost', 'http://127.0.0.1', 'http://[::1]'].map((origin) => origin + path);
const local = {
  application_type: 'native',
  redirect_uris: loopback('/auth/callback'),
  post_logout_redirect_uris: [...loopback('/'), ...loopback('/auth/logged-out')],
} as const;

/** The two documented test clients (docs/sandbox.md "The test identity provider"). */
export const testOidcClients: OidcClient[] = [
  {
    ...local,
    client_id: TEST_OIDC_CLIENT_ID,
    client_secret: TEST_OIDC_CLIENT_SECRET,
    token_endpoint_auth_method: 'client_secret_basic',
    client_name: 'DVC Kit (máy thử nghiệm, localhost)',
    redirect_uris: [...local.redirect_uris],
    post_logout_redirect_uris: [...local.post_logout_redirect_uris],
  },
  {
    ...local,
    client_id: TEST_OIDC_JWT_CLIENT_ID,
    jwks: { keys: [(({ d: _private, ...pub }) => pub)(testOidcClientPrivateKey)] },
    token_endpoint_auth_method: 'private_key_jwt',
    client_name: 'DVC Kit (máy thử nghiệm, localhost, private_key_jwt)',
    redirect_uris: [...local.redirect_uris],
    post_logout_redirect_uris: [...local.post_logout_redirect_uris],
  },
];

/** A client as the provider takes it: `private_key_jwt` when it has keys and no secret. */
export const withAuthDefault = (client: OidcClient): OidcClient =>
  client.token_endpoint_auth_method || client.client_secret || !client.jwks
    ? client
    : { ...client, token_endpoint_auth_method: 'private_key_jwt' };

/**
 * Clients from a key file's `oidcClients` (`--keys`) or `DVC_SANDBOX_KEYS` (the same JSON). Only the
 * shape is checked here; the provider checks the metadata itself when it starts.
 */
export function loadOidcClients(file: string | undefined, env: string | undefined): OidcClient[] {
  const raw: unknown[] = [];
  if (file) raw.push(...((JSON.parse(readFileSync(file, 'utf8')) as { oidcClients?: unknown[] }).oidcClients ?? []));
  if (env) raw.push(...((JSON.parse(env) as { oidcClients?: unknown[] }).oidcClients ?? []));
  return raw.map((entry, i) => {
    const c = entry as Partial<OidcClient>;
    if (typeof c.client_id !== 'string' || !c.client_id) throw new Error(`oidcClients[${i}].client_id must be a string`);
    if (!Array.isArray(c.redirect_uris) || !c.redirect_uris.length) throw new Error(`oidcClients[${i}].redirect_uris must list at least one URL`);
    if (!c.client_secret && !c.jwks) throw new Error(`oidcClients[${i}] needs a client_secret or jwks (public clients are not supported)`);
    return c as OidcClient;
  });
}

/**
 * Refuses a key bound (`oidcClients`) to a client the provider does not have (neither a test client
 * nor one of `clients`): a typo would otherwise refuse every submission for an account.
 */
export function checkKeyClients(keys: readonly Pick<ApiKey, 'key' | 'oidcClients'>[], clients: readonly OidcClient[]): void {
  const known = new Set([...testOidcClients, ...clients].map((c) => c.client_id));
  for (const { key, oidcClients = [] } of keys) {
    const unknown = oidcClients.find((id) => !known.has(id));
    if (unknown !== undefined) throw new Error(`key ${key.slice(0, 8)}…: oidcClients names "${unknown}", which is not a configured OIDC client`);
  }
}
