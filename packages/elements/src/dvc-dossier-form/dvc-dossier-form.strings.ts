import type { Catalogue } from '../shared/localize.js';
import { formStrings, type FormKey } from '../shared/form/strings.js';

export type DossierFormKey =
  | 'missingService'
  | 'loading'
  | 'loadError'
  | 'retry'
  | 'notOnlineTitle'
  | 'notOnlineBody'
  | 'otherProvince'
  | 'step'
  | 'heading.applicant'
  | 'heading.documents'
  | 'heading.where'
  | 'heading.review'
  | 'resultHeading'
  | 'intro'
  | 'draftRestored'
  | 'account.birthDate'
  | 'account.serverDraft'
  | 'account.saveFailed'
  | 'account.unavailable'
  | 'account.saveFailedSession'
  | 'account.review'
  | 'account.reviewValue'
  | 'typeLegend'
  | 'type.citizen'
  | 'type.business'
  | 'type.organisation'
  | 'type.state_agency'
  | 'idNumber.citizen'
  | 'idNumber.citizenHint'
  | 'idNumber.tax'
  | 'idNumber.taxHint'
  | 'fullName.citizen'
  | 'fullName.business'
  | 'fullName.organisation'
  | 'fullName.state_agency'
  | 'phone'
  | 'phoneHint'
  | 'email'
  | 'emailHint'
  | 'address'
  | 'note'
  | 'noteHint'
  | 'province'
  | 'provinceHint'
  | 'commune'
  | 'communeHint'
  | 'delivery'
  | 'deliveryAddress'
  | 'documentsIntro'
  | 'documentCopies'
  | 'documentOriginals.one'
  | 'documentOriginals.other'
  | 'documentCopyCount.one'
  | 'documentCopyCount.other'
  | 'documentCase'
  | 'documentTemplate'
  | 'otherFiles'
  | 'otherFilesHint'
  | 'continue'
  | 'required.idNumber.citizen'
  | 'required.idNumber.tax'
  | 'required.fullName'
  | 'required.phone'
  | 'required.province'
  | 'tooLong'
  | 'reviewIntro'
  | 'procedure'
  | 'change'
  | 'notProvided'
  | 'submit'
  | 'sending'
  | 'back'
  | 'submitFailedTitle'
  | 'submitFailedKept'
  | 'codeLabel'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'earlierSubmission'
  | 'receiptTitle'
  | 'applicant'
  | 'agency'
  | 'receivingCommune'
  | 'submittedAt'
  | 'status'
  | 'dueAt'
  | 'processingTime'
  | 'dueLater'
  | 'attachmentCount'
  | 'nextTitle'
  | 'nextPay'
  | 'nextNoFee'
  | 'nextTrack'
  | 'payLink'
  | 'trackLink'
  | 'nextNotify'
  | 'receiptPdf'
  | 'print'
  | 'another'
  | FormKey;

