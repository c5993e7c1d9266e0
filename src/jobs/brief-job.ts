import type { Question } from '../assess/index.js';
import type { Assessment } from '../assess/types.js';
import type { Brief } from '../report/brief-model.js';
import { buildBrief } from '../report/build-brief.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Store } from '../store/index.js';
import { annotateDocuments } from './annotate-job.js';
import { annotationVersion } from './annotation-version.js';
import { assessCollection } from './assess-collection.js';
import { type IngestEvent, ingestInputs } from './ingest-job.js';

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
  const { corpus, reconciliation, assessment } = await assessCollection(store, {
    ...(options.question ? { question: options.question } : {}),
    ...(options.questionPath ? { questionPath: options.questionPath } : {}),
    onPhase: phase,
  });
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
