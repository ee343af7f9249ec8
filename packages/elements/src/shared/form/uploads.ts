// File slots: files uploaded as soon as they are chosen, with progress per file, retry after a
// network failure, remove; what is uploaded is kept in the draft as `SavedFile`s.
//
//   private readonly _files = new Uploads(this, (file, o) => this.api(attachments).upload(file, o), this._say, (k, p) => this.t(k, p));
//   this._files.add(input.files, 'birthCertificate');   // uploads each at once
//   this._files.in('birthCertificate')                  // the slot's entries
//   this._files.ids('birthCertificate')                 // ids uploaded into it
//   fileSlot(t, { id, label, hint, error, accept, entries, onFiles, onRetry, onRemove })
//   this._files.problem(slot)                            // "still uploading" / "failed" message, or undefined
//   this._files.saved() / restore(saved)                 // for the draft
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { attachmentLimits } from '@dvc-kit/sdk/contract';
import type { Attachment, Locale } from '@dvc-kit/sdk';
import { errorMessage, fieldErrorsOf } from '../errors.js';
import { formatNumber } from '../localize.js';
import type { Announcer } from './announce.js';
import { describedBy, errorLine, type FieldOptions } from './field.js';
import type { FormText } from './strings.js';
import { definitive } from './submit.js';

/** An uploaded file as a draft keeps it. */
export interface SavedFile {
  id: string;
  name: string;
  size: number;
  type: string;
  /** The slot it was chosen in (`birthCertificate`), or `null` for other files. */
  slot: string | null;
}

export interface FileEntry {
  key: string;
  slot: string | null;
  name: string;
  size: number;
  type: string;
  state: 'uploading' | 'done' | 'error';
  percent: number;
  id?: string;
  error?: string;
  retryable?: boolean;
  file?: File;
  controller?: AbortController;
}

type Upload = (file: File, options: { signal: AbortSignal; onProgress: (p: { percent: number }) => void }) => Promise<Attachment>;

let counter = 0;

export class Uploads implements ReactiveController {
  entries: FileEntry[] = [];
  /** Called after every change the draft should keep (a file uploaded or removed). */
  onChange: () => void = () => {};

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: Locale },
    private readonly upload: Upload,
    private readonly say: Announcer,
    private readonly t: FormText,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const entry of this.entries) entry.controller?.abort();
  }

  /** The entries of a slot (`null`: the other files). */
  in(slot: string | null): FileEntry[] {
    return this.entries.filter((e) => e.slot === slot);
  }

  /** The attachment ids uploaded into a slot. */
  ids(slot: string | null): string[] {
    return this.in(slot).filter((e) => e.state === 'done' && e.id).map((e) => e.id!);
  }

  /** Every uploaded file, for the draft. */
  saved(): SavedFile[] {
    return this.entries
      .filter((e) => e.state === 'done' && e.id)
      .map((e) => ({ id: e.id!, name: e.name, size: e.size, type: e.type, slot: e.slot }));
  }

  /** Shows the files a draft kept as uploaded. */
  restore(saved: unknown): void {
    this.entries = (Array.isArray(saved) ? saved : [])
      .filter((a): a is SavedFile => a && typeof a.id === 'string' && typeof a.name === 'string' && typeof a.size === 'number')
      .map((a) => ({
        key: `f${++counter}`, id: a.id, name: a.name, size: a.size, type: String(a.type ?? ''),
        slot: typeof a.slot === 'string' ? a.slot : null, state: 'done' as const, percent: 100,
      }));
    this.host.requestUpdate();
  }

  clear(): void {
    for (const entry of this.entries) entry.controller?.abort();
    this.entries = [];
    this.host.requestUpdate();
  }

  /** Uploads each file at once into `slot`. */
  add(files: Iterable<File>, slot: string | null): void {
    const added = [...files].map((file): FileEntry => ({
      key: `f${++counter}`, slot, name: file.name, size: file.size, type: file.type, state: 'uploading', percent: 0, file,
    }));
    this.entries = [...this.entries, ...added];
    for (const entry of added) void this.retry(entry);
  }

  /** Uploads (again) one entry. */
  async retry(entry: FileEntry): Promise<void> {
    const controller = new AbortController();
    entry.controller?.abort();
    Object.assign(entry, { controller, state: 'uploading', percent: 0, error: undefined, retryable: undefined });
    this.host.requestUpdate();
    // A run replaced by a retry, or of a file the citizen removed, changes nothing.
    const stale = () => entry.controller !== controller || !this.entries.includes(entry);
    try {
      const attachment = await this.upload(entry.file!, {
        signal: controller.signal,
        onProgress: (p) => {
          if (controller.signal.aborted) return;
          entry.percent = Math.min(100, Math.max(0, p.percent));
          this.host.requestUpdate();
        },
      });
      if (stale()) return;
      Object.assign(entry, { state: 'done', percent: 100, id: attachment.id, name: attachment.name, size: attachment.size, type: attachment.type });
      this.say.announce(this.t('form.file.announceUploaded', { name: entry.name }));
      this.onChange();
    } catch (error) {
      if (stale()) return;
      entry.state = 'error';
      if (controller.signal.aborted) {
        entry.error = this.t('form.file.interrupted');
        entry.retryable = true;
      } else {
        entry.error = fieldErrorsOf(error).get('file') ?? errorMessage(error, this.host.locale);
        entry.retryable = !definitive(error);
        this.say.announce(this.t('form.file.announceFailed', { name: entry.name }));
      }
    } finally {
      if (entry.controller === controller) entry.controller = undefined;
      this.host.requestUpdate();
    }
  }

  remove(entry: FileEntry): void {
    entry.controller?.abort();
    this.entries = this.entries.filter((e) => e !== entry);
    this.say.announce(this.t('form.file.announceRemoved', { name: entry.name }));
    this.onChange();
    this.host.requestUpdate();
  }

  /** Marks an uploaded file as refused (the portal no longer has it, or its type does not fit). */
  refuse(entry: FileEntry, message: string): void {
    Object.assign(entry, { state: 'error', error: message, retryable: Boolean(entry.file) });
    this.host.requestUpdate();
  }

  /** Why a slot (or, without one, any file) cannot be sent yet: a file still uploading, or one that failed. */
  problem(slot?: string | null): string | undefined {
    const entries = slot === undefined ? this.entries : this.in(slot);
    if (entries.some((e) => e.state === 'uploading')) return this.t('form.file.pending');
    const failed = entries.find((e) => e.state === 'error');
    return failed ? this.t('form.file.failedName', { name: failed.name }) : undefined;
  }
}

