import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiateLocale } from './messages/index.js';
import { messages } from './messages/index.js';
import { routes } from './routes.js';

test('route ids are unique per method and path, and path parameters have schemas', () => {
  const seen = new Set<string>();
  for (const [id, r] of Object.entries(routes)) {
    const key = `${r.method} ${r.path}`;
    assert.ok(!seen.has(key), `${id} duplicates ${key}`);
    seen.add(key);
    const names = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const shape = 'params' in r && r.params ? Object.keys(r.params.def.shape) : [];
    assert.deepEqual(shape.sort(), names.sort(), `${id}: params schema matches the path`);
  }
});

test('every POST that creates or changes something honours Idempotency-Key', () => {
  for (const [id, r] of Object.entries(routes)) {
    if (r.method === 'POST' && !('body' in r && r.body === 'multipart')) assert.equal('idempotent' in r && r.idempotent, true, id);
  }
});

test('Vietnamese and English messages cover the same keys, and none is empty', () => {
  assert.deepEqual(Object.keys(messages.en).sort(), Object.keys(messages.vi).sort());
  for (const locale of ['vi', 'en'] as const) {
    for (const [key, text] of Object.entries(messages[locale])) assert.ok(text.trim().length > 5, `${locale} ${key}`);
  }
});

test('Accept-Language picks Vietnamese first and English when preferred', () => {
  assert.equal(negotiateLocale(undefined), 'vi');
  assert.equal(negotiateLocale('en-US,en;q=0.9'), 'en');
  assert.equal(negotiateLocale('fr-FR, en;q=0.5, vi;q=0.8'), 'vi');
  assert.equal(negotiateLocale('fr'), 'vi');
  assert.equal(negotiateLocale('en;q=0, vi;q=0.1'), 'vi');
});
