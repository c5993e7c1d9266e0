/**
 * The one shape of a stage's rules, after chrono-node: parsers read the text (and the layers in
 * their context) into candidates, then refiners, in an order that is data (each stage's
 * `configuration.ts`), merge, extend, retype or drop them.
 */

/**
 * Context -> new candidates (an array of its own, which the refiners may rewrite); none when nothing matches. `found` holds what the parsers above it
 * found (the equipment-class parser leaves "tanks" after a named "T-72" to the name); most ignore it.
 */
export type Parser<Context, Candidate> = (ctx: Context, found: readonly Candidate[]) => Candidate[];

/**
 * Candidates -> candidates: merge, extend, retype or drop. The array is the refiner's own (no one
 * else holds it), so it may rewrite it in place and return it (in-place.ts says why that matters).
 */
export type Refiner<Context, Candidate> = (ctx: Context, candidates: Candidate[]) => Candidate[];

/** A stage's parsers and its refiners, each list in the order that is its logic. */
export interface Configuration<Context, Candidate> {
  readonly parsers: readonly Parser<Context, Candidate>[];
  readonly refiners: readonly Refiner<Context, Candidate>[];
}

/** Every parser in turn, their candidates in that order, then every refiner in turn. */
export function applyRules<Context, Candidate>(
  ctx: Context,
  { parsers, refiners }: Configuration<Context, Candidate>,
): Candidate[] {
  let candidates: Candidate[] = [];
  for (const parse of parsers) {
    const found = parse(ctx, candidates);
    candidates = candidates.length === 0 ? found : candidates.concat(found);
  }
  for (const refine of refiners) candidates = refine(ctx, candidates);
  return candidates;
}
