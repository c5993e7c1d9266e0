import { resolve } from 'node:path';
import { assess, type Question } from '../assess/index.js';
import type { Assessment } from '../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Decision, Store } from '../store/index.js';
import { loadCorpus } from './load-corpus.js';
import { reconcileCollection } from './reconcile-collection.js';

export interface AssessOptions {
  readonly question?: Question;
  /** The question file's path: a question file inside an input folder is not an article. */
  readonly questionPath?: string;
  readonly onPhase?: (phase: 'reconcile' | 'assess') => void;
}

export interface AssessedCollection {
  readonly corpus: readonly CorpusDocument[];
  /** The analyst decisions in force, oldest first. */
  readonly decisions: readonly Decision[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
}

/** Whether a stored document is the question file itself (or a config file swept up with a folder). */
const isConfig = (origin: string, questionPath: string | undefined): boolean =>
  (questionPath !== undefined && resolve(origin) === resolve(questionPath)) || /\.(ya?ml)$/i.test(origin);

/**
 * The collection as the briefing and the exports see it: loaded (stale documents annotated
 * first), config files left out, reconciled with the analyst's decisions, and assessed against the
 * question when one is given.
 */
export async function assessCollection(
  store: Store,
  options: AssessOptions = {},
): Promise<AssessedCollection> {
  const corpus = (await loadCorpus(store)).filter((c) => !isConfig(c.doc.origin, options.questionPath));
  options.onPhase?.('reconcile');
  const { decisions, reconciliation } = await reconcileCollection(store, corpus);
  if (!options.question) return { corpus, decisions, reconciliation };
  options.onPhase?.('assess');
  return {
    corpus,
    decisions,
    reconciliation,
    assessment: assess(options.question, corpus, reconciliation, decisions),
  };
}