export const strings: Catalogue<DossierFormKey> = {
  vi: {
    ...formStrings,
    missingService: 'Chưa có mã thủ tục: thêm thuộc tính service, ví dụ service="1.001193".',
    loading: 'Đang tải thông tin thủ tục…',
    loadError: 'Không tải được thông tin thủ tục',
    retry: 'Thử lại',
    notOnlineTitle: 'Thủ tục này chưa hỗ trợ nộp hồ sơ trực tuyến',
    notOnlineBody: 'Ông/bà vui lòng nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại: {agency}.',
    otherProvince: 'Đây là thủ tục của {province}, không phải của địa phương nơi cổng này phục vụ: hồ sơ sẽ được gửi đến cơ quan của {province}. Nếu ông/bà cần nộp hồ sơ tại địa phương mình, hãy tìm thủ tục của địa phương trên cổng này.',
    step: 'Bước {n}/{total}',
    'heading.applicant': 'Thông tin người nộp hồ sơ',
    'heading.documents': 'Giấy tờ kèm theo',
    'heading.where': 'Nơi nộp và cách nhận kết quả',
    'heading.review': 'Kiểm tra lại thông tin',
    resultHeading: 'Nộp hồ sơ thành công',
    intro: 'Các trường không ghi “không bắt buộc” là bắt buộc nhập.',
    draftRestored: 'Đã khôi phục thông tin ông/bà nhập trước đó.',
    typeLegend: 'Ông/bà nộp hồ sơ với tư cách',
    'type.citizen': 'Công dân',
    'type.business': 'Doanh nghiệp',
    'type.organisation': 'Tổ chức',
    'type.state_agency': 'Cơ quan nhà nước',
    'idNumber.citizen': 'Số căn cước công dân (CCCD)',
    'idNumber.citizenHint': 'Gồm 12 chữ số, in trên thẻ căn cước.',
    'idNumber.tax': 'Mã số thuế (MST)',
    'idNumber.taxHint': 'Gồm 10 chữ số; đơn vị phụ thuộc ghi 13 chữ số dạng XXXXXXXXXX-NNN.',
    'fullName.citizen': 'Họ và tên',
    'fullName.business': 'Tên doanh nghiệp',
    'fullName.organisation': 'Tên tổ chức',
    'fullName.state_agency': 'Tên cơ quan',
    phone: 'Số điện thoại di động',
    phoneHint: 'Cơ quan giải quyết liên hệ qua số này. Khi tra cứu hồ sơ, ông/bà cần nhập mã hồ sơ cùng số điện thoại này.',
    email: 'Email',
    emailHint: 'Để nhận thông báo về hồ sơ qua thư điện tử.',
    address: 'Địa chỉ liên hệ',
    note: 'Ghi chú',
    noteHint: 'Thông tin thêm gửi cơ quan giải quyết, tối đa {max} ký tự.',
    province: 'Tỉnh/thành phố nơi nộp hồ sơ',
    provinceHint: 'Hồ sơ được chuyển đến cơ quan có thẩm quyền tại tỉnh/thành phố ông/bà chọn.',
    commune: 'Xã/phường nơi nộp hồ sơ',
    communeHint: 'Ủy ban nhân dân xã/phường này tiếp nhận và giải quyết hồ sơ.',
    delivery: 'Cách nhận kết quả',
    deliveryAddress: 'Địa chỉ nhận kết quả',
    documentsIntro: 'Mỗi giấy tờ tải lên một hoặc nhiều tệp (bản chụp hoặc bản quét rõ nét). Tệp được tải lên ngay khi chọn.',
    documentCopies: '{originals}, {copies}',
    'documentOriginals.one': '{count} bản chính',
    'documentOriginals.other': '{count} bản chính',
    'documentCopyCount.one': '{count} bản sao',
    'documentCopyCount.other': '{count} bản sao',
    documentCase: 'Trường hợp: {case}',
    documentTemplate: 'Tải mẫu: {name}',
    otherFiles: 'Giấy tờ khác',
    otherFilesHint: 'Giấy tờ khác ông/bà muốn gửi kèm.',
    continue: 'Tiếp tục',
    'required.idNumber.citizen': 'Vui lòng nhập số căn cước công dân.',
    'required.idNumber.tax': 'Vui lòng nhập mã số thuế.',
    'required.fullName': 'Vui lòng nhập {field}.',
    'required.phone': 'Vui lòng nhập số điện thoại di động.',
    'required.province': 'Vui lòng chọn tỉnh/thành phố nơi nộp hồ sơ.',
    tooLong: '{field} không được dài quá {max} ký tự.',
    reviewIntro: 'Vui lòng kiểm tra kỹ trước khi nộp. Sau khi nộp, hồ sơ chỉ được sửa khi cơ quan giải quyết yêu cầu bổ sung.',
    procedure: 'Thủ tục',
    change: 'Sửa',
    notProvided: 'Không có',
    submit: 'Nộp hồ sơ',
    sending: 'Đang nộp hồ sơ…',
    back: 'Quay lại',
    submitFailedTitle: 'Chưa nộp được hồ sơ',
    submitFailedKept: 'Thông tin và tệp đính kèm của ông/bà vẫn được giữ nguyên. Ông/bà có thể nộp lại: hồ sơ sẽ không bị tạo trùng.',
    codeLabel: 'Mã hồ sơ',
    copy: 'Sao chép mã hồ sơ',
    copied: 'Đã sao chép mã hồ sơ.',
    copyFailed: 'Không sao chép được; vui lòng tự chọn và sao chép mã hồ sơ.',
    earlierSubmission: 'Hồ sơ đã được tiếp nhận từ lần nộp trước với thông tin của lần nộp đó; thông tin sửa sau không được gửi. Nếu cần điều chỉnh, ông/bà hãy liên hệ cơ quan giải quyết.',
    receiptTitle: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    applicant: 'Người nộp',
    agency: 'Cơ quan giải quyết',
    receivingCommune: 'Nơi tiếp nhận',
    submittedAt: 'Thời điểm nộp',
    status: 'Trạng thái',
    dueAt: 'Ngày hẹn trả kết quả',
    processingTime: 'Thời hạn giải quyết',
    dueLater: 'Ngày hẹn trả kết quả được tính khi cơ quan tiếp nhận hồ sơ.',
    attachmentCount: 'Tệp đính kèm',
    nextTitle: 'Ông/bà cần làm gì tiếp theo',
    nextPay: 'Nộp phí, lệ phí {amount}: ông/bà có thể thanh toán trực tuyến khi tra cứu hồ sơ.',
    nextNoFee: 'Hồ sơ này không phải nộp phí, lệ phí trực tuyến.',
    nextTrack: 'Lưu lại mã hồ sơ {code}. Để tra cứu tình trạng hồ sơ, nhập mã hồ sơ cùng số điện thoại {phone}.',
    payLink: 'Thanh toán {amount} phí, lệ phí',
    trackLink: 'Theo dõi hồ sơ {code}',
    nextNotify: 'Cơ quan giải quyết sẽ kiểm tra hồ sơ và thông báo qua số điện thoại đã đăng ký nếu cần bổ sung giấy tờ.',
    receiptPdf: 'Tải giấy tiếp nhận (PDF)',
    print: 'In giấy tiếp nhận',
    another: 'Nộp hồ sơ khác',
    'account.birthDate': 'Ngày sinh',
    'account.serverDraft': 'Đã khôi phục bản nháp lưu trong tài khoản của ông/bà.',
    'account.saveFailedSession': 'Phiên đăng nhập đã kết thúc: bản nháp chỉ còn được giữ trên trình duyệt này. Đăng nhập lại để lưu vào tài khoản.',
    'account.unavailable': 'Chưa kiểm tra được tài khoản đăng nhập của ông/bà; ông/bà vẫn có thể tự nhập thông tin để nộp hồ sơ.',
    'account.saveFailed': 'Chưa lưu được bản nháp vào tài khoản; thông tin vẫn được giữ trên trình duyệt này.',
    'account.review': 'Nộp bằng tài khoản',
    'account.reviewValue': '{name}, định danh mức {level}',
  },
  en: () => import('./dvc-dossier-form.strings.en.js'),
};
