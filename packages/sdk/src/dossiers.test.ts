// dvc.dossiers against a real sandbox: submit, get, supplement, withdraw and watch (SSE and polling).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dossierCodePattern, type DossierEvent } from '@dvc-kit/contract';
import { DvcConflictError, DvcNotFoundError, DvcValidationError, isDvcError } from './errors.js';
import {
  birthRegistration, collect, idsAndStatuses, moveThrough, pdfBytes, waitUntil,
} from './test-flows.js';
import { citizen, recordingFetch, rejection, withSandbox } from './test-support.js';

const verifier = citizen.phone;
/** The happy path of a procedure without fees. */
const toDone = ['new', 'processing', 'releasing', 'done'];

describe('dossiers.submit', () => {
  const sb = withSandbox();

  test('a valid birth registration gets a portal code and starts as receiving', async () => {
    const dossier = await sb.client().dossiers.submit(await birthRegistration(sb.url));
    assert.match(dossier.code, dossierCodePattern);
    assert.match(dossier.code, /^[0-9A-Z.]+-\d{6}-\d{4}$/);
    assert.equal(dossier.status, 'receiving');
    assert.equal(dossier.service.code, '1.001193.H38', 'the national code goes to the province chosen');
    assert.deepEqual(dossier.applicant, { type: 'citizen', fullName: citizen.fullName });
    assert.equal(dossier.history.length, 1);
    assert.equal(dossier.history[0]!.status, 'receiving');
    assert.equal(typeof dossier.history[0]!.id, 'number');
    assert.equal(dossier.fees.total, 0);
  });

  test('a wrong CCCD and phone fail before any request, field by field', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const bad = { ...(await birthRegistration(sb.url)), applicant: { ...citizen, idNumber: '999195012345', phone: '0123456789' } };
    const error = await rejection(dvc.dossiers.submit(bad));
    assert.ok(error instanceof DvcValidationError);
    assert.ok(isDvcError(error, 'validation'));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 0);
    const paths = error.fieldErrors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['applicant.idNumber', 'applicant.phone']);
    const id = error.fieldErrors.find((e) => e.path === 'applicant.idNumber')!;
    assert.equal(id.code, 'cccd.province');
    assert.match(id.message, /căn cước/i);
    assert.ok(error.message.includes(id.message), 'the message lists the field messages');
    assert.equal(recorder.requests.length, 0, 'nothing was sent');

    const en = await rejection(sb.client({ fetch: recorder.fetch, locale: 'en' }).dossiers.submit(bad));
    assert.match(en.fieldErrors.find((e: { path: string }) => e.path === 'applicant.idNumber').message, /citizen ID/);
    assert.equal(recorder.requests.length, 0);
  });

  test('the same idempotency key twice gives the same dossier; fresh calls make fresh dossiers', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const key = 'draft-0f1e2d3c4b5a';
    const birth = await birthRegistration(sb.url);
    const first = await dvc.dossiers.submit(birth, { idempotencyKey: key });
    const again = await dvc.dossiers.submit(birth, { idempotencyKey: key });
    assert.equal(again.code, first.code);
    assert.deepEqual(recorder.requests.map((r) => r.headers.get('idempotency-key')), [key, key]);

    const a = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const b = await dvc.dossiers.submit(await birthRegistration(sb.url));
    assert.notEqual(a.code, b.code, 'without a key each call gets its own');
    const [, , k1, k2] = recorder.requests.map((r) => r.headers.get('idempotency-key'));
    assert.ok(k1 && k2 && k1 !== k2);

    const reused = await rejection(dvc.dossiers.submit({ ...birth, note: 'khác' }, { idempotencyKey: key }));
    assert.ok(reused instanceof DvcConflictError);
    assert.equal(reused.code, 'idempotency_key_reused');
  });

  test('an unknown procedure is not_found', async () => {
    const error = await rejection(sb.client().dossiers.submit({ ...(await birthRegistration(sb.url)), serviceCode: '9.999999' }));
    assert.ok(error instanceof DvcNotFoundError);
    assert.equal(error.type, 'not_found');
    assert.equal(error.status, 404);
    assert.equal(error.code, 'service_not_found');
    assert.ok(error.requestId, 'the request id is kept');
  });
});

