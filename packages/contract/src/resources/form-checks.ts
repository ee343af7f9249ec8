import { isCalendarDate } from '../format/dates.js';
import { provinceByCode } from '../reference/provinces.js';
import { checkCitizenId, checkEmail, checkMobile, checkTaxCode } from '../validators/index.js';
import { formatFieldMessage, type FieldMessageKey, type Locale } from '../messages/index.js';
import type { FieldError, Label } from './common.js';
import type {
  AddressValue, CheckedFormData, DeclarationForm, DocumentFileType, FormData, FormEntry, FormField, FormFieldType, FormItemValue, FormValue, ShowWhen,
} from './forms.js';

// Checking a procedure's declaration form and document slots (schemas in ./forms.ts): the one path
// the sandbox and the widgets share.

// ---------------------------------------------------------------------------------------------
// Checking

/** One problem of a form's data: where (`['children', 0, 'fullName']`), which rule, the field's label. */
export interface FormIssue {
  path: (string | number)[];
  code: FieldMessageKey;
  params: Record<string, unknown>;
  label: Label;
}

export interface CheckFormOptions {
  /** Today as `YYYY-MM-DD` in Việt Nam, for `when: past/future` dates. Without it, dates are not bounded. */
  today?: string;
  /**
   * Whether a commune code exists in a province: `true`, `false`, or `undefined` when the caller
   * has no list for that province (the code's shape is still checked).
   */
  communeExists?: (province: string, commune: string) => boolean | undefined;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');


/** Whether an entry is shown, given the values of its item (if in a group) and of the form. */
export function isShown(entry: { showWhen: ShowWhen | null }, data: FormData, item?: Record<string, unknown>): boolean {
  const rule = entry.showWhen;
  if (!rule) return true;
  const value = item && rule.field in item ? item[rule.field] : data[rule.field];
  return rule.in.some((v) => v === value);
}

/** Every field entry of a form, in order (sections flattened). */
export function formEntries(form: DeclarationForm): FormEntry[] {
  return form.sections.flatMap((s) => s.fields);
}

const subLabels = {
  province: { vi: 'tỉnh/thành phố', en: 'province' },
  commune: { vi: 'xã/phường', en: 'commune/ward' },
  street: { vi: 'số nhà, đường/thôn', en: 'house number and street' },
} as const;

/** The label of an address part: "Nơi cư trú (xã/phường)". */
export function addressPartLabel(base: Label, part: keyof typeof subLabels): Label {
  return { vi: `${base.vi} (${subLabels[part].vi})`, en: `${base.en} (${subLabels[part].en})` };
}

function checkField(
  field: FormField,
  raw: unknown,
  path: (string | number)[],
  issues: FormIssue[],
  options: CheckFormOptions,
): unknown {
  const add = (code: FieldMessageKey, params: Record<string, unknown> = {}, at = path, lbl: Label = field.label) =>
    issues.push({ path: at, code, params, label: lbl });
  if (field.type === 'address') {
    if (raw === undefined || raw === null) {
      if (field.required) add('required');
      return undefined;
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) return add('invalid_type', { expected: 'object' }), undefined;
    const value = raw as AddressValue;
    const province = typeof value.province === 'string' ? value.province.trim() : '';
    const commune = typeof value.commune === 'string' ? value.commune.trim() : '';
    const street = typeof value.street === 'string' ? value.street.trim() : '';
    if (!province && !commune && !street) {
      if (field.required) add('required');
      return undefined;
    }
    if (!province) add('required', {}, [...path, 'province'], addressPartLabel(field.label, 'province'));
    else if (!provinceByCode(province)) add('province.unknown', { province }, [...path, 'province'], addressPartLabel(field.label, 'province'));
    if (!commune) add('required', {}, [...path, 'commune'], addressPartLabel(field.label, 'commune'));
    else if (!/^\d{5}$/.test(commune)) add('commune.format', {}, [...path, 'commune'], addressPartLabel(field.label, 'commune'));
    else if (province && options.communeExists?.(province, commune) === false) {
      add('commune.unknown', { commune }, [...path, 'commune'], addressPartLabel(field.label, 'commune'));
    }
    if (!street) add('required', {}, [...path, 'street'], addressPartLabel(field.label, 'street'));
    else if (street.length > 300) add('too_long', { maximum: 300 }, [...path, 'street'], addressPartLabel(field.label, 'street'));
    return { province, commune, street };
  }
  if (isBlank(raw)) {
    // Choices and yes/no are chosen, not typed: "Vui lòng chọn giới tính."
    if (field.required) add(field.type === 'choice' || field.type === 'yesno' ? 'choice.required' : 'required');
    return undefined;
  }
  switch (field.type) {
    case 'yesno':
      if (typeof raw !== 'boolean') return add('invalid_type', { expected: 'boolean' }), undefined;
      return raw;
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n)) return add('number.format'), undefined;
      if (field.min !== undefined && n < field.min) return add('too_small', { minimum: field.min }), undefined;
      if (field.max !== undefined && n > field.max) return add('too_big', { maximum: field.max }), undefined;
      return n;
    }
    default:
      break;
  }
  if (typeof raw !== 'string') return add('invalid_type', { expected: 'string' }), undefined;
  const text = raw.trim();
  switch (field.type) {
    case 'date':
      if (!isCalendarDate(text)) return add('date.format'), undefined;
      if (options.today && field.when === 'past' && text > options.today) return add('date.not_future'), undefined;
      if (options.today && field.when === 'future' && text < options.today) return add('date.not_past'), undefined;
      return text;
    case 'choice': {
      const values = (field.options ?? []).map((o) => o.value);
      if (!values.includes(text)) return add('invalid_value', { values: (field.options ?? []).map((o) => o.label.vi).join(', ') }), undefined;
      return text;
    }
    case 'cccd':
    case 'phone':
    case 'email':
    case 'taxCode': {
      const check = { cccd: checkCitizenId, phone: checkMobile, email: checkEmail, taxCode: checkTaxCode }[field.type];
      const result = check(text);
      if (!result.ok) return add(result.code, result.params), undefined;
      return result.value;
    }
    default: {
      const max = field.maxLength ?? (field.type === 'textarea' ? 2000 : 200);
      if (text.length > max) return add('too_long', { maximum: max }), undefined;
      return text;
    }
  }
}

