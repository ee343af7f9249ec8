import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .result {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .result h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .result h3 {
    margin: var(--_space) 0 0.25em;
  }
  .status {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em;
    border-left: 0.375em solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .status.status-answered {
    border-left-color: var(--_success);
  }
  .status-label {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .content,
  .answer-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .answer {
    margin-top: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-left: 4px solid var(--_success);
    background: var(--_surface-alt);
  }
  .answer h3 {
    margin-top: 0;
  }
  .answer dl {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .answer dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .answer dt {
    font-weight: 600;
  }
  .answer dt::after {
    content: ':';
  }
  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .no-answer {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
