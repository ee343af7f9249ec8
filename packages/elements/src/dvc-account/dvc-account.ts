import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { accountBase, accountSession, loginHref, type AccountSession, type AccountUser } from '../shared/account.js';
import { DvcElement } from '../shared/dvc-element.js';
import { base } from '../shared/styles.js';
import { strings, type AccountKey } from './dvc-account.strings.js';
import { styles } from './dvc-account.styles.js';

/** Detail of `dvc-account-ready`. */
export interface DvcAccountReadyDetail {
  authenticated: boolean;
  /** The citizen (name, identity level, account type) when logged in; never a token or an identity number. */
  user: AccountUser | null;
}

/**
 * The citizen's login on a site: a "log in with VNeID" button when no one is logged in, and once
 * logged in an account badge with their name, identity level, a link to their dossiers and a
 * logout button. It talks only to the site's own server (the backend-for-frontend of
 * `@dvc-kit/sdk/server`, at `account-url`): the page never holds a token.
 *
 * Login is a link to `<account-url>/login?returnTo=<this page>`; logout is a form posted to
 * `<account-url>/logout` with the session's CSRF token, which ends the session on the site and at
 * the identity provider.
 *
 * @tagname dvc-account
 * @summary Login button and account badge (name, identity level, my dossiers, log out).
 *
 * @fires dvc-account-ready - The login state is known. Detail: {@link DvcAccountReadyDetail}.
 *
 * @csspart login - The login link (a button to look at).
 * @csspart badge - The logged-in citizen's badge.
 * @csspart name - Their name.
 * @csspart level - Their identity level.
 * @csspart dossiers - The link to their dossiers.
 * @csspart logout - The logout button.
 *
 * @cssprop --dvc-color-primary - The login button and links.
 *
 * @example
 * ```html
 * <dvc-account account-url="/auth" dossiers-href="ho-so-cua-toi.html"></dvc-account>
 * ```
 */
export class DvcAccount extends DvcElement<AccountKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    accountUrl: { attribute: 'account-url' },
    dossiersHref: { attribute: 'dossiers-href' },
  };

  /** The site's login routes (default: the page's `accountUrl`, e.g. `<dvc-config account-url="/auth">`). */
  declare accountUrl: string | undefined;
  /** Where "My dossiers" leads (e.g. a page with `<dvc-my-dossiers>`); no link without it. */
  declare dossiersHref: string | undefined;

  protected readonly catalogue = strings;

  private readonly _session = new Task<[string | undefined], AccountSession | undefined>(this, {
    task: async ([url]) => (url ? accountSession(url) : undefined),
    args: () => [accountBase(this.accountUrl)],
    onComplete: (session) => {
      if (session) this.emit<DvcAccountReadyDetail>('dvc-account-ready', { authenticated: session.authenticated, user: session.user ?? null });
    },
  });

  private _level(user: AccountUser): string {
    if (user.accountType === 'business') return this.t('level.business');
    return user.identityLevel ? this.t(`level.${user.identityLevel}`) : this.t('levelUnknown');
  }

  override render(): unknown {
    const url = accountBase(this.accountUrl);
    if (!url) return html`<p class="alert" role="alert">${this.t('notConfigured')}</p>`;
    return this._session.render({
      // Not a live region: every page load would announce it.
      pending: () => html`<span class="checking">${this.t('checking')}</span>`,
      error: () => html`<p class="failed" role="alert">${this.t('failed')}
        <button type="button" class="button secondary" @click=${() => void this._retry(url)}>${this.t('retry')}</button></p>`,
      complete: (session) => (session?.authenticated && session.user ? this._badge(url, session, session.user) : this._login(url)),
    });
  }

  private async _retry(url: string): Promise<void> {
    await accountSession(url, true).catch(() => undefined);
    void this._session.run();
  }

  private _login(url: string): TemplateResult {
    return html`<a class="button login" part="login" href=${loginHref(url)}>
      <span>${this.t('login')}</span> <span class="hint">${this.t('loginHint')}</span></a>`;
  }

  private _badge(url: string, session: AccountSession, user: AccountUser): TemplateResult {
    const level = this._level(user);
    return html`<div class="badge" part="badge" role="group" aria-label=${this.t('loggedInAs', { name: user.name ?? '', level })}>
      <span class="who"><span class="name" part="name">${user.name}</span>
        <span class="level level-${user.accountType === 'business' ? 'business' : user.identityLevel ?? 'unknown'}" part="level">${level}</span></span>
      ${this.dossiersHref ? html`<a class="dossiers" part="dossiers" href=${this.dossiersHref}>${this.t('myDossiers')}</a>` : nothing}
      <form method="post" action=${`${url}/logout`} class="logout">
        <input type="hidden" name="csrfToken" .value=${session.csrfToken ?? ''} />
        <button type="submit" class="button secondary" part="logout">${this.t('logout')}</button>
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-account': DvcAccount;
  }
  interface HTMLElementEventMap {
    'dvc-account-ready': CustomEvent<DvcAccountReadyDetail>;
  }
}
