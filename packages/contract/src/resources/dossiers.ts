import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dossierCodePattern } from './patterns.js';
import { verifierHeaders } from './verifier.js';
import { accountHeaders } from './account-header.js';
import { checkCitizenId, checkTaxCode, email, mobilePhone } from '../validators/index.js';
import { dateTime, label, map, nonEmpty, vnd } from './common.js';
import { channel, procedureCode, ref } from './services.js';
import { addressValue, formValue } from './forms.js';
import { dossierStatus, dossierStatusInfo, type DossierStatus } from './dossier-status.js';

// The statuses and their labels live in their own small module, so the stats schema and the figures widget can
// name them without loading the dossier schemas.
export { dossierStatus, dossierStatusInfo, type DossierStatus };

/**
 * The status machine: which statuses may follow which. Withdrawal (cancelled) is the citizen's
 * move; every other move belongs to the agency (the sandbox's schedule or admin routes).
 */
export const dossierTransitions: Record<DossierStatus, readonly DossierStatus[]> = {
  receiving: ['new', 'denied', 'cancelled'],
  new: ['processing', 'waiting', 'cancelled'],
  processing: ['waiting', 'paying', 'releasing', 'unresolved', 'cancelled'],
  waiting: ['processing', 'unresolved', 'cancelled'],
  paying: ['processing', 'releasing', 'unresolved', 'cancelled'],
  releasing: ['done'],
  denied: [],
  cancelled: [],
  unresolved: [],
  done: [],
};

export const finalDossierStatuses: readonly DossierStatus[] = ['denied', 'cancelled', 'unresolved', 'done'];

/** Statuses in which a dossier may be rated by its applicant: result returned, not accepted, processing stopped. */
export const ratableDossierStatuses: readonly DossierStatus[] = ['done', 'denied', 'unresolved'];

export const canTransition = (from: DossierStatus, to: DossierStatus): boolean =>
  dossierTransitions[from].includes(to);

export { dossierCodePattern };
export const dossierCode = z.string().check(
  z.trim(),
  z.regex(dossierCodePattern),
  z.meta({ description: 'Dossier code: {agency}-{yyMMdd}-{NNNN} (4 digits or more), or {agency}-{yyyyMMdd}-{NNNNNNN}', example: '000.00.38.H38-251123-0001' }),
);
export const dossierCodeParams = z.object({ code: dossierCode });

export const applicantType = z.enum(['citizen', 'business', 'state_agency', 'organisation']);
export type ApplicantType = z.infer<typeof applicantType>;

const applicantBase = {
  fullName: nonEmpty(150),
  phone: mobilePhone,
  email: z.optional(email),
  address: z.optional(nonEmpty(300)),
  birthDate: z.optional(z.iso.date().check(z.meta({
    description: 'yyyy-mm-dd: a citizen\'s date of birth, as their identity gives it (sent by a form prefilled from a logged-in account)',
  }))),
};

/** The identifier rule of an applicant type: CCCD for citizens, tax code for everyone else. */
const idCheck = (type: ApplicantType) => (type === 'citizen' ? checkCitizenId : checkTaxCode);

/**
 * The checks of an applicant's `idNumber` by its `type` (a CCCD for citizens, a tax code for the other
 * types; the error names `idNumber`), normalising it: for every applicant-like object, whether its
 * `idNumber` is required (a submission) or optional (a synced record).
 */
export const applicantIdChecks = <T extends { type: ApplicantType; idNumber?: string | undefined }>() => [
  z.superRefine<T>((value, ctx) => {
    if (typeof value?.idNumber !== 'string' || !value.idNumber || !applicantType.options.includes(value.type)) return;
    const result = idCheck(value.type)(value.idNumber);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.code, params: { code: result.code, ...result.params }, path: ['idNumber'], input: value.idNumber });
    }
  }),
  z.overwrite<T>((value) => {
    if (value.idNumber === undefined) return value;
    const result = idCheck(value.type)(value.idNumber);
    return result.ok ? { ...value, idNumber: result.value } : value;
  }),
] as const;

/**
 * Who submits. Citizens identify with their CCCD number, businesses with their tax code;
 * agencies and organisations with a tax code too. (One object checked by type rather than a
 * discriminated union: the same precise per-field errors for a third of the browser code.)
 */
export const applicant = z.object({
  type: applicantType,
  idNumber: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(20),
    z.meta({ description: 'CCCD number (12 digits) for citizens; tax code (MST) for the other types', example: '038195012345' }),
  ),
  ...applicantBase,
}).check(...applicantIdChecks<{ type: ApplicantType; idNumber: string }>());
export type Applicant = z.infer<typeof applicant>;

export { formValue };

export const attachmentId = z.string().check(
  z.regex(/^att_[0-9A-Za-z]{16,40}$/),
  z.meta({ description: 'Attachment id from POST /v1/attachments', example: 'att_3f9a1c2b7d8e4f60a1b2' }),
);

/** How the applicant receives the result: at the agency, by post (to an address), or electronically. */
export const deliveryMethod = z.enum(['in_person', 'post', 'electronic']);
export type DeliveryMethod = z.infer<typeof deliveryMethod>;

export const deliveryMethodLabels: Record<DeliveryMethod, z.infer<typeof label>> = {
  in_person: { vi: 'Nhận trực tiếp tại nơi nộp hồ sơ', en: 'In person where the dossier was submitted' },
  post: { vi: 'Nhận qua dịch vụ bưu chính', en: 'By post' },
  electronic: { vi: 'Nhận bản điện tử', en: 'Electronically' },
};

