import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../../../resolve/memory-corpus.js';
import { emptyReconciliation } from '../../assess.js';
import { matchIndicators } from '../../indicator/board.js';
import { parseQuestion } from '../../question/index.js';
import { originFinder } from '../origins.js';
import { relevanceModel } from './model.js';

describe('relevance model file', () => {
  it('loads model/assess-relevance-model.json with its threshold and provenance', () => {
    const model = relevanceModel();
    assert.ok(model.weights.size > 100);
    assert.equal(model.threshold, -1.5);
    assert.match(model.trained.split, /^development golds: .*belarus-seeds/);
    assert.ok(model.trained.positives > 0 && model.trained.positives < model.trained.examples);
    assert.ok(model.weights.has('via=cue'));
  });
});

// An invented question and invented sentences.
const yaml = `question: Will the northern army receive military trucks before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: supply
    label: Trucks are supplied
  - id: none
    label: Nothing is sent
indicators:
  - id: supplies
    name: Deliveries of trucks to the northern army
    description: Reports of sending or handing over military trucks to the northern army.
    match:
      cues: [trucks]
    direction:
      supply: consistent
      none: inconsistent
`;

describe('evidence chosen by the relevance model', () => {
  const parsed = parseQuestion(yaml, 'q.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const corpus = memoryCorpus([
    'The ministry delivered forty trucks to the northern army on Monday. ' +
      'The ministry handed over military vehicles to the northern army, officials said. ' +
      'The military convoy crossed the border.',
  ]);
  const [evidence] = matchIndicators(
    parsed.question,
    corpus,
    emptyReconciliation,
    originFinder(emptyReconciliation),
  );

  it('takes a sentence in the words of the indicator that holds no cue, and leaves one with few of them', () => {
    assert.deepEqual(
      (evidence ?? []).map((p) => p.sentenceText),
      [
        'The ministry delivered forty trucks to the northern army on Monday.',
        'The ministry handed over military vehicles to the northern army, officials said.',
      ],
    );
  });
});
