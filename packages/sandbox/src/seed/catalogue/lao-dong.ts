/** Employment, unemployment insurance, foreign workers, labour relations and safety. */
import { BHXH_TINH, BY_PROVINCE, CHECK, RECEIVE, RETURN, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_NV = 'Sở Nội vụ';
const TT_DVVL = 'Trung tâm Dịch vụ việc làm';
const VL_LAW: [string, string][] = [
  ['38/2013/QH13', 'Luật Việc làm'],
  ['28/2015/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp'],
];
const LDNN_LAW: [string, string][] = [
  ['45/2019/QH14', 'Bộ luật Lao động'],
  ['152/2020/NĐ-CP', 'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam'],
  ['70/2023/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 152/2020/NĐ-CP'],
];
const BLLD: [string, string] = ['45/2019/QH14', 'Bộ luật Lao động'];
const NO_FEE: Spec['fees'] = { online: [['Phí', 0, 'Không thu phí']], in_person: [['Phí', 0, 'Không thu phí']] };
const GPLD_FEE: Spec['fees'] = { online: [['Lệ phí cấp giấy phép lao động', null, BY_PROVINCE]], in_person: [['Lệ phí cấp giấy phép lao động', null, BY_PROVINCE]] };
const tctn = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'fees' | 'legal' | 'online'>) =>
  procedure({ sector: 'viec-lam', level: 'province', agency: TT_DVVL, deciding: 'Giám đốc Sở Nội vụ', fees: NO_FEE, legal: VL_LAW, online: 'full', ...s });
const ldnn = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'legal' | 'online' | 'audiences'>) =>
  procedure({ sector: 'lao-dong-nuoc-ngoai', level: 'province', agency: SO_NV, legal: LDNN_LAW, online: 'full', audiences: ['business', 'organisation'], ...s });

