import type { FigureRow } from './brief-model.js';
import { formatNumber } from './format.js';

const lowerBound = (r: FigureRow): number | undefined => r.low ?? r.value;
const upperBound = (r: FigureRow): number | undefined => r.high ?? r.value;

/**
 * The conservative headline of one measure (DESIGN.md: the ACLED convention): the lowest estimate
 * any source gives, read as its lower bound ("11,000–12,000" counts as 11,000; "up to 10,000" as
 * 10,000). Orders of magnitude in words ("thousands of") are no estimate and count only when no
 * source gives one. Ties go to the earlier row (rows come in date order).
 */
export function conservativeRow(rows: readonly FigureRow[]): FigureRow | undefined {
  const firm = rows.filter((r) => !r.vague && lowerBound(r) !== undefined);
  const pool = firm.length > 0 ? firm : rows.filter((r) => lowerBound(r) !== undefined);
  let best: FigureRow | undefined;
  for (const r of pool) {
    const low = lowerBound(r) ?? Number.POSITIVE_INFINITY;
    if (best === undefined || low < (lowerBound(best) ?? Number.POSITIVE_INFINITY)) best = r;
  }
  return best;
}

/** The span of the estimates from the lowest to the highest bound ("9,000–15,000"), when they differ. */
export function estimateRange(rows: readonly FigureRow[]): string | undefined {
  const firm = rows.filter((r) => !r.vague);
  const lows = firm.map(lowerBound).filter((v): v is number => v !== undefined);
  const highs = firm.map(upperBound).filter((v): v is number => v !== undefined);
  if (lows.length === 0 || highs.length === 0) return undefined;
  const low = Math.min(...lows);
  const high = Math.max(...highs);
  return low === high ? undefined : `${formatNumber(low)}–${formatNumber(high)}`;
}
