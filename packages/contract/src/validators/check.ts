import * as z from 'zod/mini';
import type { FieldMessageKey } from '../messages/index.js';

/**
 * Result of an identifier check: the normalised value and what it tells, or the message key of
 * the rule that failed with the parameters its message needs (`formatMessage(locale, code, params)`).
 */
export type Check<I> =
  | { ok: true; value: string; info: I }
  | { ok: false; code: FieldMessageKey; params: Record<string, unknown> };

/** A failed check. */
export function fail(code: FieldMessageKey, params: Record<string, unknown> = {}): { ok: false; code: FieldMessageKey; params: Record<string, unknown> } {
  return { ok: false, code, params };
}

/**
 * A string schema for an identifier: trims, normalises with `check` (so the parsed value is the
 * normalised form while the JSON Schema stays a plain string), then reports a failed check as a
 * custom issue whose `message` and `params.code` are the message key.
 */
export function identifierSchema<I>(
  check: (input: string) => Check<I>,
  meta: { description: string; example: string },
): z.ZodMiniString<string> {
  return z.string().check(
    z.trim(),
    z.overwrite((value: string) => {
      const result = check(value);
      return result.ok ? result.value : value;
    }),
    z.superRefine((value: string, ctx) => {
      const result = check(value);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message: result.code,
          params: { code: result.code, ...result.params },
          input: value,
        });
      }
    }),
    z.meta(meta),
  );
}
