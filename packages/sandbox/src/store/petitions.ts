/**
 * Petitions (phản ánh, kiến nghị — PAKN): the rows, their codes and owners, the sender's and the
 * public views, the public list, and answers (the agency's, through the admin route or the
 * simulator of simulate/petition-answers.ts).
 */
import type { Petition, PetitionCategory, PetitionStatus, PetitionSubmitInput, PublicPetition } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { fold } from '../search/fold.js';
import { encodeCursor } from '../util/cursor.js';
import { freeSerial, vnDay } from '../util/ids.js';
import { addWorkingDays } from '../util/time.js';
import { findAgency, findProcedure } from './procedures.js';
import { LOCAL_PLACEHOLDER_AGENCY } from './services.js';
import { PETITION_DEFAULT_AGENCY, type Owner } from './tenants.js';

/** Working days an agency has to answer a petition. */
export const PETITION_ANSWER_WORKING_DAYS = 10;
export const DEFAULT_OFFICER = 'Cán bộ tiếp nhận PAKN';
export const DEFAULT_AGENCY = 'Văn phòng Chính phủ';

export interface PetitionRow {
  code: string;
  category: PetitionCategory;
  title: string;
  content: string;
  service_code: string | null;
  full_name: string;
  phone: string;
  email: string | null;
  address: string | null;
  publishable: number;
  status: PetitionStatus;
  submitted_at: string;
  due_at: string;
  answer: string | null;
  answered_at: string | null;
  answer_agency: string | null;
  answer_officer: string | null;
  search_text: string;
  auto_answer: number;
  /** The API key it was submitted with (null: seeded, or made before keys were recorded). */
  key: string | null;
  /** The agency it is addressed to (see `petitionAgencyCode`); null only in rows older than that column. */
  agency_code: string | null;
}

/**
 * SQL condition: petition `alias` belongs to the province bound as `param` — addressed to one of its
 * agencies, or about one of its local procedures (petitions have no province of their own).
 */
export const petitionOfProvince = (alias: string, param: string): string =>
  `(${alias}.agency_code IN (SELECT code FROM agencies WHERE province_code = ${param})
    OR ${alias}.service_code IN (SELECT code FROM procedures WHERE province_code = ${param}))`;

export type NewPetition = Omit<PetitionRow, 'code' | 'search_text' | 'agency_code'>;

/** Folded text the public list searches: code, title, content and (once there is one) the answer. */
const searchText = (p: { code: string; title: string; content: string; answer: string | null }) =>
  fold([p.code, p.title, p.content, p.answer ?? ''].join(' '));

/** A fresh code of `at`'s day (Vietnam time), `PAKN-yyMMdd-NNNNN`, its number drawn at random (`freeSerial`). */
function newCode(sb: Sandbox, at: Date, draw?: () => number): string {
  const prefix = `PAKN-${vnDay(at)}-`;
  const exists = sb.db.prepare('SELECT 1 FROM petitions WHERE code = ?').pluck();
  return prefix + freeSerial(5, (serial) => exists.get(prefix + serial) !== undefined, draw);
}

/**
 * The agency a petition is addressed to: the one carrying out the procedure it is about, or the
 * Government Office when it names none, or names a national record carried out locally (no province).
 */
function petitionAgencyCode(sb: Sandbox, serviceCode: string | null): string {
  const agency = serviceCode
    ? (sb.db.prepare('SELECT agency_code FROM procedures WHERE code = ?').pluck().get(serviceCode) as string | undefined)
    : undefined;
  return agency && agency !== LOCAL_PLACEHOLDER_AGENCY ? agency : PETITION_DEFAULT_AGENCY;
}

/** Who a petition (and its events) belongs to: see store/tenants.ts. */
export const petitionOwner = (row: PetitionRow): Owner => ({ key: row.key ?? null, agency: row.agency_code ?? PETITION_DEFAULT_AGENCY });

/** Inserts a petition with a fresh code; call inside a transaction. */
export function insertPetition(sb: Sandbox, p: NewPetition, draw?: () => number): PetitionRow {
  const code = newCode(sb, new Date(p.submitted_at), draw);
  const row: PetitionRow = { ...p, code, search_text: searchText({ code, ...p }), agency_code: petitionAgencyCode(sb, p.service_code) };
  const columns = Object.keys(row);
  sb.db
    .prepare(`INSERT INTO petitions (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`)
    .run(row);
  return row;
}

export const findPetition = (sb: Sandbox, code: string) =>
  sb.db.prepare('SELECT * FROM petitions WHERE code = ?').get(code) as PetitionRow | undefined;

export function toPetition(row: PetitionRow): Petition {
  return {
    code: row.code,
    category: row.category,
    title: row.title,
    content: row.content,
    serviceCode: row.service_code,
    status: row.status,
    publishable: row.publishable === 1,
    submittedAt: row.submitted_at,
    answer:
      row.status === 'answered' && row.answer !== null && row.answered_at !== null
        ? {
            text: row.answer,
            agency: row.answer_agency ?? DEFAULT_AGENCY,
            officer: row.answer_officer ?? DEFAULT_OFFICER,
            answeredAt: row.answered_at,
          }
        : null,
  };
}

/** The public shape: built field by field so no personal data (name, phone, email, address) can leak. */
export function toPublic(row: PetitionRow): PublicPetition {
  return {
    code: row.code,
    category: row.category,
    title: row.title,
    content: row.content,
    submittedAt: row.submitted_at,
    answer: {
      text: row.answer ?? '',
      agency: row.answer_agency ?? DEFAULT_AGENCY,
      officer: row.answer_officer ?? DEFAULT_OFFICER,
      answeredAt: row.answered_at!,
    },
  };
}

