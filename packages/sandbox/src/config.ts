import type { StaticSite } from './http/static.js';
import { TEST_OIDC_CLIENT_ID, TEST_OIDC_JWT_CLIENT_ID, type OidcClient } from './simulate/idp/clients.js';
import { readFileSync } from 'node:fs';
import { publishableScopes, secretScopes, type Scope } from '@dvc-kit/contract';

/** See {@link SandboxOptions.hostRoutes}. */
export interface HostRoute {
  /** URL path it answers under, ending with `/` (`/auth/`). */
  path: string;
  handle(request: Request): Response | Promise<Response>;
}

export interface ApiKey {
  /** The key string clients send as `Authorization: Bearer <key>`. */
  key: string;
  kind: 'publishable' | 'secret';
  scopes: readonly Scope[];
  /** Origins a publishable key may be used from; `*` in a port or host matches anything. */
  allowedOrigins: readonly string[];
  /**
   * Origins a payment made with this key may return to, besides `allowedOrigins` (same patterns).
   * A secret key has no allowed origins, so its payments return only to these (none when unset).
   */
  returnOrigins?: readonly string[];
  label: string;
  /**
   * The agencies the key acts for, as agency-code patterns: `*` alone is every agency, `*` inside a
   * pattern matches any characters (`*.H38`: every agency of province 38 in the sandbox's codes,
   * `000.00.00.H38`: only its People's Committee). Admin routes act only on these agencies' dossiers
   * and petitions; webhooks receive events of these agencies' dossiers, payments and petitions, and
   * of those made with the key itself. Empty or absent: no agency (admin routes refuse with `no_agencies`).
   */
  agencies?: readonly string[];
  /**
   * The OIDC clients (`client_id`s of the test identity provider) whose access tokens the key may
   * submit with in `Dvc-Account`: the site's own login. A token issued to another client is refused
   * (`403 account_client_not_allowed`), so one site cannot submit with a token another site got.
   * Empty or absent: none. The test secret key is bound to the two test clients.
   */
  oidcClients?: readonly string[];
}

/** Fixed, documented test keys so examples and tests work out of the box. Never use them in production. */
export const TEST_PUBLISHABLE_KEY = 'pk_test_dvckit_local';
export const TEST_SECRET_KEY = 'sk_test_dvckit_local';

export const testKeys: ApiKey[] = [
  {
    key: TEST_PUBLISHABLE_KEY,
    kind: 'publishable',
    scopes: publishableScopes,
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
    label: 'test publishable key (localhost)',
    agencies: ['*'],
  },
  {
    key: TEST_SECRET_KEY, kind: 'secret', scopes: secretScopes, allowedOrigins: [],
    returnOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'], label: 'test secret key', agencies: ['*'],
    oidcClients: [TEST_OIDC_CLIENT_ID, TEST_OIDC_JWT_CLIENT_ID],
  },
];

export interface FaultOptions {
  /** Share (0–1) of API requests answered 503 before they are handled. */
  errorRate: number;
  /** Share of API requests delayed by `delayMs` before they are handled. */
  delayRate: number;
  delayMs: number;
  /** Share of API requests whose connection is cut after they were handled (the response is lost). */
  cutRate: number;
  /** The `Retry-After` (seconds) of the injected 503 answers (default 1). */
  retryAfterSeconds: number;
}

/** A budget of failed attempts: `limit` per `windowSeconds`, counted from the first one. */
export interface FailureLimit {
  limit: number;
  windowSeconds: number;
}

/** Budgets of failed attempts (docs/security.md explains them and what they protect). */
export interface FailureLimits {
  /** Requests with a missing or unknown key, per client address: then every request from it is refused. */
  auth: FailureLimit;
  /** Wrong code or phone number in lookups, per client (key and address). */
  lookupsByClient: FailureLimit;
  /** Wrong phone numbers per dossier or petition code: then the code is locked, for everyone. */
  lookupsByCode: FailureLimit;
  /** Failed lookups carrying the same phone number, from any client. */
  lookupsByVerifier: FailureLimit;
}

