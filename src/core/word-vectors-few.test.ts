import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosine, vectorsOf } from './word-vectors-few.js';

describe('vectorsOf', () => {
  const v = vectorsOf(['halt', 'suspend', 'banana', 'not-a-word-at-all']);

  it('reads unit vectors of the words it knows, and leaves out the rest', () => {
    assert.deepEqual([...v.keys()].sort(), ['banana', 'halt', 'suspend']);
    const halt = v.get('halt');
    assert.ok(halt);
    assert.ok(Math.abs(cosine(halt, halt) - 1) < 1e-4);
  });

  it('puts verbs of one act closer than unrelated words', () => {
    const [halt, suspend, banana] = ['halt', 'suspend', 'banana'].map((w) => v.get(w));
    assert.ok(halt && suspend && banana);
    assert.ok(cosine(halt, suspend) > cosine(halt, banana) + 0.3);
  });

  it('leaves out words rarer than the rank asked for', () => {
    assert.deepEqual([...vectorsOf(['the', 'halt'], 10).keys()], ['the']);
  });
});
