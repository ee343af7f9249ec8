/**
 * Generated dossier records for the status-sync bench (sync.bench.ts): record `i` of a seed is the
 * same on every machine and every run (it depends on the seed and `i` only, never on today's date),
 * with the fields a one-stop system syncs: both real shapes of dossier codes (`000.00.01.H56-210531-0001`
 * and iGate's `G09.20-20260609-0092637`), 2–6 progress entries, fees, some payments, an applicant,
 * dates between 2021 and 2026. The people are made up: names from common Vietnamese names, CCCD
 * numbers and tax codes that pass the contract's checks, mobile numbers of real carriers' prefixes.
 *
 * And the bench's proof: an order-independent checksum of (code, version) pairs (a sum of hashes,
 * modulo 2^64: a pair lost or counted twice changes it), computed the same way over the generated
 * records and over the change feed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { provinces, taxCodeCheckDigit, type SyncDossierRecordInput } from '@dvc-kit/contract';

/** Codes carry the record's number: 7 digits in iGate's shape, so at most 9,999,999 records. */
export const MAX_RECORDS = 9_999_999;

/** A small PRNG (splitmix32) seeded from the bench's seed and the record's number. */
function randomFor(seed: number, i: number): () => number {
  let state = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const digits = (random: () => number, n: number) => {
  let out = '';
  for (let k = 0; k < n; k++) out += String(Math.floor(random() * 10));
  return out;
};

const provinceCodes = provinces.map((p) => p.code);

/** Procedures of the sandbox's catalogue (national codes), with fees as their local desks charge them. */
const procedures = [
  { code: '1.001193', name: 'Đăng ký khai sinh', fees: [] as { code: string; name: string; amount: number }[], days: 3 },
  { code: '1.004222', name: 'Đăng ký thường trú', fees: [{ code: 'LP01', name: 'Lệ phí đăng ký thường trú', amount: 20_000 }], days: 7 },
  { code: '1.000894', name: 'Đăng ký kết hôn', fees: [], days: 5 },
  { code: '1.000656', name: 'Đăng ký khai tử', fees: [], days: 3 },
  { code: '1.003677', name: 'Khai báo tạm vắng', fees: [], days: 2 },
  { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh', fees: [{ code: 'LP-HKD', name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100_000 }], days: 3 },
  { code: '3.000346', name: 'Cấp giấy phép lái xe', fees: [{ code: 'LP-GPLX', name: 'Lệ phí cấp giấy phép lái xe', amount: 135_000 }], days: 10 },
  { code: '1.015203', name: 'Đăng ký thành lập công ty cổ phần', fees: [{ code: 'LP-DKDN', name: 'Lệ phí đăng ký doanh nghiệp', amount: 50_000 }, { code: 'PCB', name: 'Phí công bố thông tin doanh nghiệp', amount: 100_000 }], days: 3 },
  { code: '1.015901', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', fees: [{ code: 'LP-GPXD', name: 'Lệ phí cấp giấy phép xây dựng', amount: 75_000 }], days: 15 },
  { code: '2.001035', name: 'Chứng thực giao dịch liên quan đến tài sản là động sản', fees: [{ code: 'PCT', name: 'Phí chứng thực hợp đồng, giao dịch', amount: 50_000 }], days: 2 },
  { code: '1.016101', name: 'Cấp Giấy phép bán lẻ rượu', fees: [{ code: 'PTD', name: 'Phí thẩm định cấp giấy phép bán lẻ rượu', amount: 1_200_000 }], days: 10 },
  { code: '1.012796', name: 'Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót', fees: [], days: 10 },
] as const;

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Hoài', 'Gia', 'Khánh'];
const givens = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Ngân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const businessKinds = ['Công ty TNHH', 'Công ty cổ phần', 'Hộ kinh doanh', 'Doanh nghiệp tư nhân'];
const businessNames = ['Hưng Thịnh', 'Phú Gia', 'An Khang', 'Minh Phát', 'Thành Đạt', 'Sao Mai', 'Hoàng Long', 'Đại Việt'];
/** Birth-registration codes of the CCCD (pre-2025 provinces). */
const cccdPrefixes = ['001', '031', '038', '040', '046', '048', '056', '079', '092', '096'];
const phonePrefixes = ['032', '035', '038', '086', '096', '097', '098', '081', '083', '088', '091', '094', '070', '077', '089', '090', '093', '056', '059', '087'];
const officers = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thị Hạnh', 'Võ Thanh Hải', 'Đỗ Thu Hương', 'Bùi Đức Khải'];
const departments = ['Bộ phận Một cửa', 'Phòng Tư pháp', 'Công an xã', 'Phòng Kinh tế', 'Văn phòng HĐND và UBND', 'Phòng Quản lý đô thị'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Dossiers are dated from 2021-01-04 (Asia/Ho_Chi_Minh), over about five years: a fixed span, never today. */
const FIRST_DAY = Date.parse('2021-01-04T00:00:00+07:00');
const SPAN_DAYS = 5 * 365;
const VN_OFFSET = 7 * HOUR;

/** `2021-05-31T08:15:00+07:00` for an instant, as one-stop systems in Asia/Ho_Chi_Minh write it. */
function local(ms: number): string {
  return `${new Date(ms + VN_OFFSET).toISOString().slice(0, 19)}+07:00`;
}
/** Its local date, `yyyyMMdd`. */
const localDay = (ms: number) => new Date(ms + VN_OFFSET).toISOString().slice(0, 10).replace(/-/g, '');

/** The steps of a dossier by its number of progress entries: status codes 1–10 as the portal names them. */
const trails: Record<number, readonly number[]> = {
  2: [2, 4],
  3: [2, 4, 9],
  4: [2, 4, 9, 10],
  5: [2, 4, 5, 4, 9],
  6: [2, 4, 6, 4, 9, 10],
};
const actions: Record<number, string> = {
  2: 'Tiếp nhận hồ sơ', 4: 'Chuyển xử lý', 5: 'Yêu cầu bổ sung giấy tờ', 6: 'Yêu cầu nộp phí, lệ phí', 9: 'Đã xử lý xong, chờ trả kết quả',
  10: 'Trả kết quả cho người nộp',
};

function citizenId(random: () => number): string {
  const century = random() < 0.8 ? int(random, 0, 1) : int(random, 2, 3);
  const year = century < 2 ? int(random, 50, 99) : int(random, 0, 5);
  return `${pick(random, cccdPrefixes)}${century}${String(year).padStart(2, '0')}${digits(random, 6)}`;
}

function taxCode(random: () => number): string {
  for (;;) {
    const base = `0${digits(random, 8)}`;
    const check = taxCodeCheckDigit(base);
    if (check !== null) return `${base}${check}`;
  }
}

/** Record number `i` (from 0) of `seed`. */
export function benchRecord(seed: number, i: number): SyncDossierRecordInput {
  const random = randomFor(seed, i);
  const province = pick(random, provinceCodes);
  const igate = random() < 0.5;
  const procedure = pick(random, procedures);
  const submitted = FIRST_DAY + int(random, 0, SPAN_DAYS) * DAY + int(random, 7 * 60 + 30, 16 * 60 + 30) * MINUTE;
  const day = localDay(submitted);
  // iGate: agency-yyyyMMdd-7 digits; the other shape: agency-yyMMdd-4 digits or more.
  const agencyCode = igate ? `G${province}.${String(int(random, 1, 40)).padStart(2, '0')}` : pick(random, [
    `000.00.01.H${province}`, `000.00.02.H${province}`, `000.01.00.H${province}`, `000.00.00.H${province}`,
  ]);
  const code = igate ? `${agencyCode}-${day}-${String(i + 1).padStart(7, '0')}` : `${agencyCode}-${day.slice(2)}-${String(i + 1).padStart(4, '0')}`;

  const online = random() < 0.45;
  const channel = online ? 'online' : random() < 0.08 ? 'postal' : 'in_person';
  const received = online ? submitted + int(random, 1, 30) * HOUR : submitted;
  const due = received + procedure.days * DAY + int(random, 0, 2) * DAY;
  const entries = int(random, 2, 6);
  const trail = trails[entries]!;
  let at = received;
  const progress: NonNullable<SyncDossierRecordInput['progress']> = [];
  let finished: number | null = null;
  for (const status of trail) {
    if (progress.length) at += int(random, 1, 48) * HOUR + int(random, 0, 59) * MINUTE;
    if (status === 9) finished = at;
    progress.push({
      at: local(at),
      officer: pick(random, officers),
      ...(random() < 0.8 ? { title: status === 2 ? 'Cán bộ tiếp nhận' : 'Chuyên viên' } : {}),
      ...(random() < 0.7 ? { department: pick(random, departments) } : {}),
      action: actions[status]!,
      statusCode: status,
      ...(status === 4 ? { dueAt: local(due) } : {}),
      ...(status === 5 ? { note: 'Bổ sung bản sao giấy tờ tùy thân' } : {}),
    });
  }
  const status = trail.at(-1)!;

  const business = procedure.code === '1.015203' || procedure.code === '1.016101' || (procedure.code === '1.001612' && random() < 0.3);
  const phone = random() < 0.92 ? `${pick(random, phonePrefixes)}${digits(random, 7)}` : undefined;
  const applicant: SyncDossierRecordInput['applicant'] = business
    ? { type: 'business', fullName: `${pick(random, businessKinds)} ${pick(random, businessNames)}`, idNumber: taxCode(random), ...(phone ? { phone } : {}) }
    : {
      type: 'citizen',
      fullName: `${pick(random, families)} ${pick(random, middles)} ${pick(random, givens)}`,
      idNumber: citizenId(random),
      ...(phone ? { phone } : {}),
      ...(random() < 0.2 ? { email: `nguoidan${i}@example.vn` } : {}),
    };

  const fees = procedure.fees.map((f) => ({ ...f }));
  const total = fees.reduce((sum, f) => sum + f.amount, 0);
  const paid = total > 0 && random() < 0.7;
  const payment = paid
    ? { mode: online ? (random() < 0.6 ? 'portal' as const : 'gateway' as const) : 'desk' as const, amount: total, paidAt: local(received + int(random, 5, 120) * MINUTE) }
    : null;

  return {
    code,
    version: int(random, 1, 6),
    serviceCode: procedure.code,
    agencyCode,
    applicant,
    channel,
    summary: `${procedure.name}`,
    submittedAt: local(submitted),
    receivedAt: local(received),
    dueAt: local(due),
    finishedAt: finished === null ? null : local(finished),
    statusCode: status,
    progress,
    fees,
    payment,
    ...(status === 5 ? { supplements: [{ requestedAt: progress[2]!.at, reason: 'Thiếu bản sao giấy tờ tùy thân' }] } : {}),
  };
}

/** Records 0…count-1 of `seed`, in order (what the pusher pushes: the same order on every run). */
export function* benchRecords(seed: number, count: number): Generator<SyncDossierRecordInput> {
  for (let i = 0; i < count; i++) yield benchRecord(seed, i);
}

/** An order-independent checksum of (code, version) pairs, and how many were added. */
export class Tally {
  count = 0;
  #sum = 0n;
  add(code: string, version: number | null): void {
    const digest = createHash('sha256').update(`${code}\n${version}`).digest();
    this.#sum = (this.#sum + digest.readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
    this.count++;
  }
  get checksum(): string {
    return this.#sum.toString(16).padStart(16, '0');
  }
}

/** A process's peak resident memory in bytes (VmHWM), or null off Linux. */
export function peakRss(pid: number | 'self' = 'self'): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** A process's CPU time so far (user + system) in seconds, from /proc/<pid>/stat; null off Linux or once it is gone. */
export function cpuSeconds(pid: number | 'self' = 'self'): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
