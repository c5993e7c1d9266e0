import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import type { Indicator } from '../question/index.js';
import { findPhrase, sentenceWords } from './find-phrases.js';
import { indicatorPhrases } from './phrases.js';
import { wordForms } from './word-forms.js';

/** These tests' cues hold no negation. */
const noNegator = () => false;

const indicator: Indicator = {
  id: 'ferry-strikes',
  name: 'Ferry crews on strike',
  description: 'Crews refuse to sail; reports that the service is restored count against.',
  match: { cues: ['refuse to sail', 'strike', 'walkouts'] },
  direction: {},
};

describe('meaning of an indicator', () => {
  it('reads word forms from WordNet: inflections, derivations and synonyms of the first sense', () => {
    assert.ok(wordForms('refusing').has('refuse'));
    assert.ok(wordForms('exhausted').has('exhaust'));
    assert.ok(wordForms('+troops').has('soldiery'));
    assert.ok(!wordForms('troops').has('soldiery'), 'synonyms only when asked for');
  });

  it('turns multi-word cues, a verb in its base form and "count against" clauses into phrases', () => {
    const phrases = indicatorPhrases(indicator, noNegator);
    assert.deepEqual(
      phrases.for.map((p) => p.source),
      ['cue:refuse to sail', 'cue:strike'],
    );
    assert.deepEqual(
      phrases.against.map((p) => p.source),
      ['against:the service is restored'],
    );
  });

  it('reads a measure at its norm as against an indicator of the measure beyond it', () => {
    // Invented sentences.
    const flood: Indicator = {
      id: 'flood',
      name: 'River flooding',
      description: 'Water spilling over the banks, or river levels above normal.',
      match: { cues: ['flood'] },
      direction: {},
    };
    const [norm] = indicatorPhrases(flood, noNegator).against;
    assert.ok(norm);
    const text = 'The river level stayed normal all week. Levels above normal were seen upstream.';
    const sentences = findPhrase(sentenceWords(text, annotate(text)), norm)
      .map((h) => text.slice(h.sentence.start, h.sentence.end).trim())
      .filter((s) => !norm.unless?.test(s));
    assert.deepEqual(sentences, ['The river level stayed normal all week.']);
  });

  it('finds a phrase in other words of the same meaning, one hit per sentence', () => {
    // Invented sentences.
    const text = 'The crews were refusing to sail on Monday. The harbour sailed on.';
    const words = sentenceWords(text, annotate(text));
    const [phrase] = indicatorPhrases(indicator, noNegator).for;
    assert.ok(phrase);
    const hits = findPhrase(words, phrase);
    assert.equal(hits.length, 1);
    assert.equal(text.slice(hits[0]?.span.start, hits[0]?.span.end), 'refusing to sail');
  });

  it('keeps the role a preposition gives a name in a cue', () => {
    // Invented sentences.
    const used: Indicator = {
      id: 'used',
      name: 'Carts used in Arland',
      match: { cues: ['used in Arland'] },
      direction: {},
    };
    const [phrase] = indicatorPhrases(used, noNegator).for;
    assert.ok(phrase);
    const text = 'The guild is using Arland as a pretext. The guild used its carts in Arland last week.';
    const sentences = findPhrase(sentenceWords(text, annotate(text)), phrase).map((h) =>
      text.slice(h.sentence.start, h.sentence.end).trim(),
    );
    assert.deepEqual(sentences, ['The guild used its carts in Arland last week.']);
  });

  it('reads an irregular form in a cue through its lemma', () => {
    // Invented sentence.
    const theft: Indicator = {
      id: 'theft',
      name: 'Grain theft',
      match: { cues: ['stole grain'] },
      direction: {},
    };
    const [phrase] = indicatorPhrases(theft, noNegator).for;
    assert.ok(phrase);
    const text = 'The raiders were stealing grain from the silos.';
    assert.equal(findPhrase(sentenceWords(text, annotate(text)), phrase).length, 1);
  });
});
