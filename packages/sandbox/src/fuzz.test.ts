// Property-based fuzzing of every route of the contract's route table (issue 16): requests built from
// each route's own schemas and from real seeded values, then mutated and mixed with hostile input,
// sent over HTTP to one in-memory sandbox. Every answer must be below 500; every refusal an RFC 9457
// problem document in the asked language; every `validation_failed` names its fields.
//
//   node scripts/test-node.mjs fuzz                        bounded run (the default, for CI)
//   DVC_FUZZ_RUNS=800 node scripts/test-node.mjs fuzz      800 generated requests per route
//   DVC_FUZZ_SEED=123 node scripts/test-node.mjs fuzz      another seed (or a failure's, to replay it)
//   DVC_FUZZ_ROUTE=dossiers.submit DVC_FUZZ_PATH=… …       one route only, straight to a failure's path
//
// A failure prints the seed, fast-check's path and the request (method, path, headers, body, cut).
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  fieldMessages, messages, negotiateLocale, routeIds, routes, type Locale, type RouteDef, type RouteId,
} from '@dvc-kit/contract';
import fc from 'fast-check';
import type { RunningSandbox } from './index.js';
import {
  citizen, client, loginAs, minimalPdf, minimalPng, moveDossier, submitDossier, syncRecord, testSandbox, uploadFile, validSubmission,
  TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY,
} from './test-support.js';

/**
 * Generated requests per route. The default (31 routes × 400 + 31 real calls = 12,431 requests) takes
 * 15-20 s on two cores (about 26 s beside the other sandbox tests); 800 runs (20,025 requests) 20-40 s.
 */
const DEFAULT_RUNS = 400;
const RUNS = positiveInt(process.env.DVC_FUZZ_RUNS) ?? DEFAULT_RUNS;
/** A fixed seed by default, so CI runs the same cases each time; DVC_FUZZ_SEED explores or replays. */
const SEED = integer(process.env.DVC_FUZZ_SEED) ?? 16;
const ONLY = process.env.DVC_FUZZ_ROUTE?.split(',').map((s) => s.trim()).filter(Boolean);
const PATH = process.env.DVC_FUZZ_PATH || undefined;
/** Not a timing assertion: a request that never ends would otherwise hang the suite. */
const HANG_MS = 30_000;
/** A fixed clock: no dependence on today's date (dossier codes, date checks, expiries). */
const CLOCK = new Date('2026-03-02T03:00:00.000Z');

function positiveInt(text: string | undefined): number | undefined {
  const n = integer(text);
  return n !== undefined && n > 0 ? n : undefined;
}
function integer(text: string | undefined): number | undefined {
  return text && /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Requests

interface FuzzRequest {
  route: RouteId;
  /** Which generator branches built it, for the failure message. */
  what: string[];
  method: string;
  /** The raw request target: path and query, sent as written (no normalisation). */
  target: string;
  headers: Record<string, string | string[]>;
  body?: Uint8Array;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The SSE stream was cut by us once its headers arrived. */
  aborted?: boolean;
}

const cut = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

/** Method, target, headers and body of a request, each cut short: what a failure report shows. */
function describeRequest(r: FuzzRequest): string {
  const headers = Object.entries(r.headers).map(([k, v]) => `  ${k}: ${cut(JSON.stringify(v), 200)}`).join('\n');
  let body = '(none)';
  if (r.body) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(r.body.subarray(0, 600));
    body = `${r.body.byteLength} bytes: ${cut(JSON.stringify(text), 400)}`;
  }
  return `[${r.route}] ${r.what.join(' + ')}\n${r.method} ${cut(r.target, 400)}\n${headers}\nbody: ${body}`;
}

/** Makes fast-check print a request as {@link describeRequest} does. */
function printable(r: FuzzRequest): FuzzRequest {
  Object.defineProperty(r, fc.toStringMethod, { value: () => `\n${describeRequest(r)}\n`, enumerable: false });
  return r;
}

let agent: http.Agent;
/** A logged-in citizen's access token (the test identity provider), for the account routes. */
let accountToken = '';

/**
 * Sends one request. A kept-alive connection the server closed while idle fails on reuse before any
 * answer; that one is sent again on a new connection, as Node's documentation advises. Any other
 * failure to answer is the server's.
 */
async function send(base: URL, r: FuzzRequest): Promise<Answer> {
  try {
    return await sendOnce(base, r, agent);
  } catch (error) {
    if (!(error instanceof StaleConnection)) throw error;
    return sendOnce(base, r, false);
  }
}

class StaleConnection extends Error {}

function sendOnce(base: URL, r: FuzzRequest, via: http.Agent | false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      done(() => reject(new Error(`no answer within ${HANG_MS / 1000} s`)));
      controller.abort();
    }, HANG_MS);
    // Framed as any client frames a body (Node sends a GET's body unframed otherwise).
    const headers = r.body ? { ...r.headers, 'content-length': String(r.body.byteLength) } : r.headers;
    const req = http.request({
      host: base.hostname, port: base.port, method: r.method, path: r.target, headers,
      agent: via, signal: controller.signal,
    }, (res) => {
      const type = String(res.headers['content-type'] ?? '');
      if (type.startsWith('text/event-stream')) {
        // A live stream: its status and headers are the answer; stop it here (the route's own
        // heartbeat would keep it open for ever).
        done(() => resolve({ status: res.statusCode!, headers: res.headers, text: '', aborted: true }));
        controller.abort();
        res.on('error', () => {});
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(() => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') })));
      res.on('error', (error) => done(() => reject(error)));
    });
    req.on('error', (error: Error & { code?: string }) => done(() => reject(
      req.reusedSocket && error.code === 'ECONNRESET' ? new StaleConnection(error.message) : new Error(`no answer: ${error.message}`),
    )));
    req.end(r.body);
  });
}

// ---------------------------------------------------------------------------------------------
// Values: hostile, wrong, derived from the contract's schemas

