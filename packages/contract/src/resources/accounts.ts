import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { cursor, dateTime, limit, map, page, vnd } from './common.js';
import { dossierStatus, supplementState } from './dossiers.js';
import { channel, procedureCode, ref } from './services.js';

/**
 * The portal API's own scope ("xem và nộp hồ sơ của ông/bà trên Cổng"): the account's dossiers
 * (`GET /v1/me/dossiers`), its drafts, and submitting for it (`Dvc-Account`) need it. It releases no
 * claim; a token granted only to log in to a site (`openid`) reads nothing of the portal.
 */
export const ACCOUNT_API_SCOPE = 'vn_dossiers';

/**
 * A citizen's or a business's own data, read with an access token of the identity provider (VNeID
 * through the portal's single sign-on; the sandbox's test provider) instead of an API key. What
 * each field needs is the scope the citizen granted at login: `profile` (names, date of birth),
 * `phone`, `address`, `vn_identity` (CCCD or tax code, identity level, account type).
 */

export const accountType = z.enum(['citizen', 'business']);
export type AccountType = z.infer<typeof accountType>;

/** Identity levels of VNeID: 1 registered online, 2 verified in person (some procedures need it). */
export const identityLevel = z.int().check(
  z.gte(1),
  z.lte(2),
  z.meta({ description: 'VNeID identity level: 1 (registered online) or 2 (verified in person; `acr` LoA2)' }),
);

export const account = z.object({
  sub: z.string().check(z.meta({ description: "The identity provider's stable subject identifier of the account" })),
  type: z.nullable(accountType).check(z.meta({ description: 'citizen or business; scope vn_identity (null without it)' })),
  identityLevel: z.nullable(identityLevel).check(z.meta({
    description: 'VNeID identity level: 1 (registered online) or 2 (verified in person; `acr` LoA2); scope vn_identity (null without it)',
  })),
  name: z.nullable(z.string()).check(z.meta({ description: 'Full name (a business: its name); scope profile' })),
  givenName: z.nullable(z.string()).check(z.meta({ description: 'scope profile' })),
  familyName: z.nullable(z.string()).check(z.meta({ description: 'scope profile' })),
  birthDate: z.nullable(z.iso.date()).check(z.meta({ description: 'yyyy-mm-dd; scope profile' })),
  idNumber: z.nullable(z.string()).check(z.meta({ description: 'CCCD number (12 digits) of a citizen; scope vn_identity' })),
  taxCode: z.nullable(z.string()).check(z.meta({ description: 'Tax code (MST) of a business; scope vn_identity' })),
  phone: z.nullable(z.string()).check(z.meta({ description: 'Mobile number as 0XXXXXXXXX; scope phone' })),
  address: z.nullable(z.string()).check(z.meta({ description: 'Address written out; scope address' })),
  scopes: z.array(z.string()).check(z.meta({ description: 'The scopes the access token carries' })),
});
export type Account = z.infer<typeof account>;

/** One of the account's dossiers, as a list shows it: what it is, where it stands, what it owes. */
export const accountDossier = z.object({
  code: z.string(),
  service: ref,
  agency: ref,
  channel,
  status: dossierStatus,
  submittedAt: dateTime,
  dueAt: z.nullable(dateTime),
  completedAt: z.nullable(dateTime),
  fees: z.object({ total: vnd, paid: vnd, due: vnd }),
  supplement: z.nullable(z.object({ state: supplementState, deadline: dateTime })),
  link: z.enum(['account', 'identity']).check(z.meta({
    description: '`account`: submitted while logged in (Dvc-Account); `identity`: its applicant has the account\'s CCCD or '
      + 'tax code (submitted without logging in, at a desk, or synced from a one-stop system)',
  })),
});
export type AccountDossier = z.infer<typeof accountDossier>;

export const accountDossierQuery = z.object({
  limit: limit(20, 100),
  cursor: z.optional(cursor),
});
export const accountDossierList = page(accountDossier);

/** How much a draft may hold and how many an account may keep. */
export const draftLimits = { maxBytes: 64 * 1024, maxDrafts: 20 } as const;

export const draftKey = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/),
  z.meta({ description: "The draft's name, chosen by the client (the procedure code is a good one)", example: '1.001193' }),
);
export const draftParams = z.object({ key: draftKey });

export const draftInput = z.object({
  serviceCode: z.optional(procedureCode),
  data: map(z.unknown()).check(z.meta({ description: 'The form as the client keeps it: any JSON object of at most 64 KiB' })),
});
export type DraftInput = z.input<typeof draftInput>;

const draftFields = {
  key: z.string(),
  serviceCode: z.nullable(z.string()),
  size: z.int().check(z.gte(0), z.meta({ description: 'Bytes of `data` as JSON' })),
  updatedAt: dateTime,
};
export const draftSummary = z.object(draftFields);
export type DraftSummary = z.infer<typeof draftSummary>;
export const draft = z.object({ ...draftFields, data: map(z.unknown()) });
export type Draft = z.infer<typeof draft>;
export const draftList = z.object({ data: z.array(draftSummary) });

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const accountGet = {
  method: 'GET', path: '/v1/me', scope: 'account', status: 200, response: account,
} as const satisfies RouteDef;

const accountDossiers = {
  method: 'GET', path: '/v1/me/dossiers', scope: 'account',
  query: accountDossierQuery, status: 200, response: accountDossierList,
} as const satisfies RouteDef;

const draftsList = {
  method: 'GET', path: '/v1/me/drafts', scope: 'account', status: 200, response: draftList,
} as const satisfies RouteDef;

const draftsGet = {
  method: 'GET', path: '/v1/me/drafts/{key}', scope: 'account', params: draftParams, status: 200, response: draft,
} as const satisfies RouteDef;

const draftsPut = {
  method: 'PUT', path: '/v1/me/drafts/{key}', scope: 'account', params: draftParams,
  body: draftInput, status: 200, response: draft,
} as const satisfies RouteDef;

const draftsDelete = {
  method: 'DELETE', path: '/v1/me/drafts/{key}', scope: 'account', params: draftParams, status: 204,
} as const satisfies RouteDef;

/** The logged-in account: who it is, its dossiers, its drafts (kept across devices). */
export const accountRoutes = {
  get: accountGet, dossiers: accountDossiers,
  drafts: { list: draftsList, get: draftsGet, put: draftsPut, delete: draftsDelete },
} as const;
