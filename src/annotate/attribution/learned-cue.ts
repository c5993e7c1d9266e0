import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import { type CueFeature, type CueParts, cueParts, cueTemplates } from './cue-features.js';
import { inCondition } from './cue-guards.js';
import type { CuePhrase } from './cue-lexicon.js';
import {
  type CueWeights,
  cueWeights,
  type NamedWeights,
  namedWeight,
  namedWeights,
  weightOf,
} from './cue-weights.js';
import type { QuoteIndex } from './quotes.js';
import { reportsProposition } from './report-shape.js';

/** The lemma of a cue that the learned model found (no lexicon entry names it). */
export const learnedLemma = '(learned)';

export const cueModelFile = z.object({
  about: z.string(),
  /** Logit above which a token is taken as a cue. */
  threshold: z.number(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  trained: z.object({ examples: z.number(), positives: z.number(), split: z.string() }),
});
export type CueModelFile = z.output<typeof cueModelFile>;
export type CueModel = Omit<CueModelFile, 'weights'> & { readonly weights: ReadonlyMap<string, number> };

/** A logistic model file of `model/`, checked when first used, its weights as a map. */
export const learnedModel = (name: string): (() => CueModel) =>
  once(() => {
    const file = loadModel(name, cueModelFile);
    return { ...file, weights: new Map(Object.entries(file.weights)) };
  });

/** `model/attribution-cue-model.json`, written by `npm run train:attribution`. */
export const cueModel: () => CueModel = learnedModel('attribution-cue-model');

/**
 * The tokens the model is asked about, and was trained on: verbs whose clause reports a
 * proposition by its shape (the lexicon and the other rules cover the other cues).
 */
export const isCueCandidate = (
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
  quotes: QuoteIndex,
): boolean =>
  toks[i]?.pos === 'VERB' && i + 1 < sentence.last && reportsProposition(toks, i, sentence, quotes);

export function cueLogit(model: CueModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

/** A model's weights by template, each template's maps found once. */
interface Compiled {
  readonly weights: CueWeights;
  readonly templates: readonly NamedWeights[];
}

const compiled = new WeakMap<CueModel, Compiled>();

function compiledOf(model: CueModel): Compiled {
  let c = compiled.get(model);
  if (!c) {
    const weights = cueWeights(model.weights);
    c = { weights, templates: cueTemplates.map((t) => namedWeights(weights, t.name)) };
    compiled.set(model, c);
  }
  return c;
}

/**
 * `cueLogit` of the features `cueFeatureParts(parts)` and then `extra` (same order), from the parts
 * themselves: the same number, without a string or an array per feature.
 */
export function cueLogitOfParts(
  model: CueModel,
  parts: CueParts | undefined,
  extra: readonly CueFeature[] = [],
): number {
  const { weights, templates } = compiledOf(model);
  let z = model.bias;
  if (parts)
    for (let k = 0; k < cueTemplates.length; k++) {
      const t = cueTemplates[k];
      const named = templates[k];
      if (t && named) z += namedWeight(weights, named, t.a(parts), t.b?.(parts));
    }
  for (const [name, a, b] of extra) z += weightOf(weights, name, a, b);
  return z;
}

/**
 * "X joked that C": a verb reporting a proposition that the model trained on the PolNeAR train
 * split reads as a cue of attribution, from its word, WordNet class and context.
 */
export function learnedCue(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
  quotes: QuoteIndex,
): CuePhrase | undefined {
  if (!isCueCandidate(toks, i, sentence, quotes) || inCondition(toks, i, sentence.first)) return undefined;
  const model = cueModel();
  return cueLogitOfParts(model, cueParts(toks, i, sentence, quotes)) > model.threshold
    ? { words: [toks[i]?.lower ?? ''], lemma: learnedLemma }
    : undefined;
}
