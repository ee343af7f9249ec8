import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The levels one under another: each row (radio and label) is a target of at least 44 px. */
  .levels .radios {
    flex-direction: column;
    gap: 0;
  }
  .levels .radio label {
    flex: 1;
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }
  .criteria > .field {
    margin-top: var(--_space);
  }
  .counter {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .counter.over {
    color: var(--_danger);
    font-weight: bold;
  }
  .rated {
    margin-top: var(--_space);
    padding: var(--_space);
    border-left: 0.375em solid var(--_success);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .rated .comment {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .draft-note {
    margin: 0 0 var(--_space);
  }
`;
