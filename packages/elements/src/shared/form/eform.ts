// A procedure's declaration form (the contract's `DeclarationForm`) rendered with the field
// template: every field kind (text, textarea, number, date, choice as radios or a select by option
// count, yes/no, CCCD, phone, email, tax code, address as province → commune → street), repeatable
// groups (numbered items, add and remove buttons) and `showWhen`. Paths and ids follow the portal's
// field errors: `formData.<key>`, `formData.<group>.<n>.<key>`, `formData.<address>.commune`.
//
//   const ctx: EFormContext = { t, locale, data: answers, errors, prefix: 'formData', level: 3, communes, say,
//     set: (path, value) => { answers = setAnswer(answers, path, value); … } };
//   form.sections.map((s) => renderSection(ctx, s))
//   checkDeclaration(form, toFormData(form, answers), locale, { today: vietnamDay() })
//   formAnswers(ctx, form)   // [{ path, label, text }] for a "check your answers" list
import { html, nothing, type TemplateResult } from 'lit';
import { isShown, type DeclarationForm, type FormData, type FormEntry, type FormField, type FormGroup, type FormSection } from '@dvc-kit/sdk/contract';
import type { Locale } from '@dvc-kit/sdk';
import type { Announcer } from './announce.js';
import { choiceGroup, fieldGroup, fieldId, selectInput, textInput } from './field.js';
import { Communes, provinceName, provinceOptions } from './places.js';
import type { FormText } from './strings.js';
import type { FieldErrors } from './validate.js';

/** Answers as typed: strings, yes/no as booleans, addresses as objects, groups as arrays of items. */
export type Answers = Record<string, unknown>;
type Path = readonly (string | number)[];

export interface EFormContext {
  t: FormText;
  locale: Locale;
  data: Answers;
  errors: FieldErrors;
  /** Root of every path (`formData`). */
  prefix: string;
  /** The sections' heading level (`aria-level`): one below the form's own heading. */
  level: number;
  communes: Communes;
  say: Announcer;
  /** Sets the answer at `path` (relative to the form). */
  set: (path: Path, value: unknown) => void;
  /** A field lost focus (check it again if it was edited). */
  blur?: (path: string) => void;
}

/** More options than this: a select instead of radios. */
const MAX_RADIOS = 5;

const pathOf = (ctx: EFormContext, path: Path) => [ctx.prefix, ...path].filter((p) => p !== '').join('.');
const text = (ctx: EFormContext, label: { vi: string; en: string }) => label[ctx.locale];

/** The answers with `value` at `path` (a new object; groups and addresses copied on the way). */
export function setAnswer(data: Answers, path: Path, value: unknown): Answers {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  const copy: Record<string | number, unknown> = Array.isArray(data) ? [...(data as unknown[])] as unknown as Answers : { ...data };
  copy[head] = rest.length ? setAnswer((copy[head] as Answers | undefined) ?? (typeof rest[0] === 'number' ? [] as unknown as Answers : {}), rest, value) : value;
  return copy as Answers;
}

/** `15/01/2020`, `15-1-2020`, `15.01.2020` or `2020-01-15` → `2020-01-15`; anything else as it is (the check names it). */
export function isoDate(value: string): string {
  const v = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : v;
}

/** `2020-01-15` → `15/01/2020` (how a date is shown and typed). */
export function displayDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

function convertField(field: FormField, value: unknown): unknown {
  if (field.type === 'date' && typeof value === 'string') return isoDate(value);
  return value;
}

/** The answers as the portal takes them (`formData`): dates as `YYYY-MM-DD`. */
export function toFormData(form: DeclarationForm, data: Answers): FormData {
  const out: FormData = {};
  for (const entry of form.sections.flatMap((s) => s.fields)) {
    const value = data[entry.key];
    if (value === undefined) continue;
    out[entry.key] = (entry.type === 'group'
      ? (Array.isArray(value) ? value : []).map((item: Answers) =>
        Object.fromEntries(entry.fields.map((f) => [f.key, convertField(f, item?.[f.key])]).filter(([, v]) => v !== undefined)))
      : convertField(entry, value)) as FormData[string];
  }
  return out;
}

/** One section: a heading (`h3`, at `ctx.level`), its hint, its shown fields. */
export function renderSection(ctx: EFormContext, section: FormSection): TemplateResult {
  return html`<section class="form-section" aria-labelledby=${fieldId(`${ctx.prefix}-section-${section.key}`)}>
    <h3 id=${fieldId(`${ctx.prefix}-section-${section.key}`)} aria-level=${ctx.level}>${text(ctx, section.title)}</h3>
    ${section.hint ? html`<p class="hint">${text(ctx, section.hint)}</p>` : nothing}
    ${section.fields.map((entry) => renderEntry(ctx, entry))}
  </section>`;
}

