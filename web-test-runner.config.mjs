// @web/test-runner: browser tests (packages/*/src/**/*.browser.test.ts, and every component test,
// packages/elements/src/**/*.test.ts) in Debian's Chromium and Firefox ESR. `npm run test:browser` runs it; `npm test` builds first (the sandbox comes from dist/).
//
// The reference sandbox server runs in-process, on a free loopback port: one per browser, so Chromium
// and Firefox (which run at the same time) never see each other's data or clock. Tests get its address
// from a virtual module served by the dev server:
//   const { sandboxUrl, publishableKey } = await import('/__dvc__/sandbox.js');
//
// Test-only admin route: the secret key must never reach a browser (the sandbox refuses it from any
// page), so tests that need an agency's action ask the dev server, which calls the sandbox's admin
// route server-side:
//   POST /__dvc__/admin/move?code=<dossier code>&status=<status>   (status omitted: the next usual step)
//   POST /__dvc__/admin/answer?code=<petition code>&text=<answer>[&officer=…&agency=…]
// Each answers with the sandbox's status and JSON body (the dossier or petition, or a problem).
//
// Test-only clock: `POST /__dvc__/clock?at=<ISO instant>` sets the calling browser's sandbox clock to
// that instant (it then runs on from there); `POST /__dvc__/clock` puts it back on the machine's time.
// Tests that render dates use it (with the browser's own clock moved alike, see test-support's
// `setClock`), so they never depend on today's date.
//
// A site's login routes (the account widgets): the dev server runs the backend-for-frontend of
// @dvc-kit/sdk/server at /auth/ for each browser (its own sandbox's test identity provider and portal),
// as a province's site would. Test-only login: `POST /__dvc__/login?persona=<sub>` logs the calling
// browser in as that test persona (the authorization code flow runs here in Node, through the BFF and
// the provider's persona page; the browser gets the BFF's session cookie): a test page cannot navigate
// to the provider and back. `DELETE /__dvc__/login` ends it. The full flow in a browser, clicks and
// all, is the provincial example's test (examples/provincial-portal).
//
// The sandbox's automatic schedule is off (stepSeconds: 0) so dossiers only move when a test moves them.
//
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumPath, firefoxPath } from './scripts/browsers.mjs';

const PUBLISHABLE_KEY = 'pk_test_dvckit_local';
const SECRET_KEY = 'sk_test_dvckit_local';
const SANDBOX_MODULE_PATH = '/__dvc__/sandbox.js';
const ADMIN_MOVE_PATH = '/__dvc__/admin/move';
const ADMIN_ANSWER_PATH = '/__dvc__/admin/answer';
const CLOCK_PATH = '/__dvc__/clock';
const LOGIN_PATH = '/__dvc__/login';

/**
 * The running sandboxes, one per browser (started on its first request), shared by the plugin (which
 * stops them) and the test-only routes. `offset` moves the sandbox's clock (ms from the machine's).
 * @typedef {{ url: string, close(): Promise<void> }} RunningSandbox
 * @type {Map<string, Promise<{ sandbox: RunningSandbox, clock: { offset: number } }>>}
 */
const sandboxes = new Map();
let stopped = false;

/** `firefox` or `chromium`: which browser sent the request (each has its own sandbox). */
const browserOf = (ctx) => (/Firefox\//.test(ctx.get('user-agent')) ? 'firefox' : 'chromium');

/** The calling browser's sandbox, started on first use. */
function sandboxFor(ctx) {
  if (stopped) throw new Error('dvc-sandbox: the sandboxes are stopped');
  const browser = browserOf(ctx);
  let started = sandboxes.get(browser);
  if (!started) {
    started = (async () => {
      const { startSandbox } = await import(sandboxModuleUrl().href);
      const clock = { offset: 0 };
      const sandbox = await startSandbox({
        port: 0, host: '127.0.0.1', memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0,
        now: () => new Date(Date.now() + clock.offset),
        // Every test of a browser is one client (same key, same address) with the same test phone: the
        // budgets of wrong lookups per client and per phone would make one test's mistakes another's
        // 429. They are tested in the sandbox (routes/abuse.test.ts); a code's own lock stays as shipped.
        failureLimits: {
          lookupsByClient: { limit: 100_000, windowSeconds: 60 },
          lookupsByVerifier: { limit: 100_000, windowSeconds: 60 },
        },
      });
      return { sandbox, clock };
    })();
    sandboxes.set(browser, started);
  }
  return started;
}


function sandboxModuleUrl() {
  const spec = process.env.DVC_SANDBOX_MODULE || './packages/sandbox/dist/index.js';
  if (spec.startsWith('file:')) return new URL(spec);
  return isAbsolute(spec) ? pathToFileURL(spec) : new URL(spec, import.meta.url);
}

/** Starts the sandbox with the dev server, stops it with it, and serves its URL to the tests. */
function sandboxPlugin() {
  return {
    name: 'dvc-sandbox',
    async serverStart() {
      const url = sandboxModuleUrl();
      if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
        throw new Error(`dvc-sandbox: ${fileURLToPath(url)} does not exist; run \`npm run build\` first (or set DVC_SANDBOX_MODULE).`);
      }
    },
    async serverStop() {
      stopped = true;
      const running = [...sandboxes.values()];
      sandboxes.clear();
      await Promise.all(running.map(async (started) => (await started).sandbox.close()));
    },
    async serve(context) {
      if (context.path !== SANDBOX_MODULE_PATH) return undefined;
      const { sandbox } = await sandboxFor(context);
      return {
        type: 'js',
        body: `export const sandboxUrl = ${JSON.stringify(sandbox.url)};\nexport const publishableKey = ${JSON.stringify(PUBLISHABLE_KEY)};\n`,
      };
    },
  };
}

