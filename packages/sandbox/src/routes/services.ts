import { createHash } from 'node:crypto';
import { fieldLabel, formatMessage, provinceByCode, type FieldError, type Locale } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { fieldError } from '../http/field-errors.js';
import type { Sandbox } from '../context.js';
import { templateDocx } from '../documents/template.js';
import { notFoundPage } from '../http/static.js';
import { fold, tokens } from '../search/fold.js';
import type { Module } from '../server.js';
import { communesOf } from '../store/places.js';
import { getService, listAgencies, localised, listSectors, searchServices, type SearchFilters } from '../store/services.js';

/**
 * Cursors are opaque to clients: base64url of `{ o: offset, h: hash }`, where `h` is a short hash
 * of the normalised search (terms + filters, not the page size). A cursor from another search is
 * refused rather than silently paging through a different result set.
 */
function searchHash(q: string | undefined, f: SearchFilters): string {
  const normalised = JSON.stringify([
    tokens(fold(q ?? '')).join(' '), f.sector ?? '', f.agency ?? '', f.province ?? '', f.level ?? '',
    f.audience ?? '', f.onlineLevel ?? '',
  ]);
  return createHash('sha256').update(normalised).digest('base64url').slice(0, 10);
}

export function encodeCursor(offset: number, hash: string): string {
  return Buffer.from(JSON.stringify({ o: offset, h: hash })).toString('base64url');
}

function cursorError(locale: Locale, code: 'invalid_format' | 'cursor.mismatch'): ApiError {
  const message =
    code === 'invalid_format'
      ? formatMessage(locale, 'invalid_format', { field: fieldLabel(['cursor'], locale) })
      : locale === 'vi'
        ? 'Con trỏ trang thuộc về một tìm kiếm khác; hãy tìm lại từ trang đầu.'
        : 'The page cursor belongs to a different search; start again from the first page.';
  const error: FieldError = { path: 'cursor', code, message };
  return new ApiError(400, 'validation_failed', {}, [error]);
}

/** A two-digit code that is none of the 34 provinces: a 400 naming `province`, not an empty answer. */
function checkProvince(province: string | undefined, locale: Locale): void {
  if (province !== undefined && !provinceByCode(province)) {
    throw fieldError(locale, [{ path: ['province'], code: 'province.unknown', params: { province } }]);
  }
}

/** `page` and `cursor` both name a page: one of them only. */
function pageAndCursor(locale: Locale): ApiError {
  const message =
    locale === 'vi'
      ? 'Chỉ dùng một trong hai: số trang (page) hoặc con trỏ trang (cursor).'
      : 'Give either a page number (page) or a page cursor (cursor), not both.';
  return new ApiError(400, 'validation_failed', {}, [{ path: 'page', code: 'page.with_cursor', message }]);
}

/** The offset a cursor points at; throws a 400 naming `cursor` if it is garbage or from another search. */
export function decodeCursor(cursor: string, hash: string, locale: Locale): number {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorError(locale, 'invalid_format');
  }
  const { o, h } = (parsed ?? {}) as { o?: unknown; h?: unknown };
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || typeof h !== 'string') {
    throw cursorError(locale, 'invalid_format');
  }
  if (h !== hash) throw cursorError(locale, 'cursor.mismatch');
  return o;
}

/** The Word file of a procedure's declaration form: `/bieu-mau/{code}.docx`, public like the portal's. */
async function templateFile(sb: Sandbox, file: string): Promise<Response> {
  const code = /^(.+)\.docx$/i.exec(file)?.[1];
  const service = code ? getService(sb, code) : undefined;
  const body = service ? await templateDocx(service) : undefined;
  if (!service || !body) return notFoundPage('/', { 'content-security-policy': "default-src 'none'" });
  const title = service.documents.find((d) => d.template)!.template!.name;
  const slug = fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'mau-don';
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${slug}.docx"; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`,
      'content-length': String(body.length),
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    },
  });
}

export const servicesModule: Module = {
  mount(app, sb) {
    app.get('/bieu-mau/:file', (c) => templateFile(sb, c.req.param('file')));
  },

  handlers: {
    'services.search': ({ query, locale, sb }) => {
      const { q, limit, cursor, page, ...filters } = query;
      if (cursor && page !== undefined) throw pageAndCursor(locale);
      checkProvince(filters.province, locale);
      const hash = searchHash(q, filters);
      const offset = cursor ? decodeCursor(cursor, hash, locale) : ((page ?? 1) - 1) * limit;
      const result = searchServices(sb, { q, ...filters, offset, limit }, locale);
      const next = offset + result.data.length;
      return {
        data: result.data,
        nextCursor: result.data.length && next < result.total ? encodeCursor(next, hash) : null,
        total: result.total,
        match: result.match,
        popular: result.popular,
        facets: result.facets,
      };
    },

    'services.get': ({ params, locale, sb }) => {
      const found = getService(sb, params.code);
      const detail = found && localised(sb, found, locale);
      if (!detail) throw new ApiError(404, 'service_not_found', { code: params.code });
      // Template links are the sandbox's own files (/bieu-mau/…): absolute, so they work from any page.
      const documents = detail.documents.map((d) =>
        d.template?.url.startsWith('/') ? { ...d, template: { ...d.template, url: `${sb.baseUrl()}${d.template.url}` } } : d,
      );
      return { ...detail, documents };
    },

    'services.sectors': ({ locale, sb }) => ({ data: listSectors(sb, locale) }),

    'services.agencies': ({ query, locale, sb }) => {
      checkProvince(query.province, locale);
      return { data: listAgencies(sb, query, (code) => provinceByCode(code)?.name) };
    },

    'places.communes': ({ params }) => {
      const province = provinceByCode(params.code);
      const data = communesOf(params.code);
      if (!province || !data) throw new ApiError(404, 'province_not_found', { province: params.code });
      return { province: { code: province.code, name: province.name }, data };
    },
  },
};
