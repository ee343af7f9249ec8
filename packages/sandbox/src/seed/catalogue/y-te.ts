/** Health (y tế): practising licences, clinics, pharmacy, health check certificates, food safety under the health sector. */
import { CHECK, RECEIVE, RETURN, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_YT = 'Sở Y tế';
const KCB_LAW: [string, string][] = [
  ['15/2023/QH15', 'Luật Khám bệnh, chữa bệnh'],
  ['96/2023/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh'],
];
const DUOC_LAW: [string, string][] = [
  ['105/2016/QH13', 'Luật Dược'],
  ['54/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược'],
];
const BTC = 'Theo quy định của Bộ Tài chính về phí thẩm định trong lĩnh vực y tế';
const fee = (name: string, note = BTC): Spec['fees'] => ({ online: [[name, null, note]], in_person: [[name, null, note]] });
const yt = (s: Omit<Spec, 'level' | 'agency'> & Partial<Spec>) => procedure({ level: 'province', agency: SO_YT, ...s });
const ANH = '02 ảnh chân dung cỡ 04cm x 06cm chụp trong thời gian không quá 06 tháng';

export const yTe: SeedProcedure[] = [
  yt({
    code: '1.015851', codeUnverified: true, popularity: 50_000, name: 'Cấp mới giấy phép hành nghề đối với các chức danh bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, tâm lý lâm sàng',
    sector: 'y-te', online: 'full', fees: fee('Phí thẩm định cấp giấy phép hành nghề'), time: [30, 'day'],
    docs: [['Đơn đề nghị cấp giấy phép hành nghề (Mẫu 01 Phụ lục I Nghị định 96/2023/NĐ-CP)', 1, 0, 'Đơn đề nghị cấp giấy phép hành nghề'], ['Bản sao văn bằng chuyên môn', 0, 1], 'Giấy khám sức khỏe do cơ sở khám bệnh, chữa bệnh đủ điều kiện cấp', 'Giấy xác nhận hoàn thành quá trình thực hành', ANH],
    steps: [RECEIVE, CHECK, 'Hội đồng chuyên môn thẩm định hồ sơ', 'Giám đốc Sở Y tế cấp giấy phép hành nghề', RETURN],
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh', legal: KCB_LAW, keywords: ['chung chi hanh nghe', 'bac si'],
  }),
  yt({
    code: '1.015852', codeUnverified: true, popularity: 10_000, name: 'Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', sector: 'y-te', online: 'full', fees: fee('Phí thẩm định cấp lại giấy phép hành nghề'), time: [10, 'working_day'],
    docs: [['Đơn đề nghị cấp lại giấy phép hành nghề', 1, 0, 'Đơn đề nghị cấp lại'], ANH, 'Bản gốc giấy phép hành nghề đã được cấp (trừ trường hợp bị mất)'],
    steps: [RECEIVE, CHECK, 'Sở Y tế cấp lại giấy phép hành nghề', RETURN],
    conditions: ['Giấy phép hành nghề bị mất, hư hỏng, có sai sót do cơ quan cấp hoặc thay đổi họ tên, ngày sinh, số định danh cá nhân'],
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh (cấp lại)', legal: KCB_LAW, keywords: ['mat giay phep', 'bac si', 'sai thong tin'],
  }),
  yt({
    code: '1.015853', codeUnverified: true, popularity: 5_000, name: 'Gia hạn giấy phép hành nghề khám bệnh, chữa bệnh', sector: 'y-te', online: 'full', fees: fee('Phí thẩm định gia hạn giấy phép hành nghề'), time: [10, 'working_day'],
    docs: [['Đơn đề nghị gia hạn giấy phép hành nghề', 1, 0, 'Đơn đề nghị gia hạn'], 'Giấy tờ chứng minh đáp ứng yêu cầu cập nhật kiến thức y khoa liên tục', 'Giấy khám sức khỏe'],
    steps: [RECEIVE, CHECK, 'Sở Y tế gia hạn giấy phép hành nghề', RETURN],
    conditions: ['Nộp hồ sơ trước thời điểm giấy phép hành nghề hết hiệu lực ít nhất 60 ngày'],
    result: 'Giấy phép hành nghề được gia hạn', legal: KCB_LAW, keywords: ['het han giay phep', 'cap nhat kien thuc y khoa'],
  }),
  yt({
    code: '1.015854', codeUnverified: true, popularity: 20_000, name: 'Điều chỉnh giấy phép hành nghề khám bệnh, chữa bệnh', sector: 'y-te', online: 'full', fees: fee('Phí thẩm định điều chỉnh giấy phép hành nghề'), time: [20, 'day'],
    docs: [['Đơn đề nghị điều chỉnh giấy phép hành nghề', 1, 0, 'Đơn đề nghị điều chỉnh'], ['Bản sao văn bằng, chứng chỉ đào tạo chuyên khoa hoặc giấy chứng nhận đào tạo bổ sung phạm vi hành nghề', 0, 1]],
    steps: [RECEIVE, CHECK, 'Sở Y tế thẩm định, điều chỉnh phạm vi hành nghề', RETURN],
    result: 'Giấy phép hành nghề đã điều chỉnh phạm vi hành nghề', legal: KCB_LAW, keywords: ['bo sung pham vi hanh nghe', 'chuyen khoa'],
  }),
  yt({
    code: '1.015855', codeUnverified: true, popularity: 5_000, name: 'Cấp mới giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh', sector: 'y-te', audiences: ['business', 'organisation', 'citizen'], online: 'full', fees: fee('Phí thẩm định cấp giấy phép hoạt động'), time: [60, 'day', 'Kể cả thời gian thẩm định thực tế tại cơ sở'],
    docs: [['Đơn đề nghị cấp giấy phép hoạt động', 1, 0, 'Đơn đề nghị cấp giấy phép hoạt động'], 'Danh sách người hành nghề, người làm việc tại cơ sở', 'Bản kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự', 'Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật'],
    steps: [RECEIVE, CHECK, 'Đoàn thẩm định kiểm tra thực tế tại cơ sở', 'Giám đốc Sở Y tế cấp giấy phép hoạt động', RETURN],
    result: 'Giấy phép hoạt động khám bệnh, chữa bệnh', legal: KCB_LAW, keywords: ['mo phong kham', 'phong kham tu nhan', 'nha khoa', 'phong kham da khoa'],
  }),
  yt({
    code: '1.015856', codeUnverified: true, popularity: 30_000, name: 'Cấp Chứng chỉ hành nghề dược (bao gồm cả trường hợp cấp Chứng chỉ hành nghề dược cho người bị thu hồi Chứng chỉ hành nghề dược theo quy định tại các khoản 1, 2, 4, 5, 6, 7, 8, 9, 10, 11 Điều 28 của Luật Dược) theo hình thức xét hồ sơ',
    sector: 'duoc', online: 'full', fees: { online: [['Phí thẩm định cấp chứng chỉ hành nghề dược', 500_000]], in_person: [['Phí thẩm định cấp chứng chỉ hành nghề dược', 500_000]] }, time: [20, 'day'],
    docs: [['Đơn đề nghị cấp Chứng chỉ hành nghề dược (Mẫu số 02)', 1, 0, 'Mẫu số 02'], ['Bản sao văn bằng chuyên môn', 0, 1], 'Giấy xác nhận thời gian thực hành (Mẫu số 03)', 'Giấy chứng nhận đủ sức khỏe để hành nghề dược', 'Phiếu lý lịch tư pháp'],
    steps: [RECEIVE, CHECK, 'Hội đồng tư vấn cấp Chứng chỉ hành nghề dược xem xét hồ sơ', 'Giám đốc Sở Y tế cấp Chứng chỉ hành nghề dược', RETURN],
    result: 'Chứng chỉ hành nghề dược', legal: DUOC_LAW, keywords: ['duoc si', 'mo nha thuoc', 'quay thuoc'],
  }),
  yt({
    code: '1.015857', codeUnverified: true, popularity: 20_000, name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc', sector: 'duoc', audiences: ['business', 'citizen'], online: 'full',
    fees: fee('Phí thẩm định điều kiện kinh doanh thuốc', 'Theo quy định của Bộ Tài chính; giảm đối với cơ sở tại vùng khó khăn'), time: [20, 'day', 'Kể cả thời gian đánh giá thực tế việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP)'],
    docs: [['Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược (Mẫu số 19)', 1, 0, 'Mẫu số 19'], 'Tài liệu kỹ thuật về địa điểm, khu vực bảo quản, trang thiết bị', 'Bản sao Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn'],
    steps: [RECEIVE, CHECK, 'Sở Y tế đánh giá thực tế tại cơ sở', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược', RETURN],
    result: 'Giấy chứng nhận đủ điều kiện kinh doanh dược', legal: DUOC_LAW, keywords: ['mo nha thuoc', 'quay thuoc', 'tu thuoc'],
  }),
  yt({
    code: '1.015858', codeUnverified: true, popularity: 2_000_000, name: 'Khám sức khỏe và cấp giấy khám sức khỏe cho người từ đủ 18 tuổi trở lên', sector: 'y-te', online: 'partial', coordinating: ['Cơ sở khám bệnh, chữa bệnh đủ điều kiện khám sức khỏe'],
    fees: { in_person: [['Giá dịch vụ khám sức khỏe', null, 'Theo giá dịch vụ của cơ sở khám bệnh, chữa bệnh']] }, time: [1, 'working_day', 'Trong ngày khám; trường hợp phải làm thêm xét nghiệm, cận lâm sàng theo thời gian có kết quả'],
    docs: [['Giấy khám sức khỏe có dán ảnh (mẫu theo Thông tư 32/2023/TT-BYT)', 1, 0, 'Giấy khám sức khỏe'], '01 ảnh chân dung cỡ 04cm x 06cm', 'Giấy tờ tùy thân'],
    steps: ['Đăng ký khám tại cơ sở khám bệnh, chữa bệnh đủ điều kiện', 'Khám lâm sàng, cận lâm sàng theo mẫu giấy khám sức khỏe', 'Người kết luận ký giấy khám sức khỏe; cơ sở đồng bộ giấy khám sức khỏe điện tử (đối với người lái xe)'],
    result: 'Giấy khám sức khỏe (bản giấy và điện tử)', legal: [...KCB_LAW, ['32/2023/TT-BYT', 'Thông tư quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh']],
    keywords: ['xin viec', 'di lam', 'hoc lai xe', 'giay suc khoe lai xe', 'kham suc khoe di lam'],
  }),
  yt({
    code: '1.015859', codeUnverified: true, popularity: 40_000, name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống, cơ sở sản xuất thực phẩm thuộc phạm vi quản lý của Bộ Y tế',
    sector: 'an-toan-thuc-pham-dinh-duong', audiences: ['business', 'citizen'], online: 'full', fees: fee('Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Theo Thông tư 67/2021/TT-BTC: dịch vụ ăn uống từ 700.000 đồng; cơ sở sản xuất từ 2.500.000 đồng'), time: [20, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 1, 0, 'Đơn đề nghị'], 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh', 'Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm'],
    steps: [RECEIVE, CHECK, 'Đoàn thẩm định kiểm tra thực tế tại cơ sở', 'Cấp Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', legal: [['55/2010/QH12', 'Luật An toàn thực phẩm'], ['15/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm']],
    keywords: ['nha hang', 'quan an', 'bep an', 'nau an', 'mo quan'],
  }),
];
