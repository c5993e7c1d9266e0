import { setTimeout as sleep } from 'node:timers/promises';
import type { DocumentId } from '../core/index.js';
import type { AnnotateQueue, QueuedJob } from '../queue/annotate-queue.js';
import type { AnnotationsToStore, Store } from '../store/index.js';
import type { AnnotatePool } from './annotate-pool.js';
import { annotationVersion } from './annotation-version.js';

export interface WorkerCounts {
  /** Documents this worker annotated and stored. */
  annotated: number;
  /** Jobs whose document was already annotated under the current rules (or is gone). */
  skipped: number;
  /** Tries that failed and will be retried after a back-off. */
  retrying: number;
  /** Documents given up on, with their reason recorded (`sitrep ls --failed`). */
  parked: number;
}

export interface WorkerOptions {
  /** Batches worked on at once: two per annotation thread keep it busy while the other is read or stored. */
  readonly slots: number;
  /** Jobs each slot takes at a time (default 1): fewer queries per document, more held if it dies. */
  readonly batch?: number;
  /** Stop once no job is waiting, retrying or held anywhere (a batch run); otherwise run until stopped. */
  readonly exitWhenIdle: boolean;
  /** How long to wait before looking for jobs again when there were none. */
  readonly pollMs: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (counts: Readonly<WorkerCounts>) => void;
}

const LOST =
  'no worker finished it within its time limit (the worker stopped, or the document took too long)';

/**
 * Takes annotation jobs from the queue until stopped (or idle), one per slot at a time. A job is
 * idempotent: a document already annotated under the current rules is skipped, and annotations are
 * written only over stale ones, so a job retried after its worker died never annotates twice.
 */
export async function runQueueWorker(
  store: Store,
  queue: AnnotateQueue,
  pool: AnnotatePool,
  options: WorkerOptions,
): Promise<WorkerCounts> {
  const version = annotationVersion();
  const counts: WorkerCounts = { annotated: 0, skipped: 0, retrying: 0, parked: 0 };
  const report = () => options.onProgress?.(counts);

  /**
   * One batch: its stale texts read in one query, annotated at once (the pool queues them for its
   * threads), stored in one transaction; jobs whose document is current or gone are skipped.
   */
  const work = async (jobs: readonly QueuedJob[]): Promise<void> => {
    const texts = await store.textsToAnnotate(
      version,
      jobs.map((j) => j.data.id as DocumentId),
    );
    const jobOf = new Map(jobs.map((j) => [j.data.id, j]));
    const found = new Set<string>(texts.map((t) => t.id));
    const done = jobs.filter((j) => !found.has(j.data.id)).map((j) => j.jobId);
    counts.skipped += done.length;
    const results = await Promise.all(
      texts.map(({ id, text }) => {
        const referenceDate = jobOf.get(id)?.data.referenceDate;
        return pool.run({ id, text, ...(referenceDate ? { referenceDate } : {}) });
      }),
    );
    const stored: AnnotationsToStore[] = [];
    for (const result of results) {
      const job = jobOf.get(result.id);
      if (!job) continue;
      const id = result.id as DocumentId;
      if (result.ok) {
        stored.push({ documentId: id, version, json: result.json });
        done.push(job.jobId);
        continue;
      }
      await store.recordFailures([
        { documentId: id, version, reason: result.reason, state: job.lastAttempt ? 'parked' : 'retrying' },
      ]);
      if (job.lastAttempt) {
        done.push(job.jobId);
        counts.parked++;
      } else {
        await queue.fail(job.jobId, result.reason);
        counts.retrying++;
      }
    }
    const written = await store.putAnnotations(stored, { onlyStale: true });
    counts.annotated += written.length;
    counts.skipped += stored.length - written.length;
    await queue.complete(done);
  };

  /** Jobs pg-boss gave up on by itself (lost on their last try): parked with that reason. */
  const parkGivenUp = async (): Promise<boolean> => {
    const jobs = await queue.takeGivenUp(50);
    if (jobs.length === 0) return false;
    const ids = jobs.map((j) => j.data.id as DocumentId);
    const stale = new Set(await store.documentsToAnnotate(version, ids));
    const lost = ids.filter((id) => stale.has(id));
    await store.recordFailures(
      lost.map((documentId) => ({ documentId, version, reason: LOST, state: 'parked' })),
    );
    await queue.completeGivenUp(jobs.map((j) => j.jobId));
    counts.parked += lost.length;
    return true;
  };

  const slot = async (): Promise<void> => {
    while (!options.signal?.aborted) {
      const jobs = await queue.take(options.batch ?? 1);
      if (jobs.length > 0) {
        await work(jobs);
        report();
        continue;
      }
      if (await parkGivenUp()) {
        report();
        continue;
      }
      if (options.exitWhenIdle && (await queue.unfinished()) === 0) return;
      await sleep(options.pollMs, undefined, options.signal ? { signal: options.signal } : {}).catch(
        () => {},
      );
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.slots) }, slot));
  return counts;
}
