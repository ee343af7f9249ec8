import { type Check, fail, identifierSchema } from './check.js';

/** Vietnamese mobile network operators. */
export type Carrier = 'Viettel' | 'Vinaphone' | 'MobiFone' | 'Vietnamobile' | 'Gmobile' | 'Itelecom' | 'Reddi';

const carrierPrefixes: Record<Carrier, string> = {
  Viettel: '032 033 034 035 036 037 038 039 086 096 097 098',
  Vinaphone: '081 082 083 084 085 088 091 094',
  MobiFone: '070 076 077 078 079 089 090 093',
  Vietnamobile: '052 056 058 092',
  Gmobile: '059 099',
  Itelecom: '087',
  Reddi: '055',
};

/** Mobile prefix (`0` + 2 digits) → carrier. */
export const mobilePrefixes: ReadonlyMap<string, Carrier> = new Map(
  (Object.entries(carrierPrefixes) as [Carrier, string][]).flatMap(([carrier, list]) =>
    list.split(' ').map((prefix) => [prefix, carrier] as const),
  ),
);

/** Rewrites `+84…`, `0084…` and `84…` (an extra 0 after the country code tolerated) as `0…`. */
function toNational(digits: string): string | null {
  const international = /^(?:\+84|0084)0?(\d{9})$/.exec(digits) ?? /^840?(\d{9})$/.exec(digits);
  if (international) return `0${international[1]}`;
  return /^0\d{9}$/.test(digits) ? digits : null;
}

/**
 * Checks a Vietnamese mobile number. Spaces, dots, dashes and parentheses are ignored; `+84`,
 * `0084` and `84` become `0`; the result must be 10 digits with a known carrier prefix.
 */
export function checkMobile(input: string): Check<{ carrier: Carrier }> {
  const value = toNational(input.replace(/[\s.\-()]/g, ''));
  if (value === null) return fail('phone.format');
  const prefix = value.slice(0, 3);
  const carrier = mobilePrefixes.get(prefix);
  if (!carrier) return fail('phone.prefix', { prefix });
  return { ok: true, value, info: { carrier } };
}

/** Mobile phone field, normalised to `0XXXXXXXXX`. */
export const mobilePhone = identifierSchema(checkMobile, {
  description:
    'Vietnamese mobile number. +84 / 84 / 0 prefixes, spaces, dots, dashes and parentheses are accepted; normalised to 10 digits starting with 0.',
  example: '0912345678',
});
