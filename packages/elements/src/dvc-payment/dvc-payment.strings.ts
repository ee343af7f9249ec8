import type { Catalogue } from '../shared/localize.js';
import { formStrings, type FormKey } from '../shared/form/strings.js';

export type PaymentKey =
  | 'title' | 'dossier' | 'code.label' | 'code.hint' | 'code.invalid' | 'code.submit' | 'code.change' | 'intro'
  | 'phone.label' | 'phone.hint' | 'phone.required'
  | 'show' | 'loading' | 'errors.title'
  | 'fees.title' | 'fees.item' | 'fees.amount' | 'fees.total' | 'fees.paid' | 'fees.due' | 'fees.none' | 'fees.settled'
  | 'pay' | 'pay.note' | 'creating'
  | 'redirect.title' | 'redirect.body' | 'redirect.link' | 'gateway.unsafe'
  | 'confirm.title' | 'confirm.body'
  | 'succeeded.title' | 'succeeded.body' | 'failed.title' | 'failed.body' | 'cancelled.title' | 'cancelled.body'
  | 'expired.title' | 'expired.body' | 'unsettled.title' | 'unsettled.body' | 'mismatch'
  | 'result.amount' | 'result.bank' | 'result.transaction' | 'result.receipt' | 'result.paidAt'
  | 'receipt.link' | 'retry' | 'check'
  | FormKey;

export const strings: Catalogue<PaymentKey> = {
  vi: {
    ...formStrings,
    title: 'Thanh toán phí, lệ phí',
    dossier: 'Mã hồ sơ:',
    'code.label': 'Mã hồ sơ cần thanh toán',
    'code.hint': 'In trên giấy tiếp nhận hồ sơ, ví dụ 000.00.01.H46-251207-0001',
    'code.invalid': 'Mã hồ sơ chưa đúng. Hãy nhập lại đúng như trên giấy tiếp nhận hồ sơ.',
    'code.submit': 'Tiếp tục',
    'code.change': 'Sửa mã hồ sơ',
    intro: 'Nhập số điện thoại di động đã khai khi nộp hồ sơ để xem các khoản phí, lệ phí cần nộp.',
    'phone.label': 'Số điện thoại di động của người nộp hồ sơ',
    'phone.hint': 'Dùng để xác minh người thanh toán; số này không được lưu lại.',
    'phone.required': 'Vui lòng nhập số điện thoại di động.',
    show: 'Xem phí, lệ phí',
    loading: 'Đang tải thông tin phí, lệ phí…',
    'errors.title': 'Chưa thực hiện được',
    'fees.title': 'Các khoản phí, lệ phí',
    'fees.item': 'Khoản thu',
    'fees.amount': 'Số tiền',
    'fees.total': 'Tổng cộng',
    'fees.paid': 'Đã nộp',
    'fees.due': 'Số tiền cần thanh toán',
    'fees.none': 'Hồ sơ này không có khoản phí, lệ phí nào phải nộp.',
    'fees.settled': 'Phí, lệ phí của hồ sơ này đã được thanh toán đủ.',
    pay: 'Thanh toán',
    'pay.note': 'Ông/bà sẽ được chuyển đến cổng thanh toán để chọn ngân hàng hoặc ví điện tử, sau đó quay lại trang này.',
    creating: 'Đang tạo giao dịch thanh toán…',
    'redirect.title': 'Chuyển đến cổng thanh toán',
    'redirect.body': 'Trang đang chuyển đến cổng thanh toán. Nếu trang không tự chuyển, vui lòng bấm vào liên kết dưới đây.',
    'redirect.link': 'Mở cổng thanh toán',
    'gateway.unsafe': 'Địa chỉ cổng thanh toán không hợp lệ. Vui lòng thử lại sau.',
    'confirm.title': 'Đang xác nhận thanh toán…',
    'confirm.body': 'Vui lòng chờ trong giây lát, không đóng trang này.',
    'succeeded.title': 'Thanh toán thành công',
    'succeeded.body': 'Đã thanh toán {amount} phí, lệ phí cho hồ sơ {code}.',
    'failed.title': 'Thanh toán không thành công',
    'failed.body': 'Khoản phí, lệ phí chưa được ghi nhận là đã nộp. Vui lòng thanh toán lại.',
    'cancelled.title': 'Giao dịch đã bị huỷ',
    'cancelled.body': 'Ông/bà đã huỷ giao dịch; phí, lệ phí chưa được nộp.',
    'expired.title': 'Giao dịch đã hết hạn',
    'expired.body': 'Giao dịch không được hoàn tất trong thời gian cho phép; phí, lệ phí chưa được nộp.',
    'unsettled.title': 'Chưa xác nhận được kết quả thanh toán',
    'unsettled.body': 'Vui lòng kiểm tra lại sau ít phút. Không thanh toán lại khi chưa rõ kết quả.',
    mismatch: 'Giao dịch thanh toán này không thuộc hồ sơ đang xem.',
    'result.amount': 'Số tiền',
    'result.bank': 'Ngân hàng, ví điện tử',
    'result.transaction': 'Mã giao dịch',
    'result.receipt': 'Số biên lai',
    'result.paidAt': 'Thời gian',
    'receipt.link': 'Xem biên lai điện tử',
    retry: 'Thanh toán lại',
    check: 'Kiểm tra lại',
  },
  en: () => import('./dvc-payment.strings.en.js'),
};
