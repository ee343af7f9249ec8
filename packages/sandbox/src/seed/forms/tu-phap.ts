// Judicial records (lý lịch tư pháp), after the Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu 03,
// Thông tư 06/2024/TT-BTP): particulars, family, where the person lived since 14, which certificate.
import { choice, ETHNICITY_HINT, form, group, NATIONALITY_HINT, opt, req, section, SCAN, SEX, when, type DocSlot } from './build.js';

/** Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (for an individual asking for their own record). */
export const judicialRecordForm = form(['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Request for a criminal record certificate'], [
  section('person', ['Người yêu cầu cấp Phiếu', 'The person'], [
    choice('sex', ['Giới tính', 'Sex'], SEX),
    req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    req('text', 'birthPlace', ['Nơi sinh', 'Place of birth'], { maxLength: 200 }),
    req('text', 'nationality', ['Quốc tịch', 'Nationality'], { hint: NATIONALITY_HINT, maxLength: 80 }),
    req('text', 'ethnicity', ['Dân tộc', 'Ethnicity'], { hint: ETHNICITY_HINT, maxLength: 50 }),
  ]),
  section('family', ['Cha, mẹ, vợ/chồng', 'Parents and spouse'], [
    req('text', 'fatherFullName', ['Họ, chữ đệm và tên cha', "Father's full name"], { maxLength: 150 }),
    req('text', 'motherFullName', ['Họ, chữ đệm và tên mẹ', "Mother's full name"], { maxLength: 150 }),
    opt('text', 'spouseFullName', ['Họ, chữ đệm và tên vợ/chồng', "Spouse's full name"], { maxLength: 150 }),
  ]),
  section('history', ['Quá trình cư trú', 'Where you have lived'], [
    group('residenceHistory', ['Quá trình cư trú từ khi đủ 14 tuổi', 'Where you have lived since age 14'], ['Giai đoạn', 'Period'], [
      req('number', 'fromYear', ['Từ năm', 'From (year)'], { min: 1900, max: 2100 }),
      opt('number', 'toYear', ['Đến năm', 'To (year)'], { min: 1900, max: 2100, hint: ['Để trống nếu đến nay', 'Leave empty if still there'] }),
      req('text', 'place', ['Nơi cư trú', 'Address'], { maxLength: 300 }),
      opt('text', 'occupation', ['Nghề nghiệp, nơi làm việc', 'Occupation and workplace'], { maxLength: 200 }),
    ], { required: true, min: 1, max: 20, hint: ['Mỗi nơi ở một dòng, từ cũ đến mới', 'One line per address, oldest first'] }),
  ]),
  section('request', ['Nội dung yêu cầu', 'What you ask for'], [
    choice('certificateType', ['Loại Phiếu lý lịch tư pháp', 'Which certificate'], [
      ['1', ['Phiếu số 1', 'Certificate no. 1']],
      ['2', ['Phiếu số 2', 'Certificate no. 2']],
    ], {
      hint: [
        'Phiếu số 1 ghi án tích chưa được xóa, thường dùng để xin việc; Phiếu số 2 ghi đầy đủ án tích, kể cả đã xóa, chỉ cấp cho chính người đó',
        'No. 1 lists convictions not yet expunged, usually for a job; no. 2 lists every conviction and is issued only to the person',
      ],
    }),
    req('yesno', 'businessBanCheck', ['Yêu cầu xác nhận về việc có bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp', 'Confirm whether I am banned from managing a business'], {
      show: when('certificateType', '1'),
    }),
    req('text', 'purpose', ['Mục đích sử dụng Phiếu', 'What the certificate is for'], { hint: ['Ví dụ: bổ sung hồ sơ xin việc', 'For example: a job application'], maxLength: 200 }),
    req('number', 'copies', ['Số lượng Phiếu yêu cầu cấp', 'Number of certificates'], {
      min: 1, max: 10, hint: ['Từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu', 'From the third one, 5,000 VND more each'],
    }),
  ]),
]);

export const judicialRecordDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân, hộ chiếu) của người yêu cầu', accept: SCAN },
];
