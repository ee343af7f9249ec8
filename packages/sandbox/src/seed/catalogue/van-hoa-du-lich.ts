/** Culture, tourism and digital content (văn hóa, du lịch, thông tin điện tử). */
import { CHECK, CHU_TICH_XA, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_VH = 'Sở Văn hóa, Thể thao và Du lịch';
const fee = (name: string, amount: number | null, note?: string): Spec['fees'] => ({ online: [[name, amount, note]], in_person: [[name, amount, note]] });
const DL_LAW: [string, string][] = [
  ['09/2017/QH14', 'Luật Du lịch'],
  ['168/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Du lịch'],
];

export const vanHoaDuLich: SeedProcedure[] = [
  procedure({
    code: '1.013792', popularity: 5_000, name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', sector: 'thong-tin-dien-tu', level: 'commune', audiences: ['business', 'citizen'], online: 'full', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: fee('Phí thẩm định cấp giấy chứng nhận', null, 'Theo quy định của Bộ Tài chính'), time: [10, 'working_day'],
    docs: [['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng (Mẫu số 51a)', 1, 0, 'Mẫu số 51a'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh'],
    steps: [RECEIVE, CHECK, 'Kiểm tra thực tế điểm cung cấp dịch vụ', 'Chủ tịch Ủy ban nhân dân cấp xã cấp giấy chứng nhận', RETURN],
    conditions: ['Điểm cung cấp dịch vụ cách cổng trường tiểu học, trung học cơ sở, trung học phổ thông từ 200 mét trở lên'],
    result: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', legal: [['147/2024/NĐ-CP', 'Nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng']],
    keywords: ['quan net', 'phong game', 'internet cong cong'],
  }),
  procedure({
    code: '1.016201', codeUnverified: true, popularity: 10_000, name: 'Cấp thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa', sector: 'du-lich', level: 'province', online: 'full', agency: SO_VH,
    fees: fee('Phí thẩm định cấp thẻ hướng dẫn viên du lịch', 650_000), time: [10, 'day'],
    docs: [['Đơn đề nghị cấp thẻ hướng dẫn viên du lịch', 1, 0, 'Đơn đề nghị'], 'Sơ yếu lý lịch có xác nhận', ['Bản sao văn bằng, chứng chỉ nghiệp vụ hướng dẫn du lịch; chứng chỉ ngoại ngữ (đối với thẻ quốc tế)', 0, 1], 'Giấy chứng nhận sức khỏe và 02 ảnh chân dung 3cm x 4cm'],
    steps: [RECEIVE, CHECK, 'Sở Văn hóa, Thể thao và Du lịch thẩm định, cấp thẻ', RETURN],
    result: 'Thẻ hướng dẫn viên du lịch', legal: DL_LAW, keywords: ['dan tour', 'tour guide'],
  }),
  procedure({
    code: '1.016202', codeUnverified: true, popularity: 2_000, name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa', sector: 'du-lich', level: 'province', audiences: ['business'], online: 'full', agency: SO_VH,
    fees: fee('Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', 3_000_000), time: [10, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa', 1, 0, 'Đơn đề nghị'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 'Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa', 'Bản sao văn bằng, chứng chỉ chuyên ngành lữ hành của người phụ trách kinh doanh'],
    steps: [RECEIVE, CHECK, 'Sở Văn hóa, Thể thao và Du lịch thẩm định, cấp giấy phép', RETURN],
    result: 'Giấy phép kinh doanh dịch vụ lữ hành nội địa', legal: DL_LAW, keywords: ['cong ty du lich', 'to chuc tour'],
  }),
  procedure({
    code: '1.016203', codeUnverified: true, popularity: 1_000, name: 'Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch', sector: 'du-lich', level: 'province', audiences: ['business'], online: 'full', agency: SO_VH,
    fees: fee('Phí thẩm định công nhận hạng cơ sở lưu trú du lịch', null, 'Theo quy định của Bộ Tài chính'), time: [30, 'day'],
    docs: [['Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch', 1, 0, 'Đơn đề nghị'], 'Bản tự đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia', 'Danh sách người quản lý, nhân viên và văn bằng nghiệp vụ'],
    steps: [RECEIVE, CHECK, 'Đoàn thẩm định kiểm tra thực tế tại cơ sở', 'Quyết định công nhận hạng', RETURN],
    result: 'Quyết định công nhận hạng và biển hiệu cơ sở lưu trú du lịch', legal: DL_LAW, keywords: ['xep hang khach san', 'khach san 3 sao', 'homestay'],
  }),
  procedure({
    code: '1.016204', codeUnverified: true, popularity: 10_000, name: 'Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật', sector: 'nghe-thuat-bieu-dien', level: 'province', audiences: ['business', 'organisation', 'citizen'], online: 'full', agency: SO_VH,
    fees: fee('Lệ phí', 0, 'Không thu lệ phí'), time: [5, 'working_day'],
    docs: [['Văn bản thông báo tổ chức biểu diễn nghệ thuật (Mẫu số 02)', 1, 0, 'Mẫu số 02']],
    steps: ['Gửi thông báo trực tuyến, qua bưu chính hoặc trực tiếp ít nhất 05 ngày làm việc trước ngày tổ chức', 'Sở Văn hóa, Thể thao và Du lịch tiếp nhận; trả lời bằng văn bản nếu không đồng ý'],
    result: 'Thông báo được tiếp nhận', legal: [['144/2020/NĐ-CP', 'Nghị định quy định về hoạt động nghệ thuật biểu diễn']], keywords: ['ca nhac', 'show dien', 'concert', 'su kien van nghe'],
  }),
];
