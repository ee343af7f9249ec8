/** Social and health insurance (bảo hiểm xã hội, bảo hiểm y tế). */
import { BHXH_TINH, CHECK, RECEIVE, procedure, type SeedProcedure, type Spec } from './spec.js';

const BHXH_LAW: [string, string][] = [
  ['41/2024/QH15', 'Luật Bảo hiểm xã hội'],
  ['158/2025/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc'],
];
const BHXH_TN_LAW: [string, string][] = [
  ['41/2024/QH15', 'Luật Bảo hiểm xã hội'],
  ['159/2025/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội tự nguyện'],
];
const BHYT_LAW: [string, string][] = [
  ['25/2008/QH12', 'Luật Bảo hiểm y tế'],
  ['51/2024/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế'],
];
const NO_FEE: Spec['fees'] = { online: [['Phí', 0, 'Không thu phí']], in_person: [['Phí', 0, 'Không thu phí']] };
const DECIDE = 'Giám đốc Bảo hiểm xã hội cấp tỉnh';
const PAY = 'Chi trả qua tài khoản cá nhân, qua tổ chức dịch vụ bưu chính hoặc trực tiếp theo đăng ký của người hưởng';
const bhxh = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'fees'> & Partial<Spec>) =>
  procedure({ sector: 'bao-hiem-xa-hoi', level: 'province', agency: BHXH_TINH, fees: NO_FEE, ...s });

