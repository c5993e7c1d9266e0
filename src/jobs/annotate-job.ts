import type { DocumentId } from '../core/index.js';
import type { Store } from '../store/index.js';
import { poolFor } from './annotate-pool.js';
import { annotationVersion } from './annotation-version.js';
import { referenceDates } from './reference-date.js';

export interface AnnotateProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnnotateFailure {
  readonly id: DocumentId;
  readonly reason: string;
}

const BATCH = 50;

/** Annotates the given stored documents (all cores) and stores the results in batches. */
export async function annotateDocuments(
  store: Store,
  ids: readonly DocumentId[],
  onProgress: (p: AnnotateProgress) => void = () => {},
): Promise<AnnotateFailure[]> {
  const version = annotationVersion();
  const summaries = await store.listDocuments();
  const references = referenceDates(
    summaries.map((d) => ({
      id: d.id,
      origin: d.origin,
      ...(d.meta.published ? { published: d.meta.published } : {}),
    })),
  );
  const referenceOf = new Map([...references].map(([d, ref]) => [d.id, ref]));
  const pool = poolFor(ids.length);
  const failures: AnnotateFailure[] = [];
  let done = 0;
  try {
    for (let i = 0; i < ids.length; i += BATCH) {
      const docs = await Promise.all(ids.slice(i, i + BATCH).map((id) => store.getDocument(id)));
      const results = await Promise.all(
        docs.flatMap((doc) => {
          if (!doc) return [];
          const referenceDate = referenceOf.get(doc.id);
          return [pool.run({ id: doc.id, text: doc.text, ...(referenceDate ? { referenceDate } : {}) })];
        }),
      );
      const stored = [];
      for (const r of results) {
        if (r.ok) stored.push({ documentId: r.id as DocumentId, version, annotations: r.annotations });
        else failures.push({ id: r.id as DocumentId, reason: r.reason });
      }
      await store.putAnnotations(stored);
      done += docs.length;
      onProgress({ done, total: ids.length });
    }
  } finally {
    await pool.close();
  }
  return failures;
}
