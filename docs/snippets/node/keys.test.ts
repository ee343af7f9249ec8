// The key file of the sandbox guide (docs/sandbox.md, `--keys sandbox-keys.json`) and the origin binding
// the security guide describes (docs/security.md): a publishable key works from the origins it is bound
// to, a secret key never from a browser; payments return only to the key's sites.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { loadKeys, startSandbox } from '@dvc-kit/sandbox';

const file = fileURLToPath(new URL('./sandbox-keys.json', import.meta.url));
const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, keys: loadKeys(file, undefined) });
after(() => sandbox.close());

/** GET /v1/services as a browser on `origin` would send it (no origin: a server). */
async function search(key: string, origin?: string) {
  const response = await fetch(`${sandbox.url}/v1/services?q=khai%20sinh&limit=1`, {
    headers: { authorization: `Bearer ${key}`, ...(origin ? { origin } : {}) },
  });
  const body = await response.json();
  return { status: response.status, code: body.code as string | undefined, cors: response.headers.get('access-control-allow-origin') };
}

describe('keys from a file', () => {
  it('binds a publishable key to its origins', async () => {
    assert.deepEqual(await search('pk_live_thanhhoa_portal', 'https://dichvucong.thanhhoa.gov.vn'),
      { status: 200, code: undefined, cors: 'https://dichvucong.thanhhoa.gov.vn' });
    assert.deepEqual(await search('pk_live_thanhhoa_portal', 'https://dichvucong.example.com'),
      { status: 403, code: 'origin_not_allowed', cors: null });
    const elsewhere = await search('pk_live_thanhhoa_portal', 'http://localhost:8787');
    assert.deepEqual([elsewhere.status, elsewhere.code], [403, 'origin_not_allowed'], 'the test key\'s origins are not this key\'s');
    // Without an Origin (a script on a server) the key works: binding keeps other sites' pages out,
    // it does not make a publishable key secret. Its scopes are what limit it.
    assert.equal((await search('pk_live_thanhhoa_portal')).status, 200);
  });

  it('refuses a secret key from any browser, and takes it from a server', async () => {
    const browser = await search('sk_live_thanhhoa_backend', 'https://dichvucong.thanhhoa.gov.vn');
    assert.deepEqual([browser.status, browser.code], [403, 'secret_key_in_browser']);
    assert.equal((await search('sk_live_thanhhoa_backend')).status, 200);
  });

  it('keeps webhooks and admin routes to secret keys', async () => {
    const response = await fetch(`${sandbox.url}/v1/webhooks`, { headers: { authorization: 'Bearer pk_live_thanhhoa_portal' } });
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'forbidden_scope');
  });

  it('sends payments back only to the key\'s sites: a publishable key\'s origins, a secret key\'s returnOrigins', async () => {
    /** What POST /v1/payments says about `returnUrl` (the dossier does not exist: past the URL, a 404). */
    const pay = async (key: string, returnUrl: string) => {
      const response = await fetch(`${sandbox.url}/v1/payments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'dvc-verifier': '0912345678' },
        body: JSON.stringify({ dossierCode: '000.00.38.H38-261207-0001', returnUrl }),
      });
      const body = await response.json();
      return body.errors?.[0]?.code ?? body.code;
    };
    for (const key of ['pk_live_thanhhoa_portal', 'sk_live_thanhhoa_backend']) {
      assert.equal(await pay(key, 'https://dichvucong.thanhhoa.gov.vn/thanh-toan'), 'dossier_not_found');
      assert.equal(await pay(key, 'https://dichvucong.example.com/thanh-toan'), 'return_url.origin');
    }
  });

  it('acts only for its own agencies', async () => {
    const move = (code: string) => fetch(`${sandbox.url}/v1/admin/dossiers/${code}/status`, {
      method: 'POST', headers: { authorization: 'Bearer sk_live_thanhhoa_backend', 'content-type': 'application/json' }, body: '{}',
    }).then(async (response) => [response.status, (await response.json()).code]);
    // Hà Nội's dossiers are not Thanh Hóa's to move: refused from the code alone, existing or not.
    assert.deepEqual(await move('000.00.00.H01-261207-0001'), [403, 'agency_not_allowed']);
    assert.deepEqual(await move('000.00.00.H38-261207-0001'), [404, 'dossier_not_found']);
  });

  it('keeps the test keys', async () => {
    assert.equal((await search('pk_test_dvckit_local', 'http://127.0.0.1:8787')).status, 200);
    assert.equal((await search('pk_unknown_key_12345')).code, 'invalid_key');
  });
});
