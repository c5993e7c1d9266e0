import { loadCorpus } from '../jobs/load-corpus.js';
import { reconcileCollection } from '../jobs/reconcile-collection.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Decision, Store } from '../store/index.js';

/** The whole collection as resolve sees it, with the analyst decisions in force. */
export interface Collection {
  /** The store's version it was read at: changes whenever a document, annotations or a decision is stored. */
  readonly key: string;
  readonly corpus: readonly CorpusDocument[];
  readonly decisions: readonly Decision[];
  readonly reconciliation: Reconciliation;
}

/**
 * Loads and reconciles the collection once per version of the store: the result is kept until a
 * document, annotations or a decision is stored. A failed load is not kept.
 */
export function collectionCache(store: Store): () => Promise<Collection> {
  let cached: { key: string; value: Promise<Collection> } | undefined;
  return async () => {
    const key = await store.version();
    if (cached?.key !== key) {
      const value = loadCorpus(store).then(async (corpus) => ({
        key,
        corpus,
        ...(await reconcileCollection(store, corpus)),
      }));
      cached = { key, value };
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}
