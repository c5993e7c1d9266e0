import { z } from 'zod';
import { annotate } from '../../annotate/index.js';
import { loadModel } from '../../core/index.js';
import { isWord } from '../meaning/word-forms.js';

const examplesFile = z.object({ examples: z.array(z.string().min(1)) });

export interface MeasureExample {
  readonly key: string;
  /** The figure as written, and the sentence it is in. */
  readonly figure: string;
  readonly sentence: string;
}

let examples: MeasureExample[] | undefined;

/** The measure keys the extractor assigns to the example sentences of model/assess-measure-examples.json. */
export function measureExamples(): readonly MeasureExample[] {
  examples ??= loadModel('assess-measure-examples', examplesFile).examples.flatMap((sentence) =>
    annotate(sentence).quantities.flatMap((q) =>
      q.measureKey ? [{ key: q.measureKey, figure: q.text, sentence }] : [],
    ),
  );
  return examples;
}

/**
 * Whether a question's measure key can be one the extractor assigns: each of its parts is an
 * English word or a nation ("russian-troops", "ammunition-tons") or a part of an example key
 * ("usd"). A typo ("russain-troops") or a made-up code is not.
 */
export function isKnownMeasureKey(key: string): boolean {
  const parts = new Set(measureExamples().flatMap((e) => e.key.split('-')));
  return key.split('-').every((part) => parts.has(part) || isWord(part));
}
