import { css } from 'lit';

/**
 * The form engine's styles (after `base`): optional marks, fields in error, radios, sections, groups,
 * addresses, file slots with progress, actions. Tokens only (`--_*`), so pages theme them as the rest.
 */
export const formStyles = css`
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  .field.invalid {
    border-left: 4px solid var(--_danger);
    padding-left: 0.75em;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
  }
  .radio input {
    width: 1.5em;
    height: 1.5em;
    min-height: 0;
    margin: 0;
    padding: 0;
    accent-color: var(--_primary);
  }
  .radio label {
    margin: 0;
    font-weight: normal;
    cursor: pointer;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
    display: block;
  }
  input.short,
  select.short {
    max-width: 18rem;
  }
  .form-section + .form-section {
    margin-top: calc(var(--_space) * 1.5);
  }
  .address,
  .group-item {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .address .field,
  .group-item .field {
    margin-left: 0.75em;
  }
  .group-item {
    margin-bottom: var(--_space);
  }
  input[type='file'] {
    padding: 0.4em;
    cursor: pointer;
  }
  .files {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .file[data-state='error'] {
    border: 2px solid var(--_danger);
  }
  .file-info {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    flex: 1 1 16em;
    min-width: 0;
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .file progress {
    flex: 1 1 100%;
    width: 100%;
    height: 0.75em;
    accent-color: var(--_primary);
  }
  .file-status {
    flex: 1 1 100%;
    margin: 0;
  }
  .file-actions {
    display: flex;
    gap: 0.5em;
  }
  /* Smaller in padding, not in reach: a touch target of 44 px still (the issue 20 floor, above WCAG 2.5.8's 24). */
  .button.small {
    min-height: 2.75em;
    padding: 0.25em 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
