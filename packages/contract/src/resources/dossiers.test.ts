import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check } from '../issues.js';
import { dossierCode, dossierCodePattern, dossierStatus, dossierStatusInfo } from './dossiers.js';

describe('dossier statuses', () => {
  test('carry the codes 1–10 and the Vietnamese labels exactly as the national portal names them', () => {
    // PORTAL-INTEGRATION.md, "Dossier status sync".
    const portal = [
      'Mới đăng ký', 'Được tiếp nhận', 'Không được tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ',
      'Yêu cầu thực hiện nghĩa vụ tài chính', 'Công dân yêu cầu rút hồ sơ', 'Dừng xử lý', 'Đã xử lý xong', 'Đã trả kết quả',
    ];
    assert.deepEqual(dossierStatus.options.map((s) => [dossierStatusInfo[s].number, dossierStatusInfo[s].label.vi]), portal.map((label, i) => [i + 1, label]));
  });
});

describe('dossier codes', () => {
  test('take both shapes of the one-stop systems: agency-yyMMdd-4+ digits and agency-yyyyMMdd-7 digits', () => {
    for (const code of ['000.00.01.H56-210531-0001', 'H56.14-240823-0001', '000.00.38.H38-251123-00012', 'G09.20-20260609-0092637']) {
      assert.match(code, dossierCodePattern);
      assert.deepEqual(check(dossierCode, code, 'vi'), { ok: true, data: code });
    }
  });

  test('refuse other shapes, with a message that shows both', () => {
    for (const code of ['HS-123', '000.00.01.H56-210531-001', 'G09.20-20260609-009263', 'G09.20-2026069-0092637', 'g09.20-20260609-0092637']) {
      const result = check(dossierCode, code, 'vi');
      assert.equal(result.ok, false, code);
      if (!result.ok) {
        assert.equal(result.errors[0]!.code, 'dossier_code.format');
        assert.match(result.errors[0]!.message, /000\.00\.38\.H38-251123-0001 hoặc G09\.20-20260609-0092637/);
      }
    }
  });
});
