// The form engine's own texts. A widget that uses the engine spreads `formStrings` into its
// catalogue's Vietnamese texts and `formStringsEn` (from ./strings.en.js) into its English module,
// so the texts are overridable per widget (`strings`) and English loads only on English pages.
// Engine functions take the widget's `t` (typed `FormText`).

export type FormKey =
  | 'form.errorPrefix'
  | 'form.optional'
  | 'form.errorSummaryTitle'
  | 'form.choose'
  | 'form.yes'
  | 'form.no'
  | 'form.province'
  | 'form.commune'
  | 'form.communeLoading'
  | 'form.communeFailed'
  | 'form.street'
  | 'form.dateHint'
  | 'form.itemAdd'
  | 'form.itemRemove'
  | 'form.itemAdded'
  | 'form.itemRemoved'
  | 'form.file.choose'
  | 'form.file.types'
  | 'form.file.uploading'
  | 'form.file.uploaded'
  | 'form.file.failed'
  | 'form.file.interrupted'
  | 'form.file.progress'
  | 'form.file.remove'
  | 'form.file.retry'
  | 'form.file.list'
  | 'form.file.announceUploaded'
  | 'form.file.announceFailed'
  | 'form.file.announceRemoved'
  | 'form.file.pending'
  | 'form.file.failedName'
  | 'form.file.wrongType';

/** A widget's `t` as the engine calls it. */
export type FormText = (key: FormKey, params?: Readonly<Record<string, string | number>>) => string;

export const formStrings: Readonly<Record<FormKey, string>> = {
  'form.errorPrefix': 'Lỗi:',
  'form.optional': '(không bắt buộc)',
  'form.errorSummaryTitle': 'Thông tin chưa hợp lệ',
  'form.choose': '— Chọn —',
  'form.yes': 'Có',
  'form.no': 'Không',
  'form.province': 'Tỉnh/thành phố',
  'form.commune': 'Xã/phường',
  'form.communeLoading': 'Đang tải danh sách xã/phường…',
  'form.communeFailed': 'Không tải được danh sách xã/phường.',
  'form.street': 'Số nhà, đường/thôn, tổ dân phố',
  'form.dateHint': 'Ngày/tháng/năm, ví dụ 15/01/2020',
  'form.itemAdd': 'Thêm {item}',
  'form.itemRemove': 'Bỏ {item} {n}',
  'form.itemAdded': 'Đã thêm {item} {n}.',
  'form.itemRemoved': 'Đã bỏ {item} {n}.',
  'form.file.choose': 'Chọn tệp',
  'form.file.types': 'Tệp {types}, mỗi tệp tối đa {size}.',
  'form.file.uploading': 'Đang tải lên: {percent}%',
  'form.file.uploaded': 'Đã tải lên',
  'form.file.failed': 'Tải lên không thành công: {message}',
  'form.file.interrupted': 'Việc tải lên bị gián đoạn.',
  'form.file.progress': 'Tiến độ tải lên {name}',
  'form.file.remove': 'Xóa',
  'form.file.retry': 'Tải lại',
  'form.file.list': 'Tệp đã chọn',
  'form.file.announceUploaded': 'Đã tải lên tệp {name}.',
  'form.file.announceFailed': 'Không tải lên được tệp {name}.',
  'form.file.announceRemoved': 'Đã xóa tệp {name}.',
  'form.file.pending': 'Vui lòng chờ tải lên xong các tệp đính kèm.',
  'form.file.failedName': 'Tệp {name} chưa tải lên được: vui lòng tải lại hoặc xóa tệp này.',
  'form.file.wrongType': 'Tệp {name} không đúng loại: chỉ nhận {types}.',
};
