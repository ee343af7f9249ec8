import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { AccountDossier, DvcConnection } from '@dvc-kit/sdk/core';
import { account } from '@dvc-kit/sdk/account';
import { services } from '@dvc-kit/sdk/services';
import { dossierStatusInfo, finalDossierStatuses } from '@dvc-kit/sdk/contract';
import { accountBase, accountSession, loginHref, type AccountSession } from '../shared/account.js';
import { accountConnection, csrfHeaders } from '../shared/account-portal.js';
import { DvcElement, headingLevel } from '../shared/dvc-element.js';
import { canRetry, errorMessage, isAbortError } from '../shared/errors.js';
import { Announcer } from '../shared/form/announce.js';
import { formatDate, formatVnd } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { fillHref } from '../shared/url.js';
import { strings, type MyDossiersKey } from './dvc-my-dossiers.strings.js';
import { styles } from './dvc-my-dossiers.styles.js';

/** A draft as the list shows it (what `GET /v1/me/drafts` gives: no answers). */
interface DraftSummary {
  key: string;
  serviceCode: string | null;
  updatedAt: string;
}

interface Loaded {
  dossiers: AccountDossier[];
  nextCursor: string | null;
  drafts: DraftSummary[];
  /** The drafts' procedures by code, with their names (a code alone where a name could not be read). */
  names: Map<string, string>;
}

/** Detail of `dvc-my-dossiers-load`. */
export interface DvcMyDossiersLoadDetail {
  /** How many dossiers are shown so far, and whether more pages exist. */
  shown: number;
  more: boolean;
  drafts: number;
}

/**
 * The logged-in citizen's dossiers ("Hồ sơ của tôi"): those they submitted online while logged in,
 * and those whose applicant carries their CCCD or tax code (submitted at a desk, anonymously, or
 * synced from a one-stop system). Each shows its procedure, code, status, dates, the fees still due
 * and a supplement asked for, with the actions that apply: open it in the tracker, pay, supplement.
 * Drafts kept in the account (across devices) come first, to continue or delete.
 *
 * It talks only to the site's own server (`account-url`, the backend-for-frontend of
 * `@dvc-kit/sdk/server`), which calls the portal with the citizen's token: the page never holds
 * one. Without a login it offers the login button.
 *
 * @tagname dvc-my-dossiers
 * @summary The logged-in citizen's dossiers and drafts, with their status, due dates, fees and actions.
 *
 * @fires dvc-my-dossiers-load - A page of dossiers was shown. Detail: {@link DvcMyDossiersLoadDetail}.
 *
 * @csspart login - The login link shown to a visitor who is not logged in.
 * @csspart drafts - The list of drafts.
 * @csspart dossiers - The list of dossiers.
 * @csspart dossier - One dossier.
 * @csspart status - A dossier's status.
 * @csspart action - Each action link (open, pay, supplement, continue).
 * @csspart more - The "show more" button.
 *
 * @cssprop --dvc-color-primary - Links, buttons, and the bar of a dossier that needs something from the citizen (fees, a supplement).
 * @cssprop --dvc-color-border - The cards' borders.
 *
 * @example
 * ```html
 * <dvc-my-dossiers account-url="/auth" tracker-href="tra-cuu.html?code={code}" pay-href="thanh-toan.html?dossier={code}"
 *   form-href="nop-ho-so.html?service={service}"></dvc-my-dossiers>
 * ```
 */
export class DvcMyDossiers extends DvcElement<MyDossiersKey> {
  static override styles = [base, styles];