describe('dossiers.get', () => {
  const sb = withSandbox();

  test('the right verifier reads the dossier and its history, each entry with an id', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, ['new', 'processing']);
    const dossier = await dvc.dossiers.get(code, { verifier });
    assert.equal(dossier.code, code);
    assert.equal(dossier.status, 'processing');
    assert.deepEqual(dossier.history.map((h) => h.status), ['receiving', 'new', 'processing']);
    for (const entry of dossier.history) assert.ok(Number.isInteger(entry.id), 'each entry has an id');
    const ids = dossier.history.map((h) => h.id);
    assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(dossier.receivedAt && dossier.dueAt);
    const spelled = await dvc.dossiers.get(code, { verifier: '+84 912 345 678' });
    assert.equal(spelled.code, code, 'any common spelling of the phone works');
  });

  test('a wrong verifier is not_found; a missing one fails before sending', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const wrong = await rejection(dvc.dossiers.get(code, { verifier: '0987654321' }));
    assert.ok(wrong instanceof DvcNotFoundError);
    assert.equal(wrong.code, 'dossier_not_found');
    const sent = recorder.requests.length;
    const missing = await rejection(dvc.dossiers.get(code, {} as { verifier: string }));
    assert.ok(missing instanceof DvcValidationError);
    assert.deepEqual(missing.fieldErrors.map((e: { path: string }) => e.path), ['verifier']);
    const badCode = await rejection(dvc.dossiers.get('not-a-code', { verifier }));
    assert.ok(badCode instanceof DvcValidationError);
    assert.equal(badCode.fieldErrors[0]!.path, 'code');
    assert.equal(recorder.requests.length, sent, 'neither was sent');
  });
});

describe('dossiers.supplement', () => {
  const sb = withSandbox();

  test('a requested supplement is sent with a new attachment, then the agency resumes', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, ['new', 'waiting']);
    const waiting = await dvc.dossiers.get(code, { verifier });
    assert.equal(waiting.status, 'waiting');
    assert.equal(waiting.supplement?.state, 'requested');
    assert.equal(waiting.supplement?.reason, 'Bổ sung bản sao giấy chứng sinh');

    const file = await dvc.attachments.upload(new File([pdfBytes()], 'giay-chung-sinh.pdf', { type: 'application/pdf' }));
    const sent = await dvc.dossiers.supplement(code, { note: 'Đã bổ sung giấy chứng sinh', attachmentIds: [file.id] }, { verifier });
    assert.equal(sent.status, 'waiting');
    assert.equal(sent.supplement?.state, 'sent');
    assert.equal(sent.supplement?.note, 'Đã bổ sung giấy chứng sinh');
    assert.deepEqual(sent.attachments.filter((a) => a.document === null).map((a) => a.id), [file.id], 'the supplement file, outside the slots');
    assert.equal(sent.history.at(-1)!.action, 'Gửi bổ sung hồ sơ');

    const twice = await rejection(dvc.dossiers.supplement(code, { note: 'Lần nữa' }, { verifier }));
    assert.ok(twice instanceof DvcConflictError);
    assert.equal(twice.code, 'supplement_not_requested');

    await moveThrough(sb.url, code, ['processing']);
    const resumed = await dvc.dossiers.get(code, { verifier });
    assert.equal(resumed.supplement?.state, 'completed');
  });

  test('a supplement nobody asked for is a conflict; an empty note fails before sending', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, ['new']);
    const error = await rejection(dvc.dossiers.supplement(code, { note: 'Bổ sung' }, { verifier }));
    assert.ok(error instanceof DvcConflictError);
    assert.equal(error.type, 'conflict');
    assert.equal(error.status, 409);
    assert.equal(error.code, 'supplement_not_requested');
    const sent = recorder.requests.length;
    const empty = await rejection(dvc.dossiers.supplement(code, { note: ' ' }, { verifier }));
    assert.ok(empty instanceof DvcValidationError);
    assert.deepEqual(empty.fieldErrors.map((e: { path: string }) => e.path), ['note']);
    assert.equal(recorder.requests.length, sent);
  });
});