/** The calling browser's login routes (the BFF), made on first use for this dev server's origin. */
const logins = new Map();
function loginFor(ctx) {
  const browser = browserOf(ctx);
  let auth = logins.get(browser);
  if (!auth) {
    auth = (async () => {
      const { sandbox } = await sandboxFor(ctx);
      const { createAuth, DEFAULT_SCOPES } = await import('@dvc-kit/sdk/server');
      return createAuth({
        // The phone and address too: the dossier form prefills the contact fields with them.
        scopes: [...DEFAULT_SCOPES, 'phone', 'address'],
        issuer: `${sandbox.url}/oidc`, allowHttpIssuer: true,
        clientId: 'dvc-kit-local', clientSecret: 'dvc-kit-local-secret-for-tests-only',
        redirectUri: `${ctx.origin}/auth/callback`, postLogoutRedirectUri: `${ctx.origin}/auth/logged-out`,
        allowedReturnTo: ['/'], cookieSecret: randomBytes(32).toString('base64url'), secure: false,
        portal: { apiUrl: sandbox.url, secretKey: SECRET_KEY },
        log: () => {},
      });
    })();
    logins.set(browser, auth);
  }
  return auth;
}

/** Koa middleware of the login routes at /auth/ and the test-only login (see the top of this file). */
const loginMiddleware = async (ctx, next) => {
  if (ctx.path.startsWith('/auth/')) {
    const auth = await loginFor(ctx);
    const { toNodeHandler } = await import('@dvc-kit/sdk/server');
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.once('close', resolve);
      toNodeHandler(auth.handle)(ctx.req, ctx.res);
    });
    return;
  }
  if (ctx.path !== LOGIN_PATH) return next();
  ctx.set('cache-control', 'no-store');
  if (ctx.method === 'DELETE') {
    ctx.set('set-cookie', 'dvc-session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    ctx.status = 204;
    return;
  }
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  const auth = await loginFor(ctx);
  const { sandbox } = await sandboxFor(ctx);
  const { Browser } = await import('@dvc-kit/sandbox/testing');
  const start = await auth.login(new Request(`${ctx.origin}/auth/login?returnTo=/`));
  const transaction = start.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const provider = new Browser(new URL(sandbox.url).origin);
  let step = await provider.go(start.headers.get('location'));
  if (!step.location) step = await provider.submit(step.response.url, { persona: String(ctx.query.persona ?? 'test-citizen-level2'), action: 'login' });
  if (!step.location) {
    ctx.status = 500;
    ctx.body = `the persona page did not log in: ${step.response.status} ${await step.response.text()}`;
    return;
  }
  const done = await auth.callback(new Request(step.location, { headers: { cookie: transaction } }));
  if (done.status !== 303) {
    ctx.status = 500;
    ctx.body = `the callback refused the login: ${done.status} ${await done.text()}`;
    return;
  }
  ctx.set('set-cookie', done.headers.getSetCookie());
  ctx.status = 204;
};

/**
 * Koa middleware of the test-only admin routes (see the top of this file): moves a dossier or answers a
 * petition with the secret key, from this Node process, never from the page.
 * @type {import('@web/dev-server-core').Middleware[]}
 */
