import { z } from 'zod';
import { loadModel, SitrepError } from '../../core/index.js';

/** The two label sets: Emergent's (headline towards claim) and FNC-1's (body towards headline). */
export const stanceTasks = {
  emergent: ['for', 'against', 'observing'],
  fnc1: ['agree', 'disagree', 'discuss', 'unrelated'],
} as const;
export type StanceTask = keyof typeof stanceTasks;
export type StanceLabel<T extends StanceTask> = (typeof stanceTasks)[T][number];

/** A softmax model over standardized features: the file `model/stance-<task>.json`. */
export const stanceModelFile = z.object({
  about: z.string(),
  task: z.enum(['emergent', 'fnc1']),
  labels: z.array(z.string()).min(2),
  features: z.array(z.string()).min(1),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.array(z.number())),
  bias: z.array(z.number()),
  /** How the weights were made: the data, the split and the settings. */
  trained: z.object({
    examples: z.number().int(),
    split: z.string(),
    l2: z.number(),
    epochs: z.number().int(),
  }),
});
export type StanceModel = z.output<typeof stanceModelFile>;

/**
 * Checks that a model's shapes agree with each other and that every feature it names is among the
 * features computed; returns where each of its features sits in the computed vector.
 */
export function checkStanceModel(model: StanceModel, features: readonly string[]): number[] {
  const n = model.features.length;
  const at = model.features.map((f) => features.indexOf(f));
  const unknown = model.features.filter((_, i) => (at[i] ?? -1) < 0);
  const problem =
    unknown.length > 0
      ? `features not computed here: ${unknown.slice(0, 3).join(', ')} (retrain it)`
      : model.mean.length !== n || model.scale.length !== n
        ? 'mean or scale length differs from features'
        : model.weights.length !== model.labels.length || model.weights.some((w) => w.length !== n)
          ? 'weights are not labels x features'
          : model.bias.length !== model.labels.length
            ? 'bias length differs from labels'
            : undefined;
  if (problem) throw new SitrepError('E_CONFIG', `stance model ${model.task}: ${problem}`);
  return at;
}

export const loadStanceModel = (task: StanceTask): StanceModel =>
  loadModel(`stance-${task}`, stanceModelFile);

/** Each label's probability for one feature vector (in the model's feature order). */
export function softmaxScores(
  model: Pick<StanceModel, 'weights' | 'bias' | 'mean' | 'scale'>,
  x: Float64Array,
): number[] {
  const logits = model.weights.map((w, k) => {
    let z = model.bias[k] ?? 0;
    for (let i = 0; i < w.length; i++)
      z += (w[i] ?? 0) * (((x[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
    return z;
  });
  const top = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}