describe('dossiers.withdraw', () => {
  const sb = withSandbox();

  test('a dossier without a result is withdrawn once', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const withdrawn = await dvc.dossiers.withdraw(code, { reason: 'Nộp nhầm thủ tục' }, { verifier });
    assert.equal(withdrawn.status, 'cancelled');
    assert.ok(withdrawn.completedAt);
    assert.equal(withdrawn.history.at(-1)!.note, 'Nộp nhầm thủ tục');
    const again = await rejection(dvc.dossiers.withdraw(code, { reason: 'Lần nữa' }, { verifier }));
    assert.ok(again instanceof DvcConflictError);
    assert.equal(again.code, 'not_withdrawable');
  });

  test('a finished dossier is not withdrawable; a wrong verifier is not_found', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, toDone);
    const error = await rejection(dvc.dossiers.withdraw(code, { reason: 'Không cần nữa' }, { verifier }));
    assert.ok(error instanceof DvcConflictError);
    assert.equal(error.code, 'not_withdrawable');
    const stranger = await rejection(dvc.dossiers.withdraw(code, { reason: 'x' }, { verifier: '0987654321' }));
    assert.ok(stranger instanceof DvcNotFoundError);
    const noReason = await rejection(dvc.dossiers.withdraw(code, { reason: '' }, { verifier }));
    assert.ok(noReason instanceof DvcValidationError);
    assert.equal(noReason.fieldErrors[0]!.path, 'reason');
  });
});

