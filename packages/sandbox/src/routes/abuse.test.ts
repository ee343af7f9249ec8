// Issue 16, findings 1–3, replayed over HTTP: one client spending a province's key, wrong keys never
// limited, a limiter that forgets once it tracks many clients, and dossier codes walked with a known
// phone number. Each failed before the budgets of http/limits.ts and passes now.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { RunningSandbox } from '../index.js';
import { citizen, submitDossier, testSandbox, TEST_PUBLISHABLE_KEY } from '../test-support.js';

interface From {
  /** The local address the connection comes from (any 127.x.y.z reaches the sandbox on loopback). */
  localAddress?: string;
  headers?: Record<string, string>;
}

/** A GET from a chosen local address, so one machine can play many clients. */
function get(base: string, path: string, from: From = {}): Promise<{ status: number; body: any; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, {
      localAddress: from.localAddress ?? '127.0.0.1',
      headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, ...from.headers },
      agent: false,
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : null, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const codes = (replies: { status: number; body: any }[]) => replies.map((r) => (r.status === 429 ? r.body.code : r.status));

describe('fair rate limits (issue 16)', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    // A still clock: every request falls in one window, whatever the machine's speed.
    sandbox = await testSandbox({ rateLimit: 20, failureLimits: { auth: { limit: 5, windowSeconds: 600 } }, now: () => new Date('2026-03-02T03:00:00Z') });
  });
  after(() => sandbox.close());

  test('one client spending the shared publishable key does not lock out a citizen elsewhere', async () => {
    const flood = [];
    for (let i = 0; i < 25; i++) flood.push(await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.11' }));
    assert.deepEqual(codes(flood).slice(18), [200, 200, 'rate_limited', 'rate_limited', 'rate_limited', 'rate_limited', 'rate_limited']);
    assert.ok(Number(flood.at(-1)!.headers['retry-after']) > 0);
    const citizenReply = await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.12' });
    assert.equal(citizenReply.status, 200, 'same key, another client');
  });

  test('wrong keys are limited per address; a forwarded-for header is not believed by default', async () => {
    const guesses = [];
    for (let i = 0; i < 7; i++) {
      guesses.push(await get(sandbox.url, '/v1/sectors', {
        localAddress: '127.0.0.21',
        headers: { authorization: `Bearer pk_guess_${i}xxxxxxxx`, 'x-forwarded-for': `198.51.100.${i}` },
      }));
    }
    assert.deepEqual(codes(guesses), [401, 401, 401, 401, 401, 'too_many_failed_auth', 'too_many_failed_auth']);
    assert.match(guesses[5]!.body.detail, /khoá API sai hoặc thiếu khoá/);
    const missing = await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.21', headers: { authorization: '' } });
    assert.equal(missing.status, 429, 'a missing key from that address too');
    const good = await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.21' });
    assert.equal(good.status, 429, 'the address is refused until the window ends, whatever key it tries');
    assert.equal((await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.22' })).status, 200, 'another address is not');
  });

  test('10,050 other clients do not turn a spent budget back to 200', async () => {
    for (let i = 0; i < 20; i++) await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.31' });
    assert.equal((await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.31' })).status, 429);
    const addresses = Array.from({ length: 10_050 }, (_, i) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    // 10,050 distinct clients, 8 at a time (the health route counts per address, no key needed).
    for (let i = 0; i < addresses.length; i += 8) {
      await Promise.all(addresses.slice(i, i + 8).map((a) => get(sandbox.url, '/v1/health', { localAddress: a })));
    }
    assert.equal((await get(sandbox.url, '/v1/sectors', { localAddress: '127.0.0.31' })).status, 429, 'still spent');
  });
});

describe('trusted proxies (issue 16)', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await testSandbox({ rateLimit: 3, trustProxy: ['127.0.0.1'], now: () => new Date('2026-03-02T03:00:00Z') });
  });
  after(() => sandbox.close());

  test('behind a trusted proxy each forwarded client has its own budget; a spoofed hop in front changes nothing', async () => {
    const via = (client: string, spoof?: string) =>
      get(sandbox.url, '/v1/sectors', { headers: { 'x-forwarded-for': spoof ? `${spoof}, ${client}` : client } });
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await via('203.0.113.5', `10.9.9.${i}`));
    assert.deepEqual(codes(first), [200, 200, 200, 'rate_limited'], 'the nearest untrusted hop is the client');
    assert.equal((await via('203.0.113.6')).status, 200);
    assert.equal((await via('2001:db8:1:2::1')).status, 200);
    for (let i = 2; i < 4; i++) await via(`2001:db8:1:2::${i}`);
    assert.equal((await via('2001:db8:1:2::99')).status, 429, 'an IPv6 client counts by its /64');
  });

  test('hops written with a port count as their address; a hop that names none counts as the proxy, not as one shared id', async () => {
    const via = (hop: string) => get(sandbox.url, '/v1/sectors', { headers: { 'x-forwarded-for': hop } });
    const ported = [];
    for (const port of [1111, 2222, 3333, 4444]) ported.push(await via(`198.51.100.7:${port}`));
    assert.deepEqual(codes(ported), [200, 200, 200, 'rate_limited'], 'one client whatever its port');
    assert.equal((await via('[2001:db8:9::5]:443')).status, 200, 'a bracketed IPv6 hop with a port');
    for (let i = 0; i < 3; i++) await via('unknown');
    assert.equal((await via('unknown')).status, 429, 'the nameless hops share the proxy’s budget');
    assert.equal((await via('198.51.100.8:80')).status, 200, 'and lock no one else out');
  });
});

