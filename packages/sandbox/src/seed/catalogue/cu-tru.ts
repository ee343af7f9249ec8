/** Residence (cư trú) beyond the procedures seeded with the first catalogue. */
import { CHECK, CONG_AN_XA, CU_TRU_LAW, RECEIVE, UBND_XA, procedure, type SeedProcedure } from './spec.js';

const LAW: [string, string][] = [
  ...CU_TRU_LAW,
  ['154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú'],
  ['66/2023/TT-BCA', 'Thông tư sửa đổi, bổ sung một số điều của các thông tư quy định về cư trú'],
];
const CT01: [string, number, number, string] = ['Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 'Tờ khai thay đổi thông tin cư trú CT01'];
const FREE = { online: [['Lệ phí', 0, 'Không thu lệ phí']] as [string, number, string][], in_person: [['Lệ phí', 0, 'Không thu lệ phí']] as [string, number, string][] };
const NOTIFY = 'Thông báo kết quả cho người đăng ký qua Cổng Dịch vụ công, ứng dụng VNeID hoặc tin nhắn';

export const cuTru: SeedProcedure[] = [
  procedure({
    code: '1.015351', codeUnverified: true, popularity: 800_000, name: 'Xóa đăng ký thường trú', sector: 'cu-tru', level: 'commune', audiences: ['citizen', 'organisation'], online: 'full', agency: CONG_AN_XA,
    fees: FREE, time: [1, 'working_day'],
    docs: [CT01, 'Giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp xóa đăng ký thường trú (trừ trường hợp thông tin đã có trong Cơ sở dữ liệu)'],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký cư trú xóa thông tin về nơi thường trú trong Cơ sở dữ liệu về cư trú', NOTIFY],
    conditions: ['Thực hiện trong thời hạn 07 ngày kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký thường trú'],
    result: 'Thông tin về nơi thường trú được xóa trong Cơ sở dữ liệu về cư trú', legal: LAW, keywords: ['cat khau', 'chuyen khau', 'xoa ho khau', 'nguoi chet'],
  }),
  procedure({
    code: '1.010028', popularity: 300_000, name: 'Xóa đăng ký tạm trú', sector: 'cu-tru', level: 'commune', audiences: ['citizen', 'organisation'], online: 'full', agency: CONG_AN_XA,
    fees: FREE, time: [1, 'working_day'],
    docs: [CT01, 'Giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp xóa đăng ký tạm trú (trừ trường hợp thông tin đã có trong Cơ sở dữ liệu)'],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký cư trú xóa thông tin về nơi tạm trú trong Cơ sở dữ liệu về cư trú', NOTIFY],
    conditions: ['Thực hiện trong thời hạn 07 ngày kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký tạm trú'],
    result: 'Thông tin về nơi tạm trú được xóa trong Cơ sở dữ liệu về cư trú', legal: LAW, keywords: ['het thue tro', 'chuyen tro', 'xoa tam tru'],
  }),
  procedure({
    code: '1.015352', codeUnverified: true, popularity: 1_000_000, name: 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: FREE, time: [3, 'working_day'],
    docs: [CT01, 'Giấy tờ, tài liệu chứng minh việc điều chỉnh thông tin (trường hợp thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)'],
    steps: [RECEIVE, CHECK, 'Cơ quan đăng ký cư trú điều chỉnh thông tin trong Cơ sở dữ liệu về cư trú', NOTIFY],
    conditions: ['Thay đổi chủ hộ; thay đổi thông tin về hộ tịch so với thông tin đã lưu trong Cơ sở dữ liệu về cư trú; thay đổi địa chỉ nơi cư trú do điều chỉnh địa giới hành chính, đặt tên đường, đánh số nhà'],
    result: 'Thông tin về cư trú được điều chỉnh trong Cơ sở dữ liệu về cư trú', legal: LAW, keywords: ['doi chu ho', 'sua thong tin ho khau', 'doi so nha'],
  }),
  procedure({
    code: '1.015353', codeUnverified: true, popularity: 2_500_000, name: 'Xác nhận thông tin về cư trú', sector: 'cu-tru', level: 'commune', audiences: ['citizen', 'organisation'], online: 'full', agency: CONG_AN_XA,
    fees: FREE, time: [1, 'working_day', 'Không quá 1/2 ngày làm việc nếu thông tin đã có trong Cơ sở dữ liệu; trường hợp phải xác minh không quá 03 ngày làm việc'],
    docs: [['Tờ khai thay đổi thông tin cư trú (mẫu CT01) hoặc đề nghị trên Cổng Dịch vụ công, ứng dụng VNeID', 1, 0, 'Tờ khai thay đổi thông tin cư trú CT01']],
    steps: [RECEIVE, 'Cơ quan đăng ký cư trú tra cứu thông tin trong Cơ sở dữ liệu về cư trú', 'Cấp văn bản xác nhận thông tin về cư trú (mẫu CT07) bản giấy hoặc điện tử'],
    result: 'Giấy xác nhận thông tin về cư trú (mẫu CT07)', legal: LAW, keywords: ['ct07', 'xac nhan cu tru', 'thay so ho khau', 'nhap hoc'],
  }),
  procedure({
    code: '1.015354', codeUnverified: true, popularity: 100_000, name: 'Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú', sector: 'cu-tru', level: 'commune', online: 'full', agency: CONG_AN_XA,
    fees: FREE, time: [3, 'working_day'],
    docs: [CT01],
    steps: [RECEIVE, 'Cơ quan đăng ký cư trú kiểm tra, xác minh thông tin khai báo', 'Cập nhật thông tin về nơi ở hiện tại vào Cơ sở dữ liệu về cư trú', NOTIFY],
    result: 'Thông tin về nơi ở hiện tại được cập nhật vào Cơ sở dữ liệu về cư trú', legal: LAW, keywords: ['noi o hien tai', 'khong co cho o hop phap'],
  }),
  procedure({
    code: '1.013314', popularity: 80_000, name: 'Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ; nhà ở, đất ở không có tranh chấp quyền sở hữu nhà ở, quyền sử dụng đất ở, không thuộc địa điểm không được đăng ký thường trú mới',
    sector: 'nha-o', level: 'commune', online: 'full', agency: UBND_XA,
    fees: FREE, time: [3, 'working_day'],
    docs: [['Văn bản đề nghị xác nhận', 1, 0], 'Giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê, mượn, ở nhờ)'],
    steps: [RECEIVE, CHECK, 'Ủy ban nhân dân cấp xã kiểm tra thực tế diện tích, tình trạng tranh chấp của chỗ ở', 'Cấp văn bản xác nhận'],
    result: 'Văn bản xác nhận về điều kiện diện tích bình quân nhà ở', legal: LAW, keywords: ['nha thue', 'dien tich toi thieu'],
  }),
];
