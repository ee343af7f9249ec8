import { randomBytes } from 'node:crypto';
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
