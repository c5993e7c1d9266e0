import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueModel } from './learned-cue.js';
import { runOwnStages } from './test-layers.js';

// [text, speaker, cue]: verbs that no lexicon entry names, which the learned model takes as cues.
const found: [string, string, string][] = [
  ['The governor joked that his staff drank too much coffee.', 'The governor', 'joked'],
  ['The union leader wondered whether the strike would last.', 'The union leader', 'wondered'],
  ['The coach hopes the team will win the cup.', 'The coach', 'hopes'],
];

// Verbs of doing and wanting, which report no proposition.
const none: string[] = [
  'The company signed the contract on Monday.',
  'The council wants to build a new bridge.',
  'Residents, who were frightened by the storm, fled to the hills.',
];

describe('learned attribution cue', () => {
  it('loads its trained weights from model/attribution-cue-model.json', () => {
    const model = cueModel();
    assert.ok(model.weights.size > 100);
    assert.ok(Number.isFinite(model.threshold));
    assert.match(model.trained.split, /PolNeAR train/);
    assert.ok(model.trained.positives > 0 && model.trained.positives < model.trained.examples);
  });

  for (const [text, speaker, cue] of found) {
    it(`finds ${cue} in "${text}"`, () => {
      const [a, ...rest] = runOwnStages(text).attributions ?? [];
      assert.equal(rest.length, 0);
      assert.equal(a?.speaker.text, speaker);
      assert.equal(a?.cue.text, cue);
      assert.match(a?.rule ?? '', /:learned$/);
    });
  }

  for (const text of none) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(runOwnStages(text).attributions, []);
    });
  }
});
