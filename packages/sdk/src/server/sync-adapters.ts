// Adapters from the payloads of real one-stop systems (OpenCPS, VNPT iGate) to the sync records of
// `sync(connection).push`: each field mapped or reported, never a throw on bad input.
import type { SyncDossierRecordInput } from '@dvc-kit/contract';

type Record_ = SyncDossierRecordInput;
type Applicant = Record_['applicant'];
type Progress = NonNullable<Record_['progress']>[number];

/** Why a field of a payload could not be mapped. */
export type AdapterProblemCode = 'missing' | 'unknown_status' | 'invalid_date' | 'unknown_applicant_type' | 'invalid_value';

/** A field of a payload that could not be mapped: its name in the payload (with its position), its value, why. */
export interface AdapterProblem {
  /** The source field, e.g. `TrangThaiHoSo`, `DanhSachLePhi[1].Gia`, `CapNhatTienDoHoSoMC[0].ThoiDiemXuLy`. */
  field: string;
  value: unknown;
  code: AdapterProblemCode;
  message: string;
}

/**
 * One adapted dossier: the record to push, or `null` when a required field could not be mapped, and
 * every problem found (a record with problems left out optional parts, e.g. a progress step).
 */
export interface AdaptedRecord {
  record: SyncDossierRecordInput | null;
  problems: AdapterProblem[];
}

/** A date as the one-stop systems send it: `yyyyMMddHHmmss` (or `yyyyMMdd`) in Asia/Ho_Chi_Minh. */
export type VnDateTime = string;

/** A progress step: OpenCPS `CapNhatTienDoHoSoMC`, and (same fields, as observed) iGate `CapNhatTienTrinh`. */
export interface OneStopProgress {
  MaHoSo: string;
  NguoiXuLy?: string;
  ChucDanh?: string;
  ThoiDiemXuLy?: VnDateTime;
  PhongBanXuLy?: string;
  NoiDungXuLy?: string;
  /** Status code 1–10 the step left the dossier in. */
  TrangThai?: number | string;
  /** When the step started: kept in `note` (the record has no field for it). */
  NgayBatDau?: VnDateTime;
  NgayKetThucTheoQuyDinh?: VnDateTime;
}

/** A fee (`DanhSachLePhi[]`). `HinhThucThu` (how it is collected) has no field in the record and is not mapped. */
export interface OneStopFee {
  TenPhiLePhi?: string;
  MaPhiLePhi?: string;
  HinhThucThu?: number | string;
  Gia?: number | string;
}

/**
 * A supplement round (`DanhSachHoSoBoSung[]`). Its fields are not in PORTAL-INTEGRATION.md: this is the
 * shape the adapters accept, as observed; map yours onto it when they differ.
 */
export interface OneStopSupplement {
  NgayYeuCau?: VnDateTime;
  NoiDungYeuCau?: string;
  HanBoSung?: VnDateTime;
  NgayBoSung?: VnDateTime;
  NgayHoanThanh?: VnDateTime;
}

/**
 * A result document (`DanhSachGiayToKetQua[]`). Its fields are not in PORTAL-INTEGRATION.md: this is
 * the shape the adapters accept, as observed.
 */
export interface OneStopResult {
  TenGiayTo?: string;
  SoKyHieu?: string;
  NgayBanHanh?: VnDateTime;
  DuongDanTep?: string;
}

/** Fields both systems share (OpenCPS names). */
interface OneStopDossierBase {
  MaHoSo?: string;
  MaTTHC?: string;
  TenTTHC?: string;
  MaLinhVuc?: string;
  SoBienNhan?: string;
  ChuHoSo?: string;
  MaDoiTuong?: string;
  SoDienThoai?: string;
  Email?: string;
  DiaChi?: string;
  TrichYeuHoSo?: string;
  NgayTiepNhan?: VnDateTime;
  NgayHenTra?: VnDateTime;
  TrangThaiHoSo?: number | string;
  NgayTra?: VnDateTime;
  NgayKetThucXuLy?: VnDateTime;
  /** The agency code that handles it (e.g. `000.00.01.H46`). */
  DonViXuLy?: string;
  /** Channel: 1 in person, 2 online, 3 post (as the portal's index engine reads it). */
  KenhThucHien?: number | string;
  /** Paid online: 1 on the national portal, 2 on a ministry/provincial gateway. */
  DuocThanhToanTrucTuyen?: number | string;
  DanhSachLePhi?: OneStopFee[];
  DanhSachHoSoBoSung?: OneStopSupplement[];
  DanhSachGiayToKetQua?: OneStopResult[];
}

