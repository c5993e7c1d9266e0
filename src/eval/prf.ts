/** Precision, recall and F1 from counts. */
export interface Score {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export const score = (tp: number, fp: number, fn: number): Score => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: round(p), r: round(r), f1: round(f1), tp, fp, fn };
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Accumulates counts across documents before scoring (micro average). */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;

  add(tp: number, fp: number, fn: number): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  score(): Score {
    return score(this.tp, this.fp, this.fn);
  }
}

/** `{ system: { category: Score } }` for one dataset. */
export type DatasetResult = Record<string, Record<string, Score>>;

export interface EvalDataset {
  readonly name: string;
  /** Path under ../shared that must exist for this dataset to run. */
  readonly needs: string;
  run(): Promise<DatasetResult>;
}
