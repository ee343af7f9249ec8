/**
 * Status sync of the one-stop systems (issue 18): batches of dossier records pushed with a secret key
 * of scope `sync`, removals, and the change feed. A synced dossier is an ordinary dossier: a row of
 * `dossiers` (source `sync`) with its progress in `dossier_history` (rows marked `synced`), so it is
 * tracked by code and phone, counted by the stats and listed to the account of its applicant's CCCD.
 *
 * - **Versions.** Each record carries its system's version. Older than stored: `stale`, nothing
 *   changes. Equal: `unchanged` when the content (the normalised record's hash) is the same, `invalid`
 *   (`sync.version_conflict`) when it is not. A removed record leaves its version in its tombstone, so
 *   a late copy of it does not bring it back (while the tombstone is retained).
 * - **Tenants.** A key syncs only its agencies' records (`sync.agency_not_allowed`, for the record's
 *   agency and for the agency of a stored dossier with the same code).
 * - **Scale.** One transaction per batch, statements compiled once per database, the procedure and
 *   agency names looked up once per batch, progress rewritten only from the first entry that differs
 *   (an appended step inserts one row, and history ids, the event ids of live trackers, stay).
 * - **The feed** (store/changes.ts writes it): every change in commit order, read by an opaque cursor
 *   (`{seq}.{ms}`, base64url: the last change read and when the reader was known to be up to date).
 *   A dossier keeps only its latest upsert in the log, so reading from the start is a whole copy;
 *   tombstones and the portal's progress entries are retained `syncRetentionSeconds`, and a cursor
 *   older than that is refused with `410 cursor_expired` (it may have missed one of them): resync.
 */
import { createHash } from 'node:crypto';
import {
  check, dossierStatusInfo, syncDossierRecord,
  type FieldError, type Locale, type MessageKey, type SyncChange, type SyncChangesPage, type SyncDossier,
  type SyncDossierRecord, type SyncProgress, type SyncPushResult, type SyncRecordResult,
} from '@dvc-kit/contract';
import type { ApiKey } from '../config.js';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { fieldErrors } from '../http/field-errors.js';
import { addWorkingDays } from '../util/time.js';
import { logDossierChange, statements } from './changes.js';
import { json } from './db.js';
import type { DossierRow, HistoryRow as DossierHistoryRow, Supplement } from './dossiers.js';
import { actsFor, agencyOfDossierCode, requireActsFor } from './tenants.js';

/** A dossier row with the columns of migration 9. */
export interface SyncedRow extends DossierRow {
  source: 'portal' | 'sync';
  version: number | null;
  sync_hash: string | null;
  sync_extra: string | null;
}

/** The synced fields that have no column of their own. */
interface Extra {
  summary: string | null;
  fees: SyncDossierRecord['fees'];
  payment: SyncDossierRecord['payment'];
  supplements: SyncDossierRecord['supplements'];
  results: SyncDossierRecord['results'];
}

/** A history row as the sync reads it (the previous status is the feed's to leave out). */
type HistoryRow = Omit<DossierHistoryRow, 'previous_status'>;

interface ChangeRow {
  seq: number;
  type: SyncChange['type'];
  code: string;
  agency_code: string;
  version: number | null;
  history_id: number | null;
  at: string;
}

const DOSSIER_COLUMNS = [
  'code', 'service_code', 'service_name', 'agency_code', 'agency_name', 'province_code', 'channel', 'status', 'applicant',
  'verifier', 'form_data', 'note', 'fees', 'fees_total', 'fees_paid', 'processing_days', 'supplement', 'submitted_at',
  'received_at', 'due_at', 'completed_at', 'next_step_at', 'commune_code', 'commune_name', 'delivery', 'key', 'source',
  'version', 'sync_hash', 'sync_extra',
] as const;
/** The columns a sync rewrites (the rest stay as the portal made them: form, note, delivery, owner key). */
const SYNCED_COLUMNS = [
  'service_code', 'service_name', 'agency_code', 'agency_name', 'province_code', 'channel', 'status', 'applicant', 'verifier',
  'fees', 'fees_total', 'fees_paid', 'supplement', 'submitted_at', 'received_at', 'due_at', 'completed_at', 'next_step_at',
  'version', 'sync_hash', 'sync_extra',
] as const;

