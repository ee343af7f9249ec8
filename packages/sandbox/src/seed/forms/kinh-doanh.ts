// Business registration, after the Giấy đề nghị đăng ký hộ kinh doanh and the Giấy đề nghị đăng ký
// doanh nghiệp (công ty TNHH một thành viên) of Thông tư 68/2025/TT-BTC (formerly 02/2023/TT-BKHĐT).
import { choice, form, group, ID_HINT, opt, req, section, SCAN, when, type DocSlot } from './build.js';

const activities = (hint: [string, string]) => group('activities', ['Ngành, nghề kinh doanh', 'Lines of business'], ['Ngành', 'Line'], [
  req('text', 'code', ['Mã ngành (cấp 4)', 'Code (level 4)'], { hint, maxLength: 4 }),
  req('text', 'name', ['Tên ngành', 'Name'], { maxLength: 300 }),
], { required: true, min: 1, max: 30 });

/** Giấy đề nghị đăng ký hộ kinh doanh: name, seat, lines, capital, who owns it, tax method. */
export const householdBusinessForm = form(['Giấy đề nghị đăng ký hộ kinh doanh', 'Household business registration'], [
  section('business', ['Hộ kinh doanh', 'The business'], [
    req('text', 'businessName', ['Tên hộ kinh doanh', 'Business name'], {
      hint: ['Gồm "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Mai Anh', '"Hộ kinh doanh" then its own name, for example: Hộ kinh doanh Mai Anh'], maxLength: 200,
    }),
    req('address', 'seat', ['Địa chỉ trụ sở hộ kinh doanh', 'Business address']),
    opt('phone', 'businessPhone', ['Điện thoại của hộ kinh doanh', 'Business phone']),
    opt('email', 'businessEmail', ['Thư điện tử của hộ kinh doanh', 'Business email']),
    activities(['Theo Hệ thống ngành kinh tế Việt Nam, ví dụ: 5610 (nhà hàng, quán ăn)', 'From the Vietnamese industry classification, e.g. 5610 (restaurants)']),
    req('number', 'capital', ['Vốn kinh doanh (đồng)', 'Capital (VND)'], { min: 0, max: 1_000_000_000_000 }),
    opt('number', 'employees', ['Số lượng lao động', 'Number of workers'], { min: 0, max: 10_000, hint: ['Dự kiến, kể cả chủ hộ', 'Expected, owner included'] }),
  ]),
  section('owner', ['Chủ thể thành lập', 'Who sets it up'], [
    choice('ownerType', ['Hộ kinh doanh do', 'Set up by'], [
      ['individual', ['Một cá nhân thành lập', 'One person']],
      ['household', ['Các thành viên hộ gia đình thành lập', 'Members of a household']],
    ]),
    group('members', ['Thành viên hộ gia đình tham gia', 'Household members taking part'], ['Thành viên', 'Member'], [
      req('text', 'fullName', ['Họ, chữ đệm và tên', 'Full name'], { maxLength: 150 }),
      req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
      req('cccd', 'idNumber', ['Số định danh cá nhân', 'Personal ID number'], { hint: ID_HINT }),
    ], { required: true, min: 1, max: 20, show: when('ownerType', 'household'), hint: ['Không kể chủ hộ kinh doanh (người nộp)', 'Not counting the owner (you)'] }),
  ]),
  section('tax', ['Đăng ký thuế', 'Tax'], [
    choice('taxMethod', ['Phương pháp tính thuế', 'How tax is assessed'], [
      ['presumptive', ['Khoán', 'Presumptive (fixed amount)']],
      ['declaration', ['Kê khai', 'By declaration']],
    ], { hint: ['Hộ có doanh thu lớn hoặc muốn xuất hóa đơn thường chọn kê khai', 'Larger businesses, or those issuing invoices, usually declare'] }),
  ]),
]);

export const householdBusinessDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Giấy đề nghị đăng ký hộ kinh doanh đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Giấy đề nghị đăng ký hộ kinh doanh', case: 'Khi nộp giấy đề nghị giấy thay cho bản điện tử',
  },
  {
    key: 'membersMinutes', name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', accept: ['pdf', 'jpg', 'png', 'docx'],
    show: when('ownerType', 'household'), case: 'Khi các thành viên hộ gia đình cùng thành lập',
  },
  {
    key: 'authorization', name: 'Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh', required: false, accept: SCAN,
    show: when('ownerType', 'household'), case: 'Khi các thành viên ủy quyền cho một người làm chủ hộ',
  },
];

const notOwner = when('ownerIsRepresentative', false);

