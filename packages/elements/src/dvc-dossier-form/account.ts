// The logged-in citizen's part of <dvc-dossier-form>, loaded only on pages that name the site's login
// routes (`accountUrl`): who they are (from the identity provider, through the site's server), their
// drafts kept in the account across devices, and a submission tied to their account. Every call goes
// through the site's server (`<accountUrl>/portal`), which holds the token.
import type { Account, Dossier, DossierSubmitInput, Locale } from '@dvc-kit/sdk/core';
import { account } from '@dvc-kit/sdk/account';
import { dossiers } from '@dvc-kit/sdk/dossiers';
import { isDvcError } from '@dvc-kit/sdk/core';
import { accountSession, type AccountSession } from '../shared/account.js';
import { accountConnection, csrfHeaders } from '../shared/account-portal.js';

/** The logged-in citizen as the form uses them. */
export interface Identity {
  session: AccountSession;
  me: Account;
}

/** The citizen behind the page's session, or null when no one is logged in. */
export async function loadIdentity(base: string, locale: Locale, signal: AbortSignal): Promise<Identity | null> {
  const session = await accountSession(base);
  if (!session.authenticated) return null;
  const me = await account(accountConnection(base, locale)).get({ signal });
  return { session, me };
}

/** A draft kept in the account: its data, and when the portal last saved it (its version, for this tab). */
export interface ServerDraft {
  data: Record<string, unknown>;
  updatedAt: string;
}

/**
 * The draft kept in the account under `key`, or undefined when there is none. The list is read first:
 * asking for a draft that is not there would be a 404 in the browser's console of every new form.
 */
export async function loadServerDraft(base: string, locale: Locale, key: string, signal: AbortSignal): Promise<ServerDraft | undefined> {
  const drafts = account(accountConnection(base, locale)).drafts;
  if (!(await drafts.list({ signal })).some((d) => d.key === key)) return undefined;
  try {
    const { data, updatedAt } = await drafts.get(key, { signal });
    return { data, updatedAt };
  } catch (error) {
    if (isDvcError(error) && error.status === 404) return undefined; // deleted meanwhile (another tab)
    throw error;
  }
}

/**
 * Keeps the form's draft in the account (the site's server checks the CSRF token); `keepalive` when
 * the page is going away. Resolves with the portal's time of the save.
 */
export async function saveServerDraft(
  base: string, locale: Locale, identity: Identity, key: string, serviceCode: string, data: Record<string, unknown>, keepalive = false,
): Promise<string> {
  const saved = await account(accountConnection(base, locale)).drafts.put(key, { serviceCode, data }, { headers: csrfHeaders(identity.session), retries: 0, keepalive });
  return saved.updatedAt;
}

/** Forgets the account's draft (after a submission); a draft never saved, or already gone, is fine. */
export async function deleteServerDraft(base: string, locale: Locale, identity: Identity, key: string): Promise<void> {
  const drafts = account(accountConnection(base, locale)).drafts;
  if (!(await drafts.list()).some((d) => d.key === key)) return;
  try {
    await drafts.delete(key, { headers: csrfHeaders(identity.session) });
  } catch (error) {
    if (!(isDvcError(error) && error.status === 404)) throw error;
  }
}

/** Submits through the site's server, which adds the citizen's token and its secret key: the dossier is tied to the account. */
export function submitForAccount(
  base: string, locale: Locale, identity: Identity, input: DossierSubmitInput, options: { idempotencyKey: string; signal: AbortSignal },
): Promise<Dossier> {
  return dossiers(accountConnection(base, locale)).submit(input, { ...options, headers: csrfHeaders(identity.session) });
}
