import { formatMessage, type FieldError, type Locale, type Problem, type ProblemCode } from '@dvc-kit/contract';

const titles: Record<number, [vi: string, en: string]> = {
  400: ['Yêu cầu không hợp lệ', 'Bad request'],
  401: ['Chưa xác thực', 'Unauthorized'],
  403: ['Không có quyền', 'Forbidden'],
  404: ['Không tìm thấy', 'Not found'],
  405: ['Phương thức không được hỗ trợ', 'Method not allowed'],
  408: ['Hết thời gian chờ yêu cầu', 'Request timeout'],
  409: ['Xung đột trạng thái', 'Conflict'],
  413: ['Nội dung quá lớn', 'Payload too large'],
  415: ['Kiểu nội dung không được hỗ trợ', 'Unsupported media type'],
  422: ['Không thể xử lý', 'Unprocessable content'],
  429: ['Quá nhiều yêu cầu', 'Too many requests'],
  431: ['Tiêu đề yêu cầu quá lớn', 'Request header fields too large'],
  500: ['Lỗi máy chủ', 'Internal server error'],
  503: ['Tạm thời không phục vụ', 'Service unavailable'],
};

/** A text in both languages (a status label): a problem's param that the answer's language picks from. */
const isBilingual = (value: unknown): value is { vi: string; en: string } =>
  typeof value === 'object' && value !== null && typeof (value as { vi?: unknown }).vi === 'string' &&
  typeof (value as { en?: unknown }).en === 'string';

/**
 * Builds a problem document; `type` is a stable URI per code, documented in the guides. A param
 * given as `{ vi, en }` (e.g. `dossierStatusInfo[status].label`) is said in the answer's language.
 */
export function problemBody(
  locale: Locale,
  status: number,
  code: ProblemCode,
  params: Record<string, unknown>,
  requestId: string,
  instance: string,
  errors?: FieldError[],
): Problem {
  const [vi, en] = titles[status] ?? titles[500]!;
  const said = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isBilingual(value) ? value[locale] : value]));
  return {
    type: `https://dvc-kit.dev/problems/${code.replaceAll('_', '-')}`,
    title: locale === 'vi' ? vi : en,
    status,
    detail: formatMessage(locale, `problem.${code}`, { requestId, ...said }),
    instance,
    code,
    requestId,
    ...(typeof params.retryAfter === 'number' ? { retryAfter: params.retryAfter } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

export function problemResponse(body: Problem, locale: Locale, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': locale, ...headers },
  });
}
