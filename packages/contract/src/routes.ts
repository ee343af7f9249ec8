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

type Obj = z.ZodMiniObject;

export interface RouteDef {
  method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI-style path: `/v1/services/{code}`. */
  path: string;
  summary: string;
  tag: 'Services' | 'Dossiers' | 'Attachments' | 'Payments' | 'Petitions' | 'Stats' | 'Webhooks' | 'Admin' | 'System';
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
  /** Statuses besides the common ones (400, 401, 403, 429, 500, 503) this route may answer. */
  errors: readonly number[];
}

const route = <const R extends RouteDef>(r: R): R => r;

/** Every endpoint of the portal API. The sandbox serves exactly these; the SDK calls exactly these. */
export const routes = {
  health: route({
    method: 'GET', path: '/v1/health', summary: 'Liveness check', tag: 'System', scope: null,
    status: 200, response: health, errors: [],
  }),
  'services.search': route({
    method: 'GET', path: '/v1/services', tag: 'Services', scope: 'read',
    summary: 'Search procedures (diacritics-insensitive, prefix-matching) with filters, facets and cursor pagination',
    query: serviceSearchQuery, status: 200, response: serviceSearchResult, errors: [],
  }),
  'services.get': route({
    method: 'GET', path: '/v1/services/{code}', tag: 'Services', scope: 'read',
    summary: 'A procedure in full; an old code answers with the procedure that replaced it',
    params: serviceCodeParams, status: 200, response: serviceDetail, errors: [404],
  }),
  'services.sectors': route({
    method: 'GET', path: '/v1/sectors', tag: 'Services', scope: 'read', summary: 'Sectors (lĩnh vực)',
    status: 200, response: sectorList, errors: [],
  }),
  'services.agencies': route({
    method: 'GET', path: '/v1/agencies', tag: 'Services', scope: 'read', summary: 'Implementing agencies',
    query: agencyQuery, status: 200, response: agencyList, errors: [],
  }),
  'attachments.upload': route({
    method: 'POST', path: '/v1/attachments', tag: 'Attachments', scope: 'submit', idempotent: true,
    summary: 'Upload a file (multipart field "file"; PDF, JPEG, PNG, DOCX, XLSX; ≤ 10 MB)',
    body: 'multipart', status: 201, response: attachment, errors: [413, 415],
  }),
  'dossiers.submit': route({
    method: 'POST', path: '/v1/dossiers', tag: 'Dossiers', scope: 'submit', idempotent: true,
    summary: 'Submit a dossier', body: dossierSubmitInput, status: 201, response: dossier, errors: [404, 409, 422],
  }),
  'dossiers.get': route({
    method: 'GET', path: '/v1/dossiers/{code}', tag: 'Dossiers', scope: 'read',
    summary: "A dossier with its history; needs the applicant's phone as Dvc-Verifier",
    params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossier, errors: [404],
  }),
  'dossiers.events': route({
    method: 'GET', path: '/v1/dossiers/{code}/events', tag: 'Dossiers', scope: 'read',
    summary: 'Server-Sent Events of status changes (event "status"; honours Last-Event-ID)',
    params: dossierCodeParams, headers: verifierHeaders, status: 200, response: dossierEvent, stream: true,
    errors: [404],
  }),
  'dossiers.supplement': route({
    method: 'POST', path: '/v1/dossiers/{code}/supplement', tag: 'Dossiers', scope: 'submit', idempotent: true,
    summary: 'Send the supplement the agency asked for', params: dossierCodeParams, headers: verifierHeaders,
    body: dossierSupplementInput, status: 200, response: dossier, errors: [404, 409],
  }),
  'dossiers.withdraw': route({
    method: 'POST', path: '/v1/dossiers/{code}/withdraw', tag: 'Dossiers', scope: 'submit', idempotent: true,
    summary: 'Withdraw a dossier that has no result yet', params: dossierCodeParams, headers: verifierHeaders,
    body: dossierWithdrawInput, status: 200, response: dossier, errors: [404, 409],
  }),
  'payments.create': route({
    method: 'POST', path: '/v1/payments', tag: 'Payments', scope: 'pay', idempotent: true,
    summary: "Start paying a dossier's fees; redirect the citizen to checkoutUrl",
    headers: verifierHeaders, body: paymentCreateInput, status: 201, response: payment, errors: [404, 409],
  }),
  'payments.get': route({
    method: 'GET', path: '/v1/payments/{id}', tag: 'Payments', scope: 'pay', summary: 'A payment and its state',
    params: paymentIdParams, status: 200, response: payment, errors: [404],
  }),
  'payments.receipt': route({
    method: 'GET', path: '/v1/payments/{id}/receipt', tag: 'Payments', scope: 'pay',
    summary: 'The electronic receipt of a succeeded payment', params: paymentIdParams, status: 200,
    response: receipt, errors: [404, 409],
  }),
  'petitions.submit': route({
    method: 'POST', path: '/v1/petitions', tag: 'Petitions', scope: 'petition', idempotent: true,
    summary: 'Send a petition (phản ánh, kiến nghị); answers with its tracking code',
    body: petitionSubmitInput, status: 201, response: petition, errors: [409],
  }),
  'petitions.list': route({
    method: 'GET', path: '/v1/petitions', tag: 'Petitions', scope: 'read',
    summary: 'Answered petitions marked publishable, newest answer first', query: petitionListQuery,
    status: 200, response: petitionList, errors: [],
  }),
  'petitions.categories': route({
    method: 'GET', path: '/v1/petitions/categories', tag: 'Petitions', scope: 'read', summary: 'Petition categories',
    status: 200, response: petitionCategoryList, errors: [],
  }),
  'petitions.get': route({
    method: 'GET', path: '/v1/petitions/{code}', tag: 'Petitions', scope: 'petition',
    summary: "A petition and its answer; needs the sender's phone as Dvc-Verifier",
    params: petitionCodeParams, headers: verifierHeaders, status: 200, response: petition, errors: [404],
  }),
  'stats.get': route({
    method: 'GET', path: '/v1/stats', tag: 'Stats', scope: 'read',
    summary: 'Transparency figures computed from the data', query: statsQuery, status: 200, response: stats,
    errors: [],
  }),
  'webhooks.create': route({
    method: 'POST', path: '/v1/webhooks', tag: 'Webhooks', scope: 'webhooks', idempotent: true,
    summary: 'Register a URL for signed event deliveries; the secret is returned once',
    body: webhookCreateInput, status: 201, response: webhookWithSecret, errors: [409],
  }),
  'webhooks.list': route({
    method: 'GET', path: '/v1/webhooks', tag: 'Webhooks', scope: 'webhooks', summary: "This key's webhooks",
    status: 200, response: webhookList, errors: [],
  }),
  'webhooks.delete': route({
    method: 'DELETE', path: '/v1/webhooks/{id}', tag: 'Webhooks', scope: 'webhooks', summary: 'Remove a webhook',
    params: webhookIdParams, status: 204, errors: [404],
  }),
  'admin.dossiers.status': route({
    method: 'POST', path: '/v1/admin/dossiers/{code}/status', tag: 'Admin', scope: 'admin', idempotent: true,
    summary: 'Move a dossier (to a given status, or the next on the usual path) as the agency would',
    params: dossierCodeParams, body: adminDossierStatusInput, status: 200, response: dossier, errors: [404, 409],
  }),
  'admin.petitions.answer': route({
    method: 'POST', path: '/v1/admin/petitions/{code}/answer', tag: 'Admin', scope: 'admin', idempotent: true,
    summary: 'Answer a petition as the agency would', params: petitionCodeParams, body: adminPetitionAnswerInput,
    status: 200, response: petition, errors: [404, 409],
  }),
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
export const routeIds = Object.keys(routes) as RouteId[];
