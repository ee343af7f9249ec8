import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /* Sized by its content in a page's flex row (the Huế header): not a size container, which would
     have no width of its own there (see .frame in shared/styles.ts). */
  .frame {
    container-type: normal;
  }
  .login {
    flex-wrap: wrap;
    text-align: center;
  }
  .login .hint {
    color: inherit;
    font-weight: normal;
    font-size: 0.875em;
  }
  .badge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .who {
    display: flex;
    flex-direction: column;
  }
  .name {
    font-weight: 600;
  }
  .level {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .level-2 {
    color: var(--_success);
  }
  .dossiers {
    color: var(--_primary);
    min-height: 2.75em;
    display: inline-flex;
    align-items: center;
  }
  .logout {
    margin: 0;
  }
  .checking,
  .failed {
    color: var(--_muted);
  }
  .failed {
    margin: 0;
  }
`;