  static override properties = {
    ...DvcElement.properties,
    accountUrl: { attribute: 'account-url' },
    trackerHref: { attribute: 'tracker-href' },
    payHref: { attribute: 'pay-href' },
    supplementHref: { attribute: 'supplement-href' },
    formHref: { attribute: 'form-href' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    _more: { state: true },
    _moreError: { state: true },
    _deleting: { state: true },
    _confirming: { state: true },
  };

  /** The site's login routes (default: the page's `accountUrl`). */
  declare accountUrl: string | undefined;
  /** A dossier's page, `{code}` filled in (e.g. `tra-cuu.html?code={code}`). */
  declare trackerHref: string | undefined;
  /** Where fees are paid, `{code}` filled in; shown when fees are due. */
  declare payHref: string | undefined;
  /** Where a supplement is sent, `{code}` filled in; default: `tracker-href`. */
  declare supplementHref: string | undefined;
  /** The submission form of a procedure, `{service}` filled in, to continue a draft. */
  declare formHref: string | undefined;
  /** Dossiers per page (default 10). */
  declare pageSize: number | undefined;
  /** The level of the widget's section headings (default 2: "Hồ sơ đang soạn", "Hồ sơ đã nộp"); each dossier's title is one below. */
  declare headingLevel: number;
  declare _more: boolean;
  declare _moreError: string | undefined;
  declare _deleting: string | undefined;
  /** The draft whose deletion waits for the citizen's confirmation. */
  declare _confirming: string | undefined;

  protected readonly catalogue = strings;
  private readonly _say = new Announcer(this);

  private readonly _session = new Task<[string | undefined], AccountSession | undefined>(this, {
    task: async ([url]) => (url ? accountSession(url) : undefined),
    args: () => [accountBase(this.accountUrl)],
  });

  private readonly _list = new Task<[AccountSession | undefined, string, number], Loaded | undefined>(this, {
    task: async ([session, , limit], { signal }) => {
      if (!session?.authenticated) return undefined;
      const me = account(this._portal());
      const [page, drafts] = await Promise.all([me.dossiers({ limit }, { signal }), me.drafts.list({ signal })]);
      // A draft holds the procedure's code: its name comes from the catalogue (public, with the page's key).
      const codes = [...new Set(drafts.map((d) => d.serviceCode).filter((c): c is string => Boolean(c)))];
      const names = new Map(await Promise.all(codes.map(async (code) =>
        [code, await this.api(services).get(code, { signal }).then((s) => s.name, () => code)] as const)));
      return { dossiers: page.data, nextCursor: page.nextCursor, drafts, names };
    },
    args: () => [this._session.value, this.connection, this.pageSize ?? 10],
    onComplete: (loaded) => {
      if (loaded) this.emit<DvcMyDossiersLoadDetail>('dvc-my-dossiers-load', { shown: loaded.dossiers.length, more: loaded.nextCursor !== null, drafts: loaded.drafts.length });
    },
  });

  constructor() {
    super();
    this._more = false;
    this._moreError = undefined;
    this._deleting = undefined;
    this.headingLevel = 2;
  }

  private _heading(offset: 0 | 1, text: string, id?: string): TemplateResult {
    const level = headingLevel(this.headingLevel, offset);
    return offset === 0
      ? html`<h2 id=${id ?? nothing} tabindex="-1" aria-level=${level}>${text}</h2>`
      : html`<h3 tabindex="-1" aria-level=${level} lang="vi">${text}</h3>`;
  }

  private _portal(): DvcConnection {
    return accountConnection(accountBase(this.accountUrl)!, this.locale);
  }

  private async _loadMore(loaded: Loaded): Promise<void> {
    if (this._more || !loaded.nextCursor) return;
    this._more = true;
    this._moreError = undefined;
    const first = loaded.dossiers.length;
    try {
      const page = await account(this._portal()).dossiers({ limit: this.pageSize ?? 10, cursor: loaded.nextCursor });
      loaded.dossiers = [...loaded.dossiers, ...page.data];
      loaded.nextCursor = page.nextCursor;
      this.emit<DvcMyDossiersLoadDetail>('dvc-my-dossiers-load', { shown: loaded.dossiers.length, more: loaded.nextCursor !== null, drafts: loaded.drafts.length });
      this._more = false;
      await this.updateComplete;
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="dossier"] h3')[first]?.focus();
    } catch (error) {
      this._more = false;
      if (!isAbortError(error)) this._moreError = errorMessage(error, this.locale);
    }
  }

