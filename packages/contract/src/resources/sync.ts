import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { email, mobilePhone } from '../validators/index.js';
import { dateTime, nonEmpty, vnd } from './common.js';
import { applicantIdChecks, applicantType, dossierCode, dossierCodeParams, dossierStatus, dossierStatusInfo, type ApplicantType, type DossierStatus } from './dossiers.js';
import { fieldError } from './common.js';
import { addFieldLabels } from '../messages/fields.js';
import { httpUrlPattern } from './patterns.js';
import { channel, procedureCode } from './services.js';

/**
 * Status sync for the one-stop systems (hệ thống thông tin một cửa điện tử) of ministries and
 * provinces, with a secret key of scope `sync` that acts for their agencies:
 *
 * - `POST /v1/sync/dossiers` upserts up to 1,000 dossier records, each keyed by its code and carrying
 *   its own `version`; every record gets its own result (created, updated, unchanged, stale, invalid);
 * - `DELETE /v1/sync/dossiers/{code}` removes a record the system synced (a tombstone in the feed);
 * - `GET /v1/sync/changes` reads every change of the portal's dossiers in commit order, with an opaque
 *   cursor: upserts (synced or made on the portal: submissions, status moves, payments), progress the
 *   portal added, and removals.
 *
 * DVC Kit's own record: English names, typed, versioned. The shapes observed in real integrations
 * (OpenCPS `DongBoHoSoMC`, iGate) map onto it field by field (PORTAL-INTEGRATION.md).
 */

// The labels of the record's fields in field errors ("Vui lòng nhập ngày nộp."), for the servers that
// check records: registered here, so pages (which never load this module) do not carry them.
addFieldLabels({
  version: { vi: 'Phiên bản', en: 'Version' },
  statusCode: { vi: 'Mã trạng thái', en: 'Status code' },
  agencyCode: { vi: 'Mã đơn vị xử lý', en: 'Agency code' },
  agencyName: { vi: 'Tên đơn vị xử lý', en: 'Agency name' },
  serviceName: { vi: 'Tên thủ tục', en: 'Procedure name' },
  channel: { vi: 'Kênh thực hiện', en: 'Channel' },
  summary: { vi: 'Trích yếu hồ sơ', en: 'Summary' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submission date' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Date received' },
  dueAt: { vi: 'Ngày hẹn trả', en: 'Due date' },
  finishedAt: { vi: 'Ngày kết thúc xử lý', en: 'Date finished' },
  progress: { vi: 'Tiến độ xử lý', en: 'Progress' },
  at: { vi: 'Thời điểm xử lý', en: 'Time of the step' },
  officer: { vi: 'Người xử lý', en: 'Officer' },
  department: { vi: 'Phòng ban xử lý', en: 'Department' },
  action: { vi: 'Nội dung xử lý', en: 'Action' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  amount: { vi: 'Số tiền', en: 'Amount' },
  payment: { vi: 'Thanh toán', en: 'Payment' },
  mode: { vi: 'Hình thức', en: 'Mode' },
  paidAt: { vi: 'Ngày thanh toán', en: 'Date paid' },
  supplements: { vi: 'Yêu cầu bổ sung', en: 'Supplement requests' },
  requestedAt: { vi: 'Ngày yêu cầu', en: 'Date requested' },
  deadline: { vi: 'Hạn bổ sung', en: 'Supplement deadline' },
  results: { vi: 'Giấy tờ kết quả', en: 'Result documents' },
  issuedAt: { vi: 'Ngày ban hành', en: 'Date issued' },
});

/** The status code of the one-stop systems (`TrangThaiHoSo`, 1–10), as `dossierStatusInfo` numbers them. */
export const dossierStatusCode = z.int().check(
  z.gte(1),
  z.lte(10),
  z.meta({ description: 'Status code 1–10 of the one-stop systems (TrangThaiHoSo): 1 Mới đăng ký … 10 Đã trả kết quả', example: 4 }),
);

/** The status of each code 1–10. */
export const dossierStatusOfCode: Readonly<Record<number, DossierStatus>> = /* @__PURE__ */ Object.fromEntries(
  (Object.keys(dossierStatusInfo) as DossierStatus[]).map((status) => [dossierStatusInfo[status].number, status]),
);

/** An agency code as the portal writes them: `000.00.01.H56`, `G09.20`, `H56.14`. */
export const agencyCode = z.string().check(
  z.trim(),
  z.maxLength(50),
  z.regex(/^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/),
  z.meta({ description: 'Agency code (mã đơn vị), e.g. 000.00.01.H56 or G09.20', example: '000.00.01.H56' }),
);

/** How a dossier's fees were paid (`DuocThanhToanTrucTuyen` 1 and 2, or at the desk). */
export const syncPaymentMode = z.enum(['portal', 'gateway', 'desk']);
export type SyncPaymentMode = z.infer<typeof syncPaymentMode>;

/** Where a dossier came from: submitted on the portal (the API), or synced from a one-stop system. */
export const dossierSource = z.enum(['portal', 'sync']);
export type DossierSource = z.infer<typeof dossierSource>;

const instant = (description: string) => dateTime.check(z.meta({ description }));
const maybeInstant = (description: string) => z.optional(z.nullable(dateTime).check(z.meta({ description })));
const optionalText = (max: number, description: string) => z.optional(nonEmpty(max).check(z.meta({ description })));

/**
 * `status` and/or `statusCode`: at least one, and the same status when both are given. Checked on
 * records and on their progress entries.
 */
const statusFields = {
  status: z.optional(dossierStatus.check(z.meta({ description: 'DVC Kit status; give it, or statusCode, or both (they must agree)' }))),
  statusCode: z.optional(dossierStatusCode),
};
const statusAgrees = z.superRefine<{ status?: DossierStatus | undefined; statusCode?: number | undefined }>((value, ctx) => {
  if (value.status === undefined && value.statusCode === undefined) {
    ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'required' }, path: ['status'], input: undefined });
  } else if (value.status !== undefined && value.statusCode !== undefined && dossierStatusInfo[value.status].number !== value.statusCode) {
    // The code that goes with the status is the one value accepted.
    const values = String(dossierStatusInfo[value.status].number);
    ctx.addIssue({ code: 'custom', message: 'invalid_value', path: ['statusCode'], input: value.statusCode, params: { code: 'invalid_value', values } });
  }
});

