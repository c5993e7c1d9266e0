import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skipWithoutShared } from '../../test-support/shared.js';
import { readPolnear } from '../datasets/polnear-read.js';
import { speakerGroups } from './train-speaker.js';

describe('speaker choices from the PolNeAR train split', () => {
  const skip = skipWithoutShared('benchmarks', 'polnear', 'train');

  it('gives most gold cue verbs a choice that is their gold source', { skip }, () => {
    const groups = readPolnear('train').slice(0, 10).flatMap(speakerGroups);
    const withRight = groups.filter((g) => g.some((e) => e.label)).length;
    assert.ok(withRight > groups.length / 2, `${withRight} of ${groups.length}`);
    assert.ok(groups.some((g) => g.some((e) => !e.label)));
  });
});
