import { css } from 'lit';

// Every chart's presentation is here (fills, strokes, sizes): the SVG carries geometry only (x, y,
// width, height as attributes), so the widget needs no inline style under a strict CSP.
export const styles = css`
  :host {
    display: block;
  }
  h3 {
    margin-top: calc(var(--_space) * 1.25);
  }
  .period fieldset {
    margin: 0;
  }
  .period legend {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .period-fields {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 var(--_space);
    align-items: end;
  }
  .period-fields .field {
    margin-bottom: calc(var(--_space) / 2);
  }
  .status {
    margin: calc(var(--_space) / 2) 0 var(--_space);
    font-weight: 600;
  }
  .tiles {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) / 2);
  }
  .tile {
    display: grid;
    gap: 0.125em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-left: 0.375em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .tile.no-data {
    border-left-color: var(--_border);
  }
  .tile-label {
    font-weight: 600;
  }
  .tile-rate {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .tile.no-data .tile-rate {
    font-size: 1.125em;
    color: var(--_muted);
  }
  .tile-count {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .overview {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25em var(--_space);
    margin: 0 0 var(--_space);
  }
  .overview div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5em;
    border-bottom: 1px solid var(--_border);
    padding: 0.25em 0;
  }
  .overview dt {
    color: var(--_muted);
  }
  .overview dd {
    margin: 0;
    font-weight: 600;
  }
  .charts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 calc(var(--_space) * 2);
  }
  .block {
    min-width: 0;
  }
  .index-total {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .bars {
    display: grid;
    gap: 0.5em;
    margin-bottom: calc(var(--_space) / 2);
  }
  .bar-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125em 0.75em;
  }
  .bar-value {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .bar-row.no-data .bar-value {
    color: var(--_muted);
    font-style: italic;
  }
  svg.bar {
    grid-column: 1 / -1;
    display: block;
    height: 1em;
    overflow: visible;
  }
  .bar-track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .no-data .bar-track {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .bar-fill {
    fill: var(--_primary);
  }
  .legend {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .trend-scale {
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }
  svg.trend {
    display: block;
    width: 100%;
    height: 10em;
    overflow: visible;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .bar-received {
    fill: var(--_muted);
  }
  .bar-finished {
    fill: var(--_primary);
  }
  .line-on-time {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .dot-on-time {
    fill: var(--_surface);
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .months {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    font-size: 0.75em;
    text-align: center;
    color: var(--_muted);
  }
  .data {
    margin: 0 0 var(--_space);
  }
  .data summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0.25em 0 var(--_space);
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  table.agencies tbody th {
    overflow-wrap: anywhere;
  }
  thead th {
    vertical-align: bottom;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tr.part th {
    padding-left: 1.5em;
    font-weight: 400;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  .ratio {
    color: var(--_muted);
    white-space: nowrap;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: inherit;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
  }
  /* Narrow (a phone): the tables fit the widget — fixed columns, words and numbers wrap, a rate's
     count under it — rather than scroll sideways. */
  @container (max-width: 36em) {
    table {
      table-layout: fixed;
    }
    th,
    td,
    .sort {
      overflow-wrap: anywhere;
      padding-inline: 0.2em;
    }
    .sort {
      display: inline-block;
      text-align: inherit;
    }
    .ratio {
      display: block;
      font-size: 0.85em;
    }
  }
  @container (min-width: 32em) {
    .tiles,
    .overview {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .period-fields {
      grid-template-columns: repeat(4, minmax(0, max-content));
    }
  }
  @container (min-width: 56em) {
    .tiles {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .overview {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
