import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../memory-corpus.js';
import { reconcile } from '../reconcile.js';
import { claimStance } from './claim-stance.js';

/** The stance of each claim of an invented sentence. */
const stances = (text: string): string[] => {
  const [cd] = memoryCorpus([text]);
  return cd ? cd.annotations.claims.map((c) => claimStance(cd.doc.text, cd.annotations, c)) : [];
};

describe('claim stance (invented sentences)', () => {
  it('reads the speaker asserting, denying, reporting without a side, or questioning', () => {
    assert.deepEqual(stances('The convoy crossed the river at Tillbury, the governor said.'), ['asserts']);
    assert.deepEqual(stances('The ministry denied that the convoy crossed the river at Tillbury.'), [
      'denies',
    ]);
    assert.deepEqual(stances('The convoy reportedly crossed the river at Tillbury.'), ['reports']);
    assert.deepEqual(stances('Officials doubted that the convoy crossed the river at Tillbury.'), [
      'questions',
    ]);
  });
  it('reads a negated verb of holding true as a denial, a claim left unconfirmed as taking no side', () => {
    assert.deepEqual(
      stances('The president said he does not believe that the convoy would cross the river.'),
      ['denies'],
    );
    assert.deepEqual(
      stances('The convoy crossed the river at Tillbury, which could not be independently confirmed.'),
      ['reports'],
    );
  });
  it("keeps someone else's denial apart from the speaker's own claim", () => {
    assert.deepEqual(stances('The governor said the convoy, rejected by the town, crossed the river.'), [
      'asserts',
    ]);
  });
});

describe('statement conflicts from stance', () => {
  it('one origin asserting what another denies is a conflict between the two', () => {
    const corpus = memoryCorpus([
      {
        text: 'Governor Alan Marsh said Russian troops crossed the Dnipro river near Kherson on Monday.',
        outlet: 'Daily One',
      },
      {
        text: 'The Russian defence ministry denied that Russian troops crossed the Dnipro river near Kherson on Monday.',
        outlet: 'Daily Two',
      },
    ]);
    const result = reconcile(corpus);
    const cluster = result.clusters.find((c) => c.stances?.some((s) => s.stance === 'denies'));
    assert.ok(cluster, 'a cluster holds the denial');
    assert.deepEqual(new Set(cluster.stances?.map((s) => s.stance)), new Set(['asserts', 'denies']));
    const conflict = result.conflicts.find((k) => k.cluster === cluster.id && k.verdict === 'conflict');
    assert.ok(conflict, 'the assertion and the denial conflict');
    assert.match(conflict.explanation, /ministry denies what Alan Marsh asserts/);
  });
  it('one origin read two ways in two articles is no dispute', () => {
    const corpus = memoryCorpus([
      { text: 'Russian troops crossed the Dnipro river near Kherson on Monday.', outlet: 'Daily One' },
      {
        text: 'Daily One denied that Russian troops crossed the Dnipro river near Kherson on Monday.',
        outlet: 'Daily One',
      },
    ]);
    assert.equal(reconcile(corpus).conflicts.filter((k) => k.verdict === 'conflict').length, 0);
  });
});
