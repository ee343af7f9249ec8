import { ACCOUNT_API_SCOPE, checkMobile, draftLimits, type Account as AccountView } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { requireScope, type Account } from '../http/account.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { accountDossiers, countOtherDrafts, deleteDraft, findDraft, listDrafts, saveDraft, type DraftOwner } from '../store/accounts.js';
import { dropExpired } from '../simulate/idp/adapter.js';
import { mountIdentityProvider } from '../simulate/idp/mount.js';
import { decodeCursor } from '../util/cursor.js';

/**
 * The account as `GET /v1/me` shows it: each field but `sub` only with the scope that releases it
 * (the account's type and identity level too: `vn_identity`).
 */
function toAccount({ persona, scopes }: Account): AccountView {
  const c = persona.claims;
  const profile = scopes.has('profile');
  const identity = scopes.has('vn_identity');
  const phone = scopes.has('phone') ? checkMobile(c.phone_number) : null;
  return {
    sub: persona.sub,
    type: identity ? persona.type : null,
    identityLevel: identity ? persona.level : null,
    name: profile ? c.name : null,
    givenName: profile ? (c.given_name ?? null) : null,
    familyName: profile ? (c.family_name ?? null) : null,
    birthDate: profile ? (c.birthdate ?? null) : null,
    idNumber: identity ? (c.vn_id_number ?? null) : null,
    taxCode: identity ? (c.vn_tax_code ?? null) : null,
    phone: phone?.ok ? phone.value : null,
    address: scopes.has('address') ? c.address.formatted : null,
    scopes: [...scopes],
  };
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** Whose drafts a request reaches: the account's on the site (OIDC client) its token was issued to. */
function drafter(account: Account): DraftOwner {
  requireScope(account, ACCOUNT_API_SCOPE);
  return { sub: account.sub, clientId: account.clientId };
}

/** The logged-in account's routes (`/v1/me…`), and the identity provider that logs it in (`/oidc`). */
export const accountsModule: Module = {
  handlers: {
    'account.get': ({ account }) => toAccount(account!),

    'account.dossiers': ({ account, query, sb, locale }) => {
      requireScope(account!, ACCOUNT_API_SCOPE);
      // The list is found by the account's CCCD or tax code: the identity scope too.
      requireScope(account!, 'vn_identity');
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      if (query.cursor !== undefined && !after) throw fieldError(locale, [{ path: ['cursor'], code: 'invalid_format' }]);
      return accountDossiers(sb, account!.persona, query.limit, after);
    },

    // Drafts are the account's on one site: kept per (account, OIDC client), read with vn_dossiers.
    'account.drafts.list': ({ account, sb }) => ({ data: listDrafts(sb, drafter(account!)) }),

    'account.drafts.get': ({ account, params, sb }) => {
      const draft = findDraft(sb, drafter(account!), params.key);
      if (!draft) throw new ApiError(404, 'draft_not_found', { key: params.key });
      return draft;
    },

    'account.drafts.put': ({ account, params, body, sb }) => {
      const owner = drafter(account!);
      const data = JSON.stringify(body.data);
      if (Buffer.byteLength(data) > draftLimits.maxBytes) throw new ApiError(413, 'draft_too_large', { limit: kib(draftLimits.maxBytes) });
      if (countOtherDrafts(sb, owner, params.key) >= draftLimits.maxDrafts) {
        throw new ApiError(409, 'too_many_drafts', { limit: draftLimits.maxDrafts });
      }
      return saveDraft(sb, owner, params.key, body.serviceCode ?? null, data);
    },

    'account.drafts.delete': ({ account, params, sb }) => {
      if (!deleteDraft(sb, drafter(account!), params.key)) throw new ApiError(404, 'draft_not_found', { key: params.key });
    },
  },
  mount: mountIdentityProvider,
  tick: dropExpired,
};