export interface SandboxOptions {
  port: number;
  host: string;
  /** Where the SQLite database and uploaded files live; ignored with `memory`. */
  dataDir: string;
  /** Keep everything in memory (tests). */
  memory: boolean;
  /** Extra synthetic procedures to seed for benchmarks (0–100,000). */
  seedSize: number;
  keys: ApiKey[];
  /** Seconds between the automatic status steps of a dossier; 0 turns the schedule off. */
  stepSeconds: number;
  /** Seconds before a petition gets its simulated answer; 0 turns it off. */
  petitionAnswerSeconds: number;
  /** Requests per client (key and client address, or the address alone without a key) per `rateWindowSeconds`. */
  rateLimit: number;
  rateWindowSeconds: number;
  failureLimits: FailureLimits;
  /**
   * Proxies in front of the sandbox whose `X-Forwarded-For` tells the client's address: IP addresses or
   * CIDR ranges. Empty (the default): the connection's address is the client's, the header is ignored.
   */
  trustProxy: string[];
  faults: FaultOptions;
  /** Validate every response against the contract (a failure is a 500 and a log line). */
  checkResponses: boolean;
  /** Print nothing but errors. */
  quiet: boolean;
  /** Public base URL (for checkout and receipt links); defaults to the listening address. */
  publicUrl?: string;
  /** Folders of static files served beside the API (the demo's examples, bundles and docs). */
  sites?: StaticSite[];
  /**
   * A host site's own server routes beside the API, each answering every method under its path with a
   * standard Request → Response handler: the demo's login routes at `/auth/` (the backend-for-frontend
   * of `@dvc-kit/sdk/server`, which the sandbox itself does not depend on). After the API's routes and
   * before the static sites.
   */
  hostRoutes?: HostRoute[];
  /**
   * Let webhooks target loopback, private and link-local addresses (local development: a receiver on
   * `http://127.0.0.1:…`). Off by default: such targets are refused at registration and at delivery.
   */
  allowPrivateWebhooks: boolean;

  // Orphans and slow clients (issue 16).
  /** Seconds an upload that no dossier uses is kept; the simulation loop then deletes it (default 24 h). */
  uploadExpirySeconds: number;
  /**
   * Bytes of unattached uploads one client of a publishable key (key + client address) may hold
   * (default 50 MB): one citizen cannot use up the room every citizen of the portal shares.
   */
  uploadClientQuotaBytes: number;
  /** Bytes of unattached uploads all clients of one key may hold together (default 200 MB). */
  uploadKeyQuotaBytes: number;
  /** Seconds a client may take to send a request's headers (default 10); then 408 and the connection is closed. */
  headersTimeoutSeconds: number;
  /**
   * Seconds a client may take to send a whole request, body included (default 60: a 10 MB upload
   * needs 1.4 Mbit/s); then 408 and the connection is closed. Answers (event streams) are not limited.
   */
  requestTimeoutSeconds: number;
  /** Seconds an idle keep-alive connection stays open (default 5). */
  keepAliveTimeoutSeconds: number;

  // The test identity provider (docs/sandbox.md "The test identity provider").
  /** Relying parties besides the two test clients (a key file's `oidcClients`). */
  oidcClients?: OidcClient[];
  /** Lifetime of the provider's access tokens in seconds (default 300). */
  oidcAccessTokenSeconds?: number;

  // Status sync (issue 18, store/sync.ts).
  /**
   * Seconds the change feed (`GET /v1/sync/changes`) is retained (default 30 days): older tombstones
   * and progress entries are dropped, and a cursor older than this is refused (`410 cursor_expired`).
   */
  syncRetentionSeconds: number;
  /**
   * Seconds an idempotency key's answer is kept and replayed (default 24 h, as Stripe keeps them): an
   * older key is handled as new, and the simulation loop purges expired answers in bounded chunks.
   */
  idempotencyTtlSeconds: number;
}

