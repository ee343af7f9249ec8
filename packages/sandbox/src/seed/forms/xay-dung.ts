// Construction permits (giấy phép xây dựng), after the Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01
// Phụ lục II, Nghị định 175/2024/NĐ-CP) for a detached house (nhà ở riêng lẻ).
import { form, opt, req, section, SCAN, type DocSlot } from './build.js';

/** Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ: the site, the land, the house, who designed it. */
export const housePermitForm = form(['Đơn đề nghị cấp giấy phép xây dựng (nhà ở riêng lẻ)', 'Building permit application (detached house)'], [
  section('site', ['Địa điểm xây dựng', 'Site'], [
    req('address', 'site', ['Địa điểm xây dựng', 'Site address']),
    req('text', 'lotNumber', ['Thửa đất số', 'Parcel number'], { hint: ['Ghi trên Giấy chứng nhận quyền sử dụng đất', 'On the land use right certificate'], maxLength: 20 }),
    req('text', 'mapSheet', ['Tờ bản đồ số', 'Map sheet number'], { maxLength: 20 }),
    req('number', 'lotArea', ['Diện tích lô đất (m²)', 'Plot area (m²)'], { min: 1, max: 100_000 }),
  ]),
  section('house', ['Nội dung đề nghị cấp phép', 'The house'], [
    req('number', 'groundFloorArea', ['Diện tích xây dựng tầng 1 (tầng trệt) (m²)', 'Ground floor area (m²)'], { min: 1, max: 100_000 }),
    req('number', 'totalFloorArea', ['Tổng diện tích sàn (m²)', 'Total floor area (m²)'], {
      min: 1, max: 1_000_000, hint: ['Kể cả tầng hầm, tầng lửng, tum', 'Basement, mezzanine and roof structure included'],
    }),
    req('number', 'height', ['Chiều cao công trình (m)', 'Height (m)'], { min: 1, max: 200 }),
    req('number', 'floors', ['Số tầng', 'Number of floors'], { min: 1, max: 50, hint: ['Kể cả tầng hầm, tầng lửng', 'Basement and mezzanine included'] }),
  ]),
  section('design', ['Đơn vị thiết kế và thời gian', 'Designer and schedule'], [
    opt('text', 'designer', ['Tổ chức, cá nhân thiết kế', 'Designer'], {
      hint: ['Bắt buộc với nhà từ 03 tầng hoặc tổng diện tích sàn từ 250 m²', 'Required for houses of 3 floors or more, or 250 m² of floor area or more'], maxLength: 200,
    }),
    opt('text', 'designerCertificate', ['Số chứng chỉ hành nghề của chủ nhiệm thiết kế', "Lead designer's practising certificate number"], { maxLength: 50 }),
    opt('date', 'startDate', ['Dự kiến ngày khởi công', 'Expected start'], { when: 'future' }),
    opt('number', 'durationMonths', ['Dự kiến thời gian hoàn thành (tháng)', 'Expected duration (months)'], { min: 1, max: 120 }),
  ]),
]);

export const housePermitDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Đơn đề nghị cấp giấy phép xây dựng', case: 'Khi nộp đơn giấy thay cho đơn điện tử',
  },
  { key: 'landRights', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', accept: SCAN },
  { key: 'drawings', name: 'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)', accept: ['pdf'] },
  {
    key: 'designerCapacity', name: 'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế', required: false, accept: ['pdf', 'docx'],
    case: 'Đối với nhà từ 03 tầng hoặc tổng diện tích sàn từ 250 m2',
  },
];
