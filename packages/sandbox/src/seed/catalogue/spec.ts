// `popularity` figures in this catalogue are estimates for ranking search ties (orders of magnitude of
// dossiers per year nationwide), not published statistics.
import type { ChannelInfo, DeclarationForm, Fee, LegalBasis, RequiredDocument, TimeUnit } from '@dvc-kit/contract';
import { ANY_FILE, type DocSlot } from '../forms/build.js';
import { genericForm } from '../forms/generic.js';

/** A national procedure record as the national procedure database publishes it. */
export interface SeedProcedure {
  code: string;
  name: string;
  sector: string;
  level: 'central' | 'province' | 'commune';
  audiences: ('citizen' | 'business' | 'organisation')[];
  onlineLevel: 'full' | 'partial' | 'none';
  implementingAgency: string;
  decidingAuthority: string | null;
  coordinatingAgencies: string[];
  channels: ChannelInfo[];
  documents: RequiredDocument[];
  /** The declaration form: the procedure's own, or the generic request form. */
  form: DeclarationForm;
  steps: string[];
  conditions: string[];
  result: string;
  legalBasis: LegalBasis[];
  identityLevel: 1 | 2;
  previousCodes: string[];
  replacedBy: string | null;
  status: 'active' | 'replaced';
  keywords: string[];
  /** Dossiers per year nationwide (all provinces' copies together): realistic, seeded; orders search ties. */
  popularity: number;
  /** True when no public source we have shows this code: the sandbox's own, shaped like the portal's. */
  codeUnverified: boolean;
}

type Time = [value: number, unit: TimeUnit, note?: string] | null;
export type FeeSpec = [name: string, amount: number | null, note?: string];
export type DocSpec = string | [name: string, originals: number, copies: number, template?: string, when?: string];

export interface Spec {
  code: string;
  name: string;
  sector: string;
  level: SeedProcedure['level'];
  audiences?: SeedProcedure['audiences'];
  online: SeedProcedure['onlineLevel'];
  agency: string;
  deciding?: string;
  coordinating?: string[];
  /** Fees per channel; a channel listed here is offered. `postal` follows in-person when omitted. */
  fees: Partial<Record<ChannelInfo['channel'], FeeSpec[]>>;
  time: Time;
  /** Documents: a name, a tuple, or (with a specific form) a slot with its key and file types. */
  docs: (DocSpec | DocSlot)[];
  /** The procedure's own declaration form (see ../forms/); without it, the generic request form. */
  form?: DeclarationForm;
  steps: string[];
  conditions?: string[];
  result: string;
  legal: [number: string, title: string][];
  identityLevel?: 1 | 2;
  previousCodes?: string[];
  keywords?: string[];
  /** Dossiers per year nationwide (an estimate; see the note at the top of this file). */
  popularity: number;
  /** The code is the sandbox's own (no public source seen). */
  codeUnverified?: boolean;
}

export const BY_PROVINCE = 'Theo Nghị quyết của Hội đồng nhân dân cấp tỉnh';

function fee([name, amount, note]: FeeSpec): Fee {
  return { name, amount, note: note ?? null };
}

export function procedure(s: Spec): SeedProcedure {
  const time = s.time ? { value: s.time[0], unit: s.time[1], note: s.time[2] ?? null } : null;
  const channels: ChannelInfo[] = (['online', 'in_person', 'postal'] as const)
    .filter((c) => s.fees[c] || (c === 'postal' && s.fees.in_person) || (c === 'online' && s.online !== 'none'))
    .map((channel) => ({
      channel,
      processingTime: time,
      fees: (s.fees[channel] ?? (channel === 'postal' ? s.fees.in_person : undefined) ?? s.fees.in_person ?? []).map(fee),
    }));
  return {
    code: s.code,
    name: s.name,
    sector: s.sector,
    level: s.level,
    audiences: s.audiences ?? ['citizen'],
    onlineLevel: s.online,
    implementingAgency: s.agency,
    decidingAuthority: s.deciding ?? null,
    coordinatingAgencies: s.coordinating ?? [],
    channels,
    documents: s.docs.map((d, i) => documentOf(s.code, d, i)),
    form: s.form ?? genericForm(s.name),
    steps: s.steps,
    conditions: s.conditions ?? [],
    result: s.result,
    legalBasis: s.legal.map(([number, title]) => ({ number, title, issuedBy: null, issuedOn: null })),
    identityLevel: s.identityLevel ?? 2,
    previousCodes: s.previousCodes ?? [],
    replacedBy: null,
    status: 'active',
    keywords: s.keywords ?? [],
    popularity: s.popularity,
    codeUnverified: s.codeUnverified ?? false,
  };
}

const templateOf = (code: string, name: string | undefined) => (name ? { name, url: `/bieu-mau/${code}.docx` } : null);

/**
 * A document slot out of its spec. Plain names and tuples get keys `tp1`, `tp2`… (thành phần), take
 * any file type, and are required unless they apply to a case only.
 */
function documentOf(code: string, d: DocSpec | DocSlot, i: number): RequiredDocument {
  if (typeof d === 'string') {
    return { key: `tp${i + 1}`, name: d, originals: 1, copies: 0, template: null, case: null, required: true, accept: ANY_FILE, showWhen: null };
  }
  if (Array.isArray(d)) {
    const [name, originals, copies, template, when] = d;
    return {
      key: `tp${i + 1}`, name, originals, copies, template: templateOf(code, template), case: when ?? null,
      required: !when, accept: ANY_FILE, showWhen: null,
    };
  }
  return {
    key: d.key, name: d.name, originals: d.originals ?? 1, copies: d.copies ?? 0, template: templateOf(code, d.template),
    case: d.case ?? null, required: d.required ?? true, accept: d.accept ?? ANY_FILE, showWhen: d.show ?? null,
  };
}

/** The same fees whether the dossier is sent online or brought in person. */
export const both = (...fees: FeeSpec[]): Spec['fees'] => ({ online: fees, in_person: fees });

export const HO_TICH_LAW: [string, string][] = [
  ['60/2014/QH13', 'Luật Hộ tịch'],
  ['123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch'],
];
export const CU_TRU_LAW: [string, string][] = [
  ['68/2020/QH14', 'Luật Cư trú'],
  ['55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú'],
];
export const CHUNG_THUC_LAW: [string, string][] = [['23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch']];
export const HKD_LAW: [string, string][] = [['01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp']];
export const GPLX_LAW: [string, string][] = [['12/2017/TT-BGTVT', 'Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ']];

export const UBND_XA = 'Ủy ban nhân dân cấp xã';
export const UBND_TINH = 'Ủy ban nhân dân cấp tỉnh';
export const CONG_AN_XA = 'Công an cấp xã';
export const CONG_AN_TINH = 'Công an cấp tỉnh';
export const XNC_TINH = 'Phòng Quản lý xuất nhập cảnh - Công an cấp tỉnh';
export const BHXH_TINH = 'Bảo hiểm xã hội cấp tỉnh';
export const THUE = 'Cơ quan thuế quản lý trực tiếp';
export const CHU_TICH_XA = 'Chủ tịch Ủy ban nhân dân cấp xã';
export const ID_DOC = 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu';
export const RECEIVE = 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công hoặc tại Bộ phận Một cửa';
export const CHECK = 'Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; yêu cầu bổ sung nếu chưa đủ';
export const RETURN = 'Trả kết quả trực tuyến, qua bưu chính hoặc tại Bộ phận Một cửa';