/** One step of a dossier's processing (`CapNhatTienDoHoSoMC`): who, when, what, and the status it left. */
export const syncProgressEntry = z.object({
  at: instant('When the step was taken (ThoiDiemXuLy)'),
  officer: nonEmpty(150).check(z.meta({ description: 'Who took it (NguoiXuLy)' })),
  title: optionalText(150, "The officer's title (ChucDanh)"),
  department: optionalText(300, 'The department (PhongBanXuLy)'),
  action: nonEmpty(2000).check(z.meta({ description: 'What was done (NoiDungXuLy)' })),
  ...statusFields,
  dueAt: z.optional(instant('The legal end of this step (NgayKetThucTheoQuyDinh)')),
  note: optionalText(2000, 'A note'),
}).check(statusAgrees);

/** Who submitted, as a one-stop system knows them: enough to track by phone and to find by CCCD. */
export const syncApplicant = z.object({
  type: applicantType,
  fullName: nonEmpty(150).check(z.meta({ description: 'ChuHoSo' })),
  idNumber: z.optional(z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(20),
    z.meta({ description: 'CCCD number for citizens, tax code for the other types (MaDoiTuong); a logged-in citizen finds the dossier by it' }),
  )),
  phone: z.optional(mobilePhone.check(z.meta({ description: 'Mobile number (SoDienThoai): the citizen tracks the dossier by code and this number' }))),
  email: z.optional(email),
  address: optionalText(300, 'Address'),
}).check(...applicantIdChecks<{ type: ApplicantType; idNumber?: string | undefined }>());

export const syncFee = z.object({
  code: optionalText(50, 'Fee code (MaPhiLePhi)'),
  name: nonEmpty(300).check(z.meta({ description: 'TenPhiLePhi' })),
  amount: vnd,
});

export const syncPayment = z.object({
  mode: syncPaymentMode.check(z.meta({
    description: 'portal: paid online on the national portal (DuocThanhToanTrucTuyen 1); gateway: online on a ministry or provincial gateway (2); desk: at the one-stop desk',
  })),
  amount: vnd,
  paidAt: z.optional(instant('When it was paid')),
});

/** One round of "please supplement" (DanhSachHoSoBoSung). */
export const syncSupplement = z.object({
  requestedAt: instant('When the agency asked'),
  reason: nonEmpty(2000),
  deadline: z.optional(instant('By when the applicant must supplement')),
  sentAt: z.optional(instant('When the applicant sent the supplement')),
  completedAt: z.optional(instant('When the agency accepted it')),
});

/** A result document (DanhSachGiayToKetQua). */
export const syncResult = z.object({
  name: nonEmpty(500),
  number: optionalText(100, 'Number of the document (số hiệu)'),
  issuedAt: z.optional(instant('When it was issued')),
  url: z.optional(z.string().check(z.maxLength(2000), z.regex(httpUrlPattern), z.meta({ description: 'Where the electronic copy is' }))),
});

