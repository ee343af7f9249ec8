/**
 * Ratings of dossiers by their applicants: by code and phone (the tracker's check, with its budgets of
 * wrong tries), or from the citizen's account. Storage and rules are store/ratings.ts.
 */
import { ACCOUNT_API_SCOPE } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { requireScope, type Account } from '../http/account.js';
import type { Module } from '../server.js';
import type { Sandbox } from '../context.js';
import { findAccountDossier } from '../store/accounts.js';
import { findDossierForVerifier } from '../store/dossiers.js';
import { dossierRating, rateDossier } from '../store/ratings.js';

/** One of the account's dossiers (as `GET /v1/me/dossiers` lists them), or 404. */
function accountDossier(sb: Sandbox, account: Account, code: string) {
  requireScope(account, ACCOUNT_API_SCOPE);
  // The account's dossiers are found by its CCCD or tax code too: the identity scope.
  requireScope(account, 'vn_identity');
  const row = findAccountDossier(sb, account.persona, code);
  if (!row) throw new ApiError(404, 'account_dossier_not_found', { code });
  return row;
}

export const ratingsModule: Module = {
  handlers: {
    'dossiers.rating': ({ params, headers, sb, client }) =>
      dossierRating(sb, findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client)),

    'dossiers.rate': ({ params, headers, body, sb, client }) =>
      rateDossier(sb, findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client), body, 'phone'),

    'account.rating': ({ params, account, sb }) => dossierRating(sb, accountDossier(sb, account!, params.code)),

    'account.rate': ({ params, body, account, sb }) => rateDossier(sb, accountDossier(sb, account!, params.code), body, 'account'),
  },
};
