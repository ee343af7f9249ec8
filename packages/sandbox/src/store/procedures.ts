import type { ServiceDetail } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { json } from './db.js';

export interface ProcedureRow {
  id: number;
  code: string;
  national_code: string;
  is_local: number;
  name: string;
  agency_code: string;
  level: string;
  province_code: string | null;
  online_level: string;
  status: 'active' | 'replaced';
  replaced_by: string | null;
  detail: string;
}

/**
 * The code an old code of a local copy now has. A copy's code is its national code plus its agency's
 * suffix (`2.000850.H46`); when the national procedure is re-published under a new code (2.000850 →
 * 3.000346), its copies live on under the new one with the same suffix (`3.000346.H46`), but old
 * codes of copies are kept in no record: this rule stands for them. Undefined when `code` is not the
 * code of a copy of a replaced national procedure.
 */
export function republishedCopyCode(sb: Sandbox, code: string): string | undefined {
  const match = /^(\d\.\d{6})(\..+)$/.exec(code);
  if (!match) return undefined;
  const national = sb.db
    .prepare(`SELECT replaced_by FROM procedures WHERE code = ? AND is_local = 0 AND status = 'replaced'`)
    .get(match[1]) as { replaced_by: string | null } | undefined;
  return national?.replaced_by ? `${national.replaced_by}${match[2]}` : undefined;
}

/** A procedure by code, following "replaced by" links to the current one (and old codes of local copies). */
export function findProcedure(sb: Sandbox, code: string): (ProcedureRow & { detailObject: ServiceDetail }) | undefined {
  const get = sb.db.prepare('SELECT * FROM procedures WHERE code = ?');
  let row = (get.get(code) ?? get.get(republishedCopyCode(sb, code) ?? '')) as ProcedureRow | undefined;
  for (let hops = 0; row?.status === 'replaced' && row.replaced_by && hops < 10; hops++) {
    row = get.get(row.replaced_by) as ProcedureRow | undefined;
  }
  return row ? { ...row, detailObject: json<ServiceDetail>(row.detail)! } : undefined;
}

/** The local instance of a national procedure in a province (`1.001193` + `38` → `1.001193.H38`), if any. */
export function findLocalInstance(sb: Sandbox, nationalCode: string, province: string): ProcedureRow | undefined {
  return sb.db
    .prepare('SELECT * FROM procedures WHERE national_code = ? AND province_code = ? AND is_local = 1 AND status = ? LIMIT 1')
    .get(nationalCode, province, 'active') as ProcedureRow | undefined;
}

/** Whether a procedure record (national, local or replaced) has this code. */
export const procedureExists = (sb: Sandbox, code: string): boolean =>
  sb.db.prepare('SELECT 1 FROM procedures WHERE code = ?').get(code) !== undefined;

/** An agency by code. */
export const findAgency = (sb: Sandbox, code: string): { code: string; name: string; province_code: string | null } | undefined =>
  sb.db.prepare('SELECT code, name, province_code FROM agencies WHERE code = ?').get(code) as
    { code: string; name: string; province_code: string | null } | undefined;