/** One entry (a field or a group) when shown. */
export function renderEntry(ctx: EFormContext, entry: FormEntry): TemplateResult | typeof nothing {
  if (!isShown(entry, ctx.data as FormData)) return nothing;
  return entry.type === 'group' ? renderGroup(ctx, entry) : renderField(ctx, entry, [entry.key], ctx.data);
}

function renderField(ctx: EFormContext, f: FormField, path: Path, scope: Answers, suffix = ''): TemplateResult | typeof nothing {
  const full = pathOf(ctx, path);
  const id = fieldId(full);
  const label = text(ctx, f.label) + suffix;
  const hint = f.hint ? text(ctx, f.hint) : f.type === 'date' ? ctx.t('form.dateHint') : undefined;
  const error = ctx.errors.get(full);
  const value = scope[f.key];
  const base = { id, label, hint: f.type === 'date' && f.hint ? `${text(ctx, f.hint)} ${ctx.t('form.dateHint')}` : hint, error, required: f.required };
  const set = (v: unknown) => ctx.set(path, v);
  const blur = ctx.blur ? () => ctx.blur!(full) : undefined;
  const str = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  switch (f.type) {
    case 'choice': {
      const options = (f.options ?? []).map((o) => ({ value: o.value, label: text(ctx, o.label) }));
      const o = { ...base, options, value: str, onChange: set };
      return options.length > MAX_RADIOS ? selectInput(ctx.t, o) : choiceGroup(ctx.t, o);
    }
    case 'yesno':
      return choiceGroup(ctx.t, {
        ...base,
        options: [{ value: 'yes', label: ctx.t('form.yes') }, { value: 'no', label: ctx.t('form.no') }],
        value: value === true ? 'yes' : value === false ? 'no' : '',
        onChange: (v) => set(v === 'yes'),
      });
    case 'address':
      return renderAddress(ctx, f, path, (value ?? {}) as Record<string, string | undefined>, label);
    default: {
      const kind = {
        text: {}, textarea: { multiline: true },
        number: { inputmode: 'decimal', controlClass: 'short' },
        date: { inputmode: 'numeric', controlClass: 'short', maxlength: 10 },
        cccd: { inputmode: 'numeric', controlClass: 'short', maxlength: 12, spellcheck: false },
        phone: { type: 'tel' as const, autocomplete: 'tel', inputmode: 'tel', controlClass: 'short', maxlength: 20 },
        email: { type: 'email' as const, autocomplete: 'email', spellcheck: false, maxlength: 254 },
        taxCode: { controlClass: 'short', maxlength: 14, spellcheck: false },
      }[f.type];
      return textInput(ctx.t, {
        ...base, ...kind, value: f.type === 'date' ? displayDate(str) : str,
        ...(f.maxLength !== undefined ? { maxlength: f.maxLength } : {}),
        onInput: set, ...(blur ? { onBlur: blur } : {}),
      });
    }
  }
}

function renderAddress(ctx: EFormContext, f: FormField, path: Path, value: Record<string, string | undefined>, label: string): TemplateResult {
  const full = pathOf(ctx, path);
  const id = fieldId(full);
  const province = value.province ?? '';
  const list = province ? ctx.communes.of(province) : [];
  const part = (name: string) => ({ id: fieldId(`${full}.${name}`), error: ctx.errors.get(`${full}.${name}`), required: f.required });
  const set = (name: string, v: string) => ctx.set(path, { ...value, [name]: v, ...(name === 'province' ? { commune: '' } : {}) });
  return fieldGroup(ctx.t, { id, label, hint: f.hint ? text(ctx, f.hint) : undefined, error: ctx.errors.get(full), required: f.required, className: 'address' }, html`
    ${selectInput(ctx.t, { ...part('province'), label: ctx.t('form.province'), options: provinceOptions(ctx.locale), value: province, onChange: (v) => set('province', v) })}
    ${selectInput(ctx.t, {
      ...part('commune'), label: ctx.t('form.commune'),
      hint: list === 'loading' ? ctx.t('form.communeLoading') : list === 'failed' ? ctx.t('form.communeFailed') : undefined,
      options: Array.isArray(list) ? list.map((c) => ({ value: c.code, label: c.name })) : [],
      value: Array.isArray(list) ? value.commune ?? '' : '', busy: list === 'loading', disabled: !province || list === 'loading',
      onChange: (v) => set('commune', v),
    })}
    ${list === 'failed' ? html`<button type="button" class="button secondary small" @click=${() => ctx.communes.retry(province)}>${ctx.t('form.commune')}: ↻</button>` : nothing}
    ${textInput(ctx.t, { ...part('street'), label: ctx.t('form.street'), value: value.street ?? '', maxlength: 300, autocomplete: 'off', onInput: (v) => set('street', v) })}
  `);
}

