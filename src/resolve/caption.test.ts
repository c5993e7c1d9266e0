import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { endsWithPictureDate } from './caption.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementFacts } from './statement-facts.js';

/** Does the first sentence of an invented text end as a picture's caption does? */
const pictureDated = (text: string): boolean => {
  const a = annotate(text, { referenceDate: '2022-03-20' });
  const sentence = a.sentences[0];
  assert.ok(sentence);
  return endsWithPictureDate(text, sentence.span, a.times);
};

describe("a picture's caption by its close (invented sentences)", () => {
  const captions = [
    'Rescuers search the rubble of the school in Tarnow, Poland, Monday, March 7, 2022.',
    'The foreign minister speaks to reporters at the summit, Jan. 13, 2022.',
    'A soldier stands guard near the power station in the occupied south, on May 1, 2022.',
  ];
  for (const text of captions) it(`caption: ${text}`, () => assert.equal(pictureDated(text), true));

  const prose = [
    'The two leaders signed the accord in Tarnow on March 7, 2015.',
    'Rescuers searched the rubble of the school on Monday, officials said.',
    'The ferry, which sank on Jan. 13, 2022, was raised in the spring.',
  ];
  for (const text of prose) it(`prose: ${text}`, () => assert.equal(pictureDated(text), false));

  it('makes no statement to cluster, nor does an opening "This photo"', () => {
    const [cd] = memoryCorpus([
      'A firefighter is seen during a blaze at the depot, in Tarnow, Poland, Oct. 17, 2022. This photo was taken at the depot by a resident who said the fire spread fast. The mayor said the school would reopen in May.',
    ]);
    assert.ok(cd);
    assert.equal(cd.annotations.claims.length, 3);
    const kept = statementFacts(cd).map((f) => cd.annotations.claims[f.claim]?.text ?? '');
    assert.deepEqual(kept, ['The mayor said the school would reopen in May.']);
  });

  it('makes no statement of a caption that closes on its picture or opens with the credit of the one before', () => {
    const [cd] = memoryCorpus([
      'Smoke rises over the grain terminal after shelling in Izmail, Ukraine, in this handout picture released May 2, 2022. (Agency Photo/Jan Novak) FILE - In this photo taken from video, a tug tows a barge past the terminal. The port authority said loading resumed on Friday.',
    ]);
    assert.ok(cd);
    const kept = statementFacts(cd).map((f) => cd.annotations.claims[f.claim]?.text ?? '');
    assert.deepEqual(kept, ['The port authority said loading resumed on Friday.']);
  });
});
