// The portal API for the logged-in citizen, through the site's backend-for-frontend: a page's widgets
// call `<basePath>/portal/v1/…` on the site with the session cookie, and the BFF forwards an
// allow-list of the contract's routes to the portal with the session's access token (and, for a
// submission, its own secret key beside it). The page never holds a token; the browser's own
// credentials (cookie, key, origin) never reach the portal.
import { negotiateLocale, routes, type Locale, type Problem, type RouteDef, type RouteId } from '@dvc-kit/contract';
import type { ActiveSession, AuthLogEntry } from './auth.js';

/**
 * The `portal` option of `createAuth`: where the portal API is and the site's secret key. With it,
 * `auth.handle` serves `<basePath>/portal/v1/…` (docs/login.md, "Calling the portal for the citizen
 * from the page").
 */
export interface PortalOptions {
  /** The portal API's address (`https://api.example.gov.vn`; the sandbox: `http://127.0.0.1:8787`). */
  apiUrl: string | URL;
  /** The site's secret key (`sk_…`), sent only with a submission for the citizen (beside `Dvc-Account`). */
  secretKey: string;
  /** The fetch used to reach the portal (tests, proxies). */
  fetch?: typeof fetch;
}

/**
 * What the proxy forwards, by the contract's route id, and as whom: `account` with the session's
 * access token (`Authorization`); `submit` with the site's secret key and the access token as
 * `Dvc-Account`, so the dossier is tied to the account. Every other route is refused (404).
 */
const forwarded: Partial<Record<RouteId, 'account' | 'submit'>> = {
  'account.get': 'account',
  'account.dossiers': 'account',
  'account.rating': 'account',
  'account.rate': 'account',
  'account.drafts.list': 'account',
  'account.drafts.get': 'account',
  'account.drafts.put': 'account',
  'account.drafts.delete': 'account',
  'dossiers.submit': 'submit',
};

/** Request headers passed on to the portal; nothing else is (not Origin, Cookie, Authorization). */
const requestHeaders = ['content-type', 'accept-language', 'idempotency-key'];
/** Response headers passed back to the page. */
const responseHeaders = ['content-type', 'retry-after', 'request-id'];
const MAX_BODY_BYTES = 1024 * 1024;
const TIMEOUT_MS = 30_000;

const texts = {
  route_not_found: [404, 'Không tìm thấy', 'Not found',
    'Trang web này không chuyển tiếp yêu cầu này tới Cổng Dịch vụ công.', 'This site does not forward this request to the portal.'],
  not_logged_in: [401, 'Chưa xác thực', 'Unauthorized',
    'Ông/bà chưa đăng nhập, hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', 'You are not logged in, or your session has ended. Please log in again.'],
  csrf_failed: [403, 'Không có quyền', 'Forbidden',
    'Yêu cầu không đến từ trang của trang web này (mã CSRF hoặc nguồn gửi không đúng).', 'The request did not come from this site’s page (CSRF token or origin).'],
  payload_too_large: [413, 'Nội dung quá lớn', 'Payload too large',
    'Nội dung gửi lên vượt quá 1 MB.', 'The request body is over 1 MB.'],
  portal_unavailable: [502, 'Lỗi cổng kết nối', 'Bad gateway',
    'Không kết nối được Cổng Dịch vụ công. Hãy thử lại sau ít phút.', 'The portal could not be reached. Please try again in a few minutes.'],
  portal_timeout: [504, 'Hết thời gian chờ', 'Gateway timeout',
    'Cổng Dịch vụ công không trả lời kịp. Hãy thử lại sau ít phút.', 'The portal did not answer in time. Please try again in a few minutes.'],
} as const;
type Code = keyof typeof texts;

/** A problem document (the contract's `Problem`) in the request's language, as the portal writes them. */
function problem(locale: Locale, code: Code, instance: string): Response {
  const [status, titleVi, titleEn, detailVi, detailEn] = texts[code];
  const body: Problem = {
    type: `https://dvc-kit.dev/problems/${code.replaceAll('_', '-')}`,
    title: locale === 'en' ? titleEn : titleVi,
    status,
    detail: locale === 'en' ? detailEn : detailVi,
    instance,
    code,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': locale, 'cache-control': 'no-store' },
  });
}

