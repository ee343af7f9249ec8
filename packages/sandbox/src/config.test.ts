import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKeys, originMatches, testKeys } from './config.js';
import { checkKeyClients } from './simulate/idp/clients.js';
import { actsFor, agencyMatches } from './store/tenants.js';
import { client, testSandbox } from './test-support.js';

test('origin patterns match ports and subdomains, and nothing else', () => {
  assert.ok(originMatches('http://localhost:5173', 'http://localhost:*'));
  assert.ok(originMatches('https://dichvucong.thanhhoa.gov.vn', 'https://*.thanhhoa.gov.vn'));
  assert.ok(!originMatches('https://evil.example/thanhhoa.gov.vn', 'https://*.thanhhoa.gov.vn'));
  assert.ok(!originMatches('http://localhost.evil.example', 'http://localhost:*'));
  assert.ok(!originMatches('https://localhost:443', 'http://localhost:*'));
});

test('keys from a file and from DVC_SANDBOX_KEYS join the test keys, with scopes by kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-keys-'));
  try {
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify({ keys: [{ key: 'pk_live_thanhhoa_portal', allowedOrigins: ['https://dichvucong.thanhhoa.gov.vn'] }] }));
    const keys = loadKeys(file, JSON.stringify({ keys: [{ key: 'sk_live_thanhhoa_backend', scopes: ['read', 'admin'] }] }));
    const portal = keys.find((k) => k.key === 'pk_live_thanhhoa_portal')!;
    assert.equal(portal.kind, 'publishable');
    assert.deepEqual([...portal.scopes], ['read', 'submit', 'pay', 'petition']);
    const backend = keys.find((k) => k.key === 'sk_live_thanhhoa_backend')!;
    assert.deepEqual([...backend.scopes], ['read', 'admin']);
    assert.throws(() => loadKeys(undefined, JSON.stringify({ keys: [{ key: 'secret' }] })), /pk_… or sk_…/);
    // A publishable key cannot be given secret scopes.
    const narrowed = loadKeys(undefined, JSON.stringify({ keys: [{ key: 'pk_try_admin_scope', scopes: ['admin', 'read'] }] }));
    assert.deepEqual([...narrowed.find((k) => k.key === 'pk_try_admin_scope')!.scopes], ['read']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a configured key works only from its own origins", async () => {
  const keys = loadKeys(undefined, JSON.stringify({ keys: [{ key: 'pk_live_thanhhoa_portal', allowedOrigins: ['https://dichvucong.thanhhoa.gov.vn'] }] }));
  const sandbox = await testSandbox({ keys });
  try {
    const own = await client(sandbox.url, { key: 'pk_live_thanhhoa_portal', headers: { origin: 'https://dichvucong.thanhhoa.gov.vn' } }).get('/v1/sectors');
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), 'https://dichvucong.thanhhoa.gov.vn');
    const other = await client(sandbox.url, { key: 'pk_live_thanhhoa_portal', headers: { origin: 'http://localhost:3000' } }).get('/v1/sectors');
    assert.equal(other.status, 403);
    assert.equal(other.body.code, 'origin_not_allowed');
  } finally {
    await sandbox.close();
  }
});

test('a key acts for the agencies its patterns match: the test keys for all, a file key without agencies for none', () => {
  assert.ok(agencyMatches('*.H38', '000.01.00.H38'));
  assert.ok(agencyMatches('000.00.00.H38', '000.00.00.H38'));
  assert.ok(!agencyMatches('*.H38', '000.01.00.H380'), 'a pattern matches the whole code');
  assert.ok(!agencyMatches('000.00.00.H38', '000x00x00xH38'), 'dots are dots');
  assert.ok(testKeys.every((k) => actsFor(k, '000.00.00.G01') && actsFor(k, '000.02.00.H01')));
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'sk_live_thanhhoa_backend', agencies: ['*.H38', '000.00.00.G02'] },
    { key: 'sk_live_no_agencies' },
  ] }));
  const backend = keys.find((k) => k.key === 'sk_live_thanhhoa_backend')!;
  assert.ok(actsFor(backend, '000.02.00.H38') && actsFor(backend, '000.00.00.G02'));
  assert.ok(!actsFor(backend, '000.02.00.H01'));
  const publicTest = keys.filter((k) => testKeys.some((t) => t.key === k.key));
  assert.equal(publicTest.length, 2, 'the test keys are still there, for reading');
  assert.ok(publicTest.every((k) => !actsFor(k, '000.02.00.H38')), 'but beside an operator’s keys they act for no agency');
  const none = keys.find((k) => k.key === 'sk_live_no_agencies')!;
  assert.deepEqual(none.agencies, []);
  assert.ok(!actsFor(none, '000.02.00.H38'));
  assert.throws(() => loadKeys(undefined, JSON.stringify({ keys: [{ key: 'sk_live_bad_agencies', agencies: '*' }] })), /agencies must be a list/);
  assert.throws(() => loadKeys(undefined, JSON.stringify({ keys: [{ key: 'sk_live_bad_agencies', agencies: ['H38 or anything'] }] })), /agencies/);
});

test('a secret key is bound to the OIDC clients its file names; the test secret key to the two test clients', () => {
  assert.deepEqual(testKeys.find((k) => k.kind === 'secret')!.oidcClients, ['dvc-kit-local', 'dvc-kit-local-jwt']);
  const keys = loadKeys(undefined, JSON.stringify({ keys: [
    { key: 'sk_live_thanhhoa_backend', oidcClients: ['thanhhoa-portal'] },
    { key: 'sk_live_unbound_backend' },
  ] }));
  assert.deepEqual(keys.find((k) => k.key === 'sk_live_thanhhoa_backend')!.oidcClients, ['thanhhoa-portal']);
  assert.deepEqual(keys.find((k) => k.key === 'sk_live_unbound_backend')!.oidcClients, [], 'none listed: none');
  assert.throws(() => loadKeys(undefined, JSON.stringify({ keys: [{ key: 'sk_live_bad_clients', oidcClients: 'thanhhoa-portal' }] })), /oidcClients must be a list/);
  assert.throws(() => loadKeys(undefined, JSON.stringify({ keys: [{ key: 'pk_live_thanhhoa_portal', oidcClients: ['thanhhoa-portal'] }] })),
    /only a secret key submits for an account/);
  const portal = { client_id: 'thanhhoa-portal', client_secret: 'secret-0123456789', redirect_uris: ['https://dichvucong.thanhhoa.gov.vn/auth/callback'] };
  checkKeyClients(keys, [portal]);
  assert.throws(() => checkKeyClients(keys, []), /oidcClients names "thanhhoa-portal", which is not a configured OIDC client/);
});
