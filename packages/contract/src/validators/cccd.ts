import { birthRegistrationByCode } from '../reference/provinces.js';
import { type Check, fail, identifierSchema } from './check.js';

/** What a citizen ID (CCCD) number encodes. */
export interface CitizenIdInfo {
  /** First three digits: pre-2025 province code, or country code when born abroad. */
  birthPlaceCode: string;
  /** Name of the (pre-2025) province of birth registration; `null` when registered abroad. */
  birthPlace: string | null;
  bornAbroad: boolean;
  sex: 'male' | 'female';
  birthYear: number;
}

/** Removes every whitespace character (people type `001 090 123456`). */
const compact = (input: string) => input.replace(/\s+/g, '');

/**
 * Checks a 12-digit citizen ID (căn cước / CCCD): birth-registration province or country code,
 * century-and-sex digit (0/1 = male/female born 1900–1999, 2/3 2000s, … 8/9 2300s), two digits of
 * the birth year (not after `now`'s year) and six random digits. There is no check digit.
 */
export function checkCitizenId(input: string, now: Date = new Date()): Check<CitizenIdInfo> {
  const value = compact(input);
  if (!/^\d{12}$/.test(value)) return fail('cccd.format');
  const prefix = value.slice(0, 3);
  const place = birthRegistrationByCode(prefix);
  if (!place) return fail('cccd.province', { prefix });
  const genderCentury = Number(value[3]);
  const birthYear = 1900 + Math.floor(genderCentury / 2) * 100 + Number(value.slice(4, 6));
  if (birthYear > now.getFullYear()) return fail('cccd.birth_year', { year: birthYear });
  return {
    ok: true,
    value,
    info: {
      birthPlaceCode: prefix,
      birthPlace: place.abroad ? null : place.province,
      bornAbroad: place.abroad,
      sex: genderCentury % 2 === 0 ? 'male' : 'female',
      birthYear,
    },
  };
}

/** Checks an old 9-digit identity card number (chứng minh nhân dân / CMND). */
export function checkOldIdCard(input: string): Check<Record<string, never>> {
  const value = compact(input);
  return /^\d{9}$/.test(value) ? { ok: true, value, info: {} } : fail('cmnd.format');
}

/** Citizen ID (CCCD) field: 12 digits, spaces removed. */
export const citizenId = identifierSchema((input) => checkCitizenId(input), {
  description:
    'Citizen ID (CCCD) number: 12 digits = birth-registration province or country code, century/sex digit, birth year, 6 digits. Spaces are removed.',
  example: '001090123456',
});

/** Old identity card (CMND) field: 9 digits, spaces removed. */
export const oldIdCard = identifierSchema(checkOldIdCard, {
  description: 'Old identity card (CMND) number: 9 digits. Spaces are removed.',
  example: '012345678',
});