/** `1,5 MB`, `12 KB`. */
export function fileSize(locale: Locale, bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(locale, Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(locale, Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

const extensions: Record<string, string> = Object.fromEntries(Object.entries(attachmentLimits.types).map(([type, ext]) => [ext, type]));

/** The `accept` attribute and the words ("PDF, JPG, PNG") for file types given by extension (default: all the portal takes). */
export function acceptOf(exts: readonly string[] = Object.values(attachmentLimits.types)): { accept: string; words: string } {
  const all = exts.flatMap((ext) => [`.${ext}`, ...(ext === 'jpg' ? ['.jpeg'] : []), extensions[ext] ?? '']).filter(Boolean);
  return { accept: all.join(','), words: exts.map((e) => e.toUpperCase()).join(', ') };
}

export interface FileSlotOptions extends FieldOptions {
  locale: Locale;
  /** File types by extension (`['pdf', 'jpg', 'png']`). */
  accept?: readonly string[];
  entries: readonly FileEntry[];
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  onRetry: (entry: FileEntry) => void;
  onRemove: (entry: FileEntry) => void;
  /** Extra content between the hint and the input (the document's copies, template link). */
  about?: unknown;
}

/**
 * A file slot: label, hint (the types and size allowed), error, the file input, and the files with
 * progress, retry and remove. The wrapper's id is the slot's field id, the input's `<id>-input`.
 */
export function fileSlot(t: FormText, o: FileSlotOptions): TemplateResult {
  const { accept, words } = acceptOf(o.accept);
  const inputId = `${o.id}-input`;
  const typesId = `${o.id}-types`;
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length) o.onFiles(chosen);
  };
  return html`<div class="field file-slot ${o.error ? 'invalid' : ''}" id=${o.id} data-field=${o.id}>
    <label for=${inputId}>${o.label}${o.required ? nothing : html` <span class="optional">${t('form.optional')}</span>`}</label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${o.about ?? nothing}
    <span class="hint" id=${typesId}>${t('form.file.types', { types: words, size: fileSize(o.locale, attachmentLimits.maxBytes) })}</span>
    ${errorLine(t, o.id, o.error)}
    <input type="file" id=${inputId} name=${inputId} accept=${accept} ?multiple=${o.multiple ?? true}
      aria-describedby=${describedBy({ ...o, describedBy: [...(o.describedBy ?? []), typesId] })}
      aria-invalid=${o.error ? 'true' : nothing} @change=${onChange} />
    ${o.entries.length
      ? html`<ul class="files" aria-label=${t('form.file.list')}>${o.entries.map((f) => fileItem(t, o, f))}</ul>`
      : nothing}
  </div>`;
}

function fileItem(t: FormText, o: FileSlotOptions, f: FileEntry): TemplateResult {
  const status = f.state === 'uploading'
    ? t('form.file.uploading', { percent: f.percent })
    : f.state === 'done' ? t('form.file.uploaded') : t('form.file.failed', { message: f.error ?? '' });
  return html`<li class="file" data-state=${f.state}>
    <div class="file-info">
      <span class="file-name" id="file-${f.key}">${f.name}</span>
      <span class="muted">${fileSize(o.locale, f.size)}</span>
      ${f.state === 'error'
        ? nothing
        : html`<progress max="100" value=${f.percent} aria-label=${t('form.file.progress', { name: f.name })}>${f.percent}%</progress>`}
      <span class="file-status ${f.state === 'error' ? 'field-error' : 'muted'}">${status}</span>
    </div>
    <div class="file-actions">
      ${f.state === 'error' && f.retryable && f.file
        ? html`<button type="button" class="button secondary small retry" part="button" aria-describedby="file-${f.key}"
            @click=${() => o.onRetry(f)}>${t('form.file.retry')}</button>`
        : nothing}
      <button type="button" class="button secondary small remove" part="button" aria-describedby="file-${f.key}"
        @click=${() => o.onRemove(f)}>${t('form.file.remove')}</button>
    </div>
  </li>`;
}