const adminMiddleware = [
  async (ctx, next) => {
    if (ctx.path !== ADMIN_MOVE_PATH && ctx.path !== ADMIN_ANSWER_PATH && ctx.path !== CLOCK_PATH) return next();
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.set('allow', 'POST');
      return;
    }
    const { sandbox, clock } = await sandboxFor(ctx);
    ctx.set('cache-control', 'no-store');
    if (ctx.path === CLOCK_PATH) {
      const at = ctx.query.at === undefined ? Date.now() : Date.parse(String(ctx.query.at));
      if (Number.isNaN(at)) {
        ctx.status = 400;
        ctx.body = `dvc-sandbox: ?at= must be an ISO instant, not ${JSON.stringify(ctx.query.at)}`;
        return;
      }
      clock.offset = at - Date.now();
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ now: new Date(Date.now() + clock.offset).toISOString() });
      return;
    }
    const code = String(ctx.query.code ?? '');
    if (!code) {
      ctx.status = 400;
      ctx.body = 'dvc-sandbox: ?code= is required';
      return;
    }
    const text = (name) => (ctx.query[name] === undefined ? undefined : String(ctx.query[name]));
    const [url, body] = ctx.path === ADMIN_MOVE_PATH
      ? [`/v1/admin/dossiers/${encodeURIComponent(code)}/status`, { status: text('status'), note: text('note') }]
      : [`/v1/admin/petitions/${encodeURIComponent(code)}/answer`, { text: text('text'), officer: text('officer'), agency: text('agency') }];
    const response = await fetch(`${sandbox.url}${url}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${SECRET_KEY}`,
        'content-type': 'application/json',
        'idempotency-key': `wtr-move-${crypto.randomUUID()}`,
      },
      body: JSON.stringify(Object.fromEntries(Object.entries(body).filter(([, value]) => value))),
    });
    ctx.status = response.status;
    ctx.type = 'application/json';
    ctx.body = await response.text();
  },
];

const REACT_BUNDLE_PATH = '/__dvc__/react.js';
/**
 * React is published as CommonJS, which the dev server does not convert: the React wrappers' test
 * imports React, react-dom and @dvc-kit/elements/react (with `configure`) from one module that esbuild
 * bundles on request.
 */
function reactBundlePlugin() {
  return {
    name: 'dvc-react-bundle',
    async serve(context) {
      if (context.path !== REACT_BUNDLE_PATH) return undefined;
      const result = await build({
        stdin: {
          contents: "export * as React from 'react'; export { createRoot } from 'react-dom/client'; export * from '@dvc-kit/elements/react'; export { configure } from '@dvc-kit/elements';",
          resolveDir: fileURLToPath(new URL('.', import.meta.url)),
          loader: 'js',
        },
        bundle: true, format: 'esm', target: 'es2022', platform: 'browser', write: false, logLevel: 'error',
        conditions: ['source', 'browser', 'development'],
        define: { 'process.env.NODE_ENV': '"development"' },
        tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
      });
      return { type: 'js', body: result.outputFiles[0].text };
    },
  };
}

/** The strict policy of the elements issue, served on the CSP test page (packages/elements/test/csp/). */
const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** @type {import('@web/dev-server-core').Middleware} */
const strictCsp = async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/packages/elements/test/csp/')) ctx.set('content-security-policy', STRICT_CSP);
};

/**
 * `test/csp/index.html?build=bundle`: the same page on the single-file CDN build instead of the loader,
 * so both builds are tested on one markup (packages/elements/src/csp.test.ts).
 */
function singleFileCspPage() {
  return {
    name: 'dvc-csp-single-file',
    transform(context) {
      if (context.path !== '/packages/elements/test/csp/index.html' || context.URL.searchParams.get('build') !== 'bundle') return undefined;
      const body = String(context.body);
      const loader = '/packages/elements/dist/cdn/dvc-kit.js';
      if (!body.includes(loader)) throw new Error(`dvc-csp-single-file: ${context.path} no longer loads ${loader}`);
      return { body: body.replace(loader, '/packages/elements/dist/cdn/dvc-kit.bundle.js') };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['packages/*/src/**/*.browser.test.ts', 'packages/elements/src/**/*.test.ts', 'docs/snippets/browser/**/*.test.ts'],
  // Fixed host, so the test page's origin is http://127.0.0.1:<port> (allowed by the sandbox's CORS).
  hostname: '127.0.0.1',
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [...adminMiddleware, loginMiddleware, strictCsp],
  // Tests load lit's development build (better warnings); its one-line notice is noise in CI logs.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    sandboxPlugin(),
    reactBundlePlugin(),
    singleFileCspPage(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox', executablePath: firefoxPath, headless: true,
        // Form history would pop up values typed by earlier tests and swallow the next click.
        extraPrefsFirefox: { 'browser.formfill.enable': false },
      },
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
};
