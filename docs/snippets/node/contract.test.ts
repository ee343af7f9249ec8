// The snippets of the contract guide (docs/contract.md): the schemas and validators the SDK and the
// sandbox share, the route table, the generated OpenAPI document and the problem documents on the wire.
// The snippets run when the module loads (an `import` only stands at the top level); the tests below
// check that they give what the guide says. Imports are hoisted, so each snippet shows its own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { dossier as dossierSchema, type FieldError } from '@dvc-kit/contract';
import { validSubmission } from '@dvc-kit/sandbox/testing';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 });
after(() => sandbox.close());
const baseUrl = sandbox.url;

const shown: FieldError[] = [];
const showErrors = (errors: FieldError[]) => shown.push(...errors);
const formValues = {
  serviceCode: '1.001193',
  applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0123 456 789' },
};

// #region check
import { check, dossierSubmitInput } from '@dvc-kit/contract';

const result = check(dossierSubmitInput, formValues, 'vi');
if (!result.ok) showErrors(result.errors); // [{ path: 'applicant.phone', code: 'phone.prefix', message: 'Đầu số 012 …' }]
// #endregion check

// #region validators
import { checkCitizenId, checkMobile, checkTaxCode } from '@dvc-kit/contract';

const id = checkCitizenId('038 195 012 345');
// { ok: true, value: '038195012345', info: { birthPlace: 'Thanh Hóa', sex: 'female', birthYear: 1995, … } }
const branch = checkTaxCode('0100109106-001');
// { ok: true, value: '0100109106-001', info: { kind: 'branch', base: '0100109106', branch: '001' } }
const typo = checkTaxCode('0100109107');
// { ok: false, code: 'mst.checksum', … }: the check digit is wrong
const phone = checkMobile('+84 912 345 678');
// { ok: true, value: '0912345678', info: { carrier: 'Vinaphone' } }
// #endregion validators

// #region routes
import { routes } from '@dvc-kit/contract';

const submit = routes['dossiers.submit'];
// { method: 'POST', path: '/v1/dossiers', scope: 'submit', idempotent: true,
//   body: dossierSubmitInput, status: 201, response: dossier }
// #endregion routes

// #region openapi
import { buildOpenApi } from '@dvc-kit/contract/openapi';

const openapi = buildOpenApi({ serverUrl: 'https://api.dichvucong.example' });
// #endregion openapi

describe('contract guide', () => {
  it('checks input with the schemas, in the reader\'s language', () => {
    assert.equal(result.ok, false);
    assert.deepEqual(shown, [{ path: 'applicant.phone', code: 'phone.prefix', message: 'Đầu số 012 không phải đầu số di động của nhà mạng Việt Nam.' }]);
    const fixed = check(dossierSubmitInput, { ...formValues, applicant: { ...formValues.applicant, phone: '+84 912 345 678' } }, 'vi');
    assert.ok(fixed.ok);
    assert.equal(fixed.data.applicant.phone, '0912345678', 'parsing normalises');
    assert.deepEqual(fixed.data.attachmentIds, [], 'and fills defaults');
    const english = check(dossierSubmitInput, formValues, 'en');
    assert.equal(!english.ok && english.errors[0]?.message, '012 is not a Vietnamese mobile network prefix.');
  });

  it('checks Vietnamese identifiers', () => {
    assert.deepEqual(id, { ok: true, value: '038195012345', info: { birthPlaceCode: '038', birthPlace: 'Thanh Hóa', bornAbroad: false, sex: 'female', birthYear: 1995 } });
    assert.deepEqual(branch, { ok: true, value: '0100109106-001', info: { kind: 'branch', base: '0100109106', branch: '001' } });
    assert.equal(typo.ok, false);
    assert.equal(!typo.ok && typo.code, 'mst.checksum');
    assert.deepEqual(phone, { ok: true, value: '0912345678', info: { carrier: 'Vinaphone' } });
  });

  it('names every endpoint in one route table', () => {
    assert.equal(submit.method, 'POST');
    assert.equal(submit.path, '/v1/dossiers');
    assert.equal(submit.scope, 'submit');
    assert.equal(submit.idempotent, true);
    assert.equal(submit.body, dossierSubmitInput);
    assert.equal(submit.status, 201);
    assert.equal(submit.response, dossierSchema);
  });

  it('generates the OpenAPI document the sandbox serves', async () => {
    const document = openapi as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown> };
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.servers[0]?.url, 'https://api.dichvucong.example');
    assert.equal(Object.keys(document.paths).length, new Set(Object.values(routes).map((r) => r.path)).size, 'every path of the route table');
    const served = await (await fetch(`${baseUrl}/openapi.json`)).json();
    assert.deepEqual(served, buildOpenApi({ serverUrl: baseUrl }), 'GET /openapi.json is the generated document');
  });

  it('answers invalid input with a problem document naming each field', async () => {
    const response = await fetch(`${baseUrl}/v1/dossiers`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer pk_test_dvckit_local',
        'content-type': 'application/json',
        'accept-language': 'en',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        serviceCode: '1.001193',
        applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '999195012345', phone: '0123456789' },
      }),
    });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = await response.json();
    assert.equal(problem.requestId, response.headers.get('request-id'));
    const documented = JSON.parse(readFileSync(new URL('./problem.json', import.meta.url), 'utf8'));
    assert.deepEqual({ ...problem, requestId: documented.requestId }, documented, 'problem.json is what the API answers');
  });

  it('replays a repeated POST under the same Idempotency-Key and refuses another body under it', async () => {
    const key = crypto.randomUUID();
    const valid = await validSubmission(baseUrl, '1.001193'); // the form's answers and a file per required document
    const post = (mobile: string) => fetch(`${baseUrl}/v1/dossiers`, {
      method: 'POST',
      headers: { authorization: 'Bearer pk_test_dvckit_local', 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ ...valid, applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: mobile } }),
    });
    const first = await post('0912345678');
    const again = await post('0912345678');
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotency-replayed'), 'true');
    assert.equal((await again.json()).code, (await first.json()).code);
    const other = await post('0987654321');
    assert.equal(other.status, 409);
    assert.equal((await other.json()).code, 'idempotency_key_reused');
  });

  it('pages lists with a cursor', async () => {
    const page = await (await fetch(`${baseUrl}/v1/services?q=ket%20hon&limit=2`, { headers: { authorization: 'Bearer pk_test_dvckit_local' } })).json();
    assert.equal(page.data.length, 2);
    assert.equal(typeof page.nextCursor, 'string');
    assert.ok(page.total > 2);
    const next = await (await fetch(`${baseUrl}/v1/services?q=ket%20hon&limit=2&cursor=${encodeURIComponent(page.nextCursor)}`, { headers: { authorization: 'Bearer pk_test_dvckit_local' } })).json();
    assert.notEqual(next.data[0].code, page.data[0].code);
  });
});
