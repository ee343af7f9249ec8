// Helpers for the sandbox's own tests: a fresh in-memory sandbox and a small JSON client over real HTTP.
// Other packages' tests, the examples' and the docs' reach the sandbox through this module only, as
// `@dvc-kit/sandbox/testing` (Node only; browsers take `@dvc-kit/sandbox/testing/submission`), so a
// valid submission is built in one place for all.
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from './config.js';
import { startSandbox, type RunningSandbox, type StartOptions } from './index.js';
import * as submission from './test-submission.js';

export { citizen, minimalPdf, minimalPng, type ValidSubmissionOptions } from './test-submission.js';
export { SYNC_AGENCY, syncRecord } from './test-sync.js';

export { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY };
export { testKeys, type FaultOptions, type SandboxOptions } from './config.js';
export type { Sandbox } from './context.js';
export {
  TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET, TEST_OIDC_JWT_CLIENT_ID, testOidcClientPrivateKey,
} from './simulate/idp/clients.js';
export { signWebhook } from './simulate/webhook-signature.js';
export { ALL_SCOPES, Browser, loginAs, relyingParty, TEST_REDIRECT_URI, type LoginOptions } from './test-login.js';

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

/** Uploads one small file of a type the slot takes (`accept`) and returns its attachment id. */
export const uploadFile = (url: string, accept?: readonly string[], name?: string) =>
  submission.uploadFile({ url, key: TEST_PUBLISHABLE_KEY }, accept, name);

/** A submission of `serviceCode` that the sandbox at `url` accepts: see ./test-submission.ts. */
export const validSubmission = (url: string, serviceCode?: string, options?: submission.ValidSubmissionOptions) =>
  submission.validSubmission({ url, key: TEST_PUBLISHABLE_KEY }, serviceCode, options);