/**
 * An OpenCPS `DongBoHoSoMC` dossier (field names of PORTAL-INTEGRATION.md). `LoaiDoiTuong`: 1 citizen,
 * 2 business. `MaLinhVuc`, `SoBienNhan`, `TaiLieuNop[]` and `HinhThuc` have no field in the record and
 * are not mapped; the channel comes from `KenhThucHien`.
 */
export interface OpenCpsDossier extends OneStopDossierBase {
  LoaiDoiTuong?: number | string;
  HinhThuc?: number | string;
  TaiLieuNop?: unknown[];
}

/**
 * A VNPT iGate create-dossier payload, as observed: the OpenCPS field names, plus `NgayNopHoSo` (when it
 * was submitted; `NgayTiepNhan` when absent) and `MaDonVi` / `TenDonVi` (the agency; `DonViXuLy`, then
 * the prefix of the code when absent). `LoaiDoiTuong`: 0 citizen, 1 business, 2 household business
 * (hộ kinh doanh, a `business` in the record: its id is a tax code).
 */
export interface IgateDossier extends OneStopDossierBase {
  LoaiDoiTuong?: number | string;
  NgayNopHoSo?: VnDateTime;
  MaDonVi?: string;
  TenDonVi?: string;
}

/** An iGate `CapNhatTrangThai` entry, as observed: a status move of a dossier. */
export interface IgateStatusUpdate {
  MaHoSo: string;
  TrangThaiHoSo?: number | string;
  ThoiGian?: VnDateTime;
  NgayKetThucXuLy?: VnDateTime;
}

/** Options of the adapters. */
export interface AdapterOptions<P> {
  /**
   * The record's version: a number, or a function of the payload (your own counter or last-modified
   * column). Default: the latest instant the payload carries (received, due, finished, returned, each
   * progress step and status move), in ms since 1970: it grows as the dossier moves on, but not when
   * only a name or a phone is corrected (the portal then answers `sync.version_conflict`): give your
   * own version when your system has one.
   */
  version?: number | ((payload: P) => number);
  /** Channel when `KenhThucHien` is absent (then no problem is reported). */
  channel?: Record_['channel'];
}

/** Options of {@link fromOpenCps}. */
export interface OpenCpsOptions extends AdapterOptions<OpenCpsDossier> {
  /** `CapNhatTienDoHoSoMC` entries: each dossier takes those of its `MaHoSo`, oldest first. */
  progress?: readonly OneStopProgress[];
}

/** Options of {@link fromIgate}. */
export interface IgateOptions extends AdapterOptions<IgateDossier> {
  /** `CapNhatTienTrinh` entries: each dossier takes those of its `MaHoSo`. */
  progress?: readonly OneStopProgress[];
  /** `CapNhatTrangThai` entries: the latest of a dossier (by `ThoiGian`) gives its status. */
  statuses?: readonly IgateStatusUpdate[];
}

const DATE = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A date of the one-stop systems, `yyyyMMddHHmmss` (or `yyyyMMdd`, midnight) in Asia/Ho_Chi_Minh
 * (UTC+7, no daylight saving), as an ISO instant in UTC; an ISO date-time with an offset passes
 * through in UTC. `null` when it is not a real date.
 * @example
 * ```ts
 * vnDateTimeToIso('20260101063000'); // '2025-12-31T23:30:00.000Z'
 * vnDateTimeToIso('20260230120000'); // null: no 30 February
 * ```
 */
export function vnDateTimeToIso(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (ISO_WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const local = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  const back = new Date(local);
  // Date.UTC rolls 30 February over to March: a date that does not come back the same is not one.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d
    || back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) return null;
  return new Date(local - 7 * 3600_000).toISOString();
}

/** Collects the problems of one payload and maps its fields. */
class Mapper {
  readonly problems: AdapterProblem[] = [];
  fatal = false;
  readonly instants: number[] = [];

  report(field: string, value: unknown, code: AdapterProblemCode, message: string, fatal = false): void {
    this.problems.push({ field, value, code, message });
    if (fatal) this.fatal = true;
  }

