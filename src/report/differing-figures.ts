import type { Contested, FigureRow, MeasureGroup } from './brief-model.js';

const lowOf = (r: FigureRow) => r.low ?? r.value ?? 0;
const highOf = (r: FigureRow) => r.high ?? r.value ?? 0;

/**
 * Before reconcile has run (no clusters, no conflicts): for each measure reported by several
 * sources, the lowest and the highest figure when they are more than a quarter apart, shown side
 * by side as unreconciled. Reconcile's verdicts replace this as soon as it has clusters.
 */
export function differingFigures(numbers: readonly MeasureGroup[]): Contested[] {
  const out: Contested[] = [];
  for (const g of numbers) {
    if (g.documents < 2) continue;
    const byLow = [...g.rows].sort((x, y) => lowOf(x) - lowOf(y));
    const lo = byLow[0];
    const hi = [...g.rows].sort((x, y) => highOf(y) - highOf(x))[0];
    if (!lo || !hi || lo.document === hi.document) continue;
    if (highOf(hi) <= highOf(lo) * 1.25 || lowOf(hi) <= highOf(lo)) continue;
    out.push({
      label: g.label,
      kind: 'value',
      verdict: 'unreconciled',
      explanation: `${g.documents} sources report ${g.label.toLowerCase()}; the figures run from ${lo.figure} to ${hi.figure}. Their scopes and dates have not been compared yet.`,
      pairs: 1,
      a: [
        {
          outlet: lo.outlet,
          text: `${lo.figure}: ${lo.stated}`,
          note: lo.note,
          ...(lo.date ? { time: lo.date } : {}),
        },
      ],
      b: [
        {
          outlet: hi.outlet,
          text: `${hi.figure}: ${hi.stated}`,
          note: hi.note,
          ...(hi.date ? { time: hi.date } : {}),
        },
      ],
    });
  }
  return out;
}
