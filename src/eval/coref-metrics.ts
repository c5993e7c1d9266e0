import { assignmentMax } from './assignment.js';

/** A clustering: each cluster a list of mention ids. */
export type Clusters = readonly (readonly string[])[];

export interface CorefScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

const f1Of = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const of = (p: number, r: number): CorefScore => ({ p, r, f1: f1Of(p, r) });

function indexOf(clusters: Clusters): Map<string, number> {
  const out = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const m of c) out.set(m, i);
  });
  return out;
}

/** MUC (Vilain et al. 1995) one way: links of `a` kept by the partition `b` induces on it. */
function mucOneWay(a: Clusters, b: Clusters): number {
  const where = indexOf(b);
  let num = 0;
  let den = 0;
  for (const cluster of a) {
    const parts = new Set<string>();
    for (const m of cluster) parts.add(where.has(m) ? `#${where.get(m)}` : `@${m}`);
    num += cluster.length - parts.size;
    den += cluster.length - 1;
  }
  return ratio(num, den);
}

export const muc = (key: Clusters, response: Clusters): CorefScore =>
  of(mucOneWay(response, key), mucOneWay(key, response));

/** B³ (Bagga & Baldwin 1998) one way: per mention of `a`, the share of its cluster `b` agrees on. */
function b3OneWay(a: Clusters, b: Clusters): number {
  const where = indexOf(b);
  let sum = 0;
  let mentions = 0;
  for (const cluster of a) {
    const counts = new Map<number, number>();
    for (const m of cluster) {
      const j = where.get(m);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const shared of counts.values()) sum += (shared * shared) / cluster.length;
    mentions += cluster.length;
  }
  return ratio(sum, mentions);
}

export const b3 = (key: Clusters, response: Clusters): CorefScore =>
  of(b3OneWay(response, key), b3OneWay(key, response));

/**
 * Entity-based CEAF (Luo 2005) with φ4(K, R) = 2|K ∩ R| / (|K| + |R|): the best one-to-one alignment
 * of key and response clusters, solved per connected component of overlapping clusters.
 */
export function ceafe(key: Clusters, response: Clusters): CorefScore {
  const where = indexOf(response);
  const overlaps = key.map((k) => {
    const counts = new Map<number, number>();
    for (const m of k) {
      const j = where.get(m);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    return counts;
  });
  let similarity = 0;
  for (const [keys, responses] of components(overlaps, response.length)) {
    const matrix = keys.map((i) =>
      responses.map((j) => {
        const shared = overlaps[i]?.get(j) ?? 0;
        return (2 * shared) / ((key[i]?.length ?? 0) + (response[j]?.length ?? 0));
      }),
    );
    similarity += assignmentMax(matrix);
  }
  return of(ratio(similarity, response.length), ratio(similarity, key.length));
}

/** Groups of key and response clusters linked by shared mentions. */
function components(overlaps: readonly Map<number, number>[], responses: number): [number[], number[]][] {
  const parent = Array.from({ length: overlaps.length + responses }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x] as number] as number;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  overlaps.forEach((counts, i) => {
    for (const j of counts.keys()) parent[find(i)] = find(overlaps.length + j);
  });
  const groups = new Map<number, [number[], number[]]>();
  overlaps.forEach((counts, i) => {
    if (counts.size === 0) return;
    const root = find(i);
    const g = groups.get(root) ?? [[], []];
    groups.set(root, g);
    g[0].push(i);
  });
  for (let j = 0; j < responses; j++) groups.get(find(overlaps.length + j))?.[1].push(j);
  return [...groups.values()];
}

/** CoNLL F1: the mean of the MUC, B³ and CEAF-e F1 (precision and recall likewise averaged for display). */
export function conll(
  key: Clusters,
  response: Clusters,
): Record<'muc' | 'b3' | 'ceafe' | 'conll', CorefScore> {
  const scores = { muc: muc(key, response), b3: b3(key, response), ceafe: ceafe(key, response) };
  const all = Object.values(scores);
  const mean = (f: (s: CorefScore) => number) => all.reduce((s, x) => s + f(x), 0) / all.length;
  return { ...scores, conll: { p: mean((s) => s.p), r: mean((s) => s.r), f1: mean((s) => s.f1) } };
}
