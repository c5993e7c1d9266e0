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
  ['The depot burned Wednesday night.', 'Wednesday night', '2022-11-30', 'day'],
  ['The sirens sounded this morning.', 'this morning', '2022-12-05', 'day'],
  ['Power failed yesterday afternoon.', 'yesterday afternoon', '2022-12-04', 'day'],
  ['The blockade began in June last year.', 'June last year', '2021-06', 'month'],
  ['Elections were held last April.', 'last April', '2022-04', 'month'],
  ['Exports rose from a year earlier.', 'a year earlier', '2021', 'year'],
  ['Profit fell in the year-ago third quarter.', 'the year-ago third quarter', '2021-Q3', 'quarter'],
  ['Revenue dropped in the 2019 fourth quarter.', 'the 2019 fourth quarter', '2019-Q4', 'quarter'],
  ['Third-quarter profit rose 8% from a year earlier.', 'a year earlier', '2021-Q3', 'quarter'],
  ['Envoys may arrive as soon as Tuesday.', 'Tuesday', '2022-12-06', 'day'],
  ['They will not yield, the rebels announced Friday.', 'Friday', '2022-12-02', 'day'],
  ['In nineteen ninety-six the plant closed.', 'nineteen ninety-six', '1996', 'year'],
  ['The firm will post third-quarter results.', 'third-quarter', '2022-Q3', 'quarter'],
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
  'Demonstrators march on the capital.',
  'He finished about three-quarters of the route.',
  'It was a second attempt to cross.',
  'The 40 years old engineer left.',
  'Spring water and fall colours were sold.',
  'Model 2022-X4 and code 1999/4 are not dates.',
];

// Durations, sets, references to the present / past / future, decades, seasons: TimeML values.
const literals: readonly [sentence: string, surface: string, value: string, granularity: string][] = [
  ['Losses over the last seven months are heavy.', 'the last seven months', 'P7M', 'duration'],
  ['The siege lasted two weeks.', 'two weeks', 'P2W', 'duration'],
  ['They signed a three-year contract.', 'three-year', 'P3Y', 'duration'],
  ['The 30-day truce held.', '30-day', 'P30D', 'duration'],
  ['The talks ran for nearly forty years.', 'nearly forty years', 'P40Y', 'duration'],
  ['Two decades of neglect showed.', 'Two decades', 'P20Y', 'duration'],
  ['The curfew lasts at least 72 hours.', 'at least 72 hours', 'PT72H', 'duration'],
  ['Output fell in the first nine months.', 'the first nine months', 'P9M', 'duration'],
  ['It will take several years to rebuild.', 'several years', 'PXY', 'duration'],
  ['Costs doubled over the past decade.', 'the past decade', 'P10Y', 'duration'],
  ['Sales for the year ended March 31 fell.', 'the year', 'P1Y', 'duration'],
  ['The rebels have held the pass for weeks.', 'weeks', 'PXW', 'duration'],
  ['Bids are due within the next 12 to 18 months.', 'the next 12 to 18 months', 'PXM', 'duration'],
  ['We are watching the situation now.', 'now', 'PRESENT_REF', 'ref'],
  ['The bridge is currently closed.', 'currently', 'PRESENT_REF', 'ref'],
  ['Shelling has eased recently.', 'recently', 'PAST_REF', 'ref'],
  ['Nobody can say what the future holds.', 'the future', 'FUTURE_REF', 'ref'],
  ['Convoys cross the border daily.', 'daily', 'P1D', 'set'],
  ['Drones fly every day now.', 'every day', 'P1D', 'set'],
  ['Rents soared in the 1990s.', 'the 1990s', '199', 'decade'],
  ['Rents soared in the mid-1980s.', 'the mid-1980s', '198', 'decade'],
  ['Rents soared in the nineties.', 'the nineties', '199', 'decade'],
  ['The offensive stalled this summer.', 'this summer', '2022-SU', 'season'],
  ['The offensive stalled last winter.', 'last winter', '2021-WI', 'season'],
  ['Talks stalled over the weekend.', 'the weekend', '2022-W48-WE', 'week'],
  ['Fighting resumed last fall.', 'last fall', '2022-FA', 'season'],
  ['Repairs finish next spring.', 'next spring', '2023-SP', 'season'],
];

describe('extractTimes: durations, sets, references, decades and seasons', () => {
  for (const [sentence, surface, value, granularity] of literals) {
    it(`${surface} in "${sentence}"`, () => {
      const found = extractTimes(sentence, ref).find((t) => t.text === surface);
      assert.ok(
        found,
        `expected "${surface}" among ${JSON.stringify(extractTimes(sentence, ref).map((t) => t.text))}`,
      );
      assert.equal(found.value, value);
      assert.equal(found.granularity, granularity);
      assert.equal(sentence.slice(found.span.start, found.span.end), found.text);
    });
  }
});

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
