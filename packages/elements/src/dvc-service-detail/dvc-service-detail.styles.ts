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
  @container (max-width: 36rem) {
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
  /* Narrow: each row becomes a card of label + value lines (the column's name from data-label), as
     three or four columns squeezed to a phone's width wrap every word. The header row is hidden
     from sight only; explicit roles in the template keep the table a table for screen readers
     whatever its display (some browsers drop the semantics of a table shown as blocks). */
  @container (max-width: 36rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tbody tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }
    tbody th,
    tbody td {
      border: 0;
      padding: 0.125rem 0;
    }
    tbody th {
      background: none;
    }
    tbody td[data-label] {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: 0 0.75rem;
    }
    tbody td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 600;
    }
    td.number {
      text-align: start;
    }
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