/** Giấy đề nghị đăng ký công ty TNHH một thành viên. */
export const singleMemberCompanyForm = form(['Giấy đề nghị đăng ký doanh nghiệp (công ty TNHH một thành viên)', 'Company registration (single-member limited liability company)'], [
  section('company', ['Tên và trụ sở', 'Name and head office'], [
    req('text', 'companyName', ['Tên công ty viết bằng tiếng Việt', 'Company name in Vietnamese'], {
      hint: ['"Công ty trách nhiệm hữu hạn" (hoặc "Công ty TNHH") và tên riêng; không trùng tên doanh nghiệp đã đăng ký', '"Công ty trách nhiệm hữu hạn" (or "Công ty TNHH") then its own name, not already taken'],
      maxLength: 300,
    }),
    opt('text', 'foreignName', ['Tên công ty viết bằng tiếng nước ngoài', 'Name in a foreign language'], { maxLength: 300 }),
    opt('text', 'shortName', ['Tên công ty viết tắt', 'Short name'], { maxLength: 100 }),
    req('address', 'headOffice', ['Địa chỉ trụ sở chính', 'Head office']),
    opt('phone', 'companyPhone', ['Điện thoại', 'Phone']),
    opt('email', 'companyEmail', ['Thư điện tử', 'Email']),
  ]),
  section('business', ['Ngành nghề và vốn', 'Business and capital'], [
    activities(['Theo Hệ thống ngành kinh tế Việt Nam, ví dụ: 6201 (lập trình máy vi tính)', 'From the Vietnamese industry classification, e.g. 6201 (programming)']),
    req('number', 'charterCapital', ['Vốn điều lệ (đồng)', 'Charter capital (VND)'], { min: 1, max: 1_000_000_000_000_000, hint: ['Chủ sở hữu góp đủ trong 90 ngày kể từ ngày được cấp Giấy chứng nhận', 'The owner pays it in within 90 days of registration'] }),
    choice('capitalSource', ['Nguồn vốn điều lệ', 'Source of the capital'], [
      ['private', ['Vốn tư nhân', 'Private capital']],
      ['state', ['Vốn nhà nước', 'State capital']],
      ['foreign', ['Vốn nước ngoài', 'Foreign capital']],
    ]),
    opt('number', 'employees', ['Số lao động dự kiến', 'Expected number of employees'], { min: 0, max: 100_000 }),
  ]),
  section('owner', ['Chủ sở hữu', 'Owner'], [
    choice('ownerType', ['Chủ sở hữu là', 'The owner is'], [
      ['individual', ['Cá nhân (người nộp hồ sơ)', 'A person (you)']],
      ['organisation', ['Tổ chức', 'An organisation']],
    ]),
    req('text', 'ownerOrganisation', ['Tên tổ chức chủ sở hữu', "Owner organisation's name"], { show: when('ownerType', 'organisation'), maxLength: 300 }),
    req('taxCode', 'ownerTaxCode', ['Mã số doanh nghiệp của tổ chức chủ sở hữu', "Owner organisation's enterprise code"], {
      show: when('ownerType', 'organisation'), hint: ['10 chữ số, là mã số thuế', '10 digits: its tax code'],
    }),
  ]),
  section('representative', ['Người đại diện theo pháp luật', 'Legal representative'], [
    req('yesno', 'ownerIsRepresentative', ['Người nộp hồ sơ là người đại diện theo pháp luật', 'You are the legal representative']),
    req('text', 'representativeFullName', ['Họ, chữ đệm và tên người đại diện', "Representative's full name"], { show: notOwner, maxLength: 150 }),
    req('cccd', 'representativeIdNumber', ['Số định danh cá nhân của người đại diện', "Representative's personal ID number"], { show: notOwner, hint: ID_HINT }),
    req('text', 'representativeTitle', ['Chức danh', 'Title'], { show: notOwner, hint: ['Ví dụ: Giám đốc', 'For example: Director'], maxLength: 100 }),
  ]),
]);

export const singleMemberCompanyDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Giấy đề nghị đăng ký doanh nghiệp đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Giấy đề nghị đăng ký doanh nghiệp', case: 'Khi nộp giấy đề nghị giấy thay cho bản điện tử',
  },
  { key: 'charter', name: 'Điều lệ công ty', accept: ['pdf', 'docx'] },
  { key: 'representativeId', name: 'Bản sao giấy tờ pháp lý của người đại diện theo pháp luật', accept: SCAN, show: notOwner, case: 'Khi người đại diện không phải người nộp' },
  {
    key: 'ownerPapers', name: 'Bản sao giấy tờ pháp lý của tổ chức chủ sở hữu và văn bản cử người đại diện theo ủy quyền', accept: SCAN,
    show: when('ownerType', 'organisation'), case: 'Khi chủ sở hữu là tổ chức',
  },
];
