import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fold, indexText, queryTerms, tokens } from './fold.js';

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

describe('tokens and indexText', () => {
  test('keep dots inside codes and drop them at the edges', () => {
    assert.deepEqual(tokens('1.001193.h38'), ['1.001193.h38']);
    assert.deepEqual(tokens('xay dung. cap iii, iv.'), ['xay', 'dung', 'cap', 'iii', 'iv']);
    assert.deepEqual(tokens('a..b'), ['a.b']);
  });

  test('index text is folded and punctuation-free', () => {
    assert.equal(indexText('Liên thông: khai sinh, thường trú (BHYT)'), 'lien thong khai sinh thuong tru bhyt');
  });
});

describe('queryTerms', () => {
  test('splits folded text into terms', () => {
    assert.deepEqual(queryTerms('Đăng ký khai sinh'), ['dang', 'ky', 'khai', 'sinh']);
    assert.deepEqual(queryTerms('DANG KY KET HON'), ['dang', 'ky', 'ket', 'hon']);
  });

  test('keeps procedure codes whole, including prefixes and local suffixes', () => {
    assert.deepEqual(queryTerms('1.001193'), ['1.001193']);
    assert.deepEqual(queryTerms('1.0011'), ['1.0011']);
    assert.deepEqual(queryTerms('1.001193.H38'), ['1.001193.h38']);
    assert.deepEqual(queryTerms('mã 1.001193.'), ['ma', '1.001193']);
  });

  test('drops every FTS5 syntax character so user text can never break the query', () => {
    assert.deepEqual(queryTerms('"khai sinh" OR (ket* AND hon) -tu ^dang col:x + NEAR(a b)'), [
      'khai', 'sinh', 'or', 'ket', 'and', 'hon', 'tu', 'dang', 'col', 'x', 'near', 'a', 'b',
    ]);
    assert.deepEqual(queryTerms('"*^:()-+{}[]\'`~!@#$%&=|\\/<>?,;'), []);
    assert.deepEqual(queryTerms('   '), []);
    assert.deepEqual(queryTerms('...'), []);
  });

  test('bounds the number and length of terms', () => {
    assert.equal(queryTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).length, 16);
    assert.equal(queryTerms('x'.repeat(500))[0]!.length, 64);
  });
});
