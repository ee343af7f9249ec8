import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { qualityIndexGroup, qualityIndexGroupLabels, qualityIndexPart, qualityIndexPartLabels, qualityIndexWeights } from './stats.js';

describe('the index’s labels', () => {
  test('name every group and every part, in Vietnamese and English, each name once', () => {
    for (const [labels, codes] of [[qualityIndexGroupLabels, qualityIndexGroup.options], [qualityIndexPartLabels, qualityIndexPart.options]] as const) {
      assert.deepEqual(Object.keys(labels).sort(), [...codes].sort());
      for (const locale of ['vi', 'en'] as const) {
        const names = Object.values(labels).map((label) => label[locale].trim());
        assert.ok(names.every((name) => name.length > 0), `${locale}: no empty name`);
        assert.equal(new Set(names).size, names.length, `${locale}: no name twice: ${names.join(', ')}`);
      }
    }
  });

  test('a group’s parts are those the weights give it', () => {
    const parts = Object.values(qualityIndexWeights).flatMap((group) => Object.keys(group));
    assert.deepEqual(parts.sort(), [...qualityIndexPart.options].sort());
  });
});
