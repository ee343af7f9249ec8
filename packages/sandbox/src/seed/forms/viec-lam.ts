// Unemployment benefit (trợ cấp thất nghiệp), after the Đề nghị hưởng trợ cấp thất nghiệp (Mẫu số
// 03, Thông tư 15/2023/TT-BLĐTBXH): the job that ended, the insurance record, how to be paid.
import { choice, form, opt, req, section, SCAN, when, type DocSlot } from './build.js';

const byAccount = when('paymentMethod', 'account');

/** Đề nghị hưởng trợ cấp thất nghiệp. */
export const unemploymentBenefitForm = form(['Đề nghị hưởng trợ cấp thất nghiệp', 'Unemployment benefit claim'], [
  section('worker', ['Người lao động', 'The worker'], [
    req('date', 'birthDate', ['Ngày, tháng, năm sinh', 'Date of birth'], { when: 'past' }),
    req('text', 'insuranceNumber', ['Mã số bảo hiểm xã hội', 'Social insurance number'], {
      hint: ['10 chữ số, ghi trên sổ bảo hiểm xã hội hoặc trong ứng dụng VssID', 'The 10 digits on the social insurance book or in the VssID app'], maxLength: 10,
    }),
  ]),
  section('job', ['Công việc đã chấm dứt', 'The job that ended'], [
    req('text', 'employer', ['Tên đơn vị đã làm việc', 'Employer'], { maxLength: 300 }),
    choice('contractType', ['Loại hợp đồng lao động', 'Kind of contract'], [
      ['indefinite', ['Không xác định thời hạn', 'Open-ended']],
      ['fixed', ['Xác định thời hạn', 'Fixed-term']],
      ['seasonal', ['Theo mùa vụ hoặc công việc nhất định (từ đủ 01 tháng đến dưới 12 tháng)', 'Seasonal or for a task (1 to 12 months)']],
    ]),
    req('date', 'contractEndDate', ['Ngày chấm dứt hợp đồng lao động', 'Date the contract ended'], {
      when: 'past', hint: ['Nộp hồ sơ trong 03 tháng kể từ ngày này', 'Claim within 3 months of this date'],
    }),
    req('text', 'endReason', ['Lý do chấm dứt hợp đồng lao động', 'Why it ended'], { maxLength: 300 }),
    req('number', 'contributionMonths', ['Số tháng đã đóng bảo hiểm thất nghiệp', 'Months of unemployment insurance paid'], {
      min: 12, max: 600, hint: ['Cần từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng', 'At least 12 months within the 24 before the contract ended'],
    }),
  ]),
  section('payment', ['Nhận trợ cấp', 'Payment'], [
    choice('paymentMethod', ['Hình thức nhận trợ cấp', 'How to be paid'], [
      ['account', ['Qua tài khoản ngân hàng', 'To a bank account']],
      ['cash', ['Tiền mặt tại cơ quan bảo hiểm xã hội', 'In cash at the social insurance office']],
    ]),
    req('text', 'bankAccount', ['Số tài khoản', 'Account number'], { show: byAccount, hint: ['Tài khoản đứng tên người lao động', 'An account in your own name'], maxLength: 30 }),
    req('text', 'bankName', ['Tên ngân hàng, chi nhánh', 'Bank and branch'], { show: byAccount, maxLength: 200 }),
    opt('textarea', 'jobWishes', ['Nhu cầu tư vấn, giới thiệu việc làm, học nghề', 'Help wanted with finding work or training'], { maxLength: 1000 }),
  ]),
]);

export const unemploymentBenefitDocuments: DocSlot[] = [
  {
    key: 'declaration', name: 'Đề nghị hưởng trợ cấp thất nghiệp (Mẫu số 03) đã ký (khi không khai trực tuyến)', required: false, accept: SCAN,
    template: 'Đề nghị hưởng trợ cấp thất nghiệp', case: 'Khi nộp đề nghị giấy thay cho bản điện tử',
  },
  { key: 'terminationProof', name: 'Quyết định thôi việc hoặc giấy tờ chứng minh chấm dứt hợp đồng lao động', accept: SCAN },
  { key: 'insuranceBook', name: 'Sổ bảo hiểm xã hội (hoặc xác nhận quá trình đóng bảo hiểm thất nghiệp)', accept: SCAN },
];
