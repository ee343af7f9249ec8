import {
  canTransition, dossierStatusInfo, finalDossierStatuses,
  type Applicant, type Dossier, type DossierStatus, type DossierSubmitInput, type HistoryEntry,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { freeSerial, vnDay } from '../util/ids.js';
import { addWorkingDays, dueDate } from '../util/time.js';
import { linkDossier } from './accounts.js';
import { logDossierChange } from './changes.js';
import { json } from './db.js';
import { dossierFileUrl } from '../util/links.js';
import { findAgency, type findProcedure } from './procedures.js';
import type { Owner } from './tenants.js';

/** Statuses in which the result exists: released (waiting to be returned) or returned. */
const withResult: readonly DossierStatus[] = ['releasing', 'done'];

export interface DossierRow {
  code: string;
  service_code: string;
  service_name: string;
  agency_code: string;
  agency_name: string;
  province_code: string | null;
  channel: 'online' | 'postal' | 'in_person';
  status: DossierStatus;
  applicant: string;
  verifier: string;
  form_data: string;
  note: string | null;
  fees: string;
  fees_total: number;
  fees_paid: number;
  processing_days: number | null;
  supplement: string | null;
  submitted_at: string;
  received_at: string | null;
  due_at: string | null;
  completed_at: string | null;
  next_step_at: string | null;
  commune_code: string | null;
  commune_name: string | null;
  /** `{ method, address }`: the address written out, with `post`. */
  delivery: string;
  /** The API key it was submitted with (null: seeded, or made before keys were recorded). */
  key: string | null;
}

export type Supplement = NonNullable<Dossier['supplement']>;

export interface HistoryRow {
  id: number;
  status: DossierStatus;
  previous_status: DossierStatus | null;
  at: string;
  actor: string;
  role: string;
  department: string | null;
  action: string;
  note: string | null;
  due_at: string | null;
}

export interface StatusChange {
  actor: string;
  role: string;
  department?: string | null;
  action: string;
  note?: string | null;
}

export function findDossier(sb: Sandbox, code: string): DossierRow | undefined {
  return sb.db.prepare('SELECT * FROM dossiers WHERE code = ?').get(code) as DossierRow | undefined;
}

/**
 * The dossier, if `verifier` is the phone number it was submitted with. An unknown code and a wrong
 * phone get the same answer and count alike against the budgets of wrong tries of the code, the
 * client and the phone number (`Guard.lookup`), so codes can be neither probed nor walked.
 */
export function findDossierForVerifier(sb: Sandbox, code: string, verifier: string, client: string): DossierRow {
  return sb.guard.lookup('dossier', code, verifier, client, sb.now(), (phone) => {
    const row = findDossier(sb, code);
    return row && phone !== null && phone === row.verifier ? row : undefined;
  }, () => new ApiError(404, 'dossier_not_found'));
}

export function dossierHistory(sb: Sandbox, code: string, afterId = 0): (HistoryEntry & { id: number; previousStatus: DossierStatus | null })[] {
  const rows = sb.db
    .prepare('SELECT * FROM dossier_history WHERE dossier_code = ? AND id > ? ORDER BY id')
    .all(code, afterId) as HistoryRow[];
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    previousStatus: r.previous_status,
    at: r.at,
    actor: r.actor,
    role: r.role,
    department: r.department,
    action: r.action,
    note: r.note,
    dueAt: r.due_at,
  }));
}

/** The name of the procedure's result (from its record), e.g. "Giấy khai sinh (bản chính và bản điện tử)". */
export function resultName(sb: Sandbox, row: Pick<DossierRow, 'service_code' | 'service_name'>): string {
  const detail = sb.db.prepare('SELECT detail FROM procedures WHERE code = ?').pluck().get(row.service_code) as string | undefined;
  return (detail ? json<{ result?: string }>(detail)?.result : undefined) ?? `Kết quả: ${row.service_name}`;
}

