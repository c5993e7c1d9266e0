import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import type { Indicator, Question } from '../question/index.js';
import { hasTarget, otherTarget, targetAfter, targetWords } from './target.js';

// An invented question and indicator.
const shelling: Indicator = {
  id: 'shelling',
  name: 'Shelling of the dam',
  description: 'Shells or rockets striking the dam or its spillway.',
  match: { cues: ['shelling', 'strikes'] },
  direction: {},
};
const question = {
  question: 'Will the Freedonian dam hold before May?',
  indicators: [shelling],
} as unknown as Question;

/** Whether the cue `word` in an invented sentence is aimed at something other than the dam. */
function elsewhere(sentence: string, word: string, participant = false): boolean | undefined {
  const ann = annotate(sentence);
  const start = sentence.indexOf(word);
  const phrase = targetAfter(
    sentence,
    ann,
    { start: 0, end: sentence.length },
    { start, end: start + word.length },
    participant,
  );
  return phrase && otherTarget(sentence, ann, phrase, targetWords(question, shelling));
}

describe('the target of a cue', () => {
  it('reads whether an indicator names where its event is', () => {
    assert.equal(hasTarget(shelling), true);
    assert.equal(hasTarget({ ...shelling, name: 'Units short of men' }), false);
  });

  it('finds the dam, a definite noun and a time as no other target', () => {
    assert.equal(elsewhere('Heavy shelling of the dam went on all night.', 'shelling'), false);
    assert.equal(elsewhere('Heavy shelling of the spillway went on.', 'shelling'), false);
    assert.equal(elsewhere('The shelling on Monday worried the engineers.', 'shelling'), false);
    assert.equal(elsewhere('Rockets hit a road and the strikes on the structure stopped.', 'strikes'), false);
  });

  it('finds another place or thing', () => {
    assert.equal(elsewhere('Army strikes on enemy positions went on.', 'strikes'), true);
    assert.equal(elsewhere('The shelling in a nearby forest lasted an hour.', 'shelling'), true);
  });

  it('takes no target when no preposition follows the cue', () => {
    assert.equal(elsewhere('The shelling worried the engineers.', 'shelling'), undefined);
  });
});
