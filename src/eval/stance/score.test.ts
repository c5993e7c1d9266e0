import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../../core/index.js';
import { accuracy, fncScore, macroF1 } from './score.js';

describe('stance scores', () => {
  it('gives the FNC-1 weighted score: 0.25 for related/unrelated, 0.75 more for the exact related label', () => {
    const gold = ['agree', 'discuss', 'unrelated', 'disagree'];
    // best = 1 + 1 + 0.25 + 1; got = 1 (agree) + 0.25 (discuss read as agree) + 0.25 + 0 (disagree read unrelated)
    assert.equal(fncScore(gold, ['agree', 'agree', 'unrelated', 'unrelated']), 1.5 / 3.25);
    assert.equal(fncScore(gold, gold), 1);
  });
  it('gives accuracy and macro-F1', () => {
    assert.equal(accuracy(['for', 'against'], ['for', 'for']), 0.5);
    assert.equal(macroF1(['a', 'b'], ['a', 'b'], ['a', 'b']), 1);
    assert.equal(macroF1(['a', 'b'], ['a', 'a'], ['a', 'b']), (2 / 3 + 0) / 2);
  });
});

describe('csv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    assert.deepEqual(parseCsv('a,b\n"x, y","say ""hi""\nthen"\r\n'), [
      ['a', 'b'],
      ['x, y', 'say "hi"\nthen'],
    ]);
  });
});
