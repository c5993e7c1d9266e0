import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { SitrepError } from '../../core/index.js';
import { describeDb, isPostgresUrl } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { withStore } from '../store-option.js';

interface WorkerFlags {
  readonly db: string;
  readonly threads: string;
  readonly batch: string;
  readonly exitWhenIdle?: boolean;
  readonly json?: boolean;
}

const positive = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new SitrepError('E_USAGE', `${flag} takes a whole number >= 1, got ${value}`);
  return n;
};

export function workerCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('annotate documents queued on a PostgreSQL store; run as many as you like, on any machines')
    .requiredOption('--db <url>', 'the store: a postgres:// URL (the same for ingest and every worker)')
    .option('--threads <n>', 'documents annotated at once (one core each)', String(availableParallelism()))
    .option('--batch <n>', 'jobs each thread takes at a time (held by this worker until done)', '4')
    .option('--exit-when-idle', 'stop once no job is waiting or held anywhere, instead of waiting for more')
    .option('--json', 'print the final counts as JSON')
    .action(async (flags: WorkerFlags) => {
      if (!isPostgresUrl(flags.db)) {
        throw new SitrepError(
          'E_USAGE',
          'sitrep worker needs a postgres:// store; a SQLite file is annotated by ingest itself',
        );
      }
      const threads = positive(flags.threads, '--threads');
      const batch = positive(flags.batch, '--batch');
      const { openAnnotateQueue } = await import('../../queue/annotate-queue.js');
      const { runQueueWorker } = await import('../../jobs/queue-worker.js');
      const { warmPool, workerPool } = await import('../../jobs/annotate-pool.js');
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        await withStore(flags, async (store) => {
          const queue = await openAnnotateQueue(flags.db, {
            maintain: true,
            onError: (e) => io.err(`warning: queue: ${e.message}`),
          });
          // Annotation always off the main thread: it reads and stores the next batch meanwhile.
          const pool = workerPool(threads);
          await warmPool(pool, threads);
          io.err(`worker: ${threads} thread(s) on ${describeDb(flags.db)}`);
          let logged = 0;
          try {
            const counts = await runQueueWorker(store, queue, pool, {
              slots: threads * 2,
              batch,
              exitWhenIdle: Boolean(flags.exitWhenIdle),
              pollMs: 250,
              signal: stop.signal,
              onProgress: (c) => {
                const done = c.annotated + c.skipped + c.parked;
                if (done - logged < 100) return;
                logged = done;
                io.err(`worker: ${c.annotated} annotated, ${c.skipped} skipped, ${c.parked} parked`);
              },
            });
            if (flags.json) io.out(JSON.stringify(counts));
            else {
              io.out(
                `${counts.annotated} annotated, ${counts.skipped} skipped (already current), ` +
                  `${counts.retrying} tries to retry, ${counts.parked} parked (sitrep ls --failed)`,
              );
            }
            if (counts.parked > 0) setExit(ExitCode.someFailed);
          } finally {
            await pool.close();
            await queue.close();
          }
        });
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}
