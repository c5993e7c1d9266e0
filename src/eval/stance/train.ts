import { type StanceModel, type StanceTask, stanceTasks } from '../../resolve/stance/index.js';
import { featurize } from './featurize.js';
import { stanceNeeds, stancePairs } from './sets.js';
import { type FitSettings, fitSoftmax } from './softmax-fit.js';

const settings: Record<StanceTask, FitSettings> = {
  emergent: { l2: 0.1, epochs: 400, rate: 0.05 },
  fnc1: { l2: 0.001, epochs: 300, rate: 0.05 },
};

/**
 * Features a task's model leaves out (by name prefix), chosen by grouped cross-validation on the
 * train part: on headlines the mean vectors of the words beyond the claim learn topics, not stance.
 */
const leftOut: Record<StanceTask, readonly string[]> = { emergent: ['rest-', 'manner-'], fnc1: ['manner-'] };

/** Fits one task's weights on the train part of its set and returns the model file's content. */
export function trainStance(task: StanceTask): StanceModel {
  const labels: readonly string[] = stanceTasks[task];
  const pairs = stancePairs(task, 'train').filter((p) => labels.includes(p.label));
  const all = featurize(pairs);
  const keep = all.names.flatMap((n, i) => (leftOut[task].some((p) => n.startsWith(p)) ? [] : [i]));
  const names = keep.map((i) => all.names[i] ?? '');
  const rows = all.rows.map((r) => Float64Array.from(keep, (i) => r[i] ?? 0));
  const fitted = fitSoftmax(
    rows,
    pairs.map((p) => labels.indexOf(p.label)),
    labels.length,
    settings[task],
  );
  const round = (x: number): number => Math.round(x * 1e5) / 1e5;
  return {
    about: `Softmax weights for stance (${task}); written by \`npm run train:stance\` from the train part of ../shared/${stanceNeeds[task]} (the part no dev figure is read on). Retrain after any change to the stance features.`,
    task,
    labels: [...labels],
    features: names,
    mean: fitted.mean.map(round),
    scale: fitted.scale.map(round),
    weights: fitted.weights.map((w) => w.map(round)),
    bias: fitted.bias.map(round),
    trained: {
      examples: pairs.length,
      split: 'train: ids whose FNV-1a hash mod 5 is not 0',
      ...settings[task],
    },
  };
}
