import { type Check, fail, identifierSchema } from './check.js';

const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Checks an email address, pragmatically: `local@domain.tld`, no spaces, at most 254 characters,
 * a dot-atom local part (≤ 64), domain labels of letters, digits and inner hyphens, a TLD of at
 * least two letters. The value keeps the local part's case and lowercases the domain.
 */
export function checkEmail(input: string): Check<Record<string, never>> {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (trimmed.length > 254 || /\s/.test(trimmed) || at < 1) return fail('email.format');
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const valid =
    local.length <= 64 &&
    localPart.test(local) &&
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => label.test(l)) &&
    topLevel.test(labels[labels.length - 1]!);
  return valid ? { ok: true, value: `${local}@${domain}`, info: {} } : fail('email.format');
}

/** Email field; the domain is lowercased. */
export const email = identifierSchema(checkEmail, {
  description: 'Email address (local@domain.tld); the domain part is lowercased.',
  example: 'an.nguyen@example.vn',
});
