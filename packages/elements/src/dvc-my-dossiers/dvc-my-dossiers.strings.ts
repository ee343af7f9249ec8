import type { Catalogue } from '../shared/localize.js';

export type MyDossiersKey =
  | 'checking' | 'loading' | 'loginNeeded' | 'login' | 'failed' | 'retry' | 'notConfigured'
  | 'drafts.title' | 'drafts.saved' | 'drafts.continue' | 'drafts.continueLabel' | 'drafts.delete' | 'drafts.deleteLabel' | 'drafts.deleted' | 'drafts.confirm' | 'drafts.confirmYes' | 'drafts.confirmNo'
  | 'dossiers.title' | 'dossiers.empty' | 'dossiers.count' | 'code' | 'status' | 'submitted' | 'due' | 'completed'
  | 'feesDue' | 'supplementDue' | 'open' | 'openLabel' | 'pay' | 'payLabel' | 'supplement' | 'supplementLabel' | 'more' | 'loadingMore';

export const strings: Catalogue<MyDossiersKey> = {
  vi: {
    checking: 'Đang kiểm tra đăng nhập…',
    loading: 'Đang tải hồ sơ của ông/bà…',
    loginNeeded: 'Đăng nhập bằng tài khoản định danh điện tử để xem các hồ sơ ông/bà đã nộp và đang soạn.',
    login: 'Đăng nhập bằng VNeID',
    failed: 'Chưa tải được hồ sơ của ông/bà.',
    retry: 'Thử lại',
    notConfigured: 'Chưa cấu hình đăng nhập: trang cần thuộc tính account-url (địa chỉ đăng nhập của trang).',
    'drafts.title': 'Hồ sơ đang soạn',
    'drafts.saved': 'Lưu lúc {date}',
    'drafts.continue': 'Tiếp tục soạn',
    'drafts.continueLabel': 'Tiếp tục soạn hồ sơ thủ tục {service}',
    'drafts.delete': 'Xóa bản nháp',
    'drafts.deleteLabel': 'Xóa bản nháp hồ sơ thủ tục {service}',
    'drafts.deleted': 'Đã xóa bản nháp hồ sơ thủ tục {service}.',
    'drafts.confirm': 'Xóa bản nháp hồ sơ thủ tục {service}? Bản nháp đã xóa không khôi phục được.',
    'drafts.confirmYes': 'Xóa',
    'drafts.confirmNo': 'Giữ lại',
    'dossiers.title': 'Hồ sơ đã nộp',
    'dossiers.empty': 'Chưa có hồ sơ nào.',
    'dossiers.count': '{count} hồ sơ',
    code: 'Mã hồ sơ',
    status: 'Trạng thái',
    submitted: 'Ngày nộp',
    due: 'Hẹn trả kết quả',
    completed: 'Ngày trả kết quả',
    feesDue: 'Phí, lệ phí còn phải nộp',
    supplementDue: 'Cần bổ sung trước {date}',
    open: 'Xem chi tiết',
    openLabel: 'Xem chi tiết hồ sơ {code}',
    pay: 'Nộp phí',
    payLabel: 'Nộp phí hồ sơ {code}',
    supplement: 'Bổ sung hồ sơ',
    supplementLabel: 'Bổ sung hồ sơ {code}',
    more: 'Xem thêm hồ sơ',
    loadingMore: 'Đang tải thêm…',
  },
  en: () => import('./dvc-my-dossiers.strings.en.js'),
};
