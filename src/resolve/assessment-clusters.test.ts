import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessedEvent, stanceOf } from './assessment-clusters.js';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementClusters } from './statement-clusters.js';

describe('assessment stance and event', () => {
  const stances: [string, number | undefined, string][] = [
    ['The General Staff says it cannot rule out an offensive.', 0.325, 'floor'],
    ['An offensive is less likely this winter, though it cannot be excluded later.', 0.325, 'hedged'],
    ['A direct entry into the war is unlikely.', 0.325, 'dismissal'],
    ['An attack is likely.', 0.7, 'other'],
    ['No figure was given.', undefined, 'other'],
  ];
  for (const [text, p, want] of stances) it(`${want}: ${text}`, () => assert.equal(stanceOf(text, p), want));

  const events: [string, boolean][] = [
    ['A Belarusian attack on Ukraine remains unlikely.', true],
    ['Nobody can rule out an offensive from Belarus next year.', true],
    ['An attack on the power grid of the capital is unlikely this winter.', false],
    ['Belarus is unlikely to raise gas prices.', false],
  ];
  for (const [text, about] of events)
    it(`${about ? 'about' : 'not about'} the event: ${text}`, () =>
      assert.equal(assessedEvent(text) !== undefined, about));
});

describe('assessment conflicts', () => {
  // Invented sentences; two documents from one outlet count as one origin.
  const corpus = memoryCorpus([
    {
      text: 'Analysts judged a Belarusian entry into the war unlikely in the coming weeks.',
      outlet: 'Alpha Post',
    },
    { text: 'A Belarusian attack on Ukraine remains unlikely.', outlet: 'Alpha Post' },
    { text: 'The General Staff says it cannot rule out an offensive from Belarus.', outlet: 'Beta Daily' },
    { text: 'An attack on the power grid of the capital is unlikely this winter.', outlet: 'Gamma Wire' },
    {
      text: 'A Belarusian offensive is less likely this winter, though it cannot be excluded later.',
      outlet: 'Delta',
    },
  ]);
  const { conflicts, clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);
  const assessments = conflicts.filter((c) => c.kind === 'assessment');

  it('gives one conflict per pair of distinct origins', () => {
    assert.equal(assessments.length, 1, assessments.map((c) => c.explanation).join(' / '));
    const [only] = assessments;
    assert.equal(only?.a.origin.name, 'Alpha Post');
    assert.match(only?.b.origin.name ?? '', /General Staff/);
    assert.equal(only?.verdict, 'conflict');
  });

  it('leaves out other events and hedged judgements', () => {
    const cluster = clusters.find((c) => c.key.startsWith('assessment:'));
    assert.ok(cluster);
    const texts = cluster.claims.map((c) => c.text);
    assert.ok(!texts.some((t) => /power grid/.test(t)));
    assert.ok(!assessments.some((c) => c.a.origin.name === 'Delta' || c.b.origin.name === 'Delta'));
  });
});
