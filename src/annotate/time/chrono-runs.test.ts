import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../core/index.js';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';
import { chronoCandidates } from './chrono.parser.js';
import { chronoRuns } from './chrono-runs.js';
import { chunksOf } from './chunks.js';

const runs = (text: string): string[] =>
  chronoRuns(text, chunksOf(text)).map((r) => text.slice(r.start, r.end));

describe('chronoRuns: the sentences chrono-node is given', () => {
  it('leaves out sentences with no word or digit chrono starts from, and keeps neighbours together', () => {
    const text =
      'Officials met in the capital. They spoke on Monday about the plan. It was signed 3 weeks ago. Nobody objected.';
    assert.deepEqual(runs(text), ['They spoke on Monday about the plan. It was signed 3 weeks ago. ']);
  });

  it('carries a run across an abbreviation that looks like a sentence end', () => {
    assert.deepEqual(runs('The talks began on Dec. 5 in the capital. Nothing else.'), [
      'The talks began on Dec. 5 in the capital. ',
    ]);
  });

  it('reads each line apart and gives nothing for a text without triggers', () => {
    assert.deepEqual(runs('Nothing to see.\nTroops left yesterday.\nQuiet.'), ['Troops left yesterday.']);
    assert.deepEqual(runs('No dates here at all. None.'), []);
  });

  it('matches words whole but month and weekday names by their start', () => {
    assert.deepEqual(runs('A Wednesday. A dayroom. Septembers.'), ['A Wednesday. ', 'Septembers.']);
  });

  const texts = (): [string, string][] => {
    const own = join(projectRoot, 'examples', 'belarus');
    const files = readdirSync(own)
      .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(join(own, f), 'utf8')]);
    if (skipWithoutShared('corpus', 'belarus-2022-12')) return files;
    return [
      ...files,
      ...readdirSync(belarusCorpus())
        .filter((f) => f.endsWith('.txt'))
        .map((f): [string, string] => [f, readFileSync(belarusCorpus(f), 'utf8')]),
    ];
  };

  it('loses nothing chrono finds when given whole lines, on real articles', () => {
    for (const [name, text] of texts()) {
      for (const reference of [undefined, '2022-12-05']) {
        const whole = chronoCandidates(text, reference, chunksOf(text));
        const pruned = chronoCandidates(text, reference, chronoRuns(text, chunksOf(text)));
        assert.deepEqual(pruned, whole, name);
      }
    }
  });
});
