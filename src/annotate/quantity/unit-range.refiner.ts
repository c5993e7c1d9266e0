import { type Candidate, candidate, isFigure, type Refiner } from './candidate.js';
import { mergeAdjacent } from './merge-adjacent.js';
import { fromBefore, rangeLinkEnd } from './range-link.js';
import { glued, lower, near, type ScanContext } from './scan-context.js';

/**
 * Ranges whose ends each carry the unit, written after units, currencies and things are known:
 * "5% to 10%", "2 per cent to 2.5 per cent", "between $30,000 and $75,000 a year", "from 300 sq ft up
 * to 700 sq ft", "from $1,850 to $1,790" (a fall: rule `range.falling`), "to 120,400 lots from 198,300
 * lots" (a change written end first), "$40/$55" (sums joined by a slash). Both ends must measure the
 * same thing in the same unit.
 */
export const unitRangeRefiner: Refiner = mergeAdjacent(merge);

function merge(ctx: ScanContext, a: Candidate, b: Candidate): Candidate | undefined {
  if (!isFigure(a) || a.value === undefined || b.value === undefined || !sameMeasure(a, b)) return undefined;
  const order = written(ctx, a, b);
  if (!order) return undefined;
  const [start, end] = order.reversed ? [b.value, a.value] : [a.value, b.value];
  if (start === end || (start > end && !order.change)) return undefined;
  return candidate({
    ...b,
    first: order.first,
    n0: a.n0,
    value: undefined,
    low: Math.min(start, end),
    high: Math.max(start, end),
    qualifier: a.qualifier,
    thing: b.thing ?? a.thing,
    rules: [...b.rules, start > end ? 'range.falling' : 'range'],
  });
}

/** Same kind, unit, currency and thing; money may pair with a rate in that money ("$5 to $7 a day"). */
function sameMeasure(a: Candidate, b: Candidate): boolean {
  if (a.currency !== b.currency) return false;
  const rate =
    a.kind === 'money' && b.kind === 'rate' && a.unit !== undefined && b.unit?.startsWith(`${a.unit} per `);
  if (!rate && (a.kind !== b.kind || a.unit !== b.unit)) return false;
  if (a.unit !== undefined || a.currency !== undefined) return true;
  return a.thing !== undefined && a.thing.toLowerCase() === b.thing?.toLowerCase();
}

interface Order {
  readonly first: number;
  /** Written end first: "to 5 from 7". */
  readonly reversed: boolean;
  /** A change ("from ... to"), which may fall. */
  readonly change: boolean;
}

function written(ctx: ScanContext, a: Candidate, b: Candidate): Order | undefined {
  const between = lower(ctx, a.first - 1) === 'between';
  const from = fromBefore(ctx, a.first);
  const linkEnd = rangeLinkEnd(ctx, a.last + 1, between);
  if (linkEnd !== undefined && b.first === linkEnd + 1 && near(ctx, b.first))
    return { first: between ? a.first - 1 : a.first, reversed: false, change: from };
  if (from && b.qualifier === 'up to' && b.first === a.last + 1 && near(ctx, b.first))
    return { first: a.first, reversed: false, change: false };
  // "$40/$55": two sums joined by a slash (a bare "7/9" is a date or a score, never joined here).
  const slash = lower(ctx, a.last + 1) === '/' && glued(ctx, a.last + 1) && glued(ctx, b.first);
  if (slash && a.currency !== undefined && b.first === a.last + 2)
    return { first: a.first, reversed: false, change: false };
  const fromAfter = lower(ctx, a.last + 1) === 'from' && near(ctx, a.last + 1) && b.first === a.last + 2;
  if (fromAfter && lower(ctx, a.first - 1) === 'to' && near(ctx, a.first))
    return { first: a.first, reversed: true, change: true };
  return undefined;
}
