import { type Candidate, candidate, type Refiner } from './candidate.js';
import { currencyBefore } from './currency.js';
import { lower, near } from './scan-context.js';

const dashes = new Set(['-', '–', '—']);

/**
 * Merges two counts into a range: "11,000-12,000", "10 to 15 thousand" (the scale is shared),
 * "between 10 and 20", "from 5 to 7". The low end must be below the high end (so "3-1" stays apart).
 */
export const rangeRefiner: Refiner = (ctx, candidates) => {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates[k];
    const b = candidates[k + 1];
    if (!a) continue;
    const merged = b ? merge(ctx, a, b) : undefined;
    if (merged) {
      out.push(merged);
      k++;
    } else out.push(a);
  }
  return out;
};

function merge(ctx: Parameters<Refiner>[0], a: Candidate, b: Candidate): Candidate | undefined {
  if (a.kind !== 'count' || b.kind !== 'count' || a.value === undefined || b.value === undefined)
    return undefined;
  const bFirst = currencyBefore(ctx, b.n0)?.first ?? b.first;
  const link = a.last + 1;
  if (bFirst !== link + 1 || !near(ctx, link) || !near(ctx, bFirst)) return undefined;
  const word = lower(ctx, link);
  const between = lower(ctx, a.first - 1) === 'between';
  if (!(dashes.has(word) || word === 'to' || (word === 'and' && between))) return undefined;
  const shared = b.scale !== undefined && a.scale === undefined && a.value * b.scale <= b.value;
  const low = shared && b.scale !== undefined ? a.value * b.scale : a.value;
  if (!(low < b.value)) return undefined;
  return candidate({
    ...a,
    first: between ? a.first - 1 : a.first,
    last: b.last,
    n1: b.n1,
    value: undefined,
    low,
    high: b.value,
    scale: b.scale,
    rules: [...a.rules, 'range'],
  });
}