/** The dossier as the API shows it to its applicant. */
export function toDossier(sb: Sandbox, row: DossierRow): Dossier {
  const applicant = json<Applicant>(row.applicant)!;
  const attachments = sb.db
    .prepare(
      `SELECT a.id, a.name, a.type, a.size, a.sha256, d.document FROM dossier_attachments d
       JOIN attachments a ON a.id = d.attachment_id WHERE d.dossier_code = ? ORDER BY a.created_at, a.id`,
    )
    .all(row.code) as Dossier['attachments'];
  const history = dossierHistory(sb, row.code);
  return {
    code: row.code,
    service: { code: row.service_code, name: row.service_name },
    agency: { code: row.agency_code, name: row.agency_name },
    channel: row.channel,
    status: row.status,
    applicant: { type: applicant.type, fullName: applicant.fullName },
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    completedAt: row.completed_at,
    fees: { total: row.fees_total, paid: row.fees_paid, lines: json<Dossier['fees']['lines']>(row.fees)! },
    commune: row.commune_code ? { code: row.commune_code, name: row.commune_name ?? row.commune_code } : null,
    delivery: json<Dossier['delivery']>(row.delivery)!,
    attachments,
    supplement: json<Supplement>(row.supplement),
    receiptUrl: dossierFileUrl(sb, 'receipt', row.code),
    result: withResult.includes(row.status)
      ? {
        name: resultName(sb, row),
        url: dossierFileUrl(sb, 'result', row.code),
        // Issued when it was released (a dossier moved straight to done by an admin has no such entry).
        issuedAt: history.find((h) => h.status === 'releasing')?.at ?? row.completed_at ?? row.submitted_at,
      }
      : null,
    history: history.map(({ previousStatus: _p, ...entry }) => entry),
  };
}

/**
 * Writes a history entry and logs the change for the change feed (store/changes.ts). Callers update the
 * row itself, before, in the same transaction.
 */
