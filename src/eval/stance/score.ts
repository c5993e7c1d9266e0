/** Share of pairs whose predicted label is the gold one. */
export const accuracy = (gold: readonly string[], predicted: readonly string[]): number =>
  gold.length === 0 ? 0 : gold.filter((g, i) => g === predicted[i]).length / gold.length;

const related = (label: string | undefined): boolean => label !== undefined && label !== 'unrelated';

/**
 * The FNC-1 scorer's rule, as a share of the best possible score: 0.25 when related/unrelated is
 * right, 0.75 more when a related pair's exact label (agree, disagree, discuss) is right.
 */
export function fncScore(gold: readonly string[], predicted: readonly string[]): number {
  let got = 0;
  let best = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    best += related(g) ? 1 : 0.25;
    if (related(g) === related(p)) got += 0.25;
    if (related(g) && g === p) got += 0.75;
  });
  return best > 0 ? got / best : 0;
}

/** The mean over labels of each label's F1 (Hanselowski et al. report it beside the FNC score). */
export function macroF1(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): number {
  const f1s = labels.map((l) => {
    const tp = gold.filter((g, i) => g === l && predicted[i] === l).length;
    const fp = predicted.filter((p, i) => p === l && gold[i] !== l).length;
    const fn = gold.filter((g, i) => g === l && predicted[i] !== l).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / Math.max(1, labels.length);
}
