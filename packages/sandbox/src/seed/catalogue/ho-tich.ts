/** Civil status (hộ tịch) extras and adoption (nuôi con nuôi). */
import { BHXH_TINH, BY_PROVINCE, CHECK, CHU_TICH_XA, CONG_AN_XA, HO_TICH_LAW, ID_DOC, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const LPHT = (name: string): Spec['fees'] => ({ online: [[name, null, BY_PROVINCE]], in_person: [[name, null, BY_PROVINCE]] });
const HT_STEP = 'Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ; ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử';
const SIGN = 'Chủ tịch Ủy ban nhân dân cấp xã ký trích lục, giấy tờ hộ tịch';
const ht = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'legal' | 'online'> & Partial<Spec>) =>
  procedure({ sector: 'ho-tich', level: 'commune', agency: UBND_XA, deciding: CHU_TICH_XA, legal: HO_TICH_LAW, online: 'full', ...s });
const NCN_LAW: [string, string][] = [
  ['52/2010/QH12', 'Luật Nuôi con nuôi'],
  ['19/2011/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi'],
  ['114/2016/NĐ-CP', 'Nghị định quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài'],
];

export const hoTich: SeedProcedure[] = [
  ht({
    code: '1.004859', popularity: 300_000, name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', fees: LPHT('Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch'),
    time: [3, 'working_day', 'Trường hợp phải xác minh không quá 06 ngày làm việc'],
    docs: [['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 1, 0, 'Tờ khai thay đổi, cải chính hộ tịch'], 'Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, 'Thông báo cho cơ quan quản lý cư trú, căn cước để cập nhật Cơ sở dữ liệu quốc gia về dân cư', RETURN],
    conditions: ['Người yêu cầu thay đổi họ, chữ đệm, tên có lý do chính đáng theo Bộ luật Dân sự; người từ đủ 09 tuổi phải có sự đồng ý'],
    result: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', keywords: ['doi ten', 'sua ten', 'sai ngay sinh', 'doi ho', 'doi dan toc', 'sai thong tin khai sinh'],
  }),
  ht({
    code: '1.004746', popularity: 10_000, name: 'Đăng ký lại kết hôn', fees: LPHT('Lệ phí đăng ký lại kết hôn'), time: [5, 'working_day'],
    docs: [['Tờ khai đăng ký lại kết hôn', 1, 0, 'Tờ khai đăng ký lại kết hôn'], ['Bản sao Giấy chứng nhận kết hôn hoặc giấy tờ có thông tin về việc đăng ký kết hôn trước đây', 0, 1], ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, 'Hai bên nam, nữ có mặt ký vào Sổ đăng ký kết hôn', SIGN, RETURN],
    conditions: ['Việc kết hôn đã được đăng ký nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất'],
    result: 'Giấy chứng nhận kết hôn (đăng ký lại)', keywords: ['mat giay ket hon', 'mat giay dang ky ket hon'],
  }),
  ht({
    code: '1.005461', popularity: 10_000, name: 'Đăng ký lại khai tử', fees: LPHT('Lệ phí đăng ký lại khai tử'), time: [5, 'working_day'],
    docs: [['Tờ khai đăng ký lại khai tử', 1, 0, 'Tờ khai đăng ký lại khai tử'], ['Bản sao giấy tờ có thông tin về việc đăng ký khai tử trước đây', 0, 1], ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    conditions: ['Việc khai tử đã được đăng ký nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất'],
    result: 'Trích lục khai tử (đăng ký lại)', keywords: ['mat giay bao tu', 'mat trich luc khai tu'],
  }),
  ht({
    code: '1.000689', popularity: 30_000, name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con', fees: LPHT('Lệ phí đăng ký nhận cha, mẹ, con'), time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký khai sinh', 1, 0, 'Tờ khai đăng ký khai sinh'], ['Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'Tờ khai đăng ký nhận cha, mẹ, con'], 'Giấy chứng sinh', 'Văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ cha, mẹ, con (nếu có)'],
    steps: [RECEIVE, CHECK, 'Niêm yết công khai việc nhận cha, mẹ, con', HT_STEP, SIGN, RETURN],
    result: 'Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con', keywords: ['con ngoai gia thu', 'chua dang ky ket hon', 'tre em', 'nhan con'],
  }),
  ht({
    code: '1.015951', codeUnverified: true, popularity: 15_000, name: 'Đăng ký khai sinh có yếu tố nước ngoài', fees: LPHT('Lệ phí đăng ký khai sinh có yếu tố nước ngoài'), time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký khai sinh', 1, 0, 'Tờ khai đăng ký khai sinh'], 'Giấy chứng sinh', 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài)', ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    result: 'Giấy khai sinh', keywords: ['cha me nguoi nuoc ngoai', 'sinh o nuoc ngoai', 'con lai', 'tre em'],
  }),
  ht({
    code: '1.015952', codeUnverified: true, popularity: 2_000, name: 'Đăng ký khai tử có yếu tố nước ngoài', fees: LPHT('Lệ phí đăng ký khai tử có yếu tố nước ngoài'), time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký khai tử', 1, 0, 'Tờ khai đăng ký khai tử'], 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    result: 'Trích lục khai tử', keywords: ['nguoi nuoc ngoai chet', 'bao tu nguoi nuoc ngoai'],
  }),
  ht({
    code: '1.015953', codeUnverified: true, popularity: 10_000, name: 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', fees: LPHT('Lệ phí ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài'), time: [5, 'working_day', 'Trường hợp phải xác minh không quá 10 ngày làm việc'],
    docs: [['Tờ khai ghi vào Sổ hộ tịch việc kết hôn', 1, 0, 'Tờ khai ghi chú kết hôn'], ['Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)', 0, 1], ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    result: 'Trích lục ghi chú kết hôn', keywords: ['ghi chu ket hon', 'ket hon o nuoc ngoai', 'lay chong nuoc ngoai', 'lay vo nuoc ngoai'],
  }),
  ht({
    code: '1.015954', codeUnverified: true, popularity: 3_000, name: 'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', fees: LPHT('Lệ phí ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài'), time: [12, 'working_day'],
    docs: [['Tờ khai ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn', 1, 0, 'Tờ khai ghi chú ly hôn'], ['Bản sao bản án, quyết định ly hôn của cơ quan có thẩm quyền nước ngoài (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)', 0, 1], ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    result: 'Trích lục ghi chú ly hôn', keywords: ['ghi chu ly hon', 'ly hon o nuoc ngoai', 'ket hon lai'],
  }),
  ht({
    code: '1.015955', codeUnverified: true, popularity: 3_000, name: 'Đăng ký chấm dứt giám hộ', fees: LPHT('Lệ phí đăng ký chấm dứt giám hộ'), time: [2, 'working_day'], online: 'partial',
    docs: [['Tờ khai đăng ký chấm dứt giám hộ', 1, 0, 'Tờ khai đăng ký chấm dứt giám hộ'], 'Giấy tờ chứng minh đủ điều kiện chấm dứt giám hộ', ID_DOC],
    steps: [RECEIVE, CHECK, HT_STEP, SIGN, RETURN],
    result: 'Trích lục đăng ký chấm dứt giám hộ', keywords: ['du 18 tuoi'],
  }),
  ht({
    code: '2.002913', popularity: 200_000, name: 'Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    coordinating: [CONG_AN_XA, BHXH_TINH, 'Sở Nội vụ'],
    fees: { online: [['Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí']] }, time: [3, 'working_day', 'Theo từng thủ tục thành phần'],
    docs: [['Tờ khai điện tử liên thông', 1, 0, 'Tờ khai liên thông'], 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 'Giấy tờ chứng minh quan hệ với người chết (để hưởng mai táng phí, tử tuất)'],
    steps: ['Nộp tờ khai liên thông trên Cổng Dịch vụ công', 'Ủy ban nhân dân cấp xã đăng ký khai tử', 'Công an cấp xã xóa đăng ký thường trú', 'Cơ quan bảo hiểm xã hội hoặc cơ quan lao động giải quyết mai táng phí, tử tuất', RETURN],
    result: 'Trích lục khai tử; thông tin thường trú được xóa; quyết định hưởng mai táng phí, tử tuất', keywords: ['nguoi than mat', 'bao tu', 'tien mai tang'],
  }),
  procedure({
    code: '1.015956', codeUnverified: true, popularity: 3_000, name: 'Đăng ký việc nuôi con nuôi trong nước', sector: 'nuoi-con-nuoi', level: 'commune', online: 'partial', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: { in_person: [['Lệ phí đăng ký nuôi con nuôi trong nước', 400_000, 'Miễn đối với cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi và trường hợp nhận trẻ em có hoàn cảnh đặc biệt']] },
    time: [30, 'day'],
    docs: [['Đơn xin nhận con nuôi', 1, 0, 'Đơn xin nhận con nuôi'], 'Phiếu lý lịch tư pháp của người nhận con nuôi', 'Văn bản xác nhận tình trạng hôn nhân, giấy khám sức khỏe của người nhận con nuôi', 'Giấy khai sinh, giấy khám sức khỏe và ảnh của trẻ em được nhận làm con nuôi'],
    steps: [RECEIVE, CHECK, 'Lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của trẻ em từ đủ 09 tuổi', 'Ủy ban nhân dân cấp xã đăng ký nuôi con nuôi, tổ chức giao nhận con nuôi', RETURN],
    conditions: ['Người nhận con nuôi hơn con nuôi từ 20 tuổi trở lên, có năng lực hành vi dân sự đầy đủ, có điều kiện bảo đảm nuôi dưỡng'],
    result: 'Giấy chứng nhận nuôi con nuôi', legal: NCN_LAW, keywords: ['nhan nuoi', 'xin con nuoi', 'tre mo coi', 'tre em'],
  }),
  procedure({
    code: '1.015957', codeUnverified: true, popularity: 200, name: 'Đăng ký lại việc nuôi con nuôi trong nước', sector: 'nuoi-con-nuoi', level: 'commune', online: 'partial', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: { in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [5, 'working_day'],
    docs: [['Tờ khai đăng ký lại việc nuôi con nuôi', 1, 0, 'Tờ khai đăng ký lại việc nuôi con nuôi'], 'Bản sao giấy tờ có thông tin về việc nuôi con nuôi đã đăng ký trước đây (nếu có)'],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã xác minh, ghi vào Sổ đăng ký nuôi con nuôi', RETURN],
    conditions: ['Việc nuôi con nuôi đã được đăng ký nhưng Sổ đăng ký nuôi con nuôi và giấy tờ đều bị mất, hư hỏng'],
    result: 'Giấy chứng nhận nuôi con nuôi (đăng ký lại)', legal: NCN_LAW, keywords: ['mat giay nuoi con nuoi'],
  }),
  procedure({
    code: '1.015958', codeUnverified: true, popularity: 300, name: 'Giải quyết việc người nước ngoài thường trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi', sector: 'nuoi-con-nuoi', level: 'province', online: 'none', agency: 'Sở Tư pháp', coordinating: ['Bộ Tư pháp'],
    fees: { in_person: [['Lệ phí đăng ký nuôi con nuôi nước ngoài', 9_000_000]] }, time: [90, 'day', 'Không kể thời gian giới thiệu trẻ em và lấy ý kiến'],
    docs: [['Đơn xin nhận con nuôi (gửi qua Cục Con nuôi, Bộ Tư pháp)', 1, 0, 'Đơn xin nhận con nuôi'], 'Hộ chiếu hoặc giấy tờ thay thế của người nhận con nuôi', 'Văn bản cho phép nhận con nuôi ở Việt Nam của cơ quan có thẩm quyền nước nơi thường trú', 'Bản điều tra về tâm lý, gia đình; văn bản xác nhận tình trạng sức khỏe, thu nhập, lý lịch tư pháp'],
    steps: ['Nộp hồ sơ tại Cục Con nuôi, Bộ Tư pháp', 'Sở Tư pháp kiểm tra hồ sơ, lấy ý kiến của những người liên quan', 'Ủy ban nhân dân cấp tỉnh quyết định cho trẻ em làm con nuôi', 'Sở Tư pháp tổ chức lễ giao nhận con nuôi'],
    result: 'Quyết định cho trẻ em làm con nuôi nước ngoài', legal: NCN_LAW, keywords: ['con nuoi nuoc ngoai', 'nguoi nuoc ngoai nhan nuoi'],
  }),
];
