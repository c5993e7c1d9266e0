import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from './extract.js';

const ranges = (text: string): string[] =>
  extractQuantities(text).map((q) => `${q.value ?? `${q.low}-${q.high}`} ${q.unit ?? '-'}`);

describe('sums joined by a slash', () => {
  const table: [string, string[]][] = [
    ['Analysts see the stock at $40/$55 next year.', ['40-55 dollar']],
    ['Bids came in at €3/€3.5 per kg.', ['3-3.5 euro per kilogram']],
    // Negatives: a price per unit, a date, sums not glued to the slash.
    ['Beef sells at $9/kg.', ['9 dollar per kilogram']],
    ['It was filed on 12/07.', []],
    ['Prices were $40 / $55 apart.', ['40 dollar', '55 dollar']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(ranges(text), expected));
});
