import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const rates = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map(
    (q) => `${q.kind} ${q.unit ?? q.thing ?? '-'}`,
  );

describe('rates of counted things', () => {
  const table: [string, string[]][] = [
    ['The clinic can run two thousand swabs per day.', ['rate swab per day']],
    ['Its rotor turns nearly 9,000 times a minute.', ['rate count per minute']],
    ['Patients get four meals a day.', ['rate meal per day']],
    ['Shops sold 20,000 DVDs a month.', ['rate dvd per month']],
    ['The striker averaged 1.2 goals per match.', ['rate goal per match']],
    // After "a", only a unit of time divides; a point in time is no rate; "times" alone is no rate.
    ['Nurses gave five jabs a patient.', ['count jabs']],
    ['Holdings fell to 700 contracts from 810 contracts a week earlier.', ['count contracts']],
    ['The sirens sounded 3 times in a row.', ['count -']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(rates(text), expected));
});
