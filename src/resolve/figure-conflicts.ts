import { crossPairs } from './cluster-status.js';
import { partOfWhole } from './figure-match.js';
import { dayLabel, samePeriod } from './figure-period.js';
import type { QuantityRef } from './quantity-refs.js';
import type { Conflict } from './types.js';
import { centralOf, valueVerdict } from './value-verdict.js';

const sideOf = (r: QuantityRef) => ({
  quantity: r.ref.quantity,
  ...(r.ref.time ? { time: r.ref.time } : {}),
  ...(r.scope ? { scope: r.scope } : {}),
});

/**
 * One side's own sentence names the other's figure as a part of its own ("the 3,000 troops include
 * 2,000 from the division"): its source gives both, and the other is that part, not a rival count.
 */
const statesBoth = (a: QuantityRef, b: QuantityRef): boolean => {
  const [va, vb] = [centralOf(a.ref.quantity), centralOf(b.ref.quantity)];
  return (vb !== undefined && a.partsStated.includes(vb)) || (va !== undefined && b.partsStated.includes(va));
};

const sameValue = (a: QuantityRef, b: QuantityRef): boolean =>
  centralOf(a.ref.quantity) === centralOf(b.ref.quantity) &&
  a.ref.quantity.qualifier === b.ref.quantity.qualifier;

/**
 * The verdicts inside one proposition's figures. Two origins giving figures for the same period
 * conflict, agree (compatible) or refine each other; one origin is not disputed by itself. Figures
 * for different periods are a change over time, shown with both dates (in date order, between
 * neighbours only), never a dispute.
 */
export function figureConflicts(
  cluster: string,
  members: readonly QuantityRef[],
  same: (a: QuantityRef, b: QuantityRef) => boolean,
): Conflict[] {
  const out: Conflict[] = [];
  const push = (a: QuantityRef, b: QuantityRef, v: Pick<Conflict, 'verdict' | 'explanation'>) =>
    out.push({ id: `${cluster}-${out.length + 1}`, cluster, kind: 'value', a: a.ref, b: b.ref, ...v });
  for (const [a, b] of crossPairs(members.map((m) => ({ ...m, document: m.ref.document })))) {
    if (a.ref.origin.key === b.ref.origin.key || sameValue(a, b) || statesBoth(a, b)) continue;
    if ((!partOfWhole(a, b) && !samePeriod(a.kind, a.period, b.period)) || !same(a, b)) continue;
    const v = valueVerdict(sideOf(a), sideOf(b));
    if (v) push(a, b, v);
  }
  const dated = [...members]
    .filter((m) => m.period)
    .sort((x, y) => (x.period?.end ?? 0) - (y.period?.end ?? 0));
  for (let i = 1; i < dated.length; i++) {
    const [a, b] = [dated[i - 1] as QuantityRef, dated[i] as QuantityRef];
    if (samePeriod(a.kind, a.period, b.period) || sameValue(a, b) || a.kind === 'change' || partOfWhole(a, b))
      continue;
    // Joined through others in the cluster is not enough: the two must be one proposition retold.
    if (!same(a, b)) continue;
    if (valueVerdict(sideOf(a), { quantity: b.ref.quantity })?.verdict !== 'conflict') continue;
    push(a, b, {
      verdict: 'change',
      explanation: `changed over time: "${a.ref.quantity.text}" as of ${dayLabel(a.period)}, "${b.ref.quantity.text}" as of ${dayLabel(b.period)}`,
    });
  }
  return out;
}
