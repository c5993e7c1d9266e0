import { type Candidate, type Refiner, withRule } from './candidate.js';
import { near, type ScanContext } from './scan-context.js';
import { readThing } from './thing.refiner.js';

/** Kinds of figure that can stand as a modifier between a count and what it counts. */
const modifierKinds = new Set<Candidate['kind']>(['measure', 'duration', 'money']);

/**
 * A count right before a measured modifier counts the noun after that modifier: "two 500-pound bombs",
 * "eight million 250ml bottles", "three 24-hour strikes". The count keeps its own span; the modifier
 * stays a figure of its own.
 */
export const measuredThingRefiner: Refiner = (ctx, candidates) => {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k];
    const modifier = candidates[k + 1];
    if (!c || !modifier || !countsNothing(c) || !modifierBefore(ctx, c, modifier)) continue;
    const start = modifier.last + 1;
    const head = near(ctx, start) ? readThing(ctx, start) : undefined;
    if (head === undefined) continue;
    const thing = ctx.text.slice(ctx.toks.starts[start] ?? 0, ctx.toks.ends[head] ?? 0);
    candidates[k] = withRule(c, 'thing.measured', { thing });
  }
  return candidates;
};

const countsNothing = (c: Candidate): boolean =>
  c.kind === 'count' && c.thing === undefined && c.unit === undefined && c.value !== undefined;

const modifierBefore = (ctx: ScanContext, c: Candidate, m: Candidate): boolean =>
  m.first === c.last + 1 &&
  near(ctx, m.first) &&
  modifierKinds.has(m.kind) &&
  m.thing === undefined &&
  m.qualifier === undefined;
