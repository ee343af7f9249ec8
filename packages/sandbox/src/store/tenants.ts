/**
 * Tenants apart (issue 16): which agencies an API key acts for, who owns what the sandbox records,
 * and who may hear of it. Admin routes check `requireActsFor`; webhook delivery asks `mayHear`.
 *
 * - Every dossier, payment and petition records the key it was made with (`key`; NULL for seeded
 *   rows) and has an agency: a dossier's is the agency it was submitted to (also the first part of its
 *   code), a payment's is its dossier's, a petition's is the agency of the procedure it is about, or
 *   the Government Office when it names none (`PETITION_DEFAULT_AGENCY`).
 * - A key acts for the agencies its `agencies` patterns match (see `ApiKey.agencies`).
 * - A webhook of key K hears of a record made with K, or of one whose agency K acts for.
 */
import type { ApiKey } from '../config.js';
import { ApiError } from '../errors.js';

/** Who an event or a record belongs to: the key that made it (null: seeded) and its agency. */
export interface Owner {
  key: string | null;
  agency: string | null;
}

/**
 * The agency of petitions that name no procedure (or a national record carried out locally): the
 * Government Office (Văn phòng Chính phủ), which runs the national petition system. Its code is the
 * first of the seed's fixed list of central bodies (seed/load.ts).
 */
export const PETITION_DEFAULT_AGENCY = '000.00.00.G01';

const compiled = new Map<string, RegExp>();

/** Whether agency `code` matches `pattern`: `*` matches any characters (`*` alone: every agency). */
export function agencyMatches(pattern: string, code: string): boolean {
  if (pattern === '*') return true;
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    compiled.set(pattern, re);
  }
  return re.test(code);
}

/** Whether `key` acts for `agency` (never for an unknown one). */
export const actsFor = (key: Pick<ApiKey, 'agencies'>, agency: string | null): boolean =>
  agency !== null && (key.agencies ?? []).some((pattern) => agencyMatches(pattern, agency));

/** A key that acts for no agency cannot use agency (admin) routes at all: `403 no_agencies`. */
export function requireAgencies(key: Pick<ApiKey, 'agencies'>): void {
  if (!key.agencies?.length) throw new ApiError(403, 'no_agencies');
}

/** `403 agency_not_allowed` naming `agency` unless `key` acts for it (`no_agencies` if it acts for none). */
export function requireActsFor(key: Pick<ApiKey, 'agencies'>, agency: string): void {
  requireAgencies(key);
  if (!actsFor(key, agency)) throw new ApiError(403, 'agency_not_allowed', { agency });
}

/**
 * `403 account_client_not_allowed` unless `key` is bound to the OIDC client an account token was
 * issued to (its `oidcClients`): a site's key submits only with its own login's tokens.
 */
export function requireOidcClient(key: Pick<ApiKey, 'oidcClients'>, clientId: string): void {
  if (!(key.oidcClients ?? []).includes(clientId)) throw new ApiError(403, 'account_client_not_allowed', { client: clientId });
}

/** The agency a dossier code names: `{agency}-{yyMMdd}-{NNNN}` → `{agency}`. */
export const agencyOfDossierCode = (code: string): string => code.slice(0, Math.max(0, code.indexOf('-')));

/** Whether a webhook registered with `hookKey` may receive an event owned by `owner`. */
export function mayHear(keys: ReadonlyMap<string, ApiKey>, hookKey: string, owner: Owner): boolean {
  if (owner.key !== null && owner.key === hookKey) return true;
  const key = keys.get(hookKey);
  return key !== undefined && actsFor(key, owner.agency);
}
