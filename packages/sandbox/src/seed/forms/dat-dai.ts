// Land (đất đai), after the Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15/ĐK, Nghị định
// 151/2025/NĐ-CP; formerly 04/ĐK of Nghị định 101/2024/NĐ-CP) for a first registration.
import { choice, form, group, ID_HINT, opt, req, section, SCAN, when, type DocSlot } from './build.js';

const withAsset = when('registerAsset', true);

/** Đơn đăng ký đất đai, tài sản gắn liền với đất (first registration and certificate). */
export const landRegistrationForm = form(['Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15/ĐK)', 'Application to register land and assets on it (form 15/ĐK)'], [
  section('parcel', ['Thửa đất', 'The parcel'], [
    req('address', 'parcelAddress', ['Địa chỉ thửa đất', 'Address of the parcel']),
    req('text', 'parcelNumber', ['Thửa đất số', 'Parcel number'], { hint: ['Theo bản đồ địa chính hoặc mảnh trích đo', 'From the cadastral map or survey extract'], maxLength: 20 }),
    req('text', 'mapSheet', ['Tờ bản đồ số', 'Map sheet number'], { maxLength: 20 }),
    req('number', 'area', ['Diện tích (m²)', 'Area (m²)'], { min: 1, max: 10_000_000 }),
    choice('useForm', ['Hình thức sử dụng', 'How it is used'], [
      ['private', ['Sử dụng riêng', 'Used alone']],
      ['shared', ['Sử dụng chung', 'Used jointly']],
    ]),
    choice('landUse', ['Mục đích sử dụng', 'Land use'], [
      ['ONT', ['Đất ở tại nông thôn (ONT)', 'Rural residential (ONT)']],
      ['ODT', ['Đất ở tại đô thị (ODT)', 'Urban residential (ODT)']],
      ['LUA', ['Đất trồng lúa (LUA)', 'Rice land (LUA)']],
      ['HNK', ['Đất trồng cây hằng năm khác (HNK)', 'Other annual crops (HNK)']],
      ['CLN', ['Đất trồng cây lâu năm (CLN)', 'Perennial crops (CLN)']],
      ['NTS', ['Đất nuôi trồng thủy sản (NTS)', 'Aquaculture (NTS)']],
      ['RSX', ['Đất rừng sản xuất (RSX)', 'Production forest (RSX)']],
    ]),
    req('date', 'useSince', ['Thời điểm bắt đầu sử dụng đất', 'In use since'], {
      when: 'past', hint: ['Theo giấy tờ, hoặc ngày bắt đầu sử dụng thực tế; nếu chỉ nhớ năm, ghi ngày 01/01 năm đó', 'As on papers, or when use began; if you only know the year, write 1 January of it'],
    }),
    choice('origin', ['Nguồn gốc sử dụng', 'Origin'], [
      ['inherited', ['Nhận thừa kế, tặng cho, chuyển nhượng', 'Inherited, given or bought']],
      ['allocated', ['Được Nhà nước giao, cho thuê', 'Allocated or leased by the State']],
      ['reclaimed', ['Tự khai hoang, sử dụng ổn định', 'Reclaimed and used steadily']],
      ['other', ['Nguồn gốc khác', 'Other']],
    ]),
  ]),
  section('coUsers', ['Người cùng sử dụng đất', 'Joint users'], [
    group('coUsers', ['Người cùng sử dụng đất, cùng sở hữu tài sản', 'Joint land users and co-owners'], ['Người', 'Person'], [
      req('text', 'fullName', ['Họ, chữ đệm và tên', 'Full name'], { maxLength: 150 }),
      req('cccd', 'idNumber', ['Số định danh cá nhân', 'Personal ID number'], { hint: ID_HINT }),
      req('text', 'relationship', ['Quan hệ với người nộp', 'Relationship to you'], { hint: ['Ví dụ: vợ, chồng', 'For example: spouse'], maxLength: 50 }),
    ], { show: when('useForm', 'shared'), required: true, min: 1, max: 20 }),
  ]),
  section('asset', ['Tài sản gắn liền với đất', 'Assets on the land'], [
    req('yesno', 'registerAsset', ['Đăng ký quyền sở hữu nhà ở, công trình trên đất', 'Register ownership of a house or building on it']),
    choice('assetType', ['Loại tài sản', 'Kind of asset'], [
      ['house', ['Nhà ở riêng lẻ', 'Detached house']],
      ['building', ['Công trình xây dựng khác', 'Other building']],
    ], { show: withAsset }),
    req('number', 'assetFloorArea', ['Diện tích sàn (m²)', 'Floor area (m²)'], { show: withAsset, min: 1, max: 1_000_000 }),
    req('number', 'assetFloors', ['Số tầng', 'Floors'], { show: withAsset, min: 1, max: 100 }),
  ]),
  section('request', ['Đề nghị', 'Request'], [
    req('yesno', 'requestCertificate', ['Đề nghị cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Issue the land use right certificate'], {
      hint: ['Chọn "Không" nếu chỉ đăng ký đất đai, chưa đề nghị cấp Giấy chứng nhận', 'Choose "No" to register only, without a certificate yet'],
    }),
  ]),
]);

export const landRegistrationDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15/ĐK) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Mẫu số 15/ĐK', case: 'Khi nộp đơn giấy thay cho đơn điện tử',
  },
  { key: 'landPapers', name: 'Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai', required: false, accept: SCAN, case: 'Nếu có' },
  { key: 'surveyExtract', name: 'Mảnh trích đo bản đồ địa chính thửa đất', required: false, accept: ['pdf', 'jpg', 'png'], case: 'Nếu có' },
  { key: 'assetPapers', name: 'Giấy tờ về quyền sở hữu nhà ở, công trình xây dựng (giấy phép xây dựng, hợp đồng mua bán…)', accept: SCAN, show: withAsset, case: 'Khi đăng ký tài sản gắn liền với đất' },
  { key: 'financialReceipts', name: 'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm', required: false, accept: SCAN, case: 'Nếu có' },
];
