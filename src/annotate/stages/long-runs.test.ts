import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakLongRuns, longRuns, MAX_RUN, originalOffsets } from './long-runs.js';
import { sentenceStage } from './sentence.stage.js';

describe('long runs without spaces', () => {
  it('leaves ordinary text as it is', () => {
    const text = 'The convoy of 40 trucks crossed the bridge at dawn.';
    assert.deepEqual(breakLongRuns(text), { text, inserted: [] });
  });

  it('inserts a space every MAX_RUN characters, and the offsets map back', () => {
    const run = 'x'.repeat(MAX_RUN * 2 + 5);
    const broken = breakLongRuns(`go ${run} now`);
    assert.equal(broken.text, `go ${'x'.repeat(MAX_RUN)} ${'x'.repeat(MAX_RUN)} xxxxx now`);
    assert.deepEqual(broken.inserted, [3 + MAX_RUN, 4 + 2 * MAX_RUN]);
    const original = originalOffsets(broken.inserted);
    assert.deepEqual([3, 3 + MAX_RUN, 4 + MAX_RUN, broken.text.length].map(original), [
      3,
      3 + MAX_RUN,
      3 + MAX_RUN,
      broken.text.length - 2,
    ]);
  });

  it('never cuts a surrogate pair', () => {
    const run = `${'x'.repeat(MAX_RUN - 1)}${'😀'.repeat(MAX_RUN)}`;
    for (const piece of breakLongRuns(run).text.split(' '))
      assert.doesNotMatch(piece, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('gives tokens over one long word that cover it without gaps, inside the text', () => {
    const text = `A word: ${'a'.repeat(20 * MAX_RUN + 7)}. Then a sentence after it.`;
    const { tokens = [], sentences = [] } = sentenceStage.run(text, {}, {});
    const word = tokens.filter((t) => /^a{2,}$/.test(text.slice(t.span.start, t.span.end)));
    assert.equal(word.length, 21);
    for (let i = 1; i < word.length; i++) assert.equal(word[i]?.span.start, word[i - 1]?.span.end);
    assert.equal(text.slice(tokens.at(-1)?.span.start, tokens.at(-1)?.span.end), '.');
    assert.equal(
      text.slice(sentences.at(-1)?.span.start, sentences.at(-1)?.span.end),
      'Then a sentence after it.',
    );
  });

  it('finds the runs the pattern /\\S{n,}/gu finds, counting a surrogate pair once', () => {
    const pieces = ['x', '😀', '\uD800', '\uDC00', ' ', '\n', '\u00A0', '\u3000', 'é'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      while (text.length < 60) text += pieces[Math.floor(random() ** 3 * pieces.length)];
      const expected = [...text.matchAll(/\S{9,}/gu)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      assert.deepEqual(longRuns(text, 8), expected, JSON.stringify(text));
    }
  });
});
