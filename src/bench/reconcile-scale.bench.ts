import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../core/index.js';
import { collectionFacts } from '../jobs/collection-facts.js';
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
  /** CPU seconds to reconcile it again once the new articles are in, from scratch. */
  readonly withNew: number;
  /**
   * CPU seconds to reconcile it with the new articles in when the existing ones' facts are stored:
   * reading them back, deriving and storing the new articles', and the cross-document merge.
   */
  readonly incremental: number;
  /** Whether the incremental reconciliation equals the one from scratch. */
  readonly same: boolean;
  /** CPU seconds of each step of that second reconciliation, in the order `reconcile` runs them. */
  readonly steps: readonly { readonly step: string; readonly seconds: number }[];
}

const cpuSeconds = <T>(work: () => T): { value: T; seconds: number } => {
  const started = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(started);
  return { value, seconds: (used.user + used.system) / 1e6 };
};

const cpuSecondsAsync = async <T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> => {
  const started = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(started);
  return { value, seconds: (used.user + used.system) / 1e6 };
};

const plain = (value: unknown): string => JSON.stringify(value);

/**
 * The steps of `resolve/reconcile.ts` timed one by one (no analyst decisions): which of them would
 * have to become incremental. Keep in step with that file.
 */
function timeSteps(corpus: readonly CorpusDocument[]): ReconcileScaleBench['steps'] {
  const entities = cpuSeconds(() => resolveEntities(corpus));
  const { byLocal } = entities.value;
  const cited = cpuSeconds(() => citations(corpus, byLocal));
  const salience = cpuSeconds(() => salienceOf(corpus, entities.value.entities));
  const figures = cpuSeconds(() => quantityClusters(quantityRefs(corpus, byLocal), salience.value));
  const statements = cpuSeconds(() => statementClusters(corpus, byLocal, new Set(), salience.value));
  return [
    { step: 'entities', seconds: entities.seconds },
    { step: 'citations', seconds: cited.seconds },
    { step: 'salience', seconds: salience.seconds },
    { step: 'figure clusters', seconds: figures.seconds },
    { step: 'statement clusters', seconds: statements.seconds },
  ];
}

/**
 * Reconciliation of the war-media corpus less 100 of its articles (the last by id), then with them:
 * from scratch, adding 100 articles costs what the whole collection costs; with the existing
 * articles' facts stored (`jobs/collection-facts.ts`), only the new articles' are derived. The store
 * is kept between runs (`db`): only the first run ingests and annotates (minutes). `asStored` reads
 * the annotations as stored, whatever their version (a store annotated by an earlier build).
 */
export async function benchReconcileScale(
  db = join(tmpdir(), 'sitrep-bench-brief-size.db'),
  options: { readonly asStored?: boolean } = {},
): Promise<ReconcileScaleBench> {
  const store = await openStore(db);
  try {
    if ((await store.countDocuments()) === 0) {
      await ingestInputs(store, [sharedPath('corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz')]);
    }
    const corpus = await loadCorpus(store, options.asStored ? { asStored: true } : {});
    const existing = corpus.slice(0, corpus.length - NEW_ARTICLES);
    const scratch = cpuSeconds(() => reconcile(existing)).seconds;
    const fromScratch = cpuSeconds(() => reconcile(corpus));
    await collectionFacts(store, existing);
    // The new articles under an annotation version of this run only: their facts are never found
    // stored, however often the bench ran on this store, and are derived as a new article's would be.
    const run = `bench-${Date.now()}`;
    const grown = corpus.map((cd, i) =>
      i < existing.length ? cd : { ...cd, version: `${cd.version}+${run}` },
    );
    const incremental = await cpuSecondsAsync(async () =>
      reconcile(corpus, [], await collectionFacts(store, grown)),
    );
    return {
      existing: existing.length,
      added: NEW_ARTICLES,
      scratch,
      withNew: fromScratch.seconds,
      incremental: incremental.seconds,
      same: plain(incremental.value) === plain(fromScratch.value),
      steps: timeSteps(corpus),
    };
  } finally {
    await store.close();
  }
}
