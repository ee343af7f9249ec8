import * as z from 'zod/mini';
import { label } from './common.js';

// A procedure's declaration form (tờ khai) and its documents (thành phần hồ sơ), as data: the
// sandbox checks a submission against them and the dossier form widget renders them. The checking
// functions are in ./form-checks.ts (one `checkFormData` for both, so the browser and the server
// agree), apart from these schemas so that code which only reads a procedure keeps no validators.

/** Kinds of field a declaration form has. `address` is province → commune → street. */
export const formFieldType = z.enum([
  'text', 'textarea', 'number', 'date', 'choice', 'yesno', 'cccd', 'phone', 'email', 'taxCode', 'address',
]);
export type FormFieldType = z.infer<typeof formFieldType>;

const fieldKey = z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/));

/**
 * Shows a field (or a document) only when another field has one of the given values. `field` names
 * a field of the same group item first, then of the whole form.
 */
export const showWhen = z.object({
  field: fieldKey,
  in: z.array(z.union([z.string(), z.boolean()])).check(z.minLength(1)),
});
export type ShowWhen = z.infer<typeof showWhen>;

export const choiceOption = z.object({ value: z.string(), label });

/** One field of a declaration form. */
export const formField = z.object({
  key: fieldKey,
  type: formFieldType,
  label,
  hint: z.nullable(label),
  required: z.boolean(),
  showWhen: z.nullable(showWhen),
  /** `choice`: the values offered, in order. */
  options: z.optional(z.array(choiceOption)),
  /** `number`: bounds. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** `text`, `textarea`: at most this many characters (default 200 and 2,000). */
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(5000))),
  /** `date`: `past` = today or before (a birth), `future` = today or after (a planned date). */
  when: z.optional(z.enum(['past', 'future'])),
});
export type FormField = z.infer<typeof formField>;

/** A repeatable group (children, household members): each item is a set of fields. */
export const formGroup = z.object({
  key: fieldKey,
  type: z.literal('group'),
  label,
  hint: z.nullable(label),
  required: z.boolean(),
  showWhen: z.nullable(showWhen),
  /** The name of one item ("Thành viên"), numbered by the form. */
  itemLabel: label,
  minItems: z.int().check(z.gte(0)),
  maxItems: z.int().check(z.gte(1), z.lte(50)),
  fields: z.array(formField),
});
export type FormGroup = z.infer<typeof formGroup>;

export type FormEntry = FormField | FormGroup;

export const formSection = z.object({
  key: fieldKey,
  title: label,
  hint: z.nullable(label),
  fields: z.array(z.union([formField, formGroup])),
});
export type FormSection = z.infer<typeof formSection>;

/** A procedure's declaration form: what the applicant declares, besides who they are. */
export const declarationForm = z.object({
  /** The form's name on paper ("Tờ khai đăng ký khai sinh"). */
  title: label,
  /** `specific`: the procedure's own form; `generic`: the request form every other procedure uses. */
  kind: z.enum(['specific', 'generic']),
  sections: z.array(formSection),
});
export type DeclarationForm = z.infer<typeof declarationForm>;

/** File types a document slot may take, by extension (the attachment route's types). */
export const documentFileType = z.enum(['pdf', 'jpg', 'png', 'docx', 'xlsx']);
export type DocumentFileType = z.infer<typeof documentFileType>;

// ---------------------------------------------------------------------------------------------
// Values

/** An address as a form holds it: province code, commune code, then house number and street. */
export const addressValue = z.object({
  province: z.optional(z.string().check(z.maxLength(2))),
  commune: z.optional(z.string().check(z.maxLength(5))),
  street: z.optional(z.string().check(z.maxLength(300))),
});
export type AddressValue = z.infer<typeof addressValue>;

const scalarValue = z.union([z.string().check(z.maxLength(5000)), z.number(), z.boolean(), z.null()]);
const leafValue = z.union([scalarValue, addressValue]);
/** A group's item: field key → value. */
export const formItemValue = z.catchall(z.object({}), leafValue);
/** One value of `formData`: text, number, yes/no, an address, or a group's items. */
export const formValue = z.union([leafValue, z.array(formItemValue).check(z.maxLength(50))]);
export type FormValue = z.infer<typeof formValue>;
export type FormItemValue = z.infer<typeof formItemValue>;
export type FormData = Record<string, FormValue | undefined>;
/** Checked answers: every key has a value (what a submission's `formData` takes). */
export type CheckedFormData = Record<string, FormValue>;
