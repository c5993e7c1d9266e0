import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventWord, sameEventWord } from './event-word.js';

describe('the word an event is filed under', () => {
  it('undoes a plural the tagger left on a noun, and leaves verbs and known nouns alone', () => {
    assert.equal(eventWord('negotiations', true), 'negotiation');
    assert.equal(eventWord('Checks', true), 'check');
    assert.equal(eventWord('news', true), 'news');
    assert.equal(eventWord('rises', false), 'rises');
  });
});

describe('one kind of event under two words', () => {
  it('joins synonym nouns and a noun with the verb it comes from', () => {
    assert.ok(sameEventWord('quake', 'earthquake'));
    assert.ok(sameEventWord('death', 'die'));
    assert.ok(sameEventWord('shooting', 'shoot'));
    assert.ok(sameEventWord('arrest', 'arrest'));
  });
  it('keeps apart verbs that are only near each other, and unrelated events', () => {
    assert.ok(!sameEventWord('check', 'go'));
    assert.ok(!sameEventWord('open', 'close'));
    assert.ok(!sameEventWord('flood', 'earthquake'));
    assert.ok(!sameEventWord('death', 'birth'));
  });
});
