/**
 * The electronic result (bản điện tử của kết quả) of a dossier the agency has released: the
 * procedure's result (e.g. "Giấy khai sinh") issued to the applicant, with what was declared in the
 * procedure's form written out (labels from the form, addresses with commune and province names,
 * personal numbers masked), the issue date and the dossier code as a QR code. It says plainly that
 * the DVC Kit sandbox issued it for testing: the sandbox is a reference portal, not an authority.
 */
import {
  formatDate, isShown, provinceByCode,
  type AddressValue, type Applicant, type DeclarationForm, type FormData, type FormField,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { json } from '../store/db.js';
import { resultName, toDossier, type DossierRow } from '../store/dossiers.js';
import { findCommune } from '../store/places.js';
import { findProcedure } from '../store/procedures.js';
import {
  contentWidth, createPdf, documentHeading, finishPdf, FONT_SIZE, labelled, maskNumber, maskPhone, paragraph, placeAndDate,
  qrCode, sandboxNotice, title,
} from './pdf.js';

/** An address written out: "12 Lê Lợi, Phường Thuận Hóa, Thành phố Huế". */
export function addressText(value: AddressValue): string {
  const province = value.province ? provinceByCode(value.province) : undefined;
  const commune = value.province && value.commune ? findCommune(value.province, value.commune) : undefined;
  return [value.street?.trim(), commune?.name ?? value.commune, province?.name ?? value.province].filter(Boolean).join(', ');
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** One answer as the document prints it, or null when there is none. */
function answerText(field: FormField, value: unknown): string | null {
  if (blank(value)) return null;
  switch (field.type) {
    case 'date':
      return typeof value === 'string' ? formatDate('vi', value) : String(value);
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label.vi ?? String(value);
    case 'yesno':
      return value === true ? 'Có' : value === false ? 'Không' : String(value);
    case 'address':
      return typeof value === 'object' ? addressText(value as AddressValue) || null : String(value);
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);
    case 'cccd':
    case 'taxCode':
      return maskNumber(String(value));
    case 'phone':
      return maskPhone(String(value));
    case 'email': {
      const [user = '', domain = ''] = String(value).split('@');
      return `${user.slice(0, 1)}***@${domain}`;
    }
    default:
      return String(value).trim();
  }
}

export interface AnswerLine {
  label: string;
  value: string;
  /** 0 for a field of the form, 1 for a field of a group's item. */
  depth: 0 | 1;
}

/**
 * The answered fields of a form, section by section, in the form's order: each shown top-level
 * field with an answer as label and value, a group as its label then each item's answered fields.
 */
export function formAnswers(form: DeclarationForm, data: FormData): { title: string; lines: AnswerLine[] }[] {
  const sections = form.sections.map((section) => {
    const lines: AnswerLine[] = [];
    for (const entry of section.fields) {
      if (!isShown(entry, data)) continue;
      if (entry.type === 'group') {
        const items = Array.isArray(data[entry.key]) ? (data[entry.key] as Record<string, unknown>[]) : [];
        items.forEach((item, i) => {
          const answered = entry.fields
            .filter((f) => isShown(f, data, item))
            .map((f) => ({ label: f.label.vi, value: answerText(f, item[f.key]) }))
            .filter((l): l is { label: string; value: string } => l.value !== null);
          if (!answered.length) return;
          lines.push({ label: entry.label.vi, value: `${entry.itemLabel.vi} ${i + 1}`, depth: 0 });
          lines.push(...answered.map((l) => ({ ...l, depth: 1 as const })));
        });
        continue;
      }
      const value = answerText(entry, data[entry.key]);
      if (value !== null) lines.push({ label: entry.label.vi, value, depth: 0 });
    }
    return { title: section.title.vi, lines };
  });
  return sections.filter((s) => s.lines.length);
}

/** The electronic result of a released or returned dossier as a PDF; undefined before that. */
export async function resultPdf(sb: Sandbox, row: DossierRow): Promise<Buffer | undefined> {
  const dossier = toDossier(sb, row);
  if (!dossier.result) return undefined;
  const applicant = json<Applicant>(row.applicant)!;
  const procedure = findProcedure(sb, row.service_code)?.detailObject;
  const province = row.province_code ? provinceByCode(row.province_code) : undefined;
  const name = resultName(sb, row);

  const doc = createPdf({
    title: `${name} – ${dossier.code}`,
    subject: `Kết quả giải quyết thủ tục ${dossier.service.name} (${dossier.service.code})`,
    createdAt: new Date(dossier.result.issuedAt),
  });
  const issuer = [dossier.agency.name, ...(dossier.commune ? [dossier.commune.name] : [])];
  documentHeading(doc, issuer, placeAndDate(province?.name ?? null, dossier.result.issuedAt));
  sandboxNotice(doc);

  title(doc, name.toUpperCase(), 15);
  paragraph(doc, '(Bản điện tử của kết quả giải quyết thủ tục hành chính)', { font: 'italic', align: 'center' });
  doc.moveDown(0.6);

  // What was issued, to whom, beside the dossier code as a QR code.
  const left = doc.page.margins.left;
  const qrSize = 86;
  const top = doc.y;
  qrCode(doc, dossier.code, left + contentWidth(doc) - qrSize, top, qrSize);
  const width = contentWidth(doc) - qrSize - 12;
  labelled(doc, 'Thủ tục', `${dossier.service.name} (mã thủ tục ${dossier.service.code})`, { width });
  labelled(doc, 'Cấp cho', applicant.fullName, { width });
  labelled(doc, 'Mã hồ sơ', dossier.code, { width });
  labelled(doc, 'Ngày cấp', formatDate('vi', dossier.result.issuedAt, true), { width });
  doc.y = Math.max(doc.y, top + qrSize - 10);

  const answers = procedure ? formAnswers(procedure.form, json<FormData>(row.form_data) ?? {}) : [];
  for (const section of answers) {
    doc.moveDown(0.3);
    paragraph(doc, section.title.toUpperCase(), { font: 'bold', size: 11.5 });
    for (const line of section.lines) labelled(doc, line.label, line.value, { indent: 12 + line.depth * 18, size: 12 });
  }

  // The issuing authority, as on the paper result; nothing is signed.
  doc.moveDown(0.6);
  const signWidth = contentWidth(doc) * 0.6;
  const signX = left + contentWidth(doc) - signWidth;
  if (doc.y + 48 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const signTop = doc.y;
  doc.font('bold').fontSize(FONT_SIZE)
    .text((procedure?.decidingAuthority ?? `Thủ trưởng ${dossier.agency.name}`).toUpperCase(), signX, signTop, { width: signWidth, align: 'center' });
  doc.font('italic').fontSize(10.5)
    .text('(Bản điện tử, không có chữ ký số)', signX, doc.y + 4, { width: signWidth, align: 'center' });
  doc.font('regular').fontSize(FONT_SIZE);
  return finishPdf(doc);
}
