/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) of a dossier, laid out
 * after mẫu 01 of Thông tư 01/2018/TT-VPCP: who received it, whose dossier, what it asks, the
 * documents received, when it was submitted and when the result is due, how the result is
 * delivered, and how to look the dossier up, with the dossier code as a QR code. Personal numbers
 * are masked (the phone shows its first two and last three digits); the ID number is not printed.
 */
import { deliveryMethodLabels, formatDate, provinceByCode, type Applicant, type ServiceDetail } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { json } from '../store/db.js';
import { toDossier, type DossierRow } from '../store/dossiers.js';
import { findProcedure } from '../store/procedures.js';
import { addWorkingDays } from '../util/time.js';
import {
  contentWidth, createPdf, documentHeading, finishPdf, FONT_SIZE, labelled, maskPhone, paragraph, placeAndDate, qrCode,
  sandboxNotice, title,
} from './pdf.js';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

const units: Record<NonNullable<ServiceDetail['channels'][number]['processingTime']>['unit'], string> = {
  working_day: 'ngày làm việc',
  day: 'ngày',
  month: 'tháng',
  hour: 'giờ',
};

/** The processing time the procedure sets for online dossiers (or its first channel's), in words. */
function processingTime(procedure: ServiceDetail | undefined): string {
  const channels = procedure?.channels ?? [];
  const time = (channels.find((c) => c.channel === 'online') ?? channels[0])?.processingTime;
  if (!time) return 'Theo quy định của thủ tục';
  return `${String(time.value).replace('.', ',')} ${units[time.unit]}`;
}

/**
 * When the result is due: the dossier's due date once the agency received it; before that, the
 * date its processing time gives from the submission (as reception will set it), marked as expected.
 */
export function appointment(row: Pick<DossierRow, 'due_at' | 'submitted_at' | 'processing_days'>): string {
  if (row.due_at) return formatDate('vi', row.due_at, true);
  if (row.processing_days === null) return 'Sẽ thông báo khi hồ sơ được tiếp nhận';
  return `${formatDate('vi', addWorkingDays(new Date(row.submitted_at), row.processing_days), true)} (dự kiến, tính từ khi nộp)`;
}

/** The receipt of a dossier as a PDF. */
export async function receiptPdf(sb: Sandbox, row: DossierRow): Promise<Buffer> {
  const dossier = toDossier(sb, row);
  const applicant = json<Applicant>(row.applicant)!;
  const procedure = findProcedure(sb, row.service_code)?.detailObject;
  const province = row.province_code ? provinceByCode(row.province_code) : undefined;
  const issuedAt = sb.now().toISOString();

  const doc = createPdf({
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả – ${dossier.code}`,
    subject: `${dossier.service.name} (${dossier.service.code})`,
    createdAt: sb.now(),
  });

  documentHeading(doc, [dossier.agency.name, 'Bộ phận tiếp nhận và trả kết quả'], placeAndDate(province?.name ?? null, issuedAt));

  // The dossier code beside its QR code, the way one-stop desks print it.
  const left = doc.page.margins.left;
  const qrSize = 86;
  const qrX = left + contentWidth(doc) - qrSize;
  const top = doc.y;
  qrCode(doc, dossier.code, qrX, top, qrSize);
  doc.font('regular').text('Mã hồ sơ: ', left, top + 18, { continued: true }).font('bold').text(dossier.code);
  doc.font('italic').fontSize(10.5)
    .text('Quét mã QR hoặc nhập mã hồ sơ để tra cứu tình trạng hồ sơ.', left, doc.y + 2, { width: qrX - left - 12 });
  doc.font('regular').fontSize(FONT_SIZE);
  doc.y = Math.max(doc.y, top + qrSize) + 10;

  title(doc, RECEIPT_TITLE);

  labelled(doc, 'Bộ phận tiếp nhận và trả kết quả', dossier.agency.name);
  if (dossier.commune) labelled(doc, 'Nơi tiếp nhận', [dossier.commune.name, province?.name].filter(Boolean).join(', '));
  labelled(doc, 'Tiếp nhận hồ sơ của', applicant.fullName);
  labelled(doc, 'Số điện thoại', maskPhone(applicant.phone));
  labelled(doc, 'Nội dung yêu cầu giải quyết', `${dossier.service.name} (mã thủ tục ${dossier.service.code})`);
  doc.moveDown(0.4);

  paragraph(doc, '1. Thành phần hồ sơ nộp gồm:');
  const received: string[] = [];
  if (procedure) received.push(`${procedure.form.title.vi} (tờ khai điện tử)`);
  const slots = procedure?.documents ?? [];
  const keys = [...new Set([...slots.map((d) => d.key), ...dossier.attachments.map((a) => a.document)])];
  for (const key of keys) {
    const files = dossier.attachments.filter((a) => a.document === key).map((a) => a.name);
    if (!files.length) continue;
    const name = key === null ? 'Giấy tờ khác' : (slots.find((d) => d.key === key)?.name ?? key);
    received.push(`${name}: ${files.join(', ')}`);
  }
  if (!received.length) received.push('Không có giấy tờ đính kèm');
  received.forEach((line, i) => paragraph(doc, `${i + 1}) ${line}`, { indent: 18 }));

  paragraph(doc, '2. Số lượng hồ sơ: 01 (bộ)');
  paragraph(doc, `3. Thời gian giải quyết hồ sơ theo quy định là: ${processingTime(procedure)}`);
  paragraph(doc, `4. Thời gian nhận hồ sơ: ${formatDate('vi', dossier.submittedAt, true)} (nộp trực tuyến)`);
  if (dossier.receivedAt) paragraph(doc, `Cơ quan tiếp nhận hồ sơ lúc: ${formatDate('vi', dossier.receivedAt, true)}`, { indent: 18 });
  labelled(doc, '5. Thời gian trả kết quả giải quyết hồ sơ', appointment(row));
  const delivery = dossier.delivery;
  labelled(doc, '6. Đăng ký nhận kết quả', deliveryMethodLabels[delivery.method].vi + (delivery.address ? ` – ${delivery.address}` : ''));
  if (dossier.fees.total > 0) {
    const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;
    paragraph(doc, `7. Phí, lệ phí: ${vnd(dossier.fees.total)} (đã nộp ${vnd(dossier.fees.paid)})`);
  }
  doc.moveDown(0.4);
  paragraph(doc,
    `Tra cứu tình trạng hồ sơ: dùng mã hồ sơ ${dossier.code} và số điện thoại đã đăng ký (${maskPhone(applicant.phone)}) `
    + 'tại mục tra cứu hồ sơ của Cổng Dịch vụ công, hoặc quét mã QR ở trên.',
    { font: 'italic' });

  // Signatures: an online dossier is submitted and received through the system, so none is signed.
  doc.moveDown(1);
  const width = contentWidth(doc) / 2;
  const signTop = doc.y;
  for (const [i, [who, note, name]] of [
    ['NGƯỜI NỘP HỒ SƠ', '(Nộp trực tuyến)', applicant.fullName],
    ['NGƯỜI TIẾP NHẬN HỒ SƠ', '(Tiếp nhận trực tuyến)', 'Bộ phận tiếp nhận và trả kết quả'],
  ].entries()) {
    const x = left + i * width;
    doc.font('bold').text(who!, x, signTop, { width, align: 'center' });
    doc.font('italic').text(note!, x, doc.y, { width, align: 'center' });
    doc.font('bold').text(name!, x, doc.y + 16, { width, align: 'center' });
  }
  doc.font('regular');
  doc.x = left;
  doc.moveDown(1.5);
  sandboxNotice(doc);
  return finishPdf(doc);
}
