/** Exit and entry (xuất nhập cảnh): passports beyond the first catalogue, foreigners' residence and visas. */
import { CHECK, CONG_AN_XA, RECEIVE, RETURN, XNC_TINH, procedure, type SeedProcedure } from './spec.js';

const HC_LAW: [string, string][] = [
  ['49/2019/QH14', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam'],
  ['31/2023/TT-BCA', 'Thông tư quy định về mẫu hộ chiếu, giấy thông hành và các biểu mẫu liên quan'],
  ['25/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam'],
];
const NNN_LAW: [string, string][] = [
  ['47/2014/QH13', 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam'],
  ['23/2023/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam'],
  ['25/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam'],
];
const TK05: [string, number, number, string] = ['Đơn trình báo mất hộ chiếu phổ thông (mẫu TK05)', 1, 0, 'Mẫu TK05'];
const LOST_STEPS = [RECEIVE, CHECK, 'Hủy giá trị sử dụng hộ chiếu bị mất trong Cơ sở dữ liệu quốc gia về xuất nhập cảnh', 'Gửi thông báo về việc giải quyết đơn trình báo mất hộ chiếu'];
const LOST_CONDITION = 'Nộp đơn trong thời hạn 02 ngày làm việc kể từ ngày phát hiện hộ chiếu bị mất (trừ trường hợp bất khả kháng)';
const FREE = { online: [['Lệ phí', 0, 'Không thu lệ phí']] as [string, number, string][], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] as [string, number, string][] };

export const xuatNhapCanh: SeedProcedure[] = [
  procedure({
    code: '1.001471', popularity: 300_000, name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)', sector: 'xuat-nhap-canh', level: 'central', online: 'full', agency: 'Bộ Công an',
    fees: {
      online: [['Lệ phí cấp hộ chiếu', 200_000, 'Cấp mới'], ['Lệ phí cấp lại hộ chiếu do bị mất hoặc hư hỏng', 400_000]],
      in_person: [['Lệ phí cấp hộ chiếu', 200_000, 'Cấp mới'], ['Lệ phí cấp lại hộ chiếu do bị mất hoặc hư hỏng', 400_000]],
    },
    time: [8, 'working_day'],
    docs: [['Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01)', 1, 0, 'Tờ khai TK01'], '02 ảnh chân dung cỡ 4cm x 6cm', ['Bản sao giấy khai sinh hoặc trích lục khai sinh (đối với người chưa đủ 14 tuổi)', 0, 1], 'Hộ chiếu cũ (trường hợp còn giá trị sử dụng hoặc bị hư hỏng)'],
    steps: ['Nộp hồ sơ tại Cục Quản lý xuất nhập cảnh - Bộ Công an hoặc trực tuyến', CHECK, 'Thu nhận ảnh, vân tay (đối với người từ đủ 14 tuổi)', 'Xét duyệt, in hộ chiếu', RETURN],
    result: 'Hộ chiếu phổ thông', legal: HC_LAW, keywords: ['passport', 'tre em', 'cho con', 'lam lai ho chieu', 'het han ho chieu'],
  }),
  procedure({
    code: '1.001445', popularity: 30_000, name: 'Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp tỉnh)', sector: 'xuat-nhap-canh', level: 'province', online: 'full', agency: XNC_TINH,
    fees: FREE, time: [1, 'working_day'], docs: [TK05], steps: LOST_STEPS, conditions: [LOST_CONDITION],
    result: 'Thông báo về việc giải quyết đơn trình báo mất hộ chiếu', legal: HC_LAW, keywords: ['mat passport', 'mat giay to'],
  }),
  procedure({
    code: '2.000539', popularity: 10_000, name: 'Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp trung ương)', sector: 'xuat-nhap-canh', level: 'central', online: 'full', agency: 'Bộ Công an',
    fees: FREE, time: [1, 'working_day'], docs: [TK05], steps: LOST_STEPS, conditions: [LOST_CONDITION],
    result: 'Thông báo về việc giải quyết đơn trình báo mất hộ chiếu', legal: HC_LAW, keywords: ['mat passport', 'mat giay to'],
  }),
  procedure({
    code: '1.010386', popularity: 20_000, name: 'Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp xã)', sector: 'xuat-nhap-canh', level: 'commune', online: 'partial', agency: CONG_AN_XA,
    fees: FREE, time: [1, 'working_day'], docs: [TK05], steps: ['Nộp đơn tại Công an cấp xã nơi gần nhất', CHECK, 'Chuyển đơn đến cơ quan quản lý xuất nhập cảnh để hủy giá trị sử dụng hộ chiếu', 'Cấp giấy xác nhận đã tiếp nhận đơn trình báo'], conditions: [LOST_CONDITION],
    result: 'Giấy xác nhận về việc trình báo mất hộ chiếu', legal: HC_LAW, keywords: ['mat passport', 'mat giay to'],
  }),
  procedure({
    code: '1.010384', popularity: 3_000, name: 'Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp tỉnh)', sector: 'xuat-nhap-canh', level: 'province', online: 'full', agency: XNC_TINH,
    fees: { online: [['Lệ phí khôi phục giá trị sử dụng hộ chiếu', 100_000]], in_person: [['Lệ phí khôi phục giá trị sử dụng hộ chiếu', 100_000]] }, time: [5, 'working_day'],
    docs: [['Tờ khai đề nghị khôi phục giá trị sử dụng hộ chiếu phổ thông (mẫu TK04)', 1, 0, 'Mẫu TK04'], 'Hộ chiếu phổ thông còn nguyên vẹn và có thị thực do nước ngoài cấp còn thời hạn'],
    steps: [RECEIVE, CHECK, 'Kiểm tra, đối chiếu thông tin trong tờ khai với hộ chiếu', 'Khôi phục giá trị sử dụng hộ chiếu', RETURN],
    conditions: ['Hộ chiếu đã bị hủy giá trị do bị mất ở trong nước, sau khi tìm lại được còn nguyên vẹn và có thị thực nước ngoài còn thời hạn'],
    result: 'Hộ chiếu được khôi phục giá trị sử dụng', legal: HC_LAW, keywords: ['tim lai ho chieu', 'con visa'],
  }),
  procedure({
    code: '1.015451', codeUnverified: true, popularity: 100_000, name: 'Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam', sector: 'xuat-nhap-canh', level: 'province', audiences: ['business', 'organisation', 'citizen'], online: 'full', agency: XNC_TINH,
    fees: { online: [['Lệ phí cấp thẻ tạm trú', null, 'Từ 145 đến 155 USD tùy thời hạn của thẻ']], in_person: [['Lệ phí cấp thẻ tạm trú', null, 'Từ 145 đến 155 USD tùy thời hạn của thẻ']] }, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị của cơ quan, tổ chức, cá nhân bảo lãnh (mẫu NA6, NA8)', 1, 0, 'Mẫu NA6'], ['Tờ khai đề nghị cấp thẻ tạm trú (mẫu NA8)', 1, 0], 'Hộ chiếu của người nước ngoài', 'Giấy tờ chứng minh thuộc diện cấp thẻ tạm trú (giấy phép lao động, giấy chứng nhận đầu tư…)'],
    steps: [RECEIVE, CHECK, 'Xét duyệt, in thẻ tạm trú', RETURN],
    result: 'Thẻ tạm trú', legal: NNN_LAW, keywords: ['the cu tru', 'visa dai han'],
  }),
  procedure({
    code: '1.015452', codeUnverified: true, popularity: 200_000, name: 'Cấp chứng nhận tạm trú, gia hạn tạm trú cho người nước ngoài tại Việt Nam', sector: 'xuat-nhap-canh', level: 'province', audiences: ['business', 'organisation', 'citizen'], online: 'full', agency: XNC_TINH,
    fees: { online: [['Lệ phí gia hạn tạm trú', null, '10 USD/lần']], in_person: [['Lệ phí gia hạn tạm trú', null, '10 USD/lần']] }, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị gia hạn tạm trú (mẫu NA5)', 1, 0, 'Mẫu NA5'], 'Hộ chiếu của người nước ngoài'],
    steps: [RECEIVE, CHECK, 'Xét duyệt gia hạn tạm trú, cấp thị thực mới (nếu có)', RETURN],
    result: 'Chứng nhận tạm trú được gia hạn', legal: NNN_LAW, keywords: ['gia han visa'],
  }),
  procedure({
    code: '1.015453', codeUnverified: true, popularity: 3_000_000, name: 'Cấp thị thực điện tử cho người nước ngoài theo đề nghị của người nước ngoài', sector: 'xuat-nhap-canh', level: 'central', online: 'full', agency: 'Bộ Công an',
    fees: { online: [['Lệ phí cấp thị thực điện tử', null, '25 USD thị thực một lần; 50 USD thị thực nhiều lần']] }, time: [3, 'working_day'],
    docs: ['Tờ khai đề nghị cấp thị thực điện tử trên Trang thông tin cấp thị thực điện tử', 'Ảnh chân dung và ảnh trang nhân thân hộ chiếu'],
    steps: ['Khai tờ khai, tải ảnh và nộp lệ phí trực tuyến', 'Cục Quản lý xuất nhập cảnh xem xét, giải quyết', 'Người đề nghị tra cứu và in thị thực điện tử'],
    result: 'Thị thực điện tử (e-visa)', legal: NNN_LAW, identityLevel: 1, keywords: ['e visa', 'visa', 'du khach nuoc ngoai'],
  }),
];
