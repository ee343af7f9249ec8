/** Vehicle registration (đăng ký xe) and the driving-licence procedures missing from the first catalogue. */
import { CHECK, CONG_AN_TINH, CONG_AN_XA, RECEIVE, RETURN, procedure, type SeedProcedure, type Spec } from './spec.js';
import { vehicleRegistrationDocuments, vehicleRegistrationForm } from '../forms/phuong-tien.js';

const XE_LAW: [string, string][] = [
  ['36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ'],
  ['79/2024/TT-BCA', 'Thông tư quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe cơ giới, xe máy chuyên dùng'],
  ['60/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký, cấp biển phương tiện giao thông'],
];
const GPLX_LAW: [string, string][] = [
  ['36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ'],
  ['35/2024/TT-BCA', 'Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế'],
];
const TO_KHAI: [string, number, number, string] = ['Giấy khai đăng ký xe', 1, 0, 'Giấy khai đăng ký xe'];
const VNEID = 'Kê khai giấy khai đăng ký xe điện tử trên Cổng Dịch vụ công hoặc ứng dụng VNeID; nhận mã hồ sơ';
const CHECK_XE = 'Cơ quan đăng ký xe kiểm tra hồ sơ, đối chiếu thực tế xe (số máy, số khung)';
const PLATE = 'Cấp biển số theo phương thức bấm chọn ngẫu nhiên hoặc biển số định danh; thu lệ phí';
const FIRST_FEES: Spec['fees'] = {
  online: [['Lệ phí cấp chứng nhận đăng ký, biển số xe', null, 'Theo loại xe, giá trị xe và khu vực (Thông tư 60/2023/TT-BTC)']],
  in_person: [['Lệ phí cấp chứng nhận đăng ký, biển số xe', null, 'Theo loại xe, giá trị xe và khu vực (Thông tư 60/2023/TT-BTC)']],
};
const gplx = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'legal'>) => procedure({ sector: 'duong-bo', level: 'province', agency: CONG_AN_TINH, legal: GPLX_LAW, ...s });

