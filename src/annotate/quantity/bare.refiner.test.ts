import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const found = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map(
    (q) => `${q.kind} ${q.value}`,
  );

describe('figures that name rather than count', () => {
  const table: [string, string[]][] = [
    // A name goes on after a bare figure in digits: a model, not a count.
    ['Buy the 11 Pro Max now.', []],
    // A year after a noun that "up" is hyphened to is a year, not a hedged count.
    ['In the run-up to 2024, the party changed.', ['year 2024']],
    // Negatives: something counted after it; "up to" written apart still hedges.
    ['They sold 11 Pro models.', ['count 11']],
    ['Prices may go up to 2000.', ['count 2000']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
