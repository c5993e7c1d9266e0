import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueLogit, cueModel } from '../../annotate/attribution/learned-cue.js';
import { skipWithoutShared } from '../../test-support/shared.js';
import { readPolnear } from '../datasets/polnear-read.js';
import { fitSparseLogistic } from './sparse-logistic.js';
import { cueExamples } from './train-cue.js';

describe('sparse logistic fit', () => {
  const examples = [
    { features: ['w=said', 'n=that'], label: true },
    { features: ['w=ate', 'n=DET'], label: false },
    { features: ['w=said', 'n=DET'], label: true },
    { features: ['w=ate', 'n=that'], label: false },
  ];
  const settings = { epochs: 30, rate: 0.5, l2: 0, minCount: 1 };

  it('learns which feature tells the classes apart, the same way each time', () => {
    const fit = fitSparseLogistic(examples, settings);
    assert.ok((fit.weights.get('w=said') ?? 0) > 1);
    assert.ok((fit.weights.get('w=ate') ?? 0) < -1);
    assert.deepEqual(fitSparseLogistic(examples, settings), fit);
  });
});

describe('learned cue model on the PolNeAR test stand-in, which it never saw', () => {
  const skip = skipWithoutShared('benchmarks', 'polnear', 'train');

  it('is trained on articles that are not the test articles', { skip }, () => {
    const test = readPolnear('test').map((d) => d.name);
    const train = new Set(readPolnear('train').map((d) => d.name));
    assert.ok(test.length >= 80, `${test.length} test articles`);
    assert.deepEqual(
      test.filter((name) => train.has(name)),
      [],
    );
  });

  it('takes verbs that gold cues cover, and mostly only those', { skip }, () => {
    const docs = readPolnear('test').slice(0, 6);
    const model = cueModel();
    const scored = cueExamples(docs).map((e) => ({
      taken: cueLogit(model, e.features) > model.threshold,
      y: e.label,
    }));
    const tp = scored.filter((s) => s.taken && s.y).length;
    const precision = tp / Math.max(1, scored.filter((s) => s.taken).length);
    const recall = tp / Math.max(1, scored.filter((s) => s.y).length);
    assert.ok(precision > 0.6, `precision ${precision.toFixed(2)}`);
    assert.ok(recall > 0.6, `recall ${recall.toFixed(2)}`);
  });
});