describe('lookups cannot be walked (issue 16)', () => {
  let sandbox: RunningSandbox;
  // Each test starts on its own day (03:00 UTC, 10:00 in Vietnam), so no test waits on another's locks.
  let clock = new Date(0);
  before(async () => {
    sandbox = await testSandbox({ now: () => clock });
  });
  after(() => sandbox.close());

  const lookup = (code: string, phone: string, localAddress = '127.0.0.1') =>
    get(sandbox.url, `/v1/dossiers/${code}`, { localAddress, headers: { 'dvc-verifier': phone } });

  test('knowing the phone and the day: 200 guesses from many clients find none of 6 dossiers', async () => {
    clock = new Date('2026-03-02T03:00:00Z');
    const phone = '0987654321';
    const applicant = { ...citizen, phone };
    const mine: string[] = [];
    for (let i = 0; i < 6; i++) mine.push((await submitDossier(sandbox.url, { applicant })).code);
    const prefix = mine[0]!.slice(0, mine[0]!.lastIndexOf('-') + 1);
    assert.ok(mine.every((code) => code.startsWith(prefix)), 'same agency, same day');
    const found = [];
    const answers = new Map<string, number>();
    // The attacker walks the day's numbers from the first one, spreading over 20 addresses. (The test
    // steps over the real numbers, so that it shows the lock and not the luck of a draw; they are
    // tried at the end.)
    const walk = Array.from({ length: 9999 }, (_, i) => prefix + String(i + 1).padStart(4, '0')).filter((c) => !mine.includes(c)).slice(0, 194);
    for (const [n, guess] of [...walk, ...mine].entries()) {
      const reply = await lookup(guess, phone, `127.0.2.${(n % 20) + 1}`);
      const code = reply.status === 429 ? reply.body.code : String(reply.status);
      answers.set(code, (answers.get(code) ?? 0) + 1);
      if (reply.status === 200) found.push(reply.body.code);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(Object.fromEntries(answers), { 404: 10, verifier_locked: 190 }, 'ten wrong tries per phone number, then none');
    const locked = await lookup(mine[0]!, phone, '127.0.3.1');
    assert.equal(locked.status, 429, 'the owner too, until it reopens: the price of a lock an attacker cannot walk around');
    // Ten wrong numbers at 10:00 on 2 March: the day's count fades through the next day, reopening when
    // what is left of it leaves room for one (10 × 0.9 = 9): at 02:24 on 3 March, Vietnam time.
    assert.equal(locked.body.detail, 'Số điện thoại này tạm khoá tra cứu vì đã được dùng với mã sai 10 lần. Vui lòng thử lại lúc 02:24 03/03/2026 (giờ Việt Nam), hoặc liên hệ trực tiếp cơ quan tiếp nhận.');
    clock = new Date(clock.getTime() + 24 * 3600_000);
    assert.equal((await lookup(mine[0]!, phone, '127.0.3.1')).status, 200, 'reopened a day later');
  });

  test('a code is locked after 5 wrong phones, with the time it reopens, even for the right phone', async () => {
    clock = new Date('2026-03-04T03:00:00Z');
    const dossier = await submitDossier(sandbox.url);
    // The owner's tracker is already open on another address.
    assert.equal((await lookup(dossier.code, citizen.phone, '127.0.4.20')).status, 200);
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await lookup(dossier.code, `091234560${i}`, `127.0.4.${i + 1}`));
    assert.deepEqual(codes(tries), [404, 404, 404, 404, 404]);
    const locked = await lookup(dossier.code, citizen.phone, '127.0.4.9');
    assert.equal(locked.status, 429);
    assert.equal(locked.body.code, 'lookup_locked');
    assert.equal((await lookup(dossier.code, citizen.phone, '127.0.4.20')).status, 200, 'the client that found it before is not locked out');
    // Five wrong numbers at 10:00: the window ends at 10:15, and its count fades until 5 × 0.8 = 4 leaves
    // room for one, at 10:18 (1,080 s).
    assert.equal(locked.headers['retry-after'], '1080');
    assert.equal(locked.body.detail, `Mã ${dossier.code} tạm khoá tra cứu vì số điện thoại bị nhập sai 5 lần. Vui lòng thử lại lúc 10:18 04/03/2026 (giờ Việt Nam), hoặc liên hệ trực tiếp cơ quan tiếp nhận.`);
    const en = await get(sandbox.url, `/v1/dossiers/${dossier.code}`, {
      localAddress: '127.0.4.9', headers: { 'dvc-verifier': citizen.phone, 'accept-language': 'en' },
    });
    assert.equal(en.body.detail, `Lookups of ${dossier.code} are locked after 5 wrong phone numbers. Please try again at 10:18 on 4 Mar 2026 (Vietnam time), or contact the receiving agency directly.`);
    clock = new Date(clock.getTime() + 18 * 60_000 - 1000);
    assert.equal((await lookup(dossier.code, citizen.phone, '127.0.4.9')).status, 429, 'not a second early');
    clock = new Date(clock.getTime() + 1000);
    assert.equal((await lookup(dossier.code, citizen.phone, '127.0.4.9')).status, 200, 'reopened');
  });

  test('one client trying many codes is stopped after 10 wrong ones, and other clients are not', async () => {
    clock = new Date('2026-03-06T03:00:00Z');
    const dossier = await submitDossier(sandbox.url);
    const tries = [];
    for (let i = 0; i < 12; i++) tries.push(await lookup(`${dossier.code.slice(0, -4)}${String(9000 + i)}`, `09${String(10_000_000 + i)}`, '127.0.5.1'));
    assert.deepEqual(codes(tries).slice(8), [404, 404, 'too_many_failed_lookups', 'too_many_failed_lookups']);
    assert.match(tries[10]!.body.detail, /^Mã hoặc số điện thoại đã bị nhập sai 10 lần\. Vui lòng kiểm tra lại giấy tiếp nhận và thử lại lúc/);
    assert.equal((await lookup(dossier.code, citizen.phone, '127.0.5.2')).status, 200);
  });

  test('petitions are guarded the same way', async () => {
    clock = new Date('2026-03-08T03:00:00Z');
    const sent = await get(sandbox.url, '/v1/petitions?limit=1');
    assert.equal(sent.status, 200);
    const code = 'PAKN-260302-12345';
    const tries = [];
    for (let i = 0; i < 6; i++) {
      tries.push(await get(sandbox.url, `/v1/petitions/${code}`, { localAddress: `127.0.6.${i + 1}`, headers: { 'dvc-verifier': `091234561${i}` } }));
    }
    assert.deepEqual(codes(tries), [404, 404, 404, 404, 404, 'lookup_locked'], 'an unknown code locks like a real one: no existence oracle');
  });
});
