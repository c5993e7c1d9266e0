import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { loadCorpus } from '../jobs/load-corpus.js';
import { citations } from '../resolve/citations.js';
import { salienceOf } from '../resolve/clause-profile.js';
import { resolveEntities } from '../resolve/entities.js';
import { quantityClusters } from '../resolve/quantity-clusters.js';
import { quantityRefs } from '../resolve/quantity-refs.js';
import { reconcile } from '../resolve/reconcile.js';
import { statementClusters } from '../resolve/statement-clusters.js';
import type { CorpusDocument } from '../resolve/types.js';
import { openStore } from '../store/index.js';

/** The articles an analyst adds to a collection already reconciled. */
export const NEW_ARTICLES = 100;

export interface ReconcileScaleBench {
  readonly existing: number;
  readonly added: number;
  /** CPU seconds to reconcile the existing collection from scratch. */
  readonly scratch: number;
  /** CPU seconds to reconcile it again once the new articles are in: what adding them costs today. */
  readonly withNew: number;
  /** CPU seconds of each step of that second reconciliation, in the order `reconcile` runs them. */
  readonly steps: readonly { readonly step: string; readonly seconds: number }[];
}

const cpuSeconds = <T>(work: () => T): { value: T; seconds: number } => {
  const started = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(started);
  return { value, seconds: (used.user + used.system) / 1e6 };
};

/**
 * The steps of `resolve/reconcile.ts` timed one by one (no analyst decisions): which of them would
 * have to become incremental. Keep in step with that file.
 */
function timeSteps(corpus: readonly CorpusDocument[]): ReconcileScaleBench['steps'] {
  const entities = cpuSeconds(() => resolveEntities(corpus));
  const { byLocal } = entities.value;
  const salience = cpuSeconds(() => salienceOf(corpus, entities.value.entities));
  const figures = cpuSeconds(() => quantityClusters(quantityRefs(corpus, byLocal), salience.value));
  const statements = cpuSeconds(() => statementClusters(corpus, byLocal, new Set(), salience.value));
  const cited = cpuSeconds(() => citations(corpus, byLocal));
  return [
    { step: 'entities', seconds: entities.seconds },
    { step: 'salience', seconds: salience.seconds },
    { step: 'figure clusters', seconds: figures.seconds },
    { step: 'statement clusters', seconds: statements.seconds },
    { step: 'citations', seconds: cited.seconds },
  ];
}

/**
 * Reconciliation of the war-media corpus less 100 of its articles (the last by id), then with them: adding 100
 * articles costs what the whole collection costs while reconciliation starts from scratch, and about
 * 100/6,879 of it once it is incremental. The store is kept between runs (`db`): only the first run
 * ingests and annotates (minutes).
 */
export async function benchReconcileScale(
  db = join(tmpdir(), 'sitrep-bench-brief-size.db'),
): Promise<ReconcileScaleBench> {
  const store = await openStore(db);
  try {
    if ((await store.countDocuments()) === 0) {
      await ingestInputs(store, [sharedPath('corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz')]);
    }
    const corpus = await loadCorpus(store);
    const existing = corpus.slice(0, corpus.length - NEW_ARTICLES);
    const scratch = cpuSeconds(() => reconcile(existing)).seconds;
    const withNew = cpuSeconds(() => reconcile(corpus)).seconds;
    return { existing: existing.length, added: NEW_ARTICLES, scratch, withNew, steps: timeSteps(corpus) };
  } finally {
    await store.close();
  }
}