const recordFields = {
  code: dossierCode,
  version: z.int().check(z.gte(0), z.meta({
    description: "The record's version in the one-stop system (a counter, or a timestamp in ms): an older one than stored is stale and changes nothing",
    example: 3,
  })),
  serviceCode: procedureCode,
  serviceName: optionalText(500, 'Procedure name (TenTTHC); the catalogue name when omitted'),
  agencyCode: agencyCode.check(z.meta({ description: 'The agency that handles it (DonViXuLy): one the key acts for' })),
  agencyName: optionalText(300, "The agency's name; the portal's name of the agency when omitted"),
  province: z.optional(z.string().check(z.regex(/^\d{2}$/), z.meta({ description: "Province code: the agency's province when omitted" }))),
  applicant: syncApplicant,
  channel: channel.check(z.meta({ description: 'How it was submitted (KenhThucHien 1 in person, 2 online, 3 post)' })),
  summary: optionalText(2000, 'TrichYeuHoSo'),
  submittedAt: instant('When it was submitted or registered'),
  receivedAt: maybeInstant('When the desk received it (NgayTiepNhan)'),
  dueAt: maybeInstant('Appointment for the result (NgayHenTra)'),
  finishedAt: maybeInstant('When processing ended (NgayKetThucXuLy)'),
  ...statusFields,
  progress: z._default(z.array(syncProgressEntry).check(z.maxLength(100)), []),
  fees: z._default(z.array(syncFee).check(z.maxLength(50)), []),
  payment: z.optional(z.nullable(syncPayment).check(z.meta({ description: 'How the fees were paid (DuocThanhToanTrucTuyen); none: not paid' }))),
  supplements: z._default(z.array(syncSupplement).check(z.maxLength(20)), []),
  results: z._default(z.array(syncResult).check(z.maxLength(20)), []),
};

/** The instant of a date-time, in UTC: the same moment written with another offset is the same content. */
const utc = (value: string) => new Date(value).toISOString();
const utcOrNull = (value: string | null | undefined) => (value == null ? null : utc(value));
const statusOf = (value: { status?: DossierStatus | undefined; statusCode?: number | undefined }): DossierStatus =>
  value.status ?? dossierStatusOfCode[value.statusCode!]!;

/**
 * One dossier as a one-stop system syncs it (`DongBoHoSoMC`), with its progress, fees, payment,
 * supplement rounds and results: the whole record each time. Parsing normalises it (the stored
 * content, compared for `unchanged`): `status` from `statusCode` when only that is given, absent
 * optional fields as `null`, every date-time in UTC.
 */
export const syncDossierRecord = z.pipe(
  z.object(recordFields).check(statusAgrees),
  z.transform((r) => ({
    code: r.code,
    version: r.version,
    serviceCode: r.serviceCode,
    serviceName: r.serviceName ?? null,
    agencyCode: r.agencyCode,
    agencyName: r.agencyName ?? null,
    province: r.province ?? null,
    applicant: {
      type: r.applicant.type, fullName: r.applicant.fullName, idNumber: r.applicant.idNumber ?? null,
      phone: r.applicant.phone ?? null, email: r.applicant.email ?? null, address: r.applicant.address ?? null,
    },
    channel: r.channel,
    summary: r.summary ?? null,
    submittedAt: utc(r.submittedAt),
    receivedAt: utcOrNull(r.receivedAt),
    dueAt: utcOrNull(r.dueAt),
    finishedAt: utcOrNull(r.finishedAt),
    status: statusOf(r),
    progress: r.progress.map((p) => ({
      at: utc(p.at), officer: p.officer, title: p.title ?? null, department: p.department ?? null, action: p.action,
      status: statusOf(p), dueAt: utcOrNull(p.dueAt), note: p.note ?? null,
    })),
    fees: r.fees.map((f) => ({ code: f.code ?? null, name: f.name, amount: f.amount })),
    payment: r.payment ? { mode: r.payment.mode, amount: r.payment.amount, paidAt: utcOrNull(r.payment.paidAt) } : null,
    supplements: r.supplements.map((s) => ({
      requestedAt: utc(s.requestedAt), reason: s.reason, deadline: utcOrNull(s.deadline), sentAt: utcOrNull(s.sentAt),
      completedAt: utcOrNull(s.completedAt),
    })),
    results: r.results.map((d) => ({ name: d.name, number: d.number ?? null, issuedAt: utcOrNull(d.issuedAt), url: d.url ?? null })),
  })),
);
/** The fields each object of a record may have (`*`: every item of a list). */
const knownFields: Readonly<Record<string, ReadonlySet<string>>> = /* @__PURE__ */ (() => ({
  '': new Set(Object.keys(recordFields)),
  applicant: new Set(Object.keys(syncApplicant.shape)),
  'progress.*': new Set(Object.keys(syncProgressEntry.shape)),
  'fees.*': new Set(Object.keys(syncFee.shape)),
  payment: new Set(Object.keys(syncPayment.shape)),
  'supplements.*': new Set(Object.keys(syncSupplement.shape)),
  'results.*': new Set(Object.keys(syncResult.shape)),
}))();