  text(source: Record<string, unknown>, name: string, field = name, required = false): string | undefined {
    const value = source[name];
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (required) this.report(field, value, 'missing', `${field} is required`, true);
    else if (value != null && typeof value !== 'string') this.report(field, value, 'invalid_value', `${field} is not text`);
    return undefined;
  }

  date(source: Record<string, unknown>, name: string, field = name, required = false): string | undefined {
    const value = source[name];
    if (value == null || value === '') {
      if (required) this.report(field, value, 'missing', `${field} is required`, true);
      return undefined;
    }
    const iso = vnDateTimeToIso(value);
    if (iso === null) {
      this.report(field, value, 'invalid_date', `${field} is not a date yyyyMMddHHmmss`, required);
      return undefined;
    }
    this.instants.push(Date.parse(iso));
    return iso;
  }

  statusCode(value: unknown, field: string, fatal: boolean): number | undefined {
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 10) return n;
    if (value == null || value === '') this.report(field, value, 'missing', `${field} is required`, fatal);
    else this.report(field, value, 'unknown_status', `${field} is not a status code 1–10`, fatal);
    return undefined;
  }

  code<T extends string>(value: unknown, table: Record<string, T>, field: string, kind: AdapterProblemCode, required: boolean): T | undefined {
    const key = value == null ? '' : String(value).trim();
    if (key in table) return table[key];
    if (key === '') {
      if (required) this.report(field, value, 'missing', `${field} is required`, true);
    } else {
      this.report(field, value, kind, `${field} is none of ${Object.keys(table).join(', ')}`, required);
    }
    return undefined;
  }
}

const channels: Record<string, Record_['channel']> = { 1: 'in_person', 2: 'online', 3: 'postal' };
const paymentModes: Record<string, 'portal' | 'gateway'> = { 1: 'portal', 2: 'gateway' };

interface Dialect<P> {
  applicantTypes: Record<string, Applicant['type']>;
  progressField: string;
  submittedAt?: (m: Mapper, p: P) => string | undefined;
  agency?: (m: Mapper, p: P) => { code?: string; name?: string };
  status?: (m: Mapper, p: P, record: Partial<Record_>) => void;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function list(m: Mapper, value: unknown, field: string): Record<string, unknown>[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    m.report(field, value, 'invalid_value', `${field} is not a list`);
    return [];
  }
  return value.map(asObject);
}