function renderGroup(ctx: EFormContext, g: FormGroup): TemplateResult {
  const full = pathOf(ctx, [g.key]);
  const items = (Array.isArray(ctx.data[g.key]) ? ctx.data[g.key] : []) as Answers[];
  const item = text(ctx, g.itemLabel);
  const change = async (next: Answers[], message: string, focus: string) => {
    ctx.set([g.key], next);
    ctx.say.announce(message);
    await ctx.say.focus(`#${focus}`);
  };
  return fieldGroup(ctx.t, { id: fieldId(full), label: text(ctx, g.label), hint: g.hint ? text(ctx, g.hint) : undefined, error: ctx.errors.get(full), required: g.required, className: 'group' }, html`
    ${items.map((scope, index) => {
      const itemId = fieldId(`${full}.${index}`);
      const n = index + 1;
      const data = ctx.data as FormData;
      return html`<fieldset class="group-item" id=${itemId}>
        <legend>${item} ${n}</legend>
        ${g.fields.filter((f) => isShown(f, data, scope)).map((f) => renderField(ctx, f, [g.key, index, f.key], scope))}
        ${items.length > g.minItems
          ? html`<button type="button" class="button secondary small remove-item" part="button"
              @click=${() => void change(items.filter((_, i) => i !== index), ctx.t('form.itemRemoved', { item, n }), `${fieldId(full)}-add`)}
            >${ctx.t('form.itemRemove', { item, n })}</button>`
          : nothing}
      </fieldset>`;
    })}
    ${items.length < g.maxItems
      ? html`<button type="button" class="button secondary add-item" part="button" id="${fieldId(full)}-add"
          @click=${() => void change([...items, {}], ctx.t('form.itemAdded', { item, n: items.length + 1 }), `${fieldId(`${full}.${items.length}`)} input, #${fieldId(`${full}.${items.length}`)} select`)}
        >${ctx.t('form.itemAdd', { item })}</button>`
      : nothing}
  `);
}

/** One answer for a "check your answers" list: where it is, its label, its text. */
export interface AnswerRow {
  path: string;
  label: string;
  text: string;
}

function answerText(ctx: EFormContext, f: FormField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  switch (f.type) {
    case 'yesno':
      return value === true ? ctx.t('form.yes') : value === false ? ctx.t('form.no') : '';
    case 'choice': {
      const option = f.options?.find((o) => o.value === value);
      return option ? text(ctx, option.label) : String(value);
    }
    case 'date':
      return displayDate(isoDate(String(value)));
    case 'address': {
      const a = value as Record<string, string | undefined>;
      return [a.street, a.province && a.commune ? ctx.communes.name(a.province, a.commune) ?? a.commune : '', a.province ? provinceName(a.province, ctx.locale) : '']
        .filter(Boolean).join(', ');
    }
    default:
      return String(value);
  }
}

/** Every shown answer, in form order (a group's items numbered), for a review list. */
export function formAnswers(ctx: EFormContext, form: DeclarationForm): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const data = ctx.data as FormData;
  for (const entry of form.sections.flatMap((s) => s.fields)) {
    if (!isShown(entry, data)) continue;
    if (entry.type !== 'group') {
      rows.push({ path: pathOf(ctx, [entry.key]), label: text(ctx, entry.label), text: answerText(ctx, entry, ctx.data[entry.key]) });
      continue;
    }
    const items = (Array.isArray(ctx.data[entry.key]) ? ctx.data[entry.key] : []) as Answers[];
    if (!items.length) rows.push({ path: pathOf(ctx, [entry.key]), label: text(ctx, entry.label), text: '' });
    items.forEach((scope, index) => {
      for (const f of entry.fields) {
        if (!isShown(f, data, scope)) continue;
        rows.push({
          path: pathOf(ctx, [entry.key, index, f.key]),
          label: `${text(ctx, f.label)} (${text(ctx, entry.itemLabel)} ${index + 1})`,
          text: answerText(ctx, f, scope[f.key]),
        });
      }
    });
  }
  return rows;
}
