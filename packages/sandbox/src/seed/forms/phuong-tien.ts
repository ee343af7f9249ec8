// Driving licences (giấy phép lái xe) and vehicle registration (đăng ký xe), after the Đơn đề nghị
// đổi, cấp lại giấy phép lái xe (Thông tư 35/2024/TT-BCA, formerly 12/2017/TT-BGTVT) and the Giấy
// khai đăng ký xe (Thông tư 79/2024/TT-BCA).
import type { DeclarationForm } from '@dvc-kit/contract';
import { choice, form, opt, PHOTO, req, section, SCAN, when, type DocSlot } from './build.js';

/** Licence classes: today's (Luật Trật tự, an toàn giao thông đường bộ 2024) and the common old ones. */
const CLASSES: [string, [string, string]][] = [
  ['A1', ['A1', 'A1']], ['A', ['A', 'A']], ['B1', ['B1', 'B1']], ['B', ['B', 'B']], ['C1', ['C1', 'C1']], ['C', ['C', 'C']],
  ['D1', ['D1', 'D1']], ['D2', ['D2', 'D2']], ['D', ['D', 'D']], ['BE', ['BE', 'BE']], ['C1E', ['C1E', 'C1E']], ['CE', ['CE', 'CE']],
  ['A2', ['A2 (hạng cũ)', 'A2 (old class)']], ['B2', ['B2 (hạng cũ)', 'B2 (old class)']], ['E', ['E (hạng cũ)', 'E (old class)']],
  ['FC', ['FC (hạng cũ)', 'FC (old class)']],
];
/** Motorcycle classes: no health certificate when exchanging. */
const MOTORCYCLE = new Set(['A1', 'A', 'B1', 'A2']);
const needsHealthCheck = when('licenceClass', ...CLASSES.map(([c]) => c).filter((c) => !MOTORCYCLE.has(c)));

function licenceForm(kind: 'exchange' | 'reissue'): DeclarationForm {
  const reasons: [string, [string, string]][] = kind === 'exchange'
    ? [
      ['expired', ['Hết hạn hoặc sắp hết hạn', 'Expired or expiring']],
      ['damaged', ['Bị hỏng', 'Damaged']],
      ['changed', ['Thay đổi thông tin (họ tên, ngày sinh, số định danh)', 'Personal details changed']],
      ['paper', ['Đổi giấy phép bằng giấy bìa sang vật liệu PET', 'Paper licence to a PET card']],
    ]
    : [
      ['lost', ['Bị mất', 'Lost']],
      ['expiredLost', ['Bị mất và đã quá hạn sử dụng', 'Lost and expired']],
    ];
  const title: [string, string] = kind === 'exchange'
    ? ['Đơn đề nghị đổi giấy phép lái xe', 'Application to exchange a driving licence']
    : ['Đơn đề nghị cấp lại giấy phép lái xe', 'Application to reissue a driving licence'];
  return form(title, [
    section('holder', ['Người đề nghị', 'The applicant'], [
      req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    ]),
    section('licence', ['Giấy phép lái xe đã được cấp', 'The licence you hold'], [
      req('text', 'licenceNumber', ['Số giấy phép lái xe', 'Licence number'], { hint: ['12 chữ số ghi trên giấy phép', 'The 12 digits on the licence'], maxLength: 12 }),
      choice('licenceClass', ['Hạng', 'Class'], CLASSES, {
        hint: ['Hạng cao nhất ghi trên giấy phép; với hạng ô tô phải kèm giấy khám sức khỏe', 'The highest class on the licence; car and truck classes need a health certificate'],
      }),
      req('text', 'issuedBy', ['Cơ quan cấp', 'Issued by'], { hint: ['Ví dụ: Sở Giao thông vận tải Thừa Thiên Huế', 'For example: Thừa Thiên Huế Department of Transport'], maxLength: 200 }),
      req('date', 'issuedOn', ['Ngày cấp', 'Date of issue'], { when: 'past' }),
      opt('date', 'validUntil', ['Có giá trị đến ngày', 'Valid until'], { hint: ['Để trống nếu giấy phép không thời hạn', 'Leave empty if the licence has no end date'] }),
    ]),
    section('request', ['Lý do', 'Why'], [
      choice('reason', [kind === 'exchange' ? 'Lý do đổi' : 'Lý do cấp lại', 'Reason'], reasons),
      ...(kind === 'reissue'
        ? [req('textarea', 'lossCircumstances', ['Hoàn cảnh bị mất', 'How it was lost'], { maxLength: 1000 })]
        : []),
    ]),
  ]);
}

