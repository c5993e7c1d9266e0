import { type Candidate, candidate, type Refiner } from './candidate.js';
import { currencyBefore } from './currency.js';
import { mergeAdjacent } from './merge-adjacent.js';
import { fromBefore, rangeLinkEnd } from './range-link.js';
import { glued, lower, near, type ScanContext, surface } from './scan-context.js';

/**
 * Merges two counts into a range: "11,000-12,000", "10 to 15 thousand" (the scale is shared),
 * "between 10 and 20", "0-to-60". The low end must be below the high end (so "3-1" stays apart),
 * except after "from": "from 4.8 to 4.7" is a change, kept as one figure with low and high sorted
 * and the rule `range.falling` saying it was written high first. Scores and tallies ("a 9-2 lead",
 * "tied at 89-89", "voted 141-5") are kept as one figure with the rule `range.score`, written high first.
 */
export const rangeRefiner: Refiner = mergeAdjacent(merge);

function merge(ctx: ScanContext, a: Candidate, b: Candidate): Candidate | undefined {
  if (a.kind !== 'count' || b.kind !== 'count' || a.value === undefined || b.value === undefined)
    return undefined;
  const bFirst = currencyBefore(ctx, b.n0)?.first ?? b.first;
  const between = lower(ctx, a.first - 1) === 'between';
  const linkEnd = rangeLinkEnd(ctx, a.last + 1, between);
  if (linkEnd === undefined || bFirst !== linkEnd + 1 || !near(ctx, bFirst)) return undefined;
  const shared = b.scale !== undefined && a.scale === undefined && a.value * b.scale <= b.value;
  const start = shared && b.scale !== undefined ? a.value * b.scale : a.value;
  const falling = start > b.value;
  const score = !fromBefore(ctx, a.first) && isScore(ctx, a, b);
  if (!score && (start === b.value || (falling && !fromBefore(ctx, a.first)))) return undefined;
  return candidate({
    ...a,
    first: between ? a.first - 1 : a.first,
    last: b.last,
    n1: b.n1,
    value: undefined,
    low: Math.min(start, b.value),
    high: Math.max(start, b.value),
    scale: b.scale,
    rules: [...a.rules, score ? 'range.score' : falling ? 'range.falling' : 'range'],
  });
}

/** "2-0", "9-2", "89-89": whole numbers joined by a bare dash, the first not below the second. */
const isScore = (ctx: ScanContext, a: Candidate, b: Candidate): boolean =>
  !a.words &&
  !b.words &&
  a.first === a.n0 &&
  a.n0 === a.n1 &&
  b.first === b.n0 &&
  b.n0 === b.n1 &&
  surface(ctx, a.last + 1) === '-' &&
  glued(ctx, a.last + 1) &&
  glued(ctx, b.first) &&
  Number.isInteger(a.value) &&
  Number.isInteger(b.value) &&
  (a.value ?? 0) >= (b.value ?? 0);
