import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skipWithoutShared } from '../../test-support/shared.js';
import { predictDev, stanceFigures } from './evaluate.js';
import { stanceNeeds, stancePairs } from './sets.js';

describe('Emergent stance sets (../shared/benchmarks/emergent)', {
  skip: skipWithoutShared(stanceNeeds.emergent),
}, () => {
  it('splits by claim: no claim is in both parts, and dev is about a fifth', () => {
    const train = stancePairs('emergent', 'train');
    const dev = stancePairs('emergent', 'dev');
    const trainClaims = new Set(train.map((p) => p.group));
    assert.equal(train.length + dev.length, 2071);
    assert.ok(dev.every((p) => !trainClaims.has(p.group)));
    assert.ok(dev.length > 300 && dev.length < 550, `${dev.length} dev pairs`);
  });
  it('scores the dev part well above the majority class with the shipped weights', () => {
    const { gold, predicted } = predictDev('emergent');
    const majority = Math.max(
      ...['for', 'against', 'observing'].map((l) => gold.filter((g) => g === l).length),
    );
    const { accuracy } = stanceFigures('emergent', gold, predicted);
    assert.ok(accuracy > majority / gold.length + 0.15, `accuracy ${accuracy}`);
  });
});

describe('FNC-1 stance sets (../shared/benchmarks/fnc1)', {
  skip: skipWithoutShared(stanceNeeds.fnc1),
}, () => {
  it('splits by body: no body is in both parts; every pair has its body and one of the four labels', () => {
    const train = stancePairs('fnc1', 'train');
    const dev = stancePairs('fnc1', 'dev');
    const trainBodies = new Set(train.map((p) => p.group));
    assert.equal(train.length + dev.length, 40350);
    assert.ok(dev.every((p) => !trainBodies.has(p.group)));
    const labels = new Set([...train, ...dev].map((p) => p.label));
    assert.deepEqual([...labels].sort(), ['agree', 'disagree', 'discuss', 'unrelated']);
    assert.ok(dev.length > 6000 && dev.length < 10_000, `${dev.length} dev pairs`);
  });
});
