import type { Catalogue } from '../shared/localize.js';

export type SearchKey =
  | 'label' | 'hint' | 'placeholder' | 'submit' | 'suggestions' | 'filters' | 'sector' | 'level' | 'audience'
  | 'onlineLevel' | 'any' | 'clearFilters' | 'results' | 'resultCount.one' | 'resultCount.other' | 'noResults'
  | 'suggestionCount.one' | 'suggestionCount.other' | 'noSuggestions' | 'loading' | 'retry' | 'previous' | 'next'
  | 'page' | 'pagination' | 'code' | 'agency' | 'processingTime' | 'fee' | 'feeFree' | 'feeVaries' | 'replaced' | 'suggestionsFailed'
  | 'province' | 'copies.one' | 'copies.other' | 'partial' | 'none' | 'popular';

export const strings: Catalogue<SearchKey> = {
  vi: {
    label: 'Tìm thủ tục hành chính',
    hint: 'Nhập tên thủ tục, có dấu hoặc không dấu, ví dụ: dang ky khai sinh',
    placeholder: 'Ví dụ: đăng ký khai sinh',
    submit: 'Tìm kiếm',
    suggestions: 'Gợi ý thủ tục',
    filters: 'Lọc kết quả',
    sector: 'Lĩnh vực',
    level: 'Cấp thực hiện',
    audience: 'Đối tượng',
    onlineLevel: 'Mức độ trực tuyến',
    province: 'Tỉnh, thành phố',
    any: 'Tất cả',
    clearFilters: 'Bỏ lọc',
    results: 'Kết quả tìm kiếm',
    'resultCount.one': 'Tìm thấy {count} thủ tục',
    'resultCount.other': 'Tìm thấy {count} thủ tục',
    noResults: 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
    partial: 'Không có thủ tục nào khớp với tất cả các từ đã nhập. Dưới đây là các thủ tục gần nhất.',
    none: 'Không tìm thấy thủ tục nào cho “{query}”. Hãy kiểm tra chính tả, nhập ít từ hơn hoặc bỏ bớt bộ lọc.',
    popular: 'Thủ tục được dùng nhiều nhất',
    'suggestionCount.one': '{count} gợi ý. Dùng phím mũi tên để chọn.',
    'suggestionCount.other': '{count} gợi ý. Dùng phím mũi tên để chọn.',
    noSuggestions: 'Không có gợi ý',
    suggestionsFailed: 'Không tải được gợi ý: {message}',
    loading: 'Đang tìm…',
    retry: 'Thử lại',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: 'Trang {page}',
    pagination: 'Phân trang kết quả',
    code: 'Mã thủ tục',
    agency: 'Cơ quan thực hiện',
    processingTime: 'Thời hạn giải quyết',
    fee: 'Phí, lệ phí',
    feeFree: 'Không mất phí',
    feeVaries: 'Theo quy định',
    replaced: 'Đã được thay thế',
    'copies.one': 'Có ở {count} tỉnh, thành phố',
    'copies.other': 'Có ở {count} tỉnh, thành phố',
  },
  en: () => import('./dvc-service-search.strings.en.js'),
};
