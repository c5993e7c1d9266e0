import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { surnameKey } from './fold.js';

describe('surname keys behind a memo', () => {
  it('gives the memoized surname keys the same answer twice (Lukashenka / Lukashenko)', () => {
    for (const name of ['Lukashenka', 'Lukashenko', 'al-Assad', 'Sakhashchyk', 'Sakhashchyk']) {
      assert.equal(surnameKey(name), surnameKey(name));
    }
    assert.equal(surnameKey('Lukashenka'), surnameKey('Lukashenko'));
    assert.notEqual(surnameKey('Lukashenka'), surnameKey('Shoigu'));
  });
});
