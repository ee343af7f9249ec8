import type { Locale } from './types.js';

/** Human names of fields, so "Vui lòng nhập số điện thoại." reads as a sentence, not a path. */
const labels: Record<string, Record<Locale, string>> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  email: { vi: 'Email', en: 'Email' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  idNumber: { vi: 'Số giấy tờ tùy thân/mã số thuế', en: 'ID number / tax code' },
  type: { vi: 'Loại', en: 'Type' },
  applicant: { vi: 'Người nộp hồ sơ', en: 'Applicant' },
  serviceCode: { vi: 'Mã thủ tục', en: 'Procedure code' },
  code: { vi: 'Mã', en: 'Code' },
  id: { vi: 'Mã định danh', en: 'Identifier' },
  formData: { vi: 'Dữ liệu biểu mẫu', en: 'Form data' },
  attachmentIds: { vi: 'Tệp đính kèm', en: 'Attachments' },
  province: { vi: 'Tỉnh/thành phố', en: 'Province' },
  note: { vi: 'Ghi chú', en: 'Note' },
  reason: { vi: 'Lý do', en: 'Reason' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  content: { vi: 'Nội dung', en: 'Content' },
  category: { vi: 'Lĩnh vực phản ánh', en: 'Category' },
  publishable: { vi: 'Đồng ý công khai', en: 'Consent to publish' },
  dossierCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  returnUrl: { vi: 'Địa chỉ trả về', en: 'Return URL' },
  url: { vi: 'Địa chỉ URL', en: 'URL' },
  events: { vi: 'Sự kiện', en: 'Events' },
  status: { vi: 'Trạng thái', en: 'Status' },
  text: { vi: 'Nội dung trả lời', en: 'Answer text' },
  q: { vi: 'Từ khoá tìm kiếm', en: 'Search text' },
  limit: { vi: 'Số kết quả mỗi trang', en: 'Page size' },
  cursor: { vi: 'Con trỏ trang', en: 'Page cursor' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  audience: { vi: 'Đối tượng', en: 'Audience' },
  onlineLevel: { vi: 'Mức độ trực tuyến', en: 'Online level' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  period: { vi: 'Kỳ số liệu', en: 'Period' },
  'dvc-verifier': { vi: 'Số điện thoại xác minh (Dvc-Verifier)', en: 'Verifier phone (Dvc-Verifier)' },
  'idempotency-key': { vi: 'Idempotency-Key', en: 'Idempotency-Key' },
  file: { vi: 'Tệp', en: 'File' },
  // Ratings (ratings.ts)
  overall: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
  comment: { vi: 'Ý kiến thêm', en: 'Comment' },
};

/**
 * Adds the labels of fields that only servers check (the status sync's records): the module of their
 * schema registers them when it loads, so a page that never loads that module does not carry them.
 * A name that already has a label keeps it.
 */
export function addFieldLabels(more: Readonly<Record<string, Record<Locale, string>>>): void {
  for (const [name, label] of Object.entries(more)) if (!Object.hasOwn(labels, name)) labels[name] = label;
}

/** The name of a JavaScript type in a message ("cần số", "expected a number"). */
const typeNames: Record<string, Record<Locale, string>> = {
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một đối tượng { … }', en: 'an object { … }' },
  array: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
};

/** `expected` of a wrong-type issue, in words. */
export function typeName(expected: unknown, locale: Locale): string {
  const name = String(expected);
  return Object.hasOwn(typeNames, name) ? typeNames[name]![locale] : name;
}

/** The label of the field at `path` (its last named segment), or the path itself. */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string');
  // Own keys only: a field named `constructor` or `toString` is not a label.
  if (name && Object.hasOwn(labels, name)) return labels[name]![locale];
  return path.length ? path.map(String).join('.') : locale === 'vi' ? 'Giá trị' : 'Value';
}
