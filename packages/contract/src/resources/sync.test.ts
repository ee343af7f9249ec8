import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check } from '../issues.js';
import { dossierStatusOfCode, syncDossierRecord, unknownSyncRecordFields, type SyncDossierRecordInput } from './sync.js';

const record: SyncDossierRecordInput = {
  code: 'G09.20-20260609-0092637',
  version: 3,
  serviceCode: '1.001193',
  agencyCode: 'G09.20',
  applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038 195 012 345', phone: '+84 912 345 678' },
  channel: 'in_person',
  submittedAt: '2026-06-09T08:30:00+07:00',
  receivedAt: '2026-06-09T08:30:00+07:00',
  statusCode: 4,
  progress: [{ at: '2026-06-09T09:00:00+07:00', officer: 'Lê Văn Bình', action: 'Tiếp nhận hồ sơ', statusCode: 2 }],
};

describe('syncDossierRecord', () => {
  test('normalises: the status of its code, identifiers, absent fields as null, dates in UTC', () => {
    const result = check(syncDossierRecord, record, 'vi');
    assert.ok(result.ok);
    const r = result.data;
    assert.equal(r.status, 'processing');
    assert.equal(r.progress[0]!.status, 'new');
    assert.deepEqual(r.applicant, { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678', email: null, address: null });
    assert.equal(r.submittedAt, '2026-06-09T01:30:00.000Z');
    assert.equal(r.dueAt, null);
    assert.equal(r.payment, null);
    assert.deepEqual([r.fees, r.supplements, r.results], [[], [], []]);
    // The same moment written in UTC, with the status by name: the same content.
    const same = check(syncDossierRecord, {
      ...record, submittedAt: '2026-06-09T01:30:00Z', receivedAt: '2026-06-09T01:30:00Z', statusCode: undefined, status: 'processing',
      progress: [{ ...record.progress![0]!, at: '2026-06-09T02:00:00Z' }],
    }, 'vi');
    assert.ok(same.ok);
    assert.deepEqual(same.data, r);
  });

  test('maps every status code 1–10 to its status', () => {
    assert.deepEqual(Object.keys(dossierStatusOfCode).map(Number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(dossierStatusOfCode[9], 'releasing');
  });

  test('names each wrong field: a status and a code that disagree, no status, a bad phone, CCCD and version', () => {
    const result = check(syncDossierRecord, {
      ...record, version: -1, status: 'done', statusCode: 4,
      applicant: { ...record.applicant, idNumber: '999195012345', phone: '0123456789' },
      progress: [{ at: '2026-06-09T09:00:00+07:00', officer: 'Lê Văn Bình', action: 'Tiếp nhận' }],
    }, 'en');
    assert.ok(!result.ok);
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]).sort(), [
      ['applicant.idNumber', 'cccd.province'],
      ['applicant.phone', 'phone.prefix'],
      ['progress.0.status', 'required'],
      ['statusCode', 'invalid_value'],
      ['version', 'too_small'],
    ]);
    // The code of the status given is the value accepted.
    assert.equal(result.errors.find((e) => e.path === 'statusCode')!.message, 'Status code is not valid; accepted values: 10.');
  });
});

describe('unknownSyncRecordFields', () => {
  test('names the fields a record does not have, at any depth, each once; none for a whole record', () => {
    assert.deepEqual(unknownSyncRecordFields(record), []);
    assert.deepEqual(unknownSyncRecordFields({
      ...record, recievedAt: '2026-06-09T08:30:00+07:00', applicant: { ...record.applicant, fone: '0912345678' },
      progress: [{ ...record.progress![0]!, offcer: 'A' }, { offcer: 'B', note: 'x' }], payment: { mode: 'desk', amount: 1, paid: true },
    }), ['applicant.fone', 'progress.*.offcer', 'recievedAt', 'payment.paid']);
    assert.deepEqual(unknownSyncRecordFields('not a record'), []);
  });
});

describe('field errors of a record', () => {
  test('a field of the wrong type is told apart from a missing one, in words', () => {
    const result = check(syncDossierRecord, { ...record, version: '3', serviceCode: undefined }, 'vi');
    assert.ok(!result.ok);
    assert.deepEqual(result.errors.map((e) => [e.path, e.code, e.message]), [
      ['version', 'invalid_type', 'Phiên bản không đúng kiểu dữ liệu (cần một số).'],
      ['serviceCode', 'required', 'Vui lòng nhập mã thủ tục.'],
    ]);
    const en = check(syncDossierRecord, { ...record, progress: 'none' }, 'en');
    assert.ok(!en.ok);
    assert.deepEqual(en.errors.map((e) => e.message), ['Progress has the wrong type (expected a list [ … ]).']);
  });
});
