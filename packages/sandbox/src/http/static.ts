import { createReadStream, existsSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';

/** A folder of static files served under a path (the demo's examples, the CDN build, the docs site). */
export interface StaticSite {
  /** URL path it is served under: `/`, `/cdn/`, `/docs/`. */
  path: string;
  /** Folder on disk. */
  dir: string;
  /** Headers added to its HTML pages (a Content-Security-Policy…). */
  htmlHeaders?: Record<string, string>;
}

/** Only files a browser asks for; source, tests and dotfiles beside them are never served. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileStats(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * Serves `site.dir` under `site.path` for GET and HEAD. A path that names no servable file falls
 * through to the next handler, so API routes and their problem answers are unaffected.
 */
export function serveStatic(site: StaticSite): MiddlewareHandler {
  const root = resolve(site.dir);
  const prefix = site.path.endsWith('/') ? site.path : `${site.path}/`;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    if (url.pathname === prefix.slice(0, -1) && prefix !== '/') return c.redirect(`${prefix}${url.search}`, 301);
    if (!url.pathname.startsWith(prefix)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return next();
    }
    if (relative.includes('\0') || relative.split('/').some((part) => part.startsWith('.'))) return next();
    let path = resolve(join(root, relative));
    if (path !== root && !path.startsWith(root + sep)) return next();
    let info = await fileStats(path);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) return c.redirect(`${url.pathname}/${url.search}`, 301);
      path = join(path, 'index.html');
      info = await fileStats(path);
    }
    const type = types[extname(path).toLowerCase()];
    if (!info?.isFile() || !type) return next();

    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'content-type': type,
      etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      ...(type.startsWith('text/html') ? site.htmlHeaders : {}),
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    if (c.req.method === 'HEAD') return c.body(null, 200, { ...headers, 'content-length': String(info.size) });
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, { ...headers, 'content-length': String(info.size) });
  };
}

/**
 * The site a browser page request that found no file belongs to (the longest matching prefix), for
 * an HTML "page not found": a person following a wrong link gets a page with a way back, not JSON.
 * API paths (`/v1/…`, the gateway, `/openapi.json`, test routes) and requests that do not ask for
 * HTML keep their problem answer.
 */
export function siteOfMissingPage(sites: readonly StaticSite[], request: Request): StaticSite | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  if (!(request.headers.get('accept') ?? '').includes('text/html')) return undefined;
  const path = new URL(request.url).pathname;
  if (/^\/(v1|gateway|__dvc__)(\/|$)|^\/openapi\.json$/.test(path)) return undefined;
  return [...sites]
    .filter((site) => path.startsWith(site.path.endsWith('/') ? site.path : `${site.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * A 404 page in Vietnamese and English, under the site's own headers (its CSP), with a link to the
 * nearest folder above the missing page that has an index (`/provincial-portal/` for
 * `/provincial-portal/gone.html`), else the site's start.
 */
export function missingPage(site: StaticSite, request: Request): Response {
  const prefix = site.path.endsWith('/') ? site.path : `${site.path}/`;
  const root = resolve(site.dir);
  let home = prefix;
  let parts: string[] = [];
  try {
    parts = decodeURIComponent(new URL(request.url).pathname.slice(prefix.length)).split('/').slice(0, -1);
  } catch {
    // A malformed path: the site's start.
  }
  for (let n = parts.length; n > 0; n--) {
    const folder = parts.slice(0, n);
    if (folder.some((part) => !part || part.startsWith('.') || part.includes('\0'))) continue;
    const index = resolve(join(root, ...folder, 'index.html'));
    if (index.startsWith(root + sep) && existsSync(index)) {
      home = prefix + folder.map(encodeURIComponent).join('/') + '/';
      break;
    }
  }
  return notFoundPage(home, site.htmlHeaders, request.method === 'HEAD');
}

/** A 404 answer with the "page not found" page (see notFoundHtml), with `headers` (a CSP…) added. */
export function notFoundPage(home: string, headers: Record<string, string> = {}, head = false): Response {
  return new Response(head ? null : notFoundHtml(home), {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      ...headers,
    },
  });
}

/** The "page not found" page, Vietnamese then English, linking to `home`; no script, no inline style. */
export function notFoundHtml(home: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang</title>
</head>
<body>
<main>
<h1>Không tìm thấy trang</h1>
<p>Trang ông/bà mở không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ, hoặc quay về <a href="${home}">trang đầu</a>.</p>
<section lang="en" aria-labelledby="en">
<h2 id="en">Page not found</h2>
<p>The page you opened does not exist or has moved. Check the address, or go back to the <a href="${home}">start page</a>.</p>
</section>
</main>
</body>
</html>
`;
}
