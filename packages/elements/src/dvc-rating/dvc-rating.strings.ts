import { formStrings, type FormKey } from '../shared/form/strings.js';
import type { Catalogue } from '../shared/localize.js';

export type RatingKey =
  | 'title' | 'intro' | 'introAccount' | 'introForm'
  | 'code.label' | 'code.hint' | 'code.required' | 'code.format'
  | 'phone.label' | 'phone.hint' | 'phone.required'
  | 'continue' | 'loading' | 'loadFailedTitle' | 'retry' | 'lookupFailedTitle'
  | 'closed' | 'closedWithdrawn'
  | 'overall.legend' | 'overall.hint' | 'overall.required'
  | 'criteria.legend' | 'criteria.hint' | 'criterion.none'
  | 'comment.label' | 'comment.hint'
  | 'counterLeft' | 'counterLeftOne' | 'counterOver' | 'counterOverOne'
  | 'submit' | 'change.submit' | 'sending' | 'invalidTitle' | 'failedTitle' | 'keptNote'
  | 'draftRestored' | 'discardDraft'
  | 'thanks' | 'thanksText' | 'rated.title' | 'rated.text' | 'rated.overall' | 'rated.comment' | 'rated.at' | 'change' | 'cancelChange'
  | 'sent';

export const strings: Catalogue<RatingKey | FormKey> = {
  vi: {
    ...formStrings,
    title: 'Đánh giá mức độ hài lòng',
    intro: 'Nhập mã hồ sơ và số điện thoại di động đã khai khi nộp để đánh giá việc giải quyết hồ sơ.',
    introAccount: 'Ông/bà đánh giá việc giải quyết hồ sơ {code} bằng tài khoản đang đăng nhập.',
    introForm: 'Đánh giá việc giải quyết hồ sơ {code}. Chỉ mức độ hài lòng chung là bắt buộc.',
    'code.label': 'Mã hồ sơ',
    'code.hint': 'Mã trên giấy tiếp nhận, ví dụ: 000.00.38.H38-251123-0001',
    'code.required': 'Vui lòng nhập mã hồ sơ.',
    'code.format': 'Mã hồ sơ không đúng định dạng (ví dụ: 000.00.38.H38-251123-0001).',
    'phone.label': 'Số điện thoại di động của người nộp',
    'phone.hint': 'Số điện thoại đã khai khi nộp hồ sơ, dùng để xác minh người đánh giá.',
    'phone.required': 'Vui lòng nhập số điện thoại di động.',
    continue: 'Tiếp tục',
    loading: 'Đang tải đánh giá của hồ sơ…',
    loadFailedTitle: 'Chưa tải được đánh giá của hồ sơ',
    retry: 'Thử lại',
    lookupFailedTitle: 'Chưa tìm được hồ sơ',
    closed: 'Hồ sơ {code} đang ở trạng thái "{status}", chưa giải quyết xong. Ông/bà đánh giá được khi hồ sơ đã trả kết quả, không được tiếp nhận hoặc bị dừng xử lý.',
    closedWithdrawn: 'Hồ sơ {code} đã được rút theo yêu cầu của người nộp nên không đánh giá được.',
    'overall.legend': 'Mức độ hài lòng chung của ông/bà',
    'overall.hint': 'Chọn một mức, từ Rất hài lòng đến Rất không hài lòng.',
    'overall.required': 'Vui lòng chọn mức độ hài lòng chung.',
    'criteria.legend': 'Đánh giá theo từng tiêu chí',
    'criteria.hint': 'Không bắt buộc: chọn mức cho các tiêu chí ông/bà muốn đánh giá.',
    'criterion.none': 'Không đánh giá',
    'comment.label': 'Ý kiến thêm',
    'comment.hint': 'Tối đa {max} ký tự. Ý kiến gửi đến cơ quan giải quyết, không được công khai.',
    counterLeft: 'Còn {count} ký tự',
    counterLeftOne: 'Còn 1 ký tự',
    counterOver: 'Vượt quá {count} ký tự',
    counterOverOne: 'Vượt quá 1 ký tự',
    submit: 'Gửi đánh giá',
    'change.submit': 'Gửi đánh giá mới',
    sending: 'Đang gửi đánh giá…',
    invalidTitle: 'Chưa gửi được đánh giá: vui lòng kiểm tra',
    failedTitle: 'Chưa gửi được đánh giá',
    keptNote: 'Đánh giá ông/bà đã chọn vẫn được giữ nguyên; vui lòng gửi lại.',
    draftRestored: 'Đã khôi phục đánh giá ông/bà chọn trước đó nhưng chưa gửi.',
    discardDraft: 'Xóa đánh giá đang chọn',
    thanks: 'Cảm ơn ông/bà đã đánh giá',
    thanksText: 'Đánh giá của ông/bà về hồ sơ {code} đã được ghi nhận. Cơ quan dùng đánh giá để cải thiện việc giải quyết thủ tục.',
    'rated.title': 'Ông/bà đã đánh giá hồ sơ {code}',
    'rated.text': 'Ông/bà có thể thay đổi đánh giá: đánh giá mới thay cho đánh giá cũ.',
    'rated.overall': 'Mức độ hài lòng chung',
    'rated.comment': 'Ý kiến thêm',
    'rated.at': 'Thời điểm đánh giá',
    change: 'Thay đổi đánh giá',
    cancelChange: 'Giữ đánh giá cũ',
    sent: 'Đã gửi đánh giá hồ sơ {code}: {level}.',
  },
  en: () => import('./dvc-rating.strings.en.js'),
};
