import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { belarusText, skipWithoutShared } from '../../test-support/shared.js';
import { readSentences } from './sentence.stage.js';
import { pieces } from './wink-pieces.js';

describe('wink-nlp reads a long text in pieces', () => {
  it('cuts only before the space after a lower-case word ending a sentence, and loses nothing', () => {
    const sentence = 'The convoy crossed the bridge at dawn. Mr. Okafor said the U.S. Army left. ';
    const text = sentence.repeat(40);
    const cut = pieces(text, 200);
    assert.ok(cut.length > 5);
    assert.equal(cut.join(''), text);
    for (const piece of cut.slice(1)) assert.match(piece, /^ The convoy/);
    assert.ok(cut.slice(0, -1).every((piece) => piece.length >= 200));
    assert.deepEqual(pieces(text.slice(0, 399), 200), [text.slice(0, 399)]);
  });

  it('gives the same sentences, tokens and view as one reading, on real articles', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, () => {
    const text = belarusText();
    const whole = readSentences(text, {}, Number.POSITIVE_INFINITY);
    const inPieces = readSentences(text, {}, 1500);
    assert.ok(pieces(text, 1500).length > 10);
    assert.deepEqual(inPieces, whole);
  });
});