export function addHistory(sb: Sandbox, row: DossierRow, status: DossierStatus, change: StatusChange, dueAt: string | null): number {
  const info = sb.db
    .prepare(
      `INSERT INTO dossier_history (dossier_code, status, previous_status, at, actor, role, department, action, note, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(row.code, status, row.status === status ? null : row.status, sb.now().toISOString(), change.actor, change.role,
      change.department ?? null, change.action, change.note ?? null, dueAt);
  const id = Number(info.lastInsertRowid);
  logDossierChange(sb, row.code, row.agency_code, id);
  return id;
}

/** Who a dossier (and so its events and payments' events) belongs to: see store/tenants.ts. */
export const dossierOwner = (row: Pick<DossierRow, 'key' | 'agency_code'>): Owner => ({ key: row.key ?? null, agency: row.agency_code });

function announce(sb: Sandbox, id: number, row: DossierRow, from: DossierStatus | null, to: DossierStatus): void {
  sb.events.emit('dossier.status', { id, code: row.code });
  sb.events.emit('webhook', {
    type: 'dossier.status_changed',
    data: { code: row.code, status: to, previousStatus: from, at: sb.now().toISOString() },
    owner: dossierOwner(row),
  });
}

/** When the schedule should take the next automatic step (null: none, or the schedule is off). */
function nextStepAt(sb: Sandbox, status: DossierStatus, row: Pick<DossierRow, 'fees_total' | 'fees_paid' | 'supplement'>): string | null {
  if (sb.options.stepSeconds <= 0 || finalDossierStatuses.includes(status)) return null;
  // Waiting on the citizen: a supplement not yet sent, or fees not yet paid, is theirs to move.
  if (status === 'paying' && row.fees_paid < row.fees_total) return null;
  if (status === 'waiting' && json<Supplement>(row.supplement)?.state === 'requested') return null;
  return new Date(sb.now().getTime() + sb.options.stepSeconds * 1000).toISOString();
}

/**
 * Moves a dossier to `to`, enforcing the status machine, keeping dates (received, due, completed)
 * and the supplement record right, and announcing the change.
 */
export function changeStatus(sb: Sandbox, code: string, to: DossierStatus, change: StatusChange): DossierRow {
  return sb.db.transaction(() => {
    const row = findDossier(sb, code)!;
    if (!canTransition(row.status, to)) {
      throw new ApiError(409, 'invalid_transition', {
        from: dossierStatusInfo[row.status].label,
        to: dossierStatusInfo[to].label,
      });
    }
    const now = sb.now();
    const updated: DossierRow = { ...row, status: to };
    if (to === 'new') {
      updated.received_at = now.toISOString();
      updated.due_at = row.processing_days === null ? null : addWorkingDays(now, row.processing_days).toISOString();
    }
    if (to === 'waiting') {
      updated.supplement = JSON.stringify({
        state: 'requested',
        reason: change.note ?? 'Bổ sung giấy tờ theo yêu cầu của cơ quan giải quyết.',
        requestedAt: now.toISOString(),
        deadline: addWorkingDays(now, 7).toISOString(),
        sentAt: null,
        note: null,
      } satisfies Supplement);
    }
    if (row.status === 'waiting' && to === 'processing' && row.supplement) {
      updated.supplement = JSON.stringify({ ...json<Supplement>(row.supplement)!, state: 'completed' });
    }
    if (finalDossierStatuses.includes(to)) updated.completed_at = now.toISOString();
    updated.next_step_at = nextStepAt(sb, to, updated);
    sb.db
      .prepare(
        `UPDATE dossiers SET status = ?, received_at = ?, due_at = ?, completed_at = ?, supplement = ?, next_step_at = ?
         WHERE code = ?`,
      )
      .run(updated.status, updated.received_at, updated.due_at, updated.completed_at, updated.supplement, updated.next_step_at, code);
    const id = addHistory(sb, row, to, change, updated.due_at);
    announce(sb, id, row, row.status, to);
    return updated;
  })();
}

/** The next status on the usual path, as the agency's desk would move it; null when it waits for someone else. */
export function nextOnPath(row: DossierRow): DossierStatus | null {
  switch (row.status) {
    case 'receiving':
      return 'new';
    case 'new':
      return 'processing';
    case 'processing':
      return row.fees_paid < row.fees_total ? 'paying' : 'releasing';
    case 'paying':
      return row.fees_paid >= row.fees_total ? 'processing' : null;
    case 'waiting':
      return json<Supplement>(row.supplement)?.state === 'sent' ? 'processing' : null;
    case 'releasing':
      return 'done';
    default:
      return null;
  }
}

type Procedure = NonNullable<ReturnType<typeof findProcedure>>;

/** The fee lines a dossier owes: the online channel's fixed fees (or the first channel's). */
function feesOf(detail: Procedure): { name: string; amount: number }[] {
  const channels = detail.detailObject.channels;
  const channel = channels.find((c) => c.channel === 'online') ?? channels[0];
  return (channel?.fees ?? [])
    .filter((f): f is typeof f & { amount: number } => typeof f.amount === 'number' && f.amount > 0)
    .map((f) => ({ name: f.name, amount: f.amount }));
}

function processingDays(detail: Procedure): number | null {
  const channels = detail.detailObject.channels;
  const time = (channels.find((c) => c.channel === 'online') ?? channels[0])?.processingTime;
  if (!time) return null;
  switch (time.unit) {
    case 'working_day':
      return time.value;
    case 'day':
      return Math.ceil((time.value * 5) / 7);
    case 'month':
      return time.value * 22;
    case 'hour':
      return Math.max(1, Math.ceil(time.value / 8));
  }
}

/** A checked online submission, as {@link createDossier} records it. */
export interface NewDossier {
  procedure: Procedure;
  /** The province it was submitted in (the procedure's own for a local instance). */
  province: string | null;
  applicant: DossierSubmitInput['applicant'];
  formData: Record<string, unknown>;
  note: string | null;
  commune: { code: string; name: string } | null;
  delivery: { method: string; address: string | null };
  /** Attachment ids per document slot, and the other files. */
  documents: Record<string, string[]>;
  attachmentIds: string[];
  /** The API key it is submitted with, and the account it is tied to (a logged-in citizen's). */
  key: string;
  accountSub: string | null;
}

/**
 * Records a new online dossier with a fresh code (`{agency}-{yyMMdd}-{NNNN}`), its files and its
 * first history entry, ties it to the account if any, and announces it.
 */
export function createDossier(sb: Sandbox, input: NewDossier): DossierRow {
  const { procedure } = input;
  const agency = findAgency(sb, procedure.agency_code);
  const agencyCode = agency?.code ?? procedure.agency_code;
  const now = sb.now();
  const fees = feesOf(procedure);
  const row = sb.db.transaction((): DossierRow => {
    const prefix = `${agencyCode}-${vnDay(now)}-`;
    const exists = sb.db.prepare('SELECT 1 FROM dossiers WHERE code = ?').pluck();
    const code = prefix + freeSerial(4, (serial) => exists.get(prefix + serial) !== undefined);
    const fresh: DossierRow = {
      code,
      service_code: procedure.code,
      service_name: procedure.name,
      agency_code: agencyCode,
      agency_name: agency?.name ?? procedure.detailObject.implementingAgency,
      province_code: input.province,
      channel: 'online',
      status: 'receiving',
      applicant: JSON.stringify(input.applicant),
      verifier: input.applicant.phone,
      form_data: JSON.stringify(input.formData),
      note: input.note,
      fees: JSON.stringify(fees),
      fees_total: fees.reduce((sum, f) => sum + f.amount, 0),
      fees_paid: 0,
      processing_days: processingDays(procedure),
      supplement: null,
      submitted_at: now.toISOString(),
      received_at: null,
      due_at: null,
      completed_at: null,
      next_step_at: sb.options.stepSeconds > 0 ? new Date(now.getTime() + sb.options.stepSeconds * 1000).toISOString() : null,
      commune_code: input.commune?.code ?? null,
      commune_name: input.commune?.name ?? null,
      delivery: JSON.stringify(input.delivery),
      key: input.key,
    };
    sb.db
      .prepare(
        `INSERT INTO dossiers (${Object.keys(fresh).join(', ')}) VALUES (${Object.keys(fresh).map((k) => '@' + k).join(', ')})`,
      )
      .run(fresh);
    const link = sb.db.prepare('INSERT OR IGNORE INTO dossier_attachments (dossier_code, attachment_id, document) VALUES (?, ?, ?)');
    for (const [key, ids] of Object.entries(input.documents)) for (const id of ids) link.run(code, id, key);
    for (const id of new Set(input.attachmentIds)) link.run(code, id, null);
    const id = addHistory(sb, { ...fresh, status: 'receiving' }, 'receiving', {
      actor: input.applicant.fullName,
      role: 'Người nộp hồ sơ',
      action: 'Nộp hồ sơ trực tuyến',
    }, null);
    sb.events.emit('dossier.status', { id, code });
    return fresh;
  })();
  if (input.accountSub !== null) linkDossier(sb, input.accountSub, row.code);
  sb.events.emit('webhook', {
    type: 'dossier.status_changed',
    data: { code: row.code, status: 'receiving', previousStatus: null, at: row.submitted_at },
    owner: dossierOwner(row),
  });
  return row;
}

/** Records the files and note the applicant sends for a requested supplement; the schedule then moves on. */
export function sendSupplement(sb: Sandbox, row: DossierRow, supplement: Supplement, note: string, attachmentIds: string[]): void {
  sb.db.transaction(() => {
    const now = sb.now().toISOString();
    sb.db
      .prepare('UPDATE dossiers SET supplement = ?, next_step_at = ? WHERE code = ?')
      .run(
        JSON.stringify({ ...supplement, state: 'sent', sentAt: now, note } satisfies Supplement),
        sb.options.stepSeconds > 0 ? new Date(sb.now().getTime() + sb.options.stepSeconds * 1000).toISOString() : null,
        row.code,
      );
    const link = sb.db.prepare(
      `INSERT OR IGNORE INTO dossier_attachments (dossier_code, attachment_id, kind) VALUES (?, ?, 'supplement')`,
    );
    for (const id of attachmentIds) link.run(row.code, id);
    const id = addHistory(sb, row, 'waiting', {
      actor: json<{ fullName: string }>(row.applicant)!.fullName,
      role: 'Người nộp hồ sơ',
      action: 'Gửi bổ sung hồ sơ',
      note,
    }, row.due_at);
    sb.events.emit('dossier.status', { id, code: row.code });
  })();
}

/** Adds a succeeded payment to the dossier; a dossier waiting on its fees moves on once they are paid. */
export function recordPayment(sb: Sandbox, code: string, amount: number, paymentId: string): void {
  sb.db.transaction(() => {
    const row = findDossier(sb, code)!;
    const paid = Math.min(row.fees_total, row.fees_paid + amount);
    sb.db.prepare('UPDATE dossiers SET fees_paid = ? WHERE code = ?').run(paid, code);
    const id = addHistory(sb, row, row.status, {
      actor: 'Nền tảng thanh toán',
      role: 'Hệ thống',
      action: `Đã thanh toán ${amount.toLocaleString('vi-VN')} đồng (giao dịch ${paymentId})`,
    }, row.due_at);
    sb.events.emit('dossier.status', { id, code });
    if (row.status === 'paying' && paid >= row.fees_total) {
      changeStatus(sb, code, 'processing', {
        actor: 'Hệ thống một cửa', role: 'Hệ thống', action: 'Đã hoàn thành nghĩa vụ tài chính, tiếp tục xử lý',
      });
    }
  })();
}

/** Applies the automatic schedule: every dossier whose next step is due moves one step. */
export function runSchedule(sb: Sandbox): void {
  const now = sb.now();
  const due = sb.db
    .prepare('SELECT * FROM dossiers WHERE next_step_at IS NOT NULL AND next_step_at <= ? ORDER BY next_step_at LIMIT 200')
    .all(now.toISOString()) as DossierRow[];
  for (const row of due) {
    const to = nextOnPath(row);
    if (!to) {
      sb.db.prepare('UPDATE dossiers SET next_step_at = NULL WHERE code = ?').run(row.code);
      continue;
    }
    changeStatus(sb, row.code, to, stepActors[to] ?? { actor: 'Cán bộ xử lý', role: 'Chuyên viên', action: 'Cập nhật trạng thái' });
  }
  // Supplement deadlines pass even when the schedule is off; a synced dossier's (version set) are its
  // one-stop system's to enforce. The partial index dossiers_supplement_due (migration 9) keeps this
  // from reading every dossier each second.
  const lapsed = sb.db
    .prepare(`SELECT code, supplement FROM dossiers WHERE status = 'waiting' AND supplement IS NOT NULL AND version IS NULL`)
    .all() as Pick<DossierRow, 'code' | 'supplement'>[];
  for (const row of lapsed) {
    const s = json<Supplement>(row.supplement)!;
    if (s.state === 'requested' && Date.parse(s.deadline) <= now.getTime()) {
      changeStatus(sb, row.code, 'unresolved', {
        actor: 'Hệ thống một cửa', role: 'Hệ thống', action: 'Dừng xử lý do quá hạn bổ sung hồ sơ (7 ngày làm việc)',
      });
    }
  }
}

export const stepActors: Partial<Record<DossierStatus, StatusChange>> = {
  new: { actor: 'Bộ phận Một cửa', role: 'Cán bộ tiếp nhận', department: 'Bộ phận tiếp nhận và trả kết quả', action: 'Tiếp nhận hồ sơ' },
  processing: { actor: 'Phòng chuyên môn', role: 'Chuyên viên xử lý', department: 'Phòng chuyên môn', action: 'Chuyển xử lý hồ sơ' },
  paying: { actor: 'Phòng chuyên môn', role: 'Chuyên viên xử lý', department: 'Phòng chuyên môn', action: 'Đề nghị thực hiện nghĩa vụ tài chính' },
  releasing: { actor: 'Lãnh đạo đơn vị', role: 'Người có thẩm quyền', department: 'Lãnh đạo', action: 'Phê duyệt kết quả, chuyển trả kết quả' },
  done: { actor: 'Bộ phận Một cửa', role: 'Cán bộ trả kết quả', department: 'Bộ phận tiếp nhận và trả kết quả', action: 'Trả kết quả cho người nộp' },
};

export { dueDate };
