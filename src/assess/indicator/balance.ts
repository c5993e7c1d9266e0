import type { EvidencePiece } from '../types.js';

/** How much later evidence counts than the earliest: the latest report weighs twice the earliest. */
const RECENCY = 1;

export interface Balance {
  readonly for: number;
  readonly against: number;
}

/**
 * The weight of the reports for and against an indicator: each independent origin counts once per
 * side (its latest report), weighted from 1 (the earliest date among them) to 1 + RECENCY (the latest).
 */
export function balanceOf(reports: readonly EvidencePiece[]): Balance {
  const dates = reports.flatMap((p) => (p.date ? [Date.parse(p.date.value)] : [])).filter(Number.isFinite);
  const first = Math.min(...dates);
  const span = Math.max(...dates) - first;
  const weightOf = (p: EvidencePiece): number => {
    const t = p.date ? Date.parse(p.date.value) : Number.NaN;
    return 1 + (span > 0 && Number.isFinite(t) ? (RECENCY * (t - first)) / span : 0);
  };
  const latest = new Map<string, number>();
  for (const p of reports) {
    const key = `${p.polarity}|${p.origin.key}`;
    latest.set(key, Math.max(latest.get(key) ?? 0, weightOf(p)));
  }
  let pro = 0;
  let contra = 0;
  for (const [key, weight] of latest) {
    if (key.startsWith('negative|')) contra += weight;
    else pro += weight;
  }
  return { for: pro, against: contra };
}
