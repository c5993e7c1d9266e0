import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoized } from './memoized.js';

describe('memoized: a bounded memo of a string function', () => {
  it('calls the function once per distinct argument and returns its value', () => {
    const calls: string[] = [];
    const upper = memoized((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    });
    assert.deepEqual(['a', 'b', 'a', 'a', 'b'].map(upper), ['A', 'B', 'A', 'A', 'B']);
    assert.deepEqual(calls, ['a', 'b']);
  });

  it('keeps answering right once the memo is full and emptied', () => {
    const calls: string[] = [];
    const length = memoized((s: string) => {
      calls.push(s);
      return s.length;
    }, 2);
    assert.deepEqual(['x', 'yy', 'zzz', 'x', 'zzz'].map(length), [1, 2, 3, 1, 3]);
    assert.deepEqual(calls, ['x', 'yy', 'zzz', 'x']);
  });
});