export const laoDong: SeedProcedure[] = [
  tctn({
    code: '1.015601', codeUnverified: true, popularity: 50_000, name: 'Tiếp tục hưởng trợ cấp thất nghiệp', time: [3, 'working_day'],
    docs: [['Thông báo về việc tiếp tục hưởng trợ cấp thất nghiệp', 1, 0, 'Thông báo tiếp tục hưởng']],
    steps: [RECEIVE, CHECK, 'Trung tâm Dịch vụ việc làm trình Giám đốc Sở quyết định tiếp tục hưởng', RETURN],
    conditions: ['Người lao động bị tạm dừng hưởng trợ cấp thất nghiệp và vẫn còn thời gian hưởng'],
    result: 'Quyết định về việc tiếp tục hưởng trợ cấp thất nghiệp', keywords: ['tam dung', 'khong bao tim viec'],
  }),
  tctn({
    code: '1.015602', codeUnverified: true, popularity: 300_000, name: 'Chấm dứt hưởng trợ cấp thất nghiệp', time: [3, 'working_day'],
    docs: [['Thông báo về việc có việc làm hoặc thực hiện nghĩa vụ quân sự, hưởng lương hưu… (mẫu số 23)', 1, 0, 'Mẫu số 23'], 'Bản sao hợp đồng lao động mới hoặc giấy tờ chứng minh có việc làm'],
    steps: [RECEIVE, CHECK, 'Giám đốc Sở quyết định chấm dứt hưởng trợ cấp thất nghiệp; bảo lưu thời gian đóng chưa hưởng', RETURN],
    result: 'Quyết định về việc chấm dứt hưởng trợ cấp thất nghiệp', keywords: ['co viec lam moi', 'di lam lai', 'bao luu'],
  }),
  tctn({
    code: '1.015603', codeUnverified: true, popularity: 30_000, name: 'Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đi)', time: [3, 'working_day'],
    docs: [['Đề nghị chuyển nơi hưởng trợ cấp thất nghiệp (mẫu số 10)', 1, 0, 'Mẫu số 10']],
    steps: [RECEIVE, CHECK, 'Trung tâm Dịch vụ việc làm nơi đang hưởng gửi giấy giới thiệu và hồ sơ đến nơi chuyển đến', RETURN],
    result: 'Giấy giới thiệu chuyển nơi hưởng trợ cấp thất nghiệp', keywords: ['chuyen tinh', 've que'],
  }),
  tctn({
    code: '1.015604', codeUnverified: true, popularity: 30_000, name: 'Giải quyết hỗ trợ học nghề', time: [20, 'working_day'],
    docs: [['Đề nghị hỗ trợ học nghề (mẫu số 01)', 1, 0, 'Mẫu số 01']],
    steps: [RECEIVE, CHECK, 'Giám đốc Sở quyết định hỗ trợ học nghề', 'Chi trả kinh phí hỗ trợ học nghề cho cơ sở đào tạo'],
    conditions: ['Đang hưởng trợ cấp thất nghiệp hoặc đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trong 24 tháng trước khi chấm dứt hợp đồng lao động'],
    result: 'Quyết định hỗ trợ học nghề', keywords: ['that nghiep', 'hoc nghe mien phi', 'dao tao nghe'],
  }),
  tctn({
    code: '1.015605', codeUnverified: true, popularity: 500_000, name: 'Tư vấn, giới thiệu việc làm', time: [1, 'working_day'], deciding: undefined,
    docs: [['Phiếu đăng ký tìm việc làm', 1, 0, 'Phiếu đăng ký tìm việc làm']],
    steps: ['Đăng ký trực tuyến trên Cổng Dịch vụ công hoặc tại Trung tâm Dịch vụ việc làm', 'Tư vấn nghề, việc làm, chính sách lao động', 'Giới thiệu người lao động đến doanh nghiệp có nhu cầu tuyển dụng phù hợp'],
    result: 'Phiếu giới thiệu việc làm', keywords: ['tim viec', 'tuyen dung', 'san viec lam', 'viec lam moi'],
  }),
  procedure({
    code: '1.015606', codeUnverified: true, popularity: 500, name: 'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm', sector: 'viec-lam', level: 'province', audiences: ['business'], online: 'full', agency: SO_NV,
    fees: { online: [['Lệ phí cấp giấy phép', null, BY_PROVINCE]] }, time: [7, 'working_day'],
    docs: [['Văn bản đề nghị cấp giấy phép (mẫu số 02)', 1, 0, 'Mẫu số 02'], 'Giấy chứng nhận đã thực hiện ký quỹ', 'Lý lịch tự thuật và phiếu lý lịch tư pháp của người đại diện theo pháp luật'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ thẩm định điều kiện, cấp giấy phép', RETURN],
    result: 'Giấy phép hoạt động dịch vụ việc làm', legal: [['38/2013/QH13', 'Luật Việc làm'], ['23/2021/NĐ-CP', 'Nghị định quy định chi tiết khoản 3 Điều 37 và Điều 39 của Luật Việc làm về trung tâm dịch vụ việc làm, doanh nghiệp hoạt động dịch vụ việc làm']],
    keywords: ['cong ty viec lam', 'moi gioi viec lam'],
  }),
  ldnn({
    code: '1.015607', codeUnverified: true, popularity: 10_000, name: 'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', fees: GPLD_FEE, time: [3, 'working_day'],
    docs: [['Văn bản đề nghị cấp lại giấy phép lao động (mẫu số 11)', 1, 0, 'Mẫu số 11'], '02 ảnh màu cỡ 4cm x 6cm', 'Giấy phép lao động còn thời hạn đã được cấp (trừ trường hợp bị mất)'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ cấp lại giấy phép lao động', RETURN], conditions: ['Giấy phép lao động còn thời hạn bị mất, bị hư hỏng hoặc thay đổi họ tên, quốc tịch, số hộ chiếu, địa điểm làm việc'],
    result: 'Giấy phép lao động (cấp lại)', keywords: ['work permit', 'nguoi nuoc ngoai', 'mat giay phep'],
  }),
  ldnn({
    code: '1.015608', codeUnverified: true, popularity: 30_000, name: 'Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', fees: GPLD_FEE, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị gia hạn giấy phép lao động (mẫu số 11)', 1, 0, 'Mẫu số 11'], '02 ảnh màu cỡ 4cm x 6cm', 'Giấy phép lao động còn thời hạn đã được cấp', 'Giấy chứng nhận sức khỏe'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ gia hạn giấy phép lao động', RETURN], conditions: ['Nộp hồ sơ trước ít nhất 10 ngày nhưng không quá 45 ngày trước ngày giấy phép lao động hết hạn'],
    result: 'Giấy phép lao động được gia hạn', keywords: ['work permit', 'nguoi nuoc ngoai', 'het han giay phep'],
  }),
  ldnn({
    code: '1.015609', codeUnverified: true, popularity: 20_000, name: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị xác nhận không thuộc diện cấp giấy phép lao động (mẫu số 09)', 1, 0, 'Mẫu số 09'], 'Giấy chứng nhận sức khỏe', 'Giấy tờ chứng minh thuộc diện không phải cấp giấy phép lao động'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ cấp văn bản xác nhận', RETURN],
    result: 'Văn bản xác nhận không thuộc diện cấp giấy phép lao động', keywords: ['mien giay phep lao dong', 'work permit exemption', 'nguoi nuoc ngoai'],
  }),
  ldnn({
    code: '1.015610', codeUnverified: true, popularity: 40_000, name: 'Báo cáo giải trình nhu cầu, thay đổi nhu cầu sử dụng người lao động nước ngoài', fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [10, 'working_day'],
    docs: [['Báo cáo giải trình về nhu cầu sử dụng người lao động nước ngoài (mẫu số 01)', 1, 0, 'Mẫu số 01']],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ xem xét, có văn bản chấp thuận hoặc không chấp thuận', RETURN],
    result: 'Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài', keywords: ['tuyen nguoi nuoc ngoai', 'vi tri cong viec'],
  }),
  procedure({
    code: '2.001955', popularity: 30_000, name: 'Đăng ký nội quy lao động của doanh nghiệp', sector: 'lao-dong-tien-luong', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: SO_NV,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [7, 'working_day'],
    docs: [['Văn bản đề nghị đăng ký nội quy lao động', 1, 0], 'Nội quy lao động', 'Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)', 'Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động, trách nhiệm vật chất'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ xem xét; thông báo hướng dẫn sửa đổi nếu có nội dung trái pháp luật', RETURN],
    conditions: ['Người sử dụng lao động sử dụng từ 10 người lao động trở lên; nộp hồ sơ trong 10 ngày kể từ ngày ban hành nội quy'],
    result: 'Nội quy lao động có hiệu lực sau 15 ngày kể từ ngày cơ quan nhận đủ hồ sơ', legal: [BLLD, ['145/2020/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động']],
    keywords: ['ky luat lao dong', 'quy che cong ty'],
  }),
  procedure({
    code: '1.015611', codeUnverified: true, popularity: 300, name: 'Cấp giấy phép hoạt động cho thuê lại lao động', sector: 'lao-dong-tien-luong', level: 'province', audiences: ['business'], online: 'full', agency: SO_NV,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [20, 'working_day'],
    docs: [['Văn bản đề nghị cấp giấy phép (mẫu số 05)', 1, 0, 'Mẫu số 05'], 'Giấy chứng nhận tiền ký quỹ hoạt động cho thuê lại lao động', 'Bản lý lịch tự thuật và phiếu lý lịch tư pháp số 1 của người đại diện theo pháp luật'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân cấp tỉnh cấp giấy phép', RETURN],
    result: 'Giấy phép hoạt động cho thuê lại lao động', legal: [BLLD, ['145/2020/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động']],
    keywords: ['cung ung lao dong', 'thue nhan cong'],
  }),
  procedure({
    code: '1.015612', codeUnverified: true, popularity: 1_000, name: 'Hỗ trợ phục hồi chức năng lao động cho người lao động bị tai nạn lao động, bệnh nghề nghiệp trở lại làm việc', sector: 'an-toan-lao-dong', level: 'province', audiences: ['citizen', 'business'], online: 'full', agency: BHXH_TINH,
    fees: NO_FEE, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị hỗ trợ của người sử dụng lao động', 1, 0], 'Chỉ định phục hồi chức năng của cơ sở khám bệnh, chữa bệnh', 'Hóa đơn, chứng từ chi phí phục hồi chức năng'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội xét duyệt, chi trả hỗ trợ', RETURN],
    result: 'Tiền hỗ trợ phục hồi chức năng lao động', legal: [['84/2015/QH13', 'Luật An toàn, vệ sinh lao động'], ['88/2020/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật An toàn, vệ sinh lao động về bảo hiểm tai nạn lao động, bệnh nghề nghiệp bắt buộc']],
    keywords: ['quay lai lam viec'],
  }),
  procedure({
    code: '1.015613', codeUnverified: true, popularity: 5_000, name: 'Đăng ký hợp đồng lao động trực tiếp giao kết', sector: 'lao-dong-ngoai-nuoc', level: 'province', online: 'full', agency: SO_NV,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [5, 'working_day'],
    docs: [['Văn bản đăng ký hợp đồng lao động trực tiếp giao kết (mẫu số 05)', 1, 0, 'Mẫu số 05'], 'Bản sao hợp đồng lao động có bản dịch tiếng Việt', 'Bản sao hộ chiếu'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ xác nhận đăng ký hợp đồng', RETURN],
    conditions: ['Nộp hồ sơ chậm nhất 05 ngày làm việc trước ngày xuất cảnh'],
    result: 'Văn bản xác nhận đăng ký hợp đồng lao động trực tiếp giao kết', legal: [['69/2020/QH14', 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng']],
    keywords: ['xuat khau lao dong', 'di lam viec nuoc ngoai', 'tu tim viec o nuoc ngoai'],
  }),
];
