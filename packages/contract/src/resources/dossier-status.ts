import * as z from 'zod/mini';

/**
 * Dossier statuses; the comment gives the status code (1–10) and the Vietnamese name the national
 * portal uses for it (the same in `dossierStatusInfo`).
 */
export const dossierStatus = z.enum([
  'receiving', // 1 Mới đăng ký
  'new', // 2 Được tiếp nhận
  'denied', // 3 Không được tiếp nhận
  'processing', // 4 Đang xử lý
  'waiting', // 5 Yêu cầu bổ sung giấy tờ
  'paying', // 6 Yêu cầu thực hiện nghĩa vụ tài chính
  'cancelled', // 7 Công dân yêu cầu rút hồ sơ
  'unresolved', // 8 Dừng xử lý
  'releasing', // 9 Đã xử lý xong
  'done', // 10 Đã trả kết quả
]);
export type DossierStatus = z.infer<typeof dossierStatus>;

/**
 * Each status's code (1–10, `TrangThaiHoSo` of the one-stop systems) and its label: in Vietnamese
 * exactly as the national portal names it, and in English.
 */
export const dossierStatusInfo: Record<DossierStatus, { number: number; label: { vi: string; en: string } }> = {
  receiving: { number: 1, label: { vi: 'Mới đăng ký', en: 'Newly registered' } },
  new: { number: 2, label: { vi: 'Được tiếp nhận', en: 'Received' } },
  denied: { number: 3, label: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  processing: { number: 4, label: { vi: 'Đang xử lý', en: 'Processing' } },
  waiting: { number: 5, label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' } },
  paying: { number: 6, label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting payment of fees' } },
  cancelled: { number: 7, label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' } },
  unresolved: { number: 8, label: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  releasing: { number: 9, label: { vi: 'Đã xử lý xong', en: 'Result ready' } },
  done: { number: 10, label: { vi: 'Đã trả kết quả', en: 'Result returned' } },
};
