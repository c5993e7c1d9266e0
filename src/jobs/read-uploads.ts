import { diagnostic } from '../core/index.js';
import type { ReadOutcome } from '../ingest/index.js';
import { spawnWorker } from './spawn-worker.js';

export interface UploadItem {
  readonly origin: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Time and memory one request's uploads may take to be decoded, parsed and read. */
export interface ReadBudget {
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
}

const outcomeSource = (o: ReadOutcome): string => (o.ok ? o.article.origin : o.diagnostic.source);

/**
 * Reads uploads in a worker thread of their own: decoding, decompressing and parsing a hostile file
 * never holds the request loop. Past the budget the worker is stopped, and each upload that gave
 * nothing yet fails with one line; what was read before is kept.
 */
export function readUploadsOffLoop(items: readonly UploadItem[], budget: ReadBudget): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  return new Promise((resolve) => {
    const worker = spawnWorker(import.meta.url, 'read-uploads.worker', {
      resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb },
    });
    let finished = false;
    const finish = (reason?: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      void worker.terminate();
      if (reason !== undefined) {
        const sources = outcomes.map(outcomeSource);
        for (const item of items)
          if (!sources.some((s) => s === item.origin || s.startsWith(`${item.origin}#`)))
            outcomes.push({ ok: false, diagnostic: diagnostic(item.origin, 'ingest/read-budget', reason) });
      }
      resolve(outcomes);
    };
    const timer = setTimeout(
      () => finish(`reading took over ${Math.round(budget.timeoutMs / 1000)} s and was stopped`),
      budget.timeoutMs,
    );
    worker.on('message', (outcome: ReadOutcome | null) => {
      if (outcome === null) finish();
      else outcomes.push(outcome);
    });
    worker.on('error', (error) =>
      finish(
        /heap|memory/i.test(error.message)
          ? `reading needed over ${budget.maxMemoryMb} MB and was stopped`
          : `reading failed (${error.message})`,
      ),
    );
    worker.on('exit', () => finish('reading stopped before it finished'));
    worker.postMessage(items);
  });
}

/** `readUploadsOffLoop` as the reader `ingestUploads` takes. */
export const offLoopReader = (budget: ReadBudget) =>
  async function* (items: readonly UploadItem[]): AsyncGenerator<ReadOutcome> {
    yield* await readUploadsOffLoop(items, budget);
  };
