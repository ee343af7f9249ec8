// The documents step of <dvc-dossier-form>: one upload slot per document (thành phần hồ sơ) that
// applies, with its originals and copies, case, template link and accepted types, then "other files".
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, RequiredDocument } from '@dvc-kit/sdk';
import { acceptsFile } from '@dvc-kit/sdk/contract';
import { fieldId, fileSlot, type Announcer, type FieldErrors, type Uploads } from '../shared/form/index.js';
import { fillParts, inVietnamese, plural } from '../shared/localize.js';
import { safeUrl } from '../shared/url.js';
import type { DossierFormKey } from './dvc-dossier-form.strings.js';

type T = (key: DossierFormKey, params?: Record<string, string | number>) => string;

export function renderDocuments(
  t: T, locale: Locale, slots: readonly RequiredDocument[], files: Uploads, errors: FieldErrors, setErrors: (errors: FieldErrors) => void, say: Announcer,
): TemplateResult {
  const slot = (doc: RequiredDocument | undefined, label: string, o: { required: boolean; about?: unknown; hint?: string }) => {
    const key = doc?.key ?? null;
    const path = key ? `documents.${key}` : 'attachmentIds';
    return fileSlot(t, {
      id: fieldId(path), label, required: o.required, error: errors.get(path), locale, entries: files.in(key),
      ...(doc ? { accept: doc.accept } : {}), hint: o.hint, about: o.about,
      onFiles: (chosen) => {
        // A file the slot does not take is refused here, by name, rather than uploaded for nothing.
        const wrong = doc ? chosen.find((f) => !acceptsFile(doc, f.type)) : undefined;
        const next = new Map(errors);
        if (wrong) next.set(path, t('form.file.wrongType', { name: wrong.name, types: doc!.accept.map((a) => a.toUpperCase()).join(', ') }));
        else next.delete(path);
        setErrors(next);
        files.add(chosen.filter((f) => !doc || acceptsFile(doc, f.type)), key);
      },
      onRetry: (entry) => void files.retry(entry),
      onRemove: (entry) => {
        files.remove(entry);
        void say.focus(`#${fieldId(path)}-input`);
      },
    });
  };
  return html`<p>${t('documentsIntro')}</p>
    ${slots.map((d) => {
      const template = d.template ? safeUrl(d.template.url) : undefined;
      return slot(d, d.name, {
        required: d.required,
        about: d.originals || d.copies || d.case || template
          ? html`<p class="document-about hint">
              ${d.originals || d.copies ? html`<span>${t('documentCopies', {
                originals: t(plural('documentOriginals', locale, d.originals), { count: d.originals }),
                copies: t(plural('documentCopyCount', locale, d.copies), { count: d.copies }),
              })}</span>` : nothing}
              ${d.case ? html`<span>${fillParts(t('documentCase'), locale, { case: inVietnamese(locale, d.case) })}</span>` : nothing}
              ${d.template && template ? html`<a href=${template} target="_blank" rel="noopener noreferrer">${fillParts(t('documentTemplate'), locale, { name: inVietnamese(locale, d.template.name) })}</a>` : nothing}
            </p>`
          : undefined,
      });
    })}
    ${slot(undefined, t('otherFiles'), { required: false, hint: t('otherFilesHint') })}`;
}
