import { checkCitizenId } from './cccd.js';
import { type Check, fail, identifierSchema } from './check.js';

/** What a tax code (mã số thuế / MST) is. */
export interface TaxCodeInfo {
  /** `enterprise`: 10 digits; `branch`: 13 digits (dependent unit); `individual`: a 12-digit CCCD. */
  kind: 'enterprise' | 'branch' | 'individual';
  /** The 10-digit code (or the 12-digit CCCD of an individual). */
  base: string;
  /** The 3-digit branch suffix (`001`–`999`), or `null`. */
  branch: string | null;
}

const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The 10th digit of a tax code from its first nine: 10 − (Σ Nᵢ·Wᵢ mod 11). `null` when the
 * remainder is 0: such sequences are never issued.
 */
export function taxCodeCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) throw new TypeError('taxCodeCheckDigit needs exactly 9 digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * weights[i]!;
  const remainder = sum % 11;
  return remainder === 0 ? null : 10 - remainder;
}

const validBase = (base: string) => taxCodeCheckDigit(base.slice(0, 9)) === Number(base[9]);

/**
 * Checks a tax code: 10 digits with a valid check digit (enterprise); 13 digits `XXXXXXXXXX-NNN`
 * (dash optional, normalised with it) for a branch, NNN 001–999; or, since 2025, an individual's
 * 12-digit citizen ID.
 */
export function checkTaxCode(input: string): Check<TaxCodeInfo> {
  const compact = input.replace(/\s+/g, '');
  if (/^\d{10}$/.test(compact)) {
    if (!validBase(compact)) return fail('mst.checksum', { value: compact });
    return { ok: true, value: compact, info: { kind: 'enterprise', base: compact, branch: null } };
  }
  const branchMatch = /^(\d{10})-?(\d{3})$/.exec(compact);
  if (branchMatch) {
    const [, base = '', branch = ''] = branchMatch;
    const value = `${base}-${branch}`;
    if (!validBase(base)) return fail('mst.checksum', { value });
    if (branch === '000') return fail('mst.branch', { value });
    return { ok: true, value, info: { kind: 'branch', base, branch } };
  }
  if (/^\d{12}$/.test(compact)) {
    const citizen = checkCitizenId(compact);
    if (!citizen.ok) return citizen;
    return { ok: true, value: citizen.value, info: { kind: 'individual', base: citizen.value, branch: null } };
  }
  return fail('mst.format');
}

/** Tax code (MST) field: 10 digits, 13 as XXXXXXXXXX-NNN, or an individual's 12-digit CCCD. */
export const taxCode = identifierSchema(checkTaxCode, {
  description:
    "Tax code (MST): 10 digits with a check digit, XXXXXXXXXX-NNN for a branch (dash added if missing), or an individual's 12-digit citizen ID number.",
  example: '0100109106',
});
