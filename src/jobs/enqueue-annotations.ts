import type { AnnotateQueue, QueueSettings } from '../queue/annotate-queue.js';
import type { Store } from '../store/index.js';
import { annotationVersion } from './annotation-version.js';
import { collectionReferenceDates } from './collection-reference-dates.js';

/** Queues one annotation job per stale document (a document already queued is not queued twice). */
export async function enqueueStale(
  store: Store,
  queue: AnnotateQueue,
  settings?: QueueSettings,
): Promise<number> {
  const ids = await store.documentsToAnnotate(annotationVersion());
  if (ids.length === 0) return 0;
  const referenceOf = await collectionReferenceDates(store);
  const jobs = ids.map((id) => {
    const referenceDate = referenceOf.get(id);
    return { id, ...(referenceDate ? { referenceDate } : {}) };
  });
  await queue.enqueue(jobs, settings);
  return ids.length;
}