/**
 * The fields of a record that the record does not have (a misspelt `recievedAt`, `applicant.fone`):
 * parsing drops them without a word, so a tool can warn. Paths with `*` for a list's items, each once.
 * @example
 * unknownSyncRecordFields({ code: 'x', recievedAt: '…', progress: [{ offcer: 'A' }] }); // ['recievedAt', 'progress.*.offcer']
 */
export function unknownSyncRecordFields(record: unknown): string[] {
  const unknown = new Set<string>();
  const visit = (value: unknown, at: string) => {
    const known = knownFields[at];
    if (!known || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (!known.has(key)) unknown.add(path);
      else if (Array.isArray(child)) for (const item of child) visit(item, `${path}.*`);
      else visit(child, path);
    }
  };
  visit(record, '');
  return [...unknown];
}

/** A dossier record as a one-stop system sends it. */
export type SyncDossierRecordInput = z.input<typeof syncDossierRecord>;
/** A dossier record as the portal stores it (normalised). */
export type SyncDossierRecord = z.output<typeof syncDossierRecord>;

/** The largest batch of `POST /v1/sync/dossiers`. */
export const syncBatchLimit = 1000;

/**
 * One record of a batch, as the route takes it: any JSON. Each record is checked on its own against
 * `syncDossierRecord` and answered in `results`, so one bad record does not refuse the batch (the
 * OpenAPI document shows the record's schema here).
 */
export const syncRecordItem = z.unknown();

export const syncPushInput = z.object({
  records: z.array(syncRecordItem).check(
    z.minLength(1),
    z.maxLength(syncBatchLimit),
    z.meta({ description: 'Up to 1,000 dossier records (SyncDossierRecord), each checked and answered on its own' }),
  ),
});
export type SyncPushInput = z.input<typeof syncPushInput>;

/** What became of one record of a batch. */
export const syncResultKind = z.enum(['created', 'updated', 'unchanged', 'stale', 'invalid']);
export type SyncResultKind = z.infer<typeof syncResultKind>;

export const syncRecordResult = z.object({
  index: z.int().check(z.gte(0), z.meta({ description: "The record's position in the batch (from 0)" })),
  code: z.nullable(z.string()).check(z.meta({ description: 'The dossier code as sent (null when there is none)' })),
  result: syncResultKind.check(z.meta({
    description: 'created, updated; unchanged (same version, same content); stale (an older version than stored: nothing changed); '
      + 'invalid (see errors: nothing stored)',
  })),
  version: z.nullable(z.int()).check(z.meta({ description: 'The version as sent (null when it is not an integer)' })),
  storedVersion: z.nullable(z.int()).check(z.meta({
    description: 'The version the portal holds after this record: of the dossier, or of its tombstone when it was removed (null: none)',
  })),
  errors: z.array(fieldError).check(z.meta({ description: "Why an invalid record was refused: paths within the record (e.g. applicant.phone)" })),
});
export type SyncRecordResult = z.infer<typeof syncRecordResult>;

export const syncPushResult = z.object({
  results: z.array(syncRecordResult).check(z.meta({ description: 'One per record, in the order sent' })),
  counts: z.object({ created: z.int(), updated: z.int(), unchanged: z.int(), stale: z.int(), invalid: z.int() }),
});
export type SyncPushResult = z.infer<typeof syncPushResult>;

// ---------------------------------------------------------------------------------------------
// The change feed

/** A progress entry as the feed shows it: its id on the portal, the status as name and code. */
export const syncProgress = z.object({
  id: z.int().check(z.meta({ description: "The entry's id on the portal (the same as the dossier's history ids)" })),
  at: dateTime,
  officer: z.string(),
  title: z.nullable(z.string()),
  department: z.nullable(z.string()),
  action: z.string(),
  status: dossierStatus,
  statusCode: dossierStatusCode,
  dueAt: z.nullable(dateTime),
  note: z.nullable(z.string()),
});
export type SyncProgress = z.infer<typeof syncProgress>;

