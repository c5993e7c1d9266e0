import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractQuantities } from './extract.js';

/** Every quantity's span is inside the text and its text is exactly the slice. */
const assertValid = (text: string): void => {
  for (const q of extractQuantities(text)) {
    assert.ok(q.span.start >= 0 && q.span.start < q.span.end && q.span.end <= text.length);
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
    if (q.value !== undefined) assert.ok(Number.isFinite(q.value));
  }
};

describe('quantities on hostile text', () => {
  it('never throws and keeps spans valid on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => assertValid(s)),
      { numRuns: 300 },
    );
  });
  it('never throws on random mixes of digits, number words and punctuation', () => {
    const piece = fc.constantFrom(
      '12',
      '1,000',
      '-',
      ' to ',
      '$',
      '%',
      ' million',
      ' one',
      ' and a half',
      ' of ',
      'T-',
      'mm',
      ' ',
      '.',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => assertValid(parts.join(''))),
      { numRuns: 300 },
    );
  });
  // Growth with input size is measured by `npm run bench -- --only growth`, not timed here.
  it('reads 100,000 digits in a row and gives no infinite value', () => {
    assertValid(`about ${'9'.repeat(100_000)} tanks`);
  });
  it('reads 100 KB of "1.1.1." (a run of glued figures is walked once)', () => {
    assertValid('1.'.repeat(50_000));
  });
  it('reads a 1 MB line of figures', () => {
    const text = 'up to 1,200 men and 3 tanks, T-72 '.repeat(30_000);
    assert.ok(text.length >= 1_000_000);
    assertValid(text);
  });
});
