#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { defaultOptions, loadKeys, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from './config.js';
import { trustedProxies } from './http/client.js';
import { startSandbox } from './index.js';
import { checkKeyClients, loadOidcClients, TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET } from './simulate/idp/clients.js';
import { checkClients } from './simulate/idp/provider.js';

const help = `DVC Kit sandbox — a reference server of the National Public Service Portal API.

Usage: dvc-sandbox [options]

  --port <n>              port to listen on (env PORT; default 8787; 0 = any free port)
  --host <addr>           address to listen on (env HOST; default 127.0.0.1)
  --data-dir <dir>        database and uploads (env DVC_SANDBOX_DATA; default .data/sandbox)
  --memory                keep everything in memory (nothing survives a restart)
  --seed-size <n>         extra synthetic procedures for benchmarks, 0–100000 (default 0)
  --step-seconds <n>      seconds between automatic dossier status steps; 0 = off (default 20)
  --answer-seconds <n>    seconds before a petition gets its simulated answer; 0 = off (default 60)
  --rate-limit <n>        requests per client (key + client address) per minute (default 600)
  --trust-proxy <list>    comma-separated addresses or CIDR ranges of the proxies in front of the
                          sandbox whose X-Forwarded-For names the client (env DVC_TRUST_PROXY;
                          default none: the header is ignored and the connection's address counts)
  --keys <file>           JSON file { "keys": [{ "key": "pk_…", "allowedOrigins": ["https://…"],
                          "agencies": ["*.H38"] }] } (env DVC_SANDBOX_KEYS holds the same JSON);
                          agencies: the agency codes a key acts for (admin routes, webhook events);
                          "*" matches any characters; none listed = no agency; "returnOrigins":
                          more origins a key's payments may return to (a secret key's only ones);
                          a secret key's "oidcClients": the client ids whose tokens it may submit
                          with (Dvc-Account). The file's own "oidcClients" are relying parties of
                          the test identity provider at /oidc
  --fault-error <share>   share of API requests answered 503 (0–1; default 0)
  --fault-delay <share>   share of API requests delayed by --fault-delay-ms (default 0; 1500 ms)
  --fault-cut <share>     share of API requests whose connection is cut after handling (default 0)
  --public-url <url>      base URL clients use, for checkout and receipt links
  --allow-private-webhooks
                          let webhooks target loopback, private and link-local addresses, e.g. a
                          receiver on http://127.0.0.1:3000 in local development. Off by default:
                          such targets are refused at registration (400 on url) and at delivery
                          (every address a name resolves to is checked). Never on a shared sandbox.
  --sync-retention-days <n>
                          days the change feed keeps removals and progress entries; an older
                          cursor is refused (410 cursor_expired) (default 30)
  --upload-expiry <h>     hours an upload no dossier uses is kept before it is deleted (default 24)
  --upload-quota <MB>     room for unused uploads per key, all its clients together (default 200)
  --client-quota <MB>     each client's share of it (publishable key + client address; default 50)
  --idempotency-ttl <h>   hours an idempotency key's answer is kept and replayed; expired answers
                          are purged in the background (default 24)
  --headers-timeout <s>   seconds a client may take to send a request's headers (default 10)
  --request-timeout <s>   seconds a client may take to send a whole request, body included (default 60)
  --quiet                 print only errors
  --help                  this text
`;

function fail(message: string): never {
  console.error(`dvc-sandbox: ${message}\nRun dvc-sandbox --help for the options.`);
  process.exit(2);
}

