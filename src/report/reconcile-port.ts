import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Decision } from '../store/index.js';
import { emptyReconciliation } from './build-brief.js';

type Reconcile = (
  corpus: readonly CorpusDocument[],
  decisions: readonly Decision[],
) => Reconciliation | Promise<Reconciliation>;

/**
 * Resolve's public surface, loaded by name so that the report builds and runs (with an empty
 * reconciliation and a note) before `src/resolve/index.ts` exists.
 */
const RESOLVE = '../resolve/index.js';

export async function reconcileCorpus(
  corpus: readonly CorpusDocument[],
  decisions: readonly Decision[],
): Promise<{ reconciliation: Reconciliation; note?: string }> {
  let reconcile: Reconcile | undefined;
  try {
    const mod = (await import(RESOLVE)) as { reconcile?: Reconcile };
    reconcile = mod.reconcile;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  if (!reconcile) return { reconciliation: emptyReconciliation, note: 'reconcile is not available yet' };
  return { reconciliation: await reconcile(corpus, decisions) };
}
