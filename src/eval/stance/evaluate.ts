import {
  type PreparedText,
  prepareStanceText,
  type StanceTask,
  stanceOf,
  stanceTasks,
} from '../../resolve/stance/index.js';
import { stanceVectors } from './featurize.js';
import { accuracy, fncScore, macroF1 } from './score.js';
import { stancePairs } from './sets.js';

/** One row of a stance table: a figure computed here, or a published one quoted for reference. */
export interface StanceRow {
  readonly system: string;
  readonly published: boolean;
  readonly figures: Readonly<Record<string, number | undefined>>;
}

/** sitrep's stance model on the dev part of a task's set: its labels beside the gold ones. */
export function predictDev(task: StanceTask): { gold: string[]; predicted: string[] } {
  const labels: readonly string[] = stanceTasks[task];
  const pairs = stancePairs(task, 'dev').filter((p) => labels.includes(p.label));
  const vectors = stanceVectors();
  const prepared = new Map<string, PreparedText>();
  const prepare = (text: string): PreparedText => {
    const p = prepared.get(text) ?? prepareStanceText(text, vectors);
    prepared.set(text, p);
    return p;
  };
  const predicted = pairs.map((p) => stanceOf(task, prepare(p.claim), prepare(p.text)).label as string);
  return { gold: pairs.map((p) => p.label), predicted };
}

/** The figures of one run: accuracy and macro-F1 for Emergent, the FNC score too for FNC-1. */
export function stanceFigures(task: StanceTask, gold: readonly string[], predicted: readonly string[]) {
  const labels = stanceTasks[task];
  return {
    accuracy: accuracy(gold, predicted),
    'macro-F1': macroF1(gold, predicted, labels),
    ...(task === 'fnc1' ? { 'FNC score': fncScore(gold, predicted) } : {}),
    pairs: gold.length,
  };
}
