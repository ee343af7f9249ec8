import { formStrings, type FormKey } from '../shared/form/strings.js';
import type { Catalogue } from '../shared/localize.js';

export type DossierTrackerKey =
  | 'fees.title' | 'fees.total' | 'fees.paid' | 'fees.due' | 'fees.settled' | 'fees.pay'
  | 'title' | 'intro'
  | 'code.label' | 'code.hint' | 'code.required' | 'code.format'
  | 'phone.label' | 'phone.hint' | 'phone.required'
  | 'submit' | 'submitting' | 'errors.title'
  | 'result.title' | 'result.status' | 'result.service' | 'result.agency' | 'result.submitted' | 'result.received'
  | 'result.notReceived' | 'result.due' | 'result.noDue' | 'result.completed' | 'result.ended' | 'result.overdue' | 'result.late'
  | 'result.commune' | 'result.delivery'
  | 'documents.title' | 'documents.result' | 'documents.resultName' | 'documents.receipt' | 'documents.files' | 'documents.other' | 'documents.slot'
  | 'supplement.title' | 'supplement.deadline' | 'supplement.sent' | 'supplement.completed'
  | 'supplement.left' | 'supplement.leftDays' | 'supplement.leftHours' | 'supplement.leftSoon' | 'supplement.expired' | 'supplement.noteRequired' | 'withdraw.reasonRequired'
  | 'supplement.formTitle' | 'supplement.errors' | 'supplement.note' | 'supplement.noteHint' | 'supplement.files' | 'supplement.filesHint'
  | 'supplement.submit' | 'supplement.sending' | 'supplement.done' | 'supplement.sentTitle' | 'supplement.yourNote'
  | 'withdraw.open' | 'withdraw.title' | 'withdraw.intro' | 'withdraw.errors' | 'withdraw.reason' | 'withdraw.reasonHint' | 'withdraw.continue'
  | 'withdraw.cancel' | 'withdraw.confirmTitle' | 'withdraw.confirmText' | 'withdraw.reasonGiven' | 'withdraw.confirm' | 'withdraw.sending'
  | 'withdraw.done' | 'withdraw.notAllowed' | 'withdraw.close'
  | 'rating.title' | 'rating.intro' | 'rating.open' | 'rating.loadFailed'
  | 'timeline.title' | 'timeline.note' | 'timeline.current'
  | 'live.watching' | 'live.ended' | 'live.lost' | 'live.found' | 'live.changed' | 'live.updated';

