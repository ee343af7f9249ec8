import type { Catalogue } from '../shared/localize.js';

export type DetailKey =
  | 'loading' | 'retry' | 'missingCode' | 'code' | 'sector' | 'level' | 'onlineLevel' | 'audiences' | 'implementingAgency'
  | 'decidingAuthority' | 'coordinatingAgencies' | 'identityLevel' | 'identityLevel.1' | 'identityLevel.2' | 'feesAndTime'
  | 'channel' | 'processingTime' | 'fees' | 'feeFree' | 'feeVaries' | 'noFees' | 'documents' | 'document' | 'originals'
  | 'copies' | 'template' | 'always' | 'case' | 'steps' | 'conditions' | 'noConditions' | 'result' | 'legalBasis'
  | 'issued' | 'replaced' | 'replacedBy' | 'start' | 'notOnline' | 'updatedAt' | 'previousCodes' | 'codeChanged'
  | 'channel.online' | 'channel.postal' | 'channel.in_person' | 'loaded';

export const strings: Catalogue<DetailKey> = {
  vi: {
    loading: 'Đang tải thông tin thủ tục…',
    loaded: 'Đã tải thủ tục {name}',
    retry: 'Thử lại',
    missingCode: 'Chưa có mã thủ tục (thuộc tính code).',
    code: 'Mã thủ tục',
    sector: 'Lĩnh vực',
    level: 'Cấp thực hiện',
    onlineLevel: 'Mức độ trực tuyến',
    audiences: 'Đối tượng thực hiện',
    implementingAgency: 'Cơ quan thực hiện',
    decidingAuthority: 'Cơ quan có thẩm quyền quyết định',
    coordinatingAgencies: 'Cơ quan phối hợp',
    identityLevel: 'Tài khoản định danh điện tử',
    'identityLevel.1': 'VNeID mức 1 trở lên',
    'identityLevel.2': 'VNeID mức 2',
    feesAndTime: 'Cách thức thực hiện, thời hạn và phí',
    channel: 'Hình thức nộp',
    processingTime: 'Thời hạn giải quyết',
    fees: 'Phí, lệ phí',
    feeFree: 'Miễn phí',
    feeVaries: 'Theo quy định của địa phương',
    noFees: 'Không mất phí',
    documents: 'Thành phần hồ sơ',
    document: 'Tên giấy tờ',
    originals: 'Bản chính',
    copies: 'Bản sao',
    template: 'Mẫu đơn, tờ khai',
    always: 'Mọi trường hợp',
    case: 'Trường hợp',
    steps: 'Trình tự thực hiện',
    conditions: 'Yêu cầu, điều kiện thực hiện',
    noConditions: 'Không có',
    result: 'Kết quả thực hiện',
    legalBasis: 'Căn cứ pháp lý',
    issued: 'ban hành ngày {date}',
    replaced: 'Thủ tục này đã được thay thế.',
    replacedBy: 'Thủ tục thay thế: {code}',
    start: 'Nộp hồ sơ trực tuyến',
    notOnline: 'Thủ tục này chưa được cung cấp trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính.',
    updatedAt: 'Cập nhật ngày {date}',
    previousCodes: 'Mã cũ',
    codeChanged: 'Mã {old} là mã cũ: thủ tục đã được công bố lại với mã {code}.',
    'channel.online': 'Trực tuyến',
    'channel.postal': 'Dịch vụ bưu chính',
    'channel.in_person': 'Trực tiếp',
  },
  en: () => import('./dvc-service-detail.strings.en.js'),
};
