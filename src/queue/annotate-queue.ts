import type PgBoss from 'pg-boss';
import { SitrepError } from '../core/index.js';
import { redactedUrl } from '../store/index.js';
import { startBoss } from './start-boss.js';

/** Annotation jobs, and the jobs pg-boss moves aside once a document has used up its retries. */
const ANNOTATE = 'sitrep-annotate';
const GAVE_UP = 'sitrep-annotate-gave-up';

/** One document to annotate; the reference date is the collection's, worked out at enqueue time. */
export interface AnnotateJobData {
  readonly id: string;
  readonly referenceDate?: string;
}

export interface QueuedJob {
  readonly jobId: string;
  readonly data: AnnotateJobData;
  /** This is the last try: a failure now is final. */
  readonly lastAttempt: boolean;
}

export interface QueueSettings {
  /** Seconds a worker may hold one job before it counts as lost and is retried elsewhere. */
  readonly jobTimeoutSeconds: number;
  /** Attempts after the first; the waits between them double from `retryDelaySeconds`. */
  readonly retries: number;
  readonly retryDelaySeconds: number;
}

export const defaultQueueSettings: QueueSettings = {
  jobTimeoutSeconds: 300,
  retries: 3,
  retryDelaySeconds: 10,
};

export interface AnnotateQueue {
  enqueue(jobs: readonly AnnotateJobData[], settings?: QueueSettings): Promise<void>;
  /** Takes up to `size` jobs no other worker holds (`FOR UPDATE SKIP LOCKED`). */
  take(size: number): Promise<QueuedJob[]>;
  /** Jobs given up on without a recorded reason: their worker stopped, or they ran out of time. */
  takeGivenUp(size: number): Promise<QueuedJob[]>;
  complete(jobIds: readonly string[]): Promise<void>;
  completeGivenUp(jobIds: readonly string[]): Promise<void>;
  /** Fails one try: pg-boss retries it after a back-off, or gives up after the last. */
  fail(jobId: string, reason: string): Promise<void>;
  /** Jobs waiting, waiting to retry, or held by a worker, in either queue. */
  unfinished(): Promise<number>;
  close(): Promise<void>;
}

const toJob = (job: PgBoss.JobWithMetadata<AnnotateJobData>): QueuedJob => ({
  jobId: job.id,
  data: job.data,
  lastAttempt: job.retryCount >= job.retryLimit,
});

/**
 * The annotation queue on the store's own PostgreSQL database, through pg-boss. Workers on any
 * number of machines take jobs from it; a job whose worker dies is retried once its time is up.
 * `maintain` makes this process one of those that may run pg-boss's upkeep (expiring lost jobs).
 */
export async function openAnnotateQueue(
  connectionString: string,
  options: { readonly maintain: boolean; readonly onError?: (error: Error) => void },
): Promise<AnnotateQueue> {
  let boss: PgBoss;
  try {
    boss = await startBoss(
      connectionString,
      { max: 3, supervise: options.maintain, maintenanceIntervalSeconds: 10, schedule: false },
      [
        { name: GAVE_UP },
        { name: ANNOTATE, options: { name: ANNOTATE, policy: 'short', deadLetter: GAVE_UP } },
      ],
      options.onError ?? (() => {}),
    );
  } catch (cause) {
    throw new SitrepError(
      'E_STORE_OPEN',
      `cannot open the job queue on ${redactedUrl(connectionString)}: ${(cause as Error).message}`,
      { cause },
    );
  }
  const take = async (queue: string, size: number) =>
    (await boss.fetch<AnnotateJobData>(queue, { batchSize: size, includeMetadata: true })).map(toJob);
  return {
    async enqueue(jobs, settings = defaultQueueSettings) {
      for (let i = 0; i < jobs.length; i += 1000) {
        await boss.insert(
          jobs.slice(i, i + 1000).map((data) => ({
            name: ANNOTATE,
            data,
            // At most one waiting job per document: enqueueing twice adds nothing.
            singletonKey: data.id,
            expireInSeconds: settings.jobTimeoutSeconds,
            retryLimit: settings.retries,
            retryDelay: settings.retryDelaySeconds,
            retryBackoff: true,
          })),
        );
      }
    },
    take: (size) => take(ANNOTATE, size),
    takeGivenUp: (size) => take(GAVE_UP, size),
    async complete(jobIds) {
      if (jobIds.length > 0) await boss.complete(ANNOTATE, [...jobIds]);
    },
    async completeGivenUp(jobIds) {
      if (jobIds.length > 0) await boss.complete(GAVE_UP, [...jobIds]);
    },
    fail: (jobId, reason) => boss.fail(ANNOTATE, jobId, { reason }),
    async unfinished() {
      const sizes = await Promise.all(
        [ANNOTATE, GAVE_UP].map((name) => boss.getQueueSize(name, { before: 'completed' })),
      );
      return sizes.reduce((a, b) => a + b, 0);
    },
    close: () => boss.stop({ graceful: false, close: true }),
  };
}
