// The test identity provider of the sandbox guide (docs/sandbox.md "The test identity provider"): the
// key file's oidcClients become relying parties, and a logged-in citizen's access token reads /v1/me.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { loadOidcClients, startSandbox } from '@dvc-kit/sandbox';
import { loginAs } from '@dvc-kit/sandbox/testing';

const file = fileURLToPath(new URL('./sandbox-oidc-clients.json', import.meta.url));
const sandbox = await startSandbox({
  port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, oidcClients: loadOidcClients(file, undefined),
});
after(() => sandbox.close());

describe('the test identity provider', () => {
  it('takes the relying parties of the key file', async () => {
    const authorize = new URL(`${sandbox.url}/oidc/auth`);
    for (const [name, value] of Object.entries({
      client_id: 'thanhhoa-portal', response_type: 'code', scope: 'openid profile',
      redirect_uri: 'https://dichvucong.thanhhoa.gov.vn/auth/callback',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256',
      state: 'state-from-the-portal-0001', nonce: 'nonce-from-the-portal-0001',
    })) authorize.searchParams.set(name, value);
    const response = await fetch(authorize, { redirect: 'manual' });
    assert.equal(response.status, 303, 'to the persona page');
    assert.match(response.headers.get('location') ?? '', /\/oidc\/interaction\//);
  });

  it('lets the portal API read the logged-in account', async () => {
    const accessToken = (await loginAs(sandbox.url, 'test-citizen-level2')).tokens.access_token;
    // #region me
    const response = await fetch(`${sandbox.url}/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    const me = await response.json();
    // → { sub: 'test-citizen-level2', type: 'citizen', identityLevel: 2, name: 'Nguyễn Thị Mai',
    //     idNumber: '038195012345', birthDate: '1995-03-08', phone: '0912345678', … }
    // #endregion me
    assert.deepEqual([me.identityLevel, me.name, me.idNumber], [2, 'Nguyễn Thị Mai', '038195012345']);
  });
});
