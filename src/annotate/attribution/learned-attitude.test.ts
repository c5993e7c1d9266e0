import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attitudeModel } from './learned-attitude.js';
import { runOwnStages } from './test-layers.js';

// [text, holder, cue, content]: a side taken, read as an attitude of its subject.
const found: [string, string, string, string][] = [
  ['The union backed the strike.', 'The union', 'backed', 'the strike'],
  ['The opposition leader opposed the new budget.', 'The opposition leader', 'opposed', 'the new budget'],
  // A verb of voicing after a quote voices the quote, not the phrase after it.
  [
    '“Open the gates!” the mayor’s aide shouted to the crowd.',
    'the mayor’s aide',
    'shouted',
    'Open the gates',
  ],
];

// Verbs of doing, and participles that describe a noun: no attitude.
const none: string[] = [
  'The army launched an attack on the town.',
  'Photos taken on Friday showed damage to the bridge.',
  'The ship, known as the Star, sank.',
];

describe('learned attitude cue', () => {
  it('loads its trained weights from model/attitude-cue-model.json', () => {
    const model = attitudeModel();
    assert.ok(model.weights.size > 100);
    assert.ok(Number.isFinite(model.threshold));
    assert.match(model.trained.split, /PolNeAR train/);
  });

  for (const [text, holder, cue, content] of found) {
    it(`finds ${cue} in "${text}", as an attitude and not a report`, () => {
      const layers = runOwnStages(text);
      assert.deepEqual(layers.attributions, []);
      const [a, ...rest] = layers.attitudes ?? [];
      assert.equal(rest.length, 0);
      assert.equal(a?.speaker.text, holder);
      assert.equal(a?.cue.text, cue);
      assert.equal(text.slice(a?.content.start, a?.content.end), content);
      assert.match(a?.rule ?? '', /^attitude/);
    });
  }

  it('gives a participle after a comma the model is sure of to the subject of the clause before it', () => {
    const text = 'The senator backed the bill, hoping to win votes in the north.';
    const found = (runOwnStages(text).attitudes ?? []).map((a) => [a.speaker.text, a.cue.text]);
    assert.deepEqual(found.at(-1), ['The senator', 'hoping'], JSON.stringify(found));
  });

  it('never reads a prepositional cue after a comma as an attitude', () => {
    const text =
      'Ruiz reminded Okafor in a phone conversation that the “occupation of the mine was the cause for concern over its safety,” according to a statement from the Chilean presidency.';
    const cues = (runOwnStages(text).attitudes ?? []).map((a) => a.cue.text);
    assert.ok(!cues.includes('according'), JSON.stringify(cues));
  });

  it('reads a past tense before "and" and another verb as a verb, not a participle', () => {
    const text = 'The senator outlined her tax plan and promised to cut fees.';
    const cues = (runOwnStages(text).attitudes ?? []).map((a) => a.cue.text);
    assert.ok(cues.includes('outlined'), JSON.stringify(cues));
  });

  for (const text of none) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(runOwnStages(text).attitudes, []);
    });
  }
});