function adapt<P extends OneStopDossierBase & { LoaiDoiTuong?: unknown }>(
  raw: P,
  options: AdapterOptions<P> & { progress?: readonly OneStopProgress[] | undefined },
  dialect: Dialect<P>,
): AdaptedRecord {
  const m = new Mapper();
  const p = asObject(raw);
  if (p !== raw) m.report('', raw, 'invalid_value', 'the payload is not an object', true);

  const code = m.text(p, 'MaHoSo', 'MaHoSo', true);
  const serviceCode = m.text(p, 'MaTTHC', 'MaTTHC', true);
  const agency = dialect.agency ? dialect.agency(m, raw) : { code: m.text(p, 'DonViXuLy', 'DonViXuLy', true) };
  const type = m.code(p.LoaiDoiTuong, dialect.applicantTypes, 'LoaiDoiTuong', 'unknown_applicant_type', true);
  const fullName = m.text(p, 'ChuHoSo', 'ChuHoSo', true);
  const receivedAt = m.date(p, 'NgayTiepNhan');
  const submittedAt = dialect.submittedAt ? dialect.submittedAt(m, raw) : receivedAt;
  if (submittedAt === undefined && !m.problems.some((x) => x.field === 'NgayTiepNhan')) {
    m.report('NgayTiepNhan', p.NgayTiepNhan, 'missing', 'NgayTiepNhan is required (when the dossier was submitted)', true);
  } else if (submittedAt === undefined) m.fatal = true;
  const dueAt = m.date(p, 'NgayHenTra');
  const returnedAt = m.date(p, 'NgayTra');
  const finishedAt = m.date(p, 'NgayKetThucXuLy');

  let channel: Record_['channel'] | undefined;
  if (p.KenhThucHien == null && options.channel) channel = options.channel;
  else channel = m.code(p.KenhThucHien, channels, 'KenhThucHien', 'invalid_value', false) ?? options.channel ?? 'in_person';

  const record: Partial<Record_> = {};
  if (dialect.status) dialect.status(m, raw, record);
  else {
    const statusCode = m.statusCode(p.TrangThaiHoSo, 'TrangThaiHoSo', true);
    if (statusCode !== undefined) record.statusCode = statusCode;
  }

  const progress: Progress[] = [];
  const steps = (options.progress ?? []).map((entry, index) => ({ entry: asObject(entry), index }))
    .filter(({ entry }) => code !== undefined && String(entry.MaHoSo ?? '').trim() === code);
  for (const { entry, index } of steps) {
    const field = (name: string) => `${dialect.progressField}[${index}].${name}`;
    const before = m.problems.length;
    const at = m.date(entry, 'ThoiDiemXuLy', field('ThoiDiemXuLy'));
    const officer = m.text(entry, 'NguoiXuLy', field('NguoiXuLy'));
    const action = m.text(entry, 'NoiDungXuLy', field('NoiDungXuLy'));
    const statusCode = m.statusCode(entry.TrangThai, field('TrangThai'), false);
    const dueAtStep = m.date(entry, 'NgayKetThucTheoQuyDinh', field('NgayKetThucTheoQuyDinh'));
    const startedAt = m.date(entry, 'NgayBatDau', field('NgayBatDau'));
    for (const [name, value] of [['ThoiDiemXuLy', at], ['NguoiXuLy', officer], ['NoiDungXuLy', action]] as const) {
      if (value === undefined && !m.problems.slice(before).some((x) => x.field === field(name))) {
        m.report(field(name), entry[name], 'missing', `${field(name)} is required: the step is left out`);
      }
    }
    if (at === undefined || officer === undefined || action === undefined || statusCode === undefined) continue;
    const title = m.text(entry, 'ChucDanh', field('ChucDanh'));
    const department = m.text(entry, 'PhongBanXuLy', field('PhongBanXuLy'));
    progress.push({
      at, officer, action, statusCode,
      ...(title && { title }), ...(department && { department }), ...(dueAtStep && { dueAt: dueAtStep }),
      ...(startedAt && { note: `Bắt đầu ${startedAt}` }),
    });
  }
  progress.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const fees: NonNullable<Record_['fees']> = [];
  list(m, p.DanhSachLePhi, 'DanhSachLePhi').forEach((fee, i) => {
    const name = m.text(fee, 'TenPhiLePhi', `DanhSachLePhi[${i}].TenPhiLePhi`);
    const amount = typeof fee.Gia === 'string' && /^\d+$/.test(fee.Gia.trim()) ? Number(fee.Gia) : fee.Gia;
    if (name === undefined) m.report(`DanhSachLePhi[${i}].TenPhiLePhi`, fee.TenPhiLePhi, 'missing', 'a fee needs its name: left out');
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      m.report(`DanhSachLePhi[${i}].Gia`, fee.Gia, 'invalid_value', 'a fee needs a whole amount of đồng: left out');
    } else if (name !== undefined) {
      const feeCode = m.text(fee, 'MaPhiLePhi', `DanhSachLePhi[${i}].MaPhiLePhi`);
      fees.push({ name, amount, ...(feeCode && { code: feeCode }) });
    }
  });

  const supplements: NonNullable<Record_['supplements']> = [];
  list(m, p.DanhSachHoSoBoSung, 'DanhSachHoSoBoSung').forEach((s, i) => {
    const f = (name: string) => `DanhSachHoSoBoSung[${i}].${name}`;
    const requestedAt = m.date(s, 'NgayYeuCau', f('NgayYeuCau'));
    const reason = m.text(s, 'NoiDungYeuCau', f('NoiDungYeuCau'));
    const deadline = m.date(s, 'HanBoSung', f('HanBoSung'));
    const sentAt = m.date(s, 'NgayBoSung', f('NgayBoSung'));
    const completedAt = m.date(s, 'NgayHoanThanh', f('NgayHoanThanh'));
    if (requestedAt === undefined || reason === undefined) {
      m.report(f(requestedAt === undefined ? 'NgayYeuCau' : 'NoiDungYeuCau'), requestedAt === undefined ? s.NgayYeuCau : s.NoiDungYeuCau,
        'missing', 'a supplement round needs when and why: left out');
      return;
    }
    supplements.push({ requestedAt, reason, ...(deadline && { deadline }), ...(sentAt && { sentAt }), ...(completedAt && { completedAt }) });
  });

  const results: NonNullable<Record_['results']> = [];
  list(m, p.DanhSachGiayToKetQua, 'DanhSachGiayToKetQua').forEach((r, i) => {
    const f = (name: string) => `DanhSachGiayToKetQua[${i}].${name}`;
    const name = m.text(r, 'TenGiayTo', f('TenGiayTo'));
    const number = m.text(r, 'SoKyHieu', f('SoKyHieu'));
    const issuedAt = m.date(r, 'NgayBanHanh', f('NgayBanHanh'));
    const url = m.text(r, 'DuongDanTep', f('DuongDanTep'));
    if (name === undefined) {
      m.report(f('TenGiayTo'), r.TenGiayTo, 'missing', 'a result needs its name: left out');
      return;
    }
    results.push({ name, ...(number && { number }), ...(issuedAt && { issuedAt }), ...(url && { url }) });
  });

  const paidMode = m.code(p.DuocThanhToanTrucTuyen, paymentModes, 'DuocThanhToanTrucTuyen', 'invalid_value', false);

  let version: number | undefined;
  if (typeof options.version === 'function') version = options.version(raw);
  else if (options.version !== undefined) version = options.version;
  else if (m.instants.length) version = Math.max(...m.instants);
  if (version === undefined || !Number.isSafeInteger(version) || version < 0) {
    m.report('version', version, 'missing', 'no version: give options.version, or a payload with a date', true);
  }

  if (m.fatal) return { record: null, problems: m.problems };
  const idNumber = m.text(p, 'MaDoiTuong');
  const phone = m.text(p, 'SoDienThoai');
  const email = m.text(p, 'Email');
  const address = m.text(p, 'DiaChi');
  const serviceName = m.text(p, 'TenTTHC');
  const summary = m.text(p, 'TrichYeuHoSo');
  const feesTotal = fees.reduce((sum, fee) => sum + fee.amount, 0);
  return {
    record: {
      code: code!, version: version!, serviceCode: serviceCode!, ...(serviceName && { serviceName }),
      agencyCode: agency.code!, ...(agency.name && { agencyName: agency.name }),
      applicant: {
        type: type as Applicant['type'], fullName: fullName!,
        ...(idNumber && { idNumber }), ...(phone && { phone }), ...(email && { email }), ...(address && { address }),
      },
      channel: channel!, ...(summary && { summary }),
      submittedAt: submittedAt!, receivedAt: receivedAt ?? null, dueAt: dueAt ?? null,
      finishedAt: finishedAt ?? (record.statusCode === 10 ? returnedAt ?? null : null),
      ...record, progress, fees, supplements, results,
      ...(paidMode && { payment: { mode: paidMode, amount: feesTotal } }),
    },
    problems: m.problems,
  };
}

