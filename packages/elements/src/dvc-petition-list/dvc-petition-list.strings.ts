import type { Catalogue } from '../shared/localize.js';

export type PetitionListKey =
  | 'heading'
  | 'intro'
  | 'filterLabel'
  | 'allCategories'
  | 'loading'
  | 'total'
  | 'totalOne'
  | 'empty'
  | 'emptyCategory'
  | 'submittedOn'
  | 'answeredOn'
  | 'codeLabel'
  | 'contentHeading'
  | 'answerHeading'
  | 'answerAgency'
  | 'answerOfficer'
  | 'answeredAt'
  | 'pagination'
  | 'previous'
  | 'next'
  | 'pageOf'
  | 'errorTitle'
  | 'retry';

export const strings: Catalogue<PetitionListKey> = {
  vi: {
    heading: 'Phản ánh, kiến nghị đã được trả lời',
    intro: 'Phản ánh, kiến nghị đã có trả lời của cơ quan có thẩm quyền và được người gửi đồng ý công khai (không kèm thông tin cá nhân).',
    filterLabel: 'Lĩnh vực',
    allCategories: 'Tất cả lĩnh vực',
    loading: 'Đang tải danh sách phản ánh, kiến nghị…',
    total: 'Có {total} phản ánh, kiến nghị đã được trả lời. Trang {page}/{pages}.',
    totalOne: 'Có 1 phản ánh, kiến nghị đã được trả lời.',
    empty: 'Chưa có phản ánh, kiến nghị nào đã được trả lời.',
    emptyCategory: 'Chưa có phản ánh, kiến nghị nào đã được trả lời trong lĩnh vực này.',
    submittedOn: 'Gửi ngày {date}',
    answeredOn: 'Trả lời ngày {date}',
    codeLabel: 'Mã phản ánh: {code}',
    contentHeading: 'Nội dung phản ánh, kiến nghị',
    answerHeading: 'Nội dung trả lời',
    answerAgency: 'Cơ quan trả lời',
    answerOfficer: 'Cán bộ trả lời',
    answeredAt: 'Ngày trả lời',
    pagination: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: 'Trang {page}/{pages}',
    errorTitle: 'Không tải được danh sách phản ánh, kiến nghị',
    retry: 'Thử lại',
  },
  en: () => import('./dvc-petition-list.strings.en.js'),
};
