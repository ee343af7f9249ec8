// The SDK part of the languages guide (docs/languages.md): one client per language; the API's
// answers (labels, problem details, field errors) and the SDK's own messages follow it.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 });
after(() => sandbox.close());
const baseUrl = sandbox.url;

// #region sdk-locale
import { createClient, isDvcError } from '@dvc-kit/sdk';

const vi = createClient({ baseUrl, key: 'pk_test_dvckit_local' }); // Vietnamese unless told otherwise
const en = createClient({ baseUrl, key: 'pk_test_dvckit_local', locale: 'en' });
// #endregion sdk-locale

describe('languages: the SDK', () => {
  it('words errors from the server in the client\'s language', async () => {
    const messages: string[] = [];
    for (const dvc of [vi, en]) {
      // #region sdk-errors
      try {
        await dvc.services.get('9.999999');
      } catch (error) {
        if (!isDvcError(error, 'not_found')) throw error;
        messages.push(error.message);
        // vi: 'Không tìm thấy thủ tục hành chính có mã 9.999999.'
        // en: 'No administrative procedure has code 9.999999.'
      }
      // #endregion sdk-errors
    }
    assert.deepEqual(messages, ['Không tìm thấy thủ tục hành chính có mã 9.999999.', 'No administrative procedure has code 9.999999.']);
  });

  it('words field errors found before sending, and its own messages, in the client\'s language', async () => {
    const input = { serviceCode: '1.001193', applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0123456789' } } as const;
    const [viError, enError] = await Promise.all([vi, en].map((dvc) => dvc.dossiers.submit(input).catch((error: unknown) => error)));
    assert.ok(isDvcError(viError, 'validation') && isDvcError(enError, 'validation'));
    assert.equal(viError.fieldErrors[0]?.message, 'Đầu số 012 không phải đầu số di động của nhà mạng Việt Nam.');
    assert.equal(enError.fieldErrors[0]?.message, '012 is not a Vietnamese mobile network prefix.');
    assert.equal(viError.message, 'Thông tin chưa hợp lệ: Đầu số 012 không phải đầu số di động của nhà mạng Việt Nam.');
    assert.equal(enError.message, 'Some information is not valid: 012 is not a Vietnamese mobile network prefix.');

    const offline = (locale: 'vi' | 'en') => createClient({ baseUrl: 'http://127.0.0.1:9', key: 'pk_test_dvckit_local', locale, retry: 0 });
    const [viOffline, enOffline] = await Promise.all((['vi', 'en'] as const).map((l) => offline(l).services.get('1.001193').catch((e: unknown) => e)));
    assert.ok(isDvcError(viOffline, 'connection') && isDvcError(enOffline, 'connection'));
    assert.match(viOffline.message, /^Không kết nối được tới Cổng Dịch vụ công/);
    assert.match(enOffline.message, /^Could not reach the Public Service Portal/);
  });

  it('gets labels in the client\'s language', async () => {
    const [viPage, enPage] = await Promise.all([vi, en].map((dvc) => dvc.services.search({ q: 'dang ky', limit: 1 })));
    assert.equal(viPage!.facets.level.find((f) => f.value === 'commune')?.label, 'Cấp xã');
    assert.equal(enPage!.facets.level.find((f) => f.value === 'commune')?.label, 'Commune');
    assert.equal(vi.locale, 'vi');
    assert.equal(en.locale, 'en');
  });
});
