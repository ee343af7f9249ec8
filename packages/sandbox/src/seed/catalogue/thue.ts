/** Tax (thuế): registration, personal income tax finalisation, registration fees (lệ phí trước bạ). */
import { THUE, procedure, type SeedProcedure, type Spec } from './spec.js';

const QLT: [string, string][] = [
  ['38/2019/QH14', 'Luật Quản lý thuế'],
  ['126/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế'],
  ['80/2021/TT-BTC', 'Thông tư hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP'],
];
const DKT: [string, string] = ['86/2024/TT-BTC', 'Thông tư quy định về đăng ký thuế'];
const TNCN: [string, string] = ['04/2007/QH12', 'Luật Thuế thu nhập cá nhân'];
const LPTB: [string, string] = ['10/2022/NĐ-CP', 'Nghị định quy định về lệ phí trước bạ'];
const NO_FEE: Spec['fees'] = { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] };
const SUBMIT = 'Nộp hồ sơ khai thuế điện tử qua Cổng Dịch vụ công, Cổng thông tin điện tử của ngành thuế (eTax), ứng dụng eTax Mobile hoặc tại cơ quan thuế';
const ACCEPT = 'Cơ quan thuế gửi thông báo tiếp nhận và thông báo chấp nhận hồ sơ khai thuế điện tử';
const thue = (s: Omit<Spec, 'sector' | 'level' | 'agency'> & Partial<Spec>) => procedure({ sector: 'thue', level: 'central', agency: THUE, ...s });

