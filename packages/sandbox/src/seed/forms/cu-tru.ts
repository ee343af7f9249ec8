// Declaration forms of residence procedures (cư trú), after the Tờ khai thay đổi thông tin cư trú
// (mẫu CT01, Thông tư 66/2023/TT-BCA): the household head, the relationship to them, the members who
// move with the applicant (a repeatable group), and the owner's consent to the lawful residence.
import { choice, form, group, ID_HINT, opt, req, section, SCAN, SEX, when, type DocSlot } from './build.js';
import type { DeclarationForm, FormSection } from '@dvc-kit/contract';

const RELATIONSHIPS: [string, [string, string]][] = [
  ['head', ['Là chủ hộ', 'I am the head of the household']],
  ['spouse', ['Vợ, chồng', 'Spouse']],
  ['child', ['Con', 'Child']],
  ['parent', ['Cha, mẹ', 'Parent']],
  ['grandchild', ['Cháu', 'Grandchild']],
  ['sibling', ['Anh, chị, em', 'Sibling']],
  ['other', ['Quan hệ khác (ở nhờ, ở thuê, ở mượn…)', 'Other (lodger, tenant…)']],
];
const notHead = when('relationshipToHead', ...RELATIONSHIPS.map(([v]) => v).filter((v) => v !== 'head'));

/** The household the applicant joins: its head, unless the applicant is. */
const household: FormSection = section('household', ['Chủ hộ', 'Head of the household'], [
  choice('relationshipToHead', ['Quan hệ với chủ hộ', 'Relationship to the head of the household'], RELATIONSHIPS, {
    hint: ['Chủ hộ là người đứng tên chủ hộ tại nơi đăng ký', 'The head is the person registered as head of the household at that address'],
  }),
  req('text', 'householdHeadFullName', ['Họ, chữ đệm và tên chủ hộ', 'Full name of the head of the household'], { show: notHead, maxLength: 150 }),
  req('cccd', 'householdHeadIdNumber', ['Số định danh cá nhân của chủ hộ', 'Personal ID number of the head of the household'], { show: notHead, hint: ID_HINT }),
]);

/** Household members who change their residence together with the applicant (table 11 of CT01). */
const members = group('members', ['Những thành viên trong hộ gia đình cùng thay đổi', 'Household members moving with you'], ['Thành viên', 'Member'], [
  req('text', 'fullName', ['Họ, chữ đệm và tên', 'Full name'], { maxLength: 150 }),
  req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
  choice('sex', ['Giới tính', 'Sex'], SEX),
  req('cccd', 'idNumber', ['Số định danh cá nhân', 'Personal ID number'], { hint: ['Trẻ em cũng có số định danh cá nhân, ghi trên giấy khai sinh', "Children have one too: it is on the birth certificate"] }),
  req('text', 'relationship', ['Mối quan hệ với chủ hộ', 'Relationship to the head'], { hint: ['Ví dụ: con, vợ', 'For example: child, wife'], maxLength: 50 }),
], { hint: ['Để trống nếu chỉ một mình ông/bà thay đổi nơi cư trú', 'Leave empty if only you are moving'], max: 20 });

const BASIS: [string, [string, string]][] = [
  ['owned', ['Chỗ ở thuộc quyền sở hữu của tôi', 'I own the home']],
  ['consent', ['Được chủ hộ, chủ sở hữu đồng ý cho ở (ở nhờ, thuê, mượn)', 'The owner agrees (lodging, renting, borrowing)']],
  ['family', ['Về ở với người thân (vợ, chồng, cha, mẹ, con…) và được chủ hộ đồng ý', 'Moving in with family, with the head\'s consent']],
];

/** Tờ khai thay đổi thông tin cư trú (CT01) for a permanent or temporary residence registration. */
function residenceForm(kind: 'permanent' | 'temporary'): DeclarationForm {
  const place = kind === 'permanent'
    ? req('address', 'newResidence', ['Địa chỉ nơi đăng ký thường trú', 'Address of the permanent residence'])
    : req('address', 'newResidence', ['Địa chỉ nơi đăng ký tạm trú', 'Address of the temporary residence']);
  return form(['Tờ khai thay đổi thông tin cư trú (CT01)', 'Residence information change form (CT01)'], [
    section('residence', ['Nơi cư trú đăng ký', 'The residence'], [
      place,
      choice('residenceBasis', ['Chỗ ở hợp pháp', 'Right to live there'], BASIS),
      ...(kind === 'temporary'
        ? [req('date', 'stayUntil', ['Thời hạn tạm trú đến ngày', 'Staying until'], {
          when: 'future', hint: ['Tối đa 02 năm kể từ ngày đăng ký; có thể gia hạn', 'At most 2 years from registration; it can be extended'],
        })]
        : []),
    ]),
    household,
    section('members', ['Thành viên cùng thay đổi', 'Members moving with you'], [members]),
  ]);
}