function number(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) fail(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

const MB = 1024 * 1024;

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' },
      memory: { type: 'boolean' }, 'seed-size': { type: 'string' }, 'step-seconds': { type: 'string' },
      'answer-seconds': { type: 'string' }, 'rate-limit': { type: 'string' }, keys: { type: 'string' },
      'trust-proxy': { type: 'string' },
      'fault-error': { type: 'string' }, 'fault-delay': { type: 'string' }, 'fault-delay-ms': { type: 'string' },
      'fault-cut': { type: 'string' }, 'public-url': { type: 'string' }, quiet: { type: 'boolean' },
      'allow-private-webhooks': { type: 'boolean' },
      help: { type: 'boolean' },
      'headers-timeout': { type: 'string' }, 'request-timeout': { type: 'string' },
      'upload-expiry': { type: 'string' }, 'sync-retention-days': { type: 'string' }, 'idempotency-ttl': { type: 'string' },
      'upload-quota': { type: 'string' }, 'client-quota': { type: 'string' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (parsed.help) {
  console.log(help);
  process.exit(0);
}

const trustProxy = (parsed['trust-proxy'] ?? process.env.DVC_TRUST_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
try {
  trustedProxies(trustProxy);
} catch (error) {
  fail(`--trust-proxy: ${error instanceof Error ? error.message : String(error)}`);
}

let keys;
try {
  keys = loadKeys(parsed.keys, process.env.DVC_SANDBOX_KEYS);
} catch (error) {
  fail(`cannot read keys: ${error instanceof Error ? error.message : String(error)}`);
}
let oidcClients;
try {
  oidcClients = loadOidcClients(parsed.keys, process.env.DVC_SANDBOX_KEYS);
} catch (error) {
  fail(`cannot read oidcClients: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  checkKeyClients(keys, oidcClients);
} catch (error) {
  fail(`keys: ${error instanceof Error ? error.message : String(error)}`);
}

const started = performance.now();
const running = await startSandbox({
  port: number('port', parsed.port ?? process.env.PORT, defaultOptions.port, 0, 65535),
  host: parsed.host ?? process.env.HOST ?? defaultOptions.host,
  dataDir: parsed['data-dir'] ?? process.env.DVC_SANDBOX_DATA ?? defaultOptions.dataDir,
  memory: parsed.memory ?? false,
  seedSize: number('seed-size', parsed['seed-size'], 0, 0, 100_000),
  stepSeconds: number('step-seconds', parsed['step-seconds'], defaultOptions.stepSeconds, 0, 86_400),
  petitionAnswerSeconds: number('answer-seconds', parsed['answer-seconds'], defaultOptions.petitionAnswerSeconds, 0, 86_400 * 30),
  rateLimit: number('rate-limit', parsed['rate-limit'], defaultOptions.rateLimit, 1, 1_000_000),
  trustProxy,
  keys,
  oidcClients,
  faults: {
    errorRate: number('fault-error', parsed['fault-error'], 0, 0, 1),
    delayRate: number('fault-delay', parsed['fault-delay'], 0, 0, 1),
    delayMs: number('fault-delay-ms', parsed['fault-delay-ms'], defaultOptions.faults.delayMs, 0, 60_000),
    cutRate: number('fault-cut', parsed['fault-cut'], 0, 0, 1),
  },
  ...(parsed['public-url'] ? { publicUrl: parsed['public-url'] } : {}),
  quiet: parsed.quiet ?? false,
  allowPrivateWebhooks: parsed['allow-private-webhooks'] ?? false,
  headersTimeoutSeconds: number('headers-timeout', parsed['headers-timeout'], defaultOptions.headersTimeoutSeconds, 1, 3600),
  requestTimeoutSeconds: number('request-timeout', parsed['request-timeout'], defaultOptions.requestTimeoutSeconds, 1, 3600),
  syncRetentionSeconds: Math.round(86_400 * number('sync-retention-days', parsed['sync-retention-days'], defaultOptions.syncRetentionSeconds / 86_400, 0.001, 3650)),
  uploadExpirySeconds: Math.round(3600 * number('upload-expiry', parsed['upload-expiry'], defaultOptions.uploadExpirySeconds / 3600, 0.01, 24 * 365)),
  idempotencyTtlSeconds: Math.round(3600 * number('idempotency-ttl', parsed['idempotency-ttl'], defaultOptions.idempotencyTtlSeconds / 3600, 0.01, 24 * 365)),
  uploadKeyQuotaBytes: Math.round(MB * number('upload-quota', parsed['upload-quota'], defaultOptions.uploadKeyQuotaBytes / MB, 1, 1_000_000)),
  uploadClientQuotaBytes: Math.round(MB * number('client-quota', parsed['client-quota'], defaultOptions.uploadClientQuotaBytes / MB, 1, 1_000_000)),
}).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') fail(`port ${parsed.port ?? process.env.PORT ?? defaultOptions.port} is in use; pick another with --port or PORT`);
  throw error;
});

// Clients of the key file are checked by the identity provider now, not at the first login.
if (oidcClients.length) {
  await checkClients(running.sandbox).catch((error: unknown) => {
    void running.close();
    fail(`oidcClients: ${error instanceof Error ? error.message : String(error)}`);
  });
}

if (!parsed.quiet) {
  const ms = Math.round(performance.now() - started);
  console.log(`DVC Kit sandbox listening on ${running.url} (ready in ${ms} ms)
  API:          ${running.url}/v1
  OpenAPI:      ${running.url}/openapi.json
  Try:          curl -H "Authorization: Bearer ${TEST_PUBLISHABLE_KEY}" "${running.url}/v1/services?q=dang%20ky%20khai%20sinh"
  Test keys:    publishable ${TEST_PUBLISHABLE_KEY} (browsers on localhost)
                secret      ${TEST_SECRET_KEY} (servers: admin, webhooks)
  Login:        ${running.url}/oidc (test identity provider; client ${TEST_OIDC_CLIENT_ID} / ${TEST_OIDC_CLIENT_SECRET})`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
