import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceStage } from './sentence.stage.js';

/** `count` invented words, none in wink's vocabulary: each one wink learns. */
const inventedWords = (count: number): string => {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: count }, (_, n) => {
    let word = 'q';
    for (let k = n; word.length < 6; k = Math.floor(k / letters.length)) word += letters[k % letters.length];
    return word;
  }).join(' ');
};

const lemmasOf = (text: string): (string | undefined)[] =>
  (sentenceStage.run(text, {}, {}).tokens ?? []).map((t) => t.lemma);

describe('lemmas do not depend on the documents read before', () => {
  it('gives a contraction kept whole the same lemma after wink has learned many words', () => {
    const text = 'There are places we cannot. Others we can’t.';
    const before = lemmasOf(text);
    // Past 131,072 lexemes wink's expansion pointers (read as lemmas) name learned words.
    lemmasOf(inventedWords(50_000));
    assert.deepEqual(lemmasOf(text), before);
    assert.equal(before[4], 'cannot');
  });
});
