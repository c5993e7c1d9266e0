import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import { memoryCorpus } from '../../resolve/memory-corpus.js';
import type { Indicator } from '../question/index.js';
import { matchIndicator } from './match-indicator.js';
import { outletOrigin } from './origins.js';
import { indicatorThings, patientOf } from './patient.js';

// Invented indicators and sentences.
const bridges: Indicator = {
  id: 'bridges',
  name: 'Bridges over the Freedon destroyed',
  description: 'The road bridges between the two towns are blown up or destroyed.',
  match: { cues: ['destroyed', 'blown up'] },
  direction: {},
};
const losses: Indicator = {
  id: 'losses',
  name: 'Battle losses',
  description: 'Soldiers killed or wounded in the fighting.',
  match: { cues: ['killed', 'wounded'] },
  direction: {},
};

const found = (indicator: Indicator, text: string): string[] => {
  const [cd] = memoryCorpus([text]);
  assert.ok(cd);
  return matchIndicator(indicator, cd, {
    originOf: outletOrigin,
    scopeOf: () => ({ name: '', reach: 'unscoped' }),
  }).map((p) => p.sentenceText);
};

/** The heads of what the cue's verb acts on, in an invented sentence. */
const patients = (sentence: string, cue: string): string[] => {
  const ann = annotate(sentence);
  const start = sentence.indexOf(cue);
  const heads = patientOf(
    sentence,
    ann,
    { start, end: start + cue.length },
    { start: 0, end: sentence.length },
  );
  return heads.map((t) => sentence.slice(t.span.start, t.span.end));
};

describe('what a cue verb acts on', () => {
  it('reads the subject of a passive, the object of an active verb and the noun a participle follows', () => {
    assert.deepEqual(patients('All the bridges were destroyed on Monday.', 'destroyed'), ['bridges']);
    assert.deepEqual(patients('The shelling destroyed some trucks near the depot.', 'destroyed'), ['trucks']);
    assert.deepEqual(patients('Officials counted the houses destroyed in the night.', 'destroyed'), [
      'houses',
    ]);
    assert.deepEqual(patients('The strike killed at least one soldier.', 'killed'), ['soldier']);
    assert.deepEqual(patients('The raid killed scores of officers.', 'killed'), ['officers']);
    assert.deepEqual(patients('The regent seeks to replenish his stockpiles.', 'replenish'), ['stockpiles']);
    assert.deepEqual(patients('They want to cut off river and rail supply lines.', 'cut off'), [
      'river',
      'lines',
    ]);
  });

  it('reads nothing for a pronoun, a name or an infinitive after its subject', () => {
    assert.deepEqual(patients('Ukrainian forces have destroyed some.', 'destroyed'), []);
    assert.deepEqual(patients('Half the housing in the town was destroyed.', 'destroyed'), ['housing']);
    assert.deepEqual(patients('The army captured Freedonia on Monday.', 'captured'), []);
    assert.deepEqual(patients('Officials ordered all citizens to evacuate at once.', 'evacuate'), []);
  });

  it('takes the participant nouns of the indicator, its first word included', () => {
    const things = indicatorThings(bridges);
    assert.ok(things.has('bridge'));
    assert.ok(indicatorThings({ ...losses, name: 'Soldiers killed' }).has('soldier'));
  });
});

describe('a cue whose verb acts on something the indicator does not name', () => {
  it('is no evidence: buildings are not bridges, civilians are not soldiers', () => {
    assert.deepEqual(
      found(bridges, 'Half the housing in the town was destroyed. Both bridges were destroyed.'),
      ['Both bridges were destroyed.'],
    );
    assert.deepEqual(
      found(losses, 'Four civilians were killed in the shelling. Twelve soldiers were killed.'),
      ['Twelve soldiers were killed.'],
    );
  });

  it('keeps kinds of the thing, near words WordNet files with it and more general words', () => {
    const text = 'Two paratroopers were killed. Twelve troops were killed. Six people were killed.';
    assert.equal(found(losses, text).length, 3);
    assert.equal(found(bridges, 'The structure was destroyed overnight.').length, 1);
  });
});
