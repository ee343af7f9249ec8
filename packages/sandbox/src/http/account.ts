import { createHash } from 'node:crypto';
import { ACCOUNT_API_SCOPE, type Applicant, type Locale } from '@dvc-kit/contract';
import type { ApiKey } from '../config.js';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { accountIdNumber } from '../store/accounts.js';
import { requireOidcClient } from '../store/tenants.js';
import { fieldError } from './field-errors.js';
import { findPersona, type Persona } from '../simulate/idp/personas.js';
import { identityProvider } from '../simulate/idp/provider.js';

/** The logged-in account behind a request: whose token, for which client, allowing what. */
export interface Account {
  sub: string;
  /** The relying party the token was issued to (the host site's backend-for-frontend). */
  clientId: string;
  scopes: ReadonlySet<string>;
  persona: Persona;
}

const bearer = (authorization: string | undefined) => authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

/**
 * The account of an access token the test identity provider issued. The token is looked up in the
 * provider's own store, as its introspection endpoint does (RFC 7662): opaque tokens, so a revoked
 * token, a reused refresh token's family or a session ended by logout is refused at once. A missing
 * or unknown token counts against the address's budget of failed attempts, like a wrong API key;
 * an expired one does not (a BFF with many users meets them every few minutes). A request from a
 * page (with an `Origin`) is refused, as a secret key is.
 */
export async function authenticateAccount(
  sb: Sandbox, authorization: string | undefined, origin: string | undefined, address: string,
): Promise<Account> {
  const now = Date.now();
  sb.guard.checkAuth(address, now);
  // Tokens stay on the host site's server (its backend-for-frontend); a page never holds one.
  if (origin) throw new ApiError(403, 'account_token_in_browser');
  const value = bearer(authorization);
  const invalid = () => {
    sb.guard.failAuth(address, now);
    return value
      ? new ApiError(401, 'account_token_invalid', {}, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' })
      : new ApiError(401, 'account_token_missing', {}, undefined, { 'www-authenticate': 'Bearer' });
  };
  if (!value) throw invalid();
  const provider = await identityProvider(sb);
  // Found even when expired, to tell "expired" (refresh) from "invalid" (log in again).
  const token = await provider.AccessToken.find(value, { ignoreExpiration: true });
  if (!token?.accountId || !token.grantId) throw invalid();
  if (token.isExpired) {
    throw new ApiError(401, 'account_token_expired', {}, undefined, {
      'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"',
    });
  }
  const grant = await provider.Grant.find(token.grantId);
  if (!grant || grant.clientId !== token.clientId || grant.accountId !== token.accountId) throw invalid();
  const persona = findPersona(token.accountId);
  if (!persona) throw invalid();
  const account: Account = { sub: persona.sub, clientId: token.clientId!, scopes: new Set(token.scopes), persona };
  requireScope(account, 'openid');
  return account;
}

/**
 * Whose account a `Dvc-Account` token speaks for, to scope an idempotency key by it: the same
 * citizen's retry with a refreshed token replays the first answer, another citizen's request with
 * the same key and body does not. An unknown token stands for itself (its hash).
 */
export async function accountOfToken(sb: Sandbox, token: string): Promise<string> {
  const found = await (await identityProvider(sb)).AccessToken.find(token, { ignoreExpiration: true });
  return found?.accountId ? `sub:${found.accountId}` : `token:${createHash('sha256').update(token).digest('hex')}`;
}

/** Refuses a token without `scope` (403, as RFC 6750's insufficient_scope). */
export function requireScope(account: Account, scope: string): void {
  if (account.scopes.has(scope)) return;
  throw new ApiError(403, 'account_scope_missing', { scope }, undefined, {
    'www-authenticate': `Bearer error="insufficient_scope", scope="${scope}"`,
  });
}

/**
 * The account a dossier is submitted for (`Dvc-Account` beside the integrator's key): its token must
 * have been issued to an OIDC client the key is bound to (its `oidcClients`: the site's own login),
 * carry `vn_dossiers` and `vn_identity`, and the applicant must be its holder (a citizen's CCCD, a
 * business's tax code). Wrong tokens count against the calling client (its key and address).
 */
export async function submittingAccount(
  sb: Sandbox, key: ApiKey | null, token: string, origin: string | undefined, client: string, applicant: Applicant, locale: Locale,
): Promise<Account> {
  // A publishable key is public: with it, a token alone would speak for the citizen. Only a site's
  // server, with its secret key, submits for an account.
  if (key?.kind !== 'secret') throw new ApiError(403, 'account_needs_secret_key');
  const account = await authenticateAccount(sb, `Bearer ${token}`, origin, client);
  requireOidcClient(key, account.clientId);
  requireScope(account, ACCOUNT_API_SCOPE);
  requireScope(account, 'vn_identity');
  const { persona } = account;
  const sameType = (applicant.type === 'citizen') === (persona.type === 'citizen');
  if (!sameType || applicant.idNumber !== accountIdNumber(persona)) {
    throw fieldError(locale, [{ path: ['applicant', 'idNumber'], code: 'applicant.not_account_holder' }]);
  }
  // The name is the identity's too: a dossier tied to an account never carries another name (spaces and
  // letter case aside, as people type them; Vietnamese letters compared in their composed form).
  const same = (x: string) => x.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  if (same(applicant.fullName) !== same(persona.claims.name)) {
    throw fieldError(locale, [{ path: ['applicant', 'fullName'], code: 'applicant.name_not_account' }]);
  }
  // A date of birth sent for an account is the identity's (the form shows it read-only from there).
  if (applicant.birthDate !== undefined && applicant.birthDate !== persona.claims.birthdate) {
    throw fieldError(locale, [{ path: ['applicant', 'birthDate'], code: 'applicant.birth_date_not_account' }]);
  }
  return account;
}
