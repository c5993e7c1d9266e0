import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listedSet } from './listed-set.js';

describe('listedSet: a set held compactly, read as a Set is', () => {
  it('has the same members, size and order as a Set of the same words', () => {
    const words = ['troop', 'cross', 'border', 'troop', 'river'];
    const listed = listedSet(words);
    const plain = new Set(words);
    assert.equal(listed.size, 4);
    assert.deepEqual([...listed], [...plain]);
    assert.deepEqual([...listed.values()], [...plain.values()]);
    assert.deepEqual([...listed.keys()], [...plain.keys()]);
    assert.deepEqual([...listed.entries()], [...plain.entries()]);
    assert.equal(listed.has('border'), true);
    assert.equal(listed.has('bridge'), false);
    const seen: string[] = [];
    listed.forEach((w) => {
      seen.push(w);
    });
    assert.deepEqual(seen, [...plain]);
  });

  it('keeps an empty set empty and a long one a Set', () => {
    assert.deepEqual([...listedSet([])], []);
    assert.equal(listedSet([]).has(''), false);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const long = listedSet(new Set(many));
    assert.ok(long instanceof Set);
    assert.deepEqual([...long], many);
  });
});