const openCps: Dialect<OpenCpsDossier> = {
  applicantTypes: { 1: 'citizen', 2: 'business' },
  progressField: 'CapNhatTienDoHoSoMC',
};

const igate: Dialect<IgateDossier> = {
  applicantTypes: { 0: 'citizen', 1: 'business', 2: 'business' },
  progressField: 'CapNhatTienTrinh',
  submittedAt: (m, p) => m.date(asObject(p), 'NgayNopHoSo') ?? vnDateTimeToIso(asObject(p).NgayTiepNhan) ?? undefined,
  agency: (m, p) => {
    const o = asObject(p);
    const code = m.text(o, 'MaDonVi') ?? m.text(o, 'DonViXuLy') ?? (typeof o.MaHoSo === 'string' ? /^([0-9A-Z.]+)-\d/.exec(o.MaHoSo)?.[1] : undefined);
    if (code === undefined) m.report('MaDonVi', o.MaDonVi, 'missing', 'MaDonVi is required (or DonViXuLy, or a code with its agency)', true);
    const name = m.text(o, 'TenDonVi');
    return { ...(code && { code }), ...(name && { name }) };
  },
};

function many<P, O, R>(payload: P | readonly P[], options: O, one: (p: P, o: O) => R): R | R[] {
  return Array.isArray(payload) ? payload.map((p: P) => one(p, options)) : one(payload as P, options);
}

