// Helpers for the sandbox's own tests: a fresh in-memory sandbox and a small JSON client over real HTTP.
// The SDK's Node tests load this module too (packages/sdk/src/test-support.ts), so a valid submission
// is built in one place for both.
import { isShown, sampleFormData, type DossierSubmitInput, type FormData as FormAnswers, type ServiceDetail } from '@dvc-kit/contract';
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from './config.js';
import { startSandbox, type RunningSandbox, type StartOptions } from './index.js';

export { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY };

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Starts an in-memory sandbox on a free loopback port with the schedule off unless asked. */
export function testSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, host: '127.0.0.1', memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, ...options });
}

export interface CallOptions {
  key?: string | null;
  locale?: string;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  verifier?: string;
}

/** A JSON client bound to one sandbox; every call goes over HTTP. */
export function client(url: string, defaults: CallOptions = {}) {
  const call = async (method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<Reply> => {
    const o = { ...defaults, ...options, headers: { ...defaults.headers, ...options.headers } };
    const headers: Record<string, string> = { ...o.headers };
    const key = o.key === undefined ? TEST_PUBLISHABLE_KEY : o.key;
    if (key) headers.authorization = `Bearer ${key}`;
    if (o.locale) headers['accept-language'] = o.locale;
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (o.verifier) headers['dvc-verifier'] = o.verifier;
    let payload: RequestInit['body'];
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(url + path, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text;
    if (/json/.test(response.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    get: (path: string, options?: CallOptions) => call('GET', path, undefined, options),
    post: (path: string, body?: unknown, options?: CallOptions) => call('POST', path, body, options),
    delete: (path: string, options?: CallOptions) => call('DELETE', path, undefined, options),
    call,
  };
}

export const citizen = {
  type: 'citizen' as const,
  fullName: 'Nguyễn Thị Mai',
  idNumber: '038195012345',
  phone: '0912345678',
};

/**
 * Submits a valid dossier (see {@link validSubmission}) for `serviceCode` (default: birth registration
 * in Thanh Hóa) and returns it. `input` replaces parts of the submission (`note`, `applicant`…).
 */
export async function submitDossier(url: string, input: Record<string, unknown> = {}) {
  const serviceCode = (input.serviceCode as string | undefined) ?? '1.001193';
  const province = (input.province as string | undefined) ?? '38';
  const reply = await client(url).post('/v1/dossiers', { ...(await validSubmission(url, serviceCode, { province })), ...input });
  if (reply.status !== 201) throw new Error(`submit failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { code: string; status: string; fees: { total: number } } & Record<string, any>;
}

/** Moves a dossier through the admin route (secret key). */
export async function moveDossier(url: string, code: string, status?: string, note?: string) {
  return client(url, { key: TEST_SECRET_KEY }).post(`/v1/admin/dossiers/${code}/status`, { ...(status ? { status } : {}), ...(note ? { note } : {}) });
}

export const minimalPdf = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The bytes of a 1×1 PNG (for slots that take photos only, such as a portrait). */
export const minimalPng = () =>
  Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** Uploads one small file (a PDF, or a PNG when the slot takes no PDF) and returns its attachment id. */
export async function uploadFile(url: string, accept: readonly string[] = ['pdf'], name = 'giay-to'): Promise<string> {
  const form = new FormData();
  if (accept.includes('pdf')) form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), `${name}.pdf`);
  else form.append('file', new Blob([minimalPng()], { type: 'image/png' }), `${name}.png`);
  const reply = await client(url).post('/v1/attachments', form);
  if (reply.status !== 201) throw new Error(`upload failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id as string;
}

export interface ValidSubmissionOptions {
  /** The province it is submitted in (default `38`, Thanh Hóa); ignored for central procedures. */
  province?: string;
  /** Answers that replace the sample ones (and so which conditional fields and documents apply). */
  formData?: FormAnswers;
  applicant?: DossierSubmitInput['applicant'];
}

/**
 * A submission of `serviceCode` that the sandbox accepts, built as a client builds it: the
 * procedure's detail over HTTP, sample answers to its form (`sampleFormData`, with `formData`
 * replacing some), one uploaded file per required document slot that applies to those answers,
 * and for a commune-level procedure the first commune of the province (GET /v1/provinces/{code}/communes).
 */
export async function validSubmission(url: string, serviceCode = '1.001193', options: ValidSubmissionOptions = {}) {
  const api = client(url);
  const detail = await api.get(`/v1/services/${serviceCode}`);
  if (detail.status !== 200) throw new Error(`no procedure ${serviceCode}: ${detail.status}`);
  const service = detail.body as ServiceDetail;
  const province = service.level === 'central' ? undefined : (service.province?.code ?? options.province ?? '38');
  const formData = sampleFormData(service.form, options.formData);
  const documents: Record<string, string[]> = {};
  for (const doc of service.documents) {
    if (doc.required && isShown(doc, formData)) documents[doc.key] = [await uploadFile(url, doc.accept, doc.key)];
  }
  let commune: string | undefined;
  if (service.level === 'commune' && province) {
    const communes = await api.get(`/v1/provinces/${province}/communes`);
    commune = communes.body.data[0].code as string;
  }
  return {
    serviceCode,
    ...(province ? { province } : {}),
    ...(commune ? { commune } : {}),
    applicant: options.applicant ?? citizen,
    formData,
    documents,
  } satisfies DossierSubmitInput;
}
