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
  .next {
    margin: 0;
    padding-left: 1.25em;
  }
  .next li + li {
    margin-top: 0.25em;
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
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
    white-space: normal;
  }
  @container (max-width: 40rem) {
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
  .document-about {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.25em;
  }
  .receipt h3 {
    margin-top: var(--_space);
  }
  .print-only {
    display: none;
  }
  .from-identity,
  .level-notice {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border-left: 0.375em solid var(--_success);
  }
  .level-notice {
    border-left-color: var(--_primary);
  }
  .from-identity h3,
  .level-notice h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .level-notice p {
    margin: 0.5em 0 0;
  }
  .from-identity dl {
    margin: 0.5em 0 0;
    display: grid;
    gap: 0.25em;
  }
  .from-identity dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .from-identity dt {
    color: var(--_muted);
  }
  .from-identity dt::after {
    content: ':';
  }
  .from-identity dd {
    margin: 0;
    font-weight: 600;
  }
  .applicant-source {
    margin-bottom: var(--_space);
  }
  .applicant-source .radios {
    flex-direction: column;
  }
  .applicant-source .radio {
    flex-wrap: wrap;
  }
  .applicant-source .hint {
    margin: 0.125em 0 0 2.25em;
    color: var(--_muted);
    font-size: 0.875em;
    flex-basis: 100%;
  }
  /* Printing the success screen prints the receipt alone: no buttons, no panel, no next steps. */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .no-print,
    [part~='announcer'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .summary .row {
      break-inside: avoid;
    }
  }
`;
