import { EventEmitter } from 'node:events';
import type { ApiKey, SandboxOptions } from './config.js';
import type { Guard } from './http/limits.js';
import type { Db } from './store/db.js';
import type { Owner } from './store/tenants.js';

/** Events inside the sandbox; SSE streams and webhook deliveries listen to them. */
export interface SandboxEvents {
  /** A dossier's status changed; `id` is the history row id. */
  'dossier.status': [{ id: number; code: string }];
  /**
   * Something webhooks may want: the event is queued for every webhook subscribed to `type` whose
   * key may hear of it (`owner`: the key that made the dossier, payment or petition, and its agency).
   */
  webhook: [{ type: string; data: Record<string, unknown>; owner: Owner }];
}

/** Everything a route handler or simulator needs: database, options, clock and event bus. */
export interface Sandbox {
  db: Db;
  options: SandboxOptions;
  /** The current time; a function so tests can move it. */
  now(): Date;
  events: EventEmitter<SandboxEvents>;
  /** Base URL as clients reach the sandbox (for checkout and receipt links). */
  baseUrl(): string;
  setBaseUrl(url: string): void;
  /** Directory for uploaded files, or null when in memory (files then live in `memoryFiles`). */
  filesDir: string | null;
  memoryFiles: Map<string, Uint8Array>;
  keys: Map<string, ApiKey>;
  /** Budgets of requests and failed attempts (http/limits.ts). */
  guard: Guard;
  log(message: string): void;
}

export const isoNow = (sb: Sandbox): string => sb.now().toISOString();
