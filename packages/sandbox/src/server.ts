import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  attachmentLimits, check, negotiateLocale, routes, type Locale, type RouteDef, type RouteId,
} from '@dvc-kit/contract';
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import { originMatches, type ApiKey } from './config.js';
import type { Sandbox } from './context.js';
import { ApiError } from './errors.js';
import { accountOfToken, authenticateAccount, type Account } from './http/account.js';
import { readBody } from './http/body.js';
import { addressId, clientAddress, trustedProxies } from './http/client.js';
import { replayBody, type Handlers, type RequestContext } from './http/define.js';
import { fieldError } from './http/field-errors.js';
import { problemBody, problemResponse } from './http/problem.js';
import { missingPage, serveStatic, siteOfMissingPage } from './http/static.js';
import { findAnswer, idempotencyTtlMs, releaseKey, storeAnswer, takeKey } from './store/idempotency.js';

const JSON_LIMIT = 1024 * 1024;
const MULTIPART_LIMIT = attachmentLimits.maxBytes + 64 * 1024;
/**
 * How long a key stays "in use" by a request that has not answered: past it, the request is taken
 * to have died with its process (kill -9, a crash) and a retry may handle the key again. Handlers
 * answer in milliseconds; a minute leaves a wide margin.
 */
const IDEMPOTENCY_LEASE_MS = 60 * 1000;

const corsAllowHeaders = 'Authorization, Content-Type, Idempotency-Key, Dvc-Verifier, Accept-Language, Last-Event-ID';
const corsExposeHeaders = 'Request-Id, Retry-After, Idempotency-Replayed, Location, Content-Language';

/** `/v1/services/{code}` → a RegExp, to tell "no such route" from "wrong method". */
const pathPattern = (path: string) => new RegExp('^' + path.replace(/\{\w+\}/g, '[^/]+') + '$');
const routePatterns = Object.values(routes).map((r) => ({ re: pathPattern(r.path), method: r.method as string }));

type Vars = { Variables: { requestId: string; locale: Locale } };

export interface Module {
  handlers: Partial<Handlers>;
  /** Non-API pages (the payment gateway…) mounted on the app. */
  mount?(app: Hono<Vars>, sb: Sandbox): void;
  /** Called once when the app is built (subscribe to sandbox events here). */
  init?(sb: Sandbox): void;
  /** Called about once a second by the simulation loop. */
  tick?(sb: Sandbox): void | Promise<void>;
}

/**
 * JSON text with every object's keys sorted, at any depth: the same fields in another order (or
 * spaced or escaped differently) are the same body for an idempotency key. Null when too deep to
 * walk; the raw bytes are compared then. Profiled under `npm run bench:sync`: about 18 ms for a body of
 * 1,000 sync records (1.2 MB), under a tenth of the sandbox's time for that batch; a single string
 * builder and a parts array measured slower than these nested joins, so it stays as it is.
 */
function canonicalJson(value: unknown): string | null {
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    if (v !== null && typeof v === 'object') {
      const object = v as Record<string, unknown>;
      return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${write(object[k])}`).join(',')}}`;
    }
    return JSON.stringify(v);
  };
  try {
    return write(value);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Drops the connection without answering: the fault a flaky mobile network produces. */
function cutConnection(c: Context): Response {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  incoming?.socket.destroy();
  return new Response(null, { status: 500 });
}

/** The innermost schema type under optional/default/nullable wrappers. */
function baseType(schema: { _zod: { def: { type: string; innerType?: unknown } } }): string {
  let def = schema._zod.def;
  while (def.innerType) def = (def.innerType as typeof schema)._zod.def;
  return def.type;
}

/**
 * Query strings are text; the contract types them (limit is an integer), as OpenAPI does. Convert
 * the fields the schema declares numeric or boolean, leaving anything unparsable for the schema to reject.
 */
function typedQuery(schema: z.ZodMiniObject, query: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query };
  for (const [name, field] of Object.entries(schema._zod.def.shape)) {
    const value = query[name];
    if (value === undefined) continue;
    const type = baseType(field as never);
    if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value.trim())) out[name] = Number(value);
    else if (type === 'boolean' && (value === 'true' || value === 'false')) out[name] = value === 'true';
  }
  return out;
}

