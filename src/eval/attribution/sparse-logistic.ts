/** Settings of one fit. */
export interface SparseFitSettings {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Features seen in fewer examples than this get no weight. */
  readonly minCount: number;
}

export interface SparseExample {
  readonly features: readonly string[];
  readonly label: boolean;
}

export interface FittedLogistic {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** A fixed-seed shuffle (linear congruential), so a fit on the same examples is the same fit. */
function shuffled(n: number, epoch: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 2_166_136_261 + epoch;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/**
 * Binary logistic regression on sparse string features (each present feature counts 1), by
 * stochastic gradient steps with AdaGrad rates and an L2 penalty, in a fixed-seed order.
 */
export function fitSparseLogistic(examples: readonly SparseExample[], s: SparseFitSettings): FittedLogistic {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= s.minCount) index.set(f, index.size);
  const rows = examples.map((e) => ({
    xs: e.features.map((f) => index.get(f)).filter((k): k is number => k !== undefined),
    y: e.label ? 1 : 0,
  }));
  const w = new Float64Array(index.size + 1);
  const g2 = new Float64Array(index.size + 1).fill(1e-6);
  const bias = index.size;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const r of shuffled(rows.length, epoch)) {
      const row = rows[r];
      if (!row) continue;
      let z = w[bias] ?? 0;
      for (const k of row.xs) z += w[k] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - row.y;
      for (const k of [...row.xs, bias]) {
        const gk = g + (k === bias ? 0 : s.l2 * (w[k] ?? 0));
        g2[k] = (g2[k] ?? 0) + gk * gk;
        w[k] = (w[k] ?? 0) - (s.rate * gk) / Math.sqrt(g2[k] ?? 1);
      }
    }
  }
  const weights = new Map<string, number>();
  for (const [f, k] of index) {
    const v = w[k] ?? 0;
    if (Math.abs(v) >= 0.01) weights.set(f, Math.round(v * 1000) / 1000);
  }
  return { bias: Math.round((w[bias] ?? 0) * 1000) / 1000, weights };
}
