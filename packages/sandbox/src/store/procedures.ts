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

/** A procedure by code, following "replaced by" links to the current one. */
export function findProcedure(sb: Sandbox, code: string): (ProcedureRow & { detailObject: ServiceDetail }) | undefined {
  const get = sb.db.prepare('SELECT * FROM procedures WHERE code = ?');
  let row = get.get(code) as ProcedureRow | undefined;
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
