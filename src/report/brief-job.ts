import { resolve } from 'node:path';
import { assess, type Question } from '../assess/index.js';
import type { Assessment } from '../assess/types.js';
import { annotateDocuments } from '../jobs/annotate-job.js';
import { annotationVersion } from '../jobs/annotation-version.js';
import { type IngestEvent, ingestInputs } from '../jobs/ingest-job.js';
import { loadCorpus } from '../jobs/load-corpus.js';
import { reconcileCollection } from '../jobs/reconcile-collection.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Store } from '../store/index.js';
import type { Brief } from './brief-model.js';
import { buildBrief } from './build-brief.js';

export type BriefPhase = 'ingest' | 'annotate' | 'reconcile' | 'assess' | 'write';

export interface BriefJobOptions {
  readonly inputs: readonly string[];
  readonly question?: Question;
  /** The question file's path: a question file inside an input folder is not an article. */
  readonly questionPath?: string;
  readonly onIngest?: (event: IngestEvent) => void;
  readonly onPhase?: (phase: BriefPhase) => void;
  readonly onAnnotate?: (done: number, total: number) => void;
}

export interface BriefJobResult {
  readonly brief: Brief;
  readonly corpus: readonly CorpusDocument[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
  readonly failed: number;
}

/** Whether a stored document is the question file itself (or a config file swept up with a folder). */
const isConfig = (origin: string, questionPath: string | undefined): boolean =>
  (questionPath !== undefined && resolve(origin) === resolve(questionPath)) || /\.(ya?ml)$/i.test(origin);

/**
 * The whole `sitrep brief` run on an open store: ingest the inputs, annotate what is new or stale,
 * reconcile across documents, assess the question when one is given, and build the briefing.
 */
export async function runBriefJob(store: Store, options: BriefJobOptions): Promise<BriefJobResult> {
  const phase = options.onPhase ?? (() => {});
  phase('ingest');
  const summary = await ingestInputs(
    store,
    options.inputs,
    options.onIngest ? { onEvent: options.onIngest } : {},
  );
  phase('annotate');
  const stale = await store.documentsToAnnotate(annotationVersion());
  const failures = await annotateDocuments(store, stale, (p) => options.onAnnotate?.(p.done, p.total));
  const corpus = (await loadCorpus(store)).filter((c) => !isConfig(c.doc.origin, options.questionPath));
  phase('reconcile');
  const { decisions, reconciliation } = await reconcileCollection(store, corpus);
  let assessment: Assessment | undefined;
  if (options.question) {
    phase('assess');
    assessment = assess(options.question, corpus, reconciliation, decisions);
  }
  phase('write');
  const brief = buildBrief({
    corpus,
    reconciliation,
    ...(assessment ? { assessment } : {}),
    ...(options.question ? { question: options.question } : {}),
  });
  return {
    brief,
    corpus,
    reconciliation,
    failed: summary.failed + failures.length,
    ...(assessment ? { assessment } : {}),
  };
}
