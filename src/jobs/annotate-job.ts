import type { DocumentId } from '../core/index.js';
import type { Store } from '../store/index.js';
import { type AnnotatePool, type AnnotateRequest, poolFor, type StoringResponse } from './annotate-pool.js';
import { annotationVersion } from './annotation-version.js';
import { collectionReferenceDates } from './collection-reference-dates.js';

export interface AnnotateProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnnotateFailure {
  readonly id: DocumentId;
  readonly reason: string;
}

const BATCH = 50;

export interface AnnotateOptions {
  readonly force?: boolean;
  readonly pool?: AnnotatePool;
  /**
   * Workers store what they annotated through their own connection, when the store is a SQLite
   * file: the server's request loop then never holds a long text's write (store-in-thread.ts).
   */
  readonly storeInWorkers?: boolean;
}

/**
 * Annotates the given stored documents (all cores) and stores the results in batches. Unless
 * `force`d, a document another process annotated meanwhile under the current rules (a second
 * ingest on the same file, a queue worker) is skipped, and never written twice.
 */
export async function annotateDocuments(
  store: Store,
  ids: readonly DocumentId[],
  onProgress: (p: AnnotateProgress) => void = () => {},
  options: AnnotateOptions = {},
): Promise<AnnotateFailure[]> {
  const version = annotationVersion();
  const referenceOf = await collectionReferenceDates(store);
  const pool = options.pool ?? poolFor(ids.length);
  const file = options.storeInWorkers ? await store.sqliteFile?.() : undefined;
  const storeIn = file === undefined ? undefined : { file, version, onlyStale: !options.force };
  const annotate = (request: AnnotateRequest): Promise<StoringResponse> =>
    storeIn && pool.runAndStore ? pool.runAndStore(request, storeIn) : pool.run(request);
  const failures: AnnotateFailure[] = [];
  let done = 0;
  try {
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const docs = options.force
        ? (await Promise.all(batch.map((id) => store.getDocument(id)))).filter((d) => d !== undefined)
        : await store.textsToAnnotate(version, batch);
      const results = await Promise.all(
        docs.map((doc) => {
          const referenceDate = referenceOf.get(doc.id);
          return annotate({ id: doc.id, text: doc.text, ...(referenceDate ? { referenceDate } : {}) });
        }),
      );
      const stored = [];
      for (const r of results) {
        if (!r.ok) failures.push({ id: r.id as DocumentId, reason: r.reason });
        else if ('json' in r) stored.push({ documentId: r.id as DocumentId, version, json: r.json });
      }
      await store.putAnnotations(stored, { onlyStale: !options.force });
      // Nothing retries here by itself: the failure is parked, with its reason, until a next run.
      await store.recordFailures(
        results.flatMap((r) =>
          r.ok
            ? []
            : [{ documentId: r.id as DocumentId, version, reason: r.reason, state: 'parked' as const }],
        ),
      );
      done += batch.length;
      onProgress({ done, total: ids.length });
    }
  } finally {
    // A pool given by the caller (the server's) outlives this call.
    if (options.pool === undefined) await pool.close();
  }
  return failures;
}
