import { type Candidate, candidate, isFigure, type Refiner } from './candidate.js';
import { fromBefore } from './range-link.js';
import { lower, near, type ScanContext, surface } from './scan-context.js';

const MAX_GAP = 6;
const stops = new Set(['.', ';', ':', '!', '?', '(', ')', ',']);

/**
 * A change written "from A ... to B" with words between the ends: "from 30 mpg in town to 34", "from
 * 300 km in 2019 to 420 km in 2023". Both ends measure the same thing in the same unit
 * (a bare end has taken it from the other by now: coordination.refiner.ts); a year between them
 * is part of the change and leaves the figures. Low and high are sorted; a fall is `range.falling`.
 */
export const changeRefiner: Refiner = (ctx, candidates) => {
  // In place: the result is written behind the candidates still to read (j <= k).
  let j = 0;
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates[k];
    if (!a) continue;
    const end = endOfChange(ctx, candidates, k);
    const b = end === undefined ? undefined : candidates[end];
    if (end === undefined || !b || a.value === undefined || b.value === undefined) {
      if (j !== k) candidates[j] = a;
      j++;
      continue;
    }
    candidates[j++] = candidate({
      ...b,
      first: a.first,
      n0: a.n0,
      value: undefined,
      low: Math.min(a.value, b.value),
      high: Math.max(a.value, b.value),
      qualifier: a.qualifier,
      thing: b.thing ?? a.thing,
      rules: [...b.rules, a.value > b.value ? 'range.falling' : 'range'],
    });
    k = end;
  }
  candidates.length = j;
  return candidates;
};

/** The index of the figure ending the change that candidate `k` starts, with only years between. */
function endOfChange(ctx: ScanContext, candidates: readonly Candidate[], k: number): number | undefined {
  const a = candidates[k];
  if (!a || !isFigure(a) || a.value === undefined || !fromBefore(ctx, a.first)) return undefined;
  let end = k + 1;
  while (candidates[end]?.kind === 'year') end++;
  const b = candidates[end];
  if (!b || b.value === undefined || !sameMeasure(a, b)) return undefined;
  const link = b.first - 1;
  if (lower(ctx, link) !== 'to' || !near(ctx, b.first) || b.first - a.last > MAX_GAP + 1) return undefined;
  for (let i = a.last + 1; i < link; i++) if (stops.has(surface(ctx, i)) || !near(ctx, i)) return undefined;
  return a.value === b.value ? undefined : end;
}

const sameMeasure = (a: Candidate, b: Candidate): boolean =>
  a.kind === b.kind &&
  a.unit === b.unit &&
  a.currency === b.currency &&
  (a.unit !== undefined || a.currency !== undefined || a.thing?.toLowerCase() === b.thing?.toLowerCase());
