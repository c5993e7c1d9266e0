import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTimes } from './extract.js';

// Reference: Monday 5 December 2022. Sentences written for this table.
const ref = '2022-12-05';

const cases: readonly [sentence: string, surface: string, value: string, granularity: string][] = [
  ['The envoys met in Vienna on Saturday.', 'Saturday', '2022-12-03', 'day'],
  ['The ministers talk on Monday, officials said.', 'Monday', '2022-12-05', 'day'],
  ['The talks will resume on Friday.', 'Friday', '2022-12-09', 'day'],
  ['Grain exports fell in October.', 'October', '2022-10', 'month'],
  ['Elections were held in December.', 'December', '2022-12', 'month'],
  ['Snow closed the pass in January.', 'January', '2022-01', 'month'],
  ['The bridge was hit on November 30.', 'November 30', '2022-11-30', 'day'],
  ['The bridge was hit on December 24.', 'December 24', '2021-12-24', 'day'],
  ['A summit is scheduled for March 3.', 'March 3', '2023-03-03', 'day'],
  ['Talks on January 14 could settle it.', 'January 14', '2023-01-14', 'day'],
  ['Shelling has continued since February 24.', 'since February 24', '2022-02-24/', 'interval'],
  ['Prices climbed from October to December.', 'October to December', '2022-10/2022-12', 'interval'],
  ['The offensive cannot start before January-February.', 'January-February', '2023-01/2023-02', 'interval'],
  ['Deliveries are due in early 2023.', 'early 2023', '2023-01/2023-04', 'interval'],
  ['Talks stalled in late 2021.', 'late 2021', '2021-09/2021-12', 'interval'],
  ['Troops massed in mid-October.', 'mid-October', '2022-10-11/2022-10-20', 'interval'],
  ['Drills ended at the end of October.', 'the end of October', '2022-10-21/2022-10-31', 'interval'],
  [
    'All reservists must report by the end of the year.',
    'by the end of the year',
    '2022-12-05/2022-12-31',
    'interval',
  ],
  ['The treaty was signed in 2014.', '2014', '2014', 'year'],
  ['Fraud marred the 2020 election.', '2020', '2020', 'year'],
  ['He served from 1999-2004 as mayor.', '1999-2004', '1999/2004', 'interval'],
  ['The strike came yesterday.', 'yesterday', '2022-12-04', 'day'],
  ['It happened two years ago.', 'two years ago', '2020', 'year'],
  ['Revenue rose in the third quarter.', 'the third quarter', '2022-Q3', 'quarter'],
  ['The port reopened on 3 December 2022.', '3 December 2022', '2022-12-03', 'day'],
  ['Dated 2022 / 12 / 07 at the top.', '2022 / 12 / 07', '2022-12-07', 'day'],
  ['Inflation eased last week.', 'last week', '2022-W48', 'week'],
];

describe('extractTimes: news dates point backwards from the reference', () => {
  for (const [sentence, surface, value, granularity] of cases) {
    it(`${surface} in "${sentence}"`, () => {
      const found = extractTimes(sentence, ref).find((t) => t.text === surface);
      assert.ok(
        found,
        `expected "${surface}" among ${JSON.stringify(extractTimes(sentence, ref).map((t) => t.text))}`,
      );
      assert.equal(found.value, value);
      assert.equal(found.granularity, granularity);
      assert.equal(found.reference, ref);
      assert.equal(sentence.slice(found.span.start, found.span.end), found.text);
    });
  }
});

describe('extractTimes: yearStated follows what the text says', () => {
  it('is true for a stated year and false for an implied one', () => {
    const [stated] = extractTimes('It opened on 3 March 2021.', ref);
    const [implied] = extractTimes('It opened on 3 March.', ref);
    assert.equal(stated?.yearStated, true);
    assert.equal(implied?.yearStated, false);
  });
});

const negatives: readonly string[] = [
  'Officials may announce more sanctions.',
  'The T-72 tanks were moved by rail.',
  'Only 2 of them returned.',
  'The second convoy turned back.',
  'Some 2000 soldiers crossed the border.',
  'Rockets hit at 5 and again at 7:30.',
  'We are watching the situation now.',
  'Demonstrators march on the capital.',
  'Losses over the last seven months are heavy.',
  'More strikes may follow in the coming weeks.',
  'Model 2022-X4 and code 1999/4 are not dates.',
];

describe('extractTimes: negatives', () => {
  for (const sentence of negatives) {
    it(`finds no date in "${sentence}"`, () => {
      assert.deepEqual(
        extractTimes(sentence, ref).map((t) => t.text),
        [],
      );
    });
  }
});

describe('extractTimes without a reference', () => {
  it('keeps fully stated dates and drops those that need an anchor', () => {
    const found = extractTimes('On Saturday, as on 4 May 2021 and in October, and in 1999, they met.');
    assert.deepEqual(
      found.map((t) => [t.text, t.value]),
      [
        ['4 May 2021', '2021-05-04'],
        ['1999', '1999'],
      ],
    );
    assert.ok(found.every((t) => t.reference === undefined));
  });
});
