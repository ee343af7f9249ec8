// Declaration forms of civil status procedures (hộ tịch), after the forms of Thông tư 04/2020/TT-BTP
// (as amended): the fields the paper form asks, in its order.
import { choice, ETHNICITY_HINT, form, ID_HINT, NATIONALITY_HINT, opt, req, section, SCAN, SEX, when, type DocSlot } from './build.js';

const parent = (who: 'mother' | 'father', vi: string, en: string, show?: ReturnType<typeof when>) => [
  req('text', `${who}FullName`, [`Họ, chữ đệm và tên ${vi}`, `${en}'s full name`], { show, maxLength: 150 }),
  req('date', `${who}BirthDate`, [`Ngày, tháng, năm sinh của ${vi}`, `${en}'s date of birth`], { show, when: 'past' }),
  req('text', `${who}Ethnicity`, [`Dân tộc của ${vi}`, `${en}'s ethnicity`], { show, hint: ETHNICITY_HINT, maxLength: 50 }),
  req('text', `${who}Nationality`, [`Quốc tịch của ${vi}`, `${en}'s nationality`], { show, hint: NATIONALITY_HINT, maxLength: 80 }),
  opt('cccd', `${who}IdNumber`, [`Số định danh cá nhân của ${vi}`, `${en}'s personal ID number`], { show, hint: ID_HINT }),
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
    choice('childSex', ['Giới tính', 'Sex'], SEX),
    req('text', 'childEthnicity', ['Dân tộc', 'Ethnicity'], { hint: ETHNICITY_HINT, maxLength: 50 }),
    req('text', 'childNationality', ['Quốc tịch', 'Nationality'], { hint: NATIONALITY_HINT, maxLength: 80 }),
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

// ---------------------------------------------------------------------------------------------
// Đăng ký kết hôn (1.000894): the paper form has two columns, the woman's and the man's; both
// parties declare, whichever of them submits.

const spouse = (who: 'wife' | 'husband', vi: string, en: string) => [
  req('text', `${who}FullName`, [`Họ, chữ đệm, tên ${vi}`, `${en}: full name`], { maxLength: 150 }),
  req('date', `${who}BirthDate`, [`Ngày, tháng, năm sinh ${vi}`, `${en}: date of birth`], {
    when: 'past', hint: ['Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi', 'Men must be 20 or older, women 18 or older'],
  }),
  req('text', `${who}Ethnicity`, [`Dân tộc ${vi}`, `${en}: ethnicity`], { hint: ETHNICITY_HINT, maxLength: 50 }),
  req('text', `${who}Nationality`, [`Quốc tịch ${vi}`, `${en}: nationality`], { hint: NATIONALITY_HINT, maxLength: 80 }),
  req('cccd', `${who}IdNumber`, [`Số định danh cá nhân ${vi}`, `${en}: personal ID number`], { hint: ID_HINT }),
  req('address', `${who}Residence`, [`Nơi cư trú ${vi}`, `${en}: residence`]),
  req('number', `${who}MarriageCount`, [`Kết hôn lần thứ mấy (${vi})`, `${en}: which marriage this is`], {
    min: 1, max: 10, hint: ['Ghi 1 nếu kết hôn lần đầu', 'Write 1 for a first marriage'],
  }),
];

/** Tờ khai đăng ký kết hôn (Thông tư 04/2024/TT-BTP): the woman, the man. */
export const marriageForm = form(['Tờ khai đăng ký kết hôn', 'Marriage registration form'], [
  section('wife', ['Thông tin bên nữ', 'The woman'], spouse('wife', 'bên nữ', 'The woman')),
  section('husband', ['Thông tin bên nam', 'The man'], spouse('husband', 'bên nam', 'The man')),
]);

export const marriageDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai đăng ký kết hôn có chữ ký của hai bên (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai đăng ký kết hôn', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'idDocuments', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của hai bên nam, nữ', accept: SCAN },
  {
    key: 'maritalStatus', name: 'Giấy xác nhận tình trạng hôn nhân', required: false, accept: SCAN,
    case: 'Khi đăng ký kết hôn tại xã không phải nơi thường trú của người đó',
  },
];

// ---------------------------------------------------------------------------------------------
// Đăng ký khai tử (1.000656)

