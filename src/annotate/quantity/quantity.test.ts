import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../../core/index.js';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const run = (text: string): readonly Quantity[] =>
  quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? [];
const figures = (text: string) => run(text).filter((q) => q.kind !== 'year' && q.kind !== 'ordinal');

type Expect = Partial<
  Pick<Quantity, 'value' | 'low' | 'high' | 'qualifier' | 'kind' | 'thing' | 'unit' | 'currency' | 'text'>
>;

// Awkward strings of the kind news and analysis write, with the one figure each should yield.
const table: [string, Expect][] = [
  [
    'Satellite images show at least 37 T-80 tanks near the depot.',
    { value: 37, qualifier: 'at least', kind: 'count', thing: 'T-80 tanks' },
  ],
  [
    'Officials counted 4,500 newly drafted Belarusian conscripts.',
    { value: 4500, thing: 'newly drafted Belarusian conscripts' },
  ],
  [
    'The convoy carried 12,000 tonnes of fuel.',
    { value: 12000, kind: 'measure', unit: 'ton', thing: 'fuel' },
  ],
  ['Nearly 60 per cent of those polled disagreed.', { value: 60, kind: 'percent', qualifier: 'nearly' }],
  ['Turnout reached 71% of voters.', { value: 71, kind: 'percent', thing: 'voters' }],
  ['The grant is worth $2.3 billion in all.', { value: 2.3e9, kind: 'money', currency: 'USD' }],
  ['Minsk pays $95.7 per thousand cubic meters of gas.', { value: 95.7, kind: 'rate', currency: 'USD' }],
  ['The bank set aside €400 million for losses.', { value: 4e8, kind: 'money', currency: 'EUR' }],
  ['They borrowed 300 million rubles last spring.', { value: 3e8, kind: 'money', currency: 'RUB' }],
  ['A 58-year-old general was dismissed.', { value: 58, kind: 'age', unit: 'year' }],
  ['Men aged 18 to 27 must register.', { low: 18, high: 27, kind: 'age' }],
  ['The brigade fields 122-mm howitzers.', { value: 122, kind: 'calibre', unit: 'mm' }],
  ['Crews fired 152mm shells all night.', { value: 152, kind: 'calibre' }],
  ['Up to 8,000-9,500 troops may take part.', { low: 8000, high: 9500, qualifier: 'up to', thing: 'troops' }],
  ['Between 40 and 55 aircraft were seen.', { low: 40, high: 55, thing: 'aircraft' }],
  ['Estimates run to 10 to 15 thousand volunteers.', { low: 10000, high: 15000 }],
  ['Some two and a half million refugees left.', { value: 2.5e6, qualifier: 'about', thing: 'refugees' }],
  ['Half a million people signed.', { value: 5e5, thing: 'people' }],
  ['A dozen drones crossed the border.', { value: 12, thing: 'drones' }],
  ['Twenty-five observers stayed behind.', { value: 25, thing: 'observers' }],
  ['Hundreds of local volunteers turned up.', { low: 100, high: 999, thing: 'local volunteers' }],
  ['More than 3 million doses arrived.', { value: 3e6, qualifier: 'more than', thing: 'doses' }],
  ['The drills lasted six days.', { value: 6, kind: 'duration', unit: 'day' }],
  ['It was only a 5% rise.', { value: 5, kind: 'percent' }],
  [
    'Over 2,000 soldiers and officers rotated out.',
    { value: 2000, qualifier: 'over', thing: 'soldiers and officers' },
  ],
];

describe('quantities: awkward real-world strings', () => {
  for (const [text, expected] of table) {
    it(text, () => {
      const found = figures(text);
      assert.equal(found.length, 1, `one figure expected, got ${JSON.stringify(found.map((q) => q.text))}`);
      const q = found[0];
      assert.ok(q);
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(q[key as keyof Quantity], value, key);
      assert.equal(text.slice(q.span.start, q.span.end), q.text);
    });
  }
});

// Figures that are not quantities: equipment names, dates, years, decades, times, list marks.
const negatives = [
  'The T-72 remains in service.',
  'Pilots flew the MiG-31K and the Su-25 over the border.',
  'A Tor-M2 battery and an S-300 were moved.',
  'The treaty was signed in 2022.',
  'Things were different in the 1990s.',
  'They met on December 3 in the capital.',
  'They met on 3 December in the capital.',
  'The talks began at 11 a.m. local time.',
  'No one expected it.',
  'On the one hand it helps.',
  'See Article 5 of the treaty.',
];

describe('quantities: negatives', () => {
  for (const text of negatives) {
    it(text, () =>
      assert.deepEqual(
        figures(text).map((q) => q.text),
        [],
      ),
    );
  }
  it('types years, decades and ordinals instead of dropping them', () => {
    const kinds = run('In 2022, for the first time since the 1990s, the 3rd brigade moved.').map(
      (q) => q.kind,
    );
    assert.deepEqual(kinds, ['year', 'ordinal', 'year', 'ordinal']);
  });
});

describe('quantities: measure keys', () => {
  it('puts soldiers, personnel and troops of one nationality under one key', () => {
    const keys = figures(
      'About 7,000 Russian soldiers and 3,000 Russian personnel arrived; 200 tanks followed.',
    ).map((q) => q.measureKey);
    assert.deepEqual(keys, ['russian-troops', 'russian-troops', 'tanks']);
  });
  it('adds the unit for measures', () => {
    assert.equal(figures('They shipped 5,000 tons of grain.')[0]?.measureKey, 'grain-tons');
  });
});