/**
 * Checks `formData` against a declaration form: required fields, each type's rule (the contract's
 * validators for CCCD, phone, email and tax code), choices, dates, addresses and groups. Hidden
 * fields (their `showWhen` not met) and unknown keys are dropped. Returns the normalised data (trimmed,
 * identifiers in their normal form) and every problem, in form order.
 */
export function checkFormData(
  form: DeclarationForm,
  data: FormData,
  options: CheckFormOptions = {},
): { value: CheckedFormData; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const value: CheckedFormData = {};
  for (const entry of formEntries(form)) {
    if (!isShown(entry, data)) continue;
    const raw = data[entry.key];
    if (entry.type !== 'group') {
      const v = checkField(entry, raw, [entry.key], issues, options);
      if (v !== undefined) value[entry.key] = v as FormValue;
      continue;
    }
    const items = raw === undefined || raw === null ? [] : raw;
    if (!Array.isArray(items)) {
      issues.push({ path: [entry.key], code: 'invalid_type', params: { expected: 'array' }, label: entry.label });
      continue;
    }
    const min = Math.max(entry.minItems, entry.required ? 1 : 0);
    if (items.length < min) {
      issues.push({ path: [entry.key], code: items.length === 0 ? 'required' : 'too_few_items', params: { minimum: min }, label: entry.label });
    }
    if (items.length > entry.maxItems) {
      issues.push({ path: [entry.key], code: 'too_many_items', params: { maximum: entry.maxItems }, label: entry.label });
    }
    const out: FormItemValue[] = [];
    items.slice(0, entry.maxItems).forEach((item, index) => {
      const source = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
      const checked: FormItemValue = {};
      for (const field of entry.fields) {
        if (!isShown(field, data, source)) continue;
        const itemLabel: Label = {
          vi: `${field.label.vi} (${entry.itemLabel.vi} ${index + 1})`,
          en: `${field.label.en} (${entry.itemLabel.en} ${index + 1})`,
        };
        const v = checkField({ ...field, label: itemLabel }, source[field.key], [entry.key, index, field.key], issues, options);
        if (v !== undefined) checked[field.key] = v as FormItemValue[string];
      }
      out.push(checked);
    });
    if (out.length) value[entry.key] = out;
  }
  return { value, issues };
}

