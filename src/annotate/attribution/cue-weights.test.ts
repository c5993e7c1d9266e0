import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { belarusText, skipWithoutShared } from '../../test-support/shared.js';
import { sentenceStage } from '../stages/sentence.stage.js';
import { cueFeatures, cueParts } from './cue-features.js';
import { cueWeights, weightOf } from './cue-weights.js';
import { attitudeFeatures, attitudeModel, complementFeatures } from './learned-attitude.js';
import { cueLogit, cueLogitOfParts, cueModel } from './learned-cue.js';
import { findQuotes } from './quotes.js';

describe('cue models scored from feature parts', () => {
  it('find a weight where its string would, whatever "|" and "=" the values hold', () => {
    const weights = new Map([
      ['w=said', 1],
      ['ln=say|that', 2],
      ['ln=a|b|c', 3],
      ['s=P:|', 4],
      ['cs=32|P:|', 5],
      ['w=x=y', 6],
    ]);
    const w = cueWeights(weights);
    assert.equal(weightOf(w, 'w', 'said'), 1);
    assert.equal(weightOf(w, 'ln', 'say', 'that'), 2);
    assert.equal(weightOf(w, 'ln', 'a|b', 'c'), 3);
    assert.equal(weightOf(w, 'ln', 'a', 'b|c'), 3);
    assert.equal(weightOf(w, 'ln', 'a', 'b'), 0);
    assert.equal(weightOf(w, 's', 'P:|'), 4);
    assert.equal(weightOf(w, 'cs', '32', 'P:|'), 5);
    assert.equal(weightOf(w, 'w', 'x=y'), 6);
    assert.equal(weightOf(w, 'w', 'unknown'), 0);
  });

  it('give the very logits the feature strings give, on real articles', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, () => {
    const text = belarusText();
    const { toks, sentences } = sentenceStage.run(text, {}, {}).tokenView;
    const quotes = findQuotes(text);
    let asked = 0;
    for (const sentence of sentences)
      for (let i = sentence.first; i < sentence.last; i++) {
        if (toks[i]?.pos !== 'VERB') continue;
        asked++;
        const parts = cueParts(toks, i, sentence, quotes);
        assert.equal(
          cueLogitOfParts(cueModel(), parts),
          cueLogit(cueModel(), cueFeatures(toks, i, sentence, quotes)),
        );
        const attitude = attitudeFeatures(toks, i, sentence, quotes);
        const extra = complementFeatures(toks, i, sentence, parts);
        assert.equal(cueLogitOfParts(attitudeModel(), parts, extra), cueLogit(attitudeModel(), attitude));
      }
    assert.ok(asked > 300);
  });
});
