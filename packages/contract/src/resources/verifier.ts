import * as z from 'zod/mini';

/** The phone number given at submission proves a caller may read or change the dossier. */
export const verifierHeaders = z.object({
  'dvc-verifier': z.string().check(
    z.minLength(1),
    z.maxLength(40),
    z.meta({ description: "The applicant's mobile number, sent as the Dvc-Verifier header" }),
  ),
});
