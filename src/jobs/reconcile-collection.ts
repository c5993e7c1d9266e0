import { decisionsInForce, reconcileResolved, resolveEntities } from '../resolve/index.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Decision, Store } from '../store/index.js';
import { handedCollectionFacts } from './collection-facts.js';

export interface ReconciledCollection {
  /** The analyst decisions still in force (undone ones left out), oldest first. */
  readonly decisions: readonly Decision[];
  readonly reconciliation: Reconciliation;
}

/**
 * Reconciles a loaded corpus with the analyst's decisions in force: the one place that reads
 * decisions for resolve and assess, so the CLI, the briefing and the server agree. Each document's
 * own part of the work is read back from the store when it was done before (`collectionFacts`),
 * and handed over so that reconciling lets it go as it reads it.
 */
export async function reconcileCollection(
  store: Store,
  corpus: readonly CorpusDocument[],
): Promise<ReconciledCollection> {
  const decisions = decisionsInForce(await store.listDecisions());
  // Entities first: the facts, read after, are not held while entities are resolved.
  const resolution = resolveEntities(corpus, decisions);
  const facts = await handedCollectionFacts(store, corpus);
  return { decisions, reconciliation: reconcileResolved(corpus, decisions, resolution, facts) };
}