const sql = statements((db) => ({
  stored: db.prepare('SELECT agency_code, version, sync_hash, fees_paid FROM dossiers WHERE code = ?'),
  tombstone: db.prepare(`SELECT version FROM sync_changes WHERE code = ? AND type = 'dossier.deleted' ORDER BY seq DESC LIMIT 1`),
  procedure: db.prepare('SELECT name, province_code FROM procedures WHERE code = ?'),
  agency: db.prepare('SELECT name, province_code FROM agencies WHERE code = ?'),
  // Positional parameters, in the columns' order: binding by name costs a property lookup per column.
  insert: db.prepare(`INSERT INTO dossiers (${DOSSIER_COLUMNS.join(', ')}) VALUES (${DOSSIER_COLUMNS.map(() => '?').join(', ')})`),
  update: db.prepare(`UPDATE dossiers SET ${SYNCED_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE code = ?`),
  syncedHistory: db.prepare(
    'SELECT id, status, at, actor, role, department, action, note, due_at FROM dossier_history WHERE dossier_code = ? AND synced = 1 ORDER BY id',
  ),
  dropHistory: db.prepare('DELETE FROM dossier_history WHERE dossier_code = ? AND synced = 1 AND id >= ?'),
  addHistory: db.prepare(
    `INSERT INTO dossier_history (dossier_code, status, previous_status, at, actor, role, department, action, note, due_at, synced)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ),
  row: db.prepare('SELECT * FROM dossiers WHERE code = ?'),
  history: db.prepare('SELECT id, status, at, actor, role, department, action, note, due_at FROM dossier_history WHERE dossier_code = ? ORDER BY id'),
  historyEntry: db.prepare('SELECT id, status, at, actor, role, department, action, note, due_at FROM dossier_history WHERE id = ?'),
  changes: db.prepare('SELECT seq, type, code, agency_code, version, history_id, at FROM sync_changes WHERE seq > ? ORDER BY seq LIMIT ?'),
  payments: db.prepare('SELECT count(*) FROM payments WHERE dossier_code = ?').pluck(),
  deleteDossier: [
    db.prepare('DELETE FROM dossier_history WHERE dossier_code = ?'),
    db.prepare('DELETE FROM dossier_attachments WHERE dossier_code = ?'),
    db.prepare('DELETE FROM account_dossiers WHERE dossier_code = ?'),
    db.prepare('DELETE FROM ratings WHERE dossier_code = ?'),
    db.prepare('DELETE FROM sync_changes WHERE code = ?'),
    db.prepare('DELETE FROM dossiers WHERE code = ?'),
  ],
  tombstoneInsert: db.prepare(
    `INSERT INTO sync_changes (type, code, agency_code, version, history_id, at) VALUES ('dossier.deleted', ?, ?, ?, NULL, ?)`,
  ),
  expire: db.prepare(`DELETE FROM sync_changes WHERE type <> 'dossier.upserted' AND at < ?`),
}));

/** One field error of a record (`path` within it; none: the record itself). */
const fieldErr = (locale: Locale, path: string | null, code: MessageKey, params: Record<string, unknown> = {}): FieldError =>
  fieldErrors(locale, [{ path: path === null ? [] : [path], code, params }])[0]!;

const hashOf = (record: SyncDossierRecord) => createHash('sha256').update(JSON.stringify(record)).digest('base64url');

/** The dossier's latest supplement round as the portal's dossier shows it (the `supplement` column). */
function lastSupplement(rounds: SyncDossierRecord['supplements']): Supplement | null {
  const last = rounds.at(-1);
  if (!last) return null;
  return {
    state: last.completedAt ? 'completed' : last.sentAt ? 'sent' : 'requested',
    reason: last.reason,
    requestedAt: last.requestedAt,
    // The legal time to supplement when the system gives none: 7 working days.
    deadline: last.deadline ?? addWorkingDays(new Date(last.requestedAt), 7).toISOString(),
    sentAt: last.sentAt,
    note: null,
  };
}

type Names = { name: string; province_code: string | null } | undefined;

/**
 * Upserts a batch of records (any JSON each: every record is checked on its own) for `key`, in one
 * transaction; answers one result per record, in order.
 */
export function pushRecords(sb: Sandbox, key: ApiKey, records: readonly unknown[], locale: Locale): SyncPushResult {
  const s = sql(sb.db);
  const procedures = new Map<string, Names>();
  const agencies = new Map<string, Names>();
  const lookup = (cache: Map<string, Names>, statement: typeof s.procedure, code: string): Names => {
    if (!cache.has(code)) cache.set(code, statement.get(code) as Names);
    return cache.get(code);
  };
  const counts = { created: 0, updated: 0, unchanged: 0, stale: 0, invalid: 0 };
  const announced: { code: string; id: number }[] = [];

  const results = sb.db.transaction(() => records.map((raw, index): SyncRecordResult => {
    const given = (typeof raw === 'object' && raw !== null ? raw : {}) as { code?: unknown; version?: unknown };
    const base = {
      index,
      code: typeof given.code === 'string' ? given.code : null,
      version: Number.isSafeInteger(given.version) ? (given.version as number) : null,
    };
    const answer = (result: SyncRecordResult['result'], storedVersion: number | null, errors: FieldError[] = []): SyncRecordResult => {
      counts[result]++;
      return { ...base, result, storedVersion, errors };
    };

    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return answer('invalid', null, [fieldErr(locale, null, 'invalid_type', { expected: 'object' })]);
    }
    const parsed = check(syncDossierRecord, raw, locale);
    if (!parsed.ok) return answer('invalid', null, parsed.errors);
    const r = parsed.data;
    if (!actsFor(key, r.agencyCode)) {
      return answer('invalid', null, [fieldErr(locale, 'agencyCode', 'sync.agency_not_allowed', { agency: r.agencyCode })]);
    }
    const stored = s.stored.get(r.code) as Pick<SyncedRow, 'agency_code' | 'version' | 'sync_hash' | 'fees_paid'> | undefined;
    if (stored && !actsFor(key, stored.agency_code)) {
      // Another agency's dossier has this code: neither changed nor shown.
      return answer('invalid', null, [fieldErr(locale, 'code', 'sync.agency_not_allowed', { agency: stored.agency_code })]);
    }
    const hash = hashOf(r);
    if (stored && stored.version !== null) {
      if (r.version < stored.version) return answer('stale', stored.version);
      if (r.version === stored.version) {
        if (hash === stored.sync_hash) return answer('unchanged', stored.version);
        return answer('invalid', stored.version, [fieldErr(locale, 'version', 'sync.version_conflict', { version: r.version, code: r.code })]);
      }
    }
    if (!stored) {
      const removed = s.tombstone.get(r.code) as { version: number | null } | undefined;
      if (removed?.version != null && r.version <= removed.version) return answer('stale', removed.version);
    }

    const procedure = lookup(procedures, s.procedure, r.serviceCode);
    const agency = lookup(agencies, s.agency, r.agencyCode);
    const applicant = Object.fromEntries(Object.entries(r.applicant).filter(([, v]) => v !== null));
    const feesTotal = r.fees.reduce((sum, f) => sum + f.amount, 0);
    const extra: Extra = { summary: r.summary, fees: r.fees, payment: r.payment, supplements: r.supplements, results: r.results };
    const supplement = lastSupplement(r.supplements);
    const values = {
      code: r.code,
      service_code: r.serviceCode,
      service_name: r.serviceName ?? procedure?.name ?? r.serviceCode,
      agency_code: r.agencyCode,
      agency_name: r.agencyName ?? agency?.name ?? r.agencyCode,
      province_code: r.province ?? agency?.province_code ?? procedure?.province_code ?? null,
      channel: r.channel,
      status: r.status,
      applicant: JSON.stringify(applicant),
      // No phone, no tracking by code and phone: an empty verifier matches no phone number.
      verifier: r.applicant.phone ?? '',
      fees: JSON.stringify(r.fees.map((f) => ({ name: f.name, amount: f.amount }))),
      fees_total: feesTotal,
      // Without payment data, what the portal knows (a payment made on the portal) stays.
      fees_paid: r.payment ? r.payment.amount : (stored?.fees_paid ?? 0),
      supplement: supplement && JSON.stringify(supplement),
      submitted_at: r.submittedAt,
      received_at: r.receivedAt,
      due_at: r.dueAt,
      completed_at: r.finishedAt,
      // The one-stop system moves it: the sandbox's schedule leaves it alone.
      next_step_at: null,
      version: r.version,
      sync_hash: hash,
      sync_extra: JSON.stringify(extra),
    };
    if (stored) s.update.run(SYNCED_COLUMNS.map((c) => values[c]), r.code);
    else {
      const row: Record<(typeof DOSSIER_COLUMNS)[number], unknown> = {
        ...values, form_data: '{}', note: null, processing_days: null, commune_code: null, commune_name: null,
        delivery: '{"method":"in_person","address":null}', key: key.key, source: 'sync',
      };
      s.insert.run(DOSSIER_COLUMNS.map((c) => row[c]));
    }
    const lastId = writeProgress(s, r, stored !== undefined);
    if (lastId !== null) announced.push({ code: r.code, id: lastId });
    logDossierChange(sb, r.code, r.agencyCode, null, !stored);
    return answer(stored ? 'updated' : 'created', r.version);
  }))();

  // Live trackers (Server-Sent Events) of the dossiers whose progress grew.
  for (const event of announced) sb.events.emit('dossier.status', event);
  return { results, counts };
}

/**
 * Writes a record's progress to the history: from the first entry that differs from the synced rows
 * stored (all of them for a new dossier). Returns the last new row's id, or null when none was added.
 */
function writeProgress(s: ReturnType<typeof sql>, r: SyncDossierRecord, exists: boolean): number | null {
  const entries = r.progress;
  let same = 0;
  if (exists) {
    const rows = s.syncedHistory.all(r.code) as HistoryRow[];
    while (same < rows.length && same < entries.length && sameEntry(rows[same]!, entries[same]!)) same++;
    if (same < rows.length) s.dropHistory.run(r.code, rows[same]!.id);
  }
  let last: number | null = null;
  for (let i = same; i < entries.length; i++) {
    const e = entries[i]!;
    const previous = i > 0 ? entries[i - 1]!.status : null;
    const info = s.addHistory.run(r.code, e.status, previous === e.status ? null : previous, e.at, e.officer, e.title ?? '',
      e.department, e.action, e.note, e.dueAt);
    last = Number(info.lastInsertRowid);
  }
  return last;
}

const sameEntry = (row: HistoryRow, e: SyncDossierRecord['progress'][number]) =>
  row.status === e.status && row.at === e.at && row.actor === e.officer && row.role === (e.title ?? '')
  && row.department === e.department && row.action === e.action && row.note === e.note && row.due_at === e.dueAt;

/**
 * Removes a dossier the one-stop systems synced, leaving a tombstone in the feed. `version`, when
 * given, must not be older than the stored one.
 */
export function deleteSyncedDossier(sb: Sandbox, key: ApiKey, code: string, version: number | undefined): void {
  // The code names its agency: another agency's code is refused before it is looked up (as admin
  // routes do), so the answer does not tell whether that dossier exists.
  requireActsFor(key, agencyOfDossierCode(code));
  const s = sql(sb.db);
  sb.db.transaction(() => {
    const row = s.row.get(code) as SyncedRow | undefined;
    if (!row) throw new ApiError(404, 'sync_dossier_not_found', { code });
    requireActsFor(key, row.agency_code);
    if (row.source !== 'sync') throw new ApiError(409, 'dossier_not_synced', { code });
    if (version !== undefined && row.version !== null && row.version > version) {
      throw new ApiError(409, 'stale_version', { code, stored: row.version, version });
    }
    if ((s.payments.get(code) as number) > 0) throw new ApiError(409, 'dossier_has_payments', { code });
    for (const statement of s.deleteDossier) statement.run(code);
    s.tombstoneInsert.run(code, row.agency_code, Math.max(row.version ?? 0, version ?? 0), sb.now().toISOString());
  })();
  // A citizen's live tracker of it (Server-Sent Events) ends now rather than at its next heartbeat.
  sb.events.emit('dossier.status', { id: 0, code });
}

// ---------------------------------------------------------------------------------------------
// The change feed

/** Rows of the log scanned at most per page for a key that acts for some agencies only. */
const SCAN_LIMIT = 10_000;

const encodeCursor = (seq: number, at: string) => Buffer.from(`${seq}.${Date.parse(at)}`).toString('base64url');

function decodeCursor(cursor: string): { seq: number; at: number } | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  return match ? { seq: Number(match[1]), at: Number(match[2]) } : null;
}

/** "30 ngày", "2 giờ", "90 giây": the retained window as the 410 says it. */
function windowText(seconds: number, locale: Locale): string {
  const [n, vi, en] = seconds % 86_400 === 0 ? [seconds / 86_400, 'ngày', 'days'] : seconds % 3600 === 0 ? [seconds / 3600, 'giờ', 'hours'] : [seconds, 'giây', 'seconds'];
  return `${n} ${locale === 'vi' ? vi : en}`;
}

const toProgress = (row: HistoryRow): SyncProgress => ({
  id: row.id, at: row.at, officer: row.actor, title: row.role || null, department: row.department, action: row.action,
  status: row.status, statusCode: dossierStatusInfo[row.status].number, dueAt: row.due_at, note: row.note,
});

/** A dossier as the feed shows it: the synced record's fields, for synced and portal dossiers alike. */
function toSyncDossier(row: SyncedRow, history: HistoryRow[]): SyncDossier {
  const applicant = json<Record<string, string | undefined> & { type: SyncDossier['applicant']['type']; fullName: string }>(row.applicant)!;
  const extra = json<Extra>(row.sync_extra);
  const supplement = json<Supplement>(row.supplement);
  const fees = extra?.fees ?? json<{ name: string; amount: number }[]>(row.fees)!.map((f) => ({ code: null, ...f }));
  // A payment the portal took (fees_paid grew past what was synced) is the portal's.
  const payment = extra?.payment && extra.payment.amount >= row.fees_paid ? extra.payment
    : row.fees_paid > 0 ? { mode: 'portal' as const, amount: row.fees_paid, paidAt: null } : null;
  return {
    code: row.code,
    version: row.version,
    source: row.source,
    serviceCode: row.service_code,
    serviceName: row.service_name,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    province: row.province_code,
    applicant: {
      type: applicant.type, fullName: applicant.fullName, idNumber: applicant.idNumber ?? null, phone: applicant.phone ?? null,
      email: applicant.email ?? null, address: applicant.address ?? null,
    },
    channel: row.channel,
    summary: extra?.summary ?? null,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    finishedAt: row.completed_at,
    status: row.status,
    statusCode: dossierStatusInfo[row.status].number,
    progress: history.map(toProgress),
    fees,
    payment,
    supplements: extra?.supplements ?? (supplement ? [{
      requestedAt: supplement.requestedAt, reason: supplement.reason, deadline: supplement.deadline, sentAt: supplement.sentAt,
      completedAt: null,
    }] : []),
    results: extra?.results ?? [],
  };
}

/**
 * A page of the changes of `key`'s agencies after `cursor` (from the start without one), in commit
 * order, and where to read on.
 */
export function readChanges(sb: Sandbox, key: ApiKey, cursor: string | undefined, limit: number, locale: Locale): SyncChangesPage {
  const s = sql(sb.db);
  const now = sb.now();
  let after = 0;
  if (cursor !== undefined) {
    const decoded = decodeCursor(cursor);
    if (!decoded) throw new ApiError(400, 'validation_failed', {}, [fieldErr(locale, 'cursor', 'invalid_format')]);
    const retention = sb.options.syncRetentionSeconds;
    if (decoded.at < now.getTime() - retention * 1000) {
      throw new ApiError(410, 'cursor_expired', { window: windowText(retention, locale) });
    }
    after = decoded.seq;
  }
  const everyAgency = (key.agencies ?? []).includes('*');
  const scan = everyAgency ? limit + 1 : SCAN_LIMIT;
  const rows = s.changes.all(after, scan) as ChangeRow[];
  const taken: ChangeRow[] = [];
  let position = after;
  let positionAt: string | null = null;
  let hasMore = false;
  for (const row of rows) {
    if (everyAgency || actsFor(key, row.agency_code)) {
      if (taken.length === limit) {
        hasMore = true;
        break;
      }
      taken.push(row);
    }
    position = row.seq;
    positionAt = row.at;
  }
  if (rows.length === scan && !everyAgency) hasMore = true;

  const data: SyncChange[] = [];
  for (const change of taken) {
    const entry: SyncChange = {
      seq: change.seq, type: change.type, at: change.at, code: change.code, agencyCode: change.agency_code,
      version: change.version, dossier: null, progress: null,
    };
    if (change.type === 'dossier.upserted') {
      const row = s.row.get(change.code) as SyncedRow | undefined;
      if (!row) continue;
      entry.dossier = toSyncDossier(row, s.history.all(change.code) as HistoryRow[]);
      entry.version = row.version;
    } else if (change.type === 'dossier.progress') {
      const history = s.historyEntry.get(change.history_id) as HistoryRow | undefined;
      if (!history) continue;
      entry.progress = toProgress(history);
    }
    data.push(entry);
  }
  // At the end of the log, the reader is up to date now: its cursor stays good for the whole window
  // even while nothing changes.
  const stamp = hasMore && positionAt ? positionAt : now.toISOString();
  return { data, nextCursor: encodeCursor(position, stamp), hasMore };
}

/** Drops tombstones and the portal's progress entries older than the retained window (each simulation tick). */
export function expireChanges(sb: Sandbox): void {
  sql(sb.db).expire.run(new Date(sb.now().getTime() - sb.options.syncRetentionSeconds * 1000).toISOString());
}
