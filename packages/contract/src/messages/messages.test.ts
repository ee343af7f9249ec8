import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check } from '../issues.js';
import { petitionSubmitInput } from '../resources/petitions.js';
import { fieldLabel } from './fields.js';
import { formatFieldMessage } from './index.js';

const message = (locale: 'vi' | 'en', key: Parameters<typeof formatFieldMessage>[1], field: string, params: Record<string, unknown> = {}) =>
  formatFieldMessage(locale, key, { field, ...params });

describe('field labels in messages', () => {
  test('a label inside a sentence is lower-cased, one starting a sentence capitalised, in Vietnamese and English', () => {
    assert.equal(message('vi', 'required', fieldLabel(['title'], 'vi')), 'Vui lòng nhập tiêu đề.');
    assert.equal(message('vi', 'choice.required', 'Giới tính'), 'Vui lòng chọn giới tính.');
    assert.equal(message('vi', 'too_short', fieldLabel(['title'], 'vi'), { minimum: 5 }), 'Tiêu đề phải có ít nhất 5 ký tự.');
    assert.equal(message('vi', 'too_short', 'số nhà', { minimum: 2 }), 'Số nhà phải có ít nhất 2 ký tự.');
    assert.equal(message('en', 'required', fieldLabel(['title'], 'en')), 'Title is required.');
    assert.equal(message('en', 'too_long', 'full name', { maximum: 100 }), 'Full name must be at most 100 characters.');
    assert.equal(message('vi', 'required', fieldLabel(['email'], 'vi')), 'Vui lòng nhập email.');
    assert.equal(message('vi', 'required', fieldLabel(['url'], 'vi')), 'Vui lòng nhập địa chỉ URL.');
  });

  test('acronyms and names keep their capitals; a quoted label stays as written', () => {
    for (const label of ['CCCD của người mẹ', 'VNeID', 'URL', 'Idempotency-Key', 'Hà Nội nơi cư trú', 'MST/CCCD']) {
      assert.equal(message('vi', 'required', label), `Vui lòng nhập ${label}.`);
    }
    assert.equal(message('en', 'choice.required', 'Sex'), 'Choose an answer for "Sex".');
  });

  test("a petition's missing title, as a form shows it", () => {
    const result = check(petitionSubmitInput, {
      fullName: 'Lê Văn Bình', phone: '0912345678', category: 'other', title: '', content: 'Nội dung đủ dài để được nhận.', publishable: true,
    }, 'vi');
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors.find((e) => e.path === 'title')?.message, 'Vui lòng nhập tiêu đề.');
  });
});
