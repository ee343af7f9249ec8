import * as z from 'zod/mini';
import { attachment } from './resources/attachments.js';
import {
  adminDossierStatusInput, dossier, dossierCodeParams, dossierEvent, dossierSubmitInput,
  dossierSupplementInput, dossierWithdrawInput, verifierHeaders,
} from './resources/dossiers.js';
import { payment, paymentCreateInput, paymentIdParams, receipt } from './resources/payments.js';
import {
  adminPetitionAnswerInput, petition, petitionCategoryList, petitionCodeParams, petitionList,
  petitionListQuery, petitionSubmitInput,
} from './resources/petitions.js';
import {
  agencyList, agencyQuery, sectorList, serviceCodeParams, serviceDetail, serviceSearchQuery,
  serviceSearchResult,
} from './resources/services.js';
import { stats, statsQuery } from './resources/stats.js';
import { health, webhookCreateInput, webhookIdParams, webhookList, webhookWithSecret } from './resources/webhooks.js';

/**
 * What an API key may do. Publishable keys (`pk_…`, safe in a browser) carry read, submit, pay and
 * petition; secret keys (`sk_…`, servers only) carry everything.
 */
export type Scope = 'read' | 'submit' | 'pay' | 'petition' | 'admin' | 'webhooks';
export const publishableScopes: readonly Scope[] = ['read', 'submit', 'pay', 'petition'];
export const secretScopes: readonly Scope[] = ['read', 'submit', 'pay', 'petition', 'admin', 'webhooks'];

/** The schema of a route's params, query or headers: a zod/mini object. */
export type Obj = z.ZodMiniObject;

export interface RouteDef {
  method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI-style path: `/v1/services/{code}`. */
  path: string;
  /** Key scope required; `null` = no key needed. */
  scope: Scope | null;
  params?: Obj;
  query?: Obj;
  headers?: Obj;
  /** JSON body schema, or `'multipart'` for a file upload. */
  body?: z.ZodMiniType | 'multipart';
  /** POSTs that honour `Idempotency-Key` (same key + body → same response; other body → 409). */
  idempotent?: boolean;
  status: 200 | 201 | 204;
  /** JSON response schema; for `stream: true` routes, the schema of each event's data. */
  response?: z.ZodMiniType;
  stream?: boolean;
}

// Every route is a constant of plain literals, and the groups and the table below only name them
// (no property reads, which a bundler must keep in case they run a getter). With the package's
// `sideEffects: false`, a bundle that uses only `serviceRoutes` (the SDK's `services`, a search page)
// keeps only the services schemas, not the whole API's.

/** The health check. */
export const healthRoute = {
  method: 'GET', path: '/v1/health',   scope: null,
  status: 200, response: health,
} as const satisfies RouteDef;

const servicesSearch = {
  method: 'GET', path: '/v1/services', scope: 'read',
  query: serviceSearchQuery, status: 200, response: serviceSearchResult,
} as const satisfies RouteDef;

const servicesGet = {
  method: 'GET', path: '/v1/services/{code}', scope: 'read',
  params: serviceCodeParams, status: 200, response: serviceDetail,
} as const satisfies RouteDef;

const servicesSectors = {
  method: 'GET', path: '/v1/sectors', scope: 'read',
  status: 200, response: sectorList,
} as const satisfies RouteDef;

const servicesAgencies = {
  method: 'GET', path: '/v1/agencies', scope: 'read',
  query: agencyQuery, status: 200, response: agencyList,
} as const satisfies RouteDef;

const attachmentsUpload = {
  method: 'POST', path: '/v1/attachments', scope: 'submit', idempotent: true,
  body: 'multipart', status: 201, response: attachment,
} as const satisfies RouteDef;

const dossiersSubmit = {
  method: 'POST', path: '/v1/dossiers', scope: 'submit', idempotent: true,
  body: dossierSubmitInput, status: 201, response: dossier,
} as const satisfies RouteDef;

const dossiersGet = {
  method: 'GET', path: '/v1/dossiers/{code}', scope: 'read',
  params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossier,
} as const satisfies RouteDef;

const dossiersEvents = {
  method: 'GET', path: '/v1/dossiers/{code}/events', scope: 'read',
  params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossierEvent, stream: true,
} as const satisfies RouteDef;

const dossiersSupplement = {
  method: 'POST', path: '/v1/dossiers/{code}/supplement', scope: 'submit', idempotent: true,
  params: dossierCodeParams, headers: verifierHeaders,
  body: dossierSupplementInput, status: 200, response: dossier,
} as const satisfies RouteDef;

const dossiersWithdraw = {
  method: 'POST', path: '/v1/dossiers/{code}/withdraw', scope: 'submit', idempotent: true,
  params: dossierCodeParams, headers: verifierHeaders,
  body: dossierWithdrawInput, status: 200, response: dossier,
} as const satisfies RouteDef;

const paymentsCreate = {
  method: 'POST', path: '/v1/payments', scope: 'pay', idempotent: true,
  headers: verifierHeaders, body: paymentCreateInput, status: 201, response: payment,
} as const satisfies RouteDef;

