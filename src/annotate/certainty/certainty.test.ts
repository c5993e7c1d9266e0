import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runOwnStages } from '../attribution/test-layers.js';

// [text, marker text, band, polarity, scope]
const table: [string, string, string, string, string][] = [
  [
    'The convoy will probably arrive before dawn.',
    'probably',
    'likely',
    'positive',
    'The convoy will probably arrive before dawn',
  ],
  ['It is not likely that the pass reopens.', 'not likely', 'unlikely', 'positive', 'the pass reopens'],
  [
    'There are no signs that the garrison is preparing to leave.',
    'no signs',
    'unlikely',
    'negative',
    'the garrison is preparing to leave',
  ],
  ['We cannot rule out a second wave.', 'cannot rule out', 'unlikely', 'positive', 'a second wave'],
  [
    'A second wave can’t be ruled out.',
    'can’t be ruled out',
    'unlikely',
    'positive',
    'A second wave can’t be ruled out',
  ],
  [
    'The talks will almost certainly fail.',
    'almost certainly',
    'almost certain',
    'positive',
    'The talks will almost certainly fail',
  ],
  [
    'A ceasefire is highly unlikely.',
    'highly unlikely',
    'very unlikely',
    'positive',
    'A ceasefire is highly unlikely',
  ],
  ['The troops may not stay there.', 'may', 'roughly even', 'negative', 'The troops may not stay there'],
  [
    'On balance, the answer is more likely no than yes.',
    'more likely no than yes',
    'unlikely',
    'positive',
    'On balance, the answer is more likely no than yes',
  ],
  [
    'Sadly, a deal is a less likely scenario.',
    'a less likely scenario',
    'unlikely',
    'positive',
    'Sadly, a deal is a less likely scenario',
  ],
  [
    'The chance of a breakthrough is remote.',
    'is remote',
    'very unlikely',
    'positive',
    'The chance of a breakthrough is remote',
  ],
  ['It is possible that the dam breaks.', 'possible', 'roughly even', 'positive', 'the dam breaks'],
  [
    'The ferries might be sold next year.',
    'might',
    'roughly even',
    'positive',
    'The ferries might be sold next year',
  ],
  ['The figure may be higher.', 'may', 'roughly even', 'positive', 'The figure may be higher'],
  [
    'The bridge is, without doubt, the key.',
    'without doubt',
    'almost certain',
    'positive',
    'The bridge is, without doubt, the key',
  ],
  [
    'The city may buy “low floor” trams from a supplier, the mayor said.',
    'may',
    'roughly even',
    'positive',
    'The city may buy “low floor” trams from a supplier, the mayor said',
  ],
  ['She said “the bus may come” and left.', 'may', 'roughly even', 'positive', 'the bus may come'],
];

describe('certainty stage: bands, polarity, scope', () => {
  for (const [text, marker, band, polarity, scope] of table) {
    it(text, () => {
      const found = (runOwnStages(text).certainty ?? []).map((c) => ({
        marker: c.text,
        band: c.band,
        polarity: c.polarity,
        scope: text.slice(c.scope.start, c.scope.end),
      }));
      assert.deepEqual(found, [{ marker, band, polarity, scope }]);
    });
  }

  it('gives each band its midpoint probability, rising with the band', () => {
    const text =
      'A is highly unlikely. B is unlikely. C may happen. D is likely. E is very likely. F will almost certainly happen.';
    const ps = (runOwnStages(text).certainty ?? []).map((c) => c.probability);
    assert.equal(ps.length, 6);
    for (let i = 1; i < ps.length; i++) assert.ok((ps[i] ?? 0) > (ps[i - 1] ?? 0), JSON.stringify(ps));
  });

  const negatives = [
    'The treaty was signed in May.',
    'May 9 is a holiday there.',
    'Russia’s military might is vast.',
    'The regime weighed other possible options.',
    'They flew to a remote island.',
    'He can swim.',
  ];
  for (const text of negatives) {
    it(`finds no estimate in: ${text}`, () => {
      assert.deepEqual(
        (runOwnStages(text).certainty ?? []).map((c) => c.text),
        [],
      );
    });
  }
});
