// The one field template: label, hint, error (with its visually hidden "Lỗi:"/"Error:" prefix),
// `aria-invalid`, `aria-describedby` (hint then error), required marking ("(không bắt buộc)" on the
// optional ones; native `required` on the control, as the forms are `novalidate`).
//
//   field(t, { id: 'phone', label, hint, error, required: true }, (a) =>
//     html`<input id=${a.id} type="tel" ?required=${a.required} aria-describedby=${a.describedBy}
//       aria-invalid=${a.invalid} .value=${live(v)} @input=${…} />`)
//   textInput(t, { id, label, value, onInput, type: 'tel', … })     // the common case in one call
//   choiceGroup(t, { id, label, options, value, onChange })          // radios in a fieldset
//   selectInput(t, { id, label, options, value, onChange })
//
// Ids: a field's id is `fieldId(path)` (`formData.children.0.fullName` → `formData-children-0-fullName`),
// so an error's path (the contract's and the server's) finds its field and the summary links to it.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormText } from './strings.js';

/** The element id of the field at a dotted path. */
export function fieldId(path: string): string {
  return path.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** What a control needs to carry for its field. */
export interface ControlAria {
  id: string;
  /** Hint and error ids, or `nothing`. */
  describedBy: string | typeof nothing;
  /** `'true'` when in error, else `nothing`. */
  invalid: 'true' | typeof nothing;
  required: boolean;
}

export interface FieldOptions {
  id: string;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Extra ids the control is described by (after the hint, before the error). */
  describedBy?: readonly string[];
  /** Class names added to the field's wrapper. */
  className?: string;
}

/** The ids a control is described by: its hint, extra ones, its error. */
export function describedBy(o: Pick<FieldOptions, 'id' | 'hint' | 'error' | 'describedBy'>): string | typeof nothing {
  const ids = [o.hint ? `${o.id}-hint` : '', ...(o.describedBy ?? []), o.error ? `${o.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The error line of a field: `id="<id>-error"`, with the hidden prefix screen readers say first. */
export function errorLine(t: FormText, id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<span class="field-error" id="${id}-error"><span class="visually-hidden">${t('form.errorPrefix')} </span>${error}</span>`
    : nothing;
}

function labelText(t: FormText, o: FieldOptions): TemplateResult {
  return html`${o.label}${o.required ? nothing : html` <span class="optional">${t('form.optional')}</span>`}`;
}

/** A labelled field: label, hint, error, then the control `render` returns. */
export function field(t: FormText, o: FieldOptions, render: (aria: ControlAria) => unknown): TemplateResult {
  const aria: ControlAria = { id: o.id, describedBy: describedBy(o), invalid: o.error ? 'true' : nothing, required: o.required ?? false };
  return html`<div class="field ${o.error ? 'invalid' : ''} ${o.className ?? ''}" data-field=${o.id}>
    <label for=${o.id}>${labelText(t, o)}</label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${errorLine(t, o.id, o.error)}
    ${render(aria)}
  </div>`;
}

/**
 * A group of controls under a legend (radios, an address, a group's item): the fieldset carries the
 * id (the summary's link focuses its first control) and is described by its hint and error.
 */
export function fieldGroup(t: FormText, o: FieldOptions & { legendClass?: string }, content: unknown): TemplateResult {
  return html`<fieldset class="field ${o.error ? 'invalid' : ''} ${o.className ?? ''}" id=${o.id} data-field=${o.id}
    aria-describedby=${describedBy(o)}>
    <legend class=${o.legendClass ?? nothing}>${labelText(t, o)}</legend>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${errorLine(t, o.id, o.error)}
    ${content}
  </fieldset>`;
}

export interface TextInputOptions extends FieldOptions {
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'tel' | 'email';
  multiline?: boolean;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  spellcheck?: boolean;
  /** Extra class on the control (`short`). */
  controlClass?: string;
  /** Extra content after the control (a character counter). */
  after?: unknown;
}

/** A text, tel or email input, or a textarea, in its field. */
export function textInput(t: FormText, o: TextInputOptions): TemplateResult {
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement).value);
  return field(t, o, (a) => html`${o.multiline
    ? html`<textarea id=${a.id} name=${a.id} rows="5" class=${o.controlClass ?? nothing} .value=${live(o.value)}
        maxlength=${o.maxlength ?? nothing} ?required=${a.required} aria-describedby=${a.describedBy} aria-invalid=${a.invalid}
        @input=${onInput} @blur=${o.onBlur ?? nothing}></textarea>`
    : html`<input id=${a.id} name=${a.id} type=${o.type ?? 'text'} class=${o.controlClass ?? nothing} .value=${live(o.value)}
        autocomplete=${o.autocomplete ?? 'off'} inputmode=${o.inputmode ?? nothing} maxlength=${o.maxlength ?? nothing}
        spellcheck=${o.spellcheck === false ? 'false' : nothing} ?required=${a.required}
        aria-describedby=${a.describedBy} aria-invalid=${a.invalid} @input=${onInput} @blur=${o.onBlur ?? nothing} />`}${o.after ?? nothing}`);
}

export interface ChoiceOptions<T extends string> extends FieldOptions {
  options: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
}

/** Radios under a legend; each radio's id is `<id>-<value>`. */
export function choiceGroup<T extends string>(t: FormText, o: ChoiceOptions<T>): TemplateResult {
  return fieldGroup(t, o, html`<div class="radios">
    ${o.options.map((option) => html`<div class="radio">
      <input type="radio" id="${o.id}-${option.value}" name=${o.id} value=${option.value} .checked=${live(o.value === option.value)}
        ?required=${o.required ?? false} aria-invalid=${o.error ? 'true' : nothing} @change=${() => o.onChange(option.value)} />
      <label for="${o.id}-${option.value}">${option.label}</label>
    </div>`)}
  </div>`);
}

/** A select with a "— Chọn —" first option. */
export function selectInput<T extends string>(
  t: FormText, o: ChoiceOptions<T> & { placeholder?: string; disabled?: boolean; busy?: boolean },
): TemplateResult {
  const onChange = (event: Event) => o.onChange((event.target as HTMLSelectElement).value as T);
  // `?selected` sets the first render (a select's own bindings run before its options exist); the
  // `live` `.value` keeps later ones right after the citizen touched it.
  return field(t, o, (a) => html`<select id=${a.id} name=${a.id} ?required=${a.required} ?disabled=${o.disabled ?? false}
      aria-busy=${o.busy ? 'true' : nothing} .value=${live(o.value)} aria-describedby=${a.describedBy} aria-invalid=${a.invalid}
      @change=${onChange}>
      <option value="" ?selected=${o.value === ''}>${o.placeholder ?? t('form.choose')}</option>
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${o.value === option.value}>${option.label}</option>`)}
    </select>`);
}