export const baoHiemXaHoi: SeedProcedure[] = [
  bhxh({
    code: '1.015501', codeUnverified: true, popularity: 900_000, name: 'Giải quyết hưởng bảo hiểm xã hội một lần', online: 'full', deciding: DECIDE, time: [10, 'day'],
    docs: [['Đề nghị hưởng bảo hiểm xã hội một lần (mẫu số 14-HSB)', 1, 0, 'Mẫu số 14-HSB'], 'Sổ bảo hiểm xã hội', 'Giấy tờ chứng minh thuộc trường hợp hưởng (ra nước ngoài định cư, mắc bệnh hiểm nghèo… nếu có)'],
    steps: ['Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, ứng dụng VssID hoặc tại cơ quan bảo hiểm xã hội', CHECK, 'Cơ quan bảo hiểm xã hội xét duyệt, ra quyết định hưởng bảo hiểm xã hội một lần', PAY],
    conditions: ['Đủ tuổi nghỉ hưu nhưng chưa đủ 15 năm đóng; ra nước ngoài định cư; mắc bệnh hiểm nghèo; hoặc người tham gia trước 01/7/2025 sau 12 tháng không tiếp tục đóng và có yêu cầu'],
    result: 'Quyết định hưởng bảo hiểm xã hội một lần và tiền trợ cấp', legal: BHXH_LAW, keywords: ['rut bao hiem', 'rut mot lan', 'nghi viec', 'chot so'],
  }),
  bhxh({
    code: '1.015502', codeUnverified: true, popularity: 200_000, name: 'Giải quyết hưởng lương hưu', online: 'full', deciding: DECIDE, time: [10, 'day', 'Không quá 10 ngày kể từ ngày nhận đủ hồ sơ'],
    docs: ['Sổ bảo hiểm xã hội', ['Quyết định nghỉ việc hưởng chế độ hưu trí của người sử dụng lao động hoặc đề nghị hưởng lương hưu (mẫu số 14-HSB)', 1, 0, 'Mẫu số 14-HSB'], 'Biên bản giám định mức suy giảm khả năng lao động (trường hợp nghỉ hưu do suy giảm khả năng lao động)'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội tính thời gian đóng, mức lương hưu, ra quyết định hưởng', PAY],
    conditions: ['Đủ tuổi nghỉ hưu theo quy định và có từ đủ 15 năm đóng bảo hiểm xã hội trở lên'],
    result: 'Quyết định hưởng lương hưu hằng tháng', legal: BHXH_LAW, keywords: ['ve huu', 'nghi huu', 'luong huu hang thang'],
  }),
  bhxh({
    code: '1.015503', codeUnverified: true, popularity: 3_000_000, name: 'Giải quyết hưởng chế độ ốm đau, thai sản, trợ cấp dưỡng sức phục hồi sức khỏe', audiences: ['business', 'organisation', 'citizen'], online: 'full', time: [6, 'working_day'],
    docs: [['Danh sách người lao động đề nghị hưởng chế độ (mẫu 01B-HSB) do người sử dụng lao động lập', 1, 0, 'Mẫu 01B-HSB'], 'Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội hoặc giấy ra viện (dữ liệu điện tử từ cơ sở khám bệnh, chữa bệnh)', 'Giấy khai sinh hoặc giấy chứng sinh của con (chế độ thai sản)'],
    steps: ['Người lao động nộp giấy tờ cho người sử dụng lao động', 'Người sử dụng lao động lập danh sách, nộp cho cơ quan bảo hiểm xã hội', 'Cơ quan bảo hiểm xã hội xét duyệt, giải quyết', PAY],
    result: 'Danh sách giải quyết và tiền trợ cấp ốm đau, thai sản, dưỡng sức phục hồi sức khỏe', legal: BHXH_LAW, keywords: ['nghi om', 'sinh con', 'nghi de', 'con om', 'kham thai', 'sau sinh'],
  }),
  bhxh({
    code: '1.015504', codeUnverified: true, popularity: 200_000, name: 'Giải quyết hưởng chế độ thai sản đối với người lao động thôi việc trước thời điểm sinh con, nhận nuôi con nuôi', online: 'full', time: [6, 'working_day'],
    docs: [['Đề nghị hưởng chế độ thai sản (mẫu 01B-HSB)', 1, 0, 'Mẫu 01B-HSB'], 'Giấy khai sinh hoặc trích lục khai sinh của con (dữ liệu điện tử)', 'Sổ bảo hiểm xã hội'],
    steps: ['Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, ứng dụng VssID hoặc tại cơ quan bảo hiểm xã hội nơi cư trú', CHECK, 'Cơ quan bảo hiểm xã hội xét duyệt, giải quyết', PAY],
    conditions: ['Đóng bảo hiểm xã hội từ đủ 06 tháng trở lên trong thời gian 12 tháng trước khi sinh con hoặc nhận nuôi con nuôi'],
    result: 'Tiền trợ cấp thai sản', legal: BHXH_LAW, keywords: ['nghi viec truoc khi sinh', 'tro cap sinh con'],
  }),
  bhxh({
    code: '1.015505', codeUnverified: true, popularity: 10_000, name: 'Giải quyết hưởng chế độ tai nạn lao động, bệnh nghề nghiệp', audiences: ['citizen', 'business', 'organisation'], online: 'full', deciding: DECIDE, time: [6, 'working_day'],
    docs: ['Văn bản đề nghị của người sử dụng lao động (mẫu 05A-HSB)', 'Biên bản điều tra tai nạn lao động hoặc kết quả đo môi trường lao động có yếu tố độc hại', 'Biên bản giám định mức suy giảm khả năng lao động của Hội đồng giám định y khoa', 'Giấy ra viện sau khi điều trị'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội ra quyết định hưởng trợ cấp một lần hoặc hằng tháng', PAY],
    result: 'Quyết định hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp', legal: [['84/2015/QH13', 'Luật An toàn, vệ sinh lao động'], ...BHXH_LAW.slice(0, 1)], keywords: ['tai nan khi lam viec', 'suy giam kha nang lao dong'],
  }),
  bhxh({
    code: '1.015506', codeUnverified: true, popularity: 150_000, name: 'Giải quyết hưởng trợ cấp mai táng, chế độ tử tuất', online: 'full', deciding: DECIDE, time: [10, 'day'],
    docs: [['Tờ khai của thân nhân (mẫu số 09-HSB)', 1, 0, 'Mẫu số 09-HSB'], 'Trích lục khai tử hoặc giấy báo tử (dữ liệu điện tử)', 'Sổ bảo hiểm xã hội (đối với người đang đóng hoặc bảo lưu)'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội ra quyết định hưởng trợ cấp mai táng, tuất hằng tháng hoặc một lần', PAY],
    result: 'Quyết định hưởng trợ cấp mai táng, trợ cấp tuất', legal: BHXH_LAW, keywords: ['nguoi than mat', 'tro cap tuat', 'chi phi mai tang'],
  }),
  bhxh({
    code: '1.015507', codeUnverified: true, popularity: 20_000, name: 'Giải quyết hưởng trợ cấp hằng tháng đối với người đủ tuổi nghỉ hưu nhưng chưa đủ điều kiện hưởng lương hưu', online: 'full', deciding: DECIDE, time: [10, 'day'],
    docs: [['Đề nghị hưởng trợ cấp hằng tháng (mẫu số 14-HSB)', 1, 0, 'Mẫu số 14-HSB'], 'Sổ bảo hiểm xã hội'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội xét duyệt, ra quyết định hưởng trợ cấp hằng tháng', PAY],
    conditions: ['Đủ tuổi nghỉ hưu, chưa đủ 15 năm đóng bảo hiểm xã hội, chưa đủ tuổi hưởng trợ cấp hưu trí xã hội và không hưởng bảo hiểm xã hội một lần'],
    result: 'Quyết định hưởng trợ cấp hằng tháng', legal: BHXH_LAW, keywords: ['chua du 15 nam', 'khong du nam dong'],
  }),
  bhxh({
    code: '1.015508', codeUnverified: true, popularity: 50_000, name: 'Chuyển nơi hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng', online: 'full', time: [5, 'working_day'],
    docs: [['Đơn đề nghị chuyển nơi hưởng (mẫu số 17-HSB)', 1, 0, 'Mẫu số 17-HSB']],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội nơi đang hưởng chuyển hồ sơ đến nơi hưởng mới', 'Cơ quan bảo hiểm xã hội nơi mới tiếp nhận, tiếp tục chi trả'],
    result: 'Giấy giới thiệu chuyển nơi hưởng; tiếp tục chi trả tại nơi mới', legal: BHXH_LAW, keywords: ['chuyen tinh', 'doi noi nhan luong huu', 'chuyen nha'],
  }),
  bhxh({
    code: '1.015509', codeUnverified: true, popularity: 2_000_000, name: 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế', audiences: ['citizen', 'business', 'organisation'], online: 'full', time: [5, 'working_day', 'Cấp lại, đổi thẻ bảo hiểm y tế không quá 03 ngày làm việc'],
    docs: [['Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)', 1, 0, 'Tờ khai TK1-TS'], 'Giấy tờ chứng minh thông tin điều chỉnh (nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)', 'Sổ bảo hiểm xã hội hoặc thẻ bảo hiểm y tế đã cấp (trường hợp đổi, điều chỉnh)'],
    steps: ['Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, ứng dụng VssID hoặc tại cơ quan bảo hiểm xã hội', CHECK, 'Cơ quan bảo hiểm xã hội điều chỉnh thông tin, in sổ, thẻ', 'Trả sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (bản giấy hoặc điện tử trên VssID)'],
    result: 'Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (cấp lại, đổi, điều chỉnh)', legal: [...BHXH_LAW.slice(0, 1), ...BHYT_LAW], keywords: ['mat so', 'mat the', 'sai ngay sinh', 'gop so', 'doi noi kham benh'],
  }),
  bhxh({
    code: '1.015510', codeUnverified: true, popularity: 500_000, name: 'Đăng ký tham gia đóng bảo hiểm xã hội tự nguyện', online: 'full', time: [5, 'working_day'],
    fees: { online: [['Tiền đóng bảo hiểm xã hội tự nguyện', null, '22% mức thu nhập lựa chọn, được Nhà nước hỗ trợ một phần theo đối tượng']], in_person: [['Tiền đóng bảo hiểm xã hội tự nguyện', null, '22% mức thu nhập lựa chọn, được Nhà nước hỗ trợ một phần theo đối tượng']] },
    docs: [['Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)', 1, 0, 'Tờ khai TK1-TS']],
    steps: ['Đăng ký và nộp tiền trên Cổng Dịch vụ công, ứng dụng VssID hoặc qua đại lý thu', CHECK, 'Cơ quan bảo hiểm xã hội cấp sổ bảo hiểm xã hội'],
    result: 'Sổ bảo hiểm xã hội', legal: BHXH_TN_LAW, keywords: ['tu dong bao hiem', 'lao dong tu do', 'dong tiep'],
  }),
  bhxh({
    code: '1.015511', codeUnverified: true, popularity: 4_000_000, name: 'Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế', sector: 'bao-hiem-y-te', online: 'full', time: [5, 'working_day'],
    fees: { online: [['Tiền đóng bảo hiểm y tế hộ gia đình', null, '4,5% mức lương cơ sở đối với người thứ nhất; giảm dần từ người thứ hai']], in_person: [['Tiền đóng bảo hiểm y tế hộ gia đình', null, '4,5% mức lương cơ sở đối với người thứ nhất; giảm dần từ người thứ hai']] },
    docs: [['Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)', 1, 0, 'Tờ khai TK1-TS']],
    steps: ['Đăng ký, nộp tiền trên Cổng Dịch vụ công, ứng dụng VssID hoặc qua đại lý thu', CHECK, 'Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế (bản giấy hoặc điện tử)'],
    result: 'Thẻ bảo hiểm y tế', legal: BHYT_LAW, keywords: ['ho gia dinh', 'gia han the', 'mua bao hiem', 'hoc sinh sinh vien'],
  }),
  bhxh({
    code: '1.015512', codeUnverified: true, popularity: 2_000_000, name: 'Đăng ký, đăng ký lại, điều chỉnh đóng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp, bảo hiểm tai nạn lao động, bệnh nghề nghiệp', audiences: ['business', 'organisation'], online: 'full', time: [5, 'working_day'],
    fees: { online: [['Tiền đóng bảo hiểm', null, 'Theo tỷ lệ trên tiền lương tháng đóng bảo hiểm']] },
    docs: [['Tờ khai đơn vị tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK3-TS)', 1, 0, 'Mẫu TK3-TS'], ['Danh sách lao động tham gia bảo hiểm xã hội, bảo hiểm y tế (mẫu D02-LT)', 1, 0, 'Mẫu D02-LT']],
    steps: ['Đơn vị nộp hồ sơ điện tử qua Cổng Dịch vụ công hoặc tổ chức I-VAN', CHECK, 'Cơ quan bảo hiểm xã hội cập nhật, cấp sổ bảo hiểm xã hội và thẻ bảo hiểm y tế', 'Thông báo kết quả đóng cho đơn vị'],
    result: 'Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế của người lao động; thông báo kết quả đóng', legal: BHXH_LAW, keywords: ['bao tang', 'bao giam', 'nguoi lao dong moi', 'dong bao hiem cho nhan vien'],
  }),
  bhxh({
    code: '1.015513', codeUnverified: true, popularity: 300_000, name: 'Thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế', sector: 'bao-hiem-y-te', online: 'full', time: [40, 'day'],
    docs: [['Đề nghị thanh toán trực tiếp chi phí khám bệnh, chữa bệnh (mẫu số 09/BHYT)', 1, 0, 'Mẫu số 09/BHYT'], 'Hóa đơn, chứng từ thu tiền khám bệnh, chữa bệnh', 'Giấy ra viện, phiếu khám bệnh hoặc sổ khám bệnh'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội giám định, xác định số tiền được thanh toán', PAY],
    conditions: ['Khám bệnh, chữa bệnh tại cơ sở không ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế, hoặc chưa được cơ sở thanh toán theo quyền lợi'],
    result: 'Tiền thanh toán chi phí khám bệnh, chữa bệnh', legal: BHYT_LAW, keywords: ['hoan tien vien phi', 'kham trai tuyen', 'chi phi nam vien'],
  }),
];
