// The snippets of the SDK guide (docs/sdk.md), run against an in-memory sandbox over real HTTP.
// The code between `#region` markers is what the guide shows; the assertions after it check that it
// does what the guide says.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import type { Dossier, DossierSubmitInput } from '@dvc-kit/sdk';
import { moveDossier, validSubmission } from '@dvc-kit/sandbox/testing';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 });
after(() => sandbox.close());
const baseUrl = sandbox.url;

// Imports are hoisted, so this one can stand in the guide's first snippet, beside its use.
// #region create-client
import { createClient, isDvcError } from '@dvc-kit/sdk';

const dvc = createClient({
  baseUrl,                     // the portal API; `npm start` serves the sandbox on http://127.0.0.1:8787
  key: 'pk_test_dvckit_local', // publishable key: safe in a page
  locale: 'vi',                // 'vi' (default) or 'en': messages and error texts
});
// #endregion create-client

const applicant = { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' } as const;

describe('SDK guide', () => {
  it('creates a client that reaches the portal', async () => {
    assert.equal(dvc.locale, 'vi');
    assert.equal(dvc.baseUrl, `${baseUrl}/`);
    const birth = await dvc.services.get('1.001193');
    assert.equal(birth.name, 'Đăng ký khai sinh');
  });

  it('reads lists: one page, every item, or at most a limit', async () => {
    // #region lists
    // One page: await the list.
    const page = await dvc.services.search({ q: 'dang ky khai sinh', limit: 5 });
    const [first] = page.data;                   // Đăng ký khai sinh (1.001193)
    const levels = page.facets.level;            // [{ value: 'commune', label: 'Cấp xã', count: … }, …]

    // Every item: for await follows the cursor, page after page.
    const titles: string[] = [];
    for await (const petition of dvc.petitions.list({ category: 'procedure' })) {
      titles.push(petition.title);
    }

    // At most `limit` items, over as many pages as that takes.
    const registrations = await dvc.services.search({ q: 'dang ky', limit: 20 }).toArray({ limit: 50 });
    // #endregion lists

    assert.equal(first?.code, '1.001193');
    assert.equal(first?.name, 'Đăng ký khai sinh');
    assert.equal(page.data.length, 5);
    assert.ok(page.total > 5 && typeof page.nextCursor === 'string');
    assert.equal(levels.find((f) => f.value === 'commune')?.label, 'Cấp xã');
    const { total } = await dvc.petitions.list({ category: 'procedure', limit: 1 });
    assert.ok(total > 10, `more than one page of petitions (${total})`);
    assert.equal(titles.length, total, 'for await read every petition');
    assert.equal(registrations.length, 50);
    assert.equal(new Set(registrations.map((s) => s.code)).size, 50, 'no duplicates across pages');
    await assert.rejects(dvc.services.search({ q: 'ket hon' }).toArray(undefined as never), (error) => isDvcError(error, 'validation'));
  });

  it('answers a repeated submit under the same idempotency key with the same dossier', async () => {
    // The procedure's form answered and a file in each required document slot (see the contract guide).
    const input: DossierSubmitInput = { ...(await validSubmission(baseUrl, '1.001193')), applicant };
    // #region idempotency
    // A key made when the draft is created and stored with it (sessionStorage, your database…).
    const draft = { key: crypto.randomUUID(), input };

    const dossier = await dvc.dossiers.submit(draft.input, { idempotencyKey: draft.key });
    // The answer was lost (the connection dropped, the page reloaded): submit again, same key.
    const again = await dvc.dossiers.submit(draft.input, { idempotencyKey: draft.key });
    // again.code === dossier.code: one dossier, not two.
    // #endregion idempotency

    assert.equal(again.code, dossier.code);
    assert.match(dossier.code, /^[0-9A-Z.]+-\d{6}-\d{4,}$/);
    const other = await dvc.dossiers.submit(input);
    assert.notEqual(other.code, dossier.code, 'without a key of your own, each call is a new submission');
  });

  it('switches on error types: field errors before sending, not found from the server', async () => {
    const { code } = await dvc.dossiers.submit({ ...(await validSubmission(baseUrl, '1.001193')), applicant });
    const seen: string[] = [];
    const show = (field: string, message: string) => seen.push(`${field}: ${message}`);
    const showMessage = (message: string) => seen.push(message);
    // #region errors
    async function lookUp(code: string, phone: string): Promise<Dossier | undefined> {
      try {
        return await dvc.dossiers.get(code, { verifier: phone });
      } catch (error) {
        if (isDvcError(error, 'validation')) {
          for (const field of error.fieldErrors) show(field.path, field.message); // nothing was sent
        } else if (isDvcError(error, 'not_found')) {
          showMessage(error.message); // a wrong code and a wrong phone look the same
        } else {
          throw error; // connection, timeout, server…: let the caller offer to try again
        }
      }
    }
    // #endregion errors
    assert.equal(await lookUp('HS-123', '0912345678'), undefined);
    assert.equal(await lookUp(code, '0987654321'), undefined);
    assert.equal((await lookUp(code, '0912345678'))?.code, code);
    assert.deepEqual(seen, [
      'code: Mã hồ sơ không đúng định dạng (ví dụ: 000.00.38.H38-251123-0001 hoặc G09.20-20260609-0092637).',
      'Không tìm thấy hồ sơ với mã và số điện thoại đã nhập.',
    ]);
    const offline = createClient({ baseUrl: 'http://127.0.0.1:9', key: 'pk_test_dvckit_local', retry: 0 });
    await assert.rejects(offline.dossiers.get(code, { verifier: '0912345678' }), (error) => isDvcError(error, 'connection'));
  });

  it('rates a finished dossier by code and phone, and reads the rating back', async () => {
    const { code } = await dvc.dossiers.submit(await validSubmission(baseUrl, '1.001193', { province: '38' }) as DossierSubmitInput);
    const early = await dvc.ratings.rate(code, { overall: 5 }, { verifier: '0912345678' }).catch((error: unknown) => error);
    assert.ok(isDvcError(early, 'conflict') && early.code === 'dossier_not_finished', 'not before the dossier is finished');
    await moveDossier(baseUrl, code, 'denied');
    // #region ratings
    const verifier = '0912345678';                    // the applicant's mobile number, as for dossiers.get
    const { ratable, rating } = await dvc.ratings.get(code, { verifier });
    if (ratable && !rating) {
      await dvc.ratings.rate(code, {
        overall: 4,                                   // 5 Rất hài lòng … 1 Rất không hài lòng (ratingLevelLabels)
        criteria: { onTime: 5, staffAttitude: 4 },    // each optional (ratingCriterionLabels)
        comment: 'Cán bộ hướng dẫn tận tình.',        // optional, at most 1,200 characters; never published
      }, { verifier });
    }
    // #endregion ratings
    const stored = await dvc.ratings.get(code, { verifier });
    assert.equal(stored.rating?.overall, 4);
    assert.deepEqual(stored.rating?.criteria, { onTime: 5, staffAttitude: 4 });
    assert.equal(stored.rating?.via, 'phone');
  });

  it('takes per-call options as the last argument', async () => {
    // #region request-options
    const controller = new AbortController();
    const birth = await dvc.services.get('1.001193', { signal: controller.signal, timeout: 5_000, retries: 0 });
    // #endregion request-options
    assert.equal(birth.code, '1.001193');
    controller.abort(new Error('stopped by the page'));
    await assert.rejects(dvc.services.get('1.001193', { signal: controller.signal }), /stopped by the page/);
  });
  it('reads the transparency figures of a province over a quarter', async () => {
    // #region stats
    const figures = await dvc.stats.get({ province: '46', period: '2025-Q4' });
    const { onTime, onlinePayments, satisfaction } = figures.measures;
    // Each measure: { numerator, denominator, rate }; rate null = no data, and its part scores 0.
    const [disclosure, progress, onlineService, digitisation, satisfactionGroup] = figures.index.groups;
    // { group: 'satisfaction', max: 18, points, measuredMax, parts: [{ part: 'satisfaction', max: 12, fullAt: 0.9, rate, points }, …] }
    // #endregion stats

    assert.deepEqual([figures.scope.kind, figures.scope.code, figures.period.end], ['province', '46', '2025-12-31T16:59:59.999Z']);
    assert.equal(onTime.rate, onTime.denominator ? Math.round((onTime.numerator / onTime.denominator) * 10_000) / 10_000 : null);
    assert.ok(onlinePayments.numerator <= onlinePayments.denominator);
    assert.deepEqual(satisfaction, { numerator: 0, denominator: 0, rate: null }, 'nobody has rated: no data');
    assert.deepEqual([disclosure?.max, progress?.max, onlineService?.max, digitisation?.max, satisfactionGroup?.max], [18, 20, 22, 22, 18]);
    assert.deepEqual(satisfactionGroup?.parts[0], { part: 'satisfaction', max: 12, fullAt: 0.9, rate: null, points: 0 });
  });
});
