// Passports (hộ chiếu), after the Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01, Thông tư
// 31/2023/TT-BCA): the holder's particulars the card does not carry, the family, what is asked.
import { choice, ETHNICITY_HINT, form, opt, PHOTO, req, section, SCAN, SEX, when, type DocSlot } from './build.js';

const HAD_ONE = when('requestType', 'renew', 'lost', 'damaged');

/** Tờ khai đề nghị cấp hộ chiếu phổ thông (TK01). Name, ID, phone and address come from the applicant. */
export const passportForm = form(['Tờ khai đề nghị cấp hộ chiếu phổ thông (TK01)', 'Ordinary passport application (TK01)'], [
  section('holder', ['Người đề nghị cấp hộ chiếu', 'The passport holder'], [
    choice('sex', ['Giới tính', 'Sex'], SEX),
    req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    req('text', 'birthPlace', ['Nơi sinh (tỉnh, thành phố)', 'Place of birth (province or city)'], {
      hint: ['Ghi như trong giấy khai sinh, ví dụ: Thừa Thiên Huế', 'As on the birth certificate, for example: Thừa Thiên Huế'], maxLength: 100,
    }),
    req('text', 'ethnicity', ['Dân tộc', 'Ethnicity'], { hint: ETHNICITY_HINT, maxLength: 50 }),
    opt('text', 'religion', ['Tôn giáo', 'Religion'], { hint: ['Ghi "Không" nếu không theo tôn giáo nào', 'Write "Không" (none) if you have no religion'], maxLength: 50 }),
    opt('text', 'occupation', ['Nghề nghiệp', 'Occupation'], { maxLength: 100 }),
    opt('text', 'workplace', ['Tên và địa chỉ cơ quan, tổ chức nơi làm việc', 'Employer and its address'], { maxLength: 300 }),
  ]),
  section('family', ['Cha, mẹ, vợ/chồng', 'Parents and spouse'], [
    opt('text', 'fatherFullName', ['Họ, chữ đệm và tên cha', "Father's full name"], { maxLength: 150 }),
    opt('date', 'fatherBirthDate', ['Ngày sinh của cha', "Father's date of birth"], { when: 'past' }),
    opt('text', 'motherFullName', ['Họ, chữ đệm và tên mẹ', "Mother's full name"], { maxLength: 150 }),
    opt('date', 'motherBirthDate', ['Ngày sinh của mẹ', "Mother's date of birth"], { when: 'past' }),
    opt('text', 'spouseFullName', ['Họ, chữ đệm và tên vợ/chồng', "Spouse's full name"], { maxLength: 150 }),
    opt('date', 'spouseBirthDate', ['Ngày sinh của vợ/chồng', "Spouse's date of birth"], { when: 'past' }),
  ], ['Không bắt buộc; điền nếu biết', 'Optional; fill in what you know']),
  section('request', ['Nội dung đề nghị', 'What you ask for'], [
    choice('requestType', ['Đề nghị', 'Request'], [
      ['first', ['Cấp hộ chiếu lần đầu', 'A first passport']],
      ['renew', ['Cấp lại do hộ chiếu hết hạn hoặc sắp hết hạn', 'A new one: the passport has expired or will soon']],
      ['lost', ['Cấp lại do bị mất', 'A new one: the passport was lost']],
      ['damaged', ['Cấp lại do bị hỏng', 'A new one: the passport is damaged']],
    ]),
    req('text', 'previousPassportNumber', ['Số hộ chiếu gần nhất', 'Number of the last passport'], {
      show: HAD_ONE, hint: ['Ví dụ: C1234567 hoặc P01234567', 'For example: C1234567 or P01234567'], maxLength: 9,
    }),
    opt('date', 'previousPassportIssued', ['Ngày cấp hộ chiếu gần nhất', 'Date the last passport was issued'], { show: HAD_ONE, when: 'past' }),
    req('yesno', 'chip', ['Đề nghị cấp hộ chiếu có gắn chíp điện tử', 'A passport with an electronic chip'], {
      hint: ['Hộ chiếu gắn chíp có thể dùng cổng kiểm soát tự động', 'A chip passport can use automated border gates'],
    }),
  ]),
]);

export const passportDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai TK01', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'portrait', name: 'Ảnh chân dung cỡ 4cm x 6cm, mặt nhìn thẳng, đầu để trần, nền trắng', accept: PHOTO },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người đề nghị', accept: SCAN },
  { key: 'previousPassport', name: 'Hộ chiếu đã cấp lần gần nhất (ảnh trang nhân thân)', accept: SCAN, show: when('requestType', 'renew', 'damaged'), case: 'Khi cấp lại do hết hạn hoặc hỏng' },
  { key: 'lossReport', name: 'Đơn báo mất hộ chiếu', accept: SCAN, show: when('requestType', 'lost'), case: 'Khi cấp lại do bị mất' },
];
