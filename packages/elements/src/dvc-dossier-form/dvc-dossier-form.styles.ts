import { css } from 'lit';

export const styles = css`
  form,
  .result,
  .not-online {
    max-width: 46rem;
  }
  .caption {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  .loading {
    color: var(--_muted);
  }
  .alert p:last-child {
    margin-bottom: 0;
  }
  .notice {
    border-left: 4px solid var(--_focus);
    padding: 0.25em 0 0.25em 0.75em;
    margin: 0 0 var(--_space);
  }
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
  }
  input[type='file'] {
    padding: 0.4em;
    cursor: pointer;
  }
  .documents {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-bottom: 0.5em;
  }
  .documents-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .documents ul,
  .next {
    margin: 0;
    padding-left: 1.25em;
  }
  .documents li + li,
  .next li + li {
    margin-top: 0.25em;
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
  .button.small {
    min-height: 2.25em;
    padding: 0.25em 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .summary {
    margin: 0 0 var(--_space);
    border-top: 1px solid var(--_border);
  }
  .summary .row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: 0.25em 1em;
    padding: 0.625em 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .summary .change {
    text-align: right;
  }
  .summary .change a {
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
    white-space: normal;
  }
  @media (max-width: 40rem) {
    .summary .row {
      grid-template-columns: 1fr;
    }
    .summary .change {
      text-align: left;
    }
  }
  .panel {
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
    background: var(--_surface-alt);
  }
  .code-label {
    margin: 0;
  }
  .code {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
    overflow-wrap: anywhere;
    user-select: all;
    -webkit-user-select: all;
    margin: 0.125em 0 0.5em;
  }
`;
