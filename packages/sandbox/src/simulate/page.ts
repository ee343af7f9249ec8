// The sandbox's own HTML pages (the payment gateway, the test identity provider): server-rendered,
// Vietnamese first with English sub-labels, no inline script or style, one stylesheet, a strict CSP.

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (ch) => htmlEscapes[ch]!);

/** A bilingual label: Vietnamese, then the English sub-label. */
export const bi = (vi: string, en: string) => `${escapeHtml(vi)} <span class="en" lang="en">${escapeHtml(en)}</span>`;

export interface PageFrame {
  /** The page's own title (the tab shows it before `brand`). */
  title: string;
  /** Who the page speaks for, in the top bar. */
  brand: string;
  /** HTML under the brand: what kind of test environment this is. */
  notice: string;
  /** The stylesheet's URL, relative to the page ({@link pageCss} is served there). */
  stylesheet: string;
}

/** A whole page: the top bar, then `main` in a card. */
export function page(frame: PageFrame, main: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(frame.title)} — ${escapeHtml(frame.brand)}</title>
<link rel="stylesheet" href="${escapeHtml(frame.stylesheet)}">
<link rel="icon" href="data:,">
</head>
<body>
<header class="bar">
<p class="brand">${escapeHtml(frame.brand)}</p>
<p class="sandbox">${frame.notice}</p>
</header>
<main class="card">
${main}
</main>
</body>
</html>
`;
}

/**
 * The headers of a page: a CSP that allows only the stylesheet and forms posted to the page's own
 * origin or to `formOrigins` (the redirect after a form is checked against form-action too), no
 * caching, no referrer, no indexing.
 */
export function pageHeaders(formOrigins: readonly string[] = []): Record<string, string> {
  const formAction = ["'self'", ...formOrigins].join(' ');
  return {
    'content-type': 'text/html; charset=utf-8',
    // An empty icon (data:), so browsers do not ask for /favicon.ico, which the policy would block.
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src data:; form-action ${formAction}; base-uri 'none'; frame-ancestors 'none'`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    // Ids in these pages' paths are capabilities: keep the pages out of search engines.
    'x-robots-tag': 'noindex, nofollow',
  };
}

/** The headers of the pages' stylesheet. */
export const cssHeaders = {
  'content-type': 'text/css; charset=utf-8',
  'cache-control': 'public, max-age=3600',
  'x-content-type-options': 'nosniff',
} as const;

/** The pages' one stylesheet. */
export const pageCss = `:root {
  color-scheme: light;
  --ink: #1b1f24;
  --muted: #4b5563;
  --line: #d0d5dd;
  --brand: #a50e0e;
  --primary: #0b4ea2;
  --primary-dark: #083a7a;
  --focus: #f59e0b;
  --error: #b42318;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  line-height: 1.5;
  color: var(--ink);
  background: #f3f4f6;
}
* { box-sizing: border-box; }
body { margin: 0; }
.bar { background: var(--brand); color: #fff; padding: 0.75rem 1rem; }
.bar p { margin: 0; max-width: 40rem; margin-inline: auto; }
.brand { font-weight: 700; font-size: 1.125rem; }
.sandbox { font-size: 0.875rem; }
.en { display: block; font-size: 0.8125rem; font-weight: 400; color: var(--muted); }
.bar .en { color: #fde8e8; display: inline; }
.card { max-width: 40rem; margin: 1.5rem auto; padding: 1.5rem; background: #fff; border: 1px solid var(--line); border-radius: 0.5rem; }
/* A phone: the card keeps a margin on both sides (it touched the screen's edges) and less padding. */
@media (max-width: 42rem) { .card { margin: 0.75rem; padding: 1rem; } }
h1 { font-size: 1.375rem; margin: 0 0 1rem; }
h1 .en { font-size: 0.9375rem; }
.summary { margin: 0 0 1rem; }
.summary div { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.25rem 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; text-align: end; overflow-wrap: anywhere; }
.summary .amount dd { font-size: 1.25rem; font-weight: 700; color: var(--primary-dark); }
.lines { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; }
.lines caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
.lines th, .lines td { padding: 0.375rem 0; border-bottom: 1px solid var(--line); text-align: start; font-weight: 400; }
.lines td, .lines thead th:last-child { text-align: end; }
.lines thead th { font-weight: 600; }
fieldset { border: 1px solid var(--line); border-radius: 0.5rem; margin: 0 0 1rem; padding: 0.75rem 1rem 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.providers { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.5rem; }
.providers li { display: flex; align-items: center; border: 1px solid var(--line); border-radius: 0.375rem; }
.providers li:has(input:checked) { border-color: var(--primary); background: #eef4fc; }
.providers input { width: 1.125rem; height: 1.125rem; margin: 0 0 0 0.75rem; accent-color: var(--primary); }
.providers label { flex: 1; cursor: pointer; padding: 0.625rem 0.75rem 0.625rem 0.5rem; }
.personas { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.personas li { display: flex; align-items: flex-start; border: 1px solid var(--line); border-radius: 0.375rem; }
.personas li:has(input:checked) { border-color: var(--primary); background: #eef4fc; }
.personas input { width: 1.125rem; height: 1.125rem; margin: 0.875rem 0 0 0.75rem; flex: none; accent-color: var(--primary); }
.personas label { flex: 1; cursor: pointer; padding: 0.625rem 0.75rem 0.625rem 0.5rem; }
.personas .detail { display: block; font-size: 0.875rem; color: var(--muted); }
.shared { margin: 0 0 1rem; padding-inline-start: 1.25rem; }
h2 { font-size: 1.0625rem; margin: 1rem 0 0.5rem; }
h2 .en { display: inline; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
button { font: inherit; padding: 0.625rem 1.25rem; border-radius: 0.375rem; border: 2px solid var(--primary); cursor: pointer; min-height: 2.75rem; }
button .en { display: inline; color: inherit; opacity: 0.85; }
.primary { background: var(--primary); color: #fff; }
.primary:hover { background: var(--primary-dark); border-color: var(--primary-dark); }
.secondary { background: #fff; color: var(--primary-dark); }
.secondary:hover { background: #eef4fc; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.error { color: var(--error); background: #fef3f2; border: 1px solid var(--error); border-radius: 0.375rem; padding: 0.5rem 0.75rem; font-weight: 600; }
.error .en { color: var(--error); }
.status { font-weight: 700; font-size: 1.125rem; }
.status-succeeded { color: #067647; }
.status-failed, .status-expired { color: var(--error); }
.receipt strong { font-size: 1.0625rem; }
.lines tfoot th, .lines tfoot td { font-weight: 700; border-bottom: 0; }
.note { font-size: 0.875rem; color: var(--muted); }
.note .en { display: inline; }
@media print {
  :root { background: #fff; }
  .bar { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
  .bar .en { color: var(--muted); }
  .card { border: 0; margin: 0 auto; }
  .back { display: none; }
}
a { color: var(--primary-dark); }
.back { font-weight: 600; }
code { font-size: 0.875rem; overflow-wrap: anywhere; }
@media (prefers-reduced-motion: no-preference) { button { transition: background-color 0.15s; } }
`;
