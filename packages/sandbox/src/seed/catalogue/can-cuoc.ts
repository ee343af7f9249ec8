/** Identity cards (căn cước) and electronic identity (định danh điện tử). */
import { CONG_AN_TINH, CONG_AN_XA, RETURN, procedure, type SeedProcedure } from './spec.js';
import { idCardExchangeDocuments, idCardExchangeForm } from '../forms/can-cuoc.js';

const CC_LAW: [string, string][] = [
  ['26/2023/QH15', 'Luật Căn cước'],
  ['70/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước'],
  ['17/2024/TT-BCA', 'Thông tư quy định biểu mẫu sử dụng trong công tác cấp, quản lý thẻ căn cước, giấy chứng nhận căn cước'],
  ['73/2024/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí cấp căn cước'],
];
const DD_LAW: [string, string][] = [['69/2024/NĐ-CP', 'Nghị định quy định về định danh và xác thực điện tử']];
const BOOK = 'Đăng ký thời gian, địa điểm trên Cổng Dịch vụ công hoặc ứng dụng VNeID, hoặc đến trực tiếp cơ quan quản lý căn cước của Công an cấp tỉnh';
const LOOKUP = 'Cán bộ thu nhận đối chiếu thông tin trong Cơ sở dữ liệu quốc gia về dân cư để lập hồ sơ';
const BIO = 'Thu nhận vân tay, ảnh khuôn mặt, mống mắt; công dân kiểm tra, ký Phiếu thu nhận thông tin căn cước';
const CC01: [string, number, number, string] = ['Phiếu thu nhận thông tin căn cước (Mẫu CC01)', 1, 0, 'Mẫu CC01'];
const DC02: [string, number, number, string] = ['Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02)', 1, 0, 'Mẫu DC02'];
const TIME: [number, 'working_day'] = [7, 'working_day'];

