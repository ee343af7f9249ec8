/** Education (giáo dục): diplomas, recognition of foreign diplomas, school transfers, exams and admissions. */
import { BY_PROVINCE, CHECK, CHU_TICH_XA, ID_DOC, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_GD = 'Sở Giáo dục và Đào tạo';
const GD_LAW: [string, string] = ['43/2019/QH14', 'Luật Giáo dục'];
const VB_LAW: [string, string][] = [
  GD_LAW,
  ['21/2019/TT-BGDĐT', 'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân'],
];
const CONG_NHAN_LAW: [string, string][] = [GD_LAW, ['13/2021/TT-BGDĐT', 'Thông tư quy định về điều kiện, trình tự, thủ tục, thẩm quyền công nhận văn bằng do cơ sở giáo dục nước ngoài cấp để sử dụng tại Việt Nam']];
const CHUYEN_TRUONG_LAW: [string, string][] = [GD_LAW, ['50/2021/TT-BGDĐT', 'Thông tư sửa đổi, bổ sung một số điều của Quy định về chuyển trường và tiếp nhận học sinh học tại các cơ sở giáo dục phổ thông']];
const NO_FEE: Spec['fees'] = { online: [['Phí', 0, 'Không thu phí']], in_person: [['Phí', 0, 'Không thu phí']] };
const TRANSFER_DOCS: Spec['docs'] = [['Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', 1, 0, 'Đơn xin chuyển trường'], 'Học bạ (bản chính)', 'Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp'];

export const giaoDuc: SeedProcedure[] = [
  procedure({
    code: '1.015801', codeUnverified: true, popularity: 100_000, name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', sector: 'van-bang', level: 'province', audiences: ['citizen', 'organisation'], online: 'full', agency: SO_GD,
    fees: { online: [['Phí cấp bản sao văn bằng, chứng chỉ', null, BY_PROVINCE]], in_person: [['Phí cấp bản sao văn bằng, chứng chỉ', null, BY_PROVINCE]] }, time: [1, 'working_day', 'Ngay trong ngày hoặc ngày làm việc tiếp theo; trường hợp phải xác minh không quá 03 ngày làm việc'],
    docs: [['Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 1, 0, 'Đơn đề nghị cấp bản sao'], ID_DOC],
    steps: [RECEIVE, CHECK, 'Đối chiếu sổ gốc, cấp bản sao văn bằng, chứng chỉ', RETURN],
    result: 'Bản sao văn bằng, chứng chỉ từ sổ gốc', legal: [...VB_LAW, ['23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch']],
    keywords: ['mat bang tot nghiep', 'bang cap 3', 'sao bang', 'bang tot nghiep thpt'],
  }),
  procedure({
    code: '1.015802', codeUnverified: true, popularity: 20_000, name: 'Chỉnh sửa nội dung văn bằng, chứng chỉ', sector: 'van-bang', level: 'province', online: 'full', agency: SO_GD,
    fees: NO_FEE, time: [5, 'working_day'],
    docs: [['Đơn đề nghị chỉnh sửa nội dung văn bằng, chứng chỉ', 1, 0, 'Đơn đề nghị chỉnh sửa'], 'Văn bằng, chứng chỉ đề nghị chỉnh sửa', 'Trích lục hoặc quyết định cho phép thay đổi, cải chính hộ tịch'],
    steps: [RECEIVE, CHECK, 'Giám đốc Sở Giáo dục và Đào tạo quyết định chỉnh sửa; ghi nội dung chỉnh sửa vào sổ gốc', RETURN],
    result: 'Quyết định chỉnh sửa văn bằng, chứng chỉ', legal: VB_LAW, keywords: ['sai ten tren bang', 'sai ngay sinh', 'doi ten'],
  }),
  procedure({
    code: '1.015803', codeUnverified: true, popularity: 15_000, name: 'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp để sử dụng tại Việt Nam', sector: 'van-bang', level: 'central', online: 'full', agency: 'Bộ Giáo dục và Đào tạo',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [20, 'working_day', 'Trường hợp phải xác minh không quá 45 ngày làm việc'],
    docs: [['Đơn đề nghị công nhận văn bằng', 1, 0, 'Đơn đề nghị công nhận văn bằng'], ['Bản sao văn bằng và phụ lục văn bằng kèm bản dịch tiếng Việt có chứng thực', 0, 1], 'Văn bản ủy quyền cho cơ quan công nhận xác minh thông tin văn bằng (nếu cần)'],
    steps: ['Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công', CHECK, 'Cơ quan công nhận xác minh thông tin văn bằng với cơ sở giáo dục nước ngoài', 'Cấp giấy công nhận văn bằng', RETURN],
    result: 'Giấy công nhận văn bằng do cơ sở giáo dục nước ngoài cấp', legal: CONG_NHAN_LAW, keywords: ['du hoc', 'bang nuoc ngoai', 'bang thac si', 'bang dai hoc nuoc ngoai'],
  }),
  procedure({
    code: '1.015804', codeUnverified: true, popularity: 5_000, name: 'Công nhận bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, giấy chứng nhận hoàn thành chương trình giáo dục phổ thông do cơ sở giáo dục nước ngoài cấp để sử dụng tại Việt Nam', sector: 'van-bang', level: 'province', online: 'full', agency: SO_GD,
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [20, 'working_day', 'Trường hợp phải xác minh không quá 45 ngày làm việc'],
    docs: [['Đơn đề nghị công nhận văn bằng', 1, 0, 'Đơn đề nghị công nhận văn bằng'], ['Bản sao văn bằng và bảng điểm kèm bản dịch tiếng Việt có chứng thực', 0, 1]],
    steps: [RECEIVE, CHECK, 'Sở Giáo dục và Đào tạo xác minh thông tin văn bằng', 'Cấp giấy công nhận văn bằng', RETURN],
    result: 'Giấy công nhận văn bằng', legal: CONG_NHAN_LAW, keywords: ['hoc o nuoc ngoai', 'truong quoc te', 'bang cap 3 nuoc ngoai'],
  }),
  procedure({
    code: '1.015805', codeUnverified: true, popularity: 100_000, name: 'Chuyển trường đối với học sinh trung học phổ thông', sector: 'giao-duc', level: 'province', online: 'partial', agency: SO_GD,
    fees: NO_FEE, time: [3, 'working_day'], docs: TRANSFER_DOCS,
    steps: [RECEIVE, CHECK, 'Hiệu trưởng trường nơi đến tiếp nhận; Sở Giáo dục và Đào tạo giới thiệu khi chuyển giữa các tỉnh', RETURN],
    result: 'Học sinh được tiếp nhận vào trường mới', legal: CHUYEN_TRUONG_LAW, keywords: ['chuyen truong cap 3', 'chuyen nha', 'chuyen tinh'],
  }),
  procedure({
    code: '1.015806', codeUnverified: true, popularity: 200_000, name: 'Chuyển trường đối với học sinh trung học cơ sở', sector: 'giao-duc', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: NO_FEE, time: [3, 'working_day'], docs: TRANSFER_DOCS, coordinating: ['Trường trung học cơ sở nơi đi, nơi đến'],
    steps: [RECEIVE, CHECK, 'Hiệu trưởng trường nơi đến tiếp nhận học sinh', RETURN],
    result: 'Học sinh được tiếp nhận vào trường mới', legal: CHUYEN_TRUONG_LAW, keywords: ['chuyen truong cap 2', 'chuyen nha'],
  }),
  procedure({
    code: '1.015807', codeUnverified: true, popularity: 200_000, name: 'Chuyển trường đối với học sinh tiểu học', sector: 'giao-duc', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: NO_FEE, time: [3, 'working_day'], docs: [['Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', 1, 0, 'Đơn xin chuyển trường'], 'Học bạ (bản chính)'], coordinating: ['Trường tiểu học nơi đi, nơi đến'],
    steps: [RECEIVE, CHECK, 'Hiệu trưởng trường nơi đến tiếp nhận học sinh', RETURN],
    result: 'Học sinh được tiếp nhận vào trường mới', legal: [GD_LAW, ['28/2020/TT-BGDĐT', 'Thông tư ban hành Điều lệ Trường tiểu học']], keywords: ['chuyen truong cap 1', 'chuyen nha'],
  }),
  procedure({
    code: '1.015808', codeUnverified: true, popularity: 1_100_000, name: 'Đăng ký dự thi tốt nghiệp trung học phổ thông', sector: 'thi-tuyen-sinh', level: 'province', online: 'full', agency: SO_GD,
    fees: { online: [['Phí', 0, 'Không thu phí dự thi']] }, time: null,
    docs: [['Phiếu đăng ký dự thi', 1, 0, 'Phiếu đăng ký dự thi'], 'Giấy tờ chứng minh thuộc diện ưu tiên, khuyến khích (nếu có)', 'Bằng tốt nghiệp trung học cơ sở hoặc trung cấp (đối với thí sinh tự do)'],
    steps: ['Thí sinh đăng ký trực tuyến trên Hệ thống quản lý thi hoặc tại điểm tiếp nhận (thí sinh tự do)', 'Điểm tiếp nhận kiểm tra, xác nhận thông tin đăng ký', 'Thí sinh nhận giấy báo dự thi'],
    result: 'Giấy báo dự thi', legal: [GD_LAW, ['24/2024/TT-BGDĐT', 'Thông tư ban hành Quy chế thi tốt nghiệp trung học phổ thông']], keywords: ['thi cap 3', 'thi quoc gia', 'thi sinh tu do'],
  }),
  procedure({
    code: '1.015809', codeUnverified: true, popularity: 1_000_000, name: 'Tuyển sinh trung học phổ thông', sector: 'thi-tuyen-sinh', level: 'province', online: 'full', agency: SO_GD,
    fees: { online: [['Phí tuyển sinh', null, BY_PROVINCE]] }, time: null,
    docs: [['Phiếu đăng ký dự tuyển', 1, 0, 'Phiếu đăng ký dự tuyển'], 'Học bạ trung học cơ sở', 'Giấy tờ chứng nhận chế độ ưu tiên (nếu có)'],
    steps: ['Đăng ký dự tuyển trực tuyến hoặc tại trường trung học cơ sở', 'Tổ chức thi tuyển hoặc xét tuyển theo phương án của tỉnh', 'Công bố kết quả, thí sinh xác nhận nhập học'],
    result: 'Quyết định trúng tuyển vào lớp 10', legal: [GD_LAW, ['30/2024/TT-BGDĐT', 'Thông tư ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông']], keywords: ['thi vao lop 10', 'thi cap 3', 'xet tuyen lop 10'],
  }),
  procedure({
    code: '1.015810', codeUnverified: true, popularity: 1_000_000, name: 'Tuyển sinh trung học cơ sở', sector: 'thi-tuyen-sinh', level: 'commune', online: 'full', agency: UBND_XA,
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: null,
    docs: [['Đơn đăng ký dự tuyển', 1, 0, 'Đơn đăng ký dự tuyển'], 'Học bạ tiểu học', 'Bản sao giấy khai sinh (nếu thông tin chưa có trong Cơ sở dữ liệu)'],
    steps: ['Đăng ký tuyển sinh trực tuyến hoặc tại trường', 'Trường xét tuyển theo địa bàn tuyển sinh được giao', 'Công bố danh sách trúng tuyển'],
    result: 'Danh sách học sinh trúng tuyển vào lớp 6', legal: [GD_LAW, ['30/2024/TT-BGDĐT', 'Thông tư ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông']], keywords: ['vao lop 6', 'tuyen sinh dau cap'],
  }),
  procedure({
    code: '1.001622', popularity: 300_000, name: 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo', sector: 'giao-duc', level: 'commune', online: 'full', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: NO_FEE, time: [10, 'working_day'],
    docs: [['Đơn đề nghị hỗ trợ tiền ăn trưa', 1, 0, 'Đơn đề nghị hỗ trợ'], 'Giấy tờ chứng minh thuộc đối tượng hỗ trợ (hộ nghèo, cận nghèo, vùng đặc biệt khó khăn…)'],
    steps: ['Cha, mẹ hoặc người chăm sóc nộp đơn cho cơ sở giáo dục mầm non', 'Cơ sở giáo dục lập danh sách đề nghị', 'Chủ tịch Ủy ban nhân dân cấp xã phê duyệt; chi trả hỗ trợ'],
    result: 'Quyết định phê duyệt danh sách trẻ em được hỗ trợ ăn trưa', legal: [['105/2020/NĐ-CP', 'Nghị định quy định chính sách phát triển giáo dục mầm non']], keywords: ['mam non', 'tien an'],
  }),
];
