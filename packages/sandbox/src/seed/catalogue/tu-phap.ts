/** Certification (chứng thực) of contracts, wills, translations, electronic copies; judicial records (lý lịch tư pháp). */
import { CHECK, CHUNG_THUC_LAW, ID_DOC, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const fee = (name: string, amount: number, note?: string): Spec['fees'] => ({ in_person: [[name, amount, note]] });
const SIGN_BEFORE = 'Các bên ký trước mặt người thực hiện chứng thực';
const CERTIFY = 'Người thực hiện chứng thực ghi lời chứng, ký và đóng dấu; ghi vào sổ chứng thực';
const ASSET_DOCS = 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản (kèm bản chính để đối chiếu)';
const ct = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'legal' | 'online' | 'audiences'> & Partial<Spec>) =>
  procedure({ sector: 'chung-thuc', level: 'commune', agency: UBND_XA, legal: CHUNG_THUC_LAW, online: 'none', audiences: ['citizen', 'business', 'organisation'], ...s });
const LLTP_LAW: [string, string][] = [['28/2009/QH12', 'Luật Lý lịch tư pháp']];

export const tuPhap: SeedProcedure[] = [
  ct({
    code: '1.016001', codeUnverified: true, popularity: 3_000_000, name: 'Chứng thực bản sao điện tử từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', online: 'full',
    fees: { online: [['Phí chứng thực bản sao điện tử từ bản chính', 2_000, '2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản']] }, time: [1, 'working_day', 'Trong ngày tiếp nhận; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo'],
    docs: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao điện tử (xuất trình tại Bộ phận Một cửa)', 'Bản chụp hoặc bản quét giấy tờ, văn bản tải lên Cổng Dịch vụ công'],
    steps: ['Đăng ký trực tuyến, tải bản chụp lên Cổng Dịch vụ công', 'Xuất trình bản chính tại Bộ phận Một cửa để đối chiếu', 'Người thực hiện chứng thực ký số lên bản sao điện tử', 'Trả bản sao điện tử vào Kho quản lý dữ liệu điện tử của công dân'],
    result: 'Bản sao điện tử được chứng thực từ bản chính (có chữ ký số)', keywords: ['sao y online', 'cong chung online', 'nop ho so online'],
  }),
  ct({
    code: '2.001035', popularity: 1_500_000, name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    fees: fee('Phí chứng thực hợp đồng, giao dịch', 50_000, '50.000 đồng/hợp đồng, giao dịch'), time: [2, 'working_day', 'Trong ngày tiếp nhận hoặc ngày làm việc tiếp theo; không quá 02 ngày làm việc'],
    docs: ['Dự thảo hợp đồng, giao dịch', ID_DOC, ASSET_DOCS],
    steps: [RECEIVE, CHECK, SIGN_BEFORE, CERTIFY, RETURN],
    result: 'Hợp đồng, giao dịch được chứng thực', keywords: ['hop dong mua ban', 'hop dong chuyen nhuong', 'tang cho', 'cong chung hop dong', 'the chap'],
  }),
  ct({
    code: '2.000913', popularity: 50_000, name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch',
    fees: fee('Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 30_000), time: [2, 'working_day'],
    docs: ['Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'Hợp đồng, giao dịch đã được chứng thực', ID_DOC],
    steps: [RECEIVE, CHECK, SIGN_BEFORE, CERTIFY, RETURN],
    result: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực', keywords: ['huy hop dong', 'sua hop dong'],
  }),
  ct({
    code: '2.001019', popularity: 30_000, name: 'Chứng thực di chúc', audiences: ['citizen'],
    fees: fee('Phí chứng thực di chúc', 50_000), time: [2, 'working_day'],
    docs: ['Dự thảo di chúc', ID_DOC, ASSET_DOCS],
    steps: [RECEIVE, 'Người lập di chúc ký trước mặt người thực hiện chứng thực', CERTIFY, RETURN],
    conditions: ['Người lập di chúc minh mẫn, sáng suốt, tự nguyện; phải tự mình yêu cầu chứng thực'],
    result: 'Di chúc được chứng thực', keywords: ['lam di chuc', 'chia tai san', 'de lai tai san'],
  }),
  ct({
    code: '2.001406', popularity: 100_000, name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', audiences: ['citizen'],
    fees: fee('Phí chứng thực văn bản thỏa thuận phân chia di sản', 50_000), time: [2, 'working_day'],
    docs: ['Dự thảo văn bản thỏa thuận phân chia di sản', ID_DOC, ASSET_DOCS, 'Giấy chứng tử hoặc trích lục khai tử của người để lại di sản; giấy tờ chứng minh quan hệ với người để lại di sản'],
    steps: [RECEIVE, CHECK, 'Niêm yết việc thụ lý tại trụ sở Ủy ban nhân dân cấp xã nơi thường trú cuối cùng của người để lại di sản', SIGN_BEFORE, CERTIFY, RETURN],
    result: 'Văn bản thỏa thuận phân chia di sản được chứng thực', keywords: ['thua ke', 'khai nhan di san', 'chia thua ke', 'cha me mat'],
  }),
  ct({
    code: '1.016002', codeUnverified: true, popularity: 50_000, name: 'Chứng thực văn bản từ chối nhận di sản', audiences: ['citizen'],
    fees: fee('Phí chứng thực văn bản từ chối nhận di sản', 50_000), time: [2, 'working_day'],
    docs: ['Dự thảo văn bản từ chối nhận di sản', ID_DOC, 'Giấy chứng tử hoặc trích lục khai tử của người để lại di sản'],
    steps: [RECEIVE, CHECK, 'Người từ chối nhận di sản ký trước mặt người thực hiện chứng thực', CERTIFY, RETURN],
    result: 'Văn bản từ chối nhận di sản được chứng thực', keywords: ['thua ke', 'khong nhan thua ke', 'nhuong thua ke'],
  }),
  ct({
    code: '2.000992', popularity: 200_000, name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
    fees: fee('Phí chứng thực chữ ký người dịch', 10_000, '10.000 đồng/trường hợp'), time: [1, 'working_day', 'Trong ngày tiếp nhận'],
    docs: ['Bản dịch và giấy tờ, văn bản cần dịch'],
    steps: [RECEIVE, CHECK, 'Người thực hiện chứng thực đối chiếu chữ ký mẫu của cộng tác viên dịch thuật', CERTIFY, RETURN],
    result: 'Bản dịch được chứng thực chữ ký người dịch', keywords: ['dich cong chung', 'ban dich tieng anh'],
  }),
  ct({
    code: '2.000908', popularity: 200_000, name: 'Cấp bản sao từ sổ gốc',
    fees: { in_person: [['Phí cấp bản sao từ sổ gốc', null, 'Theo quy định của cơ quan, tổ chức quản lý sổ gốc']] }, time: [1, 'working_day', 'Trong ngày tiếp nhận; trường hợp phải xác minh không quá 03 ngày làm việc'],
    docs: [ID_DOC, 'Giấy tờ chứng minh quan hệ với người được cấp bản chính (trường hợp người yêu cầu là người thân)'],
    steps: [RECEIVE, 'Đối chiếu với sổ gốc', 'Cấp bản sao từ sổ gốc', RETURN],
    result: 'Bản sao từ sổ gốc', keywords: ['ban sao giay khai sinh', 'ban sao quyet dinh'],
  }),
  procedure({
    code: '1.016003', codeUnverified: true, popularity: 100_000, name: 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', sector: 'ly-lich-tu-phap', level: 'province', audiences: ['organisation'], online: 'partial', agency: 'Sở Tư pháp',
    fees: { in_person: [['Phí cung cấp thông tin lý lịch tư pháp', 0, 'Không thu phí đối với cơ quan tiến hành tố tụng']] }, time: [10, 'day', 'Trường hợp khẩn cấp không quá 24 giờ'],
    docs: [['Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan tiến hành tố tụng', 1, 0, 'Văn bản yêu cầu']],
    steps: ['Cơ quan tiến hành tố tụng gửi văn bản yêu cầu', 'Tra cứu, xác minh thông tin lý lịch tư pháp', 'Lập và ký Phiếu lý lịch tư pháp số 2', 'Gửi Phiếu cho cơ quan yêu cầu'],
    result: 'Phiếu lý lịch tư pháp số 2', legal: LLTP_LAW, keywords: ['phieu so 2', 'dieu tra', 'toa an'],
  }),
  procedure({
    code: '1.016004', codeUnverified: true, popularity: 80_000, name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam đang cư trú ở nước ngoài, người nước ngoài đã cư trú tại Việt Nam', sector: 'ly-lich-tu-phap', level: 'central', online: 'full', agency: 'Bộ Tư pháp',
    fees: { online: [['Phí cung cấp thông tin lý lịch tư pháp', 200_000]], in_person: [['Phí cung cấp thông tin lý lịch tư pháp', 200_000]] }, time: [15, 'day', 'Không quá 15 ngày; trường hợp phải xác minh không quá 20 ngày'],
    docs: [['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu số 03/2013/TT-LLTP)', 1, 0, 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'], 'Bản chụp hộ chiếu hoặc giấy tờ tùy thân', 'Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)'],
    steps: ['Nộp hồ sơ trực tuyến, qua bưu chính hoặc tại Trung tâm Lý lịch tư pháp quốc gia', 'Tra cứu, xác minh thông tin lý lịch tư pháp', 'Lập và ký Phiếu lý lịch tư pháp số 1 hoặc số 2 theo yêu cầu', RETURN],
    result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2', legal: LLTP_LAW, keywords: ['phieu so 1', 'phieu so 2', 'dinh cu nuoc ngoai', 'xin visa'],
  }),
];
