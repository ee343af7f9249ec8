/**
 * The declaration form (tờ khai, mẫu đơn) of a procedure as a Word file, generated from the
 * procedure's record: the national motto, the form's name, the agency it is addressed to, the
 * applicant's details to fill in, the procedure's own form (each section, each field as a labelled
 * line, choices as boxes to tick, repeatable groups as a table with blank rows, hints in small
 * italics), the documents to attach and the signature. The sandbox's stand-in for the template files
 * the real portal publishes; the text is Vietnamese, written as the portal's forms are. Built with
 * `docx` (Office Open XML), no hand-written zip or XML.
 */
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import { formEntries, type FormEntry, type FormField, type FormGroup, type ServiceDetail, type ShowWhen } from '@dvc-kit/contract';

const DOTS = '…'.repeat(40);
const BOX = '☐';
/** Blank rows a group's table offers (more than its minimum, as paper forms do). */
const GROUP_ROWS = 3;

const centred = (text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...options })] });

const line = (label: string) =>
  new Paragraph({ spacing: { after: 120 }, children: [new TextRun(`${label}: `), new TextRun(DOTS)] });

/** A hint or condition under a field: small italics. */
const note = (text: string) =>
  new Paragraph({ spacing: { after: 120 }, indent: { left: 360 }, children: [new TextRun({ text, italics: true, size: 20 })] });

/** "(Chỉ khai khi “Khai thông tin người cha” là “Có”)": a field's condition in words. */
function conditionText(rule: ShowWhen, entries: FormEntry[], scope: FormField[] = []): string {
  const target = scope.find((f) => f.key === rule.field) ?? entries.find((e) => e.key === rule.field);
  const valueLabel = (v: string | boolean) => {
    if (typeof v === 'boolean') return v ? 'Có' : 'Không';
    const option = target && target.type === 'choice' ? target.options?.find((o) => o.value === v) : undefined;
    return option?.label.vi ?? v;
  };
  return `(Chỉ khai khi “${target?.label.vi ?? rule.field}” là ${rule.in.map((v) => `“${valueLabel(v)}”`).join(' hoặc ')})`;
}

function fieldParagraphs(field: FormField, entries: FormEntry[]): Paragraph[] {
  const label = `${field.label.vi}${field.required ? '' : ' (nếu có)'}`;
  const out: Paragraph[] = [];
  if (field.type === 'choice' || field.type === 'yesno') {
    const options = field.type === 'yesno' ? ['Có', 'Không'] : (field.options ?? []).map((o) => o.label.vi);
    out.push(new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun(`${label}: `), ...options.flatMap((o, i) => [new TextRun(`${i ? '    ' : ''}${BOX} ${o}`)])],
    }));
  } else if (field.type === 'address') {
    out.push(line(`${label} (số nhà, đường/thôn; xã/phường; tỉnh/thành phố)`));
  } else if (field.type === 'date') {
    out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(`${label}: ngày …… tháng …… năm ……`)] }));
  } else {
    out.push(line(label));
  }
  if (field.hint) out.push(note(field.hint.vi));
  if (field.showWhen) out.push(note(conditionText(field.showWhen, entries)));
  return out;
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 22 })] })] });

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A repeatable group: its name, then a table with a header row of its fields and blank rows. */
function groupBlock(group: FormGroup, entries: FormEntry[]): (Paragraph | Table)[] {
  const rows = Math.max(GROUP_ROWS, group.minItems);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('STT', true), ...group.fields.map((f) => cell(f.label.vi, true))] }),
      ...Array.from({ length: rows }, (_, i) => new TableRow({ children: [cell(String(i + 1)), ...group.fields.map(() => cell(''))] })),
    ],
  });
  const out: (Paragraph | Table)[] = [
    new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun(`${group.label.vi}${group.required ? '' : ' (nếu có)'}:`)] }),
  ];
  if (group.hint) out.push(note(group.hint.vi));
  if (group.showWhen) out.push(note(conditionText(group.showWhen, entries)));
  out.push(table);
  const hinted = group.fields.filter((f) => f.hint);
  for (const f of hinted) out.push(note(`${f.label.vi}: ${f.hint!.vi}`));
  return out;
}

/** The procedure's declaration form: each section's title, then its fields and groups. */
function formBlocks(service: ServiceDetail): (Paragraph | Table)[] {
  const entries = formEntries(service.form);
  return service.form.sections.flatMap((section, index) => [
    new Paragraph({
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: `${toRoman(index + 1)}. ${section.title.vi.toUpperCase()}`, bold: true })],
    }),
    ...(section.hint ? [note(section.hint.vi)] : []),
    ...section.fields.flatMap((entry) => (entry.type === 'group' ? groupBlock(entry, entries) : fieldParagraphs(entry, entries))),
  ]);
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of numerals) while (n >= value) (out += numeral), (n -= value);
  return out;
}

/** The form's Word file, or `undefined` when the procedure publishes no template. */
export async function templateDocx(service: ServiceDetail): Promise<Buffer | undefined> {
  const withTemplate = service.documents.filter((d) => d.template);
  if (!withTemplate.length) return undefined;
  const title = withTemplate[0]!.template!.name;
  // A procedure's own form has its paper name ("Tờ khai đề nghị cấp hộ chiếu phổ thông (TK01)").
  const heading = service.form.kind === 'specific' ? service.form.title.vi : title;
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
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: heading.toUpperCase(), bold: true, size: 30 })] }),
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
          ...formBlocks(service),
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Giấy tờ gửi kèm:', bold: true })] }),
          ...service.documents.map(
            (d, i) => new Paragraph({
              indent: { left: 360 },
              children: [new TextRun(`${i + 1}. ${d.name}${d.originals || d.copies ? ` (${d.originals} bản chính, ${d.copies} bản sao)` : ''}${d.case ? ` – ${d.case}` : ''}`)],
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
