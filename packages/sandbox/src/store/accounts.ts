import type { AccountDossier, Draft } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import type { Persona } from '../simulate/idp/personas.js';
import { encodeCursor } from '../util/cursor.js';
import { json } from './db.js';
import type { DossierRow, Supplement } from './dossiers.js';

/** The number a dossier's applicant gives for this account: a citizen's CCCD, a business's tax code. */
export const accountIdNumber = (persona: Persona): string =>
  (persona.type === 'citizen' ? persona.claims.vn_id_number : persona.claims.vn_tax_code)!;

/** Ties a dossier submitted while logged in to the account. */
export function linkDossier(sb: Sandbox, sub: string, code: string): void {
  sb.db.prepare('INSERT OR IGNORE INTO account_dossiers (sub, dossier_code, linked_at) VALUES (?, ?, ?)')
    .run(sub, code, sb.now().toISOString());
}

type Row = DossierRow & { linked: number };

function toAccountDossier(row: Row): AccountDossier {
  const supplement = json<Supplement>(row.supplement);
  return {
    code: row.code,
    service: { code: row.service_code, name: row.service_name },
    agency: { code: row.agency_code, name: row.agency_name },
    channel: row.channel,
    status: row.status,
    submittedAt: row.submitted_at,
    dueAt: row.due_at,
    completedAt: row.completed_at,
    fees: { total: row.fees_total, paid: row.fees_paid, due: Math.max(0, row.fees_total - row.fees_paid) },
    supplement: supplement && { state: supplement.state, deadline: supplement.deadline },
    link: row.linked ? 'account' : 'identity',
  };
}

/** Which dossiers `d` are the account's: submitted while logged in, or its applicant has the account's number and type. */
const mine = `(d.code IN (SELECT dossier_code FROM account_dossiers WHERE sub = @sub)
    OR (json_extract(d.applicant, '$.idNumber') = @idNumber AND (json_extract(d.applicant, '$.type') = 'citizen') = @citizen))`;
const mineArgs = (persona: Persona) => ({ sub: persona.sub, idNumber: accountIdNumber(persona), citizen: persona.type === 'citizen' ? 1 : 0 });

/** The account's dossier `code` (as {@link accountDossiers} lists it), or undefined when it is not the account's. */
export const findAccountDossier = (sb: Sandbox, persona: Persona, code: string): DossierRow | undefined =>
  sb.db.prepare(`SELECT d.* FROM dossiers d WHERE d.code = @code AND ${mine}`).get({ ...mineArgs(persona), code }) as DossierRow | undefined;

/**
 * The account's dossiers, newest first (keyset over submitted_at, code): those it submitted while
 * logged in, and those whose applicant gave its number with the matching applicant type.
 */
export function accountDossiers(sb: Sandbox, persona: Persona, limit: number, after: [string, string] | null) {
  const args = mineArgs(persona);
  const { total } = sb.db.prepare(`SELECT count(*) AS total FROM dossiers d WHERE ${mine}`).get(args) as { total: number };
  const rows = sb.db.prepare(`SELECT d.*, EXISTS (SELECT 1 FROM account_dossiers a WHERE a.sub = @sub AND a.dossier_code = d.code) AS linked
    FROM dossiers d WHERE ${mine} ${after ? 'AND (d.submitted_at < @time OR (d.submitted_at = @time AND d.code < @code))' : ''}
    ORDER BY d.submitted_at DESC, d.code DESC LIMIT @limit`)
    .all({ ...args, limit: limit + 1, ...(after ? { time: after[0], code: after[1] } : {}) }) as Row[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { data: page.map(toAccountDossier), nextCursor: more && last ? encodeCursor(last.submitted_at, last.code) : null, total };
}

// ---------------------------------------------------------------------------------------------
// Drafts: an account's on one site, the OIDC client its token was issued to (migration 8). Another
// site the citizen logs in to, even with the same account, sees none of them.

/** Whose drafts: the account and the site (OIDC client). */
export interface DraftOwner { sub: string; clientId: string }

interface DraftRow { key: string; service_code: string | null; data: string; size: number; updated_at: string }

const toDraft = (row: DraftRow): Draft => ({
  key: row.key, serviceCode: row.service_code, size: row.size, updatedAt: row.updated_at, data: JSON.parse(row.data) as Draft['data'],
});

export function listDrafts(sb: Sandbox, { sub, clientId }: DraftOwner): Omit<Draft, 'data'>[] {
  return (sb.db.prepare(`SELECT key, service_code, size, updated_at FROM account_drafts WHERE sub = ? AND client_id = ?
    ORDER BY updated_at DESC, key`)
    .all(sub, clientId) as Omit<DraftRow, 'data'>[])
    .map((r) => ({ key: r.key, serviceCode: r.service_code, size: r.size, updatedAt: r.updated_at }));
}

export function findDraft(sb: Sandbox, { sub, clientId }: DraftOwner, key: string): Draft | undefined {
  const row = sb.db.prepare('SELECT * FROM account_drafts WHERE sub = ? AND client_id = ? AND key = ?').get(sub, clientId, key) as DraftRow | undefined;
  return row && toDraft(row);
}

/** Saves a draft: the last save wins. */
export function saveDraft(sb: Sandbox, { sub, clientId }: DraftOwner, key: string, serviceCode: string | null, data: string): Draft {
  const row: DraftRow = { key, service_code: serviceCode, data, size: Buffer.byteLength(data), updated_at: sb.now().toISOString() };
  sb.db.prepare(`INSERT OR REPLACE INTO account_drafts (sub, client_id, key, service_code, data, size, updated_at)
    VALUES (@sub, @client_id, @key, @service_code, @data, @size, @updated_at)`).run({ sub, client_id: clientId, ...row });
  return toDraft(row);
}

export const countOtherDrafts = (sb: Sandbox, { sub, clientId }: DraftOwner, key: string): number =>
  sb.db.prepare('SELECT count(*) FROM account_drafts WHERE sub = ? AND client_id = ? AND key <> ?').pluck().get(sub, clientId, key) as number;

export const deleteDraft = (sb: Sandbox, { sub, clientId }: DraftOwner, key: string): boolean =>
  sb.db.prepare('DELETE FROM account_drafts WHERE sub = ? AND client_id = ? AND key = ?').run(sub, clientId, key).changes > 0;
