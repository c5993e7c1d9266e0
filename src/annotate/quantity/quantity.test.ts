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
    { value: 12000, kind: 'measure', unit: 'metric ton', thing: 'fuel' },
  ],
  ['Nearly 60 per cent of those polled disagreed.', { value: 60, kind: 'percent', qualifier: 'nearly' }],
  ['Turnout reached 71% of voters.', { value: 71, kind: 'percent', thing: 'voters' }],
  ['The grant is worth $2.3 billion in all.', { value: 2.3e9, kind: 'money', currency: 'USD' }],
  ['Minsk pays $95.7 per thousand cubic meters of gas.', { value: 95.7, kind: 'rate', currency: 'USD' }],
  ['The bank set aside €400 million for losses.', { value: 4e8, kind: 'money', currency: 'EUR' }],
  ['They borrowed 300 million rubles last spring.', { value: 3e8, kind: 'money', currency: 'RUB' }],
  ['A 58-year-old general was dismissed.', { value: 58, kind: 'age', unit: 'year' }],
  ['Men aged 18 to 27 must register.', { low: 18, high: 27, kind: 'age' }],
  ['Her nephew, who was 9, slept.', { value: 9, kind: 'age', unit: 'year' }],
  ['They met a farmer who turned 70.', { value: 70, kind: 'age', unit: 'year' }],
  ['The runner who was 3 metres behind won.', { value: 3, kind: 'measure', unit: 'metre' }],
  ['The depot, which was 9, shut.', { value: 9, kind: 'count' }],
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
  // Ranges and changes whose ends each carry the unit, or that fall ("from 6.1 to 5.8").
  ['Inflation eased from 6.1 to 5.8 percent last month.', { low: 5.8, high: 6.1, kind: 'percent' }],
  ['Fees range from 2 per cent to 2.5 per cent.', { low: 2, high: 2.5, kind: 'percent' }],
  ['Analysts expect a 3% to 6% drop.', { low: 3, high: 6, kind: 'percent' }],
  ['Wages run between $30,000 and $45,000 a year.', { low: 30000, high: 45000, kind: 'rate' }],
  ['Output slipped to 8,200 barrels from 9,100 barrels.', { low: 8200, high: 9100, unit: 'barrel' }],
  ['Plots come from 300 sq ft up to 650 sq ft.', { low: 300, high: 650, unit: 'square foot' }],
  ['It sprints 0-to-62-mph quickly.', { low: 0, high: 62, unit: 'mile per hour' }],
  ['Adults burn about 1800 - 2200 calories daily.', { low: 1800, high: 2200, unit: 'calorie' }],
  // Negative numbers, powers of ten, scale letters and currency codes.
  ['Night temperatures fell to minus 12 Celsius.', { value: -12, unit: 'celsius' }],
  ['The drive netted minus-7 yards.', { value: -7, unit: 'yard' }],
  ['Light travels at 3 x 10^8 metres per second.', { value: 3e8, kind: 'rate' }],
  ['The album sold 2.7M copies.', { value: 2.7e6, thing: 'copies' }],
  ['Ships carried 4.5m tonnes of grain.', { value: 4.5e6, kind: 'measure', unit: 'metric ton' }],
  ['There were 6 hundred guests.', { value: 600, thing: 'guests' }],
  ['The loan was worth INR5 billion.', { value: 5e9, kind: 'money', currency: 'INR' }],
  ['The stock closed at Y=1,250.', { value: 1250, kind: 'money', currency: 'JPY' }],
  // Four-digit figures that count, not years.
  ['Roughly 1200 arrived by boat.', { value: 1200, qualifier: 'about' }],
  ['Prices rose by an average of 1750 over the summer.', { value: 1750, kind: 'count' }],
  ['Seas may rise 2 metres by 2150.', { value: 2, unit: 'metre' }],
  // A figure after a capitalized word still counts when a plural noun follows (headline case).
  ['Minsk Hosts 9,000 Troops', { value: 9000, thing: 'Troops' }],
  // Scores and tallies are one figure; vague plurals are ranges; hyphenated rates.
  ['The hosts held a 4-1 lead at the break.', { low: 1, high: 4, thing: 'lead' }],
  ['Dozens of families left the village.', { low: 12, high: 119, thing: 'families' }],
  ['The plant makes 80,000 barrel-a-day of diesel.', { value: 80000, kind: 'rate', unit: 'barrel per day' }],
  ['Tickets cost up to £30 a-month now.', { value: 30, kind: 'rate', unit: 'pound sterling per month' }],
  // A 'p' right after a figure is pence, as British prices are written.
  ['Diesel sold for 191.5p a litre.', { value: 191.5, kind: 'rate', unit: 'penny sterling per litre' }],
  // The thing ends before the verb; a model number inside a name; a compound modifier counts its noun.
  ['Three local farmers sued the ministry.', { value: 3, thing: 'local farmers' }],
  ['About 300 Russian and Belarusian troops left.', { value: 300, thing: 'Russian and Belarusian troops' }],
  ['The carrier parked three new 320 Airbus jets.', { value: 3, thing: 'new 320 Airbus jets' }],
  ['They leaked the 40 page memo to reporters.', { value: 40, thing: 'page' }],
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
  'The S&P 500 slipped on Friday.',
  'Analysts watch the Stoxx 600 index closely.',
  'Airlines wanted the Boeing 787 Dreamliner sooner.',
  'Offices moved to 221 Baker Street last year.',
  'The consulate sits at 7 W 44th St in town.',
  'Goalkeeper Jan Novak (1) saved twice.',
  'The log shows 2021-11-30T08:15:00Z as the start.',
  'They rented a four-room flat with a six-speed car.',
  'A one-time payment was offered.',
  'Their office moved into the 20500 ZIP code.',
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

describe('quantities: the written order of changes and scores', () => {
  const rule = (text: string) => figures(text)[0]?.rule.split('+') ?? [];
  it('names a fall written high first', () => {
    assert.ok(rule('Turnout fell from 64% to 58%.').includes('range.falling'));
    assert.ok(rule('Exports dropped to 3,100 tonnes from 4,000 tonnes.').includes('range.falling'));
  });
  it('keeps rises and plain ranges apart from falls and scores', () => {
    assert.ok(rule('Turnout rose from 58% to 64%.').includes('range'));
    assert.ok(!rule('Turnout rose from 58% to 64%.').includes('range.falling'));
    assert.ok(rule('The vote passed 141-5.').includes('range.score'));
  });
  it('does not join a falling pair without "from"', () => {
    assert.equal(
      figures('Chapter 9-2 covers it, and 8 - 3 is 5.').filter((q) => q.low !== undefined).length,
      0,
    );
  });
});
