import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const found = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map(
    (q) => `${q.value ?? `${q.low}-${q.high}`} ${q.unit ?? '-'}`,
  );

describe('an "m" written against a figure', () => {
  const table: [string, string[]][] = [
    // A million where the nearest noun or verb before it is about money (WordNet).
    ['The firm reported revenue of 45m last year.', ['45000000 -']],
    ['Profits fell to 2.5m.', ['2500000 -']],
    ['They paid 5m for the striker.', ['5000000 -']],
    ['Revenue rose from 5m to 7m.', ['5000000-7000000 -']],
    // Negatives: metres after other words, before a noun or an adjective of dimension, or in a
    // range whose other end is in another unit of length.
    ['The tower is 45m tall.', ['45 metre']],
    ['The shell exploded 300m away.', ['300 metre']],
    ['They paid for a 5m boat.', ['5 metre']],
    ['The budget office stands at a rate of 500m to 1km a day.', ['500 metre', '1 kilometre per day']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
