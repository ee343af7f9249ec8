import * as z from 'zod/mini';

/**
 * A submission made for a logged-in citizen carries the citizen's access token beside the
 * integrator's key: the dossier is then tied to the account (`GET /v1/me/dossiers`). Sent by the
 * integrator's server (its backend-for-frontend), never by a page: tokens stay on servers.
 */
export const accountHeaders = z.object({
  'dvc-account': z.optional(z.string().check(
    z.minLength(1),
    z.maxLength(4096),
    z.meta({
      description: "The logged-in citizen's access token (from the identity provider), sent as the Dvc-Account header "
        + 'by the integrator\'s server beside its own secret key (a publishable key gets 403 account_needs_secret_key): the dossier is tied to that account and its applicant must be '
        + "the account's holder (same CCCD, or tax code for a business). Needs the vn_dossiers and vn_identity scopes (403 account_scope_missing), "
        + 'and a token issued to one of the OIDC clients the key is bound to (403 account_client_not_allowed).',
    }),
  )),
});