const paymentsGet = {
  method: 'GET', path: '/v1/payments/{id}', scope: 'pay',
  params: paymentIdParams, status: 200, response: payment,
} as const satisfies RouteDef;

const paymentsReceipt = {
  method: 'GET', path: '/v1/payments/{id}/receipt', scope: 'pay',
  params: paymentIdParams, status: 200,
  response: receipt,
} as const satisfies RouteDef;

const petitionsSubmit = {
  method: 'POST', path: '/v1/petitions', scope: 'petition', idempotent: true,
  body: petitionSubmitInput, status: 201, response: petition,
} as const satisfies RouteDef;

const petitionsList = {
  method: 'GET', path: '/v1/petitions', scope: 'read',
  query: petitionListQuery,
  status: 200, response: petitionList,
} as const satisfies RouteDef;

const petitionsCategories = {
  method: 'GET', path: '/v1/petitions/categories', scope: 'read',
  status: 200, response: petitionCategoryList,
} as const satisfies RouteDef;

const petitionsGet = {
  method: 'GET', path: '/v1/petitions/{code}', scope: 'petition',
  params: petitionCodeParams, headers: verifierHeaders, status: 200, response: petition,
} as const satisfies RouteDef;

const statsGet = {
  method: 'GET', path: '/v1/stats', scope: 'read',
  query: statsQuery, status: 200, response: stats,
} as const satisfies RouteDef;

const webhooksCreate = {
  method: 'POST', path: '/v1/webhooks', scope: 'webhooks', idempotent: true,
  body: webhookCreateInput, status: 201, response: webhookWithSecret,
} as const satisfies RouteDef;

const webhooksList = {
  method: 'GET', path: '/v1/webhooks', scope: 'webhooks',
  status: 200, response: webhookList,
} as const satisfies RouteDef;

const webhooksDelete = {
  method: 'DELETE', path: '/v1/webhooks/{id}', scope: 'webhooks',
  params: webhookIdParams, status: 204,
} as const satisfies RouteDef;

const adminDossiersStatus = {
  method: 'POST', path: '/v1/admin/dossiers/{code}/status', scope: 'admin', idempotent: true,
  params: dossierCodeParams, body: adminDossierStatusInput, status: 200, response: dossier,
} as const satisfies RouteDef;

const adminPetitionsAnswer = {
  method: 'POST', path: '/v1/admin/petitions/{code}/answer', scope: 'admin', idempotent: true,
  params: petitionCodeParams, body: adminPetitionAnswerInput,
  status: 200, response: petition,
} as const satisfies RouteDef;

/** Procedures: search, detail, sectors, agencies. */
export const serviceRoutes = { search: servicesSearch, get: servicesGet, sectors: servicesSectors, agencies: servicesAgencies } as const;

/** File uploads. */
export const attachmentRoutes = { upload: attachmentsUpload } as const;

/** Dossiers: submit, read, live events, supplement, withdraw. */
export const dossierRoutes = { submit: dossiersSubmit, get: dossiersGet, events: dossiersEvents, supplement: dossiersSupplement, withdraw: dossiersWithdraw } as const;

/** Payments and receipts. */
export const paymentRoutes = { create: paymentsCreate, get: paymentsGet, receipt: paymentsReceipt } as const;

/** Petitions (phản ánh, kiến nghị). */
export const petitionRoutes = { submit: petitionsSubmit, list: petitionsList, categories: petitionsCategories, get: petitionsGet } as const;

/** Transparency figures. */
export const statsRoutes = { get: statsGet } as const;

/** Webhook registrations (secret keys). */
export const webhookRoutes = { create: webhooksCreate, list: webhooksList, delete: webhooksDelete } as const;

/** Agency actions (secret keys). */
export const adminRoutes = { dossierStatus: adminDossiersStatus, petitionAnswer: adminPetitionsAnswer } as const;

/** Every endpoint of the portal API. The sandbox serves exactly these; the SDK calls exactly these. */
export const routes = {
  health: healthRoute,
  'services.search': servicesSearch,
  'services.get': servicesGet,
  'services.sectors': servicesSectors,
  'services.agencies': servicesAgencies,
  'attachments.upload': attachmentsUpload,
  'dossiers.submit': dossiersSubmit,
  'dossiers.get': dossiersGet,
  'dossiers.events': dossiersEvents,
  'dossiers.supplement': dossiersSupplement,
  'dossiers.withdraw': dossiersWithdraw,
  'payments.create': paymentsCreate,
  'payments.get': paymentsGet,
  'payments.receipt': paymentsReceipt,
  'petitions.submit': petitionsSubmit,
  'petitions.list': petitionsList,
  'petitions.categories': petitionsCategories,
  'petitions.get': petitionsGet,
  'stats.get': statsGet,
  'webhooks.create': webhooksCreate,
  'webhooks.list': webhooksList,
  'webhooks.delete': webhooksDelete,
  'admin.dossiers.status': adminDossiersStatus,
  'admin.petitions.answer': adminPetitionsAnswer,
} as const;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
/** Every route's id, in the table's order. */
export const routeIds = /* @__PURE__ */ Object.keys(routes) as RouteId[];
