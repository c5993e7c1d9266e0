import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skipWithoutShared } from '../../test-support/shared.js';
import { readPolnear } from '../datasets/polnear-read.js';
import { readingExamples } from './train-reading.js';

describe('reading examples from the PolNeAR train split', () => {
  const skip = skipWithoutShared('benchmarks', 'polnear', 'train');

  it('labels readings right and wrong, each with how far the cue models fell short', { skip }, () => {
    const examples = readingExamples(readPolnear('train').slice(0, 20));
    const right = examples.filter((e) => e.label).length;
    assert.ok(right > 0 && right < examples.length, `${right} of ${examples.length} right`);
    assert.ok(examples.every((e) => e.features.some((f) => f.startsWith('m='))));
  });
});