export const licenceExchangeForm = licenceForm('exchange');
export const licenceReissueForm = licenceForm('reissue');

export function licenceDocuments(kind: 'exchange' | 'reissue'): DocSlot[] {
  const name = kind === 'exchange' ? 'Đơn đề nghị đổi giấy phép lái xe' : 'Đơn đề nghị cấp lại giấy phép lái xe';
  return [
    { key: 'declaration', name: `${name} đã ký (khi không khai trực tuyến)`, required: false, accept: SCAN, template: name, case: 'Khi nộp đơn giấy thay cho đơn điện tử' },
    { key: 'portrait', name: 'Ảnh chân dung (chụp thẳng, nền trắng)', accept: PHOTO },
    {
      key: 'healthCertificate', name: 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', accept: SCAN, show: needsHealthCheck,
      case: 'Với giấy phép hạng ô tô (B trở lên); không cần với hạng A1, A, B1',
    },
  ];
}

/** Giấy khai đăng ký xe: the vehicle, and how it was bought. The owner is the applicant. */
export const vehicleRegistrationForm = form(['Giấy khai đăng ký xe', 'Vehicle registration declaration'], [
  section('vehicle', ['Thông tin xe', 'The vehicle'], [
    choice('vehicleType', ['Loại xe', 'Kind of vehicle'], [
      ['motorbike', ['Xe mô tô', 'Motorcycle']],
      ['moped', ['Xe gắn máy (dưới 50 cm³)', 'Moped (under 50 cc)']],
      ['electric', ['Xe máy điện', 'Electric motorbike']],
    ]),
    req('text', 'brand', ['Nhãn hiệu', 'Make'], { hint: ['Ví dụ: Honda, VinFast', 'For example: Honda, VinFast'], maxLength: 50 }),
    req('text', 'model', ['Số loại (tên thương mại)', 'Model'], { hint: ['Ví dụ: Vision, Evo200', 'For example: Vision, Evo200'], maxLength: 50 }),
    req('text', 'colour', ['Màu sơn', 'Colour'], { maxLength: 50 }),
    req('text', 'engineNumber', ['Số máy', 'Engine number'], { hint: ['Ghi trên phiếu kiểm tra chất lượng xuất xưởng; xe điện ghi số động cơ', 'On the factory quality certificate; for electric vehicles, the motor number'], maxLength: 30 }),
    req('text', 'chassisNumber', ['Số khung', 'Frame number'], { maxLength: 30 }),
    opt('number', 'engineCapacity', ['Dung tích xi lanh (cm³)', 'Engine capacity (cc)'], { min: 0, max: 2000, show: when('vehicleType', 'motorbike', 'moped') }),
  ]),
  section('purchase', ['Nguồn gốc, chuyển quyền sở hữu', 'Purchase'], [
    req('text', 'seller', ['Tên tổ chức, cá nhân bán xe', 'Seller'], { maxLength: 200 }),
    req('text', 'invoiceNumber', ['Số hóa đơn', 'Invoice number'], { maxLength: 30 }),
    req('date', 'invoiceDate', ['Ngày hóa đơn', 'Invoice date'], { when: 'past' }),
    req('number', 'price', ['Giá trị xe (đồng)', 'Price (VND)'], { min: 0, max: 10_000_000_000, hint: ['Theo hóa đơn, để tính lệ phí trước bạ', 'As on the invoice, for the registration tax'] }),
  ]),
]);

export const vehicleRegistrationDocuments: DocSlot[] = [
  { key: 'declaration', name: 'Giấy khai đăng ký xe đã ký (khi không khai trực tuyến)', required: false, accept: SCAN, template: 'Giấy khai đăng ký xe', case: 'Khi nộp giấy khai giấy thay cho giấy khai điện tử' },
  { key: 'origin', name: 'Chứng từ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng hoặc tờ khai hải quan)', accept: SCAN },
  { key: 'invoice', name: 'Chứng từ chuyển quyền sở hữu xe (hóa đơn)', accept: ['pdf', 'jpg', 'png', 'xlsx'] },
  { key: 'registrationTax', name: 'Chứng từ lệ phí trước bạ', required: false, accept: SCAN, case: 'Không cần khi đã có dữ liệu điện tử nộp lệ phí trước bạ' },
];
