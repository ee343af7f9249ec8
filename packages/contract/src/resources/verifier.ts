import * as z from 'zod/mini';

/**
 * The phone number given at submission proves a caller may read or change the dossier or petition.
 * Codes are not secret; what protects a dossier is the code, this verifier and the server's budgets of
 * wrong tries (per code, per client, per phone number: docs/security.md "What protects a dossier").
 */
export const verifierHeaders = z.object({
  'dvc-verifier': z.string().check(
    z.minLength(1),
    z.maxLength(40),
    z.meta({
      description: "The applicant's mobile number, sent as the Dvc-Verifier header. A wrong number and an unknown code " +
        'answer alike (404) and count against budgets (the sandbox: 5 wrong numbers per code per 15 minutes, ' +
        '10 failed lookups per client per 15 minutes and per number per day; then 429 with Retry-After).',
    }),
  ),
});
