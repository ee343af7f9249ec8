import type { Locale } from '@dvc-kit/contract';

/**
 * The SDK's own messages (errors raised without a server answer), Vietnamese first. Widgets show
 * them to citizens: no host names, types or other technical detail (a developer has the request).
 */
const text = {
  validation: ['Thông tin chưa hợp lệ: {list}', 'Some information is not valid: {list}'],
  connection: [
    'Không kết nối được tới Cổng Dịch vụ công. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    'Could not reach the Public Service Portal. Please check the network connection and try again.',
  ],
  timeout: [
    'Cổng Dịch vụ công không trả lời sau {seconds} giây. Vui lòng thử lại.',
    'The Public Service Portal did not answer within {seconds} seconds. Please try again.',
  ],
  response: [
    'Máy chủ trả về dữ liệu không đúng hợp đồng API ({route}). Mã yêu cầu: {requestId}.',
    'The server answered with data that breaks the API contract ({route}). Request id: {requestId}.',
  ],
  http: ['Máy chủ trả lời lỗi {status}.', 'The server answered with error {status}.'],
  limit: [
    'Hãy truyền toArray({ limit }) với số phần tử tối đa (1–10000) để tránh đọc không giới hạn.',
    'Pass toArray({ limit }) with the largest number of items you want (1–10000); unbounded reads are refused.',
  ],
  unsettled: [
    'Giao dịch {id} chưa kết thúc sau {seconds} giây (trạng thái "{status}").',
    'Payment {id} did not settle within {seconds} seconds (status "{status}").',
  ],
  stream: [
    'Luồng sự kiện của hồ sơ trả về dữ liệu không đọc được.',
    'The dossier event stream sent data that could not be read.',
  ],
} satisfies Record<string, [vi: string, en: string]>;

export type SdkMessage = keyof typeof text;

/** A message of the SDK in `locale`, with `{name}` placeholders filled. */
export function sdkMessage(locale: Locale, key: SdkMessage, params: Record<string, unknown> = {}): string {
  return text[key][locale === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
