/** Enterprise registration (đăng ký doanh nghiệp), household businesses, cooperatives. */
import { BY_PROVINCE, CHECK, HKD_LAW, RECEIVE, RETURN, UBND_XA, procedure, type DocSpec, type SeedProcedure, type Spec } from './spec.js';
import { singleMemberCompanyDocuments, singleMemberCompanyForm } from '../forms/kinh-doanh.js';

const SO_TC = 'Sở Tài chính';
const DN_LAW: [string, string][] = [
  ['59/2020/QH14', 'Luật Doanh nghiệp'],
  ['168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp'],
  ['47/2019/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp'],
];
const REG_FEES: Spec['fees'] = {
  online: [['Lệ phí đăng ký doanh nghiệp', 0, 'Miễn lệ phí đối với hồ sơ đăng ký qua mạng thông tin điện tử'], ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000]],
  in_person: [['Lệ phí đăng ký doanh nghiệp', 50_000], ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000]],
};
const CHANGE_FEES: Spec['fees'] = {
  online: [['Lệ phí đăng ký doanh nghiệp', 0, 'Miễn lệ phí đối với hồ sơ đăng ký qua mạng thông tin điện tử'], ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000, 'Đối với nội dung thay đổi phải công bố']],
  in_person: [['Lệ phí đăng ký doanh nghiệp', 50_000], ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000, 'Đối với nội dung thay đổi phải công bố']],
};
const NOTICE_FEES: Spec['fees'] = { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] };
const LEGAL_PAPERS = 'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật và chủ sở hữu, thành viên, cổ đông sáng lập là cá nhân';
const ORG_PAPERS = 'Bản sao giấy tờ pháp lý của tổ chức đối với thành viên, cổ đông là tổ chức và văn bản cử người đại diện theo ủy quyền';
const DKKD_STEP = 'Phòng Đăng ký kinh doanh thuộc Sở Tài chính xem xét tính hợp lệ của hồ sơ, cấp đăng ký doanh nghiệp';
const PORTAL = 'Nộp hồ sơ trên Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc tại Phòng Đăng ký kinh doanh';
const NEW_RESULT = 'Giấy chứng nhận đăng ký doanh nghiệp';
const CHANGE_RESULT = 'Giấy chứng nhận đăng ký doanh nghiệp (nội dung thay đổi) hoặc Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp';

function dn(s: Omit<Spec, 'sector' | 'level' | 'agency' | 'online' | 'fees' | 'time' | 'legal' | 'audiences'> & Partial<Spec>): SeedProcedure {
  return procedure({
    sector: 'thanh-lap-doanh-nghiep', level: 'province', audiences: ['business', 'citizen'], online: 'full', agency: SO_TC,
    fees: CHANGE_FEES, time: [3, 'working_day'], legal: DN_LAW, ...s,
  });
}
const form = (name: string): DocSpec => [name, 1, 0, name];