  private async _deleteDraft(loaded: Loaded, draft: DraftSummary, session: AccountSession): Promise<void> {
    if (this._deleting) return;
    this._deleting = draft.key;
    this._confirming = undefined;
    const service = loaded.names.get(draft.serviceCode ?? '') ?? draft.serviceCode ?? draft.key;
    try {
      await account(this._portal()).drafts.delete(draft.key, { headers: csrfHeaders(session) });
      loaded.drafts = loaded.drafts.filter((d) => d.key !== draft.key);
      this._say.announce(this.t('drafts.deleted', { service }));
      await this._say.focus(loaded.drafts.length ? '#drafts-title' : '#dossiers-title');
    } catch (error) {
      this._say.announce(errorMessage(error, this.locale));
    } finally {
      this._deleting = undefined;
    }
  }

  override render(): unknown {
    return html`${this._body()}${this._say.region()}`;
  }

  private _body(): unknown {
    const url = accountBase(this.accountUrl);
    if (!url) return html`<p class="alert" role="alert">${this.t('notConfigured')}</p>`;
    return this._session.render({
      pending: () => html`<p class="muted" role="status">${this.t('checking')}</p>`,
      error: () => this._failure(() => void accountSession(url, true).catch(() => undefined).then(() => this._session.run()), true),
      complete: (session) => {
        if (!session?.authenticated) {
          return html`<p>${this.t('loginNeeded')}</p><a class="button" part="login" href=${loginHref(url)}>${this.t('login')}</a>`;
        }
        return html`${this._list.render({
          pending: () => html`<p class="muted" role="status">${this.t('loading')}</p>`,
          error: (error) => this._failure(() => void this._list.run(), canRetry(error), errorMessage(error, this.locale)),
          complete: (loaded) => (loaded ? this._loaded(loaded, session) : nothing),
        })}`;
      },
    });
  }

  private _failure(retry: () => void, retryable: boolean, detail?: string): TemplateResult {
    return html`<div class="alert" role="alert"><p>${this.t('failed')}${detail ? html` ${detail}` : nothing}</p>
      ${retryable ? html`<button type="button" class="button secondary" @click=${retry}>${this.t('retry')}</button>` : nothing}</div>`;
  }

  private _loaded(loaded: Loaded, session: AccountSession): TemplateResult {
    return html`${loaded.drafts.length ? this._drafts(loaded, session) : nothing}
      ${this._heading(0, this.t('dossiers.title'), 'dossiers-title')}
      ${loaded.dossiers.length
        ? html`<ul class="dossiers" part="dossiers">${loaded.dossiers.map((d) => this._dossier(d))}</ul>`
        : html`<p class="empty">${this.t('dossiers.empty')}</p>`}
      ${this._moreError ? html`<p class="alert" role="alert">${this._moreError}</p>` : nothing}
      ${loaded.nextCursor
        ? html`<button type="button" class="button secondary more" part="more" aria-disabled=${this._more ? 'true' : nothing}
            @click=${() => void this._loadMore(loaded)}>${this._more ? this.t('loadingMore') : this.t('more')}</button>`
        : nothing}`;
  }

