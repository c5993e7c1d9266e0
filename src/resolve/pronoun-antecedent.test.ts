import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pronounAntecedents, type ReferringMention } from './pronoun-antecedent.js';

/** Mentions of one invented text: [words as written, head lemma, traits]. */
function mentionsOf(text: string, spec: [string, string, string?][]): ReferringMention[] {
  let from = 0;
  return spec.map(([phrase, word, traits = '']) => {
    const start = text.indexOf(phrase, from);
    from = start + 1;
    return {
      start,
      end: start + phrase.length,
      word,
      person: !traits.includes('thing'),
      plural: traits.includes('plural'),
      proper: traits.includes('proper'),
      organisation: traits.includes('organisation'),
    };
  });
}

describe('pronoun antecedents', () => {
  it('takes the nearest earlier person of the same number and gender', () => {
    const text = 'The widow met Carl Odum at the pier. He thanked her and the porters. They left.';
    const found = pronounAntecedents(
      mentionsOf(text, [
        ['widow', 'widow'],
        ['Carl Odum', 'odum', 'proper'],
        ['He', 'he'],
        ['her', 'her'],
        ['porters', 'porter', 'plural'],
        ['They', 'they'],
      ]),
    );
    assert.deepEqual(found.antecedents, [undefined, undefined, 1, 0, undefined, 4]);
  });

  it('skips things, organisations for a gendered pronoun, and anything after the pronoun', () => {
    const text = 'Mara Vell left Dunmore Mills and the bridge. She said so before Ida Pike spoke.';
    const found = pronounAntecedents(
      mentionsOf(text, [
        ['Mara Vell', 'vell', 'proper'],
        ['Dunmore Mills', 'mills', 'proper organisation'],
        ['bridge', 'bridge', 'thing'],
        ['She', 'she'],
        ['Ida Pike', 'pike', 'proper'],
      ]),
    );
    assert.equal(found.antecedents[3], 0);
    assert.equal(found.antecedents[4], undefined);
  });

  it('remembers a referent learned as male and passes over it for "she"', () => {
    const text = 'Lee Tran met Sam Ruiz. He smiled. Later she waved.';
    const mentions = mentionsOf(text, [
      ['Lee Tran', 'tran', 'proper'],
      ['Sam Ruiz', 'ruiz', 'proper'],
      ['He', 'he'],
      ['she', 'she'],
    ]);
    const found = pronounAntecedents(mentions, (i) => mentions[i]?.word ?? '');
    assert.equal(found.antecedents[2], 1);
    assert.equal(found.antecedents[3], 0);
    assert.equal(found.genders.get('ruiz'), 'm');
  });

  it('carries genders from an earlier document to the same referent', () => {
    const text = 'Sam Ruiz met Lee Tran. She nodded.';
    const mentions = mentionsOf(text, [
      ['Sam Ruiz', 'ruiz', 'proper'],
      ['Lee Tran', 'tran', 'proper'],
      ['She', 'she'],
    ]);
    const alone = pronounAntecedents(mentions, (i) => mentions[i]?.word ?? '');
    const told = pronounAntecedents(mentions, (i) => mentions[i]?.word ?? '', new Map([['tran', 'm']]));
    assert.equal(alone.antecedents[2], 1);
    assert.equal(told.antecedents[2], 0);
  });

  it('takes a body named as one for "it", never a person\'s name or a person noun', () => {
    const text = 'The harbour board met Mara Vell and the widow. It said the pier would close. It rusts.';
    const found = pronounAntecedents(
      mentionsOf(text, [
        ['harbour board', 'board'],
        ['Mara Vell', 'vell', 'proper'],
        ['widow', 'widow'],
        ['It', 'it'],
        ['pier', 'pier', 'thing'],
        ['It rusts', 'it', 'thing'],
      ]),
    );
    assert.deepEqual(found.antecedents, [undefined, undefined, undefined, 0, undefined, undefined]);
  });
});
