import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { RunningSandbox } from '../index.js';
import {
  citizen, client, minimalPdf, moveDossier, submitDossier, testSandbox, TEST_SECRET_KEY, validSubmission,
} from '../test-support.js';

describe('dossiers', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
  });
  after(() => sandbox.close());

  test('a submitted dossier gets a code in the portal format and starts as newly registered', async () => {
    const dossier = await submitDossier(sandbox.url);
    assert.match(dossier.code, /^[0-9A-Z.]+-\d{6}-\d{4}$/);
    assert.equal(dossier.status, 'receiving');
    assert.equal(dossier.service.code, '1.001193.H38', 'a local procedure goes to the chosen province');
    assert.equal(dossier.applicant.fullName, citizen.fullName);
    assert.equal(dossier.history.length, 1);
    assert.equal('phone' in dossier.applicant, false, 'the phone is not echoed back');
    // Same agency, same day: the same prefix, but the number is drawn, so one code does not tell the next.
    const others = await Promise.all(Array.from({ length: 4 }, () => submitDossier(sandbox.url)));
    const prefix = (code: string) => code.slice(0, code.lastIndexOf('-'));
    const serials = [dossier, ...others].map((d) => Number(d.code.slice(-4)));
    for (const other of others) assert.equal(prefix(other.code), prefix(dossier.code));
    assert.equal(new Set(serials).size, 5, 'codes are unique');
    assert.ok(serials.some((n, i) => i > 0 && n !== serials[i - 1]! + 1), `not a counter: ${serials.join(', ')}`);
  });

  test('replaying a submission with the same Idempotency-Key returns the same dossier', async () => {
    const body = await validSubmission(sandbox.url, '1.001193', { province: '01' });
    const first = await api.post('/v1/dossiers', body, { idempotencyKey: 'idem-dossier-0001' });
    const replay = await api.post('/v1/dossiers', body, { idempotencyKey: 'idem-dossier-0001' });
    assert.equal(first.status, 201);
    assert.equal(replay.status, 201);
    assert.equal(replay.body.code, first.body.code);
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    const other = await api.post('/v1/dossiers', { ...body, note: 'khác' }, { idempotencyKey: 'idem-dossier-0001' });
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  test('a national code of a local procedure without a province names the province field', async () => {
    const reply = await api.post('/v1/dossiers', { serviceCode: '1.001193', applicant: citizen });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.errors[0].path, 'province');
    assert.equal(reply.body.errors[0].code, 'province.required_for_local');
  });

  test('bad applicant data is refused field by field, in Vietnamese or English', async () => {
    const body = {
      serviceCode: '1.001193',
      province: '38',
      applicant: { type: 'citizen', fullName: ' ', idNumber: '999195012345', phone: '0123456789' },
    };
    const vi = await api.post('/v1/dossiers', body);
    assert.equal(vi.status, 400);
    assert.equal(vi.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(vi.body.code, 'validation_failed');
    const paths = vi.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['applicant.fullName', 'applicant.idNumber', 'applicant.phone']);
    const id = vi.body.errors.find((e: { path: string }) => e.path === 'applicant.idNumber');
    assert.equal(id.code, 'cccd.province');
    assert.match(id.message, /căn cước/);
    const en = await api.post('/v1/dossiers', body, { locale: 'en-GB,en;q=0.9' });
    const enId = en.body.errors.find((e: { path: string }) => e.path === 'applicant.idNumber');
    assert.match(enId.message, /citizen ID/);
    assert.equal(en.headers.get('content-language'), 'en');
  });

  test('unknown procedures, offline procedures and unknown attachments are refused clearly', async () => {
    const missing = await api.post('/v1/dossiers', { serviceCode: '9.999999', applicant: citizen });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'service_not_found');
    const noFile = await api.post('/v1/dossiers', {
      serviceCode: '1.001193', province: '38', applicant: citizen, attachmentIds: ['att_0000000000000000000000'],
    });
    assert.equal(noFile.status, 400);
    assert.equal(noFile.body.errors[0].path, 'attachmentIds.0');
  });

  test('lookup needs the phone the dossier was submitted with, in any common spelling', async () => {
    const dossier = await submitDossier(sandbox.url);
    const ok = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: '+84 912 345 678' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.code, dossier.code);
    const wrong = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: '0987654321' });
    assert.equal(wrong.status, 404);
    const unknown = await api.get(`/v1/dossiers/000.00.00.H38-200101-9999`, { verifier: citizen.phone });
    assert.deepEqual([wrong.body.code, wrong.body.detail], [unknown.body.code, unknown.body.detail], 'no hint whether the code exists');
    const none = await api.get(`/v1/dossiers/${dossier.code}`);
    assert.equal(none.status, 400);
    assert.equal(none.body.errors[0].path, 'dvc-verifier');
    const badCode = await api.get('/v1/dossiers/not-a-code', { verifier: citizen.phone });
    assert.equal(badCode.status, 400);
    assert.equal(badCode.body.errors[0].code, 'dossier_code.format');
  });

  test('the agency moves a dossier along the status machine; impossible moves are 409', async () => {
    const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
    assert.equal(dossier.fees.total, 10000, 'permanent residence registration online costs 10,000 VND');
    for (const [expected] of [['new'], ['processing'], ['paying']]) {
      const moved = await moveDossier(sandbox.url, dossier.code);
      assert.equal(moved.status, 200);
      assert.equal(moved.body.status, expected);
    }
    const received = await api.get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
    assert.ok(received.body.receivedAt);
    assert.ok(received.body.dueAt, 'the due date is set on reception');
    assert.ok(Date.parse(received.body.dueAt) > Date.parse(received.body.receivedAt));
    const stuck = await moveDossier(sandbox.url, dossier.code);
    assert.equal(stuck.status, 409, 'a dossier awaiting payment waits for the citizen');
    const jump = await moveDossier(sandbox.url, dossier.code, 'done');
    assert.equal(jump.status, 409);
    assert.equal(jump.body.code, 'invalid_transition');
    const publishable = await api.post(`/v1/admin/dossiers/${dossier.code}/status`, {});
    assert.equal(publishable.status, 403);
    assert.equal(publishable.body.code, 'forbidden_scope');
  });

  test('a requested supplement can be sent once, then the agency resumes', async () => {
    const dossier = await submitDossier(sandbox.url);
    await moveDossier(sandbox.url, dossier.code, 'new');
    const early = await api.post(`/v1/dossiers/${dossier.code}/supplement`, { note: 'Bổ sung' }, { verifier: citizen.phone });
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'supplement_not_requested');
    const asked = await moveDossier(sandbox.url, dossier.code, 'waiting', 'Thiếu bản sao giấy chứng sinh');
    assert.equal(asked.body.supplement.state, 'requested');
    assert.equal(asked.body.supplement.reason, 'Thiếu bản sao giấy chứng sinh');
    const form = new FormData();
    form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'giay-chung-sinh.pdf');
    const upload = await api.post('/v1/attachments', form);
    assert.equal(upload.status, 201);
    const sent = await api.post(
      `/v1/dossiers/${dossier.code}/supplement`,
      { note: 'Đã bổ sung giấy chứng sinh', attachmentIds: [upload.body.id] },
      { verifier: citizen.phone },
    );
    assert.equal(sent.status, 200);
    assert.equal(sent.body.supplement.state, 'sent');
    assert.equal(sent.body.attachments.length, dossier.attachments.length + 1);
    assert.deepEqual(
      sent.body.attachments.filter((a: { id: string }) => a.id === upload.body.id).map((a: { document: string | null }) => a.document),
      [null], 'a supplement file is outside the document slots',
    );
    const resumed = await moveDossier(sandbox.url, dossier.code);
    assert.equal(resumed.body.status, 'processing');
    assert.equal(resumed.body.supplement.state, 'completed');
  });

  test('a citizen can withdraw a dossier without a result, once', async () => {
    const dossier = await submitDossier(sandbox.url);
    const withdrawn = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Nộp nhầm thủ tục' }, { verifier: citizen.phone });
    assert.equal(withdrawn.status, 200);
    assert.equal(withdrawn.body.status, 'cancelled');
    assert.ok(withdrawn.body.completedAt);
    const again = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, { reason: 'Lần nữa' }, { verifier: citizen.phone });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'not_withdrawable');
    const noReason = await api.post(`/v1/dossiers/${dossier.code}/withdraw`, {}, { verifier: citizen.phone });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.errors[0].path, 'reason');
  });

  test('status changes stream as Server-Sent Events, resumable with Last-Event-ID', async () => {
    const dossier = await submitDossier(sandbox.url);
    const controller = new AbortController();
    const response = await fetch(`${sandbox.url}/v1/dossiers/${dossier.code}/events`, {
      headers: { authorization: 'Bearer pk_test_dvckit_local', 'dvc-verifier': citizen.phone },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextEvent = async (): Promise<{ id?: string; event?: string; data?: any }> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue;
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            const i = line.indexOf(':');
            fields[line.slice(0, i)] = line.slice(i + 1).trimStart();
          }
          return { id: fields.id, event: fields.event, data: fields.data ? JSON.parse(fields.data) : undefined };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    };
    assert.equal((await nextEvent()).event, 'ready');
    const first = await nextEvent();
    assert.equal(first.event, 'status');
    assert.equal(first.data.status, 'receiving');
    await moveDossier(sandbox.url, dossier.code, 'new');
    const second = await nextEvent();
    assert.equal(second.data.status, 'new');
    assert.equal(second.data.previousStatus, 'receiving');
    controller.abort();

    const resumed = await fetch(`${sandbox.url}/v1/dossiers/${dossier.code}/events`, {
      headers: { authorization: 'Bearer pk_test_dvckit_local', 'dvc-verifier': citizen.phone, 'last-event-id': second.id! },
    });
    await moveDossier(sandbox.url, dossier.code, 'cancelled');
    const text = await resumed.text(); // the stream ends after a final status
    assert.doesNotMatch(text, /"status":"new"/);
    assert.match(text, /"status":"cancelled"/);
  });
});

