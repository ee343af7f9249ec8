import type * as z from 'zod/mini';
import { fieldLabel, typeName } from './messages/fields.js';
import { formatFieldMessage, type FieldMessageKey, type Locale } from './messages/index.js';
import type { FieldError } from './resources/common.js';
import { dossierCodePattern, httpUrlPattern, procedureCodePattern } from './resources/patterns.js';

/** Patterns whose failure has a specific message rather than the generic "invalid format". */
const patternCodes = new Map<string, FieldMessageKey>([
  [String(dossierCodePattern), 'dossier_code.format'],
  [String(procedureCodePattern), 'procedure_code.format'],
  [String(httpUrlPattern), 'url.format'],
]);

type Issue = z.core.$ZodIssue;

function keyAndParams(issue: Issue): [FieldMessageKey, Record<string, unknown>] {
  switch (issue.code) {
    case 'custom': {
      const code = issue.params?.code as FieldMessageKey | undefined;
      return [code ?? 'invalid_input', { ...issue.params }];
    }
    case 'invalid_type':
      return issue.input === undefined ? ['required', {}] : ['invalid_type', { expected: issue.expected }];
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? ['required', {}] : ['too_short', { minimum: issue.minimum }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_few_items', { minimum: issue.minimum }];
      return ['too_small', { minimum: issue.minimum }];
    case 'too_big':
      if (issue.origin === 'string') return ['too_long', { maximum: issue.maximum }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_many_items', { maximum: issue.maximum }];
      return ['too_big', { maximum: issue.maximum }];
    case 'invalid_value':
      return ['invalid_value', { values: issue.values.map(String).join(', ') }];
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return ['invalid_value', { values: issue.options.map(String).join(', ') }];
      }
      return ['invalid_input', {}];
    case 'invalid_format': {
      if (issue.format === 'email') return ['email.format', {}];
      if (issue.format === 'url') return ['url.format', {}];
      const byPattern = 'pattern' in issue && issue.pattern ? patternCodes.get(String(issue.pattern)) : undefined;
      return [byPattern ?? 'invalid_format', {}];
    }
    case 'unrecognized_keys':
      return ['unrecognized_keys', { keys: issue.keys.join(', ') }];
    default:
      return ['invalid_input', {}];
  }
}

/**
 * Turns zod issues into the wire's field errors, `{ path, code, message }`, in one language.
 * `prefix` roots the paths (e.g. `['query']` is not used: paths are relative to the part checked).
 */
export function toFieldErrors(issues: readonly Issue[], locale: Locale, prefix: readonly PropertyKey[] = []): FieldError[] {
  return issues.map((issue) => {
    const [code, params] = keyAndParams(issue);
    const path = [...prefix, ...issue.path];
    return {
      path: path.map(String).join('.'),
      code,
      message: formatFieldMessage(locale, code, {
        field: fieldLabel(path, locale), ...params, ...(code === 'invalid_type' ? { expected: typeName(params['expected'], locale) } : {}),
      }),
    };
  });
}

/** Parses with a schema and returns either the data or field errors in `locale`; never throws. */
export function check<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldError[] } {
  // With the input in each issue, a field given with the wrong type ("3" for a number) is told apart
  // from a missing one (zod leaves the input out of its issues unless asked).
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data as z.infer<S> }
    : { ok: false, errors: toFieldErrors(result.error.issues, locale, prefix) };
}