const nullableText = z.nullable(z.string());

/** A dossier as the change feed shows it: the synced record's fields, for every dossier of the portal. */
export const syncDossier = z.object({
  code: z.string(),
  version: z.nullable(z.int()).check(z.meta({ description: 'The version last synced (null: never synced, made on the portal)' })),
  source: dossierSource,
  serviceCode: z.string(),
  serviceName: z.string(),
  agencyCode: z.string(),
  agencyName: z.string(),
  province: nullableText,
  applicant: z.object({
    type: applicantType, fullName: z.string(), idNumber: nullableText, phone: nullableText, email: nullableText, address: nullableText,
  }),
  channel,
  summary: nullableText,
  submittedAt: dateTime,
  receivedAt: z.nullable(dateTime),
  dueAt: z.nullable(dateTime),
  finishedAt: z.nullable(dateTime),
  status: dossierStatus,
  statusCode: dossierStatusCode,
  progress: z.array(syncProgress).check(z.meta({ description: 'Every entry, synced or added on the portal, oldest first' })),
  fees: z.array(z.object({ code: nullableText, name: z.string(), amount: vnd })),
  payment: z.nullable(z.object({ mode: syncPaymentMode, amount: vnd, paidAt: z.nullable(dateTime) })),
  supplements: z.array(z.object({
    requestedAt: dateTime, reason: z.string(), deadline: z.nullable(dateTime), sentAt: z.nullable(dateTime), completedAt: z.nullable(dateTime),
  })),
  results: z.array(z.object({ name: z.string(), number: nullableText, issuedAt: z.nullable(dateTime), url: nullableText })),
});
export type SyncDossier = z.infer<typeof syncDossier>;

export const syncChangeType = z.enum(['dossier.upserted', 'dossier.deleted', 'dossier.progress']);
export type SyncChangeType = z.infer<typeof syncChangeType>;

/** One change of the feed. */
export const syncChange = z.object({
  seq: z.int().check(z.meta({ description: 'Increasing in commit order (with gaps): a consumer may drop a change it already applied' })),
  type: syncChangeType.check(z.meta({
    description: 'dossier.upserted: the dossier as it is now (synced, or changed on the portal); dossier.deleted: a tombstone; '
      + 'dossier.progress: an entry the portal added to its progress (a submission, a status move, a payment, a supplement sent)',
  })),
  at: dateTime.check(z.meta({ description: 'When the change was committed' })),
  code: z.string(),
  agencyCode: z.string(),
  version: z.nullable(z.int()).check(z.meta({ description: 'The synced version (of the removed record, for a tombstone)' })),
  dossier: z.nullable(syncDossier).check(z.meta({ description: 'With dossier.upserted' })),
  progress: z.nullable(syncProgress).check(z.meta({ description: 'With dossier.progress' })),
});
export type SyncChange = z.infer<typeof syncChange>;

export const syncChangesQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(500), z.meta({ description: 'nextCursor of the previous page; none: from the start' }))),
  limit: z._default(z.int().check(z.gte(1), z.lte(1000)), 100),
});

export const syncChangesPage = z.object({
  data: z.array(syncChange),
  nextCursor: z.string().check(z.meta({
    description: 'Where to read on: store it once this page is applied, and pass it as cursor (also when data is empty, to poll)',
  })),
  hasMore: z.boolean().check(z.meta({ description: 'Whether more changes are already waiting' })),
});
export type SyncChangesPage = z.infer<typeof syncChangesPage>;

export const syncDeleteQuery = z.object({
  version: z.optional(z.int().check(z.gte(0), z.meta({
    description: 'The version removed: refused (409 stale_version) when the stored one is newer',
  }))),
});

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const syncPush = {
  method: 'POST', path: '/v1/sync/dossiers', scope: 'sync', idempotent: true,
  body: syncPushInput, maxBodyBytes: 16 * 1024 * 1024, status: 200, response: syncPushResult,
} as const satisfies RouteDef;

const syncDelete = {
  method: 'DELETE', path: '/v1/sync/dossiers/{code}', scope: 'sync',
  params: dossierCodeParams, query: syncDeleteQuery, status: 204,
} as const satisfies RouteDef;

const syncChanges = {
  method: 'GET', path: '/v1/sync/changes', scope: 'sync',
  query: syncChangesQuery, status: 200, response: syncChangesPage,
} as const satisfies RouteDef;

/** Status sync (secret keys with scope `sync`): push records, remove one, read the change feed. */
export const syncRoutes = { push: syncPush, delete: syncDelete, changes: syncChanges } as const;
