import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { choice, form, group, opt, req, section, when } from '../seed/forms/build.js';
import { communesOf } from '../store/places.js';
import { maskNumber, maskPhone, placeAndDate } from './pdf.js';
import { appointment } from './receipt.js';
import { addressText, formAnswers } from './result.js';

describe('what the dossier documents print', () => {
  test('phone and ID numbers keep only a few digits', () => {
    assert.equal(maskPhone('0912345678'), '09xx xxx 678');
    assert.equal(maskPhone('+84 912 345 678'), '84xxxxxx678', 'another spelling is still masked');
    assert.equal(maskPhone('123'), 'xxx');
    assert.equal(maskNumber('038195012345'), 'xxxxxxxxx345');
    assert.equal(maskNumber('0101234567-001'), 'xxxxxxxxxxx001');
    assert.equal(maskNumber('12'), 'xx');
  });

  test('dates are written in Việt Nam\'s time, whatever the server\'s zone', () => {
    // 23:30 UTC is already the next day in Việt Nam.
    assert.equal(placeAndDate('Huế', '2026-12-06T23:30:00Z'), 'Huế, ngày 07 tháng 12 năm 2026');
    assert.equal(placeAndDate(null, '2026-01-01T00:00:00Z'), 'ngày 01 tháng 01 năm 2026');
  });

  test('the appointment: the due date once received, else one computed from the processing time, else a promise to tell', () => {
    const submitted = '2026-12-04T02:30:00Z'; // Friday 09:30 in Việt Nam
    assert.equal(appointment({ due_at: '2026-12-10T08:00:00Z', submitted_at: submitted, processing_days: 3 }), '10/12/2026 15:00');
    assert.equal(appointment({ due_at: null, submitted_at: submitted, processing_days: 3 }), '09/12/2026 09:30 (dự kiến, tính từ khi nộp)');
    assert.equal(appointment({ due_at: null, submitted_at: submitted, processing_days: null }), 'Sẽ thông báo khi hồ sơ được tiếp nhận');
  });

  test('declared data: labels of the form, shown fields only, choices and addresses written out, groups item by item', () => {
    const [commune] = communesOf('46')!;
    const declaration = form(['Tờ khai', 'Form'], [
      section('who', ['Người khai', 'Who'], [
        req('text', 'fullName', ['Họ và tên', 'Full name']),
        choice('kind', ['Loại cư trú', 'Kind'], [['permanent', ['Thường trú', 'Permanent']], ['temporary', ['Tạm trú', 'Temporary']]]),
        req('date', 'until', ['Tạm trú đến ngày', 'Until'], { show: when('kind', 'temporary') }),
        req('address', 'home', ['Nơi ở', 'Home']),
        opt('cccd', 'idNumber', ['Số định danh', 'ID number']),
        opt('text', 'note', ['Ghi chú', 'Note']),
      ]),
      section('family', ['Thành viên hộ gia đình', 'Household'], [
        group('members', ['Thành viên', 'Members'], ['Người', 'Person'], [
          req('text', 'name', ['Họ và tên thành viên', 'Name']),
          req('yesno', 'owner', ['Là chủ hộ', 'Head of household']),
        ]),
      ]),
      section('empty', ['Phần không khai', 'Nothing here'], [opt('text', 'other', ['Khác', 'Other'])]),
    ]);
    const answers = formAnswers(declaration, {
      fullName: 'Trần Văn Đức', kind: 'permanent', until: '2027-01-01',
      home: { province: '46', commune: commune!.code, street: '5 Lê Lợi' }, idNumber: '046095012345', note: '  ',
      members: [{ name: 'Trần Thị Lữ', owner: true }, { name: 'Trần Văn Đạt', owner: false }],
    });
    assert.deepEqual(answers, [
      { title: 'Người khai', lines: [
        { label: 'Họ và tên', value: 'Trần Văn Đức', depth: 0 },
        { label: 'Loại cư trú', value: 'Thường trú', depth: 0 },
        { label: 'Nơi ở', value: `5 Lê Lợi, ${commune!.name}, Huế`, depth: 0 },
        { label: 'Số định danh', value: 'xxxxxxxxx345', depth: 0 },
      ] },
      { title: 'Thành viên hộ gia đình', lines: [
        { label: 'Thành viên', value: 'Người 1', depth: 0 },
        { label: 'Họ và tên thành viên', value: 'Trần Thị Lữ', depth: 1 },
        { label: 'Là chủ hộ', value: 'Có', depth: 1 },
        { label: 'Thành viên', value: 'Người 2', depth: 0 },
        { label: 'Họ và tên thành viên', value: 'Trần Văn Đạt', depth: 1 },
        { label: 'Là chủ hộ', value: 'Không', depth: 1 },
      ] },
    ]);
    assert.equal(addressText({ province: '99', commune: '00001', street: 'Số 1' }), 'Số 1, 00001, 99', 'unknown codes are shown as given');
  });
});
