#!/usr/bin/env node
// `npm start` (after the builds): the sandbox API, the CDN build, the examples and the docs from one
// address. Options: --port <n> (env PORT, default 8787), --host <addr> (env HOST), --data-dir <dir>,
// --memory (fresh data, nothing kept). Every other sandbox option: node packages/sandbox/dist/cli.js --help.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoLogin, demoPages, demoSites } from './demo.mjs';

const fail = (message) => {
  console.error(`start: ${message}`);
  process.exit(2);
};

let args;
try {
  args = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, memory: { type: 'boolean' } },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error.message}\nOptions: --port <n>, --host <addr>, --data-dir <dir>, --memory`);
}
const sandboxBuild = new URL('../packages/sandbox/dist/index.js', import.meta.url);
if (!existsSync(sandboxBuild)) fail('the sandbox is not built: run `npm start` (it builds first) or `npm run build`.');
for (const site of demoSites) {
  if (!existsSync(site.dir)) fail(`${site.dir} is missing: run \`npm start\`, which builds it first.`);
}

const port = Number(args.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535 (got "${args.port ?? process.env.PORT}")`);

const { startSandbox } = await import(sandboxBuild.href);
const started = performance.now();
const login = demoLogin();
const running = await startSandbox({
  port,
  host: args.host ?? process.env.HOST ?? '127.0.0.1',
  ...(args['data-dir'] ? { dataDir: args['data-dir'] } : {}),
  memory: args.memory ?? false,
  sites: demoSites,
  hostRoutes: login.routes,
  // A local demo: webhook receivers run on this machine (examples/node-integration on 127.0.0.1).
  allowPrivateWebhooks: true,
}).catch((error) => {
  if (error?.code === 'EADDRINUSE') fail(`port ${port} is in use; pick another with --port or PORT`);
  throw error;
});

await login.attach(running.url);

const width = Math.max(...demoPages.map(([name]) => name.length)) + 2;
console.log(`DVC Kit demo on ${running.url} (ready in ${Math.round(performance.now() - started)} ms)\n`);
for (const [name, path] of demoPages) console.log(`  ${`${name}:`.padEnd(width)}${running.url}${path}`);
console.log(`  ${'API:'.padEnd(width)}${running.url}/v1/health  (keys: publishable pk_test_dvckit_local, secret sk_test_dvckit_local)
  ${'Login:'.padEnd(width)}${running.url}/provincial-portal/  (“Đăng nhập”: pick a test persona of the sandbox's identity provider)
  ${'Data:'.padEnd(width)}${args.memory ? 'in memory (gone when it stops)' : `${args['data-dir'] ?? '.data/sandbox'} (delete it to start over)`}

Stop with Ctrl+C.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
