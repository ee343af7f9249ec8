// Declaration forms of civil status procedures (hộ tịch), after the forms of Thông tư 04/2020/TT-BTP
// (as amended): the fields the paper form asks, in its order.
import { choice, form, opt, req, section, SCAN, when, type DocSlot } from './build.js';

const parent = (who: 'mother' | 'father', vi: string, en: string, show?: ReturnType<typeof when>) => [
  req('text', `${who}FullName`, [`Họ, chữ đệm và tên ${vi}`, `${en}'s full name`], { show, maxLength: 150 }),
  req('date', `${who}BirthDate`, [`Ngày, tháng, năm sinh của ${vi}`, `${en}'s date of birth`], { show, when: 'past' }),
  req('text', `${who}Ethnicity`, [`Dân tộc của ${vi}`, `${en}'s ethnicity`], { show, hint: ['Ví dụ: Kinh', 'For example: Kinh'], maxLength: 50 }),
  req('text', `${who}Nationality`, [`Quốc tịch của ${vi}`, `${en}'s nationality`], { show, hint: ['Ví dụ: Việt Nam', 'For example: Việt Nam'], maxLength: 80 }),
  opt('cccd', `${who}IdNumber`, [`Số định danh cá nhân của ${vi}`, `${en}'s personal ID number`], { show, hint: ['12 chữ số trên thẻ căn cước', 'The 12 digits on the ID card'] }),
  req('address', `${who}Residence`, [`Nơi cư trú của ${vi}`, `${en}'s residence`], { show }),
];

/** Tờ khai đăng ký khai sinh: the child, the mother, the father (if declared), who registers. */
export const birthRegistrationForm = form(['Tờ khai đăng ký khai sinh', 'Birth registration form'], [
  section('requester', ['Người đi đăng ký', 'Who registers'], [
    choice('relationship', ['Quan hệ với người được khai sinh', 'Relationship to the child'], [
      ['mother', ['Mẹ', 'Mother']],
      ['father', ['Cha', 'Father']],
      ['grandparent', ['Ông, bà', 'Grandparent']],
      ['relative', ['Người thân thích khác', 'Other relative']],
      ['authorized', ['Người được ủy quyền', 'Someone authorised by the parents']],
    ]),
  ]),
  section('child', ['Người được khai sinh', 'The child'], [
    req('text', 'childFullName', ['Họ, chữ đệm và tên', 'Full name'], { maxLength: 150 }),
    req('date', 'childBirthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    choice('childSex', ['Giới tính', 'Sex'], [['female', ['Nữ', 'Female']], ['male', ['Nam', 'Male']]]),
    req('text', 'childEthnicity', ['Dân tộc', 'Ethnicity'], { hint: ['Ví dụ: Kinh', 'For example: Kinh'], maxLength: 50 }),
    req('text', 'childNationality', ['Quốc tịch', 'Nationality'], { hint: ['Ví dụ: Việt Nam', 'For example: Việt Nam'], maxLength: 80 }),
    req('text', 'childBirthPlace', ['Nơi sinh', 'Place of birth'], {
      hint: ['Tên cơ sở y tế nơi trẻ sinh ra, hoặc địa chỉ nơi sinh', 'The hospital or clinic, or the address where the child was born'],
      maxLength: 300,
    }),
    opt('text', 'childHometown', ['Quê quán', 'Home town'], { hint: ['Theo quê quán của cha hoặc mẹ', 'The home town of the father or the mother'], maxLength: 200 }),
  ]),
  section('mother', ['Thông tin người mẹ', 'The mother'], parent('mother', 'người mẹ', 'The mother')),
  section('father', ['Thông tin người cha', 'The father'], [
    req('yesno', 'fatherDeclared', ['Khai thông tin người cha', 'Declare the father'], {
      hint: ['Chọn "Không" khi chưa xác định được cha: phần khai về người cha để trống', 'Choose "No" when the father is not established: the father\'s part stays empty'],
    }),
    ...parent('father', 'người cha', 'The father', when('fatherDeclared', true)),
  ]),
]);

export const birthRegistrationDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai đăng ký khai sinh đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai đăng ký khai sinh', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'birthCertificate', name: 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', accept: SCAN },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu', accept: SCAN },
  {
    key: 'authorization', name: 'Văn bản ủy quyền có chứng thực', accept: SCAN, show: when('relationship', 'authorized'),
    case: 'Khi người được ủy quyền đi đăng ký',
  },
];