const bytesOf = (text: string) => new TextEncoder().encode(text);
const unreserved = /[A-Za-z0-9\-._~]/;
/** Percent-encodes a string's UTF-8 (a lone surrogate becomes U+FFFD, as a browser would send it). */
const pct = (text: string) =>
  Array.from(bytesOf(text), (b) => (unreserved.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

const HOSTILE = [
  '', ' ', '   ', '\u0000', 'a\u0000b', '\uD800', '\uDFFF', 'x\uD83D', '\uDE00y', '\uFEFF', '\u202Eevil', '\u200B',
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', '..', '.', '/', '//', '%2e%2e%2f', '%00', '%', '%zz',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
  "' OR '1'='1", '"; DROP TABLE dossiers; --', "1'; SELECT * FROM sqlite_master; --", "x') UNION SELECT 1,2,3 --", '%\' ESCAPE \'',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '{field}', '{code}',
  'null', 'undefined', 'NaN', 'Infinity', '-1', '0', '1e309', '0x10', '１２３', '０９１２３４５６７８', ' 0912345678 ', '+84912345678',
  'Nguyễn Thị Mai', 'e\u0301', '𝕳𝖊𝖑𝖑𝖔', '🇻🇳👨‍👩‍👧', 'ﷺ', 'Ω≈ç√∫', '\r\n', '\t', 'line\nbreak', '\\', '"', "'", '`',
  'http://[', 'https://[::1', 'http://localhost:5173/done', 'file:///etc/passwd', 'data:text/html,<b>x</b>',
  '000.00.38.H38-260302-0001', '1.001193', 'PAKN-260302-00001', 'pay_0000000000000000', 'wh_0000000000000000', 'att_0000000000000000',
];
const DANGEROUS_UNITS = ['\u0000', '\uD800', '\uDC00', '/', '\\', '.', '%', '{', '}', '<', '>', '"', "'", ';', '\n', '\u202E', 'Đ', 'ệ', '🇻🇳', ' ', 'a', '0'];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...DANGEROUS_UNITS), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)), minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 150, max: 6000 }).map((n) => 'Ạ'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(200_000, 400_000).map((n) => 'x'.repeat(n)) },
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, -1, 0.5),
  fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.string({ maxLength: 10 }),
);

/** Values that are right by field name (checks zod cannot describe: phone, CCCD, e-mail…). */
const KNOWN: Record<string, unknown[]> = {
  phone: [citizen.phone, '+84912345678', '0987654321'],
  'dvc-verifier': [citizen.phone, '+84 912 345 678'],
  idNumber: [citizen.idNumber, '0101243150'],
  email: ['mai@example.vn'],
  fullName: [citizen.fullName],
  serviceCode: ['1.001193', '1.004222', '2.000001'],
  province: ['38', '01', '79', '99'],
  commune: ['16279', '99999'],
  returnUrl: ['http://localhost:5173/done', 'https://example.invalid/ket-qua?x=1#y'],
  url: ['https://example.invalid/hook'],
  content: ['Thủ tục này cần bổ sung hướng dẫn rõ ràng hơn cho người dân.'],
  q: ['khai sinh', 'đăng ký kết hôn', 'giay phep lai xe'],
};

type Schema = { _zod: { def: Record<string, any>; optin?: string } };

function checksOf(schema: Schema): Record<string, any>[] {
  return ((schema._zod.def.checks ?? []) as Schema[]).map((c) => c._zod.def);
}

/** A value of the schema's shape, as far as its definition tells (patterns, bounds, enums…). */
function fromSchema(schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const known = KNOWN[name];
  const derived = derive();
  return known ? fc.oneof(fc.constantFrom(...known), derived) : derived;

  function derive(): fc.Arbitrary<unknown> {
    if (depth > 6) return fc.constant(undefined);
    const checks = checksOf(schema);
    switch (def.type) {
      case 'string': {
        const pattern = checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern as RegExp | undefined;
        if (pattern) {
          try {
            return fc.stringMatching(pattern).filter((s) => s.length < 300);
          } catch {
            /* a pattern fast-check does not take: fall through */
          }
        }
        const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
        const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 60, 300);
        return fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
      }
      case 'number': {
        const gt = checks.find((c) => c.check === 'greater_than');
        const lt = checks.find((c) => c.check === 'less_than');
        if (def.format === 'safeint' || def.format === 'int32') {
          return fc.integer({ min: gt ? gt.value + (gt.inclusive ? 0 : 1) : -1000, max: lt ? lt.value - (lt.inclusive ? 0 : 1) : 100_000 });
        }
        return fc.double({ noNaN: true, min: gt?.value ?? -1e6, max: lt?.value ?? 1e6 });
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'optional':
      case 'default':
        return fc.option(fromSchema(def.innerType, name, depth), { nil: undefined, freq: 3 });
      case 'nullable':
        return fc.option(fromSchema(def.innerType, name, depth), { nil: null, freq: 3 });
      case 'array': {
        const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
        const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 3, 3);
        return fc.array(fromSchema(def.element, name, depth + 1), { minLength: min, maxLength: Math.max(min, max) });
      }
      case 'union':
        return fc.oneof(...(def.options as Schema[]).map((o) => fromSchema(o, name, depth + 1)));
      case 'object': {
        const shape = def.shape as Record<string, Schema>;
        const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fromSchema(s, k, depth + 1)]));
        const record = fc.record(fields);
        const catchall = def.catchall as Schema | undefined;
        if (!catchall || catchall._zod.def.type === 'never') return record.map(dropUndefined);
        const extra = fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/), fromSchema(catchall, '', depth + 1), { maxKeys: 3 });
        return fc.tuple(record, extra).map(([a, b]) => dropUndefined({ ...b, ...a }));
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** As a query string or header carries it. */
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

// ---------------------------------------------------------------------------------------------
// JSON bodies: a valid one mutated, or worse

type Path = (string | number)[];
type Json = unknown;

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length >= 8) return out;
  if (Array.isArray(value)) value.slice(0, 20).forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** Sets an own property, even `__proto__` (an assignment would change the prototype instead). */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

type Mutation =
  | { op: 'set'; at: number; value: unknown; label: string }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'wrap'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileString as fc.Arbitrary<unknown>, label: fc.constant('hostile') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: wrongType, label: fc.constant('wrong type') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 50, max: 3000 }).map(nested), label: fc.constant('deep') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('set' as const), at: fc.nat(),
      // Each item its own value: a later mutation inside one item must not repeat itself 20,000 times.
      value: fc.tuple(fc.constantFrom(31, 51, 1000, 20_000), fc.constantFrom<unknown>('att_0000000000000000', 1, '', { a: 1 }, null))
        .map(([n, v]) => Array.from({ length: n }, () => structuredClone(v))),
      label: fc.constant('big array'),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('add' as const), at: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', '', '0', 'status'), hostileString.filter((s) => s.length < 100)),
      value: fc.oneof(wrongType, hostileString as fc.Arbitrary<unknown>, fc.constant(null).map(() => ({ polluted: true }))),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }) },
);

