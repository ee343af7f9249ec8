/**
 * What the sandbox's PDF documents (the receipt, the electronic result) share: an A4 page set like
 * an administrative document (Nghị định 30/2020/NĐ-CP: serif 13 pt, margins 2 cm, left 3 cm), the
 * Noto Serif font embedded and subset (full Vietnamese coverage; OFL-1.1, shipped by
 * `@expo-google-fonts/noto-serif`), the heading with the national motto, the dossier code as a QR
 * code drawn in vector modules, and masks for personal numbers. Built with `pdfkit`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { encode } from 'uqr';
import { vietnamDay } from '@dvc-kit/contract';

const require = createRequire(import.meta.url);

const fontFiles = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

let fonts: Record<FontName, Buffer> | undefined;
/** The font files, read once. */
function fontData(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(fontFiles).map(([name, file]) => [name, readFileSync(require.resolve(file))]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

export type Pdf = PDFKit.PDFDocument;

export const FONT_SIZE = 12.5;
const MARGINS = { top: 50, bottom: 50, left: 70, right: 50 };

/** A new A4 document with the three faces registered (`regular`, `bold`, `italic`). */
export function createPdf(info: { title: string; subject: string; createdAt: Date }): Pdf {
  const data = fontData();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // pdfkit takes font bytes here (its types say a path): no standard font is loaded at all.
    font: data.regular as unknown as string,
    info: { Title: info.title, Subject: info.subject, Author: 'DVC Kit sandbox', Creator: 'DVC Kit sandbox', CreationDate: info.createdAt },
    lang: 'vi-VN',
    displayTitle: true,
  });
  for (const [name, buffer] of Object.entries(data)) doc.registerFont(name, buffer);
  doc.font('regular').fontSize(FONT_SIZE);
  return doc;
}

/** Ends the document and gives its bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The width between the margins. */
export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/**
 * The heading of an administrative document: the issuing body on the left (its lines in capitals,
 * the last in bold), the national motto on the right, each over a short rule; then the place and
 * date line under the motto. Leaves `doc.y` under the taller column.
 */
export function documentHeading(doc: Pdf, issuer: string[], dateLine: string): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const leftWidth = width * 0.46;
  const rightX = left + leftWidth + 10;
  const rightWidth = width - leftWidth - 10;
  const top = doc.y;

  doc.fontSize(11);
  issuer.forEach((line, i) => {
    doc.font(i === issuer.length - 1 ? 'bold' : 'regular').text(line.toUpperCase(), left, i === 0 ? top : doc.y, { width: leftWidth, align: 'center' });
  });
  const leftRule = doc.y + 6;
  doc.moveTo(left + leftWidth / 2 - 30, leftRule).lineTo(left + leftWidth / 2 + 30, leftRule).lineWidth(0.6).stroke();
  const leftBottom = leftRule + 4;

  doc.font('bold').fontSize(11.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc.fontSize(12.5).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, { width: rightWidth, align: 'center' });
  const motto = doc.widthOfString('Độc lập - Tự do - Hạnh phúc');
  const rightRule = doc.y + 3;
  doc.moveTo(rightX + (rightWidth - motto) / 2, rightRule).lineTo(rightX + (rightWidth + motto) / 2, rightRule).stroke();
  doc.font('italic').fontSize(FONT_SIZE).text(dateLine, rightX, rightRule + 8, { width: rightWidth, align: 'center' });
  const rightBottom = doc.y;

  doc.font('regular').fontSize(FONT_SIZE);
  doc.x = left;
  doc.y = Math.max(leftBottom, rightBottom) + 12;
}

/** "Hà Nội, ngày 07 tháng 12 năm 2026" for an instant, in Việt Nam's time. */
export function placeAndDate(place: string | null, at: string): string {
  const [year, month, day] = vietnamDay(Date.parse(at)).split('-');
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${month} năm ${year}`;
}

/** A centred title in bold capitals. */
export function title(doc: Pdf, text: string, size = 14): void {
  doc.font('bold').fontSize(size).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'center' });
  doc.font('regular').fontSize(FONT_SIZE).moveDown(0.6);
}

/** "Label: value" with the label in regular and the value in bold, wrapped within the margins (or `width`). */
export function labelled(doc: Pdf, label: string, value: string, options: { indent?: number; width?: number; size?: number } = {}): void {
  const x = doc.page.margins.left + (options.indent ?? 0);
  const width = options.width ?? contentWidth(doc) - (options.indent ?? 0);
  doc.font('regular').fontSize(options.size ?? FONT_SIZE)
    .text(`${label}: `, x, doc.y, { width, continued: true }).font('bold').text(value).font('regular').fontSize(FONT_SIZE);
}

/** A plain paragraph within the margins (`indent` from the left margin). */
export function paragraph(doc: Pdf, text: string, options: { indent?: number; font?: FontName; size?: number; align?: 'left' | 'center' | 'justify' } = {}): void {
  const x = doc.page.margins.left + (options.indent ?? 0);
  doc.font(options.font ?? 'regular').fontSize(options.size ?? FONT_SIZE)
    .text(text, x, doc.y, { width: contentWidth(doc) - (options.indent ?? 0), align: options.align ?? 'left' });
  doc.font('regular').fontSize(FONT_SIZE);
}

/**
 * The dossier code as a QR code (error correction M, the usual quiet zone of 4 modules), drawn as
 * filled squares, so it prints sharp at any size; its top-left corner at (`x`, `y`), `size` points
 * wide including the quiet zone. Returns the size.
 */
export function qrCode(doc: Pdf, text: string, x: number, y: number, size: number): number {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const module = size / data.length;
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  data.forEach((row, r) => row.forEach((dark, c) => {
    if (dark) doc.rect(x + c * module, y + r * module, module, module);
  }));
  doc.fill('#000000');
  doc.restore();
  return size;
}

/** The line every sandbox document carries: it is test data, not an administrative document. */
export const SANDBOX_NOTICE =
  'Tài liệu do môi trường thử nghiệm (sandbox) DVC Kit tạo ra để kiểm thử; không phải văn bản hành chính, không có giá trị pháp lý.';

/** The notice in a thin frame, full width. */
export function sandboxNotice(doc: Pdf): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.y;
  doc.font('italic').fontSize(10);
  const height = doc.heightOfString(SANDBOX_NOTICE, { width: width - 12, align: 'center' });
  doc.rect(x, top, width, height + 8).lineWidth(0.6).stroke('#555555');
  doc.fillColor('#000000').text(SANDBOX_NOTICE, x + 6, top + 4, { width: width - 12, align: 'center' });
  doc.font('regular').fontSize(FONT_SIZE);
  doc.x = x;
  doc.y = top + height + 16;
}

/** A phone number with only its first two and last three digits: `0912345678` → `09xx xxx 678`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return 'x'.repeat(digits.length);
  const masked = digits.slice(0, 2) + 'x'.repeat(digits.length - 5) + digits.slice(-3);
  return masked.length === 10 ? `${masked.slice(0, 4)} ${masked.slice(4, 7)} ${masked.slice(7)}` : masked;
}

/** An identity or tax number with only its last three characters: `038195012345` → `xxxxxxxxx345`. */
export function maskNumber(value: string): string {
  const plain = value.replace(/\s/g, '');
  return plain.length <= 3 ? 'x'.repeat(plain.length) : 'x'.repeat(plain.length - 3) + plain.slice(-3);
}
