// A valid submission of any procedure, built as a client builds it, for tests of every package: Node
// tests (through ./test-support.ts, `@dvc-kit/sandbox/testing`) and browser tests
// (`@dvc-kit/sandbox/testing/submission`). It uses only the contract and the platform's fetch,
// FormData and Blob, so it runs in Node and in browsers alike.
import { isShown, sampleFormData, type DossierSubmitInput, type FormData as FormAnswers, type ServiceDetail } from '@dvc-kit/contract';

/** Where to send: the sandbox's base URL and a publishable key. */
export interface SandboxTarget {
  url: string;
  key: string;
}

/** A valid citizen applicant (CCCD born in Thanh Hóa, phone `0912345678`). */
export const citizen = { type: 'citizen' as const, fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' };

async function getJson(target: SandboxTarget, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(target.url + path, { headers: { authorization: `Bearer ${target.key}` } });
  return { status: response.status, body: await response.json() };
}

/** The bytes of a tiny valid PDF. */
export const minimalPdf = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The bytes of a 1×1 PNG (for slots that take photos only, such as a portrait). */
export const minimalPng = () =>
  Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** Uploads one small file (a PDF, or a PNG when the slot takes no PDF) and returns its attachment id. */
export async function uploadFile(target: SandboxTarget, accept: readonly string[] = ['pdf'], name = 'giay-to'): Promise<string> {
  const form = new FormData();
  if (accept.includes('pdf')) form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), `${name}.pdf`);
  else form.append('file', new Blob([minimalPng()], { type: 'image/png' }), `${name}.png`);
  const response = await fetch(`${target.url}/v1/attachments`, { method: 'POST', headers: { authorization: `Bearer ${target.key}` }, body: form });
  const body = (await response.json()) as { id: string };
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
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
export async function validSubmission(target: SandboxTarget, serviceCode = '1.001193', options: ValidSubmissionOptions = {}) {
  const detail = await getJson(target, `/v1/services/${serviceCode}`);
  if (detail.status !== 200) throw new Error(`no procedure ${serviceCode}: ${detail.status}`);
  const service = detail.body as ServiceDetail;
  const province = service.level === 'central' ? undefined : (service.province?.code ?? options.province ?? '38');
  const formData = sampleFormData(service.form, options.formData);
  const documents: Record<string, string[]> = {};
  for (const doc of service.documents) {
    if (doc.required && isShown(doc, formData)) documents[doc.key] = [await uploadFile(target, doc.accept, doc.key)];
  }
  let commune: string | undefined;
  if (service.level === 'commune' && province) {
    const communes = await getJson(target, `/v1/provinces/${province}/communes`);
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