/** The name of the agency implementing a procedure, if the petition is about one the database knows. */
export function procedureAgency(sb: Sandbox, serviceCode: string | null): { agency: string; name: string; code: string } | null {
  if (!serviceCode) return null;
  const procedure = findProcedure(sb, serviceCode);
  if (!procedure) return null;
  // The national record of a local procedure has a placeholder agency ("Theo địa phương"): name the
  // kind of agency that carries it out instead (e.g. "Công an cấp xã").
  const agency = procedure.agency_code === LOCAL_PLACEHOLDER_AGENCY ? undefined : findAgency(sb, procedure.agency_code);
  return {
    agency: agency?.name || procedure.detailObject.implementingAgency || DEFAULT_AGENCY,
    name: procedure.name,
    code: procedure.code,
  };
}

/** Records an answer and tells webhooks (code and time only: no personal data leaves in events). */
export function answerPetition(sb: Sandbox, code: string, answer: { text: string; agency: string; officer: string }): PetitionRow {
  const answeredAt = sb.now().toISOString();
  const updated = sb.db.transaction(() => {
    const row = findPetition(sb, code);
    if (!row) throw new ApiError(404, 'petition_not_found');
    if (row.status === 'answered') throw new ApiError(409, 'petition_already_answered', { code });
    const next: PetitionRow = {
      ...row,
      status: 'answered',
      answer: answer.text,
      answer_agency: answer.agency,
      answer_officer: answer.officer,
      answered_at: answeredAt,
    };
    next.search_text = searchText(next);
    sb.db
      .prepare(
        `UPDATE petitions SET status = 'answered', answer = ?, answer_agency = ?, answer_officer = ?, answered_at = ?,
         search_text = ? WHERE code = ?`,
      )
      .run(next.answer, next.answer_agency, next.answer_officer, next.answered_at, next.search_text, code);
    return next;
  })();
  sb.events.emit('webhook', { type: 'petition.answered', data: { code, answeredAt }, owner: petitionOwner(updated) });
  return updated;
}

/**
 * The petition, if `verifier` is the phone number it was sent with. An unknown code and a wrong phone
 * get the same answer and count alike against the budgets of wrong tries (`Guard.lookup`), so codes
 * can be neither probed nor walked.
 */
export function findPetitionForVerifier(sb: Sandbox, code: string, verifier: string, client: string): PetitionRow {
  return sb.guard.lookup('petition', code, verifier, client, sb.now(), (phone) => {
    const found = findPetition(sb, code);
    return found && phone !== null && phone === found.phone ? found : undefined;
  }, () => new ApiError(404, 'petition_not_found'));
}

/** Records a petition sent with `key`, which the simulator may answer; due in 10 working days. */
export function submitPetition(sb: Sandbox, input: PetitionSubmitInput, key: string): PetitionRow {
  const now = sb.now();
  return sb.db.transaction(() =>
    insertPetition(sb, {
      category: input.category,
      title: input.title,
      content: input.content,
      service_code: input.serviceCode ?? null,
      full_name: input.fullName,
      phone: input.phone,
      email: input.email ?? null,
      address: input.address ?? null,
      publishable: input.publishable ? 1 : 0,
      status: 'new',
      submitted_at: now.toISOString(),
      due_at: addWorkingDays(now, PETITION_ANSWER_WORKING_DAYS).toISOString(),
      answer: null,
      answered_at: null,
      answer_agency: null,
      answer_officer: null,
      auto_answer: 1,
      key,
    }),
  )();
}

/**
 * A page of the public list: answered petitions whose sender agreed to publish them, of `category`,
 * matching every term of `q`, newest answer first, after the keyset cursor `after`.
 */
export function listPublicPetitions(
  sb: Sandbox, query: { category?: PetitionCategory; province?: string; q?: string; limit: number }, after: [string, string] | null,
) {
  const where = [`status = 'answered'`, 'publishable = 1'];
  const args: unknown[] = [];
  if (query.category) {
    where.push('category = ?');
    args.push(query.category);
  }
  if (query.province) {
    where.push(petitionOfProvince('petitions', '?'));
    args.push(query.province, query.province);
  }
  const terms = query.q ? fold(query.q).split(' ').filter(Boolean).slice(0, 16) : [];
  for (const term of terms) {
    where.push('instr(search_text, ?) > 0');
    args.push(term);
  }
  const { total } = sb.db
    .prepare(`SELECT count(*) AS total FROM petitions WHERE ${where.join(' AND ')}`)
    .get(...args) as { total: number };
  if (after) {
    where.push('(answered_at < ? OR (answered_at = ? AND code < ?))');
    args.push(after[0], after[0], after[1]);
  }
  // Keyset pagination over (answered_at DESC, code DESC).
  const rows = sb.db
    .prepare(`SELECT * FROM petitions WHERE ${where.join(' AND ')} ORDER BY answered_at DESC, code DESC LIMIT ?`)
    .all(...args, query.limit + 1) as PetitionRow[];
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return { data: page.map(toPublic), nextCursor: more ? encodeCursor(page[page.length - 1]!.answered_at!, page[page.length - 1]!.code) : null, total };
}

/**
 * The simulator's petitions: those submitted by `half` move to `processing`, and those submitted by
 * `full` and not yet answered are returned (oldest first, at most 100) to be answered.
 */
export function petitionsDueForAnswer(sb: Sandbox, half: string, full: string): PetitionRow[] {
  sb.db
    .prepare(`UPDATE petitions SET status = 'processing' WHERE status = 'new' AND auto_answer = 1 AND submitted_at <= ?`)
    .run(half);
  return sb.db
    .prepare(
      `SELECT * FROM petitions WHERE status <> 'answered' AND auto_answer = 1 AND submitted_at <= ?
       ORDER BY submitted_at, code LIMIT 100`,
    )
    .all(full) as PetitionRow[];
}
