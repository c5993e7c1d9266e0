import { useState } from 'preact/hooks';
import { REJECT_CLAIM } from '../../../core/api-contract.js';
import { postJson } from '../api.js';
import type { ClaimRef, Decision } from '../types.js';
import { claimTarget } from './claim-card.js';

const short = (s: string): string => (s.length > 70 ? `${s.slice(0, 69)}…` : s);

/**
 * Rejecting a claim as an analyst decision, and taking the last rejection back: both are recorded
 * (who, when), and `changed` reloads the views that show claims.
 */
export function useClaimRejection(changed: () => void) {
  const [last, setLast] = useState<{ decision: Decision; text: string } | undefined>();
  const [message, setMessage] = useState('');
  const fail = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error));
  const reject = async (claim: ClaimRef) => {
    try {
      const decision = await postJson<Decision>('/api/decisions', {
        kind: REJECT_CLAIM,
        target: claimTarget(claim),
        before: false,
        after: true,
      });
      setLast({ decision, text: claim.text });
      setMessage(`rejected “${short(claim.text)}”`);
      changed();
    } catch (error) {
      fail(error);
    }
  };
  const undo = async () => {
    if (!last) return;
    try {
      await postJson(`/api/decisions/${last.decision.id}/undo`, {});
      setMessage(`restored “${short(last.text)}”`);
      setLast(undefined);
      changed();
    } catch (error) {
      fail(error);
    }
  };
  const status = (
    <div class="merge-bar reject-bar" role="status">
      <span data-testid="reject-status">{message}</span>
      {last ? (
        <button type="button" class="link" data-testid="undo-reject" onClick={undo}>
          undo
        </button>
      ) : null}
    </div>
  );
  return { reject, status };
}