export const canCuoc: SeedProcedure[] = [
  procedure({
    code: '2.000200', popularity: 3_000_000, name: 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'partial', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp thẻ căn cước', 0, 'Miễn lệ phí cấp thẻ căn cước lần đầu']], in_person: [['Lệ phí cấp thẻ căn cước', 0, 'Miễn lệ phí cấp thẻ căn cước lần đầu']] }, time: TIME,
    docs: [CC01, ['Phiếu thu thập thông tin dân cư (Mẫu DC01), trường hợp thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư', 1, 0, 'Mẫu DC01']],
    steps: [BOOK, LOOKUP, BIO, 'Cấp giấy hẹn trả kết quả (Mẫu CC02)', 'Nhận thẻ tại cơ quan quản lý căn cước hoặc qua bưu chính'],
    result: 'Thẻ căn cước', legal: CC_LAW, keywords: ['lam can cuoc', 'lam the lan dau'],
  }),
  procedure({
    code: '1.015301', codeUnverified: true, popularity: 2_000_000, name: 'Cấp thẻ căn cước cho người dưới 14 tuổi (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp thẻ căn cước', 0, 'Miễn lệ phí cấp thẻ căn cước lần đầu']], in_person: [['Lệ phí cấp thẻ căn cước', 0, 'Miễn lệ phí cấp thẻ căn cước lần đầu']] }, time: TIME,
    docs: [DC02, 'Giấy tờ chứng minh là người đại diện hợp pháp của người dưới 14 tuổi (nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)'],
    steps: ['Người đại diện hợp pháp đề nghị qua Cổng Dịch vụ công, ứng dụng VNeID hoặc trực tiếp', LOOKUP, 'Thu nhận ảnh khuôn mặt, vân tay, mống mắt đối với trẻ từ đủ 06 tuổi (trẻ dưới 06 tuổi không thu nhận sinh trắc học)', 'Nhận thẻ tại cơ quan quản lý căn cước hoặc qua bưu chính'],
    conditions: ['Người đại diện hợp pháp thực hiện thủ tục thay cho người dưới 14 tuổi'],
    result: 'Thẻ căn cước', legal: CC_LAW, keywords: ['tre em', 'tre duoi 14 tuoi', 'cho con', 'hoc sinh'],
  }),
  procedure({
    code: '2.001195', popularity: 4_000_000, name: 'Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'partial', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp đổi thẻ căn cước', 25_000, 'Giảm 50% khi nộp hồ sơ trực tuyến; miễn khi đổi do sai sót của cơ quan quản lý hoặc thay đổi địa giới hành chính']], in_person: [['Lệ phí cấp đổi thẻ căn cước', 50_000, 'Miễn khi đổi do sai sót của cơ quan quản lý hoặc thay đổi địa giới hành chính']] }, time: TIME,
    docs: idCardExchangeDocuments, form: idCardExchangeForm,
    steps: [BOOK, LOOKUP, BIO, 'Thu thẻ cũ, thu lệ phí và cấp giấy hẹn trả kết quả', 'Nhận thẻ tại cơ quan quản lý căn cước hoặc qua bưu chính'],
    conditions: ['Đủ tuổi đổi thẻ (14, 25, 40, 60 tuổi); thay đổi thông tin trên thẻ; thẻ hư hỏng; xác định lại giới tính, cải chính hộ tịch hoặc có yêu cầu'],
    result: 'Thẻ căn cước', legal: CC_LAW, keywords: ['du 25 tuoi', 'het han', 'the hong', 'doi the moi'],
  }),
  procedure({
    code: '2.001194', popularity: 1_000_000, name: 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'partial', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp lại thẻ căn cước', 35_000, 'Giảm 50% khi nộp hồ sơ trực tuyến']], in_person: [['Lệ phí cấp lại thẻ căn cước', 70_000]] }, time: TIME,
    docs: [CC01, DC02],
    steps: [BOOK, LOOKUP, BIO, 'Thu lệ phí và cấp giấy hẹn trả kết quả', 'Nhận thẻ tại cơ quan quản lý căn cước hoặc qua bưu chính'],
    conditions: ['Thẻ căn cước bị mất, bị hư hỏng không sử dụng được hoặc được trở lại quốc tịch Việt Nam'],
    result: 'Thẻ căn cước', legal: CC_LAW, keywords: ['mat the', 'mat giay to', 'danh roi', 'bi trom'],
  }),
  procedure({
    code: '1.015302', codeUnverified: true, popularity: 20_000, name: 'Cấp giấy chứng nhận căn cước (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'partial', agency: CONG_AN_TINH,
    fees: { in_person: [['Lệ phí cấp giấy chứng nhận căn cước', null, 'Theo quy định của Bộ Tài chính']] }, time: TIME,
    docs: [['Tờ khai đề nghị cấp giấy chứng nhận căn cước', 1, 0, 'Tờ khai'], 'Giấy tờ, tài liệu chứng minh là người gốc Việt Nam chưa xác định được quốc tịch (nếu có)'],
    steps: ['Nộp hồ sơ tại cơ quan quản lý căn cước Công an cấp tỉnh nơi đang sinh sống', 'Thu nhận thông tin, sinh trắc học và cập nhật vào Cơ sở dữ liệu căn cước', 'Cấp giấy chứng nhận căn cước', RETURN],
    conditions: ['Người gốc Việt Nam chưa xác định được quốc tịch, đang sinh sống liên tục từ 06 tháng trở lên tại Việt Nam'],
    result: 'Giấy chứng nhận căn cước', legal: CC_LAW, keywords: ['goc viet nam', 'chua xac dinh quoc tich', 'khong quoc tich'],
  }),
  procedure({
    code: '2.001178', popularity: 800_000, name: 'Cấp xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân (thực hiện tại cấp tỉnh)', sector: 'can-cuoc', level: 'province', online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [3, 'working_day', '07 ngày làm việc nếu số chứng minh nhân dân 09 số chưa có trong Cơ sở dữ liệu quốc gia về dân cư'],
    docs: [DC02, ['Giấy chứng minh nhân dân 09 số (nếu có)', 1, 0]],
    steps: ['Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID hoặc tại cơ quan quản lý căn cước Công an cấp tỉnh', 'Kiểm tra, xác minh thông tin số chứng minh nhân dân 09 số đã hủy', RETURN],
    result: 'Văn bản xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân', legal: CC_LAW, keywords: ['so cu', 'chung minh thu cu', 'ngan hang yeu cau', 'xac nhan so cu'],
  }),
  procedure({
    code: '1.015303', codeUnverified: true, popularity: 6_000_000, name: 'Cấp tài khoản định danh điện tử mức độ 2 đối với công dân Việt Nam', sector: 'dinh-danh-dien-tu', level: 'commune', online: 'partial', agency: CONG_AN_XA,
    fees: { in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [1, 'working_day', 'Không quá 01 ngày làm việc đối với người đã có thẻ căn cước gắn chíp; không quá 07 ngày làm việc khi cấp cùng thủ tục cấp thẻ'],
    docs: [['Phiếu đề nghị cấp tài khoản định danh điện tử (Mẫu TK01)', 1, 0, 'Mẫu TK01'], 'Thẻ căn cước hoặc thẻ căn cước công dân gắn chíp điện tử'],
    steps: ['Công dân đến Công an cấp xã hoặc nơi làm thủ tục cấp thẻ căn cước, xuất trình thẻ', 'Cán bộ thu nhận ảnh chân dung, vân tay, số điện thoại, thư điện tử', 'Hệ thống định danh và xác thực điện tử kiểm tra, kích hoạt tài khoản; thông báo qua tin nhắn hoặc ứng dụng VNeID'],
    result: 'Tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID', legal: DD_LAW, identityLevel: 1, keywords: ['vneid', 'kich hoat', 'tai khoan muc 2'],
  }),
  procedure({
    code: '1.015304', codeUnverified: true, popularity: 2_000_000, name: 'Cấp tài khoản định danh điện tử mức độ 1 đối với công dân Việt Nam', sector: 'dinh-danh-dien-tu', level: 'central', online: 'full', agency: 'Bộ Công an',
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [1, 'working_day'],
    docs: ['Thông tin số định danh cá nhân, số điện thoại, thư điện tử; ảnh chân dung chụp qua ứng dụng VNeID'],
    steps: ['Tải ứng dụng VNeID và khai báo thông tin', 'Chụp ảnh chân dung, quét chíp thẻ căn cước bằng điện thoại', 'Hệ thống định danh và xác thực điện tử đối chiếu Cơ sở dữ liệu quốc gia về dân cư và kích hoạt tài khoản'],
    result: 'Tài khoản định danh điện tử mức độ 1 trên ứng dụng VNeID', legal: DD_LAW, identityLevel: 1, keywords: ['vneid', 'dang ky tai khoan', 'tai khoan muc 1'],
  }),
  procedure({
    code: '1.015305', codeUnverified: true, popularity: 2_000_000, name: 'Điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư', sector: 'can-cuoc', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [3, 'working_day'],
    docs: [DC02, 'Giấy tờ, tài liệu chứng minh thông tin cần điều chỉnh (giấy khai sinh, trích lục thay đổi, cải chính hộ tịch…)'],
    steps: ['Nộp hồ sơ trực tuyến hoặc tại Công an cấp xã nơi cư trú', 'Kiểm tra, xác minh tính chính xác của thông tin đề nghị điều chỉnh', 'Cập nhật, điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư', 'Thông báo kết quả cho công dân'],
    result: 'Thông tin công dân được điều chỉnh trong Cơ sở dữ liệu quốc gia về dân cư', legal: CC_LAW, keywords: ['sai ngay sinh', 'sai que quan', 'cap nhat thong tin', 'sai thong tin'],
  }),
];
