// Drives every route of the contract over HTTP: each answers its documented status on a good
// request, and every kind of bad input gets a 4xx problem document naming the field — never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { routes, type RouteId } from '@dvc-kit/contract';
import type { RunningSandbox } from './index.js';
import {
  citizen, client, loginAs, minimalPdf, moveDossier, submitDossier, syncRecord, testSandbox, TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, validSubmission,
  type Reply,
} from './test-support.js';

/** A logged-in citizen's access token, for the `account` routes (set before the tests run). */
let accessToken = '';
const keyFor = (id: RouteId) => {
  const scope = routes[id].scope;
  if (scope === 'account') return accessToken;
  return scope === 'admin' || scope === 'webhooks' || scope === 'sync' ? TEST_SECRET_KEY : TEST_PUBLISHABLE_KEY;
};

function assertProblem(reply: Reply, context: string) {
  assert.ok(reply.status >= 400 && reply.status < 500, `${context}: expected 4xx, got ${reply.status} ${JSON.stringify(reply.body)}`);
  assert.match(reply.headers.get('content-type') ?? '', /application\/problem\+json/, context);
  assert.equal(typeof reply.body.code, 'string', context);
  assert.equal(typeof reply.body.detail, 'string', context);
  assert.equal(reply.body.status, reply.status, context);
}

