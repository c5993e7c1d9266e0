/** Settings of one fit. */
export interface FitSettings {
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
}

export interface FittedSoftmax {
  readonly mean: number[];
  readonly scale: number[];
  readonly weights: number[][];
  readonly bias: number[];
}

function standardize(rows: readonly Float64Array[], n: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(n).fill(0);
  const sq = new Array<number>(n).fill(0);
  for (const x of rows) for (let i = 0; i < n; i++) mean[i] = (mean[i] ?? 0) + (x[i] ?? 0) / rows.length;
  for (const x of rows)
    for (let i = 0; i < n; i++) sq[i] = (sq[i] ?? 0) + ((x[i] ?? 0) - (mean[i] ?? 0)) ** 2;
  const scale = sq.map((s) => Math.sqrt(s / Math.max(1, rows.length)) || 1);
  return { mean, scale };
}

/**
 * Multinomial logistic regression by full-batch gradient descent with Adam steps, on standardized
 * features, with an L2 penalty; weights start at zero, so a fit on the same rows is the same fit.
 */
export function fitSoftmax(
  rows: readonly Float64Array[],
  labels: readonly number[],
  classes: number,
  settings: FitSettings,
): FittedSoftmax {
  const n = rows[0]?.length ?? 0;
  const { mean, scale } = standardize(rows, n);
  const xs = rows.map((x) => Float64Array.from(x, (v, i) => (v - (mean[i] ?? 0)) / (scale[i] ?? 1)));
  const w = Array.from({ length: classes }, () => new Float64Array(n + 1));
  const m = Array.from({ length: classes }, () => new Float64Array(n + 1));
  const v = Array.from({ length: classes }, () => new Float64Array(n + 1));
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    const grad = Array.from({ length: classes }, () => new Float64Array(n + 1));
    xs.forEach((x, r) => {
      const logits = w.map((wk) => {
        let z = wk[n] ?? 0;
        for (let i = 0; i < n; i++) z += (wk[i] ?? 0) * (x[i] ?? 0);
        return z;
      });
      const top = Math.max(...logits);
      const e = logits.map((z) => Math.exp(z - top));
      const total = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < classes; k++) {
        const g = (e[k] ?? 0) / total - (labels[r] === k ? 1 : 0);
        const gk = grad[k] as Float64Array;
        for (let i = 0; i < n; i++) gk[i] = (gk[i] ?? 0) + g * (x[i] ?? 0);
        gk[n] = (gk[n] ?? 0) + g;
      }
    });
    for (let k = 0; k < classes; k++) {
      const [wk, mk, vk, gk] = [w[k], m[k], v[k], grad[k]] as Float64Array[];
      for (let i = 0; i <= n; i++) {
        const g = (gk?.[i] ?? 0) / xs.length + (i < n ? settings.l2 * (wk?.[i] ?? 0) : 0);
        (mk as Float64Array)[i] = b1 * (mk?.[i] ?? 0) + (1 - b1) * g;
        (vk as Float64Array)[i] = b2 * (vk?.[i] ?? 0) + (1 - b2) * g * g;
        const mh = (mk?.[i] ?? 0) / (1 - b1 ** epoch);
        const vh = (vk?.[i] ?? 0) / (1 - b2 ** epoch);
        (wk as Float64Array)[i] = (wk?.[i] ?? 0) - (settings.rate * mh) / (Math.sqrt(vh) + eps);
      }
    }
  }
  return {
    mean,
    scale,
    weights: w.map((wk) => Array.from(wk.subarray(0, n))),
    bias: w.map((wk) => wk[n] ?? 0),
  };
}
