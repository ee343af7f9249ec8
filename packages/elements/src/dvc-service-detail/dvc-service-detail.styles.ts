import { css } from 'lit';

export const styles = css`
  article > h2:focus {
    outline: none;
  }
  section {
    margin-top: calc(var(--_space) * 1.5);
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: 0.375rem 1rem;
    margin: 0;
  }
  dl.facts dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  @media (max-width: 36rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  th {
    background: var(--_surface-alt);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  ol.steps,
  ul.plain {
    padding-inline-start: 1.5rem;
    margin: 0;
  }
  ol.steps li,
  ul.plain li {
    margin-bottom: 0.375rem;
  }
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .actions {
    margin-top: calc(var(--_space) * 1.5);
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
`;
