/** Land (đất đai) and secured transactions on land (đăng ký biện pháp bảo đảm). */
import { BY_PROVINCE, CHECK, CHU_TICH_XA, ID_DOC, RECEIVE, RETURN, UBND_TINH, UBND_XA, both, procedure, type FeeSpec, type SeedProcedure } from './spec.js';
import { landRegistrationDocuments, landRegistrationForm } from '../forms/dat-dai.js';

const SO = 'Sở Nông nghiệp và Môi trường';
const VPDK = 'Văn phòng đăng ký đất đai';
const VPDK_STEP = 'Văn phòng đăng ký đất đai (Chi nhánh) kiểm tra hồ sơ, đo đạc, xác minh thực địa khi cần; cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai';
const TAX_STEP = 'Gửi thông tin để cơ quan thuế xác định nghĩa vụ tài chính (nếu có); người sử dụng đất nộp nghĩa vụ tài chính';
const LAND_LAW: [string, string][] = [
  ['31/2024/QH15', 'Luật Đất đai'],
  ['101/2024/NĐ-CP', 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai'],
  ['151/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai'],
];
const GCN_FEES: FeeSpec[] = [
  ['Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', null, BY_PROVINCE],
  ['Phí thẩm định hồ sơ cấp Giấy chứng nhận', null, BY_PROVINCE],
];
const FORM_15: [string, number, number, string] = ['Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)', 1, 0, 'Mẫu số 15/ĐK'];
const FORM_18: [string, number, number, string] = ['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 1, 0, 'Mẫu số 18/ĐK'];
const GCN_ORIGINAL = 'Bản gốc Giấy chứng nhận đã cấp';
const BPBD_LAW: [string, string][] = [
  ['91/2015/QH13', 'Bộ luật Dân sự'],
  ['99/2022/NĐ-CP', 'Nghị định về đăng ký biện pháp bảo đảm'],
];

export const datDai: SeedProcedure[] = [
  procedure({
    code: '1.013978', popularity: 600_000, name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    sector: 'dat-dai', level: 'commune', online: 'partial', agency: UBND_XA, deciding: CHU_TICH_XA, coordinating: [VPDK, 'Cơ quan thuế'],
    fees: both(...GCN_FEES), time: [20, 'working_day', 'Không kể thời gian thực hiện nghĩa vụ tài chính và thời gian niêm yết công khai'],
    docs: landRegistrationDocuments, form: landRegistrationForm,
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã xác nhận hiện trạng, nguồn gốc, thời điểm sử dụng đất; niêm yết công khai kết quả kiểm tra', VPDK_STEP, TAX_STEP, 'Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy chứng nhận', RETURN],
    conditions: ['Đất không có tranh chấp, phù hợp quy hoạch sử dụng đất và thuộc trường hợp được cấp Giấy chứng nhận theo Luật Đất đai'],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', legal: LAND_LAW, keywords: ['cap lan dau', 'lam giay chung nhan'],
  }),
  procedure({
    code: '1.012753', popularity: 10_000, name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất',
    sector: 'dat-dai', level: 'province', audiences: ['business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK, 'Cơ quan thuế'],
    fees: both(...GCN_FEES), time: [20, 'working_day', 'Không kể thời gian thực hiện nghĩa vụ tài chính'],
    docs: [FORM_15, 'Giấy tờ về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Báo cáo kết quả rà soát hiện trạng sử dụng đất của tổ chức'],
    steps: [RECEIVE, CHECK, VPDK_STEP, TAX_STEP, 'Sở Nông nghiệp và Môi trường ký cấp Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', legal: LAND_LAW,
  }),
  procedure({
    code: '1.013831', popularity: 800_000, name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK, 'Cơ quan thuế'],
    fees: both(...GCN_FEES, ['Lệ phí trước bạ', null, '0,5% giá trị chuyển nhượng (trừ trường hợp được miễn)'], ['Thuế thu nhập cá nhân', null, '2% giá chuyển nhượng (trừ trường hợp được miễn)']),
    time: [10, 'working_day', 'Không kể thời gian thực hiện nghĩa vụ tài chính'],
    docs: [FORM_18, GCN_ORIGINAL, ['Hợp đồng, văn bản về chuyển nhượng, tặng cho, thừa kế, góp vốn đã công chứng hoặc chứng thực', 1, 0], ['Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân', 1, 0]],
    steps: [RECEIVE, CHECK, VPDK_STEP, TAX_STEP, 'Xác nhận nội dung biến động trên Giấy chứng nhận hoặc cấp Giấy chứng nhận mới', RETURN],
    conditions: ['Có Giấy chứng nhận; đất không có tranh chấp, không bị kê biên bảo đảm thi hành án; còn thời hạn sử dụng đất'],
    result: 'Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới', legal: LAND_LAW,
    keywords: ['sang ten', 'mua ban dat', 'mua ban nha', 'cho tang'],
  }),
  procedure({
    code: '1.015101', codeUnverified: true, popularity: 200_000, name: 'Đăng ký biến động đối với trường hợp đổi tên hoặc thay đổi thông tin về người sử dụng đất, chủ sở hữu tài sản gắn liền với đất',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: SO, coordinating: [VPDK],
    fees: both(...GCN_FEES), time: [7, 'working_day'],
    docs: [FORM_18, GCN_ORIGINAL, ['Giấy tờ chứng minh việc thay đổi thông tin (trường hợp chưa có trong Cơ sở dữ liệu quốc gia về dân cư)', 0, 1]],
    steps: [RECEIVE, CHECK, VPDK_STEP, 'Xác nhận thay đổi trên Giấy chứng nhận hoặc cấp Giấy chứng nhận mới', RETURN],
    result: 'Giấy chứng nhận đã xác nhận thay đổi', legal: LAND_LAW, keywords: ['cap nhat thong tin chu dat', 'doi so giay to tuy than', 'cap nhat can cuoc', 'cap nhat so dinh danh'],
  }),
  procedure({
    code: '1.012783', popularity: 300_000, name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK],
    fees: both(...GCN_FEES), time: [7, 'working_day', 'Trường hợp phải đo đạc lại không quá 15 ngày làm việc'],
    docs: [FORM_18, GCN_ORIGINAL, ['Bản sao hợp đồng thế chấp (trường hợp đất đang thế chấp)', 0, 1]],
    steps: [RECEIVE, CHECK, VPDK_STEP, 'In, ký cấp Giấy chứng nhận mới', RETURN],
    conditions: ['Giấy chứng nhận đã cấp bị ố, nhòe, rách, hư hỏng; hoặc có nhu cầu đổi sang mẫu mới; hoặc diện tích thay đổi do đo đạc lại'],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (mới)', legal: LAND_LAW, keywords: ['rach', 'hu hong', 'mau moi', 'do dac lai'],
  }),
  procedure({
    code: '1.012786', popularity: 40_000, name: 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK, UBND_XA],
    fees: both(...GCN_FEES), time: [10, 'working_day', 'Không kể thời gian niêm yết, đăng tin về việc mất Giấy chứng nhận'],
    docs: [FORM_18, 'Giấy xác nhận của cơ quan công an về việc mất Giấy chứng nhận (trường hợp mất do thiên tai, hỏa hoạn: giấy xác nhận của Ủy ban nhân dân cấp xã)'],
    steps: [RECEIVE, CHECK, 'Niêm yết thông báo mất Giấy chứng nhận tại trụ sở Ủy ban nhân dân cấp xã hoặc đăng tin trên phương tiện thông tin đại chúng', VPDK_STEP, 'Hủy Giấy chứng nhận bị mất, ký cấp lại Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại)', legal: LAND_LAW, keywords: ['mat giay to', 'that lac'],
  }),
  procedure({
    code: '1.012784', popularity: 400_000, name: 'Tách thửa hoặc hợp thửa đất',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK],
    fees: both(...GCN_FEES, ['Phí đo đạc, lập bản đồ địa chính', null, BY_PROVINCE]), time: [15, 'working_day'],
    docs: [['Đơn đề nghị tách thửa đất, hợp thửa đất (Mẫu số 21)', 1, 0, 'Mẫu số 21'], ['Bản vẽ tách thửa đất, hợp thửa đất (Mẫu số 22)', 1, 0], GCN_ORIGINAL],
    steps: [RECEIVE, CHECK, 'Văn phòng đăng ký đất đai đo đạc, lập bản vẽ tách thửa, hợp thửa; kiểm tra điều kiện diện tích tối thiểu', VPDK_STEP, 'Cấp Giấy chứng nhận cho thửa đất mới', RETURN],
    conditions: ['Thửa đất sau khi tách đáp ứng diện tích tối thiểu theo quy định của Ủy ban nhân dân cấp tỉnh; các thửa hợp có cùng mục đích, hình thức sử dụng'],
    result: 'Giấy chứng nhận quyền sử dụng đất cho các thửa đất sau khi tách, hợp', legal: LAND_LAW, keywords: ['chia dat', 'tach so', 'gop thua'],
  }),
  procedure({
    code: '1.015102', codeUnverified: true, popularity: 250_000, name: 'Chuyển mục đích sử dụng đất đối với cá nhân',
    sector: 'dat-dai', level: 'commune', online: 'partial', agency: UBND_XA, deciding: CHU_TICH_XA, coordinating: [VPDK, 'Cơ quan thuế'],
    fees: both(['Tiền sử dụng đất', null, 'Theo bảng giá đất và quy định về thu tiền sử dụng đất'], ...GCN_FEES), time: [15, 'working_day', 'Không kể thời gian thực hiện nghĩa vụ tài chính'],
    docs: [['Đơn xin chuyển mục đích sử dụng đất (Mẫu số 02c)', 1, 0, 'Mẫu số 02c'], GCN_ORIGINAL],
    steps: [RECEIVE, CHECK, 'Thẩm tra hồ sơ, xác minh thực địa, đối chiếu quy hoạch, kế hoạch sử dụng đất cấp xã', 'Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép chuyển mục đích sử dụng đất', TAX_STEP, 'Văn phòng đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính và Giấy chứng nhận', RETURN],
    conditions: ['Phù hợp với quy hoạch sử dụng đất cấp xã hoặc quy hoạch chung, quy hoạch phân khu đã được phê duyệt'],
    result: 'Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận được chỉnh lý', legal: LAND_LAW, keywords: ['len tho cu', 'chuyen sang dat o', 'dat vuon'],
  }),
  procedure({
    code: '1.013949', popularity: 15_000, name: 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng, gia hạn sử dụng đất khi hết thời hạn sử dụng đất',
    sector: 'dat-dai', level: 'province', audiences: ['business', 'organisation'], online: 'partial', agency: UBND_TINH, coordinating: [SO, 'Cơ quan thuế'],
    fees: both(['Phí thẩm định hồ sơ giao đất, cho thuê đất', null, BY_PROVINCE]), time: [20, 'working_day', 'Không kể thời gian giải phóng mặt bằng và xác định giá đất'],
    docs: [['Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất (Mẫu số 02a)', 1, 0, 'Mẫu số 02a'], 'Văn bản chấp thuận chủ trương đầu tư hoặc quyết định đầu tư (nếu có)', 'Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất'],
    steps: [RECEIVE, CHECK, 'Sở Nông nghiệp và Môi trường thẩm định hồ sơ, trình Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp tỉnh ban hành quyết định giao đất, cho thuê đất, chuyển mục đích sử dụng đất', TAX_STEP, 'Bàn giao đất trên thực địa; ký hợp đồng thuê đất (nếu có)', RETURN],
    result: 'Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất; hợp đồng thuê đất', legal: LAND_LAW,
  }),
  procedure({
    code: '1.012796', popularity: 30_000, name: 'Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK],
    fees: both(['Lệ phí', 0, 'Không thu lệ phí đối với trường hợp sai sót do cơ quan nhà nước']), time: [10, 'working_day'],
    docs: [FORM_18, GCN_ORIGINAL, 'Giấy tờ chứng minh nội dung sai sót'],
    steps: [RECEIVE, CHECK, 'Kiểm tra, xác định nội dung sai sót', 'Đính chính trên Giấy chứng nhận hoặc cấp Giấy chứng nhận mới', RETURN],
    result: 'Giấy chứng nhận đã được đính chính', legal: LAND_LAW, keywords: ['sai ten', 'sai thong tin', 'sua sai'],
  }),
  procedure({
    code: '1.012818', popularity: 5_000, name: 'Thu hồi Giấy chứng nhận đã cấp lần đầu không đúng quy định do người sử dụng đất, chủ sở hữu tài sản gắn liền với đất phát hiện và cấp lại Giấy chứng nhận sau khi thu hồi',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO, coordinating: [VPDK],
    fees: both(...GCN_FEES), time: [20, 'working_day'],
    docs: ['Văn bản kiến nghị về việc cấp Giấy chứng nhận không đúng quy định', GCN_ORIGINAL],
    steps: [RECEIVE, CHECK, 'Kiểm tra, xác minh; ra quyết định thu hồi Giấy chứng nhận', 'Cấp lại Giấy chứng nhận sau khi thu hồi', RETURN],
    result: 'Quyết định thu hồi và Giấy chứng nhận cấp lại', legal: LAND_LAW,
  }),
  procedure({
    code: '1.012781', popularity: 20_000, name: 'Đăng ký, cấp Giấy chứng nhận đối với thửa đất có diện tích tăng thêm do thay đổi ranh giới',
    sector: 'dat-dai', level: 'province', online: 'partial', agency: SO, coordinating: [VPDK, 'Cơ quan thuế'],
    fees: both(...GCN_FEES), time: [15, 'working_day', 'Không kể thời gian thực hiện nghĩa vụ tài chính'],
    docs: [FORM_15, GCN_ORIGINAL, 'Giấy tờ về quyền sử dụng đất đối với phần diện tích tăng thêm (nếu có)'],
    steps: [RECEIVE, CHECK, VPDK_STEP, TAX_STEP, 'Cấp Giấy chứng nhận cho toàn bộ thửa đất', RETURN],
    result: 'Giấy chứng nhận quyền sử dụng đất cho thửa đất', legal: LAND_LAW, keywords: ['du dien tich', 'lan ranh'],
  }),
  procedure({
    code: '1.015103', codeUnverified: true, popularity: 50_000, name: 'Xác nhận tiếp tục sử dụng đất nông nghiệp của cá nhân khi hết hạn sử dụng đất',
    sector: 'dat-dai', level: 'province', online: 'full', agency: SO, coordinating: [VPDK],
    fees: both(['Lệ phí', 0, 'Không thu lệ phí']), time: [5, 'working_day'],
    docs: [FORM_18, GCN_ORIGINAL],
    steps: [RECEIVE, CHECK, 'Văn phòng đăng ký đất đai kiểm tra, xác nhận thời hạn sử dụng đất trên Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận được xác nhận thời hạn sử dụng đất', legal: LAND_LAW, keywords: ['gia han dat nong nghiep', 'dat ruong'],
  }),
  procedure({
    code: '1.015104', codeUnverified: true, popularity: 300_000, name: 'Cung cấp thông tin, dữ liệu đất đai',
    sector: 'dat-dai', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: SO, coordinating: [VPDK],
    fees: both(['Phí khai thác và sử dụng tài liệu đất đai', null, BY_PROVINCE]), time: [1, 'working_day', 'Trong ngày làm việc; trường hợp phải tổng hợp thông tin không quá 03 ngày làm việc'],
    docs: [['Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai (Mẫu số 13)', 1, 0, 'Mẫu số 13'], ID_DOC],
    steps: [RECEIVE, CHECK, 'Văn phòng đăng ký đất đai trích xuất thông tin từ cơ sở dữ liệu đất đai', RETURN],
    result: 'Thông tin, dữ liệu đất đai (trích lục, trích sao hồ sơ địa chính)', legal: LAND_LAW, keywords: ['kiem tra quy hoach', 'thong tin thua dat', 'trich luc ban do'],
  }),
  procedure({
    code: '1.012812', popularity: 100_000, name: 'Hòa giải tranh chấp đất đai',
    sector: 'dat-dai', level: 'commune', online: 'partial', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: { in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [30, 'day', 'Không quá 30 ngày kể từ ngày nhận được đơn'],
    docs: [['Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0], 'Giấy tờ, tài liệu liên quan đến thửa đất tranh chấp (nếu có)'],
    steps: [RECEIVE, 'Hội đồng hòa giải cấp xã thẩm tra, xác minh nguyên nhân tranh chấp', 'Tổ chức cuộc họp hòa giải có sự tham gia của các bên', 'Lập biên bản hòa giải thành hoặc không thành'],
    result: 'Biên bản hòa giải tranh chấp đất đai', legal: LAND_LAW, keywords: ['lan chiem', 'ranh gioi'],
  }),
  procedure({
    code: '1.015105', codeUnverified: true, popularity: 1_200_000, name: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    sector: 'dang-ky-bien-phap-bao-dam', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: SO, coordinating: [VPDK],
    fees: both(['Phí đăng ký biện pháp bảo đảm', null, BY_PROVINCE]), time: [1, 'working_day', 'Trong ngày nhận hồ sơ; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo; không quá 03 ngày làm việc'],
    docs: [['Phiếu yêu cầu đăng ký biện pháp bảo đảm (Mẫu số 01a)', 1, 0, 'Mẫu số 01a'], ['Hợp đồng bảo đảm (thế chấp) đã công chứng hoặc chứng thực', 0, 1], GCN_ORIGINAL],
    steps: [RECEIVE, CHECK, 'Văn phòng đăng ký đất đai ghi nội dung đăng ký vào Sổ địa chính và Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận được ghi nội dung đăng ký thế chấp; văn bản chứng nhận đăng ký', legal: [...BPBD_LAW, ...LAND_LAW.slice(0, 1)], keywords: ['the chap', 'vay ngan hang', 'cam so'],
  }),
  procedure({
    code: '1.015106', codeUnverified: true, popularity: 900_000, name: 'Xóa đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    sector: 'dang-ky-bien-phap-bao-dam', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: SO, coordinating: [VPDK],
    fees: both(['Phí xóa đăng ký biện pháp bảo đảm', null, BY_PROVINCE]), time: [1, 'working_day', 'Trong ngày nhận hồ sơ; không quá 03 ngày làm việc'],
    docs: [['Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm (Mẫu số 03a)', 1, 0, 'Mẫu số 03a'], GCN_ORIGINAL, 'Văn bản đồng ý xóa đăng ký của bên nhận bảo đảm (trường hợp bên bảo đảm yêu cầu)'],
    steps: [RECEIVE, CHECK, 'Ghi nội dung xóa đăng ký vào Sổ địa chính và Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận được ghi nội dung xóa đăng ký thế chấp', legal: BPBD_LAW, keywords: ['xoa the chap', 'giai chap', 'tat toan khoan vay'],
  }),
  procedure({
    code: '1.015107', codeUnverified: true, popularity: 700_000, name: 'Đăng ký biện pháp bảo đảm bằng động sản (trừ tàu bay, tàu biển, chứng khoán)',
    sector: 'dang-ky-bien-phap-bao-dam', level: 'central', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: 'Bộ Tư pháp',
    fees: both(['Phí đăng ký biện pháp bảo đảm', 80_000, 'Theo quy định của Bộ Tài chính về phí đăng ký giao dịch bảo đảm']), time: [1, 'working_day', 'Trong ngày làm việc nhận hồ sơ'],
    docs: [['Phiếu yêu cầu đăng ký biện pháp bảo đảm bằng động sản', 1, 0, 'Phiếu yêu cầu'], 'Hợp đồng bảo đảm (trường hợp nộp qua bưu chính hoặc trực tiếp)'],
    steps: ['Nộp phiếu yêu cầu trên Hệ thống đăng ký trực tuyến biện pháp bảo đảm', 'Trung tâm Đăng ký giao dịch, tài sản kiểm tra, cập nhật vào Cơ sở dữ liệu về biện pháp bảo đảm', 'Cấp văn bản chứng nhận đăng ký'],
    result: 'Văn bản chứng nhận nội dung đăng ký biện pháp bảo đảm', legal: BPBD_LAW, keywords: ['the chap xe', 'vay mua o to', 'tai san dong san'],
  }),
];