describe('dossier schedule', () => {
  test('statuses advance on the schedule and wait for the citizen when fees are due', async () => {
    let clock = new Date('2026-11-23T02:00:00Z');
    const sandbox = await testSandbox({ stepSeconds: 30, now: () => clock });
    try {
      const dossier = await submitDossier(sandbox.url, { serviceCode: '1.004222' });
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        clock = new Date(clock.getTime() + 31_000);
        await sandbox.tick();
        const now = await client(sandbox.url).get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
        seen.push(now.body.status);
      }
      assert.deepEqual(seen, ['new', 'processing', 'paying', 'paying', 'paying']);
    } finally {
      await sandbox.close();
    }
  });

  test('an unanswered supplement request stops processing after 7 working days', async () => {
    let clock = new Date('2026-11-23T02:00:00Z'); // a Monday
    const sandbox = await testSandbox({ now: () => clock });
    try {
      const dossier = await submitDossier(sandbox.url);
      await moveDossier(sandbox.url, dossier.code, 'new');
      await moveDossier(sandbox.url, dossier.code, 'waiting', 'Bổ sung tờ khai');
      clock = new Date('2026-12-01T02:00:00Z'); // 6 working days later
      await sandbox.tick();
      let now = await client(sandbox.url).get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
      assert.equal(now.body.status, 'waiting');
      clock = new Date('2026-12-03T02:00:00Z');
      await sandbox.tick();
      now = await client(sandbox.url).get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
      assert.equal(now.body.status, 'unresolved');
    } finally {
      await sandbox.close();
    }
  });
});

