/** Construction permits (giấy phép xây dựng), practising certificates, planning information, social housing. */
import { BY_PROVINCE, CHECK, CHU_TICH_XA, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';
import { housePermitDocuments, housePermitForm } from '../forms/xay-dung.js';

const SO_XD = 'Sở Xây dựng';
const XD_LAW: [string, string][] = [
  ['50/2014/QH13', 'Luật Xây dựng'],
  ['62/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng'],
  ['175/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng'],
];
const GPXD_FEE: Spec['fees'] = { online: [['Lệ phí cấp giấy phép xây dựng', null, BY_PROVINCE]], in_person: [['Lệ phí cấp giấy phép xây dựng', null, BY_PROVINCE]] };
const DON: [string, number, number, string] = ['Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II)', 1, 0, 'Đơn đề nghị cấp giấy phép xây dựng'];
const LAND = 'Bản sao giấy tờ chứng minh quyền sử dụng đất';
const DRAWINGS = 'Hai bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)';
const APPRAISE = 'Cơ quan cấp phép thẩm định hồ sơ, kiểm tra thực địa';
const house = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'legal' | 'online'> & Partial<Spec>) =>
  procedure({ sector: 'xay-dung', level: 'commune', agency: UBND_XA, deciding: CHU_TICH_XA, legal: XD_LAW, online: 'partial', ...s });