describe('dossiers.watch', () => {
  const sb = withSandbox();
  const isEventsUrl = (url: string) => new URL(url).pathname.endsWith('/events');
  const isGetUrl = (url: string) => /^\/v1\/dossiers\/[^/]+$/.test(new URL(url).pathname);

  const assertSequence = (events: DossierEvent[], code: string, statuses: string[]) => {
    assert.deepEqual(events.map((e) => e.status), statuses);
    for (const [i, e] of events.entries()) {
      assert.equal(e.code, code);
      if (i > 0) assert.ok(e.id > events[i - 1]!.id, 'ids increase');
    }
  };

  test('SSE: events arrive in order with increasing ids, and the loop ends after done', { timeout: 15_000 }, async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const watch = collect(dvc.dossiers.watch(code, { verifier }));
    await waitUntil(() => watch.events.length === 1, 'the history so far');
    assert.equal(watch.events[0]!.status, 'receiving');
    assert.equal(watch.events[0]!.previousStatus, null);
    await moveThrough(sb.url, code, toDone, (status) => waitUntil(() => watch.events.at(-1)?.status === status, `event ${status}`));
    const events = await watch.done; // ends by itself after the final status
    assertSequence(events, code, ['receiving', ...toDone]);
    assert.deepEqual(events.slice(1).map((e) => e.previousStatus), ['receiving', ...toDone.slice(0, -1)]);
    const history = (await dvc.dossiers.get(code, { verifier })).history;
    assert.deepEqual(idsAndStatuses(events), idsAndStatuses(history), 'event ids are the history ids');
    const watched = recorder.requests.filter((r) => r.url.includes(code));
    assert.ok(watched.some((r) => isEventsUrl(r.url) && r.headers.get('accept') === 'text/event-stream'));
    assert.equal(watched.filter((r) => isGetUrl(r.url)).length, 1, 'no polling (only the get above)');
  });

  test('lastEventId resumes after the last event seen, without repeating', { timeout: 15_000 }, async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, ['new']);
    // A page shows two events, then is reloaded: the loop is left early.
    const seen: DossierEvent[] = [];
    for await (const event of dvc.dossiers.watch(code, { verifier })) {
      seen.push(event);
      if (seen.length === 2) break;
    }
    assert.deepEqual(seen.map((e) => e.status), ['receiving', 'new']);
    await moveThrough(sb.url, code, ['processing', 'releasing']);

    const before = recorder.requests.length;
    const resumed = collect(dvc.dossiers.watch(code, { verifier, lastEventId: seen[1]!.id }));
    await waitUntil(() => resumed.events.length === 2, 'the missed events');
    const resume = recorder.requests.slice(before).find((r) => isEventsUrl(r.url))!;
    assert.equal(resume.headers.get('last-event-id'), String(seen[1]!.id));
    await moveThrough(sb.url, code, ['done']);
    const rest = await resumed.done;
    assertSequence(rest, code, ['processing', 'releasing', 'done']);
    assert.ok(rest[0]!.id > seen[1]!.id);

    // Polling resumes the same way.
    const polled = collect(dvc.dossiers.watch(code, { verifier, lastEventId: rest[0]!.id, transport: 'poll', pollInterval: 20 }));
    assert.deepEqual(idsAndStatuses(await polled.done), idsAndStatuses(rest.slice(1)));
  });

  test("transport 'poll' gives the same statuses and ids as SSE", { timeout: 15_000 }, async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const sse = collect(dvc.dossiers.watch(code, { verifier, transport: 'sse' }));
    const poll = collect(dvc.dossiers.watch(code, { verifier, transport: 'poll', pollInterval: 20 }));
    const both = (status: string) =>
      waitUntil(() => sse.events.at(-1)?.status === status && poll.events.at(-1)?.status === status, `both at ${status}`);
    await both('receiving');
    // Through a supplement request: the supplement sent adds an entry without a change of status.
    await moveThrough(sb.url, code, ['new', 'waiting'], both);
    await dvc.dossiers.supplement(code, { note: 'Đã bổ sung' }, { verifier });
    await waitUntil(() => sse.events.length === 4 && poll.events.length === 4, 'the supplement entry');
    await moveThrough(sb.url, code, ['processing', 'releasing', 'done'], both);
    const [viaSse, viaPoll] = await Promise.all([sse.done, poll.done]);
    const statuses = ['receiving', 'new', 'waiting', 'waiting', 'processing', 'releasing', 'done'];
    assertSequence(viaSse, code, statuses);
    assertSequence(viaPoll, code, statuses);
    assert.deepEqual(idsAndStatuses(viaPoll), idsAndStatuses(viaSse));
    assert.deepEqual(viaPoll.map((e) => [e.at, e.note]), viaSse.map((e) => [e.at, e.note]));
    const polls = recorder.requests.filter((r) => isGetUrl(r.url) && r.url.includes(code));
    assert.ok(polls.length >= 2, 'the poll transport read the dossier');
  });

  test('poll and SSE events agree on previousStatus for entries that keep the status', { timeout: 15_000 }, async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, ['new', 'waiting']);
    await dvc.dossiers.supplement(code, { note: 'Đã bổ sung' }, { verifier });
    await moveThrough(sb.url, code, ['cancelled']);
    const viaSse = await collect(dvc.dossiers.watch(code, { verifier, transport: 'sse' })).done;
    const viaPoll = await collect(dvc.dossiers.watch(code, { verifier, transport: 'poll', pollInterval: 20 })).done;
    assert.equal(viaSse[3]!.status, 'waiting');
    assert.deepEqual(viaPoll, viaSse);
  });

  for (const [name, answer] of [
    ['a non-event-stream 200', () => new Response('{"buffered":true}', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['a 502', () => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })],
  ] as const) {
    test(`'auto' falls back to polling when the events endpoint answers ${name}`, { timeout: 15_000 }, async () => {
      let eventCalls = 0;
      const recorder = recordingFetch(async (input, init) => {
        const request = new Request(input, init);
        if (isEventsUrl(request.url)) {
          eventCalls++;
          return answer();
        }
        return fetch(request);
      });
      const dvc = sb.client({ fetch: recorder.fetch, retry: { limit: 1, backoffLimit: 50 } });
      const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
      const watch = collect(dvc.dossiers.watch(code, { verifier, pollInterval: 20 }));
      await waitUntil(() => watch.events.length === 1, 'the first polled event');
      await moveThrough(sb.url, code, toDone, (status) => waitUntil(() => watch.events.at(-1)?.status === status, `event ${status}`));
      const events = await watch.done;
      assertSequence(events, code, ['receiving', ...toDone]);
      assert.ok(eventCalls >= 1, 'the stream was tried first');
      assert.ok(recorder.requests.filter((r) => isGetUrl(r.url)).length >= 2, 'then the dossier was polled');

      // Forcing SSE instead surfaces the problem rather than polling.
      if (name === 'a non-event-stream 200') {
        const error = await rejection(collect(dvc.dossiers.watch(code, { verifier, transport: 'sse' })).done);
        assert.ok(isDvcError(error, 'response_validation'), String(error));
      }
    });
  }

  test('a stream cut mid-way reconnects with Last-Event-ID and repeats nothing', { timeout: 15_000 }, async () => {
    let streams = 0;
    const recorder = recordingFetch(async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (!isEventsUrl(request.url) || ++streams > 1 || !response.body) return response;
      // The first stream delivers the first status event, then the connection breaks.
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (/event: status[^]*?\n\n/.test(text)) {
            await reader.cancel();
            controller.error(new TypeError('terminated'));
            return;
          }
          const { value, done } = await reader.read();
          if (done) return controller.close();
          text += decoder.decode(value, { stream: true });
          controller.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    });
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const watch = collect(dvc.dossiers.watch(code, { verifier, transport: 'sse' }));
    await waitUntil(() => watch.events.length === 1 && streams === 2, 'the reconnection');
    await moveThrough(sb.url, code, toDone, (status) => waitUntil(() => watch.events.at(-1)?.status === status, `event ${status}`));
    const events = await watch.done;
    assertSequence(events, code, ['receiving', ...toDone]);
    const opened = recorder.requests.filter((r) => isEventsUrl(r.url));
    assert.equal(opened.length, 2);
    assert.equal(opened[0]!.headers.get('last-event-id'), null);
    assert.equal(opened[1]!.headers.get('last-event-id'), String(events[0]!.id));
  });

  test("a quiet stream stays open longer than the client's per-attempt timeout", { timeout: 15_000 }, async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch, timeout: 300 });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const watch = collect(dvc.dossiers.watch(code, { verifier, transport: 'sse' }));
    await waitUntil(() => watch.events.length === 1, 'the first event');
    await new Promise((resolve) => setTimeout(resolve, 900));
    await moveThrough(sb.url, code, toDone);
    assertSequence(await watch.done, code, ['receiving', ...toDone]);
    assert.equal(recorder.requests.filter((r) => isEventsUrl(r.url)).length, 1, 'one stream, not cut by the timeout');
  });

  for (const transport of ['sse', 'poll'] as const) {
    test(`aborting the signal ends the loop without throwing (${transport})`, { timeout: 15_000 }, async () => {
      const dvc = sb.client();
      const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
      const controller = new AbortController();
      const watch = collect(dvc.dossiers.watch(code, { verifier, transport, pollInterval: 50, signal: controller.signal }));
      await waitUntil(() => watch.events.length === 1, 'the first event');
      await moveThrough(sb.url, code, ['new'], () => waitUntil(() => watch.events.length === 2, 'event new'));
      controller.abort();
      const events = await watch.done; // resolves, does not reject
      assert.deepEqual(events.map((e) => e.status), ['receiving', 'new']);

      const aborted = new AbortController();
      aborted.abort();
      assert.deepEqual(await collect(dvc.dossiers.watch(code, { verifier, transport, signal: aborted.signal })).done, [],
        'an already aborted signal yields nothing');
    });
  }

  test('a wrong verifier makes watch throw not_found; a missing one fails validation', { timeout: 15_000 }, async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    for (const transport of ['auto', 'sse', 'poll'] as const) {
      const error = await rejection(collect(dvc.dossiers.watch(code, { verifier: '0987654321', transport })).done);
      assert.ok(error instanceof DvcNotFoundError, `${transport}: ${String(error)}`);
      assert.equal(error.code, 'dossier_not_found');
    }
    const missing = await rejection(collect(dvc.dossiers.watch(code, {} as { verifier: string })).done);
    assert.ok(missing instanceof DvcValidationError);
    assert.equal(missing.fieldErrors[0]!.path, 'verifier');
  });
});
