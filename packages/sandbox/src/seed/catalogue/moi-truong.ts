/** Environment, water resources, veterinary and fisheries (Nông nghiệp và Môi trường). */
import { BY_PROVINCE, CHECK, CHU_TICH_XA, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO = 'Sở Nông nghiệp và Môi trường';
const fee = (name: string, amount: number | null, note?: string): Spec['fees'] => ({ online: [[name, amount, note]], in_person: [[name, amount, note]] });
const BVMT_LAW: [string, string][] = [
  ['72/2020/QH14', 'Luật Bảo vệ môi trường'],
  ['08/2022/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường'],
];
const NUOC_LAW: [string, string][] = [
  ['28/2023/QH15', 'Luật Tài nguyên nước'],
  ['54/2024/NĐ-CP', 'Nghị định quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước'],
];

export const moiTruong: SeedProcedure[] = [
  procedure({
    code: '1.016151', codeUnverified: true, popularity: 10_000, name: 'Cấp giấy phép môi trường', sector: 'moi-truong', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: SO,
    fees: fee('Phí thẩm định cấp giấy phép môi trường', null, BY_PROVINCE), time: [30, 'day', 'Không quá 20 ngày đối với trường hợp không phải vận hành thử nghiệm công trình xử lý chất thải'],
    docs: [['Văn bản đề nghị cấp giấy phép môi trường', 1, 0, 'Văn bản đề nghị'], 'Báo cáo đề xuất cấp giấy phép môi trường', 'Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương'],
    steps: [RECEIVE, CHECK, 'Hội đồng thẩm định hoặc đoàn kiểm tra thực tế tại cơ sở', 'Cơ quan có thẩm quyền cấp giấy phép môi trường', RETURN],
    result: 'Giấy phép môi trường', legal: BVMT_LAW, keywords: ['xa thai', 'xu ly nuoc thai', 'nha may', 'du an dau tu'],
  }),
  procedure({
    code: '1.016152', codeUnverified: true, popularity: 50_000, name: 'Đăng ký môi trường', sector: 'moi-truong', level: 'commune', audiences: ['business', 'citizen', 'organisation'], online: 'full', agency: UBND_XA,
    fees: fee('Lệ phí', 0, 'Không thu lệ phí'), time: [5, 'working_day'],
    docs: [['Văn bản đăng ký môi trường (Mẫu số 47 Phụ lục II Nghị định 08/2022/NĐ-CP)', 1, 0, 'Mẫu số 47']],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã tiếp nhận, cập nhật dữ liệu đăng ký môi trường', RETURN],
    conditions: ['Dự án, cơ sở có phát sinh chất thải không thuộc đối tượng phải có giấy phép môi trường'],
    result: 'Văn bản tiếp nhận đăng ký môi trường', legal: BVMT_LAW, keywords: ['xa thai', 'co so san xuat nho', 'trang trai'],
  }),
  procedure({
    code: '1.016153', codeUnverified: true, popularity: 3_000, name: 'Thẩm định báo cáo đánh giá tác động môi trường', sector: 'moi-truong', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: SO, coordinating: ['Ủy ban nhân dân cấp tỉnh'],
    fees: fee('Phí thẩm định báo cáo đánh giá tác động môi trường', null, BY_PROVINCE), time: [45, 'day', 'Dự án nhóm I; dự án khác không quá 30 ngày'],
    docs: [['Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường', 1, 0, 'Văn bản đề nghị'], 'Báo cáo đánh giá tác động môi trường', 'Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án'],
    steps: [RECEIVE, CHECK, 'Hội đồng thẩm định họp, khảo sát thực tế', 'Ủy ban nhân dân cấp tỉnh phê duyệt kết quả thẩm định', RETURN],
    result: 'Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường', legal: BVMT_LAW, keywords: ['du an dau tu', 'bao cao moi truong'],
  }),
  procedure({
    code: '1.016154', codeUnverified: true, popularity: 5_000, name: 'Cấp giấy phép khai thác, sử dụng nước dưới đất', sector: 'tai-nguyen-nuoc', level: 'province', audiences: ['business', 'organisation', 'citizen'], online: 'full', agency: SO,
    fees: fee('Phí thẩm định hồ sơ cấp giấy phép khai thác nước dưới đất', null, BY_PROVINCE), time: [30, 'day'],
    docs: [['Đơn đề nghị cấp giấy phép khai thác, sử dụng nước dưới đất', 1, 0, 'Đơn đề nghị'], 'Báo cáo kết quả thăm dò hoặc báo cáo hiện trạng khai thác nước dưới đất', 'Kết quả phân tích chất lượng nguồn nước'],
    steps: [RECEIVE, CHECK, 'Kiểm tra thực tế hiện trường, lập hội đồng thẩm định (nếu cần)', 'Cấp giấy phép', RETURN],
    result: 'Giấy phép khai thác, sử dụng nước dưới đất', legal: NUOC_LAW, keywords: ['gieng khoan', 'khoan gieng', 'nuoc ngam'],
  }),
  procedure({
    code: '1.016155', codeUnverified: true, popularity: 20_000, name: 'Kê khai, đăng ký khai thác nước dưới đất', sector: 'tai-nguyen-nuoc', level: 'commune', online: 'full', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: fee('Lệ phí', 0, 'Không thu lệ phí'), time: [10, 'working_day'],
    docs: [['Tờ khai đăng ký khai thác nước dưới đất', 1, 0, 'Tờ khai đăng ký']],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã xác nhận đăng ký khai thác nước dưới đất', RETURN],
    result: 'Tờ khai đăng ký khai thác nước dưới đất được xác nhận', legal: NUOC_LAW, keywords: ['gieng khoan', 'nuoc ngam', 'khoan gieng gia dinh'],
  }),
  procedure({
    code: '1.016156', codeUnverified: true, popularity: 300_000, name: 'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', sector: 'thu-y', level: 'province', audiences: ['citizen', 'business'], online: 'full', agency: SO,
    fees: fee('Phí, lệ phí kiểm dịch động vật, sản phẩm động vật', null, 'Theo quy định của Bộ Tài chính về phí trong lĩnh vực thú y'), time: [1, 'working_day', 'Không quá 01 ngày làm việc đối với động vật từ cơ sở an toàn dịch bệnh; các trường hợp khác không quá 03 ngày làm việc'],
    docs: [['Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 1, 0, 'Giấy đăng ký kiểm dịch'], 'Bản sao giấy chứng nhận cơ sở an toàn dịch bệnh hoặc kết quả xét nghiệm (nếu có)'],
    steps: [RECEIVE, 'Cơ quan thú y kiểm tra lâm sàng, lấy mẫu xét nghiệm (nếu cần)', 'Cấp Giấy chứng nhận kiểm dịch', RETURN],
    result: 'Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', legal: [['79/2015/QH13', 'Luật Thú y']], keywords: ['van chuyen lon', 'van chuyen gia cam', 'cho thit ra tinh ngoai'],
  }),
  procedure({
    code: '1.016157', codeUnverified: true, popularity: 30_000, name: 'Cấp, cấp lại Giấy phép khai thác thủy sản', sector: 'thuy-san', level: 'province', audiences: ['citizen', 'business'], online: 'full', agency: SO,
    fees: fee('Lệ phí cấp giấy phép khai thác thủy sản', null, 'Theo quy định của Bộ Tài chính'), time: [3, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy phép khai thác thủy sản (Mẫu số 04.KT) hoặc cấp lại (Mẫu số 05.KT)', 1, 0, 'Mẫu số 04.KT'], 'Bản sao Giấy chứng nhận an toàn kỹ thuật tàu cá (đối với tàu từ 12 mét trở lên)', 'Bản sao văn bằng, chứng chỉ thuyền trưởng, máy trưởng'],
    steps: [RECEIVE, CHECK, 'Sở Nông nghiệp và Môi trường kiểm tra hạn ngạch, cấp giấy phép', RETURN],
    result: 'Giấy phép khai thác thủy sản', legal: [['18/2017/QH14', 'Luật Thủy sản'], ['26/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản']], keywords: ['tau ca', 'danh bat ca', 'ngu dan', 'ra khoi'],
  }),
];
