// What the fuzz suite (fuzz.test.ts) found, each replayed as one plain request: it failed before its
// fix and passes now, whatever seed or number of runs the fuzz suite is given.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { fieldMessages, type Locale } from '@dvc-kit/contract';
import type { RunningSandbox } from './index.js';
import { citizen, client, submitDossier, testSandbox, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY } from './test-support.js';

/** The contract's message for a field error's code, its placeholders matching anything. */
function isContractMessage(locale: Locale, code: string, message: string): boolean {
  const template = (fieldMessages[locale] as Record<string, string>)[code];
  if (template === undefined) return false;
  const pattern = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(message);
}

/** One request sent as written (no URL normalisation, unlike fetch), and its answer. */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }>((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, headers, method, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

function assertProblem(reply: { status: number; headers: http.IncomingHttpHeaders; body: any }, status: number, code: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.match(String(reply.headers['content-type']), /^application\/problem\+json/);
  assert.equal(reply.body?.status, status);
  assert.equal(reply.body?.code, code);
  for (const field of ['type', 'title', 'detail']) assert.ok(reply.body[field], `${code}: ${field}`);
  assert.doesNotMatch(reply.body.detail, /\{\w+\}/);
}

describe('fuzz findings', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await testSandbox();
  });
  after(() => sandbox.close());

  test('a field error says what the contract says for its code: an unreadable multipart form, a bad Idempotency-Key', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const api = client(sandbox.url, { key: TEST_SECRET_KEY, locale });
      const unreadable = await api.post('/v1/attachments', '', { headers: { 'content-type': 'multipart/form-data' } });
      const short = await api.post('/v1/webhooks', { url: 'https://example.invalid/hook', events: ['payment.succeeded'] }, { headers: { 'idempotency-key': 'short' } });
      const long = await api.post('/v1/webhooks', { url: 'https://example.invalid/hook', events: ['payment.succeeded'] }, { headers: { 'idempotency-key': 'k'.repeat(256) } });
      for (const reply of [unreadable, short, long]) {
        assert.equal(reply.status, 400, JSON.stringify(reply.body));
        assert.equal(reply.body.code, 'validation_failed');
        for (const error of reply.body.errors as { path: string; code: string; message: string }[]) {
          assert.ok(isContractMessage(locale, error.code, error.message), `${locale} ${error.path}: ${error.code} says ${JSON.stringify(error.message)}`);
        }
      }
      assert.deepEqual(short.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['idempotency-key:too_short']);
      assert.deepEqual(long.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`), ['idempotency-key:too_long']);
    }
  });

  test('a path the HTTP adapter cannot read (a backslash) is a 400 problem document, not an empty answer', async () => {
    for (const path of ['/v1/services/a\\b', '/v1/dossiers/x\\..\\y']) {
      assertProblem(await raw(sandbox.url, path, { authorization: `Bearer ${TEST_SECRET_KEY}` }), 400, 'bad_request');
    }
    const fine = await raw(sandbox.url, '/v1/health');
    assert.equal(fine.status, 200, 'the server still answers');
  });

  test("bytes Node's HTTP parser refuses (a raw non-ASCII byte in the path, headers over 16 kB) get a problem document too", async () => {
    const key = { authorization: `Bearer ${TEST_SECRET_KEY}` };
    assertProblem(await raw(sandbox.url, '/v1/services/\u00e9', key), 400, 'bad_request');
    const long = await raw(sandbox.url, `/v1/services?q=${'a'.repeat(17_000)}`, key);
    assertProblem(long, 431, 'headers_too_large');
    assert.match(long.body.detail, /16 kB/);
    assert.equal(long.headers.connection, 'close');
    // The answer to a HEAD request has no body, refused or not (a client would misread the bytes).
    for (const path of ['/v1/services/\u00e9', `/v1/services?q=${'a'.repeat(17_000)}`]) {
      const head = await raw(sandbox.url, path, key, 'HEAD');
      assert.ok(head.status === 400 || head.status === 431, `HEAD ${path.slice(0, 20)}: ${head.status}`);
      assert.match(String(head.headers['content-type']), /^application\/problem\+json/);
    }
    const fine = await raw(sandbox.url, '/v1/health');
    assert.equal(fine.status, 200, 'the server still answers');
  });

  test('a HEAD request of the live event stream leaves nothing running: no listener, no loop left behind', async () => {
    const { code } = await submitDossier(sandbox.url);
    const listeners = () => sandbox.sandbox.events.listenerCount('dossier.status');
    const before = listeners();
    for (let i = 0; i < 5; i++) {
      const reply = await raw(sandbox.url, `/v1/dossiers/${code}/events`, { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, 'dvc-verifier': citizen.phone }, 'HEAD');
      assert.equal(reply.status, 200);
      assert.match(String(reply.headers['content-type']), /^text\/event-stream/);
    }
    assert.equal(listeners(), before, 'each HEAD left a stream listening for status changes');
  });
});
