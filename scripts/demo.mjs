// The demo that `npm start` runs: the sandbox API, the CDN build, the examples and the docs site from
// one address. Shared by scripts/start.mjs and the examples' tests (examples/test-support.ts).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The policy every example page is served with: no inline script or style, trusted types on. */
export const examplesCsp = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/** @type {import('@dvc-kit/sandbox').StaticSite[]} */
export const demoSites = [
  { path: '/cdn/', dir: `${root}packages/elements/dist/cdn` },
  // typedoc's pages carry small inline scripts of their own, so the docs get no CSP header.
  { path: '/docs/', dir: `${root}docs/site` },
  { path: '/', dir: `${root}examples`, htmlHeaders: { 'content-security-policy': examplesCsp } },
];

/** The pages to open, for the printout and the tests. */
export const demoPages = [
  ['Examples', '/'],
  ['Plain HTML', '/plain-html/'],
  ['Provincial portal', '/provincial-portal/'],
  ['React', '/react/'],
  ['Docs', '/docs/'],
  ['OpenAPI', '/openapi.json'],
];