describe('every route answers as documented', () => {
  let sandbox: RunningSandbox;
  let fixtures: { dossier: string; finished: string; paidDossier: string; petition: string; payment: string; webhook: string; synced: string };
  before(async () => {
    sandbox = await testSandbox();
    const dossier = await submitDossier(sandbox.url);
    const paid = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    const finished = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, finished.code, 'denied');
    for (const status of ['new', 'processing', 'paying']) await moveDossier(sandbox.url, paid.code, status);
    const api = client(sandbox.url);
    const payment = await api.post('/v1/payments', { dossierCode: paid.code, returnUrl: 'http://localhost:3000/done' }, { verifier: citizen.phone });
    const petition = await api.post('/v1/petitions', {
      fullName: citizen.fullName, phone: citizen.phone, category: 'procedure', title: 'Hỏi về lệ phí',
      content: 'Xin hỏi lệ phí đăng ký thường trú trực tuyến là bao nhiêu?',
    });
    const webhook = await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/webhooks', {
      url: 'https://hooks.example.gov.vn/dvc', events: ['payment.succeeded'],
    });
    const synced = await client(sandbox.url, { key: TEST_SECRET_KEY }).post('/v1/sync/dossiers', { records: [syncRecord(1)] });
    assert.equal(synced.body.results[0].result, 'created', JSON.stringify(synced.body));
    fixtures = {
      dossier: dossier.code, finished: finished.code, paidDossier: paid.code, petition: petition.body.code, payment: payment.body.id, webhook: webhook.body.id,
      synced: synced.body.results[0].code,
    };
    accessToken = (await loginAs(sandbox.url)).tokens.access_token;
    await client(sandbox.url, { key: accessToken }).call('PUT', '/v1/me/drafts/1.001193', { data: { step: 1 } });
  });
  after(() => sandbox.close());

  // One good request per route; `satisfies` makes a new route without a case fail to compile.
  const good = {
    health: (api) => api.get('/v1/health'),
    'services.search': (api) => api.get('/v1/services?q=khai%20sinh&limit=5'),
    'services.get': (api) => api.get('/v1/services/1.001193'),
    'services.sectors': (api) => api.get('/v1/sectors'),
    'services.agencies': (api) => api.get('/v1/agencies?province=38'),
    'attachments.upload': (api) => {
      const form = new FormData();
      form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'a.pdf');
      return api.post('/v1/attachments', form);
    },
    'dossiers.submit': async (api) => api.post('/v1/dossiers', await validSubmission(api.url, '1.001193', { province: '01' })),
    'dossiers.get': (api, f) => api.get(`/v1/dossiers/${f.dossier}`, { verifier: citizen.phone }),
    'dossiers.events': async (_api, f, url) => {
      const controller = new AbortController();
      const response = await fetch(`${url}/v1/dossiers/${f.dossier}/events`, {
        headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}`, 'dvc-verifier': citizen.phone },
        signal: controller.signal,
      });
      controller.abort();
      return { status: response.status, headers: response.headers, body: null };
    },
    'dossiers.supplement': async (api, f, url) => {
      await moveDossier(url, f.dossier, 'new');
      await moveDossier(url, f.dossier, 'waiting', 'Bổ sung tờ khai');
      return api.post(`/v1/dossiers/${f.dossier}/supplement`, { note: 'Đã bổ sung' }, { verifier: citizen.phone });
    },
    'dossiers.withdraw': async (api) => {
      const d = await api.post('/v1/dossiers', await validSubmission(api.url, '1.001193', { province: '01' }));
      return api.post(`/v1/dossiers/${d.body.code}/withdraw`, { reason: 'Nộp nhầm' }, { verifier: citizen.phone });
    },
    'dossiers.rating': (api, f) => api.get(`/v1/dossiers/${f.dossier}/rating`, { verifier: citizen.phone }),
    'dossiers.rate': (api, f) => api.call('PUT', `/v1/dossiers/${f.finished}/rating`, { overall: 5 }, { verifier: citizen.phone }),
    'payments.create': (api, f) =>
      api.post('/v1/payments', { dossierCode: f.paidDossier, returnUrl: 'http://localhost:3000/done' }, { verifier: citizen.phone }),
    'payments.get': (api, f) => api.get(`/v1/payments/${f.payment}`),
    'payments.receipt': async (api, f, url) => {
      const checkout = await fetch(`${url}/gateway/checkout/${f.payment}`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=succeed&bank=VCB',
      });
      assert.equal(checkout.status, 303);
      return api.get(`/v1/payments/${f.payment}/receipt`);
    },
    'places.communes': (api) => api.get('/v1/provinces/46/communes'),
    'petitions.submit': (api) =>
      api.post('/v1/petitions', {
        fullName: 'Trần Văn Bình', phone: '0983123456', category: 'online_service', title: 'Góp ý',
        content: 'Đề nghị bổ sung hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi.',
      }),
    'petitions.list': (api) => api.get('/v1/petitions?limit=5'),
    'petitions.categories': (api) => api.get('/v1/petitions/categories'),
    'petitions.get': (api, f) => api.get(`/v1/petitions/${f.petition}`, { verifier: citizen.phone }),
    'stats.get': (api) => api.get('/v1/stats'),
    'webhooks.create': (api) => api.post('/v1/webhooks', { url: 'https://example.gov.vn/hooks/dvc', events: ['dossier.status_changed'] }),
    'webhooks.list': (api) => api.get('/v1/webhooks'),
    'webhooks.delete': (api, f) => api.delete(`/v1/webhooks/${f.webhook}`),
    'webhooks.rotateSecret': async (api) => {
      const hook = await api.post('/v1/webhooks', { url: 'https://example.gov.vn/hooks/rotate', events: ['payment.succeeded'] });
      return api.post(`/v1/webhooks/${hook.body.id}/rotate-secret`, {});
    },
    'admin.dossiers.status': async (api) => {
      const d = await client(api.url).post('/v1/dossiers', await validSubmission(api.url, '1.001193', { province: '01' }));
      return api.post(`/v1/admin/dossiers/${d.body.code}/status`, {});
    },
    'admin.petitions.answer': (api, f) => api.post(`/v1/admin/petitions/${f.petition}/answer`, { text: 'Lệ phí trực tuyến là 10.000 đồng.' }),
    'account.get': (api) => api.get('/v1/me'),
    'account.dossiers': (api) => api.get('/v1/me/dossiers?limit=5'),
    'account.rating': (api, f) => api.get(`/v1/me/dossiers/${f.dossier}/rating`),
    'account.rate': (api, f) => api.call('PUT', `/v1/me/dossiers/${f.finished}/rating`, { overall: 4, criteria: { onTime: 5 } }),
    'account.drafts.list': (api) => api.get('/v1/me/drafts'),
    'account.drafts.get': (api) => api.get('/v1/me/drafts/1.001193'),
    'account.drafts.put': (api) => api.call('PUT', '/v1/me/drafts/1.001193', { serviceCode: '1.001193', data: { step: 2 } }),
    'account.drafts.delete': (api) => api.delete('/v1/me/drafts/1.001193'),
    'sync.push': (api) => api.post('/v1/sync/dossiers', { records: [syncRecord(2), syncRecord(1, { version: 2 })] }),
    'sync.delete': (api, f) => api.delete(`/v1/sync/dossiers/${f.synced}`),
    'sync.changes': (api) => api.get('/v1/sync/changes?limit=5'),
  } satisfies Record<
    RouteId,
    (api: ReturnType<typeof client> & { url: string }, f: typeof fixtures, url: string) => Promise<Reply>
  >;

  for (const [id, run] of Object.entries(good) as [RouteId, (typeof good)[RouteId]][]) {
    test(`${id}: a good request answers ${routes[id].status}`, async () => {
      const api = Object.assign(client(sandbox.url, { key: keyFor(id) }), { url: sandbox.url });
      const reply = await (run as (a: typeof api, f: typeof fixtures, u: string) => Promise<Reply>)(api, fixtures, sandbox.url);
      assert.equal(reply.status, routes[id].status, JSON.stringify(reply.body));
    });
  }

  for (const [id, route] of Object.entries(routes) as [RouteId, (typeof routes)[RouteId]][]) {
    const api = () => client(sandbox.url, { key: keyFor(id) });
    const path = (overrides: Record<string, string> = {}) => {
      const fixture = route.path.includes('/dossiers/') ? fixtures.dossier
        : route.path.includes('/petitions/') ? fixtures.petition
        : route.path.includes('/payments/') ? fixtures.payment
        : route.path.includes('/webhooks/') ? fixtures.webhook
        : '1.001193';
      return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(overrides[name] ?? fixture));
    };
    const verified = 'headers' in route && route.headers && 'dvc-verifier' in route.headers.def.shape;
    const headers: Record<string, string> = verified ? { 'dvc-verifier': citizen.phone } : {};

    if ('params' in route && route.params) {
      test(`${id}: a malformed path parameter is a 400 naming it`, async () => {
        for (const name of Object.keys(route.params.def.shape)) {
          const reply = await api().call(route.method, path({ [name]: 'bad value!' }), 'body' in route && route.body ? {} : undefined, { headers });
          assertProblem(reply, id);
          if (reply.status === 400 && reply.body.errors) assert.ok(reply.body.errors.some((e: { path: string }) => e.path === name), `${id}: names ${name}`);
        }
      });
    }
    if ('query' in route && route.query) {
      test(`${id}: every malformed query parameter is a 400 naming it`, async () => {
        for (const name of Object.keys(route.query.def.shape)) {
          const reply = await api().call(route.method, `${path()}?${name}=${'x'.repeat(301)}`, undefined, { headers });
          assertProblem(reply, `${id} ${name}`);
          assert.ok(reply.body.errors.some((e: { path: string }) => e.path === name), `${id}: names ${name}`);
        }
      });
    }
    if (verified) {
      test(`${id}: a missing Dvc-Verifier is a 400 naming it`, async () => {
        const reply = await api().call(route.method, path(), 'body' in route && route.body ? {} : undefined);
        assertProblem(reply, id);
        assert.ok(reply.body.errors.some((e: { path: string }) => e.path === 'dvc-verifier'), id);
      });
    }
    if ('body' in route && route.body === 'multipart') {
      test(`${id}: a JSON body where a file is expected is a 415`, async () => {
        assertProblem(await api().call(route.method, path(), { file: 'x' }, { headers }), id);
      });
    } else if ('body' in route && route.body) {
      // Every field but those that take any JSON object (a draft's data).
      const fields = (route.body as { def: { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> } }).def.shape;
      const shape = Object.keys(fields).filter((k) => !fields[k]!.safeParse({ __: [[]] }).success);
      test(`${id}: wrong types in every body field are 400s naming each field`, async () => {
        const wrong = Object.fromEntries(shape.map((k) => [k, { __: [[]] }]));
        const reply = await api().call(route.method, path(), wrong, { headers });
        assertProblem(reply, id);
        for (const k of shape) assert.ok(reply.body.errors.some((e: { path: string }) => e.path === k || e.path.startsWith(`${k}.`)), `${id}: names ${k}`);
      });
      test(`${id}: a body that is not an object, not JSON, or not declared JSON is a 4xx`, async () => {
        assertProblem(await api().call(route.method, path(), [], { headers }), `${id} array`);
        assertProblem(await api().call(route.method, path(), '{', { headers }), `${id} broken JSON`);
        assertProblem(await api().call(route.method, path(), 'a=b', { headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } }), `${id} form`);
      });
    }
  }
});