  private _drafts(loaded: Loaded, session: AccountSession): TemplateResult {
    return html`${this._heading(0, this.t('drafts.title'), 'drafts-title')}
      <ul class="drafts" part="drafts">${loaded.drafts.map((draft) => {
        const code = draft.serviceCode ?? draft.key;
        const service = loaded.names.get(code) ?? code;
        const href = this.formHref ? fillHref(this.formHref, { service: code, key: draft.key }) : undefined;
        const confirming = this._confirming === draft.key;
        return html`<li class="draft">
          ${this._heading(1, service)}
          <p class="muted">${code} · ${this.t('drafts.saved', { date: formatDate(this.locale, draft.updatedAt, true) })}</p>
          ${confirming
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-${draft.key}">
                <p id="confirm-${draft.key}" tabindex="-1">${this.t('drafts.confirm', { service })}</p>
                <p class="actions">
                  <button type="button" class="button" aria-disabled=${this._deleting === draft.key ? 'true' : nothing}
                    @click=${() => void this._deleteDraft(loaded, draft, session)}>${this.t('drafts.confirmYes')}</button>
                  <button type="button" class="button secondary" @click=${() => void this._keepDraft(draft)}>${this.t('drafts.confirmNo')}</button>
                </p>
              </div>`
            : html`<p class="actions">
                ${href ? html`<a class="button" part="action" href=${href} aria-label=${this.t('drafts.continueLabel', { service })}>${this.t('drafts.continue')}</a>` : nothing}
                <button type="button" class="button secondary" data-key=${draft.key} aria-label=${this.t('drafts.deleteLabel', { service })}
                  @click=${() => void this._askDelete(draft)}>${this.t('drafts.delete')}</button>
              </p>`}
        </li>`;
      })}</ul>`;
  }

  /** Asks before deleting a draft: it cannot be brought back. */
  private async _askDelete(draft: DraftSummary): Promise<void> {
    this._confirming = draft.key;
    await this._say.focus(`#confirm-${CSS.escape(draft.key)}`);
  }

  private async _keepDraft(draft: DraftSummary): Promise<void> {
    this._confirming = undefined;
    await this._say.focus(`.draft button[data-key="${CSS.escape(draft.key)}"]`);
  }

  private _dossier(d: AccountDossier): TemplateResult {
    const values = { code: d.code };
    const open = this.trackerHref ? fillHref(this.trackerHref, values) : undefined;
    const live = !finalDossierStatuses.includes(d.status);
    const pay = live && d.fees.due > 0 && this.payHref ? fillHref(this.payHref, values) : undefined;
    const asked = live && d.supplement?.state === 'requested';
    const supplementTemplate = this.supplementHref ?? this.trackerHref;
    const supplement = asked && supplementTemplate ? fillHref(supplementTemplate, values) : undefined;
    const date = (value: string) => formatDate(this.locale, value, true);
    const attention = d.fees.due > 0 && live || asked;
    return html`<li class="dossier ${attention ? 'attention' : ''}" part="dossier">
      ${this._heading(1, d.service.name)}
      <dl>
        <div><dt>${this.t('code')}</dt><dd class="code">${d.code}</dd></div>
        <div><dt>${this.t('status')}</dt><dd part="status" class="status status-${d.status}">${dossierStatusInfo[d.status].label[this.locale]}</dd></div>
        <div><dt>${this.t('submitted')}</dt><dd>${date(d.submittedAt)}</dd></div>
        ${d.completedAt
          ? html`<div><dt>${this.t('completed')}</dt><dd>${date(d.completedAt)}</dd></div>`
          : d.dueAt ? html`<div><dt>${this.t('due')}</dt><dd>${date(d.dueAt)}</dd></div>` : nothing}
        ${live && d.fees.due > 0 ? html`<div><dt>${this.t('feesDue')}</dt><dd class="due">${formatVnd(this.locale, d.fees.due)}</dd></div>` : nothing}
      </dl>
      ${asked ? html`<p class="supplement">${this.t('supplementDue', { date: date(d.supplement!.deadline) })}</p>` : nothing}
      <p class="actions">
        ${pay ? html`<a class="button" part="action" href=${pay} aria-label=${this.t('payLabel', values)}>${this.t('pay')}</a>` : nothing}
        ${supplement ? html`<a class="button" part="action" href=${supplement} aria-label=${this.t('supplementLabel', values)}>${this.t('supplement')}</a>` : nothing}
        ${open ? html`<a class="button secondary" part="action" href=${open} aria-label=${this.t('openLabel', values)}>${this.t('open')}</a>` : nothing}
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-my-dossiers': DvcMyDossiers;
  }
  interface HTMLElementEventMap {
    'dvc-my-dossiers-load': CustomEvent<DvcMyDossiersLoadDetail>;
  }
}