export const permanentResidenceForm = residenceForm('permanent');
export const temporaryResidenceForm = residenceForm('temporary');

const CT01: DocSlot = {
  key: 'declaration', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
  template: 'Tờ khai thay đổi thông tin cư trú CT01', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
};

export const residenceDocuments: DocSlot[] = [
  CT01,
  { key: 'lawfulResidence', name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (Giấy chứng nhận quyền sử dụng đất, hợp đồng thuê, mượn, ở nhờ…)', accept: SCAN },
  {
    key: 'ownerConsent', name: 'Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp', accept: SCAN, show: when('residenceBasis', 'consent', 'family'),
    case: 'Khi ở nhờ, ở thuê, ở mượn hoặc về ở với người thân, trừ khi chủ hộ đã ý kiến trực tuyến',
  },
  {
    key: 'relationshipProof', name: 'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ (giấy khai sinh, giấy chứng nhận kết hôn…)', accept: SCAN,
    show: when('residenceBasis', 'family'), case: 'Khi về ở với người thân',
  },
];

/** CT01 to extend a temporary residence (gia hạn tạm trú): where, until when, who else. */
export const temporaryExtensionForm = form(['Tờ khai thay đổi thông tin cư trú (CT01)', 'Residence information change form (CT01)'], [
  section('residence', ['Nơi đang tạm trú', 'Current temporary residence'], [
    req('address', 'currentResidence', ['Địa chỉ nơi đang tạm trú', 'Address of the temporary residence']),
    req('date', 'stayUntil', ['Gia hạn tạm trú đến ngày', 'Extend until'], {
      when: 'future', hint: ['Tối đa 02 năm; làm thủ tục trong 15 ngày trước khi hết hạn', 'At most 2 years; apply within 15 days before the current term ends'],
    }),
  ]),
  household,
  section('members', ['Thành viên cùng gia hạn', 'Members extending with you'], [members]),
]);

export const temporaryExtensionDocuments: DocSlot[] = [CT01];

/** Thông báo lưu trú (2.001159): the host tells the police who stays the night, a list of guests. */
export const stayNoticeForm = form(['Thông báo lưu trú', 'Notice of a stay'], [
  section('place', ['Nơi lưu trú', 'Where they stay'], [
    req('address', 'stayAddress', ['Địa chỉ nơi lưu trú', 'Address of the stay']),
    opt('text', 'establishmentName', ['Tên cơ sở lưu trú', 'Name of the establishment'], {
      hint: ['Với khách sạn, nhà nghỉ, homestay; để trống nếu là nhà riêng', 'For a hotel, guesthouse or homestay; leave empty for a private home'], maxLength: 200,
    }),
    req('date', 'arrivalDate', ['Ngày đến lưu trú', 'Arrival date'], { hint: ['Thông báo trước 23 giờ trong ngày; khách đến sau 23 giờ thì trước 08 giờ sáng hôm sau', 'Notify before 11 p.m.; for guests arriving later, before 8 a.m. the next day'] }),
    opt('date', 'departureDate', ['Dự kiến ngày rời đi', 'Expected departure'], { when: 'future' }),
  ]),
  section('guests', ['Người lưu trú', 'Guests'], [
    group('guests', ['Danh sách người lưu trú', 'Guests'], ['Người lưu trú', 'Guest'], [
      req('text', 'fullName', ['Họ, chữ đệm và tên', 'Full name'], { maxLength: 150 }),
      req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
      choice('sex', ['Giới tính', 'Sex'], SEX),
      req('cccd', 'idNumber', ['Số định danh cá nhân', 'Personal ID number'], { hint: ID_HINT }),
      opt('phone', 'phone', ['Số điện thoại', 'Phone'], {}),
    ], { required: true, min: 1, max: 50 }),
  ]),
]);
