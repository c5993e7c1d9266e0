import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotations, Token } from './annotations.js';
import { emptyAnnotations } from './empty-annotations.js';
import { TokenPacker } from './packed-tokens.js';

const tokens: Token[] = [
  { span: { start: 0, end: 5 }, pos: 'NOUN', lemma: 'troop' },
  { span: { start: 6, end: 9 }, pos: 'AUX' },
  { span: { start: 10, end: 16 }, pos: 'VERB', lemma: 'cross' },
  { span: { start: 70_000, end: 70_004 }, pos: 'NOUN', lemma: 'troop' },
];
const annotations = (list: Token[]): Annotations => ({
  ...emptyAnnotations,
  sentences: [{ span: { start: 0, end: 17 } }],
  tokens: list,
});

describe('TokenPacker: tokens held as numbers, read back as they were', () => {
  it('gives back the same tokens (absent lemmas stay absent) and the same keys in the same order', () => {
    const given = annotations(tokens);
    const packed = new TokenPacker().pack(given);
    assert.deepEqual(packed.tokens, tokens);
    assert.equal(JSON.stringify(packed), JSON.stringify(given));
    assert.equal('lemma' in (packed.tokens[1] ?? {}), false);
  });

  it('unpacks a document once while it is read, and many documents each correctly', () => {
    const packer = new TokenPacker();
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
