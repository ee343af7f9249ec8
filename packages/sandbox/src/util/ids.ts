import { randomBytes, randomInt } from 'node:crypto';
import { vietnamDay } from '@dvc-kit/contract';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An unguessable id such as `pay_3f9A…` (24 base62 characters ≈ 142 bits). */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % 62];
  return `${prefix}_${out}`;
}

/** `yyMMdd` of a date in Vietnam's time zone (UTC+7, no daylight saving). */
export function vnDay(date: Date): string {
  return vietnamDay(date).slice(2).replaceAll('-', '');
}

/** A uniform number in [0, 1) from the system's cryptographic generator. */
export const secureRandom = (): number => randomInt(2 ** 47) / 2 ** 47;

/**
 * The last part of a dossier or petition code: a number of `digits` digits (from 1 up), zero-padded,
 * drawn at random among those `taken` does not refuse, so one code tells nothing of the others (a
 * counter would let anyone who knows a day walk every code of it). After 100 draws in a row that are
 * taken (the day is nearly full), it draws with one digit more.
 */
export function freeSerial(digits: number, taken: (serial: string) => boolean, draw: () => number = secureRandom): string {
  for (let width = digits; ; width++) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const serial = String(1 + Math.floor(draw() * (10 ** width - 1))).padStart(width, '0');
      if (!taken(serial)) return serial;
    }
  }
}
