import {
  BY_PROVINCE, CHECK, CHUNG_THUC_LAW, CONG_AN_TINH, CONG_AN_XA, CU_TRU_LAW, GPLX_LAW, HKD_LAW, HO_TICH_LAW, ID_DOC, RECEIVE, RETURN, UBND_XA,
  procedure, type SeedProcedure,
} from './catalogue/spec.js';
import { baoHiemXaHoi } from './catalogue/bao-hiem-xa-hoi.js';
import { canCuoc } from './catalogue/can-cuoc.js';
import { congThuong } from './catalogue/cong-thuong.js';
import { cuTru } from './catalogue/cu-tru.js';
import { datDai } from './catalogue/dat-dai.js';
import { doanhNghiep } from './catalogue/doanh-nghiep.js';
import { giaoDuc } from './catalogue/giao-duc.js';
import { hoTich } from './catalogue/ho-tich.js';
import { laoDong } from './catalogue/lao-dong.js';
import { moiTruong } from './catalogue/moi-truong.js';
import { phuongTien } from './catalogue/phuong-tien.js';
import { thueProcedures } from './catalogue/thue.js';
import { tuPhap } from './catalogue/tu-phap.js';
import { vanHoaDuLich } from './catalogue/van-hoa-du-lich.js';
import { xaHoi } from './catalogue/xa-hoi.js';
import { xayDung } from './catalogue/xay-dung.js';
import { xuatNhapCanh } from './catalogue/xuat-nhap-canh.js';
import { yTe } from './catalogue/y-te.js';
import {
  birthRegistrationDocuments, birthRegistrationForm, civilRecordCopyDocuments, civilRecordCopyForm, deathRegistrationDocuments,
  deathRegistrationForm, maritalStatusDocuments, maritalStatusForm, marriageDocuments, marriageForm,
} from './forms/ho-tich.js';
import {
  permanentResidenceForm, residenceDocuments, stayNoticeForm, temporaryExtensionDocuments, temporaryExtensionForm, temporaryResidenceForm,
} from './forms/cu-tru.js';
import { householdBusinessDocuments, householdBusinessForm } from './forms/kinh-doanh.js';
import { licenceDocuments, licenceExchangeForm, licenceReissueForm } from './forms/phuong-tien.js';
import { judicialRecordDocuments, judicialRecordForm } from './forms/tu-phap.js';
import { unemploymentBenefitDocuments, unemploymentBenefitForm } from './forms/viec-lam.js';
import { passportDocuments, passportForm } from './forms/xuat-nhap-canh.js';

export type { SeedProcedure } from './catalogue/spec.js';

