import { type Candidate, type Refiner, withRule } from './candidate.js';
import { isNumberWord } from './lexicon.js';
import { glued, isNum, lower, type ScanContext, surface } from './scan-context.js';

/** Words that join a suspended figure to the next one: "four-, five- and six-cylinder". */
const joins = new Set([',', 'and', 'or', 'to', '/']);

/**
 * A suspended hyphen shares the unit or thing written after the last figure of a list:
 * "four-, five- and six-cylinder engines", "a 7- or 8-inch screen". A bare figure followed by a
 * glued "-" and a joining word takes the unit, kind and thing of the next figure in the list.
 */
export const suspendedHyphenRefiner: Refiner = (ctx, candidates) => {
  const out = candidates;
  for (let k = out.length - 2; k >= 0; k--) {
    const c = out[k];
    const next = out[k + 1];
    if (!c || !next || !isBare(c) || !suspended(ctx, c.n1, next.n0)) continue;
    if (next.unit === undefined && next.thing === undefined) continue;
    out[k] = withRule(c, 'unit.suspended', {
      kind: next.kind,
      ...(next.unit !== undefined ? { unit: next.unit } : {}),
      ...(next.thing !== undefined ? { thing: next.thing } : {}),
    });
  }
  return out;
};

const isBare = (c: Candidate): boolean =>
  c.kind === 'count' && c.unit === undefined && c.thing === undefined && c.currency === undefined;

/** Tokens after `n1` up to `n0`: a glued "-", then only joining words, and at most three of them. */
function suspended(ctx: ScanContext, n1: number, n0: number): boolean {
  if (surface(ctx, n1 + 1) !== '-' || !glued(ctx, n1 + 1)) return false;
  if (n0 - n1 < 3 || n0 - n1 > 5) return false;
  for (let i = n1 + 2; i < n0; i++) if (!joins.has(lower(ctx, i))) return false;
  return true;
}

/**
 * True when the figure starting at token `n0` ends a suspended list ("five- and six-cylinder"): the
 * list enumerates values of one count, so "six-cylinder" there counts cylinders.
 */
export function endsSuspendedList(ctx: ScanContext, n0: number): boolean {
  for (let n1 = n0 - 5; n1 <= n0 - 3; n1++)
    if ((isNum(ctx, n1) || isNumberWord(lower(ctx, n1))) && suspended(ctx, n1, n0)) return true;
  return false;
}