describe('attachments', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
  });
  after(() => sandbox.close());

  const upload = (bytes: Uint8Array, type: string, name = 'to-khai.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return api.post('/v1/attachments', form);
  };

  test('an upload is stored with its size and sha256', async () => {
    const bytes = minimalPdf();
    const reply = await upload(bytes, 'application/pdf', '../../etc/Tờ khai.pdf');
    assert.equal(reply.status, 201);
    assert.match(reply.body.id, /^att_/);
    assert.equal(reply.body.name, 'Tờ khai.pdf', 'folders are stripped from the name');
    assert.equal(reply.body.size, bytes.byteLength);
    const { createHash } = await import('node:crypto');
    assert.equal(reply.body.sha256, createHash('sha256').update(bytes).digest('hex'));
  });

  test('wrong types, disguised files, empty and oversized files are refused', async () => {
    const exe = await upload(new TextEncoder().encode('MZ\x90\x00'), 'application/x-msdownload', 'a.exe');
    assert.equal(exe.status, 415);
    assert.equal(exe.body.code, 'file_type_not_allowed');
    const disguised = await upload(new TextEncoder().encode('MZ\x90\x00 not a pdf'), 'application/pdf');
    assert.equal(disguised.status, 415);
    assert.equal(disguised.body.code, 'file_content_mismatch');
    const empty = await upload(new Uint8Array(), 'application/pdf');
    assert.equal(empty.status, 400);
    assert.equal(empty.body.code, 'file_empty');
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(minimalPdf());
    const tooBig = await upload(big, 'application/pdf');
    assert.equal(tooBig.status, 413);
    const noFile = new FormData();
    noFile.append('other', 'x');
    const missing = await api.post('/v1/attachments', noFile);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.code, 'file_missing');
    const json = await api.post('/v1/attachments', { file: 'x' });
    assert.equal(json.status, 415);
  });
});

