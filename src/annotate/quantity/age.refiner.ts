import { mapInPlace } from '../in-place.js';
import { type Candidate, type Refiner, withRule } from './candidate.js';
import { lexicon } from './lexicon.js';
import { glued, lower, near, type ScanContext, surface } from './scan-context.js';

/**
 * Ages: "64-year-old", "15 year-old", "30 years old", "a six-month-old", "aged 20 to 45", and a bare
 * figure closing a clause about a person: "his daughter, who was 10, ..." (`age.clause`).
 */
export const ageRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (c.kind !== 'count') return c;
    const after = oldAfter(ctx, c.n1);
    if (after) return withRule(c, 'age', { kind: 'age', unit: after.unit, last: after.last });
    if (near(ctx, c.first) && lexicon().ageCues.has(lower(ctx, c.first - 1))) {
      return withRule(c, 'age.aged', { kind: 'age', unit: 'year', first: c.first - 1 });
    }
    if (ageClause(ctx, c)) return withRule(c, 'age.clause', { kind: 'age', unit: 'year' });
    return c;
  });

/** "who is 7." / "who was 10,": the cue right before, and the clause ending right after the number. */
function ageClause(ctx: ScanContext, c: Candidate): boolean {
  if (c.value === undefined || !Number.isInteger(c.value) || c.value > 120 || c.n0 !== c.first) return false;
  const cue = `${lower(ctx, c.first - 2)} ${lower(ctx, c.first - 1)}`;
  const cueAt = lexicon().ageClauseCues.has(cue)
    ? 2
    : lexicon().ageClauseCues.has(`${lower(ctx, c.first - 3)} ${cue}`)
      ? 3
      : 0;
  if (cueAt === 0 || !near(ctx, c.first) || !near(ctx, c.first - 1)) return false;
  const after = c.last + 1;
  return after >= ctx.toks.length || clauseEnds.has(surface(ctx, after)) || !near(ctx, after);
}

const clauseEnds = new Set([',', '.', ';', ')', '!', '?']);

/** "-year-old", " month-old", " years old" after token `n1`: the age unit and the last token. */
export function oldAfter(ctx: ScanContext, n1: number): { unit: string; last: number } | undefined {
  let j = n1 + 1;
  if (lower(ctx, j) === '-' && glued(ctx, j) && glued(ctx, j + 1)) j++;
  const unit = near(ctx, j) ? lexicon().ageUnits.get(lower(ctx, j)) : undefined;
  if (!unit) return undefined;
  let k = j + 1;
  if (lower(ctx, k) === '-' && glued(ctx, k) && glued(ctx, k + 1)) k++;
  const old = lower(ctx, k);
  return near(ctx, k) && (old === 'old' || old === 'olds') ? { unit, last: k } : undefined;
}
