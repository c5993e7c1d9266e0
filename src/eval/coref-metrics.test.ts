import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignmentMax } from './assignment.js';
import { b3, type Clusters, type CorefScore, ceafe, conll, muc } from './coref-metrics.js';

const close = (got: CorefScore, p: number, r: number, what: string) => {
  assert.ok(Math.abs(got.p - p) < 1e-9, `${what} precision ${got.p} != ${p}`);
  assert.ok(Math.abs(got.r - r) < 1e-9, `${what} recall ${got.r} != ${r}`);
};

// Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", figure 1.
const key: Clusters = [
  ['a', 'b', 'c'],
  ['d', 'e', 'f', 'g'],
];
const response: Clusters = [
  ['a', 'b'],
  ['c', 'd'],
  ['f', 'g', 'h', 'i'],
];

describe('coreference metrics on the textbook example', () => {
  it('MUC counts links: 2 of 5 key links kept, 2 of 5 response links right', () => {
    close(muc(key, response), 2 / 5, 2 / 5, 'MUC');
  });
  it('B³ averages per mention: 35/84 recall, 1/2 precision', () => {
    close(b3(key, response), 1 / 2, 35 / 84, 'B3');
  });
  it('CEAF-e aligns {abc}-{ab} and {defg}-{fghi}: similarity 1.3', () => {
    close(ceafe(key, response), 1.3 / 3, 1.3 / 2, 'CEAF-e');
  });
  it('CoNLL F1 is the mean of the three F1', () => {
    const s = conll(key, response);
    assert.ok(Math.abs(s.conll.f1 - (s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3) < 1e-12);
  });
});

describe('coreference metrics on edge cases', () => {
  it('Vilain et al.: one key chain split in two keeps 2 of 3 links, all response links right', () => {
    close(
      muc(
        [['A', 'B', 'C', 'D']],
        [
          ['A', 'B'],
          ['C', 'D'],
        ],
      ),
      1,
      2 / 3,
      'MUC',
    );
  });
  it('a perfect response scores 1 everywhere, singletons included', () => {
    const gold: Clusters = [['a', 'b'], ['c'], ['d', 'e', 'f']];
    const s = conll(gold, [['f', 'e', 'd'], ['c'], ['b', 'a']]);
    for (const x of [s.b3, s.ceafe]) close(x, 1, 1, 'perfect');
    close(s.muc, 1, 1, 'MUC');
  });
  it('all singletons: MUC has nothing to say, B³ precision stays perfect', () => {
    const gold: Clusters = [['a', 'b', 'c']];
    const s = conll(gold, [['a'], ['b'], ['c']]);
    assert.equal(s.muc.f1, 0);
    close(s.b3, 1, 1 / 3, 'B3');
    close(s.ceafe, (2 * 1) / 4 / 3, (2 * 1) / 4, 'CEAF-e');
  });
  it('one big response cluster: MUC recall 1, precision below 1', () => {
    const s = muc(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [['a', 'b', 'c', 'd']],
    );
    close(s, 2 / 3, 1, 'MUC');
  });
  it('empty inputs score zero, never NaN', () => {
    const s = conll([], []);
    for (const x of Object.values(s)) assert.deepEqual([x.p, x.r, x.f1], [0, 0, 0]);
  });
});

describe('assignmentMax', () => {
  const cases: [string, number[][], number][] = [
    [
      'square, off-diagonal best',
      [
        [1, 9],
        [9, 1],
      ],
      18,
    ],
    ['more columns than rows', [[5, 1, 7]], 7],
    ['more rows than columns', [[1], [4], [2]], 4],
    [
      'greedy would be wrong',
      [
        [10, 9],
        [9, 0],
      ],
      18,
    ],
    [
      'zeros',
      [
        [0, 0],
        [0, 0],
      ],
      0,
    ],
  ];
  for (const [what, matrix, best] of cases) {
    it(what, () => assert.equal(assignmentMax(matrix), best));
  }
});
