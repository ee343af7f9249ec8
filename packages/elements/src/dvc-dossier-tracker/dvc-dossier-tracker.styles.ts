import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .field {
    max-width: 32rem;
  }
  .announcer {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    min-height: 1.5em;
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
  .status {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em;
    border-left: 0.375em solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .status-label {
    display: block;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .status.tone-done {
    border-left-color: var(--_success);
  }
  .status.tone-stopped,
  .status.tone-action {
    border-left-color: var(--_danger);
  }
  .badge {
    display: inline-block;
    margin-left: 0.5em;
    padding: 0 0.5em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .documents ul {
    margin: 0 0 var(--_space);
    padding-left: 1.25em;
  }
  .documents ul.links {
    list-style: none;
    padding: 0;
  }
  .links li + li {
    margin-top: 0.5em;
  }
  .file-meta {
    display: block;
    margin-top: 0.25em;
    color: var(--_muted);
  }
  .slot-name {
    font-weight: 600;
  }
  .documents ul ul {
    margin: 0;
  }
  .file-name {
    overflow-wrap: anywhere;
  }
  .supplement {
    background: var(--_highlight);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }
  .supplement p {
    margin: 0.25em 0 0;
  }
  .supplement .step-form {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .supplement h4 {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .expired {
    font-weight: 600;
    color: var(--_danger);
  }
  .withdraw {
    margin-bottom: var(--_space);
  }
  .withdraw.step-form {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .withdraw.confirm {
    border: 2px solid var(--_danger);
  }
  .withdraw h3:focus-visible,
  .supplement p:focus-visible,
  .status:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .withdraw-reason,
  .supplement-note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-primary);
  }
  .rating {
    margin-top: var(--_space);
  }
  .timeline {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .entry {
    position: relative;
    padding: 0 0 var(--_space) 1.75em;
    border-left: 2px solid var(--_border);
    margin-left: 0.5em;
  }
  .entry:last-child {
    border-left-color: transparent;
  }
  .entry::before {
    content: '';
    position: absolute;
    left: calc(-0.5em - 1px);
    top: 0.3em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_border);
  }
  .entry[aria-current='step']::before {
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .entry p {
    margin: 0;
  }
  .entry-time {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .entry-note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .note-label {
    font-weight: 600;
  }
  .live {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .live-lost {
    color: var(--_danger);
    font-weight: 600;
  }
`;
