import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  /* The suggestions hang from the whole row (field and button), so they are as wide as the widget
     and a suggestion keeps to one or two lines on a phone, not the input's width. */
  .query {
    position: relative;
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .combobox {
    flex: 1;
    min-width: 0;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: min(24rem, 60vh);
    overflow-y: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  [role='option'] {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_highlight);
    border-inline-start-color: var(--_primary);
  }
  [role='option'] .meta,
  .empty {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    padding: 0.5rem 0.75rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    align-items: end;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset .field {
    margin: 0;
  }
  .results {
    margin-top: var(--_space);
  }
  .results > h2:focus {
    outline: none;
  }
  .results > h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  ol.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  ol.list > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: var(--_surface);
  }
  .title {
    font-size: 1.0625em;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .notice {
    font-weight: 600;
  }
  .copies {
    margin: 0 0 0.25rem;
    color: var(--_muted);
  }
  .popular {
    margin-top: calc(var(--_space) * 1.5);
  }
  .linkish {
    all: unset;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .linkish:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    font-size: 0.9375em;
  }
  dl div {
    display: flex;
    gap: 0.35rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .badge {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    margin-inline-start: 0.5rem;
    vertical-align: middle;
  }
  nav {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
    margin-top: var(--_space);
  }
`;
