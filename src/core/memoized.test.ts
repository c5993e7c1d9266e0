import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastMemo, memoized } from './memoized.js';

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

  it('remembers an answer of undefined as well', () => {
    const calls: string[] = [];
    const verbOf = memoized((s: string): string | undefined => {
      calls.push(s);
      return s.endsWith('s') ? s.slice(0, -1) : undefined;
    });
    assert.deepEqual(['tank', 'says', 'tank', 'says', 'tank'].map(verbOf), [
      undefined,
      'say',
      undefined,
      'say',
      undefined,
    ]);
    assert.deepEqual(calls, ['tank', 'says']);
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

describe('lastMemo: the value of the last object only', () => {
  it('builds once while the same object is asked for, again after another one', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const built: number[] = [];
    const double = lastMemo((o: { n: number }) => {
      built.push(o.n);
      return o.n * 2;
    });
    assert.deepEqual([a, a, b, b, a].map(double), [2, 2, 4, 4, 2]);
    assert.deepEqual(built, [1, 2, 1]);
  });
});
