import { type CueModel, learnedModel } from '../../../annotate/attribution/learned-cue.js';

/**
 * `model/assess-relevance-model.json`, written by `npm run train:relevance -- --write`: a logistic
 * model over the features of `relevanceFeatures`, fitted on the development golds, and the logit above
 * which a candidate sentence is evidence.
 */
export const relevanceModel: () => CueModel = learnedModel('assess-relevance-model');

/** A logistic model's logit for a candidate's features (its weights, absent ones 0, after its bias). */
export const logitOf = (
  model: { readonly bias: number; readonly weights: ReadonlyMap<string, number> },
  features: readonly string[],
): number => features.reduce((z, f) => z + (model.weights.get(f) ?? 0), model.bias);
