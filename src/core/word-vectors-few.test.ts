import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { cosine, vectorsOf } from './word-vectors-few.js';

describe('vectorsOf', () => {
  const v = vectorsOf(['halt', 'suspend', 'banana', 'not-a-word-at-all']);

  it('reads unit vectors of the words it knows, and leaves out the rest', () => {
    assert.deepEqual([...v.keys()].sort(), ['banana', 'halt', 'suspend']);
    const halt = v.get('halt');
    assert.ok(halt);
    assert.ok(Math.abs(cosine(halt, halt) - 1) < 1e-4);
  });

  it('puts verbs of one act closer than unrelated words', () => {
    const [halt, suspend, banana] = ['halt', 'suspend', 'banana'].map((w) => v.get(w));
    assert.ok(halt && suspend && banana);
    assert.ok(cosine(halt, suspend) > cosine(halt, banana) + 0.3);
  });

  it('leaves out words rarer than the rank asked for', () => {
    assert.deepEqual([...vectorsOf(['the', 'halt'], 10).keys()], ['the']);
  });

  it('reads a few common words without parsing the whole word list or keeping each chunk read', () => {
    // In a fresh process, so that the peak resident set is this reading's own.
    const module = new URL('./word-vectors-few.ts', import.meta.url).href;
    const code = `const { vectorsOf } = await import(${JSON.stringify(module)});
      const before = process.resourceUsage().maxRSS;
      const read = vectorsOf(['capture', 'town', 'seize', 'force', 'possession', 'charm'], 40000);
      console.log(read.size, (process.resourceUsage().maxRSS - before) / 1024);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
    });
    const [words, megabytes] = run.stdout.trim().split(' ').map(Number);
    assert.equal(words, 6, run.stderr);
    // Parsed whole, the word list and the chunks of ~15 MB of vectors read took ~58 MB.
    assert.ok((megabytes ?? Number.POSITIVE_INFINITY) < 25, `${megabytes} MB`);
  });
});
