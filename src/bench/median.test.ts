import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumOfMedians } from './median.js';

describe('sumOfMedians', () => {
  it('leaves out a burst that hit a few items of one round', () => {
    const quiet = [
      [1, 1.1, 0.9],
      [2, 2.1, 1.9],
      [3, 3.1, 2.9],
    ];
    const burst = quiet.map((rounds, item) =>
      rounds.map((t, round) => (item < 2 && round === 1 ? t * 5 : t)),
    );
    assert.equal(sumOfMedians(quiet), 6);
    assert.equal(sumOfMedians(burst), sumOfMedians(quiet));
  });
});
