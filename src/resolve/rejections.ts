import { REJECT_CLAIM } from '../core/api-contract.js';
import type { AnalystDecision } from './analyst-decision.js';
import { decisionsInForce } from './undo.js';

/** The decision kind that takes a wrong claim out of reconcile (its target is `claimKey` of it). */
export { REJECT_CLAIM };

/** How a decision names a claim: `<documentId>:<index into the document's claims>`. */
export const claimKey = (ref: { readonly document: string; readonly claim: number }): string =>
  `${ref.document}:${ref.claim}`;

/**
 * The claims an analyst rejected, as `claimKey`s: a `reject-claim` with `after: false` takes an
 * earlier one back, and an undone decision does not count. Reconcile leaves these claims out of
 * clusters, conflicts and corroboration counts.
 */
export function rejectedClaims(decisions: readonly AnalystDecision[]): Set<string> {
  const out = new Set<string>();
  for (const d of decisionsInForce(decisions)) {
    if (d.kind !== REJECT_CLAIM) continue;
    if (d.after === false) out.delete(d.target);
    else out.add(d.target);
  }
  return out;
}
