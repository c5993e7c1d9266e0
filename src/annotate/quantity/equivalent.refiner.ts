import { type Candidate, type Refiner, withRule } from './candidate.js';
import { lower, near, type ScanContext } from './scan-context.js';

/**
 * A conversion in brackets right after a qualified measure shares its qualifier: "more than 7.5
 * million crowns (US$1.1 million)", "just under 180 hp (134 kW / 182 PS)". Both must carry a unit
 * or currency, so that "(3 of 5)" or a count in brackets is left alone.
 */
export const equivalentRefiner: Refiner = (ctx, candidates) => {
  const out = candidates;
  for (let k = 1; k < out.length; k++) {
    const c = out[k];
    const prev = out[k - 1];
    if (!c || !prev || c.qualifier !== undefined || prev.qualifier === undefined) continue;
    if (!measured(prev) || !measured(c) || !converts(ctx, prev, c)) continue;
    out[k] = withRule(c, 'qualifier.equivalent', { qualifier: prev.qualifier });
  }
  return out;
};

const measured = (c: Candidate): boolean => c.unit !== undefined || c.currency !== undefined;

/** `c` opens a bracket right after `prev`, or follows it after a slash inside that bracket. */
function converts(ctx: ScanContext, prev: Candidate, c: Candidate): boolean {
  if (c.first !== prev.last + 2 || !near(ctx, c.first)) return false;
  const link = lower(ctx, prev.last + 1);
  if (link === '(') return near(ctx, prev.last + 1);
  return link === '/' && insideBracket(ctx, prev.first);
}

const insideBracket = (ctx: ScanContext, first: number): boolean => lower(ctx, first - 1) === '(';
