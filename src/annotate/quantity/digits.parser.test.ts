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

describe('mixed numbers and fraction characters', () => {
  const table: [string, (number | undefined)[]][] = [
    ['The pipe is 3 1/2 inches across.', [3.5]],
    ['She swam 2½ miles.', [2.5]],
    ['Only ¾ of the tickets sold.', [0.75]],
    ['About 2 1/2 million visitors came.', [2_500_000]],
    ['The board is 2-1/2 inches thick.', [2.5]],
    ['Use a 1⁄2 inch drill and 1 and 1/2 cups of sand.', [0.5, 1.5]],
    ['Wheat closed up 7-3/4 cents.', [7.75]],
    // Negatives: a slash run is no mixed number; a fraction character alone after a letter is no figure.
    ['Use the 1 1/2/3 layout.', [1]],
    ['Turnout was between 1 and 1/2 of the norm.', [1, 0.5]],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(values(text), expected));
});

describe('fraction words from the ordinals', () => {
  const table: [string, (number | undefined)[]][] = [
    ['One fifth of the staff left.', [0.2]],
    ['Three-fifths of members agreed.', [0.6]],
    ['A tenth of the harvest spoiled.', [0.1]],
    ['One in five voters stayed home.', [0.2]],
    ['Two out of every 10 shops closed.', [0.2]],
    ['Three in four said yes.', [0.75]],
    // Negatives: an ordinal is no fraction; nor a count and a time, a year, or more than the whole.
    ['He came fifth in the race.', []],
    ['He scored one in five minutes.', []],
    ['They opened two in 2021.', [2]],
    ['Ten out of three is no share.', [10, 3]],
    // A fraction of a scale word is a number.
    ['Nearly a quarter of a million people fled.', [250_000]],
    ['Two-thirds of a billion was spent.', [666_666_666.666667]],
  ];
  const fractions = (text: string) =>
    extractQuantities(text)
      .filter((q) => q.kind === 'count')
      .map((q) => q.value);
  for (const [text, expected] of table) it(text, () => assert.deepEqual(fractions(text), expected));
});
