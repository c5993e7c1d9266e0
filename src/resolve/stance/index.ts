import type { WordVectors } from '../../core/word-vectors.js';
import { stanceCues } from './cues.js';
import { featureNames, stanceFeatures } from './features.js';
import {
  checkStanceModel,
  loadStanceModel,
  type StanceLabel,
  type StanceModel,
  type StanceTask,
  softmaxScores,
} from './model.js';
import { type PreparedText, prepareText } from './prepared.js';
import { readStanceText } from './text.js';

export { featureNames, stanceFeatures } from './features.js';
export type { StanceLabel, StanceModel, StanceTask } from './model.js';
export { checkStanceModel, loadStanceModel, softmaxScores, stanceModelFile, stanceTasks } from './model.js';
export type { PreparedText } from './prepared.js';

/** A text read and prepared for stance (read once, compared with many claims). */
export const prepareStanceText = (text: string, vectors?: WordVectors): PreparedText =>
  prepareText(readStanceText(text), stanceCues(), vectors);

export interface StanceReading<T extends StanceTask> {
  readonly label: StanceLabel<T>;
  /** Each label's probability, in the model's label order. */
  readonly scores: Readonly<Record<string, number>>;
}

interface Checked {
  readonly model: StanceModel;
  readonly dimensions: number;
  /** Where each of the model's features sits among the features computed. */
  readonly at: readonly number[];
}
const checked = new Map<StanceTask, Checked>();

/** The task's model, checked once against the features computed here (it may use a subset). */
function modelFor(task: StanceTask): Checked {
  const known = checked.get(task);
  if (known) return known;
  const model = loadStanceModel(task);
  const dimensions = model.features.filter((f) => f.startsWith('rest-')).length;
  const entry = { model, dimensions, at: checkStanceModel(model, featureNames(dimensions)) };
  checked.set(task, entry);
  return entry;
}

/**
 * The stance of a text towards a claim under one task's model (`model/stance-<task>.json`).
 * Texts prepared without word vectors give zero vector features: the readings still come, less
 * sure than with the vectors the model was trained with.
 */
export function stanceOf<T extends StanceTask>(
  task: T,
  claim: PreparedText,
  text: PreparedText,
): StanceReading<T> {
  const { model, dimensions, at } = modelFor(task);
  const all = stanceFeatures(claim, text, dimensions);
  const probabilities = softmaxScores(
    model,
    Float64Array.from(at, (i) => all[i] ?? 0),
  );
  let best = 0;
  for (let k = 1; k < probabilities.length; k++)
    if ((probabilities[k] ?? 0) > (probabilities[best] ?? 0)) best = k;
  return {
    label: model.labels[best] as StanceLabel<T>,
    scores: Object.fromEntries(model.labels.map((l, k) => [l, probabilities[k] ?? 0])),
  };
}

export { claimStance } from './claim-stance.js';
export type { OriginStance, OriginStanceKind } from './origin-stances.js';
export { originStances, sentenceStance } from './origin-stances.js';
