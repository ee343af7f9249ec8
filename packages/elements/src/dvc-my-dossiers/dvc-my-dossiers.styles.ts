import { css } from 'lit';

export const styles = css`
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ul {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  li {
    border: 1px solid var(--_border);
    border-left: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  li.attention {
    border-left-color: var(--_primary);
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25em 1.5em;
  }
  @container (min-width: 36em) {
    dl {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .code {
    overflow-wrap: anywhere;
  }
  .supplement {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
  }
  .draft-title {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-weight: normal;
  }
`;
