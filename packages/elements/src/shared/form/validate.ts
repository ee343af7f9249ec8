// One validation path through the contract, and back from the server, as one shape: `FieldErrors`,
// a map from an error's dotted path (`applicant.phone`, `formData.children.0.fullName`,
// `documents.birthCertificate`, `commune`, `delivery.address.street`) to its message, in form order.
// A field shows `errors.get(path)` and has the id `fieldId(path)`; the summary lists the map.
//
//   checkInput(petitionSubmitInput, input, locale)                       // fixed inputs: zod schemas
//   checkDeclaration(detail.form, formData, locale, { today })           // e-forms: checkFormData
//   checkSlots(detail.documents, documents, formData, locale)            // document slots: checkDocuments
//   serverErrors(error, (path) => known(path) ? path : undefined)        // a 400's field errors, placed
//   checkLookup(code, phone, dossierCodePattern, t, locale)              // a code + mobile lookup form
import {
  check, checkDocuments, checkFormData, checkMobile, formatFieldMessage, formFieldErrors,
  type CheckFormOptions, type DeclarationForm, type DocumentRule, type FormData,
} from '@dvc-kit/sdk/contract';
import type { Locale } from '@dvc-kit/sdk';
import { isDvcError } from '@dvc-kit/sdk/core';

/** Messages by dotted path, in the order the fields appear. */
export type FieldErrors = Map<string, string>;

function toMap(errors: readonly { path: string; message: string }[]): FieldErrors {
  const map: FieldErrors = new Map();
  for (const e of errors) if (!map.has(e.path)) map.set(e.path, e.message);
  return map;
}

/** Checks input against a contract schema (with `check`), in the widget's language. */
export function checkInput(schema: Parameters<typeof check>[0], input: unknown, locale: Locale, prefix: readonly string[] = []): FieldErrors {
  const result = check(schema, input, locale, prefix);
  return result.ok ? new Map() : toMap(result.errors);
}

/**
 * Checks a declaration form's answers with the contract's `checkFormData`, paths under `prefix`
 * (`formData`, as the portal names them). Returns the normalised data too.
 */
export function checkDeclaration(
  form: DeclarationForm, data: FormData, locale: Locale, options: CheckFormOptions = {}, prefix = 'formData',
): { value: FormData; errors: FieldErrors } {
  const { value, issues } = checkFormData(form, data, options);
  return { value, errors: toMap(formFieldErrors(issues, locale, prefix ? [prefix] : [])) };
}

/**
 * A lookup by code and mobile number (the tracker, the petition lookup): the code in capitals and
 * of its pattern, the phone by the contract's rule. The normalised code and verifier, and the errors
 * under `code` and `phone`.
 */
export function checkLookup(
  code: string, phone: string, pattern: RegExp, t: (key: 'code.required' | 'code.format' | 'phone.required') => string, locale: Locale,
): { code: string; verifier: string; errors: FieldErrors } {
  const errors: FieldErrors = new Map();
  const normal = code.trim().toUpperCase();
  if (!normal) errors.set('code', t('code.required'));
  else if (!pattern.test(normal)) errors.set('code', t('code.format'));
  let verifier = '';
  if (!phone.trim()) errors.set('phone', t('phone.required'));
  else {
    const checked = checkMobile(phone);
    if (checked.ok) verifier = checked.value;
    else errors.set('phone', formatFieldMessage(locale, checked.code, checked.params));
  }
  return { code: normal, verifier, errors };
}

/** Checks the files given per document slot (`documents.<key>`): required slots that apply have one. */
export function checkSlots(
  documents: readonly DocumentRule[], given: Record<string, readonly string[] | undefined>, data: FormData, locale: Locale,
): FieldErrors {
  return toMap(formFieldErrors(checkDocuments(documents, given, data), locale));
}


/**
 * A refusal's field errors placed on the widget's fields: `place` returns the path of the field an
 * error path belongs to (itself, a shorter path such as `documents.birthCertificate` for
 * `documents.birthCertificate.0`, or another name), or `undefined` when no field shows it; those
 * messages come back in `unplaced`, for the summary.
 */
export function serverErrors(error: unknown, place: (path: string) => string | undefined): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = new Map();
  const unplaced: string[] = [];
  if (!isDvcError(error)) return { fields, unplaced };
  for (const f of error.fieldErrors) {
    const path = place(f.path);
    if (path === undefined) unplaced.push(f.message);
    else if (!fields.has(path)) fields.set(path, f.message);
  }
  return { fields, unplaced };
}

/** `true` when some error's path is `path` or under it (`formData.mother…` under `formData`). */
export function hasErrorUnder(errors: FieldErrors, path: string): boolean {
  for (const key of errors.keys()) if (key === path || key.startsWith(`${path}.`)) return true;
  return false;
}

/** The errors without `path` and what is under it (the field was answered again). */
export function withoutErrors(errors: FieldErrors, path: string): FieldErrors {
  return new Map([...errors].filter(([key]) => key !== path && !key.startsWith(`${path}.`)));
}