export const doanhNghiep: SeedProcedure[] = [
  dn({
    code: '2.001610', popularity: 6_000, name: 'Đăng ký thành lập doanh nghiệp tư nhân', fees: REG_FEES,
    docs: [form('Giấy đề nghị đăng ký doanh nghiệp'), 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân'],
    steps: [PORTAL, CHECK, DKKD_STEP, 'Cấp mã số doanh nghiệp (đồng thời là mã số thuế)', RETURN], result: NEW_RESULT, keywords: ['mo doanh nghiep', 'chu doanh nghiep'],
  }),
  dn({
    code: '1.015201', codeUnverified: true, popularity: 90_000, name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', fees: REG_FEES,
    docs: singleMemberCompanyDocuments, form: singleMemberCompanyForm,
    steps: [PORTAL, CHECK, DKKD_STEP, 'Cấp mã số doanh nghiệp (đồng thời là mã số thuế)', RETURN], result: NEW_RESULT, keywords: ['mo doanh nghiep', 'khoi nghiep', 'mot chu so huu'],
  }),
  dn({
    code: '1.015202', codeUnverified: true, popularity: 30_000, name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', fees: REG_FEES,
    docs: [form('Giấy đề nghị đăng ký doanh nghiệp'), 'Điều lệ công ty', 'Danh sách thành viên', LEGAL_PAPERS],
    steps: [PORTAL, CHECK, DKKD_STEP, 'Cấp mã số doanh nghiệp (đồng thời là mã số thuế)', RETURN], result: NEW_RESULT, keywords: ['mo doanh nghiep', 'khoi nghiep', 'gop von'],
  }),
  dn({
    code: '1.015203', codeUnverified: true, popularity: 35_000, name: 'Đăng ký thành lập công ty cổ phần', fees: REG_FEES,
    docs: [form('Giấy đề nghị đăng ký doanh nghiệp'), 'Điều lệ công ty', 'Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)', LEGAL_PAPERS],
    steps: [PORTAL, CHECK, DKKD_STEP, 'Cấp mã số doanh nghiệp (đồng thời là mã số thuế)', RETURN], result: NEW_RESULT, keywords: ['mo doanh nghiep', 'khoi nghiep', 'co dong sang lap'],
  }),
  dn({
    code: '1.015204', codeUnverified: true, popularity: 200, name: 'Đăng ký thành lập công ty hợp danh', fees: REG_FEES,
    docs: [form('Giấy đề nghị đăng ký doanh nghiệp'), 'Điều lệ công ty', 'Danh sách thành viên', LEGAL_PAPERS],
    steps: [PORTAL, CHECK, DKKD_STEP, 'Cấp mã số doanh nghiệp (đồng thời là mã số thuế)', RETURN], result: NEW_RESULT, keywords: ['mo doanh nghiep'],
  }),
  dn({
    code: '1.015205', codeUnverified: true, popularity: 5_000, name: 'Đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh', fees: REG_FEES,
    docs: [form('Giấy đề nghị đăng ký doanh nghiệp'), 'Điều lệ công ty (trường hợp thành lập công ty)', 'Bản sao Giấy chứng nhận đăng ký hộ kinh doanh', 'Bản sao Giấy chứng nhận đăng ký thuế'],
    steps: [PORTAL, CHECK, DKKD_STEP, 'Thông báo cơ quan đăng ký kinh doanh cấp xã chấm dứt hoạt động hộ kinh doanh', RETURN], result: NEW_RESULT, keywords: ['len doanh nghiep', 'chuyen doi ho kinh doanh'],
  }),
  dn({
    code: '1.015206', codeUnverified: true, popularity: 80_000, name: 'Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi địa chỉ trụ sở chính'],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['chuyen tru so', 'chuyen van phong', 'sap nhap tinh'],
  }),
  dn({
    code: '1.015207', codeUnverified: true, popularity: 30_000, name: 'Đăng ký đổi tên doanh nghiệp',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc đổi tên doanh nghiệp'],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['ten moi'],
  }),
  dn({
    code: '1.015208', codeUnverified: true, popularity: 60_000, name: 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi người đại diện theo pháp luật', 'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật mới'],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['doi giam doc', 'thay giam doc'],
  }),
  dn({
    code: '1.015209', codeUnverified: true, popularity: 70_000, name: 'Đăng ký thay đổi vốn điều lệ, thay đổi tỷ lệ vốn góp (đối với công ty trách nhiệm hữu hạn, công ty cổ phần, công ty hợp danh)',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi vốn điều lệ', 'Văn bản của cơ quan đăng ký đầu tư chấp thuận việc góp vốn của nhà đầu tư nước ngoài (nếu có)'],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['tang von', 'giam von'],
  }),
  dn({
    code: '1.015210', codeUnverified: true, popularity: 40_000, name: 'Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Danh sách thành viên sau khi thay đổi', 'Hợp đồng chuyển nhượng phần vốn góp hoặc giấy tờ chứng minh việc hoàn tất chuyển nhượng', LEGAL_PAPERS],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['chuyen nhuong von', 'them thanh vien', 'rut von'],
  }),
  dn({
    code: '1.015211', codeUnverified: true, popularity: 30_000, name: 'Đăng ký thay đổi chủ sở hữu công ty trách nhiệm hữu hạn một thành viên',
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Điều lệ sửa đổi, bổ sung của công ty', 'Hợp đồng chuyển nhượng vốn hoặc giấy tờ chứng minh việc hoàn tất chuyển nhượng', LEGAL_PAPERS],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: CHANGE_RESULT, keywords: ['ban lai doanh nghiep', 'chuyen nhuong von'],
  }),
  dn({
    code: '1.015212', codeUnverified: true, popularity: 100_000, name: 'Thông báo thay đổi ngành, nghề kinh doanh', fees: NOTICE_FEES,
    docs: [form('Thông báo thay đổi nội dung đăng ký doanh nghiệp'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi ngành, nghề kinh doanh'],
    steps: [PORTAL, CHECK, 'Phòng Đăng ký kinh doanh cập nhật thông tin vào Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', RETURN],
    result: 'Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp', keywords: ['bo sung nganh nghe', 'them nganh'],
  }),
  dn({
    code: '1.015213', codeUnverified: true, popularity: 60_000, name: 'Đăng ký hoạt động chi nhánh, văn phòng đại diện, thông báo lập địa điểm kinh doanh', fees: REG_FEES,
    docs: [form('Thông báo về việc đăng ký hoạt động chi nhánh, văn phòng đại diện, thông báo lập địa điểm kinh doanh'), 'Bản sao nghị quyết, quyết định của doanh nghiệp về việc thành lập chi nhánh, văn phòng đại diện', 'Bản sao giấy tờ pháp lý của cá nhân đối với người đứng đầu chi nhánh, văn phòng đại diện'],
    steps: [PORTAL, CHECK, DKKD_STEP, RETURN], result: 'Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện hoặc Giấy chứng nhận đăng ký địa điểm kinh doanh',
    keywords: ['mo chi nhanh', 'cua hang'],
  }),
  dn({
    code: '1.015214', codeUnverified: true, popularity: 120_000, name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)', fees: NOTICE_FEES,
    docs: [form('Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo'), 'Nghị quyết, quyết định và bản sao biên bản họp về việc tạm ngừng kinh doanh'],
    conditions: ['Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh'],
    steps: [PORTAL, CHECK, 'Phòng Đăng ký kinh doanh cập nhật tình trạng pháp lý của doanh nghiệp', RETURN], result: 'Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh', keywords: ['tam nghi kinh doanh', 'dong cua tam thoi'],
  }),
  dn({
    code: '1.015215', codeUnverified: true, popularity: 25_000, name: 'Giải thể doanh nghiệp', fees: NOTICE_FEES, time: [5, 'working_day', 'Sau khi hết thời hạn thông báo giải thể và được cơ quan thuế xác nhận hoàn thành nghĩa vụ thuế'],
    docs: [form('Thông báo về giải thể doanh nghiệp'), 'Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán', 'Nghị quyết, quyết định và bản sao biên bản họp về việc giải thể doanh nghiệp'],
    steps: [PORTAL, 'Phòng Đăng ký kinh doanh đăng tải thông báo giải thể, lấy ý kiến cơ quan thuế', CHECK, 'Cập nhật tình trạng pháp lý đã giải thể trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', RETURN],
    result: 'Thông báo về việc giải thể doanh nghiệp', keywords: ['dong cua', 'cham dut hoat dong', 'ngung kinh doanh vinh vien'],
  }),
  procedure({
    code: '1.001266', popularity: 150_000, name: 'Chấm dứt hoạt động hộ kinh doanh', sector: 'ho-kinh-doanh', level: 'commune', audiences: ['citizen', 'business'], online: 'full', agency: UBND_XA,
    fees: NOTICE_FEES, time: [3, 'working_day'],
    docs: [form('Thông báo về việc chấm dứt hoạt động hộ kinh doanh'), 'Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế', 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh'],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký kinh doanh cấp xã cập nhật tình trạng chấm dứt hoạt động của hộ kinh doanh', RETURN],
    result: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', legal: HKD_LAW, keywords: ['dong cua hang', 'nghi kinh doanh', 'giai the ho kinh doanh'],
  }),
  procedure({
    code: '1.015216', codeUnverified: true, popularity: 80_000, name: 'Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', sector: 'ho-kinh-doanh', level: 'commune', audiences: ['citizen', 'business'], online: 'full', agency: UBND_XA,
    fees: NOTICE_FEES, time: [3, 'working_day'],
    docs: [form('Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh')],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký kinh doanh cấp xã cập nhật tình trạng hoạt động của hộ kinh doanh', RETURN],
    result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh', legal: HKD_LAW, keywords: ['tam nghi', 'dong cua tam thoi'],
  }),
  procedure({
    code: '1.015217', codeUnverified: true, popularity: 5_000, name: 'Đăng ký thành lập hợp tác xã', sector: 'hop-tac-xa', level: 'province', audiences: ['business', 'citizen', 'organisation'], online: 'full', agency: SO_TC,
    fees: { online: [['Lệ phí đăng ký hợp tác xã', null, BY_PROVINCE]], in_person: [['Lệ phí đăng ký hợp tác xã', null, BY_PROVINCE]] }, time: [3, 'working_day'],
    docs: [form('Giấy đề nghị đăng ký hợp tác xã'), 'Điều lệ hợp tác xã', 'Phương án sản xuất, kinh doanh', 'Danh sách thành viên; nghị quyết hội nghị thành lập'],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hợp tác xã', RETURN],
    result: 'Giấy chứng nhận đăng ký hợp tác xã', legal: [['17/2023/QH15', 'Luật Hợp tác xã'], ['92/2024/NĐ-CP', 'Nghị định về đăng ký hợp tác xã, liên hiệp hợp tác xã']],
  }),
];