/** A copy, unless too deep to copy (those are built fresh for each run anyway). */
function cloneIfShallow(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function mutate(base: Json, mutations: Mutation[]): { value: Json; what: string[] } {
  let root: Json = structuredClone(base);
  const what: string[] = [];
  for (const given of mutations) {
    // Generated values may be shared between runs (constants): never let a mutation reach into one.
    const m = 'value' in given ? { ...given, value: cloneIfShallow(given.value) } : given;
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const parent = path.length ? (path.slice(0, -1).reduce<any>((v, k) => v[k], root) as Record<string | number, unknown>) : null;
    const last = path[path.length - 1]!;
    const current = parent ? parent[last] : root;
    const where = path.join('.') || '(root)';
    switch (m.op) {
      case 'set':
        if (parent) setOwn(parent, last, m.value);
        else root = m.value;
        what.push(`${m.label} at ${where}`);
        break;
      case 'delete':
        if (parent && Array.isArray(parent)) parent.splice(Number(last), 1);
        else if (parent) delete parent[last];
        else root = undefined;
        what.push(`delete ${where}`);
        break;
      case 'add':
        if (current && typeof current === 'object' && !Array.isArray(current)) {
          setOwn(current as Record<string, unknown>, m.key, m.value);
          what.push(`extra ${JSON.stringify(cut(m.key, 20))} in ${where}`);
        } else if (parent) {
          setOwn(parent, last, { [m.key]: m.value });
          what.push(`object at ${where}`);
        }
        break;
      case 'wrap':
        if (parent) setOwn(parent, last, [current]);
        else root = [root];
        what.push(`wrap ${where}`);
        break;
    }
  }
  return { value: root, what };
}

/** Bytes that are not UTF-8: lone surrogates written out, a stray continuation byte, an overlong '/'. */
const notUtf8 = fc.constantFrom([0xed, 0xa0, 0x80], [0xff], [0xc0, 0xaf], [0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]);

function jsonBody(bases: Json[], schema: Schema | undefined): fc.Arbitrary<{ body: Uint8Array; what: string }> {
  const encode = (value: unknown) => bytesOf(JSON.stringify(value) ?? '');
  const branches: fc.WeightedArbitrary<{ body: Uint8Array; what: string }>[] = [];
  if (bases.length) {
    const base = fc.nat(bases.length - 1).map((i) => ({ value: bases[i], name: bases.length > 1 ? `valid body ${i + 1}` : 'valid body' }));
    branches.push({ weight: 2, arbitrary: base.map((b) => ({ body: encode(b.value), what: b.name })) });
    branches.push({
      weight: 10,
      arbitrary: fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => {
        const { value, what } = mutate(b.value, ms);
        return { body: encode(value), what: `${b.name}: ${what.join(', ')}` };
      }),
    });
    branches.push({
      weight: 1,
      arbitrary: fc.tuple(base, notUtf8, fc.nat()).map(([b, bad, at]) => {
        const text = encode(b.value);
        // Inside a string value: after the first quote past `at`.
        let i = text.indexOf(0x22, at % Math.max(1, text.length));
        if (i < 0) i = text.indexOf(0x22);
        return { body: concat([text.subarray(0, i + 1), Uint8Array.from(bad), text.subarray(i + 1)]), what: 'body: not UTF-8' };
      }),
    });
  }
  if (schema) branches.push({ weight: 4, arbitrary: fromSchema(schema).map((v) => ({ body: encode(v), what: 'body from schema' })) });
  branches.push(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ body: encode(v), what: 'random JSON' })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({ body: b, what: 'random bytes' })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '', '{', '}', '[', 'null', 'true', '"x"', '1', '{"a":1,}', "{'a':1}", '\uFEFF{}', '{"a":1}{"b":2}', 'NaN', '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"polluted":1}}}', '[' .repeat(100_000) + ']'.repeat(100_000), '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000),
        `{"note":"${'x'.repeat(1_100_000)}"}`,
      ).map((t) => ({ body: bytesOf(t), what: `raw body ${cut(JSON.stringify(t), 30)}` })),
    },
  );
  return fc.oneof(...branches);
}

// ---------------------------------------------------------------------------------------------
// Multipart bodies

interface Part {
  name: string;
  filename?: string;
  type?: string;
  content: Uint8Array;
}

const CRLF = '\r\n';
function multipart(boundary: string, parts: Part[], close = true): Uint8Array {
  const chunks: Uint8Array[] = [];
  const push = (b: Uint8Array | string) => chunks.push(typeof b === 'string' ? latin1(b) : b);
  for (const p of parts) {
    push(`--${boundary}${CRLF}Content-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}${CRLF}`);
    if (p.type !== undefined) push(`Content-Type: ${p.type}${CRLF}`);
    push(CRLF);
    push(p.content);
    push(CRLF);
  }
  if (close) push(`--${boundary}--${CRLF}`);
  return concat(chunks);
}
function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
/** Header text as bytes: UTF-8 for what is not Latin-1 (as browsers write file names). */
function latin1(text: string): Uint8Array {
  return /^[\x00-\xff]*$/.test(text) ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : bytesOf(text);
}

const fileTypes = [
  'application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html', 'application/x-msdownload', 'constructor', '__proto__', 'toString', '', 'application/pdf; charset=utf-8', 'APPLICATION/PDF',
  'image/svg+xml', 'application/octet-stream', 'x'.repeat(500),
];

