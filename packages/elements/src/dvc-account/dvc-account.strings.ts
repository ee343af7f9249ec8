import type { Catalogue } from '../shared/localize.js';

export type AccountKey =
  | 'checking' | 'login' | 'loginHint' | 'level.1' | 'level.2' | 'level.business' | 'levelUnknown'
  | 'myDossiers' | 'logout' | 'loggedInAs' | 'failed' | 'retry' | 'notConfigured';

export const strings: Catalogue<AccountKey> = {
  vi: {
    checking: 'Đang kiểm tra đăng nhập…',
    login: 'Đăng nhập',
    loginHint: 'bằng tài khoản định danh điện tử VNeID',
    'level.1': 'Định danh mức 1',
    'level.2': 'Định danh mức 2',
    'level.business': 'Tài khoản doanh nghiệp',
    levelUnknown: 'Đã đăng nhập',
    myDossiers: 'Hồ sơ của tôi',
    logout: 'Đăng xuất',
    loggedInAs: 'Đã đăng nhập: {name}, {level}',
    failed: 'Chưa kiểm tra được trạng thái đăng nhập.',
    retry: 'Thử lại',
    notConfigured: 'Chưa cấu hình đăng nhập: trang cần thuộc tính account-url (địa chỉ đăng nhập của trang).',
  },
  en: () => import('./dvc-account.strings.en.js'),
};