/** Form issues as the wire's field errors, under `prefix` (the sandbox uses `formData`). */
export function formFieldErrors(issues: readonly FormIssue[], locale: Locale, prefix: readonly (string | number)[] = []): FieldError[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    code: issue.code,
    message: formatFieldMessage(locale, issue.code, { field: issue.label[locale], ...issue.params }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Documents

/** What a document slot needs to be checked: its key, name, whether required, when it applies. */
export interface DocumentRule {
  key: string;
  name: string;
  required: boolean;
  accept: readonly DocumentFileType[];
  showWhen: ShowWhen | null;
}

/**
 * Checks the files given per document slot: every required slot that applies has a file, and no
 * file names a slot the procedure does not have. File types are the caller's to check (it knows
 * each attachment's type): see {@link acceptsFile}.
 */
export function checkDocuments(
  documents: readonly DocumentRule[],
  given: Record<string, readonly string[] | undefined>,
  data: FormData,
): FormIssue[] {
  const issues: FormIssue[] = [];
  const keys = new Set(documents.map((d) => d.key));
  for (const key of Object.keys(given)) {
    if (!keys.has(key)) issues.push({ path: ['documents', key], code: 'document.unknown', params: { key }, label: { vi: key, en: key } });
  }
  for (const doc of documents) {
    if (!doc.required || !isShown(doc, data)) continue;
    if (!(given[doc.key]?.length)) {
      issues.push({ path: ['documents', doc.key], code: 'document.required', params: { name: doc.name }, label: { vi: doc.name, en: doc.name } });
    }
  }
  return issues;
}

const extensionOfType: Record<string, DocumentFileType> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** Whether a slot takes a file of this media type. */
export function acceptsFile(doc: Pick<DocumentRule, 'accept'>, mediaType: string): boolean {
  const ext = extensionOfType[mediaType];
  return ext !== undefined && doc.accept.includes(ext);
}

// ---------------------------------------------------------------------------------------------
// Examples

const sampleText: Record<FormFieldType, (f: FormField) => unknown> = {
  text: (f) => (f.maxLength !== undefined && f.maxLength < 12 ? 'Mẫu' : 'Nội dung mẫu'),
  textarea: () => 'Nội dung mẫu để minh hoạ tờ khai.',
  number: (f) => f.min ?? 1,
  date: (f) => (f.when === 'future' ? '2099-01-15' : '2020-01-15'),
  choice: (f) => f.options?.[0]?.value ?? '',
  yesno: () => true,
  cccd: () => '038195012345',
  phone: () => '0912345678',
  email: () => 'nguoi.dan@example.vn',
  taxCode: () => '0100109106',
  address: () => ({ province: '46', commune: '19753', street: '12 Lê Lợi' }),
};

/**
 * Valid example answers to a form: the first option of each choice, "yes" to each yes/no, a past
 * date, a valid CCCD, an address in Huế, one item per required group. For documentation examples
 * and tests; `overrides` replaces top-level answers (and so which conditional fields show).
 */
export function sampleFormData(form: DeclarationForm, overrides: FormData = {}): CheckedFormData {
  const data: FormData = { ...overrides };
  for (const entry of formEntries(form)) {
    if (entry.key in overrides) continue;
    if (entry.type === 'group') {
      const count = Math.max(entry.minItems, entry.required ? 1 : 0);
      data[entry.key] = Array.from({ length: count }, () =>
        Object.fromEntries(entry.fields.map((f) => [f.key, sampleText[f.type](f)])) as FormItemValue);
    } else {
      data[entry.key] = sampleText[entry.type](entry) as FormValue;
    }
  }
  return checkFormData(form, data).value;
}
