import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indicatorCandidates } from '../../assess/evidence/match-indicator.js';
import { outletOrigin } from '../../assess/evidence/origins.js';
import { relevanceFeatures, relevanceWords } from '../../assess/evidence/relevance/index.js';
import type { Indicator } from '../../assess/question/index.js';
import { memoryCorpus } from '../../resolve/memory-corpus.js';
import type { RelevanceData, RelevanceExample } from './relevance-data.js';
import { leaveOneGoldOut, scoreTaken, scoreWith } from './train-relevance.js';

// An invented indicator and invented sentences.
const supplies: Indicator = {
  id: 'supplies',
  name: 'Arland delivers trucks to Borduria',
  description: 'Reports of Arland sending or handing over military trucks to Borduria.',
  match: { cues: ['trucks'] },
  direction: {},
};
const unscoped = { originOf: outletOrigin, scopeOf: () => ({ name: '', reach: 'unscoped' as const }) };
const text =
  'Arland delivered forty trucks to Borduria on Monday. Farmers sold firetrucks at the market. ' +
  'The military convoy crossed the border.';

describe('relevance candidates', () => {
  const [cd] = memoryCorpus([text]);
  assert.ok(cd);

  it('adds loose candidates (a cue inside a word, a word of the indicator) that the rules set aside', () => {
    const strict = indicatorCandidates(supplies, cd, unscoped);
    const loose = indicatorCandidates(supplies, cd, unscoped, { loose: true });
    assert.deepEqual(
      strict.map((c) => c.piece.sentenceText),
      ['Arland delivered forty trucks to Borduria on Monday.'],
    );
    const vetoed = loose.filter((c) => c.vetoes.includes('unmatched')).map((c) => c.piece.sentenceText);
    assert.ok(vetoed.includes('Farmers sold firetrucks at the market.'));
    assert.ok(vetoed.includes('The military convoy crossed the border.'));
  });

  it('describes a candidate without naming any word of the question or indicator', () => {
    const words = relevanceWords(supplies, 'Will Arland supply Borduria with trucks?');
    const loose = indicatorCandidates(supplies, cd, unscoped, { loose: true });
    const context = { words, siblings: [words], vectors: new Map() };
    const features = loose.flatMap((c) => relevanceFeatures(c, cd, supplies, context, loose));
    assert.ok(features.includes('via=cue'));
    for (const word of ['arland', 'borduria', 'truck', 'trucks', 'deliver', 'military', 'convoy'])
      assert.ok(!features.some((f) => f.toLowerCase().includes(word)), word);
  });
});

const example = (features: string[], groups: number[], rules = false): RelevanceExample => ({
  indicator: 'i',
  document: 'd',
  features,
  groups,
  rules,
  report: true,
  once: `${features.join()}|${groups.join()}|${Math.random()}`,
  grep: rules,
});

describe('leave one gold out', () => {
  it('scores what is taken by the question eval rule: precision over pieces, recall over gold groups', () => {
    const data: RelevanceData = {
      gold: 'g',
      groups: 4,
      examples: [example(['a'], [0]), example(['a'], [0]), example(['b'], []), example(['a'], [1])],
    };
    const s = scoreTaken(data, (e) => e.features.includes('a'));
    assert.equal(s.p, 1);
    assert.equal(s.r, 0.5);
  });

  it('learns on the other golds what tells evidence apart, and scores the one left out', () => {
    const gold = (name: string): RelevanceData => ({
      gold: name,
      groups: 10,
      examples: Array.from({ length: 20 }, (_, k) =>
        k < 10 ? example(['good'], [k]) : example(['bad'], [], true),
      ),
    });
    const rows = leaveOneGoldOut([gold('a'), gold('b'), gold('c')], [{ kept: 0, added: 0 }]);
    for (const r of rows) {
      assert.equal(r.rules.f1, 0);
      assert.equal(r.model[0]?.f1, 1);
    }
    const [held] = scoreWith([gold('a'), gold('b')], [gold('held')], [{ kept: 0, added: 0 }]);
    assert.equal(held?.gold, 'held');
    assert.equal(held?.model[0]?.f1, 1);
  });
});
