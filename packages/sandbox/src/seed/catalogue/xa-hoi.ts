/** Social protection (bảo trợ xã hội), poverty reduction (giảm nghèo), people with meritorious services (người có công). */
import { CHECK, CHU_TICH_XA, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_NV = 'Sở Nội vụ';
const NO_FEE: Spec['fees'] = { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] };
const BTXH_LAW: [string, string][] = [['20/2021/NĐ-CP', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội']];
const NKT_LAW: [string, string][] = [
  ['51/2010/QH12', 'Luật Người khuyết tật'],
  ['28/2012/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật'],
];
const NGHEO_LAW: [string, string][] = [
  ['07/2021/NĐ-CP', 'Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025'],
  ['24/2021/QĐ-TTg', 'Quyết định quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình'],
];
const NCC_LAW: [string, string][] = [
  ['02/2020/UBTVQH14', 'Pháp lệnh Ưu đãi người có công với cách mạng'],
  ['131/2021/NĐ-CP', 'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng'],
];
const xa = (s: Omit<Spec, 'level' | 'agency' | 'fees' | 'online'> & Partial<Spec>) =>
  procedure({ level: 'commune', agency: UBND_XA, deciding: CHU_TICH_XA, fees: NO_FEE, online: 'full', ...s });
const ncc = (s: Omit<Spec, 'sector' | 'level' | 'agency' | 'fees' | 'online' | 'legal'>) =>
  procedure({ sector: 'nguoi-co-cong', level: 'province', agency: SO_NV, deciding: 'Giám đốc Sở Nội vụ', fees: NO_FEE, online: 'full', legal: NCC_LAW, ...s });
const XA_CHECK = 'Công chức phụ trách lao động - xã hội cấp xã kiểm tra, xác minh; Hội đồng xét duyệt cấp xã xem xét, niêm yết công khai (nếu có)';

export const xaHoi: SeedProcedure[] = [
  xa({
    code: '1.016051', codeUnverified: true, popularity: 500_000, name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng', sector: 'bao-tro-xa-hoi', time: [20, 'working_day'],
    docs: [['Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, 1b, 1c, 1d, 1đ)', 1, 0, 'Mẫu số 1a'], 'Giấy xác nhận khuyết tật (đối với người khuyết tật)', 'Giấy tờ chứng minh thuộc đối tượng hưởng (nếu thông tin chưa có trong cơ sở dữ liệu)'],
    steps: [RECEIVE, CHECK, XA_CHECK, 'Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hằng tháng', 'Chi trả trợ cấp qua tài khoản hoặc tổ chức dịch vụ chi trả'],
    conditions: ['Thuộc đối tượng bảo trợ xã hội: trẻ em mồ côi, người cao tuổi, người khuyết tật nặng, người đơn thân nghèo nuôi con…'],
    result: 'Quyết định trợ cấp xã hội hằng tháng', legal: BTXH_LAW, keywords: ['tro cap nguoi cao tuoi', 'tro cap khuyet tat', 'tre mo coi', 'nguoi gia', 'tien tro cap hang thang'],
  }),
  xa({
    code: '1.001731', popularity: 200_000, name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', sector: 'bao-tro-xa-hoi', time: [3, 'working_day'],
    docs: [['Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04)', 1, 0, 'Mẫu số 04'], 'Trích lục khai tử hoặc giấy báo tử (dữ liệu điện tử)'],
    steps: [RECEIVE, CHECK, 'Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ chi phí mai táng', 'Chi trả hỗ trợ cho gia đình, cá nhân tổ chức mai táng'],
    result: 'Quyết định hỗ trợ chi phí mai táng', legal: BTXH_LAW, keywords: ['tien mai tang', 'nguoi than mat', 'lam dam tang'],
  }),
  xa({
    code: '1.014027', popularity: 300_000, name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội', sector: 'bao-tro-xa-hoi', time: [15, 'working_day'],
    docs: [['Văn bản đề nghị hưởng trợ cấp hưu trí xã hội (Mẫu số 01)', 1, 0, 'Mẫu số 01']],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã rà soát, niêm yết danh sách', 'Chủ tịch Ủy ban nhân dân cấp xã quyết định hưởng trợ cấp hưu trí xã hội', 'Chi trả trợ cấp hằng tháng; cấp thẻ bảo hiểm y tế'],
    conditions: ['Công dân Việt Nam từ đủ 75 tuổi (từ đủ 70 đến dưới 75 tuổi nếu thuộc hộ nghèo, cận nghèo) không hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng'],
    result: 'Quyết định hưởng trợ cấp hưu trí xã hội', legal: [['41/2024/QH15', 'Luật Bảo hiểm xã hội'], ['176/2025/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội']],
    keywords: ['nguoi cao tuoi', 'du 75 tuoi', 'khong co luong huu', 'nguoi gia'],
  }),
  xa({
    code: '1.001699', popularity: 200_000, name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', sector: 'bao-tro-xa-hoi', time: [30, 'day'],
    docs: [['Đơn đề nghị xác định, xác định lại mức độ khuyết tật (Mẫu số 01)', 1, 0, 'Mẫu số 01'], ['Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, kết luận của Hội đồng Giám định y khoa) nếu có', 0, 1]],
    steps: [RECEIVE, CHECK, 'Hội đồng xác định mức độ khuyết tật cấp xã tổ chức xác định bằng phương pháp quan sát, phỏng vấn', 'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy xác nhận khuyết tật', RETURN],
    result: 'Giấy xác nhận khuyết tật', legal: NKT_LAW, keywords: ['nguoi khuyet tat', 'tan tat', 'giam dinh khuyet tat'],
  }),
  xa({
    code: '1.016052', codeUnverified: true, popularity: 20_000, name: 'Đổi, cấp lại Giấy xác nhận khuyết tật', sector: 'bao-tro-xa-hoi', time: [5, 'working_day'],
    docs: [['Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật (Mẫu số 02)', 1, 0, 'Mẫu số 02']],
    steps: [RECEIVE, CHECK, 'Chủ tịch Ủy ban nhân dân cấp xã đổi, cấp lại Giấy xác nhận khuyết tật', RETURN],
    result: 'Giấy xác nhận khuyết tật (đổi, cấp lại)', legal: NKT_LAW, keywords: ['mat giay khuyet tat', 'nguoi khuyet tat'],
  }),
  xa({
    code: '1.016053', codeUnverified: true, popularity: 100_000, name: 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', sector: 'giam-ngheo', time: [7, 'working_day'],
    docs: [['Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo (Phụ lục số 01)', 1, 0, 'Phụ lục số 01']],
    steps: [RECEIVE, 'Tổ chức thẩm định, rà soát bằng phiếu khảo sát thu nhập, mức độ thiếu hụt dịch vụ xã hội cơ bản', 'Niêm yết công khai kết quả', 'Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận; cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo'],
    result: 'Quyết định công nhận và Giấy chứng nhận hộ nghèo, hộ cận nghèo', legal: NGHEO_LAW, keywords: ['so ho ngheo', 'kho khan', 'the bao hiem y te mien phi'],
  }),
  xa({
    code: '1.016054', codeUnverified: true, popularity: 80_000, name: 'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm', sector: 'giam-ngheo', time: [7, 'working_day'],
    docs: [['Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo (Phụ lục số 01)', 1, 0, 'Phụ lục số 01']],
    steps: [RECEIVE, 'Tổ chức thẩm định, rà soát bằng phiếu khảo sát', 'Niêm yết công khai kết quả', 'Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận hộ thoát nghèo, thoát cận nghèo'],
    result: 'Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo', legal: NGHEO_LAW, keywords: ['ra khoi ho ngheo'],
  }),
  procedure({
    code: '1.016055', codeUnverified: true, popularity: 5_000, name: 'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh', sector: 'bao-tro-xa-hoi', level: 'province', online: 'partial', agency: 'Sở Y tế',
    fees: NO_FEE, time: [10, 'working_day'],
    docs: [['Tờ khai đề nghị tiếp nhận vào cơ sở trợ giúp xã hội (Mẫu số 1a)', 1, 0, 'Mẫu số 1a'], 'Văn bản đề nghị của Ủy ban nhân dân cấp xã', 'Giấy tờ chứng minh thuộc đối tượng (giấy xác nhận khuyết tật, trích lục khai tử của cha mẹ…)'],
    steps: [RECEIVE, CHECK, 'Sở Y tế thẩm định, quyết định tiếp nhận đối tượng vào cơ sở', 'Cơ sở trợ giúp xã hội tiếp nhận, chăm sóc, nuôi dưỡng'],
    result: 'Quyết định tiếp nhận vào cơ sở trợ giúp xã hội', legal: BTXH_LAW, keywords: ['trung tam bao tro', 'vien duong lao', 'nuoi duong tap trung'],
  }),
  ncc({
    code: '1.016056', codeUnverified: true, popularity: 20_000, name: 'Giải quyết chế độ người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc và làm nghĩa vụ quốc tế', time: [20, 'working_day'],
    docs: [['Bản khai (Mẫu số 11 Phụ lục I Nghị định 131/2021/NĐ-CP) có xác nhận của Ủy ban nhân dân cấp xã', 1, 0, 'Mẫu số 11'], ['Bản sao Huân chương, Huy chương kháng chiến hoặc quyết định tặng thưởng', 0, 1]],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ đối chiếu hồ sơ, ra quyết định trợ cấp một lần', 'Chi trả trợ cấp'],
    result: 'Quyết định trợ cấp một lần', keywords: ['cuu chien binh', 'huan chuong khang chien', 'tro cap mot lan'],
  }),
  ncc({
    code: '1.016057', codeUnverified: true, popularity: 30_000, name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', time: [12, 'working_day'],
    docs: [['Đơn đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ (Mẫu số 18)', 1, 0, 'Mẫu số 18'], ['Bản sao Bằng "Tổ quốc ghi công"', 0, 1], 'Văn bản ủy quyền thờ cúng liệt sĩ (nếu có)'],
    steps: [RECEIVE, CHECK, 'Giám đốc Sở Nội vụ quyết định trợ cấp thờ cúng liệt sĩ', 'Chi trả trợ cấp hằng năm'],
    result: 'Quyết định trợ cấp thờ cúng liệt sĩ', keywords: ['gia dinh liet si'],
  }),
  ncc({
    code: '1.016058', codeUnverified: true, popularity: 100_000, name: 'Thăm viếng mộ liệt sĩ', time: [5, 'working_day'],
    docs: [['Đơn đề nghị thăm viếng mộ liệt sĩ (Mẫu số 31)', 1, 0, 'Mẫu số 31'], 'Giấy tờ chứng minh là thân nhân liệt sĩ hoặc người thờ cúng liệt sĩ'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ cấp giấy giới thiệu thăm viếng mộ liệt sĩ', 'Chi hỗ trợ tiền đi lại, ăn ở cho thân nhân (không quá 03 người/năm)'],
    result: 'Giấy giới thiệu thăm viếng mộ liệt sĩ và tiền hỗ trợ', keywords: ['nghia trang liet si', 'tham mo'],
  }),
  ncc({
    code: '1.016059', codeUnverified: true, popularity: 60_000, name: 'Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần', time: [12, 'working_day'],
    docs: [['Bản khai của thân nhân (Mẫu số 12)', 1, 0, 'Mẫu số 12'], 'Trích lục khai tử hoặc giấy báo tử (dữ liệu điện tử)'],
    steps: [RECEIVE, CHECK, 'Giám đốc Sở Nội vụ quyết định trợ cấp mai táng, trợ cấp một lần, trợ cấp tuất cho thân nhân', 'Chi trả trợ cấp'],
    result: 'Quyết định hưởng trợ cấp mai táng, trợ cấp một lần, trợ cấp tuất', keywords: ['nguoi co cong mat', 'mai tang phi', 'thuong binh mat'],
  }),
  ncc({
    code: '1.010825', popularity: 5_000, name: 'Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ', time: [12, 'working_day'],
    docs: [['Đơn đề nghị sửa đổi, bổ sung thông tin trong hồ sơ liệt sĩ (Mẫu số 26)', 1, 0, 'Mẫu số 26'], ['Bản sao giấy tờ chứng minh quan hệ với liệt sĩ', 0, 1]],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ bổ sung thông tin thân nhân vào hồ sơ liệt sĩ', RETURN],
    result: 'Hồ sơ liệt sĩ được bổ sung thông tin thân nhân', keywords: ['than nhan liet si'],
  }),
  ncc({
    code: '1.016060', codeUnverified: true, popularity: 10_000, name: 'Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú', time: [5, 'working_day'],
    docs: [['Đơn đề nghị di chuyển hồ sơ (Mẫu số 27)', 1, 0, 'Mẫu số 27'], 'Giấy xác nhận thông tin về cư trú nơi thường trú mới'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ nơi đi gửi phiếu báo di chuyển và hồ sơ đến Sở Nội vụ nơi đến', 'Sở Nội vụ nơi đến tiếp nhận, tiếp tục chi trả trợ cấp'],
    result: 'Phiếu báo di chuyển hồ sơ; trợ cấp được chi trả tại nơi mới', keywords: ['chuyen tinh', 'thuong binh'],
  }),
  ncc({
    code: '1.016061', codeUnverified: true, popularity: 5_000, name: 'Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công', time: [20, 'working_day'],
    docs: [['Đơn đề nghị sửa đổi, bổ sung thông tin (Mẫu số 26)', 1, 0, 'Mẫu số 26'], 'Giấy tờ làm căn cứ sửa đổi, bổ sung thông tin'],
    steps: [RECEIVE, CHECK, 'Sở Nội vụ đối chiếu, điều chỉnh thông tin trong hồ sơ người có công', RETURN],
    result: 'Quyết định điều chỉnh thông tin trong hồ sơ người có công', keywords: ['sai thong tin', 'thuong binh', 'liet si'],
  }),
];
