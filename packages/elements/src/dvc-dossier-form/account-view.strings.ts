import type { Catalogue } from '../shared/localize.js';

// Texts of <dvc-dossier-form>'s part for a logged-in citizen (./account-view.ts), loaded with it: a
// page without a login downloads none of them. A page overrides them as any of the form's texts,
// through the form's `strings` or the page's configuration (keys as below, e.g. `level2.how`).
export type AccountViewKey = 'use.business' | 'useHint.business' | 'sourceHint.business' | 'legend' | 'use' | 'useHint' | 'manual' | 'manualHint' | 'source' | 'sourceHint' | 'level2.title' | 'level2.body' | 'level2.how' | 'level2.meanwhile';

export const strings: Catalogue<AccountViewKey> = {
  vi: {
    'sourceHint.business': 'Các thông tin này lấy từ tài khoản định danh điện tử của doanh nghiệp và không sửa được ở đây. Nếu có sai sót, doanh nghiệp cần điều chỉnh tại cơ quan đăng ký kinh doanh hoặc cơ quan thuế.',
    'useHint.business': 'Tên doanh nghiệp và mã số thuế lấy từ tài khoản định danh điện tử; hồ sơ được gắn với tài khoản để theo dõi trong “Hồ sơ của tôi”.',
    'use.business': 'Dùng thông tin từ tài khoản định danh điện tử của doanh nghiệp ({name})',
    'legend': 'Thông tin người nộp hồ sơ',
    'use': 'Dùng thông tin từ tài khoản định danh điện tử của tôi ({name})',
    'useHint': 'Họ tên, số định danh và ngày sinh lấy từ VNeID; hồ sơ được gắn với tài khoản để theo dõi trong “Hồ sơ của tôi”.',
    'manual': 'Tự nhập thông tin người nộp (hồ sơ không gắn với tài khoản)',
    'manualHint': 'Ví dụ khi nộp thay cho người khác. Để tra cứu, dùng mã hồ sơ và số điện thoại.',
    'source': 'Từ tài khoản định danh điện tử (VNeID)',
    'sourceHint': 'Các thông tin này lấy từ tài khoản định danh điện tử của ông/bà và không sửa được ở đây. Nếu có sai sót, ông/bà cần điều chỉnh tại cơ quan Công an.',
    'level2.title': 'Thủ tục này cần tài khoản định danh điện tử mức 2',
    'level2.body': 'Tài khoản của ông/bà đang ở mức {level} (đăng ký trên ứng dụng VNeID, chưa xác thực trực tiếp). Thủ tục này yêu cầu mức 2 để bảo đảm đúng người nộp hồ sơ, nên không nộp được bằng tài khoản này.',
    'level2.how': 'Để nâng lên mức 2, ông/bà mang thẻ căn cước (hoặc căn cước công dân gắn chíp) đến Công an cấp xã nơi cư trú hoặc nơi làm thủ tục căn cước để được xác thực trực tiếp, rồi kích hoạt mức 2 trên ứng dụng VNeID.',
    'level2.meanwhile': 'Trong khi chờ, ông/bà vẫn có thể tự nhập thông tin để nộp hồ sơ không gắn với tài khoản.',
  },
  en: () => import('./account-view.strings.en.js'),
};
