import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { nominalAntecedents } from './nominal-antecedent.js';
import type { ReferringMention } from './pronoun-antecedent.js';

/** Person mentions of one invented sentence: [words as written, head lemma, proper name?]. */
function described(text: string, spec: [string, string, boolean?][]): (string | undefined)[] {
  let from = 0;
  const mentions: ReferringMention[] = spec.map(([phrase, word, proper = false]) => {
    const start = text.indexOf(phrase, from);
    from = start + 1;
    return {
      start,
      end: start + phrase.length,
      word,
      person: true,
      plural: false,
      proper,
      organisation: false,
    };
  });
  return nominalAntecedents(text, annotate(text).tokens, mentions).map((j) =>
    j === undefined ? undefined : spec[j]?.[0],
  );
}

describe('nominal antecedents', () => {
  it('an apposition after the name describes it', () =>
    assert.deepEqual(
      described('Lena Marsh, a retired physician from the coast, opened the clinic.', [
        ['Lena Marsh', 'marsh', true],
        ['physician', 'physician'],
      ]),
      [undefined, 'Lena Marsh'],
    ));

  it('an apposition before the name describes it', () =>
    assert.deepEqual(
      described('The dismissed clerk, Tomas Reyka, came back on Friday.', [
        ['clerk', 'clerk'],
        ['Tomas Reyka', 'reyka', true],
      ]),
      ['Tomas Reyka', undefined],
    ));

  it('a copula joins subject and predicate, either way round', () => {
    assert.deepEqual(
      described("Ivo Brandt will be this year's host at the festival.", [
        ['Ivo Brandt', 'brandt', true],
        ['host', 'host'],
      ]),
      [undefined, 'Ivo Brandt'],
    );
    assert.deepEqual(
      described('The new coach of the club is Dara Quill.', [
        ['coach', 'coach'],
        ['Dara Quill', 'quill', true],
      ]),
      ['Dara Quill', undefined],
    );
  });

  it('leaves a phrase that is a subject, a denied description, a modifier or between two names', () => {
    assert.deepEqual(
      described('Ivo Brandt, the coach said, will leave.', [
        ['Ivo Brandt', 'brandt', true],
        ['coach', 'coach'],
      ]),
      [undefined, undefined],
    );
    assert.deepEqual(
      described('Ivo Brandt is not the host this year.', [
        ['Ivo Brandt', 'brandt', true],
        ['host', 'host'],
      ]),
      [undefined, undefined],
    );
    assert.deepEqual(
      described('Ivo Brandt, a family doctor, spoke.', [
        ['Ivo Brandt', 'brandt', true],
        ['family', 'family'],
        ['doctor', 'doctor'],
      ]),
      [undefined, undefined, 'Ivo Brandt'],
    );
    assert.deepEqual(
      described('Ana Roth, the coach, Ben Suri and others met.', [
        ['Ana Roth', 'roth', true],
        ['coach', 'coach'],
        ['Ben Suri', 'suri', true],
      ]),
      [undefined, undefined, undefined],
    );
  });

  it('takes only nouns of people: a group is no description of one person', () =>
    assert.deepEqual(
      described('Ivo Brandt, the team, won.', [
        ['Ivo Brandt', 'brandt', true],
        ['team', 'team'],
      ]),
      [undefined, undefined],
    ));
});
