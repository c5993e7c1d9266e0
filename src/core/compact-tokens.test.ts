import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotations, Token } from './annotations.js';
import { CompactTokenPacker } from './compact-tokens.js';
import { emptyAnnotations } from './empty-annotations.js';

const tokens: Token[] = [
  { span: { start: 0, end: 5 }, pos: 'NOUN', lemma: 'troop' },
  { span: { start: 6, end: 9 }, pos: 'AUX' },
  { span: { start: 10, end: 16 }, pos: 'VERB', lemma: 'cross' },
  { span: { start: 70_000, end: 70_004 }, pos: 'NOUN', lemma: 'troop' },
  // Overlapping the previous token, and longer than a byte holds: still exact.
  { span: { start: 70_002, end: 70_302 }, pos: 'X', lemma: '' },
  { span: { start: 5_000_000_000, end: 5_000_000_001 }, pos: 'PUNCT' },
];
const annotations = (list: Token[]): Annotations => ({
  ...emptyAnnotations,
  sentences: [{ span: { start: 0, end: 17 } }],
  tokens: list,
});

describe('CompactTokenPacker: tokens held as a few bytes, read back as they were', () => {
  it('gives back the same tokens (absent lemmas stay absent) and the same keys in the same order', () => {
    const given = annotations(tokens);
    const packed = new CompactTokenPacker().pack(given);
    assert.deepEqual(packed.tokens, tokens);
    assert.equal(JSON.stringify(packed), JSON.stringify(given));
    assert.equal('lemma' in (packed.tokens[1] ?? {}), false);
    assert.deepEqual(new CompactTokenPacker().pack(annotations([])).tokens, []);
  });

  it('keeps thousands of distinct lemmas and parts of speech apart', () => {
    const many = Array.from(
      { length: 20_000 },
      (_, i): Token => ({
        span: { start: 3 * i, end: 3 * i + 2 },
        pos: `P${i % 300}`,
        lemma: `w${i}`,
      }),
    );
    assert.deepEqual(new CompactTokenPacker().pack(annotations(many)).tokens, many);
  });

  it('unpacks a document once while it is read, and many documents each correctly', () => {
    const packer = new CompactTokenPacker();
    const docs = Array.from({ length: 20 }, (_, d) =>
      packer.pack(
        annotations(tokens.map((t) => ({ ...t, span: { start: t.span.start + d, end: t.span.end + d } }))),
      ),
    );
    const first = docs[0];
    assert.equal(first?.tokens, first?.tokens, 'the same array while it is kept');
    for (const [d, doc] of docs.entries()) assert.equal(doc.tokens[2]?.span.start, 10 + d);
    assert.deepEqual(first?.tokens[0], { span: { start: 0, end: 5 }, pos: 'NOUN', lemma: 'troop' });
  });
});