export const deliveryInput = z.object({
  method: deliveryMethod,
  address: z.optional(addressValue.check(z.meta({ description: 'Where the post brings the result: required with `post`' }))),
});
export type DeliveryInput = z.input<typeof deliveryInput>;

export const dossierSubmitInput = z.object({
  serviceCode: procedureCode,
  applicant,
  formData: z._default(map(formValue), {}).check(
    z.meta({ description: "Answers to the procedure's declaration form (`form` of the procedure), by field key" }),
  ),
  documents: z._default(map(z.array(attachmentId).check(z.maxLength(10))), {}).check(
    z.meta({ description: "Files per document slot (`documents[].key` of the procedure): every required slot needs one" }),
  ),
  attachmentIds: z._default(z.array(attachmentId).check(z.maxLength(30)), []).check(
    z.meta({ description: 'Other files, outside the document slots' }),
  ),
  province: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  commune: z.optional(z.string().check(
    z.regex(/^\d{5}$/),
    z.meta({ description: 'The commune or ward that receives a commune-level dossier (GET /v1/provinces/{code}/communes)', example: '19753' }),
  )),
  delivery: z._default(deliveryInput, { method: 'in_person' }),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type DossierSubmitInput = z.input<typeof dossierSubmitInput>;

export { accountHeaders, verifierHeaders };

export const historyEntry = z.object({
  /** Increasing per dossier; the same number as the `id` of the matching status event. */
  id: z.int(),
  status: dossierStatus,
  at: dateTime,
  actor: z.string(),
  role: z.string(),
  department: z.nullable(z.string()),
  action: z.string(),
  note: z.nullable(z.string()),
  dueAt: z.nullable(dateTime),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const attachmentRef = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.int(),
  sha256: z.string(),
  document: z.nullable(z.string()).check(z.meta({ description: 'The document slot key it was attached under; null for other files and supplements' })),
});

export const supplementState = z.enum(['requested', 'sent', 'completed']);
export const supplement = z.object({
  state: supplementState,
  reason: z.string(),
  requestedAt: dateTime,
  deadline: dateTime,
  sentAt: z.nullable(dateTime),
  note: z.nullable(z.string()),
});

export const dossier = z.object({
  code: z.string(),
  service: ref,
  agency: ref,
  channel,
  status: dossierStatus,
  applicant: z.object({ type: applicantType, fullName: z.string() }),
  submittedAt: dateTime,
  receivedAt: z.nullable(dateTime),
  dueAt: z.nullable(dateTime),
  completedAt: z.nullable(dateTime),
  fees: z.object({ total: vnd, paid: vnd, lines: z.array(z.object({ name: z.string(), amount: vnd })) }),
  commune: z.nullable(ref).check(z.meta({ description: 'The receiving commune or ward, for commune-level dossiers' })),
  delivery: z.object({
    method: deliveryMethod,
    address: z.nullable(z.string()).check(z.meta({ description: 'The postal address written out, with `post`' })),
  }),
  attachments: z.array(attachmentRef),
  supplement: z.nullable(supplement),
  receiptUrl: z.string().check(z.meta({
    description: 'The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as a PDF with the dossier code as a QR code; '
      + 'a capability link that needs no key, as this answer already proved the verifier',
  })),
  result: z.nullable(z.object({
    name: z.string(),
    url: z.string().check(z.meta({ description: 'The electronic result (PDF); a capability link like receiptUrl' })),
    issuedAt: dateTime,
  })).check(z.meta({ description: 'The electronic result, once the dossier is done (released or returned)' })),
  history: z.array(historyEntry),
});
export type Dossier = z.infer<typeof dossier>;

export const dossierSupplementInput = z.object({
  note: nonEmpty(2000),
  attachmentIds: z._default(z.array(attachmentId).check(z.maxLength(30)), []),
});
export type DossierSupplementInput = z.input<typeof dossierSupplementInput>;

export const dossierWithdrawInput = z.object({ reason: nonEmpty(1000) });
export type DossierWithdrawInput = z.input<typeof dossierWithdrawInput>;

/** One Server-Sent Event of `GET /v1/dossiers/{code}/events` (event name `status`). */
export const dossierEvent = z.object({
  id: z.int(),
  code: z.string(),
  status: dossierStatus,
  previousStatus: z.nullable(dossierStatus),
  at: dateTime,
  note: z.nullable(z.string()),
});
export type DossierEvent = z.infer<typeof dossierEvent>;

/** Admin move of a dossier (secret key): to a given status, or the next one on the happy path. */
export const adminDossierStatusInput = z.object({
  status: z.optional(dossierStatus),
  note: z.optional(z.string().check(z.maxLength(2000))),
});

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const dossiersSubmit = {
  method: 'POST', path: '/v1/dossiers', scope: 'submit', idempotent: true,
  headers: accountHeaders, body: dossierSubmitInput, status: 201, response: dossier,
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

/** Dossiers: submit, read, live events, supplement, withdraw. */
export const dossierRoutes = { submit: dossiersSubmit, get: dossiersGet, events: dossiersEvents, supplement: dossiersSupplement, withdraw: dossiersWithdraw } as const;

/** An agency moves a dossier (secret keys). */
export const adminDossierStatusRoute = {
  method: 'POST', path: '/v1/admin/dossiers/{code}/status', scope: 'admin', idempotent: true,
  params: dossierCodeParams, body: adminDossierStatusInput, status: 200, response: dossier,
} as const satisfies RouteDef;
