import type { Sandbox } from '../context.js';
import { notFoundPage } from '../http/static.js';
import { fold } from '../search/fold.js';
import type { Module } from '../server.js';
import { findDossier, resultName } from '../store/dossiers.js';
import { linkKindOf, verifyLink } from '../util/links.js';

/** A file name for `filename*=` (RFC 8187): percent-encoded UTF-8, `(`, `)`, `'` and `*` too. */
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A dossier's files, at the capability links its API answer hands out: the receipt
 * (`/ho-so/{code}/giay-tiep-nhan.pdf?t=…`) and, once released, the electronic result
 * (`/ho-so/{code}/ket-qua.pdf?t=…`). A browser opens them with a plain link, so the signature in
 * `t` is the only credential. Anything else (no or wrong signature, another file, a result not yet
 * released) gets the same HTML "page not found", which says nothing about whether the dossier exists.
 */
async function dossierFile(sb: Sandbox, code: string, file: string, token: string | undefined): Promise<Response> {
  const missing = () => notFoundPage('/', { 'content-security-policy': "default-src 'none'" });
  const kind = linkKindOf(file);
  if (!kind || !verifyLink(sb, kind, code, token)) return missing();
  const row = findDossier(sb, code);
  if (!row) return missing();
  // Loaded on first use: the PDF library and its fonts cost a sandbox that never prints nothing at start.
  const body = kind === 'receipt'
    ? await (await import('../documents/receipt.js')).receiptPdf(sb, row)
    : await (await import('../documents/result.js')).resultPdf(sb, row);
  if (!body) return missing();
  const title = kind === 'receipt' ? 'Giấy tiếp nhận hồ sơ' : resultName(sb, row);
  const name = `${title} ${code}.pdf`;
  const ascii = `${fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${code}.pdf`;
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`,
      'content-length': String(body.length),
      // The link is a credential and the file personal data: no shared cache keeps it.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'",
    },
  });
}

export const filesModule: Module = {
  mount(app, sb) {
    // Hono answers HEAD with this route's headers and no body.
    app.get('/ho-so/:code/:file', (c) => dossierFile(sb, c.req.param('code'), c.req.param('file'), c.req.query('t')));
  },
  handlers: {},
};
