import { href } from '../route.js';
import type { ClaimRef } from '../types.js';

/** What an analyst's decision about a claim names: its document and its index there. */
export const claimTarget = (claim: ClaimRef): string => `${claim.document}:${claim.claim}`;

interface Props {
  readonly claim: ClaimRef;
  /** Offered only for a claim the annotator found (a bare figure outside any claim has no index). */
  readonly onReject?: ((claim: ClaimRef) => void) | undefined;
}

/** One source's statement of a claim, linked to its sentence in the reader; an analyst may reject it. */
export function ClaimCard({ claim, onReject }: Props) {
  return (
    <div class={`claim pol-${claim.polarity}`} data-claim={claimTarget(claim)}>
      {onReject && claim.claim >= 0 ? (
        <button
          type="button"
          class="mini reject"
          title="reject this claim: reconcile leaves it out of clusters, conflicts and counts"
          aria-label={`reject claim ${claimTarget(claim)}`}
          onClick={() => onReject(claim)}
        >
          ✕ reject
        </button>
      ) : null}
      <div class="muted small">
        {claim.outlet ? `${claim.outlet} · ` : ''}
        {claim.published ?? 'undated'}
        {claim.time ? ` · about ${claim.time}` : ''}
      </div>
      <p>
        <a href={`${href('doc', claim.document)}?at=${claim.sentence.start}`}>{claim.text}</a>
      </p>
      <div class="small">
        <span class={`tag origin-${claim.origin.kind}`}>{claim.origin.name}</span>
        {claim.polarity === 'negative' ? <span class="tag neg">negated</span> : null}
        {claim.probability === undefined ? null : (
          <span class="tag">{Math.round(claim.probability * 100)}%</span>
        )}
      </div>
    </div>
  );
}
