import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { canonicalWords, indexWords, SearchIndex, withinOneEdit, type IndexDoc } from './engine.js';
import { fold, tokens } from './fold.js';
import { FILLERS, SYNONYMS } from './synonyms.js';

/** Optimal string alignment distance, the textbook dynamic programme: the reference for withinOneEdit. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const doc = (name: string, extra: Partial<IndexDoc> = {}): IndexDoc => ({ name, keywords: [], sector: 'Hộ tịch', codes: [], ...extra });

describe('search engine', () => {
  test('withinOneEdit agrees with the optimal string alignment distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'h', 'n'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === osa(a, b) <= 1), { numRuns: 5000 });
  });

  test('synonyms rewrite what citizens type to the names’ words', () => {
    const words = (text: string) => canonicalWords(tokens(fold(text)));
    assert.deepEqual(words('cap doi bang lai xe'), ['doi', 'giay', 'phep', 'lai', 'xe']);
    assert.deepEqual(words('đăng kí kết hôn'), ['dang', 'ky', 'ket', 'hon']);
    assert.deepEqual(words('mat so do'), ['mat', 'giay', 'chung', 'nhan', 'quyen', 'su', 'dung', 'dat']);
    assert.deepEqual(words('CCCD'), ['can', 'cuoc']);
    assert.deepEqual(words('thanh lap cong ty'), ['thanh', 'lap', 'doanh', 'nghiep']);
  });

  test('the synonym list is well formed: no entry twice, none empty, every canonical form reachable', () => {
    const seen = new Map<string, number>();
    SYNONYMS.forEach((group, g) => {
      assert.ok(group.length >= 2, `group ${g} has a canonical form and at least one variant`);
      for (const entry of group) {
        const key = tokens(fold(entry)).join(' ');
        assert.ok(key, `group ${g}: an entry folds to nothing`);
        assert.ok(!seen.has(key) || seen.get(key) === g, `"${entry}" is in groups ${seen.get(key)} and ${g}`);
        seen.set(key, g);
      }
      assert.deepEqual(canonicalWords(tokens(fold(group[0]!))), tokens(fold(group[0]!)), `"${group[0]}" stays as it is`);
      for (const variant of group.slice(1)) {
        assert.deepEqual(canonicalWords(tokens(fold(variant))), tokens(fold(group[0]!)), `"${variant}" becomes "${group[0]}"`);
      }
    });
    for (const filler of FILLERS) assert.ok(tokens(fold(filler)).length, `filler "${filler}"`);
  });

  test('ranks by how much of the text a name covers; words need not all match', () => {
    const index = new SearchIndex([doc('Đăng ký khai sinh'), doc('Đăng ký lại khai sinh'), doc('Đăng ký kết hôn'), doc('Cấp bản sao trích lục hộ tịch')]);
    const ranked = (text: string) => {
      const hit = index.search(text);
      return [...hit.docs].map((d, k) => [d, hit.scores[k]!] as const).sort((a, b) => b[1] - a[1]).map(([d]) => d);
    };
    assert.equal(ranked('lam lai giay khai sinh')[0], 1, 'the one with "lại" first, "làm" and "giấy" weigh little');
    assert.equal(ranked('dang ky khai sinh')[0], 0, 'the exact name first');
    assert.deepEqual(ranked('ket hon'), [2]);
    assert.ok(!ranked('ket hon').includes(0), 'one common word ("đăng ký") is not enough to match');
  });

  test('the last word matches as a prefix while it is typed; a typo in a longer word is forgiven', () => {
    const index = new SearchIndex([doc('Đăng ký thường trú'), doc('Đăng ký tạm trú'), doc('Thông báo lưu trú')]);
    const first = (text: string) => {
      const hit = index.search(text);
      let at = 0;
      hit.scores.forEach((s, k) => (at = s > hit.scores[at]! ? k : at));
      return hit.docs[at];
    };
    assert.equal(first('dang ky thuo'), 0);
    assert.equal(first('dang ky thoung tru'), 0, 'two letters swapped');
    assert.equal(first('dang ky thuong tuu'), 0, 'one letter changed');
    assert.equal(first('dang ky thuongg tru'), 0, 'one letter too many');
    assert.equal(first('dang ky thuog tru'), 0, 'one letter left out');
    assert.deepEqual([...index.search('thong bao luu').docs], [2]);
    assert.equal(index.search('qqqq zzzz').docs.length, 0, 'nothing like it: nothing');
  });

  test('says whether the best record matched every word that is not a filler', () => {
    const index = new SearchIndex([doc('Đăng ký khai sinh'), doc('Đăng ký kết hôn')]);
    const complete = (text: string) => {
      const hit = index.search(text);
      let best = -1;
      let all = 0;
      hit.docs.forEach((_, k) => {
        if (hit.scores[k]! > best) [best, all] = [hit.scores[k]!, hit.complete[k]!];
      });
      return all === 1;
    };
    assert.ok(complete('xin lam giay khai sinh cho con'), 'fillers need not match');
    assert.ok(!complete('khai sinh nuoc ngoai'), 'an unknown word that matters');
  });

  test('codes and the codes a record replaced are words; a code typed in full is exact', () => {
    const index = new SearchIndex([doc('Đăng ký thường trú', { codes: ['1.004222', '1.001229'] }), doc('Đăng ký khai sinh', { codes: ['1.001193'] })]);
    assert.deepEqual([...index.search('1.001229').docs], [0]);
    assert.deepEqual([...index.search('1.0011').docs], [1]);
    const exact = index.search('1.001193');
    assert.ok(exact.scores[0]! >= 1000);
  });

  test('keywords and sector count, less than the name', () => {
    const index = new SearchIndex([doc('Đăng ký khai sinh', { keywords: ['trẻ em mới sinh'] }), doc('Cấp thẻ cho trẻ em')]);
    const hit = index.search('tre em');
    const score = new Map([...hit.docs].map((d, k) => [d, hit.scores[k]!]));
    assert.ok(score.get(1)! > score.get(0)!, 'in the name beats in the keywords');
    assert.deepEqual(indexWords('Giấy phép lái xe'), ['giay', 'phep', 'lai', 'xe']);
  });

  test('any text is safe: never throws, scores stay between the bounds', () => {
    const index = new SearchIndex([doc('Đăng ký khai sinh', { codes: ['1.001193'] }), doc('Cấp hộ chiếu phổ thông')]);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const hit = index.search(text);
      for (let k = 0; k < hit.docs.length; k++) {
        assert.ok(hit.coverage[k]! > 0 && hit.coverage[k]! <= 1.000001);
        assert.ok(hit.scores[k]! >= 0 && hit.scores[k]! < 2000);
      }
    }), { numRuns: 3000 });
  });
});
