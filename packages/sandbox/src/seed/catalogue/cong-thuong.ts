/** Industry and trade (công thương): retail licences, promotions, petrol stations, food safety, electricity, certificates of origin. */
import { BY_PROVINCE, CHECK, CHU_TICH_XA, RECEIVE, RETURN, UBND_XA, procedure, type SeedProcedure, type Spec } from './spec.js';

const SO_CT = 'Sở Công Thương';
const BTC = 'Theo quy định của Bộ Tài chính';
const fee = (name: string, amount: number | null, note?: string): Spec['fees'] => ({ online: [[name, amount, note]], in_person: [[name, amount, note]] });
const XTTM_LAW: [string, string][] = [
  ['36/2005/QH11', 'Luật Thương mại'],
  ['81/2018/NĐ-CP', 'Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại'],
];
const DIEN_LAW: [string, string][] = [['61/2024/QH15', 'Luật Điện lực']];
const EVN = ['Tổng công ty Điện lực', 'Công ty Điện lực cấp tỉnh'];

export const congThuong: SeedProcedure[] = [
  procedure({
    code: '1.016101', codeUnverified: true, popularity: 30_000, name: 'Cấp Giấy phép bán lẻ rượu', sector: 'luu-thong-hang-hoa', level: 'commune', audiences: ['business', 'citizen'], online: 'full', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: fee('Phí thẩm định cấp giấy phép bán lẻ rượu', null, BY_PROVINCE), time: [10, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy phép bán lẻ rượu', 1, 0, 'Đơn đề nghị'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 'Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh', 'Bản sao văn bản giới thiệu của tổ chức, cá nhân cung cấp rượu'],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã thẩm định, cấp giấy phép', RETURN],
    result: 'Giấy phép bán lẻ rượu', legal: [['105/2017/NĐ-CP', 'Nghị định về kinh doanh rượu']], keywords: ['ban ruou', 'tap hoa', 'cua hang ruou', 'bia ruou'],
  }),
  procedure({
    code: '1.016102', codeUnverified: true, popularity: 20_000, name: 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', sector: 'luu-thong-hang-hoa', level: 'commune', audiences: ['business', 'citizen'], online: 'full', agency: UBND_XA, deciding: CHU_TICH_XA,
    fees: fee('Phí thẩm định cấp giấy phép bán lẻ thuốc lá', null, BY_PROVINCE), time: [15, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá', 1, 0, 'Đơn đề nghị'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 'Bản sao văn bản giới thiệu của thương nhân phân phối, bán buôn sản phẩm thuốc lá'],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã thẩm định, cấp giấy phép', RETURN],
    result: 'Giấy phép bán lẻ sản phẩm thuốc lá', legal: [['67/2013/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá']], keywords: ['ban thuoc la', 'tap hoa', 'thuoc la dieu'],
  }),
  procedure({
    code: '1.016103', codeUnverified: true, popularity: 3_000, name: 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', sector: 'luu-thong-hang-hoa', level: 'province', audiences: ['business'], online: 'full', agency: SO_CT,
    fees: fee('Phí thẩm định điều kiện kinh doanh xăng dầu', null, BTC), time: [15, 'working_day'],
    docs: [['Văn bản đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 1, 0, 'Văn bản đề nghị'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 'Bản sao tài liệu chứng minh cửa hàng phù hợp quy hoạch, đáp ứng yêu cầu phòng cháy, chữa cháy, bảo vệ môi trường'],
    steps: [RECEIVE, CHECK, 'Sở Công Thương kiểm tra thực tế tại cửa hàng', 'Cấp Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', legal: [['83/2014/NĐ-CP', 'Nghị định về kinh doanh xăng dầu'], ['80/2023/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP và Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu']],
    keywords: ['cay xang', 'tram xang', 'mo cay xang'],
  }),
  procedure({
    code: '1.016104', codeUnverified: true, popularity: 300_000, name: 'Thông báo thực hiện khuyến mại', sector: 'xuc-tien-thuong-mai', level: 'province', audiences: ['business'], online: 'full', agency: SO_CT,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: null,
    docs: [['Thông báo thực hiện khuyến mại (Mẫu số 01)', 1, 0, 'Mẫu số 01']],
    steps: ['Thương nhân gửi thông báo trực tuyến chậm nhất 03 ngày làm việc trước khi thực hiện khuyến mại', 'Hệ thống tiếp nhận và lưu thông báo; Sở Công Thương theo dõi, kiểm tra'],
    result: 'Thông báo thực hiện khuyến mại được tiếp nhận', legal: XTTM_LAW, keywords: ['giam gia', 'tang qua', 'sale', 'chuong trinh uu dai'],
  }),
  procedure({
    code: '1.016105', codeUnverified: true, popularity: 20_000, name: 'Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc trung ương', sector: 'xuc-tien-thuong-mai', level: 'province', audiences: ['business'], online: 'full', agency: SO_CT,
    fees: fee('Phí thẩm định chương trình khuyến mại mang tính may rủi', null, BTC), time: [5, 'working_day'],
    docs: [['Đơn đề nghị đăng ký thực hiện khuyến mại (Mẫu số 02)', 1, 0, 'Mẫu số 02'], 'Thể lệ chương trình khuyến mại', 'Mẫu vé số dự thưởng (nếu có); hình ảnh hàng hóa khuyến mại và giải thưởng'],
    steps: [RECEIVE, CHECK, 'Sở Công Thương xem xét, xác nhận đăng ký', RETURN],
    result: 'Văn bản xác nhận đăng ký thực hiện khuyến mại', legal: XTTM_LAW, keywords: ['boc tham', 'quay so', 'cao trung thuong', 'trung thuong'],
  }),
  procedure({
    code: '1.016106', codeUnverified: true, popularity: 10_000, name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do Sở Công Thương thực hiện', sector: 'an-toan-thuc-pham-cong-thuong', level: 'province', audiences: ['business'], online: 'full', agency: SO_CT,
    fees: fee('Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm', null, 'Theo Thông tư 67/2021/TT-BTC'), time: [20, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy chứng nhận', 1, 0, 'Đơn đề nghị'], 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ', 'Giấy xác nhận đủ sức khỏe và giấy xác nhận kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất'],
    steps: [RECEIVE, CHECK, 'Đoàn thẩm định kiểm tra thực tế tại cơ sở', 'Cấp Giấy chứng nhận', RETURN],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', legal: [['55/2010/QH12', 'Luật An toàn thực phẩm'], ['15/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm']],
    keywords: ['banh keo', 'ruou bia', 'sua', 'dau an', 'kho thuc pham'],
  }),
  procedure({
    code: '1.016107', codeUnverified: true, popularity: 1_500_000, name: 'Cấp điện mới từ lưới điện hạ áp (220/380V)', sector: 'dien', level: 'central', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: 'Bộ Công Thương', coordinating: EVN,
    fees: { online: [['Phí', 0, 'Không thu phí; khách hàng trả chi phí vật tư phía sau công tơ (nếu có)']] }, time: [3, 'working_day', 'Khu vực thành thị; khu vực nông thôn không quá 05 ngày làm việc'],
    docs: [['Giấy đề nghị mua điện', 1, 0, 'Giấy đề nghị mua điện'], 'Giấy tờ chứng minh quyền sử dụng địa điểm mua điện (hoặc thông tin từ Cơ sở dữ liệu quốc gia về dân cư)'],
    steps: ['Đăng ký trực tuyến trên Cổng Dịch vụ công hoặc cổng chăm sóc khách hàng của điện lực', 'Đơn vị điện lực khảo sát, lắp đặt công tơ', 'Ký hợp đồng mua bán điện điện tử, cấp điện'],
    result: 'Hợp đồng mua bán điện và công tơ được lắp đặt, đóng điện', legal: DIEN_LAW, identityLevel: 1, keywords: ['lap dong ho dien', 'cong to dien', 'keo dien', 'lap dien nha moi'],
  }),
  procedure({
    code: '1.016108', codeUnverified: true, popularity: 400_000, name: 'Thay đổi chủ thể hợp đồng mua bán điện', sector: 'dien', level: 'central', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: 'Bộ Công Thương', coordinating: EVN,
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [3, 'working_day'],
    docs: [['Giấy đề nghị thay đổi chủ thể hợp đồng mua bán điện', 1, 0, 'Giấy đề nghị'], 'Giấy tờ chứng minh quyền sử dụng địa điểm mua điện của chủ thể mới'],
    steps: ['Đăng ký trực tuyến trên Cổng Dịch vụ công', 'Đơn vị điện lực kiểm tra, chốt chỉ số công tơ', 'Ký hợp đồng mua bán điện với chủ thể mới'],
    result: 'Hợp đồng mua bán điện mới', legal: DIEN_LAW, identityLevel: 1, keywords: ['sang ten cong to', 'doi ten hop dong dien', 'mua nha moi', 'tien dien'],
  }),
  procedure({
    code: '1.016109', codeUnverified: true, popularity: 1_200_000, name: 'Cấp Giấy chứng nhận xuất xứ hàng hóa ưu đãi', sector: 'xuat-nhap-khau', level: 'central', audiences: ['business'], online: 'full', agency: 'Bộ Công Thương',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [6, 'hour', 'Hồ sơ điện tử đầy đủ, hợp lệ; trường hợp kiểm tra tại cơ sở sản xuất không quá 07 ngày làm việc'],
    docs: [['Đơn đề nghị cấp C/O', 1, 0, 'Đơn đề nghị cấp C/O'], 'Mẫu C/O tương ứng đã khai hoàn chỉnh', 'Bản sao tờ khai hải quan xuất khẩu, hóa đơn thương mại', 'Bảng kê khai chi tiết hàng hóa xuất khẩu đạt tiêu chí xuất xứ'],
    steps: ['Khai báo hồ sơ thương nhân và đề nghị cấp trên Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử', 'Tổ chức cấp C/O kiểm tra hồ sơ', 'Cấp C/O (bản giấy hoặc điện tử)'],
    result: 'Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi', legal: [['05/2017/QH14', 'Luật Quản lý ngoại thương'], ['31/2018/NĐ-CP', 'Nghị định quy định chi tiết Luật Quản lý ngoại thương về xuất xứ hàng hóa']],
    keywords: ['xuat khau', 'form e', 'form d', 'certificate of origin'],
  }),
];
