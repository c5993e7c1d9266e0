import { readdirSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../core/index.js';
import { type PolnearRelation, parseAnn } from './polnear-ann.js';

export type PolnearSplit = 'train' | 'dev';

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
  const dir = sharedPath('benchmarks', 'polnear', split);
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
