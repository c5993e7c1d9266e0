import { href } from '../route.js';
import type { ClaimRef } from '../types.js';

/** One source's statement of a claim, linked to its sentence in the reader. */
export function ClaimCard({ claim }: { claim: ClaimRef }) {
  return (
    <div class={`claim pol-${claim.polarity}`}>
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
