import { type AnalystDecision, reconcile } from '../resolve/index.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Decision } from '../store/index.js';

/** Reconciles a corpus with the analyst's entity decisions (merges and splits always win). */
export async function reconcileCorpus(
  corpus: readonly CorpusDocument[],
  decisions: readonly Decision[],
): Promise<{ reconciliation: Reconciliation; note?: string }> {
  const entityDecisions = decisions.filter(
    (d): d is Decision & AnalystDecision => d.kind === 'merge' || d.kind === 'split',
  );
  return { reconciliation: reconcile(corpus, entityDecisions) };
}
