import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fold, tokens } from './fold.js';

describe('fold', () => {
  test('strips Vietnamese diacritics and lower-cases', () => {
    assert.equal(fold('Đăng ký khai sinh'), 'dang ky khai sinh');
    assert.equal(fold('ĐĂNG KÝ KẾT HÔN'), 'dang ky ket hon');
    assert.equal(fold('Cấp Phiếu lý lịch tư pháp'), 'cap phieu ly lich tu phap');
    assert.equal(fold('Hưởng trợ cấp thất nghiệp'), 'huong tro cap that nghiep');
    assert.equal(fold('Giấy phép lái xe'), 'giay phep lai xe');
  });

  test('turns đ and Đ into d (they do not decompose under NFD)', () => {
    assert.equal(fold('đ'), 'd');
    assert.equal(fold('Đ'), 'd');
    assert.equal(fold('đkkd'), 'dkkd');
  });

  test('gives the same result for precomposed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Thường trú'.normalize('NFC');
    const nfd = 'Thường trú'.normalize('NFD');
    assert.notEqual(nfc, nfd);
    assert.equal(fold(nfc), fold(nfd));
    assert.equal(fold(nfd), 'thuong tru');
  });

  test('collapses and trims whitespace, including tabs, newlines and no-break spaces', () => {
    assert.equal(fold('  đăng\t ký \n khai\u00a0sinh  '), 'dang ky khai sinh');
  });

  test('keeps the length of NFC Vietnamese text (one folded letter per letter)', () => {
    const name = 'Cấp bản sao Trích lục hộ tịch';
    assert.equal(fold(name).length, name.length);
  });
});

describe('tokens', () => {
  test('keep dots inside codes and drop them at the edges', () => {
    assert.deepEqual(tokens('1.001193.h38'), ['1.001193.h38']);
    assert.deepEqual(tokens('xay dung. cap iii, iv.'), ['xay', 'dung', 'cap', 'iii', 'iv']);
    assert.deepEqual(tokens('a..b'), ['a.b']);
    assert.deepEqual(tokens(fold('mã 1.001193.')), ['ma', '1.001193']);
  });

  test('drop every punctuation and operator character', () => {
    assert.deepEqual(tokens(fold('"khai sinh" OR (ket* AND hon) -tu ^dang col:x + NEAR(a b)')), [
      'khai', 'sinh', 'or', 'ket', 'and', 'hon', 'tu', 'dang', 'col', 'x', 'near', 'a', 'b',
    ]);
    assert.deepEqual(tokens('"*^:()-+{}[]\'`~!@#$%&=|\\/<>?,;'), []);
    assert.deepEqual(tokens('   '), []);
    assert.deepEqual(tokens('...'), []);
  });
});