export const procedures: SeedProcedure[] = [
  procedure({
    code: '1.001193', popularity: 1_500_000, name: 'Đăng ký khai sinh', sector: 'ho-tich', level: 'commune', online: 'full', agency: UBND_XA,
    deciding: 'Chủ tịch Ủy ban nhân dân cấp xã', fees: { online: [['Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí khi đăng ký đúng hạn']], in_person: [['Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí khi đăng ký đúng hạn']] },
    time: [1, 'working_day', 'Ngay trong ngày tiếp nhận; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo'],
    docs: birthRegistrationDocuments, form: birthRegistrationForm,
    steps: [RECEIVE, CHECK, 'Công chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và cấp số định danh cá nhân', 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh', RETURN],
    conditions: ['Người đi đăng ký là cha, mẹ hoặc người có trách nhiệm đăng ký khai sinh cho trẻ em trong thời hạn 60 ngày kể từ ngày sinh'],
    result: 'Giấy khai sinh (bản chính và bản điện tử)', legal: HO_TICH_LAW, keywords: ['khai sinh', 'giay khai sinh', 'tre em'],
  }),
  procedure({
    code: '1.000894', popularity: 600_000, name: 'Đăng ký kết hôn', sector: 'ho-tich', level: 'commune', online: 'full', agency: UBND_XA,
    deciding: 'Chủ tịch Ủy ban nhân dân cấp xã', fees: { online: [['Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí']], in_person: [['Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí']] },
    time: [1, 'working_day', 'Ngay trong ngày; trường hợp cần xác minh không quá 05 ngày làm việc'],
    docs: marriageDocuments, form: marriageForm,
    steps: [RECEIVE, CHECK, 'Hai bên nam, nữ có mặt, ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn', RETURN],
    conditions: ['Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do nam và nữ tự nguyện quyết định; không thuộc trường hợp cấm kết hôn'],
    result: 'Giấy chứng nhận kết hôn', legal: [...HO_TICH_LAW, ['52/2014/QH13', 'Luật Hôn nhân và gia đình']], keywords: ['ket hon', 'hon nhan'],
  }),
  procedure({
    code: '1.000656', popularity: 600_000, name: 'Đăng ký khai tử', sector: 'ho-tich', level: 'commune', online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí']], in_person: [['Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí']] },
    time: [1, 'working_day', 'Ngay trong ngày tiếp nhận'],
    docs: deathRegistrationDocuments, form: deathRegistrationForm,
    steps: [RECEIVE, CHECK, 'Ghi nội dung khai tử vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử', RETURN],
    result: 'Trích lục khai tử', legal: HO_TICH_LAW, keywords: ['khai tu', 'bao tu'],
  }),
  procedure({
    code: '1.004884', popularity: 60_000, name: 'Đăng ký lại khai sinh', sector: 'ho-tich', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: { online: [['Lệ phí đăng ký lại khai sinh', null, BY_PROVINCE]], in_person: [['Lệ phí đăng ký lại khai sinh', null, BY_PROVINCE]] },
    time: [5, 'working_day'],
    docs: [['Tờ khai đăng ký lại khai sinh', 1, 0, 'Tờ khai đăng ký khai sinh'], ['Bản sao giấy tờ có thông tin về việc khai sinh trước đây', 0, 1], ID_DOC],
    steps: [RECEIVE, CHECK, 'Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ', 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh', RETURN],
    conditions: ['Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất'],
    result: 'Giấy khai sinh (đăng ký lại)', legal: HO_TICH_LAW, keywords: ['khai sinh lai'],
  }),
  procedure({
    code: '2.000635', popularity: 2_000_000, name: 'Cấp bản sao Trích lục hộ tịch', sector: 'ho-tich', level: 'commune', audiences: ['citizen', 'organisation'], online: 'full', agency: UBND_XA,
    fees: { online: [['Phí cấp bản sao trích lục hộ tịch', 8000, '8.000 đồng/bản sao']], in_person: [['Phí cấp bản sao trích lục hộ tịch', 8000, '8.000 đồng/bản sao']] },
    time: [1, 'working_day', 'Ngay trong ngày tiếp nhận'],
    docs: civilRecordCopyDocuments, form: civilRecordCopyForm,
    steps: [RECEIVE, CHECK, 'Trích xuất thông tin từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử', RETURN],
    result: 'Bản sao trích lục hộ tịch', legal: HO_TICH_LAW, keywords: ['trich luc', 'ban sao'],
  }),
  procedure({
    code: '1.004873', popularity: 1_200_000, name: 'Cấp Giấy xác nhận tình trạng hôn nhân', sector: 'ho-tich', level: 'commune', online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', null, BY_PROVINCE]], in_person: [['Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', null, BY_PROVINCE]] },
    time: [3, 'working_day'],
    docs: maritalStatusDocuments, form: maritalStatusForm,
    steps: [RECEIVE, CHECK, 'Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân', 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy xác nhận', RETURN],
    result: 'Giấy xác nhận tình trạng hôn nhân', legal: HO_TICH_LAW, keywords: ['doc than', 'xac nhan hon nhan'],
  }),
  procedure({
    code: '1.004837', popularity: 8000, name: 'Đăng ký giám hộ', sector: 'ho-tich', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: { in_person: [['Lệ phí đăng ký giám hộ', null, BY_PROVINCE]] }, time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký giám hộ', 1, 0, 'Tờ khai đăng ký giám hộ'], 'Văn bản cử người giám hộ', ID_DOC],
    steps: [RECEIVE, CHECK, 'Ghi nội dung giám hộ vào Sổ hộ tịch', RETURN], result: 'Trích lục đăng ký giám hộ', legal: HO_TICH_LAW, keywords: ['giam ho'],
  }),
  procedure({
    code: '1.001022', popularity: 20_000, name: 'Đăng ký nhận cha, mẹ, con', sector: 'ho-tich', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: { in_person: [['Lệ phí đăng ký nhận cha, mẹ, con', null, BY_PROVINCE]] }, time: [3, 'working_day'],
    docs: [['Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'Tờ khai đăng ký nhận cha, mẹ, con'], 'Văn bản của cơ quan y tế, giám định xác nhận quan hệ cha, mẹ, con (nếu có)', ID_DOC],
    steps: [RECEIVE, CHECK, 'Niêm yết công khai việc nhận cha, mẹ, con', 'Ghi vào Sổ hộ tịch và cấp trích lục', RETURN],
    result: 'Trích lục đăng ký nhận cha, mẹ, con', legal: HO_TICH_LAW, keywords: ['nhan cha me con'],
  }),
  procedure({
    code: '2.000806', popularity: 20_000, name: 'Đăng ký kết hôn có yếu tố nước ngoài', sector: 'ho-tich', level: 'commune', online: 'partial', agency: UBND_XA,
    fees: { in_person: [['Lệ phí đăng ký kết hôn có yếu tố nước ngoài', null, BY_PROVINCE]] }, time: [15, 'working_day'],
    docs: [['Tờ khai đăng ký kết hôn', 1, 0, 'Tờ khai đăng ký kết hôn'], 'Giấy xác nhận tình trạng hôn nhân của người nước ngoài', 'Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần', 'Hộ chiếu của người nước ngoài'],
    steps: [RECEIVE, CHECK, 'Phòng chuyên môn nghiên cứu, thẩm tra hồ sơ', 'Tổ chức trao Giấy chứng nhận kết hôn', RETURN],
    result: 'Giấy chứng nhận kết hôn', legal: HO_TICH_LAW, keywords: ['ket hon nuoc ngoai'],
  }),
  procedure({
    code: '1.004222', popularity: 3_000_000, name: 'Đăng ký thường trú', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    deciding: 'Trưởng Công an cấp xã', previousCodes: ['1.001229'],
    fees: { online: [['Lệ phí đăng ký cư trú', 10000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí đăng ký cư trú', 20000, 'Nộp hồ sơ trực tiếp']] },
    time: [7, 'working_day'],
    docs: residenceDocuments, form: permanentResidenceForm,
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin về nơi thường trú mới vào Cơ sở dữ liệu về cư trú', 'Thông báo kết quả cho người đăng ký'],
    conditions: ['Có chỗ ở hợp pháp tại nơi đăng ký thường trú'],
    result: 'Thông tin về nơi thường trú được cập nhật vào Cơ sở dữ liệu về cư trú', legal: [...CU_TRU_LAW, ['75/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký cư trú']],
    keywords: ['thuong tru', 'ho khau', 'nhap khau'],
  }),
  procedure({
    code: '1.004194', popularity: 4_000_000, name: 'Đăng ký tạm trú', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí đăng ký cư trú', 7000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí đăng ký cư trú', 15000, 'Nộp hồ sơ trực tiếp']] },
    time: [3, 'working_day'],
    docs: residenceDocuments, form: temporaryResidenceForm,
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin về nơi tạm trú vào Cơ sở dữ liệu về cư trú', 'Thông báo kết quả cho người đăng ký'],
    result: 'Thông tin về nơi tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú', legal: CU_TRU_LAW, keywords: ['tam tru'],
  }),
  procedure({
    code: '1.002755', popularity: 1_500_000, name: 'Gia hạn tạm trú', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí đăng ký cư trú', 7000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí đăng ký cư trú', 15000, 'Nộp hồ sơ trực tiếp']] },
    time: [3, 'working_day'], docs: temporaryExtensionDocuments, form: temporaryExtensionForm,
    steps: [RECEIVE, CHECK, 'Cập nhật thời hạn tạm trú mới vào Cơ sở dữ liệu về cư trú', 'Thông báo kết quả cho người đăng ký'],
    conditions: ['Thực hiện trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký'],
    result: 'Thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú', legal: CU_TRU_LAW, keywords: ['gia han tam tru'],
  }),
  procedure({
    code: '1.003677', popularity: 200_000, name: 'Khai báo tạm vắng', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] },
    time: [1, 'working_day'], docs: [['Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 'Tờ khai thay đổi thông tin cư trú CT01']],
    steps: [RECEIVE, CHECK, 'Cập nhật thông tin khai báo tạm vắng vào Cơ sở dữ liệu về cư trú'], result: 'Phiếu khai báo tạm vắng', legal: CU_TRU_LAW, keywords: ['tam vang'],
  }),
  procedure({
    code: '1.010038', popularity: 400_000, name: 'Tách hộ', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí đăng ký cư trú', 5000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí đăng ký cư trú', 10000, 'Nộp hồ sơ trực tiếp']] },
    time: [5, 'working_day'], docs: [['Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 'Tờ khai thay đổi thông tin cư trú CT01']],
    steps: [RECEIVE, CHECK, 'Cập nhật thông tin hộ gia đình mới vào Cơ sở dữ liệu về cư trú', 'Thông báo kết quả cho người đăng ký'],
    conditions: ['Có năng lực hành vi dân sự đầy đủ và có nhu cầu tách hộ; được chủ hộ, chủ sở hữu chỗ ở hợp pháp đồng ý'], result: 'Thông tin hộ mới được cập nhật vào Cơ sở dữ liệu về cư trú', legal: CU_TRU_LAW, keywords: ['tach ho', 'tach khau'],
  }),
  procedure({
    code: '2.001159', popularity: 10_000_000, name: 'Thông báo lưu trú', sector: 'cu-tru', level: 'commune', audiences: ['citizen', 'business', 'organisation'], online: 'full', agency: CONG_AN_XA,
    fees: { online: [['Lệ phí', 0, 'Không thu lệ phí']] }, time: null, docs: [], form: stayNoticeForm,
    steps: ['Thông báo lưu trú trực tuyến, qua điện thoại hoặc trực tiếp với cơ quan đăng ký cư trú', 'Cơ quan đăng ký cư trú cập nhật thông tin lưu trú'], result: 'Thông tin lưu trú được ghi nhận', legal: CU_TRU_LAW, keywords: ['luu tru', 'khach san'],
  }),
  procedure({
    code: '1.001456', popularity: 2_000_000, name: 'Cấp hộ chiếu phổ thông trong nước', sector: 'xuat-nhap-canh', level: 'province', online: 'full', agency: 'Phòng Quản lý xuất nhập cảnh - Công an cấp tỉnh',
    fees: { online: [['Lệ phí cấp hộ chiếu', 200000, 'Cấp mới']], in_person: [['Lệ phí cấp hộ chiếu', 200000, 'Cấp mới']] },
    time: [8, 'working_day'], docs: passportDocuments, form: passportForm,
    steps: [RECEIVE, CHECK, 'Thu nhận ảnh, vân tay (nếu có)', 'Xét duyệt, in hộ chiếu', RETURN], result: 'Hộ chiếu phổ thông', legal: [['49/2019/QH14', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam']], keywords: ['ho chieu', 'passport', 'ho chieu cho tre em', 'xuat canh', 'di nuoc ngoai'],
  }),
  procedure({
    code: '3.000333', popularity: 1_000_000, name: 'Cấp Phiếu lý lịch tư pháp', sector: 'ly-lich-tu-phap', level: 'province', online: 'full', agency: 'Sở Tư pháp',
    fees: { online: [['Phí cung cấp thông tin lý lịch tư pháp', 200000]], in_person: [['Phí cung cấp thông tin lý lịch tư pháp', 200000]] },
    time: [10, 'day', 'Không quá 10 ngày; trường hợp phải xác minh không quá 15 ngày'],
    docs: judicialRecordDocuments, form: judicialRecordForm,
    steps: [RECEIVE, CHECK, 'Tra cứu, xác minh thông tin lý lịch tư pháp', 'Lập và ký Phiếu lý lịch tư pháp', RETURN], result: 'Phiếu lý lịch tư pháp', legal: [['28/2009/QH12', 'Luật Lý lịch tư pháp']], keywords: ['lltp', 'ly lich tu phap'],
  }),
  procedure({
    code: '2.000815', popularity: 20_000_000, name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', sector: 'chung-thuc', level: 'commune', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: UBND_XA,
    fees: { online: [['Phí chứng thực bản sao từ bản chính', 2000, '2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản']], in_person: [['Phí chứng thực bản sao từ bản chính', 2000, '2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản']] },
    time: [1, 'working_day', 'Trong ngày tiếp nhận'], docs: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'Bản sao cần chứng thực'],
    steps: [RECEIVE, 'Người thực hiện chứng thực đối chiếu bản sao với bản chính', 'Ký, đóng dấu chứng thực', RETURN], result: 'Bản sao được chứng thực từ bản chính', legal: CHUNG_THUC_LAW, keywords: ['chung thuc', 'cong chung', 'sao y'],
  }),
  procedure({
    code: '2.000884', popularity: 2_000_000, name: 'Chứng thực chữ ký trong các giấy tờ, văn bản', sector: 'chung-thuc', level: 'commune', online: 'none', agency: UBND_XA,
    fees: { in_person: [['Phí chứng thực chữ ký', 10000, '10.000 đồng/trường hợp']] }, time: [1, 'working_day', 'Trong ngày tiếp nhận'],
    docs: [ID_DOC, 'Giấy tờ, văn bản cần chứng thực chữ ký'], steps: ['Người yêu cầu ký trước mặt người thực hiện chứng thực', 'Ký, đóng dấu chứng thực', RETURN],
    result: 'Giấy tờ, văn bản được chứng thực chữ ký', legal: CHUNG_THUC_LAW, keywords: ['chung thuc chu ky'],
  }),
  procedure({
    code: '1.014137', popularity: 3_000_000, name: 'Cấp thẻ bảo hiểm y tế', sector: 'bao-hiem-y-te', level: 'province', online: 'full', agency: 'Bảo hiểm xã hội cấp tỉnh',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [5, 'working_day'], docs: [['Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)', 1, 0, 'Tờ khai TK1-TS']],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội xét duyệt, cấp mã số', 'Cấp thẻ bảo hiểm y tế (bản giấy hoặc thẻ điện tử trên VssID)'], result: 'Thẻ bảo hiểm y tế', legal: [['25/2008/QH12', 'Luật Bảo hiểm y tế']], keywords: ['bhyt', 'bao hiem y te', 'the bhyt'],
  }),
  procedure({
    code: '3.000722', popularity: 800_000, name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp căn cước cho trẻ em dưới 6 tuổi', sector: 'ho-tich', level: 'commune', online: 'full', agency: UBND_XA,
    coordinating: ['Công an cấp xã', 'Bảo hiểm xã hội cấp tỉnh'], fees: { online: [['Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí'], ['Lệ phí đăng ký thường trú', 10000, 'Theo từng thủ tục thành phần']] },
    time: [3, 'working_day', '05 ngày làm việc nếu phải xác minh'], docs: [['Tờ khai điện tử liên thông', 1, 0, 'Tờ khai liên thông'], 'Giấy chứng sinh'],
    steps: ['Nộp tờ khai liên thông trên Cổng Dịch vụ công', 'Ủy ban nhân dân cấp xã đăng ký khai sinh', 'Công an cấp xã đăng ký thường trú, cấp căn cước', 'Bảo hiểm xã hội cấp thẻ bảo hiểm y tế', RETURN],
    result: 'Giấy khai sinh, thông tin thường trú, thẻ bảo hiểm y tế, thẻ căn cước của trẻ', legal: HO_TICH_LAW, keywords: ['lien thong', 'khai sinh', 'bhyt', 'cccd', 'can cuoc', 'tre duoi 6 tuoi'],
  }),
  procedure({
    code: '1.001612', popularity: 250_000, name: 'Đăng ký thành lập hộ kinh doanh', sector: 'ho-kinh-doanh', level: 'commune', audiences: ['citizen', 'business'], online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí đăng ký hộ kinh doanh', null, BY_PROVINCE]], in_person: [['Lệ phí đăng ký hộ kinh doanh', null, BY_PROVINCE]] },
    time: [3, 'working_day'], docs: householdBusinessDocuments, form: householdBusinessForm,
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hộ kinh doanh', RETURN],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh', legal: HKD_LAW, keywords: ['ho kinh doanh', 'dang ky kinh doanh', 'mo cua hang', 'tap hoa', 'quan an', 'buon ban nho'],
  }),
  procedure({
    code: '2.000720', popularity: 150_000, name: 'Thay đổi nội dung đăng ký hộ kinh doanh', sector: 'ho-kinh-doanh', level: 'commune', audiences: ['citizen', 'business'], online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí đăng ký hộ kinh doanh', null, BY_PROVINCE]] }, time: [3, 'working_day'], docs: [['Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 1, 0, 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh']],
    steps: [RECEIVE, CHECK, 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh mới', RETURN], result: 'Giấy chứng nhận đăng ký hộ kinh doanh', legal: HKD_LAW, keywords: ['hkd', 'dkkd'],
  }),
  procedure({
    code: '2.000575', popularity: 20_000, name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', sector: 'ho-kinh-doanh', level: 'commune', audiences: ['citizen', 'business'], online: 'full', agency: UBND_XA,
    fees: { online: [['Lệ phí đăng ký hộ kinh doanh', null, BY_PROVINCE]] }, time: [3, 'working_day'], docs: [['Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0, 'Giấy đề nghị cấp lại']],
    steps: [RECEIVE, CHECK, 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', RETURN], result: 'Giấy chứng nhận đăng ký hộ kinh doanh', legal: HKD_LAW, keywords: ['hkd', 'dkkd'],
  }),
  procedure({
    code: '3.000346', popularity: 1_500_000, name: 'Cấp giấy phép lái xe', sector: 'duong-bo', level: 'province', online: 'partial', agency: CONG_AN_TINH, previousCodes: ['2.000850'],
    fees: { online: [['Lệ phí cấp giấy phép lái xe', 135000]], in_person: [['Lệ phí cấp giấy phép lái xe', 135000]] }, time: [10, 'working_day', 'Kể từ ngày kết thúc kỳ sát hạch'],
    docs: [['Đơn đề nghị học, sát hạch để cấp giấy phép lái xe', 1, 0, 'Đơn đề nghị'], 'Giấy khám sức khỏe của người lái xe'],
    steps: [RECEIVE, 'Tham dự sát hạch lái xe', 'Cơ quan có thẩm quyền cấp giấy phép lái xe', RETURN], result: 'Giấy phép lái xe', legal: GPLX_LAW, keywords: ['gplx', 'bang lai', 'giay phep lai xe'],
  }),
  procedure({
    code: '3.000347', popularity: 2_000_000, name: 'Đổi giấy phép lái xe', sector: 'duong-bo', level: 'province', online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp giấy phép lái xe', 115000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí cấp giấy phép lái xe', 135000]] }, time: [5, 'working_day'],
    docs: licenceDocuments('exchange'), form: licenceExchangeForm,
    steps: [RECEIVE, CHECK, 'In, cấp giấy phép lái xe mới', RETURN], result: 'Giấy phép lái xe', legal: GPLX_LAW, keywords: ['gplx', 'doi bang lai', 'giay phep lai xe'],
  }),
  procedure({
    code: '3.000348', popularity: 300_000, name: 'Cấp lại giấy phép lái xe', sector: 'duong-bo', level: 'province', online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Lệ phí cấp giấy phép lái xe', 115000, 'Nộp hồ sơ trực tuyến']], in_person: [['Lệ phí cấp giấy phép lái xe', 135000]] }, time: [10, 'working_day'],
    docs: licenceDocuments('reissue'), form: licenceReissueForm,
    steps: [RECEIVE, CHECK, 'Tra cứu, xác minh thông tin giấy phép lái xe đã cấp', 'In, cấp lại giấy phép lái xe', RETURN], result: 'Giấy phép lái xe', legal: GPLX_LAW, keywords: ['gplx', 'mat bang lai', 'giay phep lai xe'],
  }),
  procedure({
    code: '1.014748', popularity: 1_000_000, name: 'Giải quyết hưởng trợ cấp thất nghiệp', sector: 'viec-lam', level: 'province', online: 'full', agency: 'Trung tâm Dịch vụ việc làm', deciding: 'Giám đốc Sở Nội vụ',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [20, 'working_day'],
    docs: unemploymentBenefitDocuments, form: unemploymentBenefitForm,
    steps: [RECEIVE, CHECK, 'Trung tâm Dịch vụ việc làm xác định thời gian, mức hưởng', 'Giám đốc Sở ký quyết định hưởng trợ cấp thất nghiệp', RETURN],
    conditions: ['Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng lao động'], result: 'Quyết định hưởng trợ cấp thất nghiệp', legal: [['38/2013/QH13', 'Luật Việc làm']], keywords: ['that nghiep', 'tro cap that nghiep', 'bhtn'],
  }),
  procedure({
    code: '1.001029', popularity: 500, name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', sector: 'van-hoa', level: 'province', audiences: ['business', 'citizen'], online: 'full', agency: 'Sở Văn hóa, Thể thao và Du lịch',
    fees: { online: [['Phí thẩm định cấp giấy phép kinh doanh karaoke', null, 'Theo số phòng và địa bàn']] }, time: [5, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 1, 0, 'Đơn đề nghị'], 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh'],
    steps: [RECEIVE, CHECK, 'Thẩm định thực tế các điều kiện kinh doanh', 'Cấp giấy phép', RETURN], result: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', legal: [['54/2019/NĐ-CP', 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường']], keywords: ['karaoke'],
  }),
  procedure({
    code: '2.001827', popularity: 10_000, name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông, lâm, thủy sản', sector: 'an-toan-thuc-pham', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: 'Sở Nông nghiệp và Môi trường',
    fees: { online: [['Phí thẩm định điều kiện an toàn thực phẩm', null, 'Theo quy định của Bộ Tài chính']] }, time: [15, 'working_day'],
    docs: [['Đơn đề nghị cấp Giấy chứng nhận', 1, 0, 'Đơn đề nghị'], 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ'],
    steps: [RECEIVE, CHECK, 'Thẩm định thực tế tại cơ sở', 'Cấp Giấy chứng nhận', RETURN], result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', legal: [['55/2010/QH12', 'Luật An toàn thực phẩm']], keywords: ['attp', 'an toan thuc pham'],
  }),
  procedure({
    code: '1.014199', popularity: 60_000, name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', sector: 'lao-dong-nuoc-ngoai', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: 'Sở Nội vụ',
    fees: { online: [['Lệ phí cấp giấy phép lao động', null, BY_PROVINCE]] }, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị cấp giấy phép lao động', 1, 0, 'Văn bản đề nghị'], 'Giấy chứng nhận sức khỏe', 'Phiếu lý lịch tư pháp', '02 ảnh màu cỡ 4cm x 6cm'],
    steps: [RECEIVE, CHECK, 'Thẩm định hồ sơ', 'Cấp giấy phép lao động', RETURN], result: 'Giấy phép lao động', legal: [['45/2019/QH14', 'Bộ luật Lao động']], keywords: ['giay phep lao dong', 'work permit'],
  }),
  procedure({
    code: '1.013225', popularity: 30_000, name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV', sector: 'xay-dung', level: 'province', audiences: ['citizen', 'business', 'organisation'], online: 'partial', agency: 'Sở Xây dựng',
    fees: { in_person: [['Lệ phí cấp giấy phép xây dựng', null, BY_PROVINCE]] }, time: [20, 'day'],
    docs: [['Đơn đề nghị cấp giấy phép xây dựng', 1, 0, 'Đơn đề nghị cấp giấy phép xây dựng'], 'Giấy tờ chứng minh quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng'],
    steps: [RECEIVE, CHECK, 'Thẩm định hồ sơ, kiểm tra thực địa', 'Cấp giấy phép xây dựng', RETURN], result: 'Giấy phép xây dựng', legal: [['50/2014/QH13', 'Luật Xây dựng']], keywords: ['giay phep xay dung', 'gpxd', 'xay nha'],
  }),
  procedure({
    code: '2.001478', popularity: 20_000, name: 'Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự', sector: 'an-ninh-trat-tu', level: 'province', audiences: ['business'], online: 'full', agency: CONG_AN_TINH,
    fees: { online: [['Phí thẩm định điều kiện về an ninh, trật tự', 300000]] }, time: [5, 'working_day'],
    docs: [['Văn bản đề nghị cấp Giấy chứng nhận', 1, 0, 'Văn bản đề nghị'], 'Bản khai lý lịch của người chịu trách nhiệm về an ninh, trật tự'],
    steps: [RECEIVE, CHECK, 'Kiểm tra điều kiện về an ninh, trật tự tại cơ sở', 'Cấp Giấy chứng nhận', RETURN], result: 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự', legal: [['96/2016/NĐ-CP', 'Nghị định quy định điều kiện về an ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện']], keywords: ['an ninh trat tu', 'antt'],
  }),
  // The 2020 COVID-19 support services were real; their codes are not in our notes, so these
  // codes (1.008xxx) are the sandbox's own.
  procedure({
    code: '1.008363', popularity: 1, name: 'Hỗ trợ người lao động tạm hoãn thực hiện hợp đồng lao động, nghỉ việc không hưởng lương do đại dịch COVID-19', sector: 'chinh-sach-ho-tro', level: 'province', online: 'full', agency: 'Ủy ban nhân dân cấp tỉnh',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [3, 'working_day'], docs: ['Danh sách người lao động tạm hoãn hợp đồng, nghỉ việc không hưởng lương', 'Văn bản thỏa thuận tạm hoãn hợp đồng lao động'],
    steps: [RECEIVE, 'Cơ quan bảo hiểm xã hội xác nhận', 'Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định hỗ trợ', 'Chi trả hỗ trợ'], result: 'Quyết định hỗ trợ và tiền hỗ trợ', legal: [['42/NQ-CP', 'Nghị quyết về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19']], keywords: ['covid', 'ho tro', 'tam hoan hop dong'],
  }),
  procedure({
    code: '1.008364', popularity: 1, name: 'Cho vay trả lương ngừng việc đối với người lao động do đại dịch COVID-19', sector: 'chinh-sach-ho-tro', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: 'Ngân hàng Chính sách xã hội',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [5, 'working_day'], docs: ['Giấy đề nghị vay vốn', 'Danh sách người lao động ngừng việc'],
    steps: [RECEIVE, 'Ngân hàng thẩm định hồ sơ vay', 'Giải ngân trực tiếp cho người lao động'], result: 'Hợp đồng vay và giải ngân', legal: [['42/NQ-CP', 'Nghị quyết về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19']], keywords: ['covid', 'vay tra luong'],
  }),
  procedure({
    code: '1.008365', popularity: 1, name: 'Gia hạn nộp thuế và tiền thuê đất đối với doanh nghiệp do đại dịch COVID-19', sector: 'thue', level: 'central', audiences: ['business', 'organisation'], online: 'full', agency: 'Cơ quan thuế quản lý trực tiếp',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: null, docs: [['Giấy đề nghị gia hạn nộp thuế và tiền thuê đất', 1, 0, 'Giấy đề nghị gia hạn']],
    steps: ['Người nộp thuế gửi giấy đề nghị gia hạn qua Cổng Dịch vụ công', 'Cơ quan thuế tiếp nhận và thực hiện gia hạn'], result: 'Thông báo chấp nhận gia hạn', legal: [['41/2020/NĐ-CP', 'Nghị định về gia hạn thời hạn nộp thuế và tiền thuê đất']], keywords: ['covid', 'gia han thue', 'thue'],
  }),
  procedure({
    code: '1.008366', popularity: 1, name: 'Gia hạn nộp thuế thu nhập cá nhân đối với hộ kinh doanh, cá nhân kinh doanh do đại dịch COVID-19', sector: 'thue', level: 'central', audiences: ['citizen'], online: 'full', agency: 'Cơ quan thuế quản lý trực tiếp',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: null, docs: [['Giấy đề nghị gia hạn nộp thuế', 1, 0, 'Giấy đề nghị gia hạn']],
    steps: ['Người nộp thuế gửi giấy đề nghị gia hạn qua Cổng Dịch vụ công', 'Cơ quan thuế tiếp nhận và thực hiện gia hạn'], result: 'Thông báo chấp nhận gia hạn', legal: [['41/2020/NĐ-CP', 'Nghị định về gia hạn thời hạn nộp thuế và tiền thuê đất']], keywords: ['covid', 'gia han thue', 'hkd', 'tncn'],
  }),
  procedure({
    code: '1.008367', popularity: 1, name: 'Tạm dừng đóng vào quỹ hưu trí và tử tuất do đại dịch COVID-19', sector: 'bao-hiem-xa-hoi', level: 'province', audiences: ['business', 'organisation'], online: 'full', agency: 'Bảo hiểm xã hội cấp tỉnh',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [5, 'working_day'], docs: ['Văn bản đề nghị tạm dừng đóng', 'Danh sách người lao động tham gia bảo hiểm xã hội'],
    steps: [RECEIVE, CHECK, 'Cơ quan bảo hiểm xã hội giải quyết tạm dừng đóng'], result: 'Văn bản chấp thuận tạm dừng đóng', legal: [['42/NQ-CP', 'Nghị quyết về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19']], keywords: ['covid', 'bhxh', 'tam dung dong'],
  }),
  procedure({
    code: '1.008368', popularity: 1, name: 'Tiếp nhận phản ánh, kiến nghị về thực hiện các chính sách hỗ trợ do đại dịch COVID-19', sector: 'chinh-sach-ho-tro', level: 'central', online: 'full', agency: 'Văn phòng Chính phủ',
    fees: { online: [['Phí', 0, 'Không thu phí']] }, time: [10, 'working_day'], docs: ['Nội dung phản ánh, kiến nghị'],
    steps: ['Gửi phản ánh, kiến nghị trên Cổng Dịch vụ công', 'Chuyển cơ quan có thẩm quyền xử lý', 'Công khai kết quả trả lời'], result: 'Văn bản trả lời phản ánh, kiến nghị', legal: [['20/2008/NĐ-CP', 'Nghị định về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính']], keywords: ['covid', 'pakn', 'phan anh'],
  }),
  // The wider catalogue, one file per sector group (catalogue/*.ts).
  ...datDai, ...doanhNghiep, ...canCuoc, ...cuTru, ...phuongTien, ...xuatNhapCanh, ...baoHiemXaHoi, ...laoDong, ...thueProcedures,
  ...giaoDuc, ...yTe, ...xayDung, ...hoTich, ...tuPhap, ...xaHoi, ...congThuong, ...moiTruong, ...vanHoaDuLich,
];

/** Codes re-published under new ones: kept so an old link still finds its procedure. */
for (const [oldCode, newCode] of [['1.001229', '1.004222'], ['2.000850', '3.000346']] as const) {
  const current = procedures.find((p) => p.code === newCode)!;
  procedures.push({ ...current, code: oldCode, previousCodes: [], replacedBy: newCode, status: 'replaced' });
}
