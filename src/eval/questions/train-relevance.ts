import { logitOf } from '../../assess/evidence/relevance/index.js';
import {
  type FittedLogistic,
  fitSparseLogistic,
  type SparseFitSettings,
} from '../attribution/sparse-logistic.js';
import type { RelevanceData, RelevanceExample } from './relevance-data.js';

/** Chosen by leaving one gold out (see `npm run train:relevance`). */
export const relevanceSettings: SparseFitSettings = { epochs: 12, rate: 0.1, l2: 1e-2, minCount: 3 };

export const fitRelevance = (data: readonly RelevanceData[], s = relevanceSettings): FittedLogistic =>
  fitSparseLogistic(
    data.flatMap((d) => d.examples.map((e) => ({ features: e.features, label: e.groups.length > 0 }))),
    s,
  );

/**
 * Which candidates a model takes: those the rules take scoring above `kept`, and any scoring above
 * `added` (with `kept` = `added`, the model alone).
 */
export interface Decision {
  readonly kept: number;
  readonly added: number;
}

export const takes =
  (model: FittedLogistic, d: Decision) =>
  (e: RelevanceExample): boolean => {
    const z = logitOf(model, e.features);
    return (e.rules && z > d.kept) || z > d.added;
  };

export interface EvidenceScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly output: number;
}

/**
 * The question eval's evidence score of the examples a system takes (reports only, one piece per
 * sentence text and figure; for grep, `asGrep`, any sentence once, whatever its figures), by the
 * gold README's rule.
 */
export function scoreTaken(
  data: RelevanceData,
  take: (e: RelevanceExample) => boolean,
  asGrep = false,
): EvidenceScore {
  const seen = new Set<string>();
  const hit = new Set<number>();
  let output = 0;
  let matched = 0;
  for (const e of data.examples) {
    if (!take(e) || (!asGrep && !e.report)) continue;
    const piece = asGrep ? e.once.slice(0, e.once.lastIndexOf('|')) : e.once;
    const key = `${e.indicator}|${e.document}|${piece}`;
    if (seen.has(key)) continue;
    seen.add(key);
    output++;
    if (e.groups.length > 0) matched++;
    for (const g of e.groups) hit.add(g);
  }
  const p = output === 0 ? 0 : matched / output;
  const r = data.groups === 0 ? 0 : hit.size / data.groups;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), output };
}

/** The share of gold groups that some candidate matches: the most any choice among them can recall. */
export function ceiling(data: RelevanceData): number {
  const hit = new Set(data.examples.flatMap((e) => e.groups));
  return data.groups === 0 ? 0 : hit.size / data.groups;
}

export interface HeldOutRow {
  readonly gold: string;
  readonly ceiling: number;
  readonly rules: EvidenceScore;
  readonly grep: EvidenceScore;
  /** One score per decision asked for. */
  readonly model: readonly EvidenceScore[];
}

/** A model fitted on `train` scores each of `scored` at each decision. */
export function scoreWith(
  train: readonly RelevanceData[],
  scored: readonly RelevanceData[],
  decisions: readonly Decision[],
  s = relevanceSettings,
): HeldOutRow[] {
  const model = fitRelevance(train, s);
  return scored.map((held) => rowOf(held, model, decisions));
}

const rowOf = (held: RelevanceData, model: FittedLogistic, decisions: readonly Decision[]): HeldOutRow => ({
  gold: held.gold,
  ceiling: ceiling(held),
  rules: scoreTaken(held, (e) => e.rules),
  grep: scoreTaken(held, (e) => e.grep, true),
  model: decisions.map((d) => scoreTaken(held, takes(model, d))),
});

/** Leave one gold out: for each gold, a model fitted on the others scores it at each decision. */
export function leaveOneGoldOut(
  data: readonly RelevanceData[],
  decisions: readonly Decision[],
  s = relevanceSettings,
): HeldOutRow[] {
  return data.map((held) =>
    rowOf(
      held,
      fitRelevance(
        data.filter((d) => d !== held),
        s,
      ),
      decisions,
    ),
  );
}
