// Identity cards (căn cước), after the Phiếu đề nghị giải quyết thủ tục về căn cước (mẫu DC02,
// Thông tư 17/2024/TT-BCA): why the card is exchanged and when the citizen comes to give fingerprints.
import { choice, form, opt, req, section, SCAN, when, type DocSlot } from './build.js';

const CHANGED = when('reason', 'changed', 'gender', 'correction');

/** Cấp đổi thẻ căn cước: the reason, the changed details if any, the appointment for biometrics. */
export const idCardExchangeForm = form(['Phiếu đề nghị giải quyết thủ tục về căn cước (DC02)', 'Identity card request (DC02)'], [
  section('reason', ['Lý do cấp đổi', 'Why the card is exchanged'], [
    choice('reason', ['Lý do', 'Reason'], [
      ['age', ['Đủ tuổi phải đổi thẻ (14, 25, 40, 60 tuổi)', 'Reaching 14, 25, 40 or 60']],
      ['damaged', ['Thẻ bị hư hỏng không sử dụng được', 'The card is damaged']],
      ['changed', ['Thay đổi thông tin nhân thân (họ, chữ đệm, tên, ngày sinh…)', 'Personal details changed (name, date of birth…)']],
      ['gender', ['Xác định lại giới tính, chuyển đổi giới tính', 'Sex re-determined or changed']],
      ['correction', ['Có sai sót về thông tin trên thẻ', 'The card has a mistake']],
      ['boundary', ['Thay đổi địa giới, tên đơn vị hành chính', 'Administrative boundaries or names changed']],
      ['request', ['Theo yêu cầu của người được cấp thẻ', 'At my request']],
    ], {
      hint: ['Miễn lệ phí khi đổi do đủ tuổi, do sai sót của cơ quan quản lý hoặc do thay đổi địa giới hành chính', 'Free when exchanged at the set ages, for an agency mistake or a boundary change'],
    }),
    req('textarea', 'changedDetails', ['Thông tin đề nghị thay đổi, điều chỉnh', 'The details to change'], {
      show: CHANGED, hint: ['Ghi thông tin cũ và thông tin mới, ví dụ: Ngày sinh 01/02/1990 thành 02/01/1990', 'Old and new, for example: date of birth 01/02/1990 becomes 02/01/1990'],
      maxLength: 1000,
    }),
    opt('date', 'cardIssuedOn', ['Ngày cấp thẻ đang sử dụng', 'Date the current card was issued'], { when: 'past' }),
  ]),
  section('appointment', ['Hẹn thu nhận sinh trắc học', 'Biometrics appointment'], [
    req('date', 'appointmentDate', ['Ngày đến thu nhận vân tay, ảnh khuôn mặt, mống mắt', 'Day to come for fingerprints, photo and iris'], {
      when: 'future', hint: ['Mang theo thẻ đang sử dụng để nộp lại', 'Bring the current card: it is handed back'],
    }),
    choice('appointmentTime', ['Buổi', 'Time of day'], [
      ['morning', ['Buổi sáng', 'Morning']],
      ['afternoon', ['Buổi chiều', 'Afternoon']],
    ]),
  ]),
]);

export const idCardExchangeDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Mẫu DC02', case: 'Khi nộp phiếu giấy thay cho phiếu điện tử',
  },
  {
    key: 'changeProof', name: 'Giấy tờ chứng minh thông tin thay đổi (trích lục thay đổi, cải chính hộ tịch…)', accept: SCAN, show: CHANGED,
    case: 'Khi thông tin thay đổi chưa được cập nhật vào Cơ sở dữ liệu quốc gia về dân cư',
  },
  {
    key: 'collectionSheet', name: 'Phiếu thu nhận thông tin căn cước (Mẫu CC01)', required: false, accept: SCAN,
    case: 'Cán bộ thu nhận lập khi công dân đến thu nhận sinh trắc học; không cần nộp trực tuyến',
  },
];
