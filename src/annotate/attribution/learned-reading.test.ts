import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingModel } from './learned-reading.js';
import { speakerModel } from './speaker-choice.js';
import { runOwnStages } from './test-layers.js';

// [text, holder, cue, content]: a verb of talk or feeling that both cue models turn down, read a
// second time with the phrase before it as holder.
const found: [string, string, string, string][] = [
  [
    'The mayor apologised for the delays to the repairs.',
    'The mayor',
    'apologised',
    'for the delays to the repairs',
  ],
  ['She asked about the cost of the new line.', 'She', 'asked', 'about the cost of the new line'],
  // The holder is the phrase the speaker model chooses: past a first verb and "but also", past "needs to".
  [
    'His brother agreed, but also contended that the house should be sold.',
    'His brother',
    'contended',
    'the house should be sold',
  ],
  [
    'The governor needs to tell the truth about the budget.',
    'The governor',
    'tell',
    'the truth about the budget',
  ],
];

describe('learned attribution reading', () => {
  it('loads its trained weights, and reads no verb of doing', () => {
    for (const model of [readingModel(), speakerModel()]) {
      assert.ok(model.weights.size > 20);
      assert.match(model.trained.split, /PolNeAR train/);
    }
    const layers = runOwnStages('The army shelled the town for days.');
    assert.deepEqual(layers.attitudes, []);
  });

  it('reads no verb form hyphened to the word before it', () => {
    const layers = runOwnStages(
      'The Sierra Leone-flagged Razoni, loaded with corn, is the first ship to leave the port.',
    );
    assert.deepEqual(layers.attitudes, []);
  });

  for (const [text, holder, cue, content] of found) {
    it(`reads ${cue} in "${text}" as an attitude`, () => {
      const layers = runOwnStages(text);
      assert.deepEqual(layers.attributions, []);
      const [a, ...rest] = layers.attitudes ?? [];
      assert.equal(rest.length, 0);
      assert.equal(a?.speaker.text, holder);
      assert.equal(text.slice(a?.cue.span.start, a?.cue.span.end), cue);
      assert.equal(text.slice(a?.content.start, a?.content.end), content);
      assert.match(a?.rule ?? '', /:read$/);
    });
  }
});