export const xayDung: SeedProcedure[] = [
  house({
    code: '1.015901', codeUnverified: true, popularity: 250_000, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [15, 'day'],
    docs: housePermitDocuments, form: housePermitForm,
    steps: [RECEIVE, CHECK, APPRAISE, 'Chủ tịch Ủy ban nhân dân cấp xã cấp giấy phép xây dựng', RETURN],
    conditions: ['Phù hợp với mục đích sử dụng đất theo quy hoạch; bảo đảm an toàn cho công trình và công trình lân cận'],
    result: 'Giấy phép xây dựng', legal: XD_LAW, keywords: ['xay nha', 'xay nha o', 'lam nha', 'xin phep xay nha'],
  }),
  house({
    code: '1.015902', codeUnverified: true, popularity: 40_000, name: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [15, 'day'],
    docs: [DON, 'Bản sao giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình, nhà ở', 'Bản vẽ, ảnh chụp hiện trạng của bộ phận công trình đề nghị sửa chữa, cải tạo', 'Hồ sơ thiết kế sửa chữa, cải tạo'],
    steps: [RECEIVE, CHECK, APPRAISE, 'Chủ tịch Ủy ban nhân dân cấp xã cấp giấy phép xây dựng', RETURN],
    result: 'Giấy phép xây dựng sửa chữa, cải tạo', keywords: ['sua nha', 'cai tao nha', 'nang tang', 'co noi'],
  }),
  procedure({
    code: '1.015903', codeUnverified: true, popularity: 3_000, name: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV', sector: 'xay-dung', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: SO_XD,
    fees: GPXD_FEE, time: [20, 'day'],
    docs: [DON, 'Bản sao giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình', 'Bản vẽ, ảnh chụp hiện trạng của bộ phận công trình đề nghị sửa chữa, cải tạo', 'Hồ sơ thiết kế sửa chữa, cải tạo'],
    steps: [RECEIVE, CHECK, APPRAISE, 'Sở Xây dựng cấp giấy phép xây dựng', RETURN],
    result: 'Giấy phép xây dựng sửa chữa, cải tạo', legal: XD_LAW, keywords: ['sua chua cong trinh', 'cai tao nha xuong'],
  }),
  house({
    code: '1.015904', codeUnverified: true, popularity: 10_000, name: 'Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [15, 'day'],
    docs: [['Đơn đề nghị điều chỉnh giấy phép xây dựng', 1, 0, 'Đơn đề nghị điều chỉnh giấy phép xây dựng'], 'Bản chính giấy phép xây dựng đã được cấp', 'Bản vẽ thiết kế phần điều chỉnh'],
    steps: [RECEIVE, CHECK, APPRAISE, 'Chủ tịch Ủy ban nhân dân cấp xã điều chỉnh giấy phép xây dựng', RETURN],
    result: 'Giấy phép xây dựng điều chỉnh', keywords: ['thay doi thiet ke', 'doi ban ve'],
  }),
  house({
    code: '1.015905', codeUnverified: true, popularity: 5_000, name: 'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [5, 'working_day'], online: 'full',
    docs: [['Đơn đề nghị gia hạn giấy phép xây dựng', 1, 0, 'Đơn đề nghị gia hạn giấy phép xây dựng'], 'Bản chính giấy phép xây dựng đã được cấp'],
    steps: [RECEIVE, CHECK, 'Chủ tịch Ủy ban nhân dân cấp xã gia hạn giấy phép xây dựng', RETURN],
    conditions: ['Nộp hồ sơ trước thời điểm công trình được khởi công theo giấy phép hết hiệu lực ít nhất 30 ngày'],
    result: 'Giấy phép xây dựng được gia hạn', keywords: ['chua khoi cong', 'het han giay phep'],
  }),
  house({
    code: '1.015906', codeUnverified: true, popularity: 3_000, name: 'Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [5, 'working_day'], online: 'full',
    docs: [['Đơn đề nghị cấp lại giấy phép xây dựng', 1, 0, 'Đơn đề nghị cấp lại giấy phép xây dựng'], 'Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)'],
    steps: [RECEIVE, CHECK, 'Chủ tịch Ủy ban nhân dân cấp xã cấp lại giấy phép xây dựng', RETURN],
    result: 'Giấy phép xây dựng (cấp lại)', keywords: ['mat giay phep', 'rach giay phep'],
  }),
  house({
    code: '1.015907', codeUnverified: true, popularity: 20_000, name: 'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ', fees: GPXD_FEE, time: [15, 'day'],
    docs: [DON, LAND, DRAWINGS, 'Bản cam kết tự phá dỡ công trình khi Nhà nước thực hiện giải phóng mặt bằng'],
    steps: [RECEIVE, CHECK, APPRAISE, 'Chủ tịch Ủy ban nhân dân cấp xã cấp giấy phép xây dựng có thời hạn', RETURN],
    conditions: ['Đất thuộc khu vực có quy hoạch phân khu, quy hoạch chi tiết được duyệt nhưng chưa thực hiện và chưa có quyết định thu hồi đất'],
    result: 'Giấy phép xây dựng có thời hạn', keywords: ['dat quy hoach', 'xay tam', 'xay nha tam'],
  }),
  procedure({
    code: '1.015908', codeUnverified: true, popularity: 30_000, name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', sector: 'xay-dung', level: 'province', audiences: ['citizen'], online: 'full', agency: SO_XD,
    fees: { online: [['Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng', null, 'Theo quy định của Bộ Tài chính']] }, time: [20, 'day'],
    docs: [['Đơn đề nghị cấp chứng chỉ hành nghề (Mẫu số 04 Phụ lục IV)', 1, 0, 'Mẫu số 04'], 'Ảnh màu cỡ 4cm x 6cm (tệp tin)', 'Văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với lĩnh vực đề nghị', 'Bản khai kinh nghiệm công việc chuyên môn'],
    steps: [RECEIVE, CHECK, 'Sát hạch kiến thức chuyên môn và pháp luật (trắc nghiệm trên máy tính)', 'Hội đồng xét cấp chứng chỉ xem xét; Sở Xây dựng cấp chứng chỉ', RETURN],
    result: 'Chứng chỉ hành nghề hoạt động xây dựng', legal: XD_LAW, keywords: ['ky su xay dung', 'thiet ke', 'giam sat thi cong', 'chi huy truong'],
  }),
  procedure({
    code: '1.015909', codeUnverified: true, popularity: 50_000, name: 'Cung cấp thông tin quy hoạch đô thị và nông thôn', sector: 'quy-hoach', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: SO_XD,
    fees: { online: [['Phí cung cấp thông tin quy hoạch', null, BY_PROVINCE]], in_person: [['Phí cung cấp thông tin quy hoạch', null, BY_PROVINCE]] }, time: [7, 'working_day'],
    docs: [['Văn bản đề nghị cung cấp thông tin về quy hoạch đô thị và nông thôn', 1, 0, 'Văn bản đề nghị'], 'Bản sao giấy chứng nhận quyền sử dụng đất hoặc sơ đồ vị trí khu đất cần cung cấp thông tin'],
    steps: [RECEIVE, CHECK, 'Tra cứu đồ án quy hoạch được duyệt; lập văn bản cung cấp thông tin', RETURN],
    result: 'Văn bản cung cấp thông tin quy hoạch (chỉ giới đường đỏ, chỉ tiêu quy hoạch)', legal: [['47/2024/QH15', 'Luật Quy hoạch đô thị và nông thôn']],
    keywords: ['kiem tra quy hoach', 'chi gioi duong do', 'dinh quy hoach', 'lo gioi'],
  }),
  procedure({
    code: '1.015910', codeUnverified: true, popularity: 150_000, name: 'Xác nhận đối tượng, điều kiện để được hưởng chính sách hỗ trợ về nhà ở xã hội', sector: 'nha-o', level: 'commune', online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: [7, 'day'],
    docs: [['Mẫu giấy đề nghị xác nhận đối tượng và điều kiện về nhà ở', 1, 0, 'Mẫu giấy đề nghị xác nhận'], 'Giấy tờ chứng minh thu nhập (đối với người không có hợp đồng lao động)'],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã kiểm tra, xác nhận thực trạng nhà ở, thu nhập', 'Cấp giấy xác nhận'],
    result: 'Giấy xác nhận đối tượng, điều kiện về nhà ở xã hội', legal: [['27/2023/QH15', 'Luật Nhà ở'], ['100/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội']],
    keywords: ['mua nha o xa hoi', 'chua co nha', 'thu nhap thap', 'thue nha o xa hoi'],
  }),
];
