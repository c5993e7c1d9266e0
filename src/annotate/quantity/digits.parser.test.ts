import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from './extract.js';

const values = (text: string): (number | undefined)[] =>
  extractQuantities(text)
    .filter((q) => q.kind !== 'year')
    .map((q) => q.value);

describe('fractions written with a slash', () => {
  const table: [string, (number | undefined)[]][] = [
    ['Add 1/2 kg of flour.', [0.5]],
    ['Nearly 2/3 of the seats were empty.', [2 / 3]],
    ['The bolt is 3/8 inch wide.', [0.375]],
    // Negatives: dates, scores, improper fractions, and a slash figure before a word that is no unit.
    ['Add 3/4 cup of flour.', []],
    ['They met on 1/2 and again on 2/3/2021.', []],
    ['The vote went 5/4 in favour.', []],
    ['Ratings of 3/5 stars.', []],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(values(text), expected));
});
