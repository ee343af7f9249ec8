import { html, nothing, type TemplateResult } from 'lit';
import type { Dossier, RequiredDocument } from '@dvc-kit/sdk';
import { inVietnamese, vietnamese } from '../shared/localize.js';
import { safeUrl } from '../shared/url.js';
import type { TrackerView } from './view.js';

/**
 * The dossier's papers: the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) and, once issued, the
 * electronic result, both PDFs behind links the API signed; then the files sent, under the document
 * slot each was sent for. `slots` names the slots (from the procedure's record) once it is loaded;
 * until then, or for a slot the record no longer has, files are listed without a slot name.
 */
export function renderDocuments(view: TrackerView, dossier: Dossier, slots: readonly RequiredDocument[] | undefined): TemplateResult {
  const receipt = safeUrl(dossier.receiptUrl);
  const result = dossier.result;
  const resultUrl = result ? safeUrl(result.url) : undefined;
  return html`<div part="documents" class="documents">
    <h3 id="documents-title" aria-level=${view.level(1)}>${view.t('documents.title')}</h3>
    <ul class="links">
      ${result && resultUrl
        ? html`<li part="result-file" class="result-file">
          <a class="button" href=${resultUrl} type="application/pdf" aria-describedby="result-name">${view.t('documents.result')}</a>
          <span id="result-name" class="file-meta">${view.t('documents.resultName', { name: result.name, date: view.date(result.issuedAt, false) })}</span>
        </li>`
        : nothing}
      ${receipt
        ? html`<li><a part="receipt" href=${receipt} type="application/pdf">${view.t('documents.receipt')}</a></li>`
        : nothing}
    </ul>
    ${renderAttachments(view, dossier, slots)}
  </div>`;
}

function renderAttachments(view: TrackerView, dossier: Dossier, slots: readonly RequiredDocument[] | undefined): TemplateResult | typeof nothing {
  if (dossier.attachments.length === 0) return nothing;
  // In the order of the procedure's slots, then the files of slots it does not list, then the others.
  const order = new Map(slots?.map((slot, index) => [slot.key, index]));
  const groups = new Map<string | null, Dossier['attachments']>();
  for (const file of dossier.attachments) groups.set(file.document, [...(groups.get(file.document) ?? []), file]);
  const keys = [...groups.keys()].sort((a, b) =>
    (a === null ? Infinity : order.get(a) ?? order.size) - (b === null ? Infinity : order.get(b) ?? order.size));
  const name = (key: string | null) => {
    const slot = key === null ? undefined : slots?.find((s) => s.key === key)?.name;
    return slot ? inVietnamese(view.locale, slot) : view.t(key === null ? 'documents.other' : 'documents.slot');
  };
  return html`<h4 id="files-title" aria-level=${view.level(2)}>${view.t('documents.files')}</h4>
    <ul part="files" class="files" aria-labelledby="files-title">
      ${keys.map((key) => html`<li>
        <span class="slot-name">${name(key)}</span>
        <ul>${groups.get(key)!.map((file) => html`<li class="file-name" lang=${vietnamese(view.locale)}>${file.name}</li>`)}</ul>
      </li>`)}
    </ul>`;
}
