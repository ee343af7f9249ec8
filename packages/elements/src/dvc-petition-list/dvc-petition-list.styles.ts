import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .filter select {
    max-width: 24rem;
  }
  .status {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .item {
    padding: calc(var(--_space) * 0.75) 0;
    border-bottom: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: 1.0625em;
  }
  .title button {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    width: 100%;
    /* One line fills the 2.75em target exactly, so one-line and longer titles have the same space under them. */
    min-height: 2.75em;
    line-height: 1.5;
    padding: 0.625em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: left;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .title button::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
  }
  .title button[aria-expanded='true']::before {
    transform: translateY(-0.25em) rotate(45deg);
  }
  .title button:hover {
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .meta .category {
    font-weight: 600;
  }
  .panel {
    margin-top: calc(var(--_space) / 2);
  }
  .panel[hidden] {
    display: none;
  }
  .panel h4 {
    margin: calc(var(--_space) / 2) 0 0.25em;
  }
  .content,
  .answer-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .answer {
    margin-top: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 0.75);
    border-left: 4px solid var(--_success);
    background: var(--_surface-alt);
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
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  .page-of {
    color: var(--_muted);
  }
`;