/** Tờ khai đăng ký khai tử: who registers, the deceased, the death. */
export const deathRegistrationForm = form(['Tờ khai đăng ký khai tử', 'Death registration form'], [
  section('requester', ['Người đi đăng ký', 'Who registers'], [
    choice('relationship', ['Quan hệ với người đã chết', 'Relationship to the deceased'], [
      ['spouse', ['Vợ, chồng', 'Spouse']],
      ['child', ['Con', 'Child']],
      ['parent', ['Cha, mẹ', 'Parent']],
      ['relative', ['Người thân thích khác', 'Other relative']],
      ['organisation', ['Đại diện cơ quan, tổ chức, cá nhân liên quan', 'On behalf of an organisation or person concerned']],
      ['authorized', ['Người được ủy quyền', 'Someone authorised by the family']],
    ], { hint: ['Vợ, chồng hoặc con, cha, mẹ, người thân thích có trách nhiệm đăng ký khai tử trong 15 ngày', 'The spouse, children, parents or relatives must register a death within 15 days'] }),
  ]),
  section('deceased', ['Người đã chết', 'The deceased'], [
    req('text', 'deceasedFullName', ['Họ, chữ đệm, tên người đã chết', 'Full name of the deceased'], { maxLength: 150 }),
    req('date', 'deceasedBirthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    choice('deceasedSex', ['Giới tính', 'Sex'], SEX),
    req('text', 'deceasedEthnicity', ['Dân tộc', 'Ethnicity'], { hint: ETHNICITY_HINT, maxLength: 50 }),
    req('text', 'deceasedNationality', ['Quốc tịch', 'Nationality'], { hint: NATIONALITY_HINT, maxLength: 80 }),
    opt('cccd', 'deceasedIdNumber', ['Số định danh cá nhân của người đã chết', 'Personal ID number of the deceased'], { hint: ID_HINT }),
    req('address', 'deceasedResidence', ['Nơi cư trú cuối cùng', 'Last residence']),
  ]),
  section('death', ['Việc chết', 'The death'], [
    req('date', 'deathDate', ['Ngày chết', 'Date of death'], { when: 'past', hint: ['Như ghi trên Giấy báo tử', 'As on the death notice'] }),
    opt('text', 'deathTime', ['Giờ chết', 'Time of death'], { hint: ['Ví dụ: 14 giờ 30 phút', 'For example: 14:30'], maxLength: 20 }),
    req('text', 'deathPlace', ['Nơi chết', 'Place of death'], {
      hint: ['Tên cơ sở y tế, hoặc địa chỉ nơi chết', 'The hospital, or the address where the death occurred'], maxLength: 300,
    }),
    req('text', 'deathCause', ['Nguyên nhân chết', 'Cause of death'], {
      hint: ['Như ghi trên Giấy báo tử; ví dụ: bệnh, tai nạn, già yếu', 'As on the death notice; for example: illness, accident, old age'], maxLength: 300,
    }),
  ]),
]);

export const deathRegistrationDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai đăng ký khai tử đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai đăng ký khai tử', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'deathNotice', name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', accept: SCAN },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu', accept: SCAN },
  {
    key: 'authorization', name: 'Văn bản ủy quyền có chứng thực', accept: SCAN, show: when('relationship', 'authorized'),
    case: 'Khi người được ủy quyền đi đăng ký',
  },
];

// ---------------------------------------------------------------------------------------------
// Cấp bản sao trích lục hộ tịch (2.000635)

/** Tờ khai cấp bản sao trích lục hộ tịch: whose record, which event, where it was registered, how many copies. */
export const civilRecordCopyForm = form(['Tờ khai cấp bản sao trích lục hộ tịch', 'Request for a copy of a civil status extract'], [
  section('requester', ['Người yêu cầu', 'Who asks'], [
    choice('relationship', ['Quan hệ với người có sự kiện hộ tịch', 'Relationship to the person of the record'], [
      ['self', ['Chính người đó', 'The person themselves']],
      ['parent', ['Cha, mẹ', 'Parent']],
      ['child', ['Con', 'Child']],
      ['spouse', ['Vợ, chồng', 'Spouse']],
      ['relative', ['Người thân thích khác', 'Other relative']],
      ['authorized', ['Người được ủy quyền', 'Someone authorised']],
    ]),
  ]),
  section('record', ['Sự kiện hộ tịch đã đăng ký', 'The registered event'], [
    choice('eventType', ['Loại việc hộ tịch', 'Kind of record'], [
      ['birth', ['Khai sinh', 'Birth']],
      ['marriage', ['Kết hôn', 'Marriage']],
      ['death', ['Khai tử', 'Death']],
      ['parentage', ['Nhận cha, mẹ, con', 'Parentage']],
      ['guardianship', ['Giám hộ', 'Guardianship']],
      ['change', ['Thay đổi, cải chính, bổ sung hộ tịch', 'Change or correction of a record']],
    ]),
    req('text', 'personFullName', ['Họ, chữ đệm, tên người có sự kiện hộ tịch', 'Full name of the person of the record'], { maxLength: 150 }),
    req('date', 'personBirthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    opt('cccd', 'personIdNumber', ['Số định danh cá nhân', 'Personal ID number'], { hint: ID_HINT }),
    req('text', 'registeredAt', ['Nơi đã đăng ký', 'Where it was registered'], {
      hint: ['Tên Ủy ban nhân dân hoặc cơ quan đã đăng ký, ví dụ: UBND phường Thuận Hóa, thành phố Huế', 'The people\'s committee or agency that registered it'],
      maxLength: 300,
    }),
    opt('text', 'registrationNumber', ['Số đăng ký', 'Registration number'], { hint: ['Nếu biết: số ghi trên giấy tờ đã cấp', 'If known: the number on the paper issued'], maxLength: 30 }),
    opt('date', 'registrationDate', ['Ngày đăng ký', 'Date registered'], { when: 'past' }),
    req('number', 'copies', ['Số bản sao yêu cầu', 'Number of copies'], { min: 1, max: 20, hint: ['Phí 8.000 đồng/bản sao', '8,000 VND per copy'] }),
    opt('text', 'purpose', ['Mục đích sử dụng', 'What it is for'], { maxLength: 200 }),
  ]),
]);

export const civilRecordCopyDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai cấp bản sao trích lục hộ tịch đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai cấp bản sao trích lục hộ tịch', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu', accept: SCAN },
  {
    key: 'authorization', name: 'Văn bản ủy quyền có chứng thực', accept: SCAN, show: when('relationship', 'authorized'),
    case: 'Khi người được ủy quyền yêu cầu',
  },
];

