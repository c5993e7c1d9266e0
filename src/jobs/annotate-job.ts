import type { DocumentId } from '../core/index.js';
import type { Store } from '../store/index.js';
import { type AnnotatePool, poolFor } from './annotate-pool.js';
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

/**
 * Annotates the given stored documents (all cores) and stores the results in batches. Unless
 * `force`d, a document another process annotated meanwhile under the current rules (a second
 * ingest on the same file, a queue worker) is skipped, and never written twice.
 */
export async function annotateDocuments(
  store: Store,
  ids: readonly DocumentId[],
  onProgress: (p: AnnotateProgress) => void = () => {},
  options: { readonly force?: boolean; readonly pool?: AnnotatePool } = {},
): Promise<AnnotateFailure[]> {
  const version = annotationVersion();
  const referenceOf = await collectionReferenceDates(store);
  const pool = options.pool ?? poolFor(ids.length);
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
          return pool.run({ id: doc.id, text: doc.text, ...(referenceDate ? { referenceDate } : {}) });
        }),
      );
      const stored = [];
      for (const r of results) {
        if (r.ok) stored.push({ documentId: r.id as DocumentId, version, json: r.json });
        else failures.push({ id: r.id as DocumentId, reason: r.reason });
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
