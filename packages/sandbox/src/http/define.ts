import type { Locale, RouteDef, RouteId, Routes } from '@dvc-kit/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { ApiKey } from '../config.js';
import type { Sandbox } from '../context.js';
import type { Account } from './account.js';

type In<S> = S extends z.ZodMiniType ? z.output<S> : undefined;
type Out<R extends RouteDef> = R['response'] extends z.ZodMiniType ? z.input<R['response']> : void;

/** What a route handler receives: validated parts of the request and who is calling. */
export interface RequestContext<R extends RouteDef> {
  params: In<R['params']>;
  query: In<R['query']>;
  headers: In<R['headers']>;
  body: R['body'] extends 'multipart' ? FormData : In<R['body']>;
  locale: Locale;
  /** The API key used; `null` only on routes without a scope or with the `account` scope. */
  key: ApiKey | null;
  /** The logged-in account, on routes with the `account` scope (an access token instead of a key). */
  account: Account | null;
  requestId: string;
  /** Who is calling, for budgets: the key and the client's address (`pk_…@203.0.113.7`). */
  client: string;
  sb: Sandbox;
  /** The raw Hono context, for streaming routes and redirects. */
  c: Context;
}

/** Where a handler puts the body an idempotent replay answers, when it must differ from the first answer. */
export const replayBody = Symbol('replay body');

/**
 * `body`, answered now, with `replay` as what a replay of the same request (same Idempotency-Key)
 * answers instead: e.g. without a secret that is shown only once. Not serialised with `body`.
 */
export function withReplayBody<T extends object>(body: T, replay: unknown): T {
  Object.defineProperty(body, replayBody, { value: replay, enumerable: false });
  return body;
}

/** A handler returns the response body (validated against the contract), or a raw Response for streams. */
export type Handler<R extends RouteDef> = (ctx: RequestContext<R>) => Out<R> | Response | Promise<Out<R> | Response>;

export type Handlers = { [Id in RouteId]: Handler<Routes[Id]> };
