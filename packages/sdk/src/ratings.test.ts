// dvc.ratings against a real sandbox: a finished dossier's rating by code and phone, read and given.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DvcConflictError, DvcNotFoundError, DvcValidationError } from './errors.js';
import { birthRegistration, moveThrough } from './test-flows.js';
import { citizen, recordingFetch, rejection, withSandbox } from './test-support.js';

const verifier = citizen.phone;
/** The happy path of a procedure without fees. */
const toDone = ['new', 'processing', 'releasing', 'done'];

describe('ratings.rate and ratings.get', () => {
  const sb = withSandbox();

  test('a returned dossier is rated, read back, and rated again (the new rating replaces it)', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, toDone);
    assert.deepEqual(await dvc.ratings.get(code, { verifier }), { code, status: 'done', ratable: true, rating: null });
    const first = await dvc.ratings.rate(code, { overall: 5, criteria: { onTime: 5, publicity: 4 }, comment: ' Nhanh, gọn. ' }, { verifier });
    assert.equal(first.rating?.overall, 5);
    assert.deepEqual(first.rating?.criteria, { onTime: 5, publicity: 4 });
    assert.equal(first.rating?.comment, 'Nhanh, gọn.');
    const second = await dvc.ratings.rate(code, { overall: 3 }, { verifier });
    assert.deepEqual(await dvc.ratings.get(code, { verifier }), second);
    assert.equal(second.rating?.comment, null);
    assert.deepEqual(second.rating?.criteria, {});
  });

  test('a dossier in progress is a conflict saying it is not finished; a wrong phone is not_found; bad levels fail before sending', async () => {
    const recorder = recordingFetch();
    const dvc = sb.client({ fetch: recorder.fetch });
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    const early = await rejection(dvc.ratings.rate(code, { overall: 4 }, { verifier }));
    assert.ok(early instanceof DvcConflictError);
    assert.equal(early.code, 'dossier_not_finished');
    assert.match(early.message, /chưa giải quyết xong/);
    assert.equal((await dvc.ratings.get(code, { verifier })).ratable, false);
    const stranger = await rejection(dvc.ratings.get(code, { verifier: '0987654321' }));
    assert.ok(stranger instanceof DvcNotFoundError);
    assert.equal(stranger.code, 'dossier_not_found');
    const sent = recorder.requests.length;
    const bad = await rejection(dvc.ratings.rate(code, { overall: 7, comment: 'x'.repeat(1201) }, { verifier }));
    assert.ok(bad instanceof DvcValidationError);
    assert.deepEqual(bad.fieldErrors.map((e) => e.path).sort(), ['comment', 'overall']);
    assert.equal(recorder.requests.length, sent, 'nothing was sent');
  });

  test('a rating whose answer was lost (a 503) is sent again: PUT is safe to repeat', async () => {
    const dvc = sb.client();
    const { code } = await dvc.dossiers.submit(await birthRegistration(sb.url));
    await moveThrough(sb.url, code, toDone);
    let failed = 0;
    const recorder = recordingFetch(async (input) => {
      const request = input as Request;
      if (request.method === 'PUT' && failed++ === 0) return new Response(null, { status: 503, headers: { 'retry-after': '0' } });
      return globalThis.fetch(request);
    });
    const rated = await sb.client({ fetch: recorder.fetch }).ratings.rate(code, { overall: 4 }, { verifier });
    assert.equal(rated.rating?.overall, 4);
    assert.deepEqual(recorder.requests.map((r) => r.method), ['PUT', 'PUT']);
  });
});
