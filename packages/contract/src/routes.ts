import type * as z from 'zod/mini';
import { accountRoutes } from './resources/accounts.js';
import { attachmentRoutes } from './resources/attachments.js';
import { adminDossierStatusRoute, dossierRoutes } from './resources/dossiers.js';
import { paymentRoutes } from './resources/payments.js';
import { placeRoutes } from './resources/places.js';
import { ratingRoutes } from './resources/ratings.js';
import { adminPetitionAnswerRoute, petitionRoutes } from './resources/petitions.js';
import { serviceRoutes } from './resources/services.js';
import { statsRoutes } from './resources/stats.js';
import { syncRoutes } from './resources/sync.js';
import { healthRoute, webhookRoutes } from './resources/webhooks.js';

/**
 * What an API key may do. Publishable keys (`pk_…`, safe in a browser) carry read, submit, pay and
 * petition; secret keys (`sk_…`, servers only) carry everything: `sync` is the status sync of a
 * one-stop system (`/v1/sync/…`), for the agencies the key acts for.
 */
export type Scope = 'read' | 'submit' | 'pay' | 'petition' | 'admin' | 'webhooks' | 'sync';
export const publishableScopes: readonly Scope[] = ['read', 'submit', 'pay', 'petition'];
export const secretScopes: readonly Scope[] = ['read', 'submit', 'pay', 'petition', 'admin', 'webhooks', 'sync'];

/** The schema of a route's params, query or headers: a zod/mini object. */
export type Obj = z.ZodMiniObject;

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI-style path: `/v1/services/{code}`. */
  path: string;
  /**
   * Key scope required; `null` = no key needed; `'account'` = no key but a citizen's access token from
   * the identity provider (`Authorization: Bearer <access token>`): the account's own data.
   */
  scope: Scope | 'account' | null;
  params?: Obj;
  query?: Obj;
  headers?: Obj;
  /** JSON body schema, or `'multipart'` for a file upload. */
  body?: z.ZodMiniType | 'multipart';
  /** The largest JSON body taken, in bytes, when more than the usual 1 MiB (a batch of records). */
  maxBodyBytes?: number;
  /** POSTs that honour `Idempotency-Key` (same key + body → same response; other body → 409). */
  idempotent?: boolean;
  status: 200 | 201 | 204;
  /** JSON response schema; for `stream: true` routes, the schema of each event's data. */
  response?: z.ZodMiniType;
  stream?: boolean;
}

// Each resource's routes live in its module, beside its schemas (`serviceRoutes` in
// resources/services.ts…): a bundle that uses one resource keeps only that module, and with the
// package's `sideEffects: false` this table, which names them all, is kept only where it is used
// (the sandbox, the OpenAPI document).

/** Agency actions (secret keys). */
export const adminRoutes = { dossierStatus: adminDossierStatusRoute, petitionAnswer: adminPetitionAnswerRoute } as const;

/** Every endpoint of the portal API. The sandbox serves exactly these; the SDK calls exactly these. */
export const routes = {
  health: healthRoute,
  'services.search': serviceRoutes.search,
  'services.get': serviceRoutes.get,
  'services.sectors': serviceRoutes.sectors,
  'services.agencies': serviceRoutes.agencies,
  'places.communes': placeRoutes.communes,
  'attachments.upload': attachmentRoutes.upload,
  'dossiers.submit': dossierRoutes.submit,
  'dossiers.get': dossierRoutes.get,
  'dossiers.events': dossierRoutes.events,
  'dossiers.supplement': dossierRoutes.supplement,
  'dossiers.withdraw': dossierRoutes.withdraw,
  'dossiers.rating': ratingRoutes.get,
  'dossiers.rate': ratingRoutes.put,
  'payments.create': paymentRoutes.create,
  'payments.get': paymentRoutes.get,
  'payments.receipt': paymentRoutes.receipt,
  'petitions.submit': petitionRoutes.submit,
  'petitions.list': petitionRoutes.list,
  'petitions.categories': petitionRoutes.categories,
  'petitions.get': petitionRoutes.get,
  'stats.get': statsRoutes.get,
  'webhooks.create': webhookRoutes.create,
  'webhooks.list': webhookRoutes.list,
  'webhooks.delete': webhookRoutes.delete,
  'webhooks.rotateSecret': webhookRoutes.rotateSecret,
  'admin.dossiers.status': adminDossierStatusRoute,
  'admin.petitions.answer': adminPetitionAnswerRoute,
  'account.get': accountRoutes.get,
  'account.dossiers': accountRoutes.dossiers,
  'account.rating': ratingRoutes.account.get,
  'account.rate': ratingRoutes.account.put,
  'account.drafts.list': accountRoutes.drafts.list,
  'account.drafts.get': accountRoutes.drafts.get,
  'account.drafts.put': accountRoutes.drafts.put,
  'account.drafts.delete': accountRoutes.drafts.delete,
  'sync.push': syncRoutes.push,
  'sync.delete': syncRoutes.delete,
  'sync.changes': syncRoutes.changes,
} as const;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
/** Every route's id, in the table's order. */
export const routeIds = /* @__PURE__ */ Object.keys(routes) as RouteId[];

