import type { Conflict } from '../resolve/types.js';
import type { Agreement, MeasureGroup } from './brief-model.js';

const MAX_SOURCES = 12;

/** Two reports agree when their ranges overlap, or their values lie within 10% of each other. */
const interval = (r: { value?: number; low?: number; high?: number }): [number, number] | undefined => {
  if (r.low !== undefined && r.high !== undefined) return [r.low, r.high];
  if (r.value !== undefined) return [r.value * 0.9, r.value * 1.1];
  return undefined;
};

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/**
 * Agreement between sources: for every pair of outlets, on how many shared measures their figures
 * agree and on how many they differ; conflicts reconcile found between them count as differences.
 */
export function agreement(numbers: readonly MeasureGroup[], conflicts: readonly Conflict[]): Agreement {
  const counts = new Map<string, number>();
  for (const g of numbers) for (const r of g.rows) counts.set(r.outlet, (counts.get(r.outlet) ?? 0) + 1);
  const sources = [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_SOURCES)
    .map(([s]) => s)
    .sort();
  const index = new Map(sources.map((s, i) => [s, i]));
  const cells = sources.map(() => sources.map(() => ({ agree: 0, differ: 0 })));
  const bump = (a: string, b: string, kind: 'agree' | 'differ') => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return;
    const ij = cells[i]?.[j];
    const ji = cells[j]?.[i];
    if (ij && ji) {
      ij[kind]++;
      ji[kind]++;
    }
  };
  for (const g of numbers) {
    const byOutlet = new Map<string, [number, number][]>();
    for (const r of g.rows) {
      const iv = interval(r);
      if (iv) byOutlet.set(r.outlet, [...(byOutlet.get(r.outlet) ?? []), iv]);
    }
    const outlets = [...byOutlet.keys()];
    for (const [k, a] of outlets.entries()) {
      for (const b of outlets.slice(k + 1)) {
        const agree = (byOutlet.get(a) ?? []).some((x) => (byOutlet.get(b) ?? []).some((y) => overlap(x, y)));
        bump(a, b, agree ? 'agree' : 'differ');
      }
    }
  }
  // One disagreement per dispute (cluster) and pair of outlets, however many sentences restate it.
  const counted = new Set<string>();
  for (const c of conflicts) {
    if (c.verdict !== 'conflict' || !c.a.outlet || !c.b.outlet) continue;
    const key = `${c.cluster}|${[c.a.outlet, c.b.outlet].sort().join('|')}`;
    if (counted.has(key)) continue;
    counted.add(key);
    bump(c.a.outlet, c.b.outlet, 'differ');
  }
  return { sources, cells };
}
