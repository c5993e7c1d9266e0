import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Span } from '../../core/index.js';
import type { PolnearRelation } from './polnear-ann.js';
import { oneToOne, PolnearTally, spanMatches } from './polnear-score.js';

const text = 'The mayor said, “the bridge will reopen,” on Friday.';
const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function attribution(speaker: string, cue: string, content: string): Attribution {
  const span = at(speaker);
  return {
    span: { start: 0, end: text.length },
    text,
    rule: 'test',
    cue: { span: at(cue), text: cue },
    speaker: { span, text: speaker, vague: false },
    content: at(content),
  };
}

describe('PolNeAR span matching', () => {
  // [predicted, gold pieces, overlap?, exact?]
  const table: [string, string[], boolean, boolean][] = [
    ['the bridge will reopen', ['“the bridge will reopen,”'], true, true],
    ['the bridge', ['“the bridge will reopen,”'], true, false],
    ['mayor', ['The mayor'], true, false],
    ['on Friday', ['The mayor'], false, false],
    // A discontinuous gold span is matched, exactly, by its whole extent.
    ['The mayor said', ['The mayor', 'said'], true, true],
  ];
  for (const [p, gold, overlap, exact] of table) {
    it(`${p} against ${gold.join(' … ')}`, () => {
      assert.equal(spanMatches(text, 'overlap', at(p), gold.map(at)), overlap);
      assert.equal(spanMatches(text, 'exact', at(p), gold.map(at)), exact);
    });
  }

  it('matches one prediction to one gold item', () => {
    assert.deepEqual(
      oneToOne([1, 1], [1], (p, g) => p === g),
      { tp: 1, fp: 1, fn: 0 },
    );
  });

  it('counts an attribution only when cue, content and source all overlap one gold relation', () => {
    const gold: PolnearRelation[] = [
      { source: [at('The mayor')], cue: [at('said')], content: [at('“the bridge will reopen,”')] },
    ];
    const right = new PolnearTally();
    right.add(text, [attribution('The mayor', 'said', 'the bridge will reopen')], gold);
    assert.equal(right.scores()['attribution-overlap']?.tp, 1);
    const wrongSpeaker = new PolnearTally();
    wrongSpeaker.add(text, [attribution('on Friday', 'said', 'the bridge will reopen')], gold);
    const scores = wrongSpeaker.scores();
    assert.equal(scores['attribution-overlap']?.tp, 0);
    assert.equal(scores['cue-overlap']?.tp, 1);
    assert.equal(scores['source-exact']?.fp, 1);
  });
});
