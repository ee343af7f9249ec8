// Helpers shared by the SDK's Node tests: an in-memory sandbox over real HTTP and SDK clients bound to it.
import { after, before } from 'node:test';
import type { CheckedFormData, DossierSubmitInput, FormData as FormAnswers, SyncDossierRecordInput } from '@dvc-kit/contract';
import type { FaultOptions, Sandbox, SandboxOptions } from '@dvc-kit/sandbox/testing';
import { createClient, type DvcClient } from './client.js';
import type { ClientOptions } from './http.js';

export { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from '@dvc-kit/sandbox/testing';
export {
  TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET, TEST_OIDC_JWT_CLIENT_ID, testOidcClientPrivateKey,
} from '@dvc-kit/sandbox/testing';
import { TEST_PUBLISHABLE_KEY } from '@dvc-kit/sandbox/testing';

/** A started sandbox (the shape of `@dvc-kit/sandbox`'s `RunningSandbox`). */
export interface RunningSandbox {
  url: string;
  /** Shared state: `options` (mutable: e.g. `options.faults`), `events`, `db`, `keys`. */
  sandbox: Sandbox;
  /** Runs the simulation once now (status steps, answers, expiries, webhook deliveries). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** Options of a test sandbox (the shape of `@dvc-kit/sandbox`'s `StartOptions`). */
export type StartOptions = Partial<Omit<SandboxOptions, 'faults'>> & { faults?: Partial<FaultOptions>; now?: () => Date };

/** What the sandbox's raw JSON client answers. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}
export interface RawCallOptions {
  key?: string | null;
  locale?: string;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  verifier?: string;
}
export interface RawClient {
  get(path: string, options?: RawCallOptions): Promise<Reply>;
  post(path: string, body?: unknown, options?: RawCallOptions): Promise<Reply>;
  delete(path: string, options?: RawCallOptions): Promise<Reply>;
  call(method: string, path: string, body?: unknown, options?: RawCallOptions): Promise<Reply>;
}

/** The sandbox's test browser: a cookie jar that follows redirects on the sandbox's origin (`test-login.ts`). */
export interface TestBrowser {
  readonly cookies: Map<string, string>;
  request(url: string, init?: RequestInit): Promise<Response>;
  go(url: string, init?: RequestInit): Promise<{ response: Response; location: string | null }>;
  submit(url: string, fields: Record<string, string>): Promise<{ response: Response; location: string | null }>;
}

interface SandboxSupport {
  Browser: new (origin: string) => TestBrowser;
  /** Logs in with openid-client as the test client (`dvc-kit-local`) and returns its tokens (`scope`: space-separated). */
  loginAs(url: string, persona?: string, options?: { scope?: string; params?: Record<string, string> }): Promise<{ tokens: { id_token?: string; access_token: string } }>;
  testSandbox(options?: StartOptions): Promise<RunningSandbox>;
  client(url: string, defaults?: RawCallOptions): RawClient;
  citizen: { type: 'citizen'; fullName: string; idNumber: string; phone: string };
  submitDossier(url: string, input?: Record<string, unknown>): Promise<{ code: string; status: string; fees: { total: number } } & Record<string, any>>;
  moveDossier(url: string, code: string, status?: string, note?: string): Promise<Reply>;
  minimalPdf(): Uint8Array;
  minimalPng(): Uint8Array;
  uploadFile(url: string, accept?: readonly string[], name?: string): Promise<string>;
  validSubmission(
    url: string, serviceCode?: string,
    options?: { province?: string; formData?: FormAnswers; applicant?: DossierSubmitInput['applicant'] },
  ): Promise<DossierSubmitInput & { serviceCode: string; formData: CheckedFormData; documents: Record<string, string[]> }>;
  SYNC_AGENCY: string;
  syncRecord(n?: number, overrides?: Partial<SyncDossierRecordInput>): SyncDossierRecordInput;
}

// The sandbox's server module does not typecheck under the SDK's DOM lib settings, so it is loaded
// out of TypeScript's sight (a non-literal specifier) and typed by the interface above.
const supportModule = '@dvc-kit/sandbox/testing';
const support = (await import(supportModule)) as SandboxSupport;

/** Starts an in-memory sandbox on a free loopback port (schedule and petition answers off unless asked). */
export const testSandbox: SandboxSupport['testSandbox'] = support.testSandbox;
/** A plain JSON client of a sandbox over HTTP (`key: TEST_SECRET_KEY` for admin and webhook routes). */
export const rawClient: SandboxSupport['client'] = support.client;
/** The sandbox's test browser (persona page, provider redirects; see {@link TestBrowser}). */
export const Browser: SandboxSupport['Browser'] = support.Browser;
/** A whole login at the sandbox's provider with openid-client as the test client (`dvc-kit-local`). */
export const loginAs: SandboxSupport['loginAs'] = support.loginAs;
/** A valid citizen applicant (phone `0912345678`). */
export const citizen: SandboxSupport['citizen'] = support.citizen;
/** Submits a valid birth-registration dossier in Thanh Hóa over raw HTTP and returns it. */
export const submitDossier: SandboxSupport['submitDossier'] = support.submitDossier;
/** Moves a dossier through the admin route (secret key). */
export const moveDossier: SandboxSupport['moveDossier'] = support.moveDossier;
/** The bytes of a tiny valid PDF. */
export const minimalPdf: SandboxSupport['minimalPdf'] = support.minimalPdf;
/** The bytes of a 1×1 PNG. */
export const minimalPng: SandboxSupport['minimalPng'] = support.minimalPng;
/** Uploads one small file of a type the slot takes (`accept`) and returns its attachment id. */
export const uploadFile: SandboxSupport['uploadFile'] = support.uploadFile;
/**
 * A submission the sandbox accepts (the sandbox's own helper): sample answers to the procedure's form,
 * one uploaded file per required document slot, the receiving commune when the procedure needs one.
 */
export const validSubmission: SandboxSupport['validSubmission'] = support.validSubmission;
/** The agency of {@link syncRecord} (`000.00.01.H56`). */
export const SYNC_AGENCY: SandboxSupport['SYNC_AGENCY'] = support.SYNC_AGENCY;
/** A valid sync record of dossier number `n` of {@link SYNC_AGENCY}, version 1 (the sandbox's own helper). */
export const syncRecord: SandboxSupport['syncRecord'] = support.syncRecord;

export interface SandboxHandle {
  /** Base URL of the sandbox (once the `before` hook ran). */
  readonly url: string;
  /** The running sandbox (its options, events, `tick()`). */
  readonly sandbox: RunningSandbox;
  /** An SDK client of this sandbox: publishable test key, default locale, unless overridden. */
  client(overrides?: Partial<ClientOptions>): DvcClient;
}

/**
 * Starts an in-memory sandbox before the tests of the enclosing `describe` (or file) and closes it
 * after them. Read the handle's properties inside tests and hooks only.
 */
export function withSandbox(options: StartOptions = {}): SandboxHandle {
  let running: RunningSandbox | undefined;
  before(async () => {
    running = await testSandbox(options);
  });
  after(async () => {
    await running?.close();
  });
  const get = () => {
    if (!running) throw new Error('withSandbox: the sandbox is not running (use the handle inside tests or hooks)');
    return running;
  };
  return {
    get url() {
      return get().url;
    },
    get sandbox() {
      return get();
    },
    client(overrides = {}) {
      return createClient({ baseUrl: get().url, key: TEST_PUBLISHABLE_KEY, ...overrides });
    },
  };
}

/** A request seen by {@link recordingFetch}. */
export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  /** When it was sent (`performance.now()`, ms). */
  at: number;
}

/**
 * A `fetch` that records every request (method, URL, headers, time) and then passes it on to the
 * global `fetch`, or to `inner` (to rewrite, delay or fail responses).
 */
export function recordingFetch(inner: typeof fetch = (request) => globalThis.fetch(request)) {
  const requests: Recorded[] = [];
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({ method: request.method, url: request.url, headers: new Headers(request.headers), at: performance.now() });
    return inner(request);
  }) as typeof fetch;
  return { fetch: f, requests };
}

/** Awaits `promise`, expecting a rejection, and returns the reason (throws if it resolved). */
export async function rejection(promise: PromiseLike<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
