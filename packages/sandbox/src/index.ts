import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { defaultOptions, type SandboxOptions } from './config.js';
import type { Sandbox, SandboxEvents } from './context.js';
import { modules } from './modules.js';
import { answerClientError, malformedRequest } from './http/malformed.js';
import { seedIfEmpty } from './seed/load.js';
import { Guard } from './http/limits.js';
import { createApp } from './server.js';
import { openDatabase } from './store/db.js';

export {
  TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, defaultOptions, loadKeys,
  type ApiKey, type FailureLimit, type FailureLimits, type FaultOptions, type SandboxOptions,
} from './config.js';
export type { Sandbox, SandboxEvents } from './context.js';
export type { Budget, Guard, LookupKind } from './http/limits.js';
export type { ApiError } from './errors.js';
export type { Owner } from './store/tenants.js';
export type { StaticSite } from './http/static.js';
export type { HostRoute } from './config.js';
export { activateSigningKey, OIDC_PATH, oidcLifetimes, rotateSigningKey, type RotateOptions } from './simulate/idp/provider.js';
export { KEY_ACTIVATION_SECONDS } from './simulate/idp/keys.js';
export {
  loadOidcClients, TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET, TEST_OIDC_JWT_CLIENT_ID, testOidcClientPrivateKey, type OidcClient,
} from './simulate/idp/clients.js';
export { levelAcr, personas, type Persona } from './simulate/idp/personas.js';

export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  sandbox: Sandbox;
  /** Runs the simulation once now (status steps, answers, expiries, webhook deliveries). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

export type StartOptions = Partial<Omit<SandboxOptions, 'faults' | 'failureLimits'>> & {
  faults?: Partial<SandboxOptions['faults']>;
  failureLimits?: Partial<SandboxOptions['failureLimits']>;
  /** A clock for tests. */
  now?: () => Date;
};

/** Opens (and seeds, if empty) the database and builds the sandbox's shared state. */
export function createSandbox(options: StartOptions = {}): Sandbox {
  const opts: SandboxOptions = {
    ...defaultOptions,
    ...options,
    faults: { ...defaultOptions.faults, ...options.faults },
    failureLimits: { ...defaultOptions.failureLimits, ...options.failureLimits },
  };
  const db = openDatabase(opts);
  const filesDir = opts.memory ? null : join(opts.dataDir, 'files');
  if (filesDir) mkdirSync(filesDir, { recursive: true });
  let base = opts.publicUrl ?? `http://${opts.host}:${opts.port}`;
  const sb: Sandbox = {
    db,
    options: opts,
    now: options.now ?? (() => new Date()),
    events: new EventEmitter<SandboxEvents>(),
    baseUrl: () => base,
    setBaseUrl: (url) => {
      base = url;
    },
    filesDir,
    memoryFiles: new Map(),
    keys: new Map(opts.keys.map((k) => [k.key, k])),
    guard: new Guard(opts),
    log: (message) => {
      if (!opts.quiet || message.startsWith('internal error')) console.error(`[sandbox] ${message}`);
    },
  };
  sb.events.setMaxListeners(0);
  seedIfEmpty(sb);
  return sb;
}

/**
 * The Node server's limits on slow clients: a request must arrive (headers, then all of it) within
 * the configured times, or it is answered 408 and its connection closed; idle keep-alive
 * connections close too. Node checks them every `connectionsCheckingInterval` (30 s by default,
 * here at most 1 s), so a slow client is cut off close to its limit.
 */
function timeouts(options: SandboxOptions): ServerOptions {
  const requestTimeout = Math.round(options.requestTimeoutSeconds * 1000);
  const headersTimeout = Math.min(Math.round(options.headersTimeoutSeconds * 1000), requestTimeout);
  return {
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: Math.round(options.keepAliveTimeoutSeconds * 1000),
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
  };
}

/** Starts the sandbox HTTP server and its simulation loop. */
export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const sb = createSandbox(options);
  const app = createApp(sb, modules);
  // As `serve()` of @hono/node-server builds it, plus an errorHandler (which `serve()` does not pass
  // on): a request the adapter cannot read still gets a problem document.
  const server = createServer(timeouts(sb.options), getRequestListener(app.fetch, { hostname: sb.options.host, errorHandler: malformedRequest }));
  // Bytes Node's parser refuses (a raw non-ASCII byte in the path, headers over 16 kB) too.
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(sb.options.port, sb.options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = options.publicUrl ?? `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
  sb.setBaseUrl(url);

  let running: Promise<void> | null = null;
  const tick = async () => {
    for (const m of modules) {
      try {
        await m.tick?.(sb);
      } catch (error) {
        sb.log(`internal error in simulation: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
  };
  const timer = setInterval(() => {
    running ??= tick().finally(() => {
      running = null;
    });
  }, 1000);
  timer.unref();

  return {
    url,
    sandbox: sb,
    tick: async () => {
      await running;
      await tick();
    },
    close: async () => {
      clearInterval(timer);
      await running;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      sb.db.close();
    },
  };
}
