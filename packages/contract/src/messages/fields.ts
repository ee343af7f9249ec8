import type { Locale } from './types.js';

/** Human names of fields, so "Vui lòng nhập Số điện thoại." reads as a sentence, not a path. */
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
  // The records of the status sync (sync.ts)
  version: { vi: 'Phiên bản', en: 'Version' },
  statusCode: { vi: 'Mã trạng thái', en: 'Status code' },
  agencyCode: { vi: 'Mã đơn vị xử lý', en: 'Agency code' },
  agencyName: { vi: 'Tên đơn vị xử lý', en: 'Agency name' },
  serviceName: { vi: 'Tên thủ tục', en: 'Procedure name' },
  channel: { vi: 'Kênh thực hiện', en: 'Channel' },
  summary: { vi: 'Trích yếu hồ sơ', en: 'Summary' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submission date' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Date received' },
  dueAt: { vi: 'Ngày hẹn trả', en: 'Due date' },
  finishedAt: { vi: 'Ngày kết thúc xử lý', en: 'Date finished' },
  progress: { vi: 'Tiến độ xử lý', en: 'Progress' },
  at: { vi: 'Thời điểm xử lý', en: 'Time of the step' },
  officer: { vi: 'Người xử lý', en: 'Officer' },
  department: { vi: 'Phòng ban xử lý', en: 'Department' },
  action: { vi: 'Nội dung xử lý', en: 'Action' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  amount: { vi: 'Số tiền', en: 'Amount' },
  payment: { vi: 'Thanh toán', en: 'Payment' },
  mode: { vi: 'Hình thức', en: 'Mode' },
  paidAt: { vi: 'Ngày thanh toán', en: 'Date paid' },
  supplements: { vi: 'Yêu cầu bổ sung', en: 'Supplement requests' },
  requestedAt: { vi: 'Ngày yêu cầu', en: 'Date requested' },
  deadline: { vi: 'Hạn bổ sung', en: 'Supplement deadline' },
  results: { vi: 'Giấy tờ kết quả', en: 'Result documents' },
  issuedAt: { vi: 'Ngày ban hành', en: 'Date issued' },
  // Ratings (ratings.ts)
  overall: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
  comment: { vi: 'Ý kiến thêm', en: 'Comment' },
};

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
