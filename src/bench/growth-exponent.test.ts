import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { growthExponent } from './growth-exponent.js';

describe('growthExponent: how time grows with size', () => {
  it('reads 1 for linear, 2 for quadratic growth, and nothing without two sizes', () => {
    const sizes = [1000, 2000, 4000];
    assert.equal(growthExponent(sizes.map((n) => ({ n, t: n * 0.003 })))?.toFixed(3), '1.000');
    assert.equal(growthExponent(sizes.map((n) => ({ n, t: n * n * 1e-6 })))?.toFixed(3), '2.000');
    assert.equal(growthExponent([{ n: 10, t: 1 }]), undefined);
    assert.equal(
      growthExponent([
        { n: 10, t: 0 },
        { n: 20, t: 1 },
      ]),
      undefined,
    );
  });
});
