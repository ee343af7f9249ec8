import { css } from 'lit';

export const styles = css`
  form {
    max-width: 44rem;
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  legend {
    font-size: 1.125em;
    font-weight: 700;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .field.invalid {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 0.75);
  }
  input.short {
    max-width: 16rem;
  }
  textarea {
    resize: vertical;
    display: block;
  }
  .counter {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .checkbox {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-start;
  }
  .checkbox .field-error {
    flex-basis: 100%;
  }
  .checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0.125rem 0 0;
    padding: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .checkbox > div {
    flex: 1;
  }
  .checkbox label {
    font-weight: 600;
  }
  .draft-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    border-left: 4px solid var(--_border);
    background: var(--_surface-alt);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }
  .result .notice {
    border-left: 4px solid var(--_border);
    background: var(--_surface-alt);
    padding: 0.5em 0.75em;
  }
  .draft-note p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .result {
    max-width: 44rem;
  }
  .code-line {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .code-label {
    display: block;
    font-weight: 600;
  }
  .code {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-family: ui-monospace, 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
    font-size: 1.5em;
    letter-spacing: 0.05em;
    user-select: all;
  }
`;
