import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from './extract.js';

const found = (text: string): string[] => extractQuantities(text).map((q) => `${q.kind} ${q.value}`);

describe('a figure glued to a word', () => {
  const table: [string, string[]][] = [
    // An age is no designation, even glued to the word before it.
    ['She cared for her then-14 year-old son.', ['age 14']],
    ['Their now-3-month-old puppy slept.', ['age 3']],
    // Designations stay out.
    ['The Su-25 and the T-90 were spotted.', []],
    ['The COVID-19 wards filled up.', []],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});

describe('digits led by a zero', () => {
  const table: [string, string[]][] = [
    ['Call the 0800 number or agent 007.', []],
    ['Troops crossed at 0500 local time with 30 tanks.', ['count 30']],
    // Negatives: a decimal and a lone zero are amounts.
    ['It rose 0.5 points and 0 more.', ['measure 0.5', 'measure 0']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
