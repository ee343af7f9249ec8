import { formStrings, type FormKey } from '../shared/form/strings.js';
import type { Catalogue } from '../shared/localize.js';

export type PetitionLookupKey =
  | 'title' | 'intro'
  | 'code.label' | 'code.hint' | 'code.required' | 'code.format'
  | 'phone.label' | 'phone.hint' | 'phone.required'
  | 'submit' | 'submitting' | 'errors.title' | 'found'
  | 'result.title' | 'result.status' | 'result.category' | 'result.submitted' | 'result.subject' | 'result.content'
  | 'status.new' | 'status.processing' | 'status.answered'
  | 'answer.title' | 'answer.agency' | 'answer.officer' | 'answer.date' | 'answer.none';

export const strings: Catalogue<PetitionLookupKey | FormKey> = {
  vi: {
    ...formStrings,
    title: 'Tra cứu phản ánh, kiến nghị',
    intro: 'Nhập mã phản ánh và số điện thoại di động đã khai khi gửi để xem tình trạng và nội dung trả lời.',
    'code.label': 'Mã phản ánh',
    'code.hint': 'Mã nhận được khi gửi phản ánh, ví dụ: PAKN-251123-00001',
    'code.required': 'Vui lòng nhập mã phản ánh.',
    'code.format': 'Mã phản ánh không đúng định dạng (ví dụ: PAKN-251123-00001).',
    'phone.label': 'Số điện thoại di động của người gửi',
    'phone.hint': 'Số điện thoại đã khai khi gửi phản ánh, dùng để xác minh người tra cứu.',
    'phone.required': 'Vui lòng nhập số điện thoại di động.',
    submit: 'Tra cứu',
    submitting: 'Đang tra cứu phản ánh…',
    'errors.title': 'Chưa tra cứu được phản ánh',
    found: 'Đã tìm thấy phản ánh {code}. Tình trạng: {status}.',
    'result.title': 'Phản ánh {code}',
    'result.status': 'Tình trạng',
    'result.category': 'Lĩnh vực',
    'result.submitted': 'Ngày gửi',
    'result.subject': 'Tiêu đề',
    'result.content': 'Nội dung phản ánh',
    'status.new': 'Đã tiếp nhận, chờ xử lý',
    'status.processing': 'Đang xem xét, xử lý',
    'status.answered': 'Đã trả lời',
    'answer.title': 'Nội dung trả lời',
    'answer.agency': 'Cơ quan trả lời',
    'answer.officer': 'Người trả lời',
    'answer.date': 'Ngày trả lời',
    'answer.none': 'Phản ánh chưa có trả lời. Cơ quan có thẩm quyền sẽ trả lời theo quy định; ông/bà có thể tra cứu lại sau.',
  },
  en: () => import('./dvc-petition-lookup.strings.en.js'),
};
