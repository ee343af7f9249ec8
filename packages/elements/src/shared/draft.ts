import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a widget keeps a citizen's unsent form. */
export type DraftStorage = 'session' | 'local' | 'none';

/** What a draft holds: the form's values and the idempotency key of its submission. */
export interface Draft<V> {
  values: V;
  /** Reused by every submit of this draft, so a retried or reloaded submit cannot create a second record. */
  idempotencyKey: string;
  savedAt: string;
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

/**
 * Keeps a form's draft across reloads and failed submits. `sessionStorage` by default: it survives a
 * reload but not the closing of the tab, which suits shared and public computers; `local` keeps it
 * longer; `none` only in memory. Storage that throws (private modes, full quota) falls back to
 * memory, so typing is never lost while the page is open.
 */
export class DraftController<V> implements ReactiveController {
  #memory: Draft<V> | undefined;
  #loaded = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly id: () => string,
    private readonly storage: () => DraftStorage = () => 'session',
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  #store(): Storage | undefined {
    try {
      const kind = this.storage();
      return kind === 'local' ? localStorage : kind === 'session' ? sessionStorage : undefined;
    } catch {
      return undefined;
    }
  }

  #key(): string {
    return `dvc-kit:draft:${this.id()}`;
  }

  /** The saved draft, if any (from storage on first read). */
  get draft(): Draft<V> | undefined {
    if (!this.#loaded) {
      this.#loaded = true;
      try {
        const raw = this.#store()?.getItem(this.#key());
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

  /** Saves the values (keeping the draft's idempotency key). `undefined` keeps the saved values. */
  save(values: V | undefined): Draft<V> {
    const current = this.draft;
    const draft: Draft<V> = {
      values: values ?? current?.values ?? ({} as V),
      idempotencyKey: current?.idempotencyKey ?? newIdempotencyKey(),
      savedAt: new Date().toISOString(),
    };
    this.#memory = draft;
    try {
      this.#store()?.setItem(this.#key(), JSON.stringify(draft));
    } catch {
      // Kept in memory; storage is full or disabled.
    }
    return draft;
  }

  /** Forgets the draft: after a successful submit, or when the citizen starts over. */
  clear(): void {
    this.#memory = undefined;
    this.#loaded = true;
    try {
      this.#store()?.removeItem(this.#key());
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
