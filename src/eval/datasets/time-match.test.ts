import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchTimes } from './time-match.js';

const gold = [
  { spans: [{ start: 0, end: 10 }], value: '2022-10' },
  {
    spans: [
      { start: 20, end: 30 },
      { start: 50, end: 60 },
    ],
    value: '2022-12-03',
  },
];

describe('matchTimes', () => {
  it('needs overlap and an equal value', () => {
    const r = matchTimes(
      [
        { span: { start: 3, end: 8 }, value: '2022-10' },
        { span: { start: 22, end: 25 }, value: '2021-12-03' },
      ],
      gold,
      false,
    );
    assert.deepEqual(r, { tp: 1, fp: 1, fn: 1 });
  });

  it('does not count a repeated surface of a matched gold item as a false positive', () => {
    const r = matchTimes(
      [
        { span: { start: 20, end: 30 }, value: '2022-12-03' },
        { span: { start: 50, end: 60 }, value: '2022-12-03' },
      ],
      gold,
      false,
    );
    assert.deepEqual(r, { tp: 1, fp: 0, fn: 1 });
  });

  it('ignores predictions outside the gold spans only when keyOnly', () => {
    const predicted = [{ span: { start: 40, end: 45 }, value: '2022' }];
    assert.deepEqual(matchTimes(predicted, gold, true), { tp: 0, fp: 0, fn: 2 });
    assert.deepEqual(matchTimes(predicted, gold, false), { tp: 0, fp: 1, fn: 2 });
  });
});