export const strings: Catalogue<DossierTrackerKey | FormKey> = {
  vi: {
    ...formStrings,
    title: 'Tra cứu tình trạng hồ sơ',
    intro: 'Nhập mã hồ sơ và số điện thoại di động đã khai khi nộp hồ sơ.',
    'code.label': 'Mã hồ sơ',
    'code.hint': 'Mã ghi trên giấy tiếp nhận hồ sơ, ví dụ: 000.00.38.H38-251123-0001',
    'code.required': 'Vui lòng nhập mã hồ sơ.',
    'code.format': 'Mã hồ sơ không đúng định dạng (ví dụ: 000.00.38.H38-251123-0001).',
    'phone.label': 'Số điện thoại di động của người nộp hồ sơ',
    'phone.hint': 'Số điện thoại đã khai khi nộp hồ sơ, dùng để xác minh người tra cứu.',
    'phone.required': 'Vui lòng nhập số điện thoại di động.',
    submit: 'Tra cứu',
    submitting: 'Đang tra cứu hồ sơ…',
    'errors.title': 'Chưa tra cứu được hồ sơ',
    'result.title': 'Hồ sơ {code}',
    'rating.title': 'Đánh giá mức độ hài lòng',
    'rating.intro': 'Hồ sơ đã giải quyết xong. Mời ông/bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ.',
    'rating.open': 'Đánh giá mức độ hài lòng',
    'rating.loadFailed': 'Chưa mở được phần đánh giá. Vui lòng kiểm tra kết nối mạng và thử lại.',
    'result.status': 'Trạng thái hiện tại',
    'result.service': 'Thủ tục hành chính',
    'result.agency': 'Cơ quan giải quyết',
    'result.submitted': 'Ngày nộp',
    'result.received': 'Ngày tiếp nhận',
    'result.notReceived': 'Chưa tiếp nhận',
    'result.due': 'Ngày hẹn trả kết quả',
    'result.noDue': 'Chưa có',
    'result.completed': 'Ngày trả kết quả',
    'result.ended': 'Ngày kết thúc xử lý',
    'result.overdue': 'Quá hạn giải quyết',
    'result.late': 'Trả kết quả trễ hạn',
    'result.commune': 'Nơi tiếp nhận',
    'result.delivery': 'Hình thức nhận kết quả',
    'documents.title': 'Giấy tờ của hồ sơ',
    'documents.result': 'Tải kết quả điện tử (PDF)',
    'documents.resultName': '{name}, cấp ngày {date}',
    'documents.receipt': 'Giấy tiếp nhận hồ sơ (PDF)',
    'documents.files': 'Thành phần hồ sơ đã nộp',
    'documents.other': 'Tệp khác, tệp bổ sung',
    'documents.slot': 'Giấy tờ kèm theo',
    'fees.title': 'Phí, lệ phí',
    'fees.total': 'Tổng số phải nộp',
    'fees.paid': 'Đã nộp',
    'fees.due': 'Còn phải nộp',
    'fees.settled': 'Đã nộp đủ',
    'fees.pay': 'Thanh toán {amount}',
    'supplement.title': 'Cơ quan giải quyết yêu cầu bổ sung hồ sơ',
    'supplement.deadline': 'Hạn bổ sung: {date}',
    'supplement.sent': 'Đã gửi ngày {date}, đang chờ cơ quan giải quyết tiếp nhận.',
    'supplement.completed': 'Hồ sơ bổ sung đã được tiếp nhận.',
    'supplement.left': 'còn {days} ngày {hours} giờ',
    'supplement.leftDays': 'còn {days} ngày',
    'supplement.leftHours': 'còn {hours} giờ',
    'supplement.noteRequired': 'Vui lòng nhập nội dung bổ sung, giải trình.',
    'withdraw.reasonRequired': 'Vui lòng nhập lý do rút hồ sơ.',
    'supplement.leftSoon': 'còn chưa đến 1 giờ',
    'supplement.expired': 'Đã hết hạn bổ sung. Không thể gửi bổ sung trực tuyến nữa; vui lòng liên hệ cơ quan giải quyết.',
    'supplement.formTitle': 'Gửi bổ sung hồ sơ',
    'supplement.errors': 'Chưa gửi được bổ sung',
    'supplement.note': 'Nội dung bổ sung, giải trình',
    'supplement.noteHint': 'Ghi rõ giấy tờ gửi kèm hoặc nội dung giải trình theo yêu cầu (tối đa 2.000 ký tự).',
    'supplement.files': 'Giấy tờ bổ sung',
    'supplement.filesHint': 'Bản chụp hoặc bản quét các giấy tờ được yêu cầu.',
    'supplement.submit': 'Gửi bổ sung',
    'supplement.sending': 'Đang gửi bổ sung…',
    'supplement.done': 'Đã gửi bổ sung cho hồ sơ {code}.',
    'supplement.sentTitle': 'Đã gửi bổ sung.',
    'supplement.yourNote': 'Nội dung đã gửi:',
    'withdraw.open': 'Rút hồ sơ',
    'withdraw.title': 'Rút hồ sơ',
    'withdraw.intro': 'Hồ sơ {code} sẽ dừng xử lý và không thể khôi phục. Muốn giải quyết lại, ông/bà phải nộp hồ sơ mới.',
    'withdraw.errors': 'Chưa rút được hồ sơ',
    'withdraw.reason': 'Lý do rút hồ sơ',
    'withdraw.reasonHint': 'Ví dụ: nộp nhầm thủ tục, đã nộp trực tiếp tại bộ phận một cửa (tối đa 1.000 ký tự).',
    'withdraw.continue': 'Tiếp tục',
    'withdraw.cancel': 'Hủy',
    'withdraw.confirmTitle': 'Xác nhận rút hồ sơ {code}?',
    'withdraw.confirmText': 'Sau khi rút, hồ sơ dừng xử lý và không thể khôi phục.',
    'withdraw.reasonGiven': 'Lý do:',
    'withdraw.confirm': 'Xác nhận rút hồ sơ',
    'withdraw.sending': 'Đang rút hồ sơ…',
    'withdraw.done': 'Đã rút hồ sơ {code}.',
    'withdraw.notAllowed': 'Hồ sơ đã chuyển sang trạng thái “{status}”, không còn rút được.',
    'withdraw.close': 'Đóng',
    'timeline.title': 'Quá trình xử lý',
    'timeline.note': 'Ghi chú:',
    'timeline.current': '(trạng thái hiện tại)',
    'live.watching': 'Trang sẽ tự cập nhật khi hồ sơ có thay đổi.',
    'live.ended': 'Hồ sơ đã kết thúc xử lý.',
    'live.lost': 'Tạm thời không nhận được cập nhật tự động. Bấm “Tra cứu” để xem tình trạng mới nhất.',
    'live.found': 'Đã tìm thấy hồ sơ {code}. Trạng thái: {status}.',
    'live.changed': 'Hồ sơ {code} chuyển sang trạng thái: {status}.',
    'live.updated': 'Hồ sơ {code} có cập nhật mới. Trạng thái: {status}.',
  },
  en: () => import('./dvc-dossier-tracker.strings.en.js'),
};
