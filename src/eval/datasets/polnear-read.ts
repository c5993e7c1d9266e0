import { readdirSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../core/index.js';
import { type PolnearRelation, parseAnn } from './polnear-ann.js';

/**
 * `train` and `dev` are PolNeAR's own splits; the official test split is held out by its authors
 * and not in ../shared. `test` stands in for it: every tenth article of the train split (from the
 * fifth, in file-name order), which `train` leaves out, so no learned cue ever sees it and no rule
 * is tuned on it (only dev errors are read while developing).
 */
export type PolnearSplit = 'train' | 'dev' | 'test';

const TEST_EVERY = 10;
const TEST_SLOT = 4;

export interface PolnearDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly PolnearRelation[];
}

/**
 * The multi-annotator rule, named once so the eval output and the docs say the same thing: where
 * several annotators did one article, the `.ann` whose annotator id sorts first is the gold.
 */
export const polnearAnnotatorRule = 'first annotator id (sorted) per article';

/** The articles of one PolNeAR split with their gold relations, in file-name order. */
export function readPolnear(split: PolnearSplit): PolnearDoc[] {
  const docs = readFolder(split === 'dev' ? 'dev' : 'train');
  if (split === 'dev') return docs;
  const inTest = (i: number): boolean => i % TEST_EVERY === TEST_SLOT;
  return docs.filter((_, i) => inTest(i) === (split === 'test'));
}

function readFolder(folder: 'train' | 'dev'): PolnearDoc[] {
  const dir = sharedPath('benchmarks', 'polnear', folder);
  const firstAnn = new Map<string, string>();
  for (const ann of readdirSync(`${dir}/attributions`)
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const stem = ann.slice(0, ann.lastIndexOf('_'));
    if (!firstAnn.has(stem)) firstAnn.set(stem, ann);
  }
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(`${dir}/text`)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -4);
    const ann = firstAnn.get(name);
    if (!ann) continue;
    const text = readFileSync(`${dir}/text/${file}`, 'utf8');
    docs.push({ name, text, gold: parseAnn(readFileSync(`${dir}/attributions/${ann}`, 'utf8'), text) });
  }
  return docs;
}
