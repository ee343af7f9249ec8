// A small vocabulary for writing declaration forms (tờ khai) as data: each helper returns the
// contract's field shape, so a form reads like the paper form it copies.
import type {
  DeclarationForm, DocumentFileType, FormField, FormFieldType, FormGroup, FormSection, Label, ShowWhen,
} from '@dvc-kit/contract';

export type Text = string | [vi: string, en: string];
const lbl = (t: Text): Label => (typeof t === 'string' ? { vi: t, en: t } : { vi: t[0], en: t[1] });

export interface FieldOptions {
  required?: boolean;
  hint?: Text;
  show?: ShowWhen;
  min?: number;
  max?: number;
  maxLength?: number;
  when?: 'past' | 'future';
}

export function field(type: FormFieldType, key: string, label: Text, o: FieldOptions = {}): FormField {
  return {
    key, type, label: lbl(label), hint: o.hint ? lbl(o.hint) : null, required: o.required ?? false, showWhen: o.show ?? null,
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
    ...(o.maxLength !== undefined ? { maxLength: o.maxLength } : {}),
    ...(o.when ? { when: o.when } : {}),
  };
}

/** A required field (most of a declaration is). */
export const req = (type: FormFieldType, key: string, label: Text, o: FieldOptions = {}) => field(type, key, label, { ...o, required: true });
/** An optional field. */
export const opt = (type: FormFieldType, key: string, label: Text, o: FieldOptions = {}) => field(type, key, label, { ...o, required: false });

export function choice(key: string, label: Text, options: [value: string, label: Text][], o: FieldOptions = {}): FormField {
  return { ...field('choice', key, label, { required: true, ...o }), options: options.map(([value, l]) => ({ value, label: lbl(l) })) };
}

export function group(
  key: string, label: Text, itemLabel: Text, fields: FormField[],
  o: { required?: boolean; hint?: Text; show?: ShowWhen; min?: number; max?: number } = {},
): FormGroup {
  return {
    key, type: 'group', label: lbl(label), hint: o.hint ? lbl(o.hint) : null, required: o.required ?? false, showWhen: o.show ?? null,
    itemLabel: lbl(itemLabel), minItems: o.min ?? 0, maxItems: o.max ?? 10, fields,
  };
}

export function section(key: string, title: Text, fields: FormSection['fields'], hint?: Text): FormSection {
  return { key, title: lbl(title), hint: hint ? lbl(hint) : null, fields };
}

export function form(title: Text, sections: FormSection[]): DeclarationForm {
  return { title: lbl(title), kind: 'specific', sections };
}

/** `showWhen`: the field `key` has one of these values. */
export const when = (key: string, ...values: (string | boolean)[]): ShowWhen => ({ field: key, in: values });

/** A document slot of a specific form: its key, and the files it takes. */
export interface DocSlot {
  key: string;
  name: string;
  originals?: number;
  copies?: number;
  /** Whether an online submission must attach it (default: yes). */
  required?: boolean;
  accept?: DocumentFileType[];
  /** The form field whose answer makes this document needed. */
  show?: ShowWhen;
  /** The case in words, as the procedure record writes it. */
  case?: string;
  /** The name of the template (mẫu) this document is filled from: a Word file the sandbox generates. */
  template?: string;
}

/** Sex, as the forms ask it (Nam/Nữ), for `choice`. */
export const SEX: [value: string, label: Text][] = [['female', ['Nữ', 'Female']], ['male', ['Nam', 'Male']]];
/** The hints a citizen needs for ethnicity and nationality, which forms ask as free text. */
export const ETHNICITY_HINT: Text = ['Ví dụ: Kinh', 'For example: Kinh'];
export const NATIONALITY_HINT: Text = ['Ví dụ: Việt Nam', 'For example: Việt Nam'];
/** The 12-digit personal ID number (số định danh cá nhân), printed on the ID card. */
export const ID_HINT: Text = ['12 chữ số trên thẻ căn cước', 'The 12 digits on the ID card'];

/** Scans and photos, the usual files of a paper document. */
export const SCAN: DocumentFileType[] = ['pdf', 'jpg', 'png'];
/** Photos only (a portrait). */
export const PHOTO: DocumentFileType[] = ['jpg', 'png'];
/** Any type the attachment route takes. */
export const ANY_FILE: DocumentFileType[] = ['pdf', 'jpg', 'png', 'docx', 'xlsx'];
