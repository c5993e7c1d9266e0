import assert from 'node:assert/strict';
import { it } from 'node:test';
import { TokenBuckets } from './rate-limit.js';

it('lets a burst through, then refills at the rate, per key', () => {
  const buckets = new TokenBuckets({ perSecond: 2, burst: 3 });
  const at = (ms: number, key = 'a') => buckets.take(key, ms);
  assert.deepEqual([at(0), at(0), at(0)], [0, 0, 0]);
  assert.equal(at(0), 1, 'empty: wait about a second');
  assert.equal(at(0, 'b'), 0, 'another key has its own bucket');
  assert.equal(at(499), 1, 'not yet one token back after 0.499 s at 2/s');
  assert.equal(at(1000), 0, 'one token back');
  assert.deepEqual(
    [at(60_000), at(60_000), at(60_000), at(60_000)],
    [0, 0, 0, 1],
    'refill stops at the burst',
  );
});

it('lets one key have its own limit without changing the others', () => {
  const buckets = new TokenBuckets({ perSecond: 1, burst: 1 });
  const wide = { perSecond: 1000, burst: 5 };
  assert.deepEqual(
    Array.from({ length: 6 }, () => buckets.take('bench', 0, wide)),
    [0, 0, 0, 0, 0, 1],
  );
  assert.deepEqual([buckets.take('a', 0), buckets.take('a', 0)], [0, 1]);
  assert.equal(buckets.take('bench', 1, wide), 0, 'refills at its own rate: one back after 1 ms');
});
