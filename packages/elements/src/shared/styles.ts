import { css } from 'lit';

// Theming: pages set the documented `--dvc-*` custom properties (they inherit into shadow roots);
// components read only the private `--_*` copies below, so dark defaults never override a page's
// own choice. Default colours meet WCAG 2.2 AA: text ≥ 4.5:1, borders and focus rings ≥ 3:1.
const light = css`
  --_primary: var(--dvc-color-primary, #b3261e);
  --_on-primary: var(--dvc-color-on-primary, #ffffff);
  --_text: var(--dvc-color-text, #1c1b1f);
  --_muted: var(--dvc-color-muted, #545a61);
  --_surface: var(--dvc-color-surface, #ffffff);
  --_surface-alt: var(--dvc-color-surface-alt, #f4f5f7);
  --_border: var(--dvc-color-border, #767c84);
  --_danger: var(--dvc-color-danger, #b3261e);
  --_success: var(--dvc-color-success, #1e6b36);
  --_focus: var(--dvc-color-focus, #0b57d0);
  --_highlight: var(--dvc-color-highlight, #fde7e4);
`;
const dark = css`
  --_primary: var(--dvc-color-primary, #ffb4ab);
  --_on-primary: var(--dvc-color-on-primary, #561e19);
  --_text: var(--dvc-color-text, #e6e1e5);
  --_muted: var(--dvc-color-muted, #b9c0c8);
  --_surface: var(--dvc-color-surface, #1c1b1f);
  --_surface-alt: var(--dvc-color-surface-alt, #2a292e);
  --_border: var(--dvc-color-border, #9aa1a9);
  --_danger: var(--dvc-color-danger, #ffb4ab);
  --_success: var(--dvc-color-success, #8fd6a0);
  --_focus: var(--dvc-color-focus, #a8c7fa);
  --_highlight: var(--dvc-color-highlight, #4a2320);
`;

/** Tokens, dark mode and the few rules every widget needs. */
export const base = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    line-height: 1.5;
    --_radius: var(--dvc-radius, 0.375rem);
    --_space: var(--dvc-space, 1rem);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* What each widget renders into (DvcElement.createRenderRoot): its size container, so widths in
     @container rules are the widget's own. The frame of a widget laid out at its content's width
     (a flex item sized by its content, as <dvc-account> in a header row) turns this off: a size
     container has no width of its own, and such a widget would get none. */
  .frame {
    container-type: inline-size;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  a {
    color: var(--_primary);
  }
  .muted {
    color: var(--_muted);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    min-height: 2.75em;
    width: 100%;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
    margin-bottom: 0.25em;
  }
  .field {
    margin-bottom: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }
  /* Key–value lists (<dl> of <div><dt><dd></div> rows): a dossier's facts, a payment's details. */
  .summary-list {
    display: grid;
    gap: 0.25em;
    margin: 0 0 var(--_space);
  }
  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(8em, 14em) 1fr;
    gap: 0.25em 1em;
    padding: 0.25em 0;
  }
  .summary-list dt {
    font-weight: 600;
  }
  .summary-list dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  @container (max-width: 30rem) {
    .summary-list > div {
      grid-template-columns: 1fr;
    }
  }
  .field-error {
    display: block;
    color: var(--_danger);
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .alert {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }
  .alert:focus-visible {
    outline-offset: 4px;
  }
  .alert.success {
    border-color: var(--_success);
  }
  .alert h2,
  .alert h3 {
    margin-top: 0;
  }
  .alert ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .alert a {
    color: var(--_danger);
    font-weight: 600;
  }
`;
