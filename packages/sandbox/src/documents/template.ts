/**
 * The declaration form (tờ khai, mẫu đơn) of a procedure as a Word file, generated from the
 * procedure's record: the national motto, the form's name, the agency it is addressed to, the
 * applicant's details to fill in, what is requested, the documents to attach and the signature.
 * The sandbox's stand-in for the template files the real portal publishes; the text is Vietnamese,
 * written as the portal's forms are. Built with `docx` (Office Open XML), no hand-written zip or XML.
 */
import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { ServiceDetail } from '@dvc-kit/contract';

const DOTS = '…'.repeat(40);

const centred = (text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...options })] });

const line = (label: string) =>
  new Paragraph({ spacing: { after: 120 }, children: [new TextRun(`${label}: `), new TextRun(DOTS)] });

/** The form's Word file, or `undefined` when the procedure publishes no template. */
export async function templateDocx(service: ServiceDetail): Promise<Buffer | undefined> {
  const withTemplate = service.documents.filter((d) => d.template);
  if (!withTemplate.length) return undefined;
  const title = withTemplate[0]!.template!.name;
  const doc = new Document({
    title,
    creator: 'DVC Kit sandbox',
    description: `Mẫu ${title} – thủ tục ${service.name} (${service.nationalCode})`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        children: [
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
          centred('Độc lập - Tự do - Hạnh phúc', { bold: true }),
          centred('———————'),
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title.toUpperCase(), bold: true, size: 30 })] }),
          new Paragraph({ spacing: { before: 240, after: 240 }, alignment: AlignmentType.CENTER, children: [new TextRun(`Kính gửi: ${service.implementingAgency}`)] }),
          line('Họ, chữ đệm, tên người yêu cầu'),
          line('Ngày, tháng, năm sinh'),
          line('Số định danh cá nhân (số căn cước)'),
          line('Nơi cư trú'),
          line('Số điện thoại'),
          line('Thư điện tử (nếu có)'),
          new Paragraph({
            spacing: { before: 240, after: 120 },
            children: [new TextRun('Đề nghị cơ quan giải quyết thủ tục: '), new TextRun({ text: `${service.name} (mã ${service.nationalCode})`, bold: true })],
          }),
          line('Nội dung đề nghị'),
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Giấy tờ gửi kèm:', bold: true })] }),
          ...service.documents.map(
            (d, i) => new Paragraph({
              indent: { left: 360 },
              children: [new TextRun(`${i + 1}. ${d.name}${d.originals || d.copies ? ` (${d.originals} bản chính, ${d.copies} bản sao)` : ''}${d.case ? ` – nếu: ${d.case}` : ''}`)],
            }),
          ),
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun({ text: 'Tôi cam đoan nội dung đề nghị trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.', italics: true })],
          }),
          new Paragraph({
            spacing: { before: 360 },
            tabStops: [{ type: TabStopType.CENTER, position: 6800 }],
            children: [new TextRun({ text: '\t…, ngày … tháng … năm …', italics: true })],
          }),
          new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: 6800 }], children: [new TextRun({ text: '\tNGƯỜI YÊU CẦU', bold: true })] }),
          new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: 6800 }], children: [new TextRun({ text: '\t(Ký, ghi rõ họ, chữ đệm, tên)', italics: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
