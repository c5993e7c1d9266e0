import type { Candidate, Refiner } from './candidate.js';
import { lower, near, type ScanContext, surface } from './scan-context.js';

/**
 * Drops bare figures that name rather than count: a number after a capitalized name with nothing
 * counted after it ("S&P 500", "Fortune 100", "Apple Watch 5", "Big 12"), and "one" or "zero"
 * written in words with no thing or unit ("BBC One", "not zero").
 */
export const bareRefiner: Refiner = (ctx, candidates) =>
  candidates.filter((c) => !(bare(c) && (afterName(ctx, c) || pronounLike(ctx, c))));

const bare = (c: Candidate): boolean =>
  c.kind === 'count' &&
  c.thing === undefined &&
  c.unit === undefined &&
  c.qualifier === undefined &&
  c.value !== undefined;

function afterName(ctx: ScanContext, c: Candidate): boolean {
  if (c.words || c.first !== c.n0 || !near(ctx, c.first)) return false;
  const before = surface(ctx, c.first - 1);
  if (!/^\p{Lu}/u.test(before)) return false;
  const earlier = surface(ctx, c.first - 2);
  return earlier !== '' && !/^[.!?:;"“]$/.test(earlier);
}

const pronounLike = (ctx: ScanContext, c: Candidate): boolean =>
  c.words === true && c.n0 === c.n1 && (lower(ctx, c.n0) === 'one' || lower(ctx, c.n0) === 'zero');