// ---------------------------------------------------------------------------------------------
// Cấp Giấy xác nhận tình trạng hôn nhân (1.004873)

/** Tờ khai cấp Giấy xác nhận tình trạng hôn nhân: the status today, and what the paper is for. */
export const maritalStatusForm = form(['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Request for a certificate of marital status'], [
  section('status', ['Tình trạng hôn nhân', 'Marital status'], [
    choice('maritalStatus', ['Tình trạng hôn nhân hiện nay', 'Marital status today'], [
      ['single', ['Chưa đăng ký kết hôn với ai', 'Never married']],
      ['married', ['Đang có vợ/chồng', 'Married']],
      ['divorced', ['Đã ly hôn, chưa kết hôn với người khác', 'Divorced, not remarried']],
      ['widowed', ['Vợ/chồng đã chết, chưa kết hôn với người khác', 'Widowed, not remarried']],
    ]),
    req('text', 'spouseFullName', ['Họ, chữ đệm, tên vợ/chồng', "Spouse's full name"], { show: when('maritalStatus', 'married'), maxLength: 150 }),
  ]),
  section('purpose', ['Mục đích sử dụng', 'What it is for'], [
    choice('purpose', ['Giấy xác nhận dùng để', 'The certificate is for'], [
      ['marriage', ['Đăng ký kết hôn', 'Registering a marriage']],
      ['other', ['Mục đích khác', 'Something else']],
    ], { hint: ['Giấy xác nhận để kết hôn phải ghi rõ người dự định kết hôn', 'For a marriage the certificate names the future spouse'] }),
    req('text', 'partnerFullName', ['Họ, chữ đệm, tên người dự định kết hôn', 'Full name of the future spouse'], { show: when('purpose', 'marriage'), maxLength: 150 }),
    req('date', 'partnerBirthDate', ['Ngày, tháng, năm sinh người dự định kết hôn', "Future spouse's date of birth"], { show: when('purpose', 'marriage'), when: 'past' }),
    req('text', 'partnerNationality', ['Quốc tịch người dự định kết hôn', "Future spouse's nationality"], { show: when('purpose', 'marriage'), hint: NATIONALITY_HINT, maxLength: 80 }),
    req('text', 'marriagePlace', ['Nơi dự định đăng ký kết hôn', 'Where the marriage will be registered'], {
      show: when('purpose', 'marriage'), hint: ['Ví dụ: UBND phường Thuận Hóa, thành phố Huế', 'For example: the people\'s committee of Thuận Hóa ward, Huế'], maxLength: 300,
    }),
    req('text', 'purposeDetail', ['Mục đích khác', 'The other purpose'], {
      show: when('purpose', 'other'), hint: ['Ví dụ: bổ sung hồ sơ vay vốn ngân hàng', 'For example: a bank loan application'], maxLength: 300,
    }),
  ]),
]);

export const maritalStatusDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', case: 'Khi nộp tờ khai giấy thay cho tờ khai điện tử',
  },
  { key: 'idDocument', name: 'Giấy tờ tùy thân (căn cước/căn cước công dân) của người yêu cầu', accept: SCAN },
  {
    key: 'divorceProof', name: 'Bản án, quyết định ly hôn đã có hiệu lực pháp luật', accept: SCAN, show: when('maritalStatus', 'divorced'),
    case: 'Khi đã ly hôn',
  },
  {
    key: 'deathProof', name: 'Trích lục khai tử hoặc giấy tờ chứng minh vợ/chồng đã chết', accept: SCAN, show: when('maritalStatus', 'widowed'),
    case: 'Khi vợ/chồng đã chết',
  },
];
