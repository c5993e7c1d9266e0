import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../core/index.js';
import { memoryCorpus } from '../../resolve/memory-corpus.js';
import { emptyReconciliation } from '../index.js';
import { entityMatcher } from './entity-names.js';
import { namesIn, scopeTest } from './scope.js';

const place = (name: string): Mention =>
  ({
    kind: 'place',
    name,
    text: name,
    entity: name,
    rule: 'test',
    span: { start: 0, end: name.length },
  }) as Mention;

describe('the names of a scope', () => {
  it('takes the names of a question and no month or weekday', () => {
    assert.deepEqual(namesIn('Will Freedonia sign the treaty with Sylvania before 30 September?'), [
      'Freedonia',
      'Sylvania',
    ]);
  });

  it('matches a place in another spelling the gazetteer holds', () => {
    const kyiv = entityMatcher('Kyiv', emptyReconciliation);
    assert.equal(kyiv(place('Kiev')), true);
    assert.equal(kyiv(place('Kharkiv')), false);
  });
});

describe('a scope that names places below a country', () => {
  // Invented: a front near Odesa, and a question about Mykolaiv.
  const [cd] = memoryCorpus([
    'Ukrainian troops advanced towards Mykolaiv on Monday. ' +
      'Ukrainian troops also advanced near Odesa, where three villages were retaken. ' +
      'Officials in Kyiv said the push would go on. ' +
      'Boats crossed the Mykolaiv River at night.',
  ]);
  assert.ok(cd);
  const inScope = scopeTest(['Ukraine', 'Mykolaiv'], emptyReconciliation);
  const scopeOfSentence = (n: number) => {
    const s = cd.annotations.sentences[n];
    assert.ok(s);
    return inScope(cd, s.span);
  };

  it('keeps a sentence that names a scope place', () => assert.notEqual(scopeOfSentence(0), undefined));
  it('leaves out a sentence about another place, whatever actors it names', () =>
    assert.equal(scopeOfSentence(1), undefined));
  it('reads a capital as its government, not as another place', () =>
    assert.notEqual(scopeOfSentence(2), undefined));
  it('reads a scope name followed by the kind of place as the scope place', () =>
    assert.notEqual(scopeOfSentence(3), undefined));
});

describe('a sentence far from any scope name', () => {
  // Invented, one paragraph each (most scraped news has no line breaks): an article on household
  // bills in Portugal that names Norway once, and an article whose lead is about Norway.
  const filler = 'Shops on the high street reported a quiet week. ';
  const [aside, about] = memoryCorpus([
    'Household bills in Portugal rose again this month. Families cut back on heating. ' +
      'Some blamed gas from Norway for the rise. It had cost more since spring. ' +
      filler.repeat(4) +
      'Prices rose by a tenth over the winter.',
    'Norway cut its gas exports to Portugal on Monday. Officials gave no reason. ' +
      filler.repeat(4) +
      'Prices rose by a tenth over the winter.',
  ]);
  assert.ok(aside && about);
  const inScope = scopeTest(['Norway'], emptyReconciliation);
  const scopeOf = (cd: typeof aside, n: number) => {
    const s = cd.annotations.sentences.at(n);
    assert.ok(s);
    return inScope(cd, s.span);
  };

  it('keeps the sentence after the one that names the scope, where "it" finds its antecedent', () =>
    assert.equal(scopeOf(aside, 3), 'Norway'));
  it('leaves out a sentence several sentences past the one scope name of an article about else', () =>
    assert.equal(scopeOf(aside, -1), undefined));
  it('keeps any sentence of an article whose lead names the scope', () =>
    assert.equal(scopeOf(about, -1), 'Norway'));
});
