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
  it('reads 100,000 digits in a row quickly and gives no infinite value', () => {
    const text = `about ${'9'.repeat(100_000)} tanks`;
    const started = performance.now();
    assertValid(text);
    assert.ok(performance.now() - started < 2000);
  });
  it('stays linear on a 1 MB line', () => {
    const unit = 'up to 1,200 men and 3 tanks, T-72 ';
    const small = unit.repeat(3_000);
    const large = unit.repeat(30_000);
    const t0 = performance.now();
    assertValid(small);
    const t1 = performance.now();
    assertValid(large);
    const t2 = performance.now();
    assert.ok(large.length >= 1_000_000);
    assert.ok(
      t2 - t1 < 30 * (t1 - t0) + 500,
      `10x input took ${Math.round(t2 - t1)} ms vs ${Math.round(t1 - t0)} ms`,
    );
  });
});