export const phuongTien: SeedProcedure[] = [
  procedure({
    code: '1.015401', codeUnverified: true, popularity: 500_000, name: 'Đăng ký xe lần đầu (thực hiện tại cấp tỉnh)', sector: 'dang-ky-xe', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_TINH,
    fees: FIRST_FEES, time: [2, 'working_day', 'Cấp biển số ngay khi tiếp nhận hồ sơ hợp lệ; chứng nhận đăng ký xe không quá 02 ngày làm việc'],
    docs: [TO_KHAI, 'Chứng từ nguồn gốc xe (dữ liệu điện tử phiếu kiểm tra chất lượng xuất xưởng hoặc tờ khai hải quan)', 'Chứng từ chuyển quyền sở hữu xe (hóa đơn)', 'Chứng từ lệ phí trước bạ (dữ liệu điện tử)'],
    steps: [VNEID, 'Đưa xe đến cơ quan đăng ký xe thuộc Công an cấp tỉnh để kiểm tra', CHECK_XE, PLATE, 'Trả chứng nhận đăng ký xe qua bưu chính hoặc tại cơ quan đăng ký'],
    result: 'Chứng nhận đăng ký xe và biển số xe', legal: XE_LAW, keywords: ['o to', 'xe hoi', 'bien so', 'xe moi mua', 'bam bien'],
  }),
  procedure({
    code: '1.015402', codeUnverified: true, popularity: 2_500_000, name: 'Đăng ký xe lần đầu (thực hiện tại cấp xã)', sector: 'dang-ky-xe', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: FIRST_FEES, time: [2, 'working_day', 'Cấp biển số ngay khi tiếp nhận hồ sơ hợp lệ; chứng nhận đăng ký xe không quá 02 ngày làm việc'],
    docs: vehicleRegistrationDocuments, form: vehicleRegistrationForm,
    steps: [VNEID, 'Đưa xe đến Công an cấp xã được giao đăng ký xe để kiểm tra', CHECK_XE, PLATE, 'Trả chứng nhận đăng ký xe qua bưu chính hoặc tại cơ quan đăng ký'],
    result: 'Chứng nhận đăng ký xe và biển số xe', legal: XE_LAW, keywords: ['xe may', 'mo to', 'xe gan may', 'bien so', 'xe dien'],
  }),
  procedure({
    code: '1.015403', codeUnverified: true, popularity: 300_000, name: 'Đăng ký sang tên xe (thực hiện tại cấp tỉnh)', sector: 'dang-ky-xe', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp chứng nhận đăng ký xe', 50_000, 'Giữ nguyên biển số định danh']], in_person: [['Lệ phí cấp chứng nhận đăng ký xe', 50_000, 'Giữ nguyên biển số định danh']] }, time: [2, 'working_day'],
    docs: [TO_KHAI, 'Chứng từ chuyển quyền sở hữu xe (hợp đồng mua bán, tặng cho, văn bản thừa kế đã công chứng hoặc chứng thực)', 'Chứng từ lệ phí trước bạ', 'Chứng nhận thu hồi đăng ký, biển số xe của chủ xe cũ'],
    steps: [VNEID, CHECK_XE, 'Cấp chứng nhận đăng ký xe mang tên chủ xe mới', RETURN],
    conditions: ['Chủ xe cũ đã làm thủ tục thu hồi chứng nhận đăng ký xe, biển số xe'],
    result: 'Chứng nhận đăng ký xe', legal: XE_LAW, keywords: ['mua xe cu', 'o to cu', 'sang ten o to', 'chinh chu'],
  }),
  procedure({
    code: '1.015404', codeUnverified: true, popularity: 700_000, name: 'Đăng ký sang tên xe (thực hiện tại cấp xã)', sector: 'dang-ky-xe', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí cấp chứng nhận đăng ký xe', 50_000, 'Giữ nguyên biển số định danh']], in_person: [['Lệ phí cấp chứng nhận đăng ký xe', 50_000, 'Giữ nguyên biển số định danh']] }, time: [2, 'working_day'],
    docs: [TO_KHAI, 'Chứng từ chuyển quyền sở hữu xe', 'Chứng từ lệ phí trước bạ', 'Chứng nhận thu hồi đăng ký, biển số xe của chủ xe cũ'],
    steps: [VNEID, CHECK_XE, 'Cấp chứng nhận đăng ký xe mang tên chủ xe mới', RETURN],
    conditions: ['Chủ xe cũ đã làm thủ tục thu hồi chứng nhận đăng ký xe, biển số xe'],
    result: 'Chứng nhận đăng ký xe', legal: XE_LAW, keywords: ['mua xe may cu', 'chinh chu', 'xe may'],
  }),
  procedure({
    code: '1.015405', codeUnverified: true, popularity: 600_000, name: 'Thu hồi chứng nhận đăng ký xe, biển số xe (thực hiện tại cấp xã)', sector: 'dang-ky-xe', level: 'commune', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [1, 'working_day', 'Ngay sau khi nhận đủ hồ sơ hợp lệ'],
    docs: [['Giấy khai thu hồi đăng ký, biển số xe', 1, 0, 'Giấy khai thu hồi'], 'Chứng nhận đăng ký xe, biển số xe (nộp lại)'],
    steps: ['Kê khai giấy khai thu hồi trên Cổng Dịch vụ công hoặc ứng dụng VNeID', 'Nộp lại chứng nhận đăng ký xe, biển số xe tại cơ quan đăng ký xe hoặc qua bưu chính', 'Cơ quan đăng ký xe cấp chứng nhận thu hồi đăng ký, biển số xe'],
    conditions: ['Xe bán, tặng cho, thừa kế; xe hỏng không sử dụng được, bị phá hủy; xe hết niên hạn sử dụng; xe tháo máy, khung để thay thế'],
    result: 'Chứng nhận thu hồi đăng ký, biển số xe', legal: XE_LAW, keywords: ['ban xe', 'rut ho so goc', 'xe hong', 'tra bien so'],
  }),
  procedure({
    code: '1.015406', codeUnverified: true, popularity: 200_000, name: 'Cấp đổi chứng nhận đăng ký xe, biển số xe (thực hiện tại cấp tỉnh)', sector: 'dang-ky-xe', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp đổi chứng nhận đăng ký xe', 50_000], ['Lệ phí cấp đổi biển số xe', 100_000, 'Đối với ô tô; xe mô tô 50.000 đồng']], in_person: [['Lệ phí cấp đổi chứng nhận đăng ký xe', 50_000], ['Lệ phí cấp đổi biển số xe', 100_000, 'Đối với ô tô; xe mô tô 50.000 đồng']] },
    time: [2, 'working_day'], docs: [TO_KHAI, 'Chứng nhận đăng ký xe hoặc biển số xe cũ (nộp lại)'],
    steps: [VNEID, CHECK, 'Thu hồi chứng nhận, biển số cũ; cấp đổi chứng nhận đăng ký xe, biển số xe', RETURN],
    conditions: ['Chứng nhận đăng ký xe, biển số xe bị mờ, hỏng; thay đổi thông tin chủ xe; cải tạo, thay đổi màu sơn xe; đổi biển số nền trắng sang nền vàng và ngược lại'],
    result: 'Chứng nhận đăng ký xe, biển số xe (cấp đổi)', legal: XE_LAW, keywords: ['bien so hong', 'doi mau son', 'bien vang'],
  }),
  procedure({
    code: '1.015407', codeUnverified: true, popularity: 100_000, name: 'Cấp lại chứng nhận đăng ký xe, biển số xe (thực hiện tại cấp tỉnh)', sector: 'dang-ky-xe', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp lại chứng nhận đăng ký xe', 50_000], ['Lệ phí cấp lại biển số xe', 100_000, 'Đối với ô tô; xe mô tô 50.000 đồng']], in_person: [['Lệ phí cấp lại chứng nhận đăng ký xe', 50_000], ['Lệ phí cấp lại biển số xe', 100_000, 'Đối với ô tô; xe mô tô 50.000 đồng']] },
    time: [2, 'working_day', 'Không quá 30 ngày nếu phải xác minh'], docs: [TO_KHAI],
    steps: [VNEID, CHECK, 'Tra cứu, xác minh hồ sơ xe', 'Cấp lại chứng nhận đăng ký xe, biển số xe', RETURN],
    conditions: ['Chứng nhận đăng ký xe hoặc biển số xe bị mất'],
    result: 'Chứng nhận đăng ký xe, biển số xe (cấp lại)', legal: XE_LAW, keywords: ['mat giay to xe', 'mat bien so', 'mat giay to'],
  }),
  procedure({
    code: '1.015408', codeUnverified: true, popularity: 50_000, name: 'Đăng ký xe tạm thời (thực hiện tại cấp tỉnh)', sector: 'dang-ky-xe', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp chứng nhận đăng ký xe tạm thời', 50_000, 'Cấp trực tuyến: chứng nhận điện tử']], in_person: [['Lệ phí cấp chứng nhận đăng ký xe tạm thời và biển số tạm thời', 150_000]] },
    time: [1, 'working_day', 'Trong ngày; cấp trực tuyến sau khi hoàn thành nộp lệ phí'], docs: [TO_KHAI, 'Bản sao chứng từ nguồn gốc xe'],
    steps: [VNEID, CHECK, 'Cấp chứng nhận đăng ký xe tạm thời và biển số tạm thời', RETURN],
    conditions: ['Xe xuất khẩu, tái xuất; xe chuyển từ nơi sản xuất, lắp ráp đến nơi đăng ký; xe tham gia giao thông có thời hạn'],
    result: 'Chứng nhận đăng ký xe tạm thời và biển số tạm thời', legal: XE_LAW, keywords: ['bien tam', 'xe chay thu'],
  }),
  gplx({
    code: '1.015409', codeUnverified: true, popularity: 50_000, name: 'Cấp giấy phép lái xe quốc tế', online: 'full',
    fees: { online: [['Lệ phí cấp giấy phép lái xe quốc tế', 135_000]], in_person: [['Lệ phí cấp giấy phép lái xe quốc tế', 135_000]] }, time: [5, 'working_day'],
    docs: [['Tờ khai đề nghị cấp giấy phép lái xe quốc tế', 1, 0, 'Tờ khai'], 'Ảnh chân dung (dữ liệu điện tử hoặc 01 ảnh 4x6)', 'Giấy phép lái xe do Việt Nam cấp còn thời hạn (xuất trình hoặc dữ liệu điện tử)'],
    steps: [RECEIVE, CHECK, 'Tra cứu, xác minh giấy phép lái xe trong Cơ sở dữ liệu', 'In, cấp giấy phép lái xe quốc tế theo mẫu Công ước Viên 1968', RETURN],
    conditions: ['Có giấy phép lái xe do Việt Nam cấp bằng vật liệu PET hoặc giấy phép lái xe điện tử còn thời hạn'],
    result: 'Giấy phép lái xe quốc tế (IDP)', keywords: ['lai xe nuoc ngoai', 'di nuoc ngoai', 'du lich nuoc ngoai'],
  }),
  gplx({
    code: '1.015410', codeUnverified: true, popularity: 10_000, name: 'Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp', online: 'partial',
    fees: { in_person: [['Lệ phí cấp giấy phép lái xe', 135_000]] }, time: [5, 'working_day'],
    docs: [['Đơn đề nghị đổi giấy phép lái xe', 1, 0, 'Đơn đề nghị đổi giấy phép lái xe'], ['Bản dịch giấy phép lái xe nước ngoài sang tiếng Việt có công chứng hoặc chứng thực', 0, 1], 'Bản sao hộ chiếu, thẻ thường trú hoặc thẻ tạm trú (đối với người nước ngoài)'],
    steps: [RECEIVE, CHECK, 'Xác minh giấy phép lái xe nước ngoài (khi cần)', 'Cấp giấy phép lái xe Việt Nam', RETURN],
    result: 'Giấy phép lái xe', audiences: ['citizen'], keywords: ['bang lai nuoc ngoai', 'nguoi nuoc ngoai', 'viet kieu'],
  }),
  gplx({
    code: '1.015411', codeUnverified: true, popularity: 5_000, name: 'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp', online: 'partial',
    fees: { in_person: [['Lệ phí cấp giấy phép lái xe', 135_000]] }, time: [5, 'working_day'],
    docs: [['Đơn đề nghị đổi giấy phép lái xe', 1, 0, 'Đơn đề nghị đổi giấy phép lái xe'], 'Quyết định ra quân, nghỉ hưu, xuất ngũ hoặc chuyển ngành', 'Giấy phép lái xe quân sự còn thời hạn'],
    steps: [RECEIVE, CHECK, 'Cấp giấy phép lái xe dân sự tương ứng', RETURN],
    conditions: ['Thực hiện trong thời hạn 01 năm kể từ ngày có quyết định ra quân, nghỉ hưu, xuất ngũ, chuyển ngành'],
    result: 'Giấy phép lái xe', keywords: ['xuat ngu', 'ra quan', 'bo doi'],
  }),
];