const partArb: fc.Arbitrary<Part> = fc.record({
  name: fc.oneof({ weight: 5, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: fc.constantFrom('files', 'file[]', '', '__proto__', 'note') }),
  filename: fc.option(fc.oneof(fc.constantFrom('giay-to.pdf', 'anh.png', '../../etc/passwd', 'a\u0000b.pdf', '', 'x'.repeat(500) + '.pdf', 'tờ khai.pdf'), hostileString.filter((s) => s.length < 200 && !/["\r\n]/.test(s))), { nil: undefined, freq: 6 }),
  type: fc.option(fc.constantFrom(...fileTypes), { nil: undefined, freq: 6 }),
  content: fc.oneof(
    { weight: 4, arbitrary: fc.constant(minimalPdf()) },
    { weight: 2, arbitrary: fc.constant(minimalPng()) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array()) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.constant(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) },
  ),
});

const multipartBody: fc.Arbitrary<{ body: Uint8Array; contentType: string; what: string }> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.array(partArb, { minLength: 0, maxLength: 3 }), fc.boolean(), fc.constantFrom('dvcFuzzBoundary', '----x', 'a'.repeat(70))).map(([parts, close, boundary]) => ({
      body: multipart(boundary, parts, close || parts.length === 0),
      contentType: `multipart/form-data; boundary=${boundary}`,
      what: `multipart: ${parts.map((p) => `${p.name}(${p.type ?? 'no type'}, ${p.content.byteLength} B)`).join(', ') || 'no parts'}${close ? '' : ', unclosed'}`,
    })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=x', 'multipart/form-data; boundary="unterminated', 'multipart/mixed; boundary=x', 'application/json', 'text/plain')).map(([body, contentType]) => ({
      body, contentType, what: `raw bytes as ${contentType}`,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      body: multipart('big', [{ name: 'file', filename: 'big.pdf', type: 'application/pdf', content: new Uint8Array(10 * 1024 * 1024 + 100_000) }]),
      contentType: 'multipart/form-data; boundary=big',
      what: 'multipart over the limit',
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// Whole requests

/** Real values a route is called with, built in `before`: what makes its handler do real work. */
interface Base {
  params?: Record<string, string[]>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** The real call's body. */
  body?: unknown;
  /** Other valid bodies the fuzzer starts from (other cases of the route, hostile but valid text). */
  variants?: unknown[];
}

const ALLOWED_ORIGIN = 'http://localhost:5173';

function keyArb(route: RouteDef): fc.Arbitrary<{ headers: Record<string, string>; what: string }> {
  const secretOnly = route.scope === 'admin' || route.scope === 'webhooks' || route.scope === 'sync';
  const right = route.scope === 'account'
    ? fc.constant({ headers: { authorization: `Bearer ${accountToken}` }, what: "a citizen's access token" })
    : secretOnly
    ? fc.constant({ headers: { authorization: `Bearer ${TEST_SECRET_KEY}` }, what: 'secret key' })
    : fc.oneof(
      fc.constant({ headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` }, what: 'publishable key' }),
      fc.constant({ headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, origin: ALLOWED_ORIGIN }, what: 'publishable key from a page' }),
      fc.constant({ headers: { authorization: `Bearer ${TEST_SECRET_KEY}` }, what: 'secret key' }),
    );
  const wrong = fc.oneof(
    fc.constant({ headers: {}, what: 'no key' }),
    fc.constant({ headers: { authorization: 'Bearer pk_test_wrong_key' }, what: 'wrong key' }),
    fc.constant({ headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` }, what: 'publishable key' }),
    fc.constant({ headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, origin: 'https://evil.example' }, what: 'publishable key from another site' }),
    fc.constantFrom('Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `bearer ${TEST_PUBLISHABLE_KEY}`, `Bearer ${TEST_PUBLISHABLE_KEY} extra`, `Bearer ${'k'.repeat(4000)}`, 'Bearer \u00ff\u00fe')
      .map((authorization) => ({ headers: { authorization }, what: `authorization ${cut(JSON.stringify(authorization), 30)}` })),
  );
  return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** Header values must be Latin-1 without control characters (Node refuses anything else). */
const headerText = fc.oneof(
  fc.constantFrom('', ' x', 'null', '0', '-1', '\u00e9\u00ff', 'a'.repeat(300), '../../etc/passwd', '<script>', "' OR 1=1 --", '{field}'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((n) => n < 0x7f || n > 0x9f).map((n) => String.fromCharCode(n)), maxLength: 60 }),
);

const acceptLanguage = fc.option(
  fc.constantFrom('vi', 'en', 'en-US,en;q=0.9', 'vi-VN,vi;q=0.9,en;q=0.8', 'fr', '*', 'en;q=0, vi;q=0', 'en;q=abc', ';;;,,', 'EN', 'x'.repeat(500)),
  { nil: undefined, freq: 5 },
);

const idempotencyKey = fc.option(
  fc.oneof(
    fc.uuid().map((u) => `fuzz-${u}`),
    fc.constantFrom('fuzz-reused-key', 'short', '', 'k'.repeat(255), 'k'.repeat(256), 'k'.repeat(5000), '__proto__-key', 'idem key with spaces'),
    headerText,
  ),
  { nil: undefined, freq: 2 },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/problem+json', 'application/vnd.api+json', 'application/jsonx',
      'text/plain', 'text/json', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', 'application/json; charset=latin1', 'application/\u00e9',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const junkNumber = fc.constantFrom('', '0', '-1', '1.5', '1e3', '1e309', 'NaN', 'Infinity', '0x10', ' 5', '5 ', '１２', '99999999999999999999', '-0', '+3', '5abc', '0005');

function queryArb(route: RouteDef, base: Base): fc.Arbitrary<{ text: string; what: string }> {
  const shape = (route.query?._zod.def.shape ?? {}) as Record<string, Schema>;
  const names = Object.keys(shape);
  const pair: fc.Arbitrary<[string, string]> = names.length
    ? fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...names).chain((n) => fromSchema(shape[n]!, n).map((v) => [n, asText(v)] as [string, string])) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...names), hostileString.filter((s) => s.length < 2000)) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...names), junkNumber) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names).map((n) => `${n}[]`), fc.string({ maxLength: 5 })) },
      { weight: 1, arbitrary: fc.tuple(hostileString.filter((s) => s.length < 100), hostileString.filter((s) => s.length < 100)) },
    )
    : fc.tuple(fc.constantFrom('x', 'limit', '__proto__', 'page'), fc.oneof(junkNumber, hostileString.filter((s) => s.length < 200)));
  const encoded = fc.array(pair, { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${pct(k)}=${pct(v)}`));
  const rawJunk = fc.constantFrom('%zz', '&&&', '=', 'a=%', 'a=%00', 'a=%E0%A4%A', '+', 'q=a+b', 'limit=1&limit=2&limit=3', 'cursor=%FF%FE', '?', '#frag', 'a=b=c', ';');
  const baseQuery = Object.entries(base.query ?? {}).map(([k, v]) => `${pct(k)}=${pct(v)}`);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ text: baseQuery.join('&'), what: 'base query' }) },
    { weight: names.length ? 6 : 1, arbitrary: fc.tuple(encoded, fc.boolean()).map(([parts, keepBase]) => ({ text: [...(keepBase ? baseQuery : []), ...parts].join('&'), what: `query ${parts.length} pairs` })) },
    { weight: 1, arbitrary: rawJunk.map((j) => ({ text: [...baseQuery, j].join('&'), what: `query junk ${j}` })) },
  );
}

function segmentArb(name: string, schema: Schema | undefined, pool: string[]): fc.Arbitrary<{ text: string; what: string }> {
  const branches: fc.WeightedArbitrary<{ text: string; what: string }>[] = [
    { weight: 2, arbitrary: hostileString.map((s) => ({ text: pct(s).slice(0, 3000), what: `${name}: hostile` })) },
    { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '%2e%2e', '%2F', '%00', '%', '%zz', '%FF', '%C0%AF', '%ED%A0%80', '\u00e9', 'a;b', 'a,b', '*').map((text) => ({ text, what: `${name}: raw ${JSON.stringify(text)}` })) },
  ];
  if (schema) branches.push({ weight: 3, arbitrary: fromSchema(schema, name).map((v) => ({ text: pct(asText(v)), what: `${name} from schema` })) });
  if (pool.length) {
    branches.push({ weight: 8, arbitrary: fc.constantFrom(...pool).map((text) => ({ text: pct(text), what: `${name}: real` })) });
    branches.push({ weight: 1, arbitrary: fc.constantFrom(...pool).map((text) => ({ text: pct(` ${text.toLowerCase()} `), what: `${name}: real, spaced, lower case` })) });
  }
  return fc.oneof(...branches);
}

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD'];

function requestArb(id: RouteId, base: Base): fc.Arbitrary<FuzzRequest> {
  const route = routes[id] as RouteDef;
  const paramShape = (route.params?._zod.def.shape ?? {}) as Record<string, Schema>;
  const segmentNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const path = fc.tuple(...segmentNames.map((n) => segmentArb(n, paramShape[n], base.params?.[n] ?? []))).map((segments) => {
    let i = 0;
    return { text: route.path.replace(/\{\w+\}/g, () => segments[i++]!.text), what: segments.map((s) => s.what) };
  });
  const method = fc.oneof({ weight: 12, arbitrary: fc.constant(route.method as string) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });

  const headerShape = (route.headers?._zod.def.shape ?? {}) as Record<string, Schema>;
  const routeHeaders = fc.tuple(
    ...Object.entries(headerShape).map(([name, schema]) => fc.oneof(
      { weight: 6, arbitrary: fc.constant(base.headers?.[name]) },
      { weight: 2, arbitrary: fromSchema(schema, name).map((v) => asText(v).replace(/[^\t\x20-\x7e\x80-\xff]/g, '')) },
      { weight: 2, arbitrary: headerText },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ).map((value) => [name, value] as const)),
  );
  const extraHeaders = fc.option(
    fc.array(fc.tuple(fc.constantFrom('x-request-id', 'last-event-id', 'x-forwarded-for', 'accept', 'cookie', 'x-http-method-override', 'content-language', 'range', 'if-none-match'), headerText), { maxLength: 3 }),
    { nil: undefined, freq: 4 },
  );

  let body: fc.Arbitrary<{ body?: Uint8Array; contentType?: string; what: string }>;
  if (route.body === 'multipart') {
    body = multipartBody;
  } else if (route.body) {
    body = fc.tuple(jsonBody(base.body === undefined ? [] : [base.body, ...(base.variants ?? [])], route.body as unknown as Schema), contentType).map(([b, type]) => ({ body: b.body, contentType: type, what: `${b.what}${type === 'application/json' ? '' : ` as ${JSON.stringify(type)}`}` }));
  } else {
    body = fc.oneof(
      { weight: 12, arbitrary: fc.constant({ what: 'no body' }) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 100 }).map((b) => ({ body: b, contentType: 'application/json', what: 'unexpected body' })) },
    );
  }

  return fc.record({
    method, path, query: queryArb(route, base), key: keyArb(route), lang: acceptLanguage, idem: idempotencyKey,
    routeHeaders, extraHeaders, body,
  }).map(({ method, path, query, key, lang, idem, routeHeaders, extraHeaders, body }) => {
    const headers: Record<string, string | string[]> = { ...key.headers };
    if (lang !== undefined) headers['accept-language'] = lang;
    if (idem !== undefined) headers['idempotency-key'] = idem;
    for (const [name, value] of routeHeaders) if (value !== undefined) headers[name] = value;
    for (const [name, value] of extraHeaders ?? []) headers[name] = name in headers ? [String(headers[name]), value] : value;
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
    return printable({
      route: id,
      what: [key.what, ...path.what, query.what, body.what, ...(method === route.method ? [] : [`method ${method}`])],
      method,
      target: path.text + (query.text ? `?${query.text}` : ''),
      headers,
      ...(body.body ? { body: body.body } : {}),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// What every answer must be

const PLACEHOLDER = /\{(\w+)\}/g;
/** Braces that a message shows on purpose: the documented shape of a dossier code. */
const LITERAL_BRACES = new Set(['{agency}', '{yyMMdd}', '{NNNN}']);

/** A template as a pattern: its placeholders match anything, the rest must be as written. */
function templatePattern(template: string): RegExp {
  const parts = template.split(PLACEHOLDER);
  // split with a capture group: even indexes are text, odd ones placeholder names.
  return new RegExp(`^${parts.map((p, i) => (i % 2 ? '[\\s\\S]*' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
}

/** `{name}` left in a message: a template not filled. Input echoed back (a file name `{x}`) does not count. */
function rawPlaceholders(message: string, requestText: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[0]).filter((p) => !LITERAL_BRACES.has(p) && !requestText.includes(p));
}

/** Everything the request said, decoded: what an answer may echo back. */
function requestText(r: FuzzRequest): string {
  const target = r.target.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return `${target} ${JSON.stringify(r.headers)} ${r.body ? new TextDecoder().decode(r.body) : ''}`;
}

/** Checks one answer; returns what is wrong (empty when all is well). */
function problemsOf(r: FuzzRequest, answer: Answer): string[] {
  const wrong: string[] = [];
  if (answer.status >= 500) wrong.push(`status ${answer.status}`);
  if (r.method === 'HEAD') return wrong;
  if (answer.status === 200 || answer.status === 201) {
    if (!answer.aborted) {
      if (!String(answer.headers['content-type']).startsWith('application/json')) wrong.push(`a ${answer.status} typed ${JSON.stringify(answer.headers['content-type'])}`);
      else {
        try {
          JSON.parse(answer.text);
        } catch {
          wrong.push(`a ${answer.status} whose body is not JSON`);
        }
      }
    }
    return wrong;
  }
  if (answer.status < 400) return wrong;

  const type = String(answer.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) wrong.push(`content-type ${JSON.stringify(type)}, not application/problem+json`);
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    wrong.push('the body is not JSON');
    return wrong;
  }
  if (!body || typeof body !== 'object') return [...wrong, 'the body is not an object'];
  for (const field of ['type', 'title', 'code', 'detail'] as const) {
    if (typeof body[field] !== 'string' || !body[field]) wrong.push(`no ${field}`);
  }
  if (body.status !== answer.status) wrong.push(`status ${JSON.stringify(body.status)} in the body, ${answer.status} on the wire`);

  const replayed = answer.headers['idempotency-replayed'] === 'true';
  const lang = r.headers['accept-language'];
  // A request refused before it is parsed gets the default language: none of its headers is read.
  const unread = body.code === 'bad_request' || body.code === 'headers_too_large';
  const locale: Locale = unread ? 'vi' : negotiateLocale(Array.isArray(lang) ? lang.join(', ') : lang);
  const sent = requestText(r);
  if (!replayed && answer.headers['content-language'] !== locale) {
    wrong.push(`content-language ${JSON.stringify(answer.headers['content-language'])}, asked ${locale}`);
  }
  if (typeof body.detail === 'string') {
    const template = (messages[locale] as Record<string, string>)[`problem.${body.code}`];
    if (!template) wrong.push(`code ${JSON.stringify(body.code)} has no message`);
    else if (!replayed && !templatePattern(template).test(body.detail)) wrong.push(`detail ${JSON.stringify(body.detail)} is not the ${locale} message of ${body.code}`);
    const raw = rawPlaceholders(body.detail, sent);
    if (raw.length) wrong.push(`detail leaves ${raw.join(', ')}: ${JSON.stringify(body.detail)}`);
  }

  if (body.errors !== undefined || body.code === 'validation_failed') {
    if (!Array.isArray(body.errors) || body.errors.length === 0) wrong.push('validation_failed without field errors');
    else {
      for (const e of body.errors as Record<string, unknown>[]) {
        const where = `errors[${JSON.stringify(e?.path)}]`;
        if (typeof e?.path !== 'string') wrong.push(`${where}: path is not a string`);
        if (typeof e?.code !== 'string' || !e.code) wrong.push(`${where}: no code`);
        if (typeof e?.message !== 'string' || !e.message.trim()) {
          wrong.push(`${where}: no message`);
          continue;
        }
        const raw = rawPlaceholders(e.message, sent);
        if (raw.length) wrong.push(`${where}: message leaves ${raw.join(', ')}: ${JSON.stringify(e.message)}`);
        const template = typeof e.code === 'string' && Object.hasOwn(fieldMessages[locale], e.code) ? (fieldMessages[locale] as Record<string, string>)[e.code] : undefined;
        if (template && !replayed && !templatePattern(template).test(e.message)) {
          wrong.push(`${where}: message ${JSON.stringify(e.message)} is not the ${locale} message of ${e.code}`);
        }
      }
    }
  }
  return wrong;
}

// ---------------------------------------------------------------------------------------------
// The suite

describe(`fuzz: every route of the contract (${RUNS} runs per route, seed ${SEED})`, () => {
  let sandbox: RunningSandbox;
  let base: URL;
  const bases: Partial<Record<RouteId, Base>> = {};
  const sentPerRoute = new Map<RouteId, number>();
  const statusesPerRoute = new Map<RouteId, Map<number, number>>();
  let failed = false;
  let total = 0;

  before(async () => {
    // One client sends everything, wrong keys and wrong verifiers by the thousand: the budgets that
    // would turn the rest into 429s are opened wide (they are tested in routes/abuse.test.ts).
    const wide = { limit: 1_000_000_000, windowSeconds: 60 };
    sandbox = await testSandbox({
      rateLimit: 1_000_000_000,
      failureLimits: { auth: wide, lookupsByClient: wide, lookupsByCode: wide, lookupsByVerifier: wide },
      uploadClientQuotaBytes: 1e12, uploadKeyQuotaBytes: 1e12,
      now: () => new Date(CLOCK),
    });
    base = new URL(sandbox.url);
    agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const url = sandbox.url;
    const api = client(url);
    const admin = client(url, { key: TEST_SECRET_KEY });
    const verifier = { 'dvc-verifier': citizen.phone };

    const dossier = (input: Record<string, unknown> = {}) => submitDossier(url, input).then((d) => d.code);
    const withFees = () => submitDossier(url, { serviceCode: '1.004222' }).then((d) => d.code);
    // Text that is valid yet hostile: whatever renders it later (answers, PDFs, pages) must cope.
    const hostileName = `Nguyễn <script>alert(1)</script> 🇻🇳 \u202Eabc ${'\uD800'} ﷺ e\u0301 '; DROP TABLE dossiers; --`;
    const hostileText = `{field} {{7*7}} \${7*7} <img src=x onerror=alert(1)> \u0000 ${'\uDFFF'} ../../etc/passwd 🇻🇳👨‍👩‍👧`;
    const hostileApplicant = { ...citizen, fullName: hostileName, address: hostileText };
    const [read, withdraw, supplement, payable, paid] = [await dossier(), await dossier(), await dossier(), await withFees(), await withFees()];
    const moved = await dossier({ applicant: hostileApplicant, note: hostileText });
    // A finished dossier to rate (not accepted at reception), beside one still in progress.
    const rated = await dossier();
    assert.equal((await moveDossier(url, rated, 'denied')).status, 200);
    for (const status of ['new', 'waiting']) assert.equal((await moveDossier(url, supplement, status)).status, 200);
    const payment = await api.post('/v1/payments', { dossierCode: payable, returnUrl: 'http://localhost:5173/done' }, { verifier: citizen.phone });
    const settled = await api.post('/v1/payments', { dossierCode: paid, returnUrl: 'http://localhost:5173/done' }, { verifier: citizen.phone });
    assert.equal(settled.status, 201, JSON.stringify(settled.body));
    const gateway = await fetch(`${url}/gateway/checkout/${settled.body.id}`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'succeed', bank: 'VCB' }),
    });
    assert.equal(gateway.status, 303);
    const petition = {
      fullName: citizen.fullName, phone: citizen.phone, category: 'procedure', title: 'Hướng dẫn chưa rõ',
      content: 'Thủ tục đăng ký khai sinh cần hướng dẫn rõ ràng hơn về giấy tờ.', serviceCode: '1.001193', publishable: true,
    };
    const petitions = [await api.post('/v1/petitions', petition), await api.post('/v1/petitions', petition)].map((p) => p.body.code as string);
    const hooks: string[] = [];
    for (let i = 0; i < 3; i++) hooks.push((await admin.post('/v1/webhooks', { url: `https://example.invalid/hook-${i}`, events: ['payment.succeeded'] })).body.id);
    const rotated: string[] = [];
    for (let i = 0; i < 2; i++) rotated.push((await admin.post('/v1/webhooks', { url: `https://example.invalid/rotate-${i}`, events: ['payment.failed'] })).body.id);
    const attachment = await uploadFile(url);
    // Dossiers synced by a one-stop system: one to push again, three to remove.
    const syncedBatch = await admin.post('/v1/sync/dossiers', { records: [1, 2, 3, 4].map((n) => syncRecord(n)) });
    assert.deepEqual(syncedBatch.body.counts, { created: 4, updated: 0, unchanged: 0, stale: 0, invalid: 0 });
    const syncedCodes = syncedBatch.body.results.map((r: { code: string }) => r.code) as string[];

    // A citizen logged in through the test identity provider, with two drafts kept on the account.
    accountToken = (await loginAs(url)).tokens.access_token;
    const draftName = '1.001193';
    const spareDraft = 'nhap-phu';
    for (const key of [draftName, spareDraft]) {
      const put = await fetch(`${url}/v1/me/drafts/${key}`, {
        method: 'PUT', body: JSON.stringify({ data: { step: 'applicant' } }),
        headers: { authorization: `Bearer ${accountToken}`, 'content-type': 'application/json' },
      });
      assert.equal(put.status, 200, `draft ${key}: ${await put.text()}`);
    }

    // Real page cursors, and forged ones that keep the real search's hash.
    const cursors: string[] = [];
    const page = await api.get('/v1/services?q=khai%20sinh&limit=5');
    if (page.body.nextCursor) {
      const real = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8')) as Record<string, unknown>;
      const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      cursors.push(page.body.nextCursor, ...[2 ** 53 - 1, 2 ** 53, -1, 0.5, '5', null, 1e308].map((o) => forge({ ...real, o })), forge([real]), forge(null), forge('x'));
    }
    const answered = await api.get('/v1/petitions?limit=1');
    if (answered.body.nextCursor) cursors.push(answered.body.nextCursor);
    cursors.push(...[['2026-03-02T03:00:00.000Z', "' OR 1=1 --"], ['Mon', 'PAKN'], ['0', ''], [1, 2]].map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')));
    KNOWN.cursor = cursors;

    const communeLevel = (await api.get('/v1/services?level=commune&province=38&onlineLevel=full&limit=1')).body.data[0]?.code as string;
    const commune = (await api.get('/v1/provinces/38/communes')).body.data[0].code as string;
    const submission = await validSubmission(url);

    Object.assign(bases, {
      health: {},
      'services.search': { query: { q: 'khai sinh', limit: '5' } },
      'services.get': { params: { code: ['1.001193', '1.004222'] } },
      'services.sectors': {},
      'services.agencies': { query: { province: '38' } },
      'places.communes': { params: { code: ['38', '01'] } },
      'attachments.upload': {},
      'dossiers.submit': {
        body: submission,
        variants: [
          { ...submission, delivery: { method: 'post', address: { province: '38', commune, street: '12 Lê Lợi' } } },
          await validSubmission(url, communeLevel),
          { ...submission, applicant: hostileApplicant, note: hostileText },
        ],
      },
      'dossiers.get': { params: { code: [read, withdraw, payable] }, headers: verifier },
      'dossiers.events': { params: { code: [read, withdraw] }, headers: verifier },
      'dossiers.supplement': {
        params: { code: [supplement] }, headers: verifier,
        body: { note: 'Bổ sung bản sao giấy tờ', attachmentIds: [attachment] }, variants: [{ note: hostileText }],
      },
      'dossiers.withdraw': { params: { code: [withdraw] }, headers: verifier, body: { reason: 'Nộp nhầm thủ tục' }, variants: [{ reason: hostileText }] },
      'dossiers.rating': { params: { code: [rated, read] }, headers: verifier },
      'dossiers.rate': {
        params: { code: [rated, read] }, headers: verifier, body: { overall: 4, criteria: { onTime: 5 }, comment: 'Cán bộ hướng dẫn tận tình.' },
        variants: [{ overall: 1, comment: hostileText }, { overall: 5, criteria: { staffAttitude: 3, publicity: 2 } }],
      },
      'payments.create': {
        headers: verifier, body: { dossierCode: payable, returnUrl: 'http://localhost:5173/done' },
        variants: [{ dossierCode: payable, returnUrl: 'https://example.invalid/trả-về?x=<b>&y=%00#🇻🇳' }],
      },
      'payments.get': { params: { id: [payment.body.id, settled.body.id] } },
      'payments.receipt': { params: { id: [settled.body.id, payment.body.id] } },
      'petitions.submit': {
        body: petition,
        variants: [{ ...petition, fullName: hostileName, title: hostileName.slice(0, 60), content: hostileText, email: 'mai@example.vn', address: hostileText }],
      },
      'petitions.list': { query: { limit: '5' } },
      'petitions.categories': {},
      'petitions.get': { params: { code: petitions }, headers: verifier },
      'stats.get': { query: { province: '38' } },
      'webhooks.create': {
        body: { url: 'https://example.invalid/hook', events: ['dossier.status_changed'] },
        variants: [{ url: 'https://example.invalid/<x>?a=%00&b=é#frag', events: ['dossier.status_changed', 'payment.succeeded', 'payment.failed', 'payment.cancelled', 'payment.expired', 'petition.answered'] }],
      },
      'webhooks.list': {},
      'webhooks.delete': { params: { id: hooks } },
      'webhooks.rotateSecret': { params: { id: rotated } },
      'admin.dossiers.status': { params: { code: [moved] }, body: { status: 'new', note: 'Đã tiếp nhận' }, variants: [{}, { status: 'waiting', note: hostileText }] },
      'account.get': {},
      'account.dossiers': { query: { limit: '5' } },
      'account.rating': { params: { code: [rated, read] } },
      'account.rate': {
        params: { code: [rated, read] }, body: { overall: 3 }, variants: [{ overall: 2, criteria: { contacts: 1 }, comment: hostileText }],
      },
      'account.drafts.list': {},
      'account.drafts.get': { params: { key: [draftName] } },
      'account.drafts.put': {
        params: { key: [draftName, '1.004222'] }, body: { serviceCode: '1.001193', data: { step: 'applicant', fullName: citizen.fullName } },
        variants: [{ data: { note: hostileText, nested: { deep: [hostileName] } } }],
      },
      'account.drafts.delete': { params: { key: [spareDraft, draftName] } },
      'sync.push': {
        body: { records: [syncRecord(5), syncRecord(1, { version: 2 })] },
        variants: [
          { records: [syncRecord(6, { code: 'G09.20-20260609-0092637', agencyCode: 'G09.20' })] },
          { records: [syncRecord(7, { summary: hostileText, applicant: { ...citizen, fullName: hostileName, address: hostileText } }), { code: hostileText }, null, []] },
        ],
      },
      'sync.delete': { params: { code: syncedCodes.slice(1) }, query: { version: '1' } },
      'sync.changes': { query: { limit: '5' } },
      'admin.petitions.answer': {
        params: { code: [petitions[1]!] }, body: { text: 'Cơ quan đã tiếp thu và sẽ sửa hướng dẫn.' },
        variants: [{ text: hostileText, officer: hostileName, agency: hostileName }],
      },
    } satisfies Record<RouteId, Base>);
  });

  after(async () => {
    agent?.destroy();
    await sandbox?.close();
    const routesFuzzed = [...sentPerRoute.keys()].length;
    // One line the lead can quote: how many requests, over how many routes, and the result.
    console.log(
      `fuzz: ${total} requests over ${routesFuzzed} routes (${RUNS} runs per route, seed ${SEED}): `
      + (failed ? 'FAILED (see above)' : 'no 5xx; every refusal a problem document, every validation_failed with field errors'),
    );
  });

  for (const id of routeIds) {
    if (ONLY && !ONLY.includes(id)) continue;
    const route = routes[id] as RouteDef;
    test(`${id}: ${route.method} ${route.path}`, async () => {
      try {
        const routeBase = bases[id] ?? {};
        const counts = new Map<number, number>();
        statusesPerRoute.set(id, counts);
        const run = async (r: FuzzRequest) => {
          const answer = await send(base, r);
          total++;
          sentPerRoute.set(id, (sentPerRoute.get(id) ?? 0) + 1);
          counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
          const wrong = problemsOf(r, answer);
          if (wrong.length) {
            throw new Error(`${wrong.join('; ')}\n— request —\n${describeRequest(r)}\n— answer —\n${answer.status} ${cut(answer.text, 600)}`);
          }
          return answer;
        };

        // The real call first: the values the fuzzer starts from are right (the handler does real work).
        if (!ONLY || !PATH) {
          const plain = await run(printable({
            route: id, what: ['the real call'], method: route.method,
            target: route.path.replace(/\{(\w+)\}/g, (_, n: string) => pct(routeBase.params?.[n]?.[0] ?? 'x'))
              + (routeBase.query ? `?${new URLSearchParams(routeBase.query)}` : ''),
            headers: {
              authorization: `Bearer ${route.scope === 'account' ? accountToken
                : route.scope === 'admin' || route.scope === 'webhooks' || route.scope === 'sync' ? TEST_SECRET_KEY : TEST_PUBLISHABLE_KEY}`,
              ...routeBase.headers,
              ...(route.body === 'multipart' ? { 'content-type': 'multipart/form-data; boundary=dvcFuzzBoundary' } : route.body ? { 'content-type': 'application/json' } : {}),
            },
            ...(route.body === 'multipart'
              ? { body: multipart('dvcFuzzBoundary', [{ name: 'file', filename: 'giay-to.pdf', type: 'application/pdf', content: minimalPdf() }]) }
              : route.body ? { body: bytesOf(JSON.stringify(routeBase.body ?? {})) } : {}),
          }));
          assert.equal(plain.status, route.status === 204 ? 204 : route.status, `the real call of ${id} answers ${plain.status}: ${cut(plain.text)}`);
        }

        await fc.assert(fc.asyncProperty(requestArb(id, routeBase), async (r) => {
          await run(r);
        }), { numRuns: RUNS, seed: SEED, includeErrorInReport: true, ...(PATH ? { path: PATH } : {}) });
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  }

  test('nothing is left running once the fuzzer hangs up: no live event stream listens on', async () => {
    agent.destroy();
    // Not a timing assertion: the server learns of each closed connection a moment later; ten
    // seconds is far beyond that, and a leak never drains.
    const listeners = () => sandbox.sandbox.events.listenerCount('dossier.status');
    for (let waited = 0; listeners() > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    assert.equal(listeners(), 0, 'event streams still listening for status changes');
  });

  test('every route of the table was fuzzed, and answered both successes and refusals', (t) => {
    if (ONLY) return t.skip('DVC_FUZZ_ROUTE picks some routes');
    const missing = routeIds.filter((id) => !sentPerRoute.get(id));
    assert.deepEqual(missing, [], 'routes of the table no request reached');
    for (const id of routeIds) {
      const statuses = [...(statusesPerRoute.get(id) ?? new Map()).keys()];
      assert.ok(statuses.some((s) => s < 300), `${id}: no success`);
      assert.ok(statuses.some((s) => s >= 400), `${id}: no refusal`);
    }
    for (const id of routeIds) {
      const statuses = [...statusesPerRoute.get(id)!].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
      t.diagnostic(`${id}: ${statuses}`);
    }
    t.diagnostic(`${total} requests over ${routeIds.length} routes (${RUNS} runs per route, seed ${SEED})`);
  });
});