describe('sandbox service behaviour', () => {
  test('a dossier survives a restart of the sandbox on the same data dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-'));
    try {
      const first = await testSandbox({ memory: false, dataDir });
      const form = new FormData();
      form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'a.pdf');
      const file = await client(first.url).post('/v1/attachments', form);
      const dossier = await submitDossier(first.url, { attachmentIds: [file.body.id] });
      await first.close();
      const second = await testSandbox({ memory: false, dataDir });
      try {
        const again = await client(second.url).get(`/v1/dossiers/${dossier.code}`, { verifier: citizen.phone });
        assert.equal(again.status, 200);
        assert.equal(again.body.attachments[0].sha256, file.body.sha256);
        const replay = await submitDossier(second.url);
        assert.notEqual(replay.code, dossier.code, 'the code counter continues after a restart');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('rate limits answer 429 with Retry-After', async () => {
    const sandbox = await testSandbox({ rateLimit: 3 });
    try {
      const api = client(sandbox.url);
      for (let i = 0; i < 3; i++) assert.equal((await api.get('/v1/sectors')).status, 200);
      const limited = await api.get('/v1/sectors');
      assert.equal(limited.status, 429);
      assert.equal(limited.body.code, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    } finally {
      await sandbox.close();
    }
  });

  test('injected faults answer 503 before handling, or cut the connection after it', async () => {
    const failing = await testSandbox({ faults: { errorRate: 1 } });
    try {
      const reply = await client(failing.url).get('/v1/sectors');
      assert.equal(reply.status, 503);
      assert.equal(reply.headers.get('retry-after'), '1');
      assert.equal((await client(failing.url).get('/v1/health')).status, 200, 'health is never faulted');
    } finally {
      await failing.close();
    }
    const cutting = await testSandbox();
    try {
      const body = await validSubmission(cutting.url, '1.001193');
      cutting.sandbox.options.faults.cutRate = 1;
      await assert.rejects(client(cutting.url).post('/v1/dossiers', body, { idempotencyKey: 'cut-0000001' }));
      cutting.sandbox.options.faults.cutRate = 0;
      const replay = await client(cutting.url).post('/v1/dossiers', body, { idempotencyKey: 'cut-0000001' });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotency-replayed'), 'true', 'the lost answer is recovered, not a second dossier');
    } finally {
      await cutting.close();
    }
  });

  test('keys: missing, unknown, secret from a browser and foreign origins are refused', async () => {
    const sandbox = await testSandbox();
    try {
      const missing = await client(sandbox.url, { key: null }).get('/v1/sectors');
      assert.equal(missing.status, 401);
      assert.equal(missing.body.code, 'unauthorized');
      const unknown = await client(sandbox.url, { key: 'pk_test_nope12345' }).get('/v1/sectors');
      assert.equal(unknown.body.code, 'invalid_key');
      const secretInBrowser = await client(sandbox.url, { key: TEST_SECRET_KEY, headers: { origin: 'http://localhost:3000' } }).get('/v1/sectors');
      assert.equal(secretInBrowser.status, 403);
      assert.equal(secretInBrowser.body.code, 'secret_key_in_browser');
      const foreign = await client(sandbox.url, { headers: { origin: 'https://evil.example' } }).get('/v1/sectors');
      assert.equal(foreign.status, 403);
      assert.equal(foreign.body.code, 'origin_not_allowed');
      assert.equal(foreign.headers.get('access-control-allow-origin'), null);
      const local = await client(sandbox.url, { headers: { origin: 'http://localhost:5173' } }).get('/v1/sectors');
      assert.equal(local.status, 200);
      assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      // Errors and idempotent replays are readable by the page too (else a browser sees a network error).
      const browser = client(sandbox.url, { headers: { origin: 'http://localhost:5173' } });
      const notFound = await browser.get('/v1/services/9.999999');
      assert.equal(notFound.status, 404);
      assert.equal(notFound.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      assert.match(notFound.headers.get('access-control-expose-headers') ?? '', /Request-Id/);
      const petition = { fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title: 'Góp ý', content: 'Đề nghị bổ sung hướng dẫn nộp hồ sơ trực tuyến.' };
      const first = await browser.post('/v1/petitions', petition, { idempotencyKey: 'cors-replay-0001' });
      const replay = await browser.post('/v1/petitions', petition, { idempotencyKey: 'cors-replay-0001' });
      assert.equal(first.status, 201);
      assert.equal(replay.headers.get('idempotency-replayed'), 'true');
      assert.equal(replay.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      const preflight = await fetch(`${sandbox.url}/v1/dossiers`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    } finally {
      await sandbox.close();
    }
  });

  test('unknown routes and methods, bad JSON and oversized bodies get problem documents', async () => {
    const sandbox = await testSandbox();
    try {
      const api = client(sandbox.url);
      const nowhere = await api.get('/v1/nowhere');
      assert.equal(nowhere.status, 404);
      assert.equal(nowhere.body.code, 'route_not_found');
      const method = await api.delete('/v1/dossiers');
      assert.equal(method.status, 405);
      assert.equal(method.headers.get('allow'), 'POST');
      const badJson = await api.post('/v1/dossiers', '{"serviceCode": ');
      assert.equal(badJson.status, 400);
      assert.equal(badJson.body.code, 'invalid_json');
      const text = await api.post('/v1/dossiers', 'x', { headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
      const huge = await api.post('/v1/dossiers', JSON.stringify({ note: 'x'.repeat(1024 * 1024 + 10) }));
      assert.equal(huge.status, 413);
    } finally {
      await sandbox.close();
    }
  });
});
