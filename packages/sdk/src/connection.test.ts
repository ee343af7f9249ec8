import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { connect } from './connection.js';
import { DvcValidationError } from './errors.js';
import { dossiers } from './resources/dossiers.js';
import { petitions } from './resources/petitions.js';
import { services } from './resources/services.js';
import { stats } from './resources/stats.js';
import { citizen, recordingFetch, rejection, TEST_PUBLISHABLE_KEY, validSubmission, withSandbox } from './test-support.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** What a bundler keeps of `contents` (the SDK's sources, minified as the size report does). */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', target: 'es2022',
    platform: 'browser', conditions: ['source', 'browser'], write: false, legalComments: 'none', logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

describe('resources on their own: connect() and one resource per entry', () => {
  const sb = withSandbox();

  it('a connection and one resource reach the portal over HTTP, with the same checks as createClient', async () => {
    const rec = recordingFetch();
    const connection = connect({ baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY, locale: 'en', fetch: rec.fetch });
    assert.equal(connection.locale, 'en');
    assert.equal(connection.baseUrl, `${sb.url}/`);
    const { data } = await services(connection).search({ q: 'dang ky khai sinh', limit: 1 });
    assert.equal(data[0]?.code, '1.001193');
    assert.equal(rec.requests[0]?.headers.get('authorization'), `Bearer ${TEST_PUBLISHABLE_KEY}`);
    assert.equal(rec.requests[0]?.headers.get('accept-language'), 'en');

    const submitted = await dossiers(connection).submit(await validSubmission(sb.url, '1.001193'));
    const read = await dossiers(connection).get(submitted.code, { verifier: citizen.phone });
    assert.equal(read.code, submitted.code);
    assert.ok((await stats(connection).get()).dossiers.received >= 1, 'this year\'s figures count it');

    const refused = await rejection(services(connection).search({ limit: 0 }));
    assert.ok(refused instanceof DvcValidationError, 'inputs are checked before sending');
    assert.equal(refused.fieldErrors[0]?.path, 'limit');
  });

  it('gives one instance of a resource per connection, and createClient shares its connection', () => {
    const client = sb.client();
    assert.equal(services(client.connection), client.services);
    assert.equal(petitions(client.connection), client.petitions);
    const other = connect({ baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY });
    assert.notEqual(services(other), client.services);
    assert.equal(services(other), services(other));
  });

  it('serves a connection of another copy of the SDK on the page (the CDN single file beside sdk.js)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-sdk-copy-'));
    try {
      const file = join(dir, 'copy.mjs');
      await writeFile(file, await bundle("export { connect } from '@dvc-kit/sdk/core'; export { services } from '@dvc-kit/sdk/services';"));
      const copy = (await import(pathToFileURL(file).href)) as { connect: typeof connect; services: typeof services };
      assert.notEqual(copy.services, services, 'a second copy');
      const theirs = copy.connect({ baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY });
      const { data } = await services(theirs).search({ q: 'dang ky khai sinh', limit: 1 });
      assert.equal(data[0]?.code, '1.001193', 'our resource over their connection');
      const ours = connect({ baseUrl: sb.url, key: TEST_PUBLISHABLE_KEY });
      assert.equal((await copy.services(ours).get('1.001193')).code, '1.001193', 'their resource over ours');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed address or key at once, and anything that is not a connection', () => {
    assert.throws(() => connect({ baseUrl: 'ftp://example', key: TEST_PUBLISHABLE_KEY }), DvcValidationError);
    assert.throws(() => connect({ baseUrl: sb.url, key: 'secret' }), DvcValidationError);
    assert.throws(() => services({ locale: 'vi', baseUrl: sb.url }), /connection made by connect\(\)/);
  });

  it('a bundle of one resource keeps only that resource\'s routes and schemas', async () => {
    const search = await bundle("export { connect } from '@dvc-kit/sdk/core'; export { services } from '@dvc-kit/sdk/services';");
    assert.ok(search.includes('/v1/services/{code}'), 'the services routes are in');
    for (const path of ['/v1/dossiers', '/v1/payments', '/v1/petitions', '/v1/stats', '/v1/me', '/v1/webhooks', '/v1/admin']) {
      assert.ok(!search.includes(path), `${path} stays out of a services-only bundle`);
    }
    const core = await bundle("export { connect } from '@dvc-kit/sdk/core';");
    assert.ok(!/\/v1\//.test(core), 'the core holds no route');
    const whole = await bundle("export { createClient } from '@dvc-kit/sdk';");
    for (const path of ['/v1/services', '/v1/dossiers', '/v1/payments', '/v1/petitions', '/v1/stats', '/v1/me/drafts/{key}']) {
      assert.ok(whole.includes(path), path);
    }
    const own = await bundle("export { connect } from '@dvc-kit/sdk/core'; export { account } from '@dvc-kit/sdk/account';");
    assert.ok(own.includes('/v1/me/dossiers'), 'the account routes are in');
    for (const path of ['/v1/services', '/v1/dossiers', '/v1/payments', '/v1/petitions']) assert.ok(!own.includes(path), `${path} stays out of an account-only bundle`);
  });
});
