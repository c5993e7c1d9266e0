import { type Candidate, candidate, type Refiner } from './candidate.js';
import { currencyBefore } from './currency.js';
import { fromBefore, rangeLinkEnd } from './range-link.js';
import { lower, near } from './scan-context.js';

/**
 * Merges two counts into a range: "11,000-12,000", "10 to 15 thousand" (the scale is shared),
 * "between 10 and 20", "0-to-60". The low end must be below the high end (so "3-1" stays apart),
 * except after "from": "from 4.8 to 4.7" is a change, kept as one figure with low and high sorted
 * and the rule `range.falling` saying it was written high first.
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
  const between = lower(ctx, a.first - 1) === 'between';
  const linkEnd = rangeLinkEnd(ctx, a.last + 1, between);
  if (linkEnd === undefined || bFirst !== linkEnd + 1 || !near(ctx, bFirst)) return undefined;
  const shared = b.scale !== undefined && a.scale === undefined && a.value * b.scale <= b.value;
  const start = shared && b.scale !== undefined ? a.value * b.scale : a.value;
  const falling = start > b.value;
  if (start === b.value || (falling && !fromBefore(ctx, a.first))) return undefined;
  return candidate({
    ...a,
    first: between ? a.first - 1 : a.first,
    last: b.last,
    n1: b.n1,
    value: undefined,
    low: Math.min(start, b.value),
    high: Math.max(start, b.value),
    scale: b.scale,
    rules: [...a.rules, falling ? 'range.falling' : 'range'],
  });
}
