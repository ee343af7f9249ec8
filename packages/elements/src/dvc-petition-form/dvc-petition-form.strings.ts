import type { Catalogue } from '../shared/localize.js';
import { formStrings, type FormKey } from '../shared/form/strings.js';

export type PetitionFormKey =
  | 'heading'
  | 'intro'
  | 'aboutLegend'
  | 'senderLegend'
  | 'category'
  | 'categoryChoose'
  | 'categoryRequired'
  | 'serviceCode'
  | 'serviceCodeHint'
  | 'title'
  | 'titleHint'
  | 'content'
  | 'contentHint'
  | 'counterLeft'
  | 'counterLeftOne'
  | 'counterOver'
  | 'counterOverOne'
  | 'fullName'
  | 'phone'
  | 'phoneHint'
  | 'email'
  | 'address'
  | 'publishable'
  | 'publishableHint'
  | 'submit'
  | 'sending'
  | 'draftRestored'
  | 'discardDraft'
  | 'invalidTitle'
  | 'failedTitle'
  | 'keptNote'
  | 'resultHeading'
  | 'codeLabel'
  | 'saveCode'
  | 'earlierSubmission'
  | 'nextSteps'
  | 'lookupLink'
  | 'nextPublished'
  | 'nextPrivate'
  | 'sentTitle'
  | 'sentCategory'
  | 'sentContent'
  | 'sentAt'
  | 'another'
  | FormKey;

export const strings: Catalogue<PetitionFormKey> = {
  vi: {
    ...formStrings,
    heading: 'Gửi phản ánh, kiến nghị',
    intro:
      'Phản ánh, kiến nghị về quy định hành chính và việc thực hiện thủ tục hành chính. Chức năng này không tiếp nhận khiếu nại, tố cáo và yêu cầu tư vấn pháp luật.',
    aboutLegend: 'Nội dung phản ánh, kiến nghị',
    senderLegend: 'Thông tin người gửi',
    category: 'Lĩnh vực phản ánh',
    categoryChoose: '— Chọn lĩnh vực —',
    categoryRequired: 'Vui lòng chọn lĩnh vực phản ánh.',
    serviceCode: 'Mã thủ tục hành chính liên quan',
    serviceCodeHint: 'Nếu phản ánh về một thủ tục cụ thể, nhập mã thủ tục, ví dụ 1.001193 (Đăng ký khai sinh).',
    title: 'Tiêu đề',
    titleHint: 'Tóm tắt vấn đề trong một câu, tối đa {max} ký tự.',
    content: 'Nội dung phản ánh, kiến nghị',
    contentHint: 'Trình bày cụ thể sự việc, thời gian, địa điểm và đề xuất của ông/bà; từ {min} đến {max} ký tự.',
    counterLeft: 'Còn {count} ký tự',
    counterLeftOne: 'Còn 1 ký tự',
    counterOver: 'Vượt quá {count} ký tự',
    counterOverOne: 'Vượt quá 1 ký tự',
    fullName: 'Họ và tên',
    phone: 'Số điện thoại di động',
    phoneHint:
      'Số điện thoại này dùng để xác minh khi tra cứu: muốn xem nội dung trả lời, ông/bà cần nhập mã phản ánh cùng số điện thoại này.',
    email: 'Email',
    address: 'Địa chỉ liên hệ',
    publishable: 'Đồng ý công khai phản ánh này cùng nội dung trả lời',
    publishableHint:
      'Nếu đồng ý, tiêu đề, nội dung phản ánh và nội dung trả lời được đăng công khai, không kèm họ tên, số điện thoại, email và địa chỉ của ông/bà.',
    submit: 'Gửi phản ánh',
    sending: 'Đang gửi phản ánh…',
    draftRestored: 'Đã khôi phục thông tin ông/bà nhập trước đó nhưng chưa gửi.',
    discardDraft: 'Xóa thông tin đã nhập',
    invalidTitle: 'Thông tin chưa hợp lệ',
    failedTitle: 'Chưa gửi được phản ánh',
    keptNote: 'Thông tin ông/bà đã nhập vẫn được giữ nguyên; vui lòng gửi lại.',
    resultHeading: 'Đã gửi phản ánh, kiến nghị',
    codeLabel: 'Mã phản ánh',
    saveCode: 'Vui lòng ghi lại mã phản ánh để tra cứu kết quả trả lời.',
    earlierSubmission:
      'Phản ánh đã được tiếp nhận từ lần gửi trước với thông tin của lần gửi đó; thông tin sửa sau không được gửi. Nội dung đã tiếp nhận được nêu dưới đây.',
    nextSteps:
      'Cơ quan có thẩm quyền sẽ xem xét và trả lời phản ánh, kiến nghị của ông/bà. Để xem nội dung trả lời, tra cứu bằng mã phản ánh cùng số điện thoại di động đã khai (có đuôi {last}).',
    lookupLink: 'Tra cứu phản ánh, kiến nghị này',
    nextPublished: 'Sau khi được trả lời, phản ánh sẽ được công khai, không kèm thông tin cá nhân của ông/bà.',
    nextPrivate: 'Phản ánh không được công khai: chỉ người biết mã phản ánh và số điện thoại xem được nội dung trả lời.',
    sentTitle: 'Tiêu đề',
    sentCategory: 'Lĩnh vực',
    sentContent: 'Nội dung',
    sentAt: 'Thời gian gửi',
    another: 'Gửi phản ánh khác',
  },
  en: () => import('./dvc-petition-form.strings.en.js'),
};
