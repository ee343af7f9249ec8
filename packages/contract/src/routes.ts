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

const route = <const R extends RouteDef>(r: R): R => r;

/** Every endpoint of the portal API. The sandbox serves exactly these; the SDK calls exactly these. */
export const routes = {
  health: route({
    method: 'GET', path: '/v1/health',   scope: null,
    status: 200, response: health,
  }),
  'services.search': route({
    method: 'GET', path: '/v1/services', scope: 'read',
    query: serviceSearchQuery, status: 200, response: serviceSearchResult,
  }),
  'services.get': route({
    method: 'GET', path: '/v1/services/{code}', scope: 'read',
    params: serviceCodeParams, status: 200, response: serviceDetail,
  }),
  'services.sectors': route({
    method: 'GET', path: '/v1/sectors', scope: 'read',
    status: 200, response: sectorList,
  }),
  'services.agencies': route({
    method: 'GET', path: '/v1/agencies', scope: 'read',
    query: agencyQuery, status: 200, response: agencyList,
  }),
  'attachments.upload': route({
    method: 'POST', path: '/v1/attachments', scope: 'submit', idempotent: true,
    body: 'multipart', status: 201, response: attachment,
  }),
  'dossiers.submit': route({
    method: 'POST', path: '/v1/dossiers', scope: 'submit', idempotent: true,
     body: dossierSubmitInput, status: 201, response: dossier,
  }),
  'dossiers.get': route({
    method: 'GET', path: '/v1/dossiers/{code}', scope: 'read',
    params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossier,
  }),
  'dossiers.events': route({
    method: 'GET', path: '/v1/dossiers/{code}/events', scope: 'read',
    params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossierEvent, stream: true,
  }),
  'dossiers.supplement': route({
    method: 'POST', path: '/v1/dossiers/{code}/supplement', scope: 'submit', idempotent: true,
     params: dossierCodeParams, headers: verifierHeaders,
    body: dossierSupplementInput, status: 200, response: dossier,
  }),
  'dossiers.withdraw': route({
    method: 'POST', path: '/v1/dossiers/{code}/withdraw', scope: 'submit', idempotent: true,
     params: dossierCodeParams, headers: verifierHeaders,
    body: dossierWithdrawInput, status: 200, response: dossier,
  }),
  'payments.create': route({
    method: 'POST', path: '/v1/payments', scope: 'pay', idempotent: true,
    headers: verifierHeaders, body: paymentCreateInput, status: 201, response: payment,
  }),
  'payments.get': route({
    method: 'GET', path: '/v1/payments/{id}', scope: 'pay',
    params: paymentIdParams, status: 200, response: payment,
  }),
  'payments.receipt': route({
    method: 'GET', path: '/v1/payments/{id}/receipt', scope: 'pay',
     params: paymentIdParams, status: 200,
    response: receipt,
  }),
  'petitions.submit': route({
    method: 'POST', path: '/v1/petitions', scope: 'petition', idempotent: true,
    body: petitionSubmitInput, status: 201, response: petition,
  }),
  'petitions.list': route({
    method: 'GET', path: '/v1/petitions', scope: 'read',
     query: petitionListQuery,
    status: 200, response: petitionList,
  }),
  'petitions.categories': route({
    method: 'GET', path: '/v1/petitions/categories', scope: 'read',
    status: 200, response: petitionCategoryList,
  }),
  'petitions.get': route({
    method: 'GET', path: '/v1/petitions/{code}', scope: 'petition',
    params: petitionCodeParams, headers: verifierHeaders, status: 200, response: petition,
  }),
  'stats.get': route({
    method: 'GET', path: '/v1/stats', scope: 'read',
     query: statsQuery, status: 200, response: stats,
  }),
  'webhooks.create': route({
    method: 'POST', path: '/v1/webhooks', scope: 'webhooks', idempotent: true,
    body: webhookCreateInput, status: 201, response: webhookWithSecret,
  }),
  'webhooks.list': route({
    method: 'GET', path: '/v1/webhooks', scope: 'webhooks',
    status: 200, response: webhookList,
  }),
  'webhooks.delete': route({
    method: 'DELETE', path: '/v1/webhooks/{id}', scope: 'webhooks',
    params: webhookIdParams, status: 204,
  }),
  'admin.dossiers.status': route({
    method: 'POST', path: '/v1/admin/dossiers/{code}/status', scope: 'admin', idempotent: true,
    params: dossierCodeParams, body: adminDossierStatusInput, status: 200, response: dossier,
  }),
  'admin.petitions.answer': route({
    method: 'POST', path: '/v1/admin/petitions/{code}/answer', scope: 'admin', idempotent: true,
     params: petitionCodeParams, body: adminPetitionAnswerInput,
    status: 200, response: petition,
  }),
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
export const routeIds = Object.keys(routes) as RouteId[];
