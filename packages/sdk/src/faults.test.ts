// The acceptance test of the SDK's retries: with 20 % of requests failing (503 before handling, or
// the connection cut after handling), 200 submissions and 200 payments each land exactly once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Dossier, Payment } from '@dvc-kit/contract';
import { mapLimit, residenceRegistration, RETURN_URL } from './test-flows.js';
import { citizen, withSandbox } from './test-support.js';

const COUNT = 200;
const CONCURRENCY = 8;

describe('faults', () => {
  const sb = withSandbox({
    rateLimit: 100_000,
    faults: { errorRate: 0.1, cutRate: 0.1, delayRate: 0.05, delayMs: 100 },
  });

  test(`${COUNT} submissions and payments through 20 % faults each land exactly once`, { timeout: 90_000 }, async () => {
    // The documents are uploaded once, faults off (the helper's plain fetch does not retry); every
    // submission then attaches the same files.
    const faults = { ...sb.sandbox.sandbox.options.faults };
    Object.assign(sb.sandbox.sandbox.options.faults, { errorRate: 0, cutRate: 0, delayRate: 0 });
    const residence = await residenceRegistration(sb.url);
    Object.assign(sb.sandbox.sandbox.options.faults, faults);
    const stats = { attempts: 0, unavailable: 0, cut: 0, replayed: 0, otherErrors: 0 };
    const counting: typeof fetch = async (input, init) => {
      stats.attempts++;
      try {
        const response = await fetch(input, init);
        if (response.status === 503) stats.unavailable++;
        else if (response.status >= 400) stats.otherErrors++;
        if (response.headers.get('idempotency-replayed') === 'true') stats.replayed++;
        return response;
      } catch (error) {
        stats.cut++;
        throw error;
      }
    };
    const dvc = sb.client({ fetch: counting, timeout: 5_000, retry: { limit: 10, backoffLimit: 200 } });
    const run = randomUUID().slice(0, 8);
    const noteOf = (i: number) => `faults-${run}-${String(i).padStart(3, '0')}`;
    const started = performance.now();

    const results = await mapLimit(Array.from({ length: COUNT }, (_, i) => i), CONCURRENCY, async (i): Promise<[Dossier, Payment]> => {
      const dossier = await dvc.dossiers.submit({
        ...residence,
        applicant: { ...citizen, fullName: `Nguyễn Văn Thử ${i}` },
        note: noteOf(i),
      });
      const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: RETURN_URL, verifier: citizen.phone });
      return [dossier, payment];
    });
    const seconds = (performance.now() - started) / 1000;

    // Faults off: count from the database.
    Object.assign(sb.sandbox.sandbox.options.faults, { errorRate: 0, cutRate: 0, delayRate: 0 });
    const db = sb.sandbox.sandbox.db;
    const rows = db.prepare(
      `SELECT d.code, d.note, d.applicant,
         (SELECT COUNT(*) FROM payments p WHERE p.dossier_code = d.code) AS payments
       FROM dossiers d WHERE d.note LIKE ? ORDER BY d.note`,
    ).all(`faults-${run}-%`) as { code: string; note: string; applicant: string; payments: number }[];
    assert.equal(rows.length, COUNT, 'exactly one dossier per submission: none lost, no duplicates');
    assert.deepEqual(rows.map((r) => r.note), Array.from({ length: COUNT }, (_, i) => noteOf(i)));
    for (const [i, row] of rows.entries()) {
      assert.equal(JSON.parse(row.applicant).fullName, `Nguyễn Văn Thử ${i}`);
      assert.equal(row.payments, 1, `exactly one payment for ${row.note}`);
    }
    const payments = (db.prepare(
      `SELECT COUNT(*) AS n FROM payments WHERE dossier_code IN (SELECT code FROM dossiers WHERE note LIKE ?)`,
    ).get(`faults-${run}-%`) as { n: number }).n;
    assert.equal(payments, COUNT);

    // What the client was answered matches what was stored.
    assert.deepEqual(results.map(([d]) => d.code), rows.map((r) => r.code));
    assert.equal(new Set(results.map(([, p]) => p.id)).size, COUNT);
    for (const [dossier, payment] of results) {
      assert.equal(payment.dossierCode, dossier.code);
      assert.equal(payment.amount, 10_000);
    }
    // And an API read agrees, with the faults off.
    const sample = results[COUNT - 1]![0];
    const read = await dvc.dossiers.get(sample.code, { verifier: citizen.phone });
    assert.equal(read.code, sample.code);

    const requests = 2 * COUNT;
    console.log(
      `faults: ${requests} calls in ${seconds.toFixed(1)} s, ${stats.attempts} attempts ` +
      `(${stats.attempts - requests} retries): ${stats.unavailable} × 503, ${stats.cut} cut connections, ` +
      `${stats.replayed} replayed answers, ${stats.otherErrors} other errors`,
    );
    assert.ok(stats.unavailable > 0 && stats.cut > 0, 'faults were actually injected');
    assert.equal(stats.otherErrors, 0);
  });
});