export const defaultOptions: SandboxOptions = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: '.data/sandbox',
  memory: false,
  seedSize: 0,
  keys: testKeys,
  stepSeconds: 20,
  petitionAnswerSeconds: 60,
  rateLimit: 600,
  rateWindowSeconds: 60,
  failureLimits: {
    auth: { limit: 20, windowSeconds: 600 },
    lookupsByClient: { limit: 10, windowSeconds: 900 },
    lookupsByCode: { limit: 5, windowSeconds: 900 },
    lookupsByVerifier: { limit: 10, windowSeconds: 86_400 },
  },
  trustProxy: [],
  faults: { errorRate: 0, delayRate: 0, delayMs: 1500, cutRate: 0, retryAfterSeconds: 1 },
  checkResponses: true,
  quiet: false,
  allowPrivateWebhooks: false,

  uploadExpirySeconds: 24 * 60 * 60,
  uploadClientQuotaBytes: 50 * 1024 * 1024,
  uploadKeyQuotaBytes: 200 * 1024 * 1024,
  headersTimeoutSeconds: 10,
  requestTimeoutSeconds: 60,
  keepAliveTimeoutSeconds: 5,

  syncRetentionSeconds: 30 * 24 * 60 * 60,
  idempotencyTtlSeconds: 24 * 60 * 60,
};

/** An agency-code pattern of a key file: letters, digits, dots and `*`. */
const agencyPattern = /^[0-9A-Za-z.*]{1,50}$/;

/**
 * Keys from a JSON config file (`{ "keys": [...] }`) or `DVC_SANDBOX_KEYS` (the same JSON), added to
 * the test keys. Publishable keys get publishable scopes unless narrower ones are listed. A key
 * without `agencies` acts for no agency (see {@link ApiKey.agencies}).
 */
export function loadKeys(file: string | undefined, env: string | undefined): ApiKey[] {
  const extra: unknown[] = [];
  if (file) extra.push(...((JSON.parse(readFileSync(file, 'utf8')) as { keys?: unknown[] }).keys ?? []));
  if (env) extra.push(...((JSON.parse(env) as { keys?: unknown[] }).keys ?? []));
  // The test keys are public (printed in the docs): beside an operator's keys they act for no agency,
  // so they can neither move a tenant's dossiers nor hear its events.
  return [
    ...(extra.length ? testKeys.map((k) => ({ ...k, agencies: [] })) : testKeys),
    ...extra.map((raw, i): ApiKey => {
      const k = raw as Partial<ApiKey>;
      if (typeof k.key !== 'string' || !/^(pk|sk)_[A-Za-z0-9_]{8,}$/.test(k.key)) {
        throw new Error(`keys[${i}].key must look like pk_… or sk_… (letters, digits, _; at least 8 after the prefix)`);
      }
      const kind = k.key.startsWith('pk_') ? 'publishable' : 'secret';
      const allowed = kind === 'publishable' ? publishableScopes : secretScopes;
      const scopes = (k.scopes ?? allowed).filter((s) => allowed.includes(s));
      const agencies = k.agencies ?? [];
      if (!Array.isArray(agencies) || !agencies.every((a) => typeof a === 'string' && agencyPattern.test(a))) {
        throw new Error(`keys[${i}].agencies must be a list of agency-code patterns such as "*.H38", "000.00.00.H38" or "*"`);
      }
      const oidcClients = k.oidcClients ?? [];
      if (!Array.isArray(oidcClients) || !oidcClients.every((c) => typeof c === 'string' && c.length > 0)) {
        throw new Error(`keys[${i}].oidcClients must be a list of OIDC client ids, such as ["thanhhoa-portal"]`);
      }
      if (kind === 'publishable' && oidcClients.length) {
        throw new Error(`keys[${i}].oidcClients: only a secret key submits for an account (Dvc-Account); a publishable key is public`);
      }
      return {
        key: k.key, kind, scopes, allowedOrigins: k.allowedOrigins ?? [], returnOrigins: k.returnOrigins ?? [], label: k.label ?? `key ${i + 1}`,
        agencies, oidcClients,
      };
    }),
  ];
}

/** Whether `origin` matches a pattern such as `http://localhost:*` or `https://*.gov.vn`. */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === '*') return true;
  const re = new RegExp(
    '^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '$',
  );
  return re.test(origin);
}

/**
 * Whether a payment made with `key` may send the browser back to `url`: its origin must match one
 * of the key's `allowedOrigins` or `returnOrigins`, so the gateway is no open redirect.
 */
export function mayReturnTo(key: ApiKey, url: string): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return [...key.allowedOrigins, ...(key.returnOrigins ?? [])].some((pattern) => originMatches(origin, pattern));
}