/**
 * Maps OpenCPS `DongBoHoSoMC` dossiers (one, or a list) and their `CapNhatTienDoHoSoMC` progress
 * entries to sync records: dates `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh to UTC, `LoaiDoiTuong` 1/2 to
 * citizen/business, `TrangThaiHoSo` to `statusCode`, `KenhThucHien` to the channel, fees, supplement
 * rounds and results. Never throws: what could not be mapped is in `problems`, with the source field
 * and value; a dossier without a required field (code, procedure, agency, applicant and its type,
 * `NgayTiepNhan`, a status 1–10) gives `record: null`. The version is `options.version`, else the
 * latest instant the payload carries (see {@link AdapterOptions.version}).
 * @example
 * ```ts
 * const adapted = fromOpenCps(body.data, { progress: steps, version: (d) => versions.get(d.MaHoSo!)! });
 * for (const a of adapted) if (a.problems.length) console.warn(a.record?.code, a.problems);
 * await sync(dvc.connection).push(adapted.flatMap((a) => (a.record ? [a.record] : [])));
 * ```
 */
export function fromOpenCps(payload: OpenCpsDossier, options?: OpenCpsOptions): AdaptedRecord;
export function fromOpenCps(payload: readonly OpenCpsDossier[], options?: OpenCpsOptions): AdaptedRecord[];
export function fromOpenCps(payload: OpenCpsDossier | readonly OpenCpsDossier[], options: OpenCpsOptions = {}): AdaptedRecord | AdaptedRecord[] {
  return many(payload, options, (p, o) => adapt(p, o, openCps));
}

/**
 * Maps VNPT iGate create-dossier payloads (one, or a list; the accepted shape, as observed, is
 * {@link IgateDossier}) with their `CapNhatTienTrinh` progress and `CapNhatTrangThai` status arrays to
 * sync records. Unlike OpenCPS, `LoaiDoiTuong` is 0 citizen, 1 business, 2 household business (a
 * `business`); codes look like `G09.20-20260609-0092637`, and the agency is `MaDonVi`, `DonViXuLy`, or
 * the code's prefix. The status is the latest `CapNhatTrangThai` of the dossier, else `TrangThaiHoSo`.
 * Never throws: problems as with {@link fromOpenCps}.
 * @example
 * ```ts
 * const [adapted] = fromIgate([dossier], { progress: body.CapNhatTienTrinh, statuses: body.CapNhatTrangThai });
 * if (adapted!.record) await sync(dvc.connection).push([adapted!.record]);
 * ```
 */
export function fromIgate(payload: IgateDossier, options?: IgateOptions): AdaptedRecord;
export function fromIgate(payload: readonly IgateDossier[], options?: IgateOptions): AdaptedRecord[];
export function fromIgate(payload: IgateDossier | readonly IgateDossier[], options: IgateOptions = {}): AdaptedRecord | AdaptedRecord[] {
  return many(payload, options, (p, o) => adapt(p, o, {
    ...igate,
    status: (m, d, record) => {
      const own = asObject(d);
      const updates = (o.statuses ?? []).map((u, index) => ({ u: asObject(u), index }))
        .filter(({ u }) => typeof own.MaHoSo === 'string' && String(u.MaHoSo ?? '').trim() === own.MaHoSo.trim());
      let latest: { code: number; at: number; finished?: string } | undefined;
      for (const { u, index } of updates) {
        const f = (name: string) => `CapNhatTrangThai[${index}].${name}`;
        const code = m.statusCode(u.TrangThaiHoSo, f('TrangThaiHoSo'), false);
        const at = m.date(u, 'ThoiGian', f('ThoiGian'));
        const finished = m.date(u, 'NgayKetThucXuLy', f('NgayKetThucXuLy'));
        if (code === undefined || at === undefined) continue;
        if (!latest || Date.parse(at) >= latest.at) latest = { code, at: Date.parse(at), ...(finished && { finished }) };
      }
      if (latest) {
        record.statusCode = latest.code;
        if (latest.finished) record.finishedAt = latest.finished;
      } else {
        const code = m.statusCode(own.TrangThaiHoSo, 'TrangThaiHoSo', true);
        if (code !== undefined) record.statusCode = code;
      }
    },
  }));
}
