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
