import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a widget keeps a citizen's unsent form. */
export type DraftStorage = 'session' | 'local' | 'none';

/** `session`, `local` or `none` from an attribute's value; anything else is `session`. */
export function draftStorageOf(value: string | null | undefined): DraftStorage {
  return value === 'local' || value === 'none' ? value : 'session';
}

/** What a draft holds: the form's values, the idempotency key of its submission, and what was sent under it. */
export interface Draft<V> {
  values: V;
  /** Reused by every submit of this draft, so a retried or reloaded submit cannot create a second record. */
  idempotencyKey: string;
  savedAt: string;
  /** The request body first sent with the key (JSON), if any was sent: see `IdempotentSubmit`. */
  sent?: string;
  /** The portal refused that body for good: nothing exists under the key. */
  rejected?: boolean;
}

/** A random UUID v4, also on plain-http pages where `crypto.randomUUID` is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function storageArea(kind: DraftStorage): Storage | undefined {
  try {
    return kind === 'local' ? localStorage : kind === 'session' ? sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a form's draft across reloads and failed submits. `sessionStorage` by default: it survives a
 * reload but not the closing of the tab, which suits shared and public computers; `local` keeps it
 * longer; `none` only in memory. Storage that throws (private modes, full quota) falls back to
 * memory, so typing is never lost while the page is open.
 *
 * The draft follows `storage()`: when it changes (a `draft-storage` attribute set later), the draft in
 * memory moves to the new storage and leaves the old one at the host's next update (switching to
 * `none` removes the citizen's answers from the browser). With no draft in memory, the new storage is
 * read instead ({@link reloaded} tells the host).
 */
export class DraftController<V> implements ReactiveController {
  #memory: Draft<V> | undefined;
  #loaded = false;
  /** The storage the draft was read from or written to last. */
  #current: DraftStorage | undefined;
  #reloaded = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly id: () => string,
    private readonly storage: () => DraftStorage = () => 'session',
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.#sync();
  }

  /** Moves the draft when `storage()` changed since it was last used. */
  #sync(): void {
    const next = this.storage();
    const previous = this.#current;
    if (previous === undefined || previous === next) {
      this.#current = next;
      return;
    }
    this.#current = next;
    if (!this.#loaded) return;
    if (this.#memory) {
      this.#write(this.#memory);
      try {
        storageArea(previous)?.removeItem(this.#key());
      } catch {
        // Nothing stored there.
      }
    } else {
      this.#loaded = false;
      this.#reloaded = true;
    }
  }

  /** Whether the draft was re-read from a new storage since last asked (the host then shows what it holds). */
  takeReloaded(): boolean {
    const reloaded = this.#reloaded;
    this.#reloaded = false;
    return reloaded;
  }

  #key(): string {
    return `dvc-kit:draft:${this.id()}`;
  }

  #write(draft: Draft<V>): void {
    try {
      storageArea(this.#current ?? this.storage())?.setItem(this.#key(), JSON.stringify(draft));
    } catch {
      // Kept in memory; storage is full or disabled.
    }
  }

  /** The saved draft, if any (from storage on first read). */
  get draft(): Draft<V> | undefined {
    this.#sync();
    if (!this.#loaded) {
      this.#loaded = true;
      try {
        const raw = storageArea(this.#current!)?.getItem(this.#key());
        const parsed: unknown = raw ? JSON.parse(raw) : undefined;
        if (parsed && typeof parsed === 'object' && 'values' in parsed && typeof (parsed as Draft<V>).idempotencyKey === 'string') {
          this.#memory = parsed as Draft<V>;
        }
      } catch {
        // A corrupt or unreadable draft is ignored, not fatal.
      }
    }
    return this.#memory;
  }

  /** The draft's idempotency key, made (and saved) on first use. */
  get idempotencyKey(): string {
    return this.draft?.idempotencyKey ?? this.save(undefined).idempotencyKey;
  }

  /**
   * Saves the values (keeping the draft's idempotency key and what was sent under it). `undefined`
   * keeps the saved values; `submit` changes what is known of the body sent under the key.
   */
  save(values: V | undefined, submit?: Pick<Draft<V>, 'sent' | 'rejected'>): Draft<V> {
    const current = this.draft;
    const draft: Draft<V> = {
      values: values ?? current?.values ?? ({} as V),
      idempotencyKey: current?.idempotencyKey ?? newIdempotencyKey(),
      savedAt: new Date().toISOString(),
    };
    const sent = submit && 'sent' in submit ? submit.sent : current?.sent;
    const rejected = submit && 'rejected' in submit ? submit.rejected : current?.rejected;
    if (sent !== undefined) draft.sent = sent;
    if (rejected) draft.rejected = true;
    this.#memory = draft;
    this.#write(draft);
    return draft;
  }

  /** Forgets the draft: after a successful submit, or when the citizen starts over. */
  clear(): void {
    this.#sync();
    this.#memory = undefined;
    this.#loaded = true;
    try {
      storageArea(this.#current!)?.removeItem(this.#key());
    } catch {
      // Nothing stored.
    }
  }

  /** Re-reads storage on next access (after `id` changed). */
  reset(): void {
    this.#loaded = false;
    this.#memory = undefined;
  }
}