/** A path parameter that stays one segment wherever it is decoded: no slash, backslash or dot segment. */
function oneSegment(raw: string): boolean {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return !/[/\\]/.test(value) && value !== '.' && value !== '..';
}

/** What the proxy needs from `createAuth`. */
export interface PortalDeps {
  basePath: string;
  getSession(request: Request): Promise<ActiveSession | null>;
  verifyCsrf(request: Request, token: string | null | undefined): Promise<boolean>;
  log(entry: AuthLogEntry): void;
}

/**
 * The handler of `<basePath>/portal/v1/…` (internal: `createAuth` mounts it with its `portal`
 * option). Throws a TypeError at once for a malformed `apiUrl` or a key that is not secret.
 */
export function portalProxy(options: PortalOptions, deps: PortalDeps): (request: Request) => Promise<Response> {
  let base: URL;
  try {
    base = new URL(String(options.apiUrl));
  } catch {
    throw new TypeError('createAuth: portal.apiUrl must be an absolute http(s) URL');
  }
  if (!/^https?:$/.test(base.protocol)) throw new TypeError('createAuth: portal.apiUrl must be an absolute http(s) URL');
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  if (typeof options.secretKey !== 'string' || !/^sk_\w{6,}$/.test(options.secretKey)) {
    throw new TypeError('createAuth: portal.secretKey must be the site’s secret key (sk_…)');
  }
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const prefix = `${deps.basePath}/portal`;
  // Matched through the contract's route table: method and path pattern (`/v1/me/drafts/{key}`).
  const allowed = (Object.entries(forwarded) as [RouteId, 'account' | 'submit'][]).map(([id, as]) => {
    const route: RouteDef = routes[id];
    return { id, as, method: route.method, pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`) };
  });
  const refuse = (locale: Locale, code: Code, instance: string, reason?: string) => {
    if (code !== 'not_logged_in') deps.log({ event: 'refused', route: 'portal', code, ...(reason ? { reason } : {}) });
    return problem(locale, code, instance);
  };

  return async (request) => {
    const url = new URL(request.url);
    const locale = negotiateLocale(request.headers.get('accept-language'));
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : '';
    const route = allowed.find((r) => {
      if (r.method !== request.method) return false;
      const match = r.pattern.exec(path);
      return !!match && match.slice(1).every(oneSegment);
    });
    if (!route) return refuse(locale, 'route_not_found', url.pathname);

    let session;
    try {
      session = await deps.getSession(request);
    } catch (error) {
      // The provider is unreachable and the access token has expired: the session stays, try later.
      if ((error as { code?: string }).code === 'provider_unavailable') return refuse(locale, 'portal_unavailable', url.pathname);
      throw error;
    }
    if (!session) return refuse(locale, 'not_logged_in', url.pathname);
    if (request.method !== 'GET' && !(await deps.verifyCsrf(request, request.headers.get('x-csrf-token')))) {
      return refuse(locale, 'csrf_failed', url.pathname);
    }

    const headers = new Headers();
    for (const name of requestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    if (route.as === 'submit') {
      headers.set('authorization', `Bearer ${options.secretKey}`);
      headers.set('dvc-account', session.accessToken);
    } else {
      headers.set('authorization', `Bearer ${session.accessToken}`);
    }
    let body: ArrayBuffer | undefined;
    if (request.method === 'POST' || request.method === 'PUT') {
      if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return refuse(locale, 'payload_too_large', url.pathname);
      body = await request.arrayBuffer();
      if (body.byteLength > MAX_BODY_BYTES) return refuse(locale, 'payload_too_large', url.pathname);
    }

    let answer: Response;
    try {
      answer = await send(new URL(path.slice(1) + url.search, base), {
        method: request.method,
        headers,
        ...(body ? { body } : {}),
        redirect: 'manual',
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(TIMEOUT_MS)]),
      });
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      return refuse(locale, name === 'TimeoutError' ? 'portal_timeout' : 'portal_unavailable', url.pathname, name);
    }
    const relayed = new Headers({ 'cache-control': 'no-store' });
    for (const name of responseHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) relayed.set(name, value);
    }
    const empty = [204, 205, 304].includes(answer.status);
    if (empty) await answer.body?.cancel();
    return new Response(empty ? null : answer.body, { status: answer.status, headers: relayed });
  };
}