function headerObject(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** Builds the HTTP app: middleware (ids, CORS, keys, limits, faults, problems) and every contract route. */
export function createApp(sb: Sandbox, modules: Module[]): Hono<Vars> {
  const app = new Hono<Vars>();
  const handlers: Partial<Handlers> = Object.assign({}, ...modules.map((m) => m.handlers));
  const missing = (Object.keys(routes) as RouteId[]).filter((id) => !handlers[id]);
  if (missing.length) throw new Error(`Routes without a handler: ${missing.join(', ')}`);
  const trusted = trustedProxies(sb.options.trustProxy);
  const publishable = [...sb.keys.values()].filter((k) => k.kind === 'publishable');
  const originAllowed = (origin: string, key?: ApiKey | null) =>
    (key ? [key] : publishable).some((k) => k.allowedOrigins.some((p) => originMatches(origin, p)));

  const fail = (c: Context<Vars>, error: ApiError) => {
    const locale = c.get('locale') ?? 'vi';
    const requestId = c.get('requestId') ?? randomUUID();
    const body = problemBody(locale, error.status, error.code, error.params, requestId, new URL(c.req.url).pathname, error.errors);
    const headers: Record<string, string> = { ...error.headers, 'request-id': requestId };
    if (body.retryAfter) headers['retry-after'] = String(body.retryAfter);
    return problemResponse(body, locale, headers);
  };

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 100) || randomUUID();
    c.set('requestId', requestId);
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    const origin = c.req.header('origin');
    // CORS headers go on every answer to an allowed origin — errors and idempotent replays, which
    // are built as bare Responses, included — so a browser can read them.
    const cors = () => {
      if (!origin || !originAllowed(origin)) return;
      c.header('access-control-allow-origin', origin);
      c.header('access-control-expose-headers', corsExposeHeaders);
      c.header('vary', 'Origin');
    };
    cors();
    if (c.req.method === 'OPTIONS') {
      if (!origin || !originAllowed(origin)) {
        return fail(c, new ApiError(403, 'origin_not_allowed', { origin: origin ?? '(none)' }));
      }
      return c.body(null, 204, {
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'access-control-allow-headers': corsAllowHeaders,
        'access-control-max-age': '600',
      });
    }
    await next();
    // A HEAD answer is the GET answer without its body, which Hono drops unread: a body still being
    // produced (a live event stream) is cancelled here, or it would run on with nobody reading it.
    if (c.req.method === 'HEAD' && c.res.body) await c.res.body.cancel().catch(() => {});
    cors();
    c.header('request-id', requestId);
    // Every answer is what it says it is: no browser sniffs JSON or a problem document into HTML.
    c.header('x-content-type-options', 'nosniff');
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) return fail(c, error);
    sb.log(`internal error ${c.get('requestId')}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail(c, new ApiError(500, 'internal_error'));
  });

  app.notFound((c) => {
    const site = siteOfMissingPage(sb.options.sites ?? [], c.req.raw);
    if (site) return missingPage(site, c.req.raw);
    const path = new URL(c.req.url).pathname;
    const methods = routePatterns.filter((r) => r.re.test(path)).map((r) => r.method);
    if (methods.length) {
      return fail(c, new ApiError(405, 'method_not_allowed', { method: c.req.method, path }, undefined, { allow: methods.join(', ') }));
    }
    return fail(c, new ApiError(404, 'route_not_found', { method: c.req.method, path }));
  });

  app.get('/openapi.json', async (c) => {
    const { buildOpenApi } = await import('@dvc-kit/contract/openapi');
    return c.json(buildOpenApi({ serverUrl: sb.baseUrl() }));
  });

  for (const m of modules) {
    m.init?.(sb);
    m.mount?.(app, sb);
  }

  for (const [id, route] of Object.entries(routes) as [RouteId, RouteDef][]) {
    const handler = handlers[id] as (ctx: RequestContext<RouteDef>) => unknown;
    const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method, honoPath, async (c) => {
      const locale = c.get('locale');
      const requestId = c.get('requestId');
      const faults = sb.options.faults;
      const faulty = id !== 'health';
      if (faulty && faults.delayRate > 0 && Math.random() < faults.delayRate) {
        await new Promise((r) => setTimeout(r, faults.delayMs));
      }
      if (faulty && faults.errorRate > 0 && Math.random() < faults.errorRate) {
        throw new ApiError(503, 'service_unavailable', {}, undefined, { 'retry-after': String(faults.retryAfterSeconds) });
      }

      // Who is calling. An address that sent too many wrong or missing keys is refused before its key
      // is looked at; budgets count per key and address, so one client cannot spend a province's key.
      const address = addressId(clientAddress(c, trusted));
      let key: ApiKey | null = null;
      // A citizen's own data (`/v1/me…`): an access token of the identity provider instead of a key.
      let account: Account | null = null;
      if (route.scope === 'account') {
        account = await authenticateAccount(sb, c.req.header('authorization'), c.req.header('origin'), address);
      } else if (route.scope) {
        const now = sb.now().getTime();
        sb.guard.checkAuth(address, now);
        const auth = c.req.header('authorization');
        const token = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
        key = token ? (sb.keys.get(token) ?? null) : null;
        if (!key) {
          sb.guard.failAuth(address, now);
          if (!token) throw new ApiError(401, 'unauthorized', {}, undefined, { 'www-authenticate': 'Bearer' });
          throw new ApiError(401, 'invalid_key', {}, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
        }
        const origin = c.req.header('origin');
        if (origin && key.kind === 'secret') throw new ApiError(403, 'secret_key_in_browser');
        if (origin && !originAllowed(origin, key)) throw new ApiError(403, 'origin_not_allowed', { origin });
        if (!key.scopes.includes(route.scope)) throw new ApiError(403, 'forbidden_scope', { scope: route.scope });
      }
      const client = key ? `${key.key}@${address}` : account ? `${account.clientId}/${account.sub}@${address}` : address;
      sb.guard.takeRequest(client, sb.now().getTime());

      // What is asked.
      const errors = [];
      const parts: Record<string, unknown> = {};
      for (const [part, schema, input] of [
        ['params', route.params, c.req.param()],
        ['query', route.query, route.query ? typedQuery(route.query, c.req.query()) : {}],
        ['headers', route.headers, headerObject(c.req.raw)],
      ] as const) {
        if (!schema) continue;
        const result = check(schema, input, locale);
        if (result.ok) parts[part] = result.data;
        else errors.push(...result.errors);
      }
      let rawBody: Uint8Array | undefined;
      let parsed: unknown;
      if (route.body === 'multipart') {
        const type = c.req.header('content-type') ?? '';
        if (!type.startsWith('multipart/form-data')) throw new ApiError(415, 'unsupported_media_type', { type: type || '(none)' });
        rawBody = await readBody(c.req.raw, MULTIPART_LIMIT);
        try {
          parts.body = await new Response(rawBody as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
        } catch {
          throw fieldError(locale, [{ path: ['file'], code: 'invalid_input' }]);
        }
      } else if (route.body) {
        const type = c.req.header('content-type') ?? '';
        if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
          throw new ApiError(415, 'unsupported_media_type', { type: type || '(none)' });
        }
        rawBody = await readBody(c.req.raw, route.maxBodyBytes ?? JSON_LIMIT);
        try {
          // JSON is UTF-8 (RFC 8259): bytes that are not are refused, not stored as U+FFFD.
          parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawBody));
        } catch {
          throw new ApiError(400, 'invalid_json');
        }
        const result = check(route.body, parsed, locale);
        if (result.ok) parts.body = result.data;
        else errors.push(...result.errors);
      }
      if (errors.length) throw new ApiError(400, 'validation_failed', {}, errors);

      // Replays: the same key and body get the stored answer; a different body is a conflict.
      const idempotencyKey = route.idempotent ? c.req.header('idempotency-key') : undefined;
      let hash = '';
      if (idempotencyKey !== undefined) {
        // The contract's messages, so a client that words errors by their code says the same.
        if (idempotencyKey.length < 8) throw fieldError(locale, [{ path: ['idempotency-key'], code: 'too_short', params: { minimum: 8 } }]);
        if (idempotencyKey.length > 255) throw fieldError(locale, [{ path: ['idempotency-key'], code: 'too_long', params: { maximum: 255 } }]);
        const digest = createHash('sha256').update(`${route.method} ${new URL(c.req.url).pathname}\n`);
        if (parts.body instanceof FormData) {
          // A multipart body's boundary changes on every retry: hash the fields, not the bytes.
          for (const [name, value] of parts.body) {
            digest.update(`${name}\n`);
            if (typeof value === 'string') digest.update(value);
            else digest.update(`${value.name}\n${value.type}\n`).update(new Uint8Array(await value.arrayBuffer()));
          }
        } else {
          // A JSON body by what it says, not its bytes: key order, spacing and escapes do not count.
          digest.update((rawBody ? canonicalJson(parsed) : null) ?? rawBody ?? '');
        }
        // A submission for a citizen's account is that citizen's: a key replays only for the same account.
        const accountToken = c.req.header('dvc-account');
        if (accountToken !== undefined) digest.update(`\naccount ${await accountOfToken(sb, accountToken)}`);
        hash = digest.digest('hex');
        const stored = findAnswer(sb, key!.key, idempotencyKey);
        const age = stored ? sb.now().getTime() - Date.parse(stored.created_at) : Infinity;
        // Still "in use" past the lease: the request that took the key died without answering
        // (its process was killed); this retry takes the key over and is handled.
        const abandoned = stored?.status === null && age >= IDEMPOTENCY_LEASE_MS;
        // Past its retention (idempotencyTtlSeconds) a key is new, whether or not the purge has reached it.
        if (stored && age < idempotencyTtlMs(sb) && !abandoned) {
          if (stored.request_hash !== hash) throw new ApiError(409, 'idempotency_key_reused');
          if (stored.status === null) throw new ApiError(409, 'idempotency_key_in_use', { retryAfter: 1 });
          return new Response(stored.body, {
            status: stored.status,
            headers: {
              'content-type': stored.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
              'idempotency-replayed': 'true',
            },
          });
        }
        takeKey(sb, key!.key, idempotencyKey, id, hash);
      }
      /**
       * Keeps the answer for replays. Not an answer that is no last word: a server error, or a refusal
       * that says when to try again (`transient`: a limit, room for uploads), which the same key may retry.
       */
      const remember = (status: number, body: string, transient = false) => {
        if (idempotencyKey === undefined) return;
        if (status >= 500 || status === 429 || transient) releaseKey(sb, key!.key, idempotencyKey);
        else storeAnswer(sb, key!.key, idempotencyKey, status, body);
      };

      let output: unknown;
      try {
        output = await handler({
          params: parts.params, query: parts.query, headers: parts.headers, body: parts.body,
          locale, key, account, requestId, client, sb, c,
        } as RequestContext<RouteDef>);
      } catch (error) {
        if (error instanceof ApiError) {
          const response = fail(c, error);
          remember(error.status, await response.clone().text(), typeof error.params.retryAfter === 'number');
          return response;
        }
        remember(500, '');
        throw error;
      }
      if (output instanceof Response) return output;
      if (route.status === 204) {
        remember(204, '');
        return c.body(null, 204);
      }
      if (sb.options.checkResponses && route.response) {
        const result = route.response.safeParse(output);
        if (!result.success) {
          remember(500, '');
          throw new Error(`Response of ${id} breaks the contract: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
        }
      }
      const text = JSON.stringify(output);
      // A handler may store a different body for replays (withReplayBody: a secret is shown once).
      const replay = (output as { [replayBody]?: unknown } | null)?.[replayBody];
      remember(route.status, replay === undefined ? text : JSON.stringify(replay));
      if (faulty && faults.cutRate > 0 && Math.random() < faults.cutRate) return cutConnection(c);
      return c.body(text, route.status, { 'content-type': 'application/json; charset=utf-8' });
    });
  }
  // Static sites come after every route: an API request never reaches them (no file lookup on the
  // API's path), and a path no route and no file answers ends in the problem of app.notFound.
  for (const route of sb.options.hostRoutes ?? []) app.all(`${route.path}*`, (c) => route.handle(c.req.raw));
  for (const site of sb.options.sites ?? []) app.use('*', serveStatic(site));

  return app;
}
