// <dvc-dossier-form>'s link to the logged-in citizen: who they are, whether this procedure accepts
// their identity level, the draft kept in their account (saved a moment after each change, so a
// citizen continues on another device), and the submission tied to their account. The calls live in
// ./account.ts, loaded only on pages that name the site's login routes (`accountUrl`): an anonymous
// page downloads none of it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dossier, DossierSubmitInput, Locale, ServiceDetail } from '@dvc-kit/sdk/core';
import { accountBase } from '../shared/account.js';
import { sessionEnded } from '../shared/errors.js';
import type { Identity, ServerDraft } from './account.js';
import type * as View from './account-view.js';
import type { ApplicantValues } from './applicant.js';

/** What the identity fills in, read-only: never typed by the citizen. */
export interface IdentityFields {
  type: ApplicantValues['type'];
  idNumber: string;
  fullName: string;
  birthDate: string | null;
  level: 1 | 2 | null;
}

const SAVE_DELAY_MS = 1500;

export class IdentityLink implements ReactiveController {
  /** The logged-in citizen, once known (null: no one is logged in, or the page has no login). */
  identity: Identity | null = null;
  /** The identity's part of the form (./account-view.ts), once loaded with it. */
  #view: typeof View | undefined;
  #english = false;
  /**
   * The account's draft could not be saved (shown to the citizen, who keeps typing: the tab's draft
   * holds it): `session` when the login ended, `other` for anything else.
   */
  saveFailed: false | 'session' | 'other' = false;
  /** Who is logged in could not be learnt (the site's login routes failed): the form says so and stays anonymous. */
  unavailable = false;
  /** Called with the portal's time of each save of the account's draft (the tab keeps it, to tell another device's save from its own). */
  onSaved: ((updatedAt: string) => void) | undefined;
  /** Called when a save of the account's draft first fails (the form says so). */
  onSaveFailed: ((why: 'session' | 'other') => void) | undefined;
  #base: string | undefined;
  #loading: Promise<void> | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: ((keepalive: boolean) => Promise<void>) | undefined;
  /** A save sent and not answered yet: a deletion waits for it, so it cannot land after. */
  #inflight: Promise<void> | undefined;
  readonly #onPageHide = () => void this.flush(true);

  constructor(
    private readonly host: ReactiveControllerHost & { locale: Locale },
    private readonly ownUrl: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The last changes reach the account even when the citizen leaves within the saving delay.
    addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#onPageHide);
    // A load cut short is started again if the form comes back (a framework moving it in the page).
    if (!this.identity) {
      this.#abort?.abort();
      this.#base = undefined;
      this.#loading = undefined;
    }
    void this.flush();
  }

  /** The site's login routes, when the page has any. */
  get base(): string | undefined {
    return accountBase(this.ownUrl());
  }

  /**
   * Learns who is logged in (once per address of the login routes); `onIdentity` runs when someone
   * is. A failure leaves the form anonymous: the citizen can always type their details.
   */
  load(onIdentity: (identity: Identity) => void | Promise<void>): Promise<void> {
    const base = this.base;
    if (base === this.#base && this.#loading) return this.#loading;
    this.#base = base;
    this.#abort?.abort();
    this.identity = null;
    this.unavailable = false;
    if (!base) return (this.#loading = Promise.resolve());
    const abort = (this.#abort = new AbortController());
    this.#loading = import('./account.js')
      .then(({ loadIdentity }) => loadIdentity(base, this.host.locale, abort.signal))
      .then(async (identity) => {
        if (abort.signal.aborted || !identity) return;
        const view = await import('./account-view.js');
        await view.prepare(this.host.locale);
        this.#english = this.host.locale === 'en';
        this.#view = view;
        this.identity = identity;
        await onIdentity(identity);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        console.warn('[dvc-kit] the logged-in citizen could not be loaded; the form stays anonymous.', error);
        this.unavailable = true;
        this.host.requestUpdate();
      });
    return this.#loading;
  }

  /**
   * The identity's part of the form, once the citizen is known; its English texts are loaded the
   * first time the form shows in English (Vietnamese meanwhile).
   */
  get view(): typeof View | undefined {
    const view = this.#view;
    if (view && this.host.locale === 'en' && !this.#english) {
      this.#english = true;
      void view.prepare('en')?.then(() => this.host.requestUpdate());
    }
    return view;
  }

  /** The identity's fields, when it carries them (a citizen's CCCD or a business's tax code, and a name). */
  get fields(): IdentityFields | undefined {
    const me = this.identity?.me;
    if (!me) return undefined;
    const business = (me.type ?? this.identity!.session.user?.accountType) === 'business';
    const idNumber = business ? me.taxCode : me.idNumber;
    if (!idNumber || !me.name) return undefined;
    const level = (me.identityLevel ?? this.identity!.session.user?.identityLevel ?? null) as 1 | 2 | null;
    return { type: business ? 'business' : 'citizen', idNumber, fullName: me.name, birthDate: business ? null : me.birthDate, level };
  }

  /** Whether the identity may submit `detail` (its level is at least the procedure's). */
  allows(detail: ServiceDetail): boolean {
    const fields = this.fields;
    return Boolean(fields) && (fields!.type === 'business' || (fields!.level ?? 0) >= detail.identityLevel);
  }

  /** The account's draft for `key` (undefined: none, or it could not be read). */
  async serverDraft(key: string): Promise<ServerDraft | undefined> {
    const base = this.base;
    if (!base || !this.identity) return undefined;
    try {
      const { loadServerDraft } = await import('./account.js');
      return await loadServerDraft(base, this.host.locale, key, this.#abort?.signal ?? new AbortController().signal);
    } catch {
      return undefined;
    }
  }

  /** Saves the draft in the account a moment after the last change (the tab's own draft is saved at once). */
  saveLater(key: string, serviceCode: string, data: Record<string, unknown>): void {
    const base = this.base;
    const identity = this.identity;
    if (!base || !identity) return;
    clearTimeout(this.#timer);
    this.#pending = async (keepalive) => {
      const { saveServerDraft } = await import('./account.js');
      try {
        const updatedAt = await saveServerDraft(base, this.host.locale, identity, key, serviceCode, data, keepalive);
        this.onSaved?.(updatedAt);
        if (this.saveFailed) {
          this.saveFailed = false;
          this.host.requestUpdate();
        }
      } catch (error) {
        const why = sessionEnded(error) ? 'session' : 'other';
        if (this.saveFailed !== why) this.onSaveFailed?.(why);
        this.saveFailed = why;
        this.host.requestUpdate();
      }
    };
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now what waits to be saved (`keepalive`: the page is going away). */
  async flush(keepalive = false): Promise<void> {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return this.#inflight;
    const sending = pending(keepalive);
    this.#inflight = sending;
    await sending;
    if (this.#inflight === sending) this.#inflight = undefined;
  }

  /** Forgets the account's draft (after a submission, or when the citizen starts again), after any save on its way. */
  async forget(key: string): Promise<void> {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    await this.#inflight;
    const base = this.base;
    if (!base || !this.identity) return;
    const { deleteServerDraft } = await import('./account.js');
    await deleteServerDraft(base, this.host.locale, this.identity, key).catch(() => undefined);
  }

  /** Submits for the account, through the site's server. */
  async submit(input: DossierSubmitInput, options: { idempotencyKey: string; signal: AbortSignal }): Promise<Dossier> {
    const { submitForAccount } = await import('./account.js');
    return submitForAccount(this.base!, this.host.locale, this.identity!, input, options);
  }
}
