import { css } from 'lit';

export const styles = css`
  .dossier {
    margin: 0 0 var(--_space);
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  .field {
    max-width: 32rem;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .fees {
    margin-top: calc(var(--_space) * 1.5);
  }
  table {
    width: 100%;
    max-width: 40rem;
    border-collapse: collapse;
    margin-bottom: var(--_space);
  }
  th,
  td {
    text-align: start;
    padding: 0.5em 0.5em 0.5em 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    font-weight: 600;
  }
  tfoot th {
    font-weight: 600;
  }
  .amount {
    text-align: end;
    white-space: nowrap;
    padding-right: 0;
  }
  .due th,
  .due td {
    font-size: 1.125em;
    font-weight: 700;
    border-bottom-width: 2px;
  }
  .step {
    margin-top: var(--_space);
  }
  progress {
    width: 100%;
    max-width: 20rem;
    accent-color: var(--_primary);
  }
  .result-succeeded a {
    color: var(--_success);
    font-weight: 600;
  }
  .announcer {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    min-height: 1.5em;
  }
`;