export const thueProcedures: SeedProcedure[] = [
  thue({
    code: '1.015701', codeUnverified: true, popularity: 500_000, name: 'Đăng ký thuế lần đầu đối với người nộp thuế là hộ gia đình, cá nhân', online: 'full', fees: NO_FEE, time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký thuế (mẫu số 05-ĐK-TCT)', 1, 0, 'Mẫu số 05-ĐK-TCT'], 'Bản sao giấy tờ tùy thân (đối với cá nhân chưa có số định danh cá nhân)'],
    steps: [SUBMIT, 'Cơ quan thuế đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư', 'Cấp mã số thuế (số định danh cá nhân được sử dụng làm mã số thuế)'],
    result: 'Thông báo mã số thuế', legal: [...QLT, DKT], keywords: ['ma so thue ca nhan', 'lay ma so thue', 'nguoi phu thuoc'],
  }),
  thue({
    code: '1.015702', codeUnverified: true, popularity: 600_000, name: 'Thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân', online: 'full', fees: NO_FEE, time: [3, 'working_day'],
    docs: [['Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế (mẫu số 08-MST)', 1, 0, 'Mẫu số 08-MST']],
    steps: [SUBMIT, 'Cơ quan thuế cập nhật thông tin thay đổi vào hệ thống đăng ký thuế', 'Thông báo kết quả cho người nộp thuế'],
    result: 'Thông tin đăng ký thuế được cập nhật', legal: [...QLT, DKT], keywords: ['cap nhat can cuoc', 'doi dia chi', 'ma so thue', 'gop ma so thue'],
  }),
  thue({
    code: '1.015703', codeUnverified: true, popularity: 100_000, name: 'Chấm dứt hiệu lực mã số thuế', audiences: ['citizen', 'business', 'organisation'], online: 'full', fees: NO_FEE, time: [10, 'working_day', 'Sau khi người nộp thuế hoàn thành nghĩa vụ thuế'],
    docs: [['Văn bản đề nghị chấm dứt hiệu lực mã số thuế (mẫu số 24/ĐK-TCT)', 1, 0, 'Mẫu số 24/ĐK-TCT']],
    steps: [SUBMIT, 'Cơ quan thuế kiểm tra việc hoàn thành nghĩa vụ thuế, hóa đơn', 'Thông báo về việc người nộp thuế chấm dứt hiệu lực mã số thuế'],
    result: 'Thông báo chấm dứt hiệu lực mã số thuế', legal: [...QLT, DKT], keywords: ['dong ma so thue', 'ngung kinh doanh'],
  }),
  thue({
    code: '1.015704', codeUnverified: true, popularity: 1_500_000, name: 'Khai quyết toán thuế thu nhập cá nhân đối với cá nhân cư trú có thu nhập từ tiền lương, tiền công trực tiếp quyết toán với cơ quan thuế', online: 'full', fees: NO_FEE,
    time: [1, 'working_day', 'Thông báo chấp nhận hồ sơ điện tử trong ngày làm việc'],
    docs: [['Tờ khai quyết toán thuế thu nhập cá nhân (mẫu số 02/QTT-TNCN)', 1, 0, 'Mẫu số 02/QTT-TNCN'], ['Phụ lục giảm trừ gia cảnh cho người phụ thuộc (mẫu số 02-1/BK-QTT-TNCN)', 1, 0], 'Chứng từ khấu trừ thuế thu nhập cá nhân (nếu có)'],
    steps: [SUBMIT, ACCEPT, 'Người nộp thuế nộp số thuế còn phải nộp hoặc đề nghị hoàn số thuế nộp thừa'],
    conditions: ['Hạn nộp chậm nhất là ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch'],
    result: 'Thông báo chấp nhận hồ sơ quyết toán thuế', legal: [...QLT, TNCN], keywords: ['hoan thue', 'nop bu thue', 'thue luong'],
  }),
  thue({
    code: '1.015705', codeUnverified: true, popularity: 800_000, name: 'Khai quyết toán thuế thu nhập cá nhân đối với tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công', audiences: ['business', 'organisation'], online: 'full', fees: NO_FEE,
    time: [1, 'working_day', 'Thông báo chấp nhận hồ sơ điện tử trong ngày làm việc'],
    docs: [['Tờ khai quyết toán thuế thu nhập cá nhân (mẫu số 05/QTT-TNCN)', 1, 0, 'Mẫu số 05/QTT-TNCN'], ['Bảng kê chi tiết cá nhân thuộc diện tính thuế theo biểu lũy tiến từng phần (mẫu số 05-1/BK-QTT-TNCN)', 1, 0]],
    steps: [SUBMIT, ACCEPT],
    result: 'Thông báo chấp nhận hồ sơ quyết toán thuế', legal: [...QLT, TNCN], keywords: ['uy quyen quyet toan', 'doanh nghiep tra luong'],
  }),
  thue({
    code: '1.015706', codeUnverified: true, popularity: 600_000, name: 'Hoàn thuế thu nhập cá nhân đối với cá nhân trực tiếp quyết toán thuế với cơ quan thuế', online: 'full', fees: NO_FEE,
    time: [6, 'working_day', 'Đối với hồ sơ hoàn thuế trước, kiểm tra sau'],
    docs: [['Tờ khai quyết toán thuế thu nhập cá nhân có chỉ tiêu đề nghị hoàn (mẫu số 02/QTT-TNCN)', 1, 0, 'Mẫu số 02/QTT-TNCN'], 'Thông tin tài khoản ngân hàng nhận tiền hoàn'],
    steps: [SUBMIT, 'Cơ quan thuế phân loại hồ sơ hoàn thuế, kiểm tra số thuế nộp thừa', 'Ra quyết định hoàn thuế và chuyển tiền vào tài khoản của người nộp thuế'],
    result: 'Quyết định hoàn thuế và tiền hoàn thuế', legal: [...QLT, TNCN], keywords: ['hoan tien thue', 'nop thua', 'tra lai thue'],
  }),
  thue({
    code: '1.015707', codeUnverified: true, popularity: 1_000_000, name: 'Khai lệ phí trước bạ nhà, đất', audiences: ['citizen', 'business', 'organisation'], online: 'full',
    fees: { online: [['Lệ phí trước bạ', null, '0,5% giá tính lệ phí trước bạ (trừ trường hợp được miễn)']], in_person: [['Lệ phí trước bạ', null, '0,5% giá tính lệ phí trước bạ (trừ trường hợp được miễn)']] },
    time: [5, 'working_day', 'Cơ quan thuế ban hành thông báo nộp lệ phí trước bạ'],
    docs: [['Tờ khai lệ phí trước bạ (mẫu số 01/LPTB)', 1, 0, 'Mẫu số 01/LPTB'], 'Giấy tờ chứng minh tài sản thuộc diện miễn lệ phí trước bạ (nếu có)'],
    steps: ['Nộp tờ khai cùng hồ sơ đăng ký biến động đất đai tại Văn phòng đăng ký đất đai hoặc trực tuyến', 'Cơ quan thuế xác định số lệ phí phải nộp, gửi thông báo', 'Người nộp thuế nộp lệ phí trước bạ (trực tuyến hoặc tại ngân hàng)'],
    result: 'Thông báo nộp lệ phí trước bạ và chứng từ nộp', legal: [...QLT, LPTB], keywords: ['sang ten dat', 'mua nha'],
  }),
  thue({
    code: '1.015708', codeUnverified: true, popularity: 3_000_000, name: 'Khai lệ phí trước bạ đối với phương tiện (ô tô, xe máy, tàu thuyền)', audiences: ['citizen', 'business', 'organisation'], online: 'full',
    fees: { online: [['Lệ phí trước bạ', null, 'Theo tỷ lệ trên giá tính lệ phí trước bạ: ô tô con từ 10% đến 12% lần đầu; xe máy 2% (5% tại thành phố, thị xã)']], in_person: [['Lệ phí trước bạ', null, 'Theo tỷ lệ trên giá tính lệ phí trước bạ: ô tô con từ 10% đến 12% lần đầu; xe máy 2% (5% tại thành phố, thị xã)']] },
    time: [1, 'working_day', 'Cơ quan thuế ban hành thông báo nộp lệ phí trước bạ ngay trong ngày'],
    docs: [['Tờ khai lệ phí trước bạ (mẫu số 02/LPTB)', 1, 0, 'Mẫu số 02/LPTB'], 'Hóa đơn hoặc giấy tờ chứng minh nguồn gốc, chuyển nhượng phương tiện'],
    steps: [SUBMIT, 'Cơ quan thuế xác định số lệ phí phải nộp, gửi thông báo và mã hồ sơ', 'Nộp lệ phí trực tuyến; dữ liệu được chia sẻ cho cơ quan đăng ký xe'],
    result: 'Thông báo nộp lệ phí trước bạ và chứng từ nộp (điện tử)', legal: [...QLT, LPTB], keywords: ['truoc ba xe', 'mua xe', 'dang ky xe moi'],
  }),
  thue({
    code: '1.015709', codeUnverified: true, popularity: 800_000, name: 'Khai thuế thu nhập cá nhân đối với cá nhân có thu nhập từ chuyển nhượng bất động sản, nhận thừa kế, quà tặng là bất động sản', online: 'full',
    fees: { online: [['Thuế thu nhập cá nhân', null, '2% giá chuyển nhượng; 10% giá trị thừa kế, quà tặng vượt 10 triệu đồng (trừ trường hợp miễn)']], in_person: [['Thuế thu nhập cá nhân', null, '2% giá chuyển nhượng; 10% giá trị thừa kế, quà tặng vượt 10 triệu đồng (trừ trường hợp miễn)']] },
    time: [5, 'working_day'],
    docs: [['Tờ khai thuế thu nhập cá nhân (mẫu số 03/BĐS-TNCN)', 1, 0, 'Mẫu số 03/BĐS-TNCN'], 'Hợp đồng chuyển nhượng, văn bản thừa kế, tặng cho đã công chứng hoặc chứng thực', 'Giấy tờ chứng minh thuộc diện miễn thuế (nếu có)'],
    steps: ['Nộp tờ khai cùng hồ sơ đăng ký biến động đất đai hoặc trực tuyến', 'Cơ quan thuế xác định số thuế phải nộp, gửi thông báo', 'Người nộp thuế nộp thuế theo thông báo'],
    result: 'Thông báo nộp thuế thu nhập cá nhân', legal: [...QLT, TNCN], keywords: ['ban dat', 'ban nha', 'sang ten', 'mien thue cha me con'],
  }),
  thue({
    code: '1.015710', codeUnverified: true, popularity: 1_000_000, name: 'Khai thuế đối với hộ kinh doanh, cá nhân kinh doanh nộp thuế theo phương pháp kê khai', audiences: ['citizen', 'business'], online: 'full', fees: NO_FEE,
    time: [1, 'working_day', 'Thông báo chấp nhận hồ sơ điện tử trong ngày làm việc'],
    docs: [['Tờ khai thuế đối với hộ kinh doanh, cá nhân kinh doanh (mẫu số 01/CNKD)', 1, 0, 'Mẫu số 01/CNKD'], ['Phụ lục bảng kê hoạt động kinh doanh trong kỳ (mẫu số 01-2/BK-HĐKD)', 1, 0]],
    steps: [SUBMIT, ACCEPT, 'Hộ kinh doanh nộp thuế giá trị gia tăng, thuế thu nhập cá nhân theo số đã khai'],
    result: 'Thông báo chấp nhận hồ sơ khai thuế', legal: [...QLT, ['40/2021/TT-BTC', 'Thông tư hướng dẫn thuế giá trị gia tăng, thuế thu nhập cá nhân và quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh']],
    keywords: ['thue khoan', 'ban hang online', 'kinh doanh nho', 'doanh thu'],
  }),
  thue({
    code: '1.015711', codeUnverified: true, popularity: 200_000, name: 'Đăng ký sử dụng hóa đơn điện tử', audiences: ['business', 'organisation', 'citizen'], online: 'full', fees: NO_FEE, time: [1, 'working_day'],
    docs: [['Tờ khai đăng ký/thay đổi thông tin sử dụng hóa đơn điện tử (mẫu số 01/ĐKTĐ-HĐĐT)', 1, 0, 'Mẫu số 01/ĐKTĐ-HĐĐT']],
    steps: ['Gửi tờ khai qua tổ chức cung cấp dịch vụ hóa đơn điện tử hoặc Cổng thông tin điện tử của ngành thuế', 'Cơ quan thuế gửi thông báo chấp nhận hoặc không chấp nhận đăng ký'],
    result: 'Thông báo chấp nhận đăng ký sử dụng hóa đơn điện tử', legal: [...QLT, ['123/2020/NĐ-CP', 'Nghị định quy định về hóa đơn, chứng từ']],
    keywords: ['xuat hoa don', 'may tinh tien', 'hoa don tu may tinh tien'],
  }),
];
