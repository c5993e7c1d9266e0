import { availableParallelism } from 'node:os';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { annotate } from '../annotate/index.js';
import { annotationsJson } from '../store/annotations-json.js';
import { spawnWorker } from './spawn-worker.js';

export interface AnnotateRequest {
  readonly id: string;
  readonly text: string;
  readonly referenceDate?: string;
}

/** A SQLite file a worker opens to store what it annotated, under `version` (store-in-thread.ts). */
export interface StoreInThread {
  readonly file: string;
  readonly version: string;
  readonly onlyStale: boolean;
}

/**
 * The annotations come back as the JSON text the store keeps: made in the thread that annotated,
 * so the thread that stores them neither copies an object graph across nor serializes it.
 */
export type AnnotateResponse =
  | { readonly id: string; readonly ok: true; readonly json: string }
  | { readonly id: string; readonly ok: false; readonly reason: string };

/** A worker that stored the annotations itself answers `stored` (false: another process had). */
export type StoringResponse =
  | AnnotateResponse
  | { readonly id: string; readonly ok: true; readonly stored: boolean };

/** What a worker is sent: a request, and where to store its annotations if it is to store them. */
export type ToAnnotateWorker = AnnotateRequest & { readonly storeIn?: StoreInThread };

/** Annotates one request where it is called; a failure is a response, never a throw. */
export function annotateRequest(request: AnnotateRequest): AnnotateResponse {
  try {
    const ctx = request.referenceDate ? { referenceDate: request.referenceDate } : {};
    return { id: request.id, ok: true, json: annotationsJson(annotate(request.text, ctx)) };
  } catch (error) {
    return { id: request.id, ok: false, reason: (error as Error).message };
  }
}

export interface AnnotatePool {
  run(request: AnnotateRequest): Promise<AnnotateResponse>;
  /** Annotates in a worker that stores the result itself; the JSON comes back if the write failed. */
  runAndStore?(request: AnnotateRequest, storeIn: StoreInThread): Promise<StoringResponse>;
  close(): Promise<void>;
}

/** Annotates in this thread: for a handful of documents a worker's start-up costs more than it saves. */
export const inlinePool = (): AnnotatePool => ({
  run: async (request) => annotateRequest(request),
  close: async () => {},
});

const spawn = (options: WorkerOptions = {}): Worker =>
  spawnWorker(import.meta.url, 'annotate.worker', options);

/** Time and memory one document may take in a worker before the worker is stopped. */
export interface DocumentBudget {
  readonly timeoutMs?: number;
  readonly maxMemoryMb?: number;
}

/**
 * One worker per core, each fed one document at a time. With a budget, a document that takes
 * longer, or a worker that runs out of its memory, fails that document alone: the worker is
 * replaced and the pool goes on.
 */
export function workerPool(size = availableParallelism(), budget: DocumentBudget = {}): AnnotatePool {
  const limits = budget.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb } } : {};
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const all = new Set<Worker>();
  const fresh = (): Worker => {
    const w = spawn(limits);
    w.unref();
    all.add(w);
    return w;
  };
  for (let i = 0; i < Math.max(1, size); i++) idle.push(fresh());
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const replace = (w: Worker): Worker => {
    all.delete(w);
    void w.terminate();
    return fresh();
  };
  const send = async (request: ToAnnotateWorker): Promise<StoringResponse> => {
    let worker = await acquire();
    worker.ref();
    try {
      const answer = await new Promise<StoringResponse | string>((resolve) => {
        const { timeoutMs } = budget;
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => resolve(`took over ${timeoutMs / 1000} s; stopped`), timeoutMs);
        const onError = (error: Error) => {
          clearTimeout(timer);
          resolve(
            (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `needed over ${budget.maxMemoryMb} MB; stopped`
              : error.message,
          );
        };
        worker.once('error', onError);
        worker.once('message', (response: StoringResponse) => {
          clearTimeout(timer);
          worker.off('error', onError);
          resolve(response);
        });
        worker.postMessage(request);
      });
      if (typeof answer !== 'string') return answer;
      worker = replace(worker);
      return { id: request.id, ok: false, reason: answer };
    } finally {
      worker.unref();
      release(worker);
    }
  };
  return {
    // Sent without `storeIn`, a worker answers the JSON or a failure, never `stored`.
    run: (request) => send(request) as Promise<AnnotateResponse>,
    runAndStore: (request, storeIn) => send({ ...request, storeIn }),
    close: async () => {
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}

/** An invented report: enough cues (a date, a figure, a place, an attribution) to load every model. */
const WARM_UP =
  'Officials said on Friday that about 300 troops had crossed the northern border, the agency reported.';

/**
 * Annotates an invented sentence twice in each of `threads` threads (the second run still loads
 * lazily), so a queue worker holds no job while its models load.
 */
export async function warmPool(pool: AnnotatePool, threads: number): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        pool.run({ id: `warm-up ${i}`, text: WARM_UP, referenceDate: '2022-01-01' }),
      ),
    );
  }
}

export const poolFor = (documents: number): AnnotatePool => (documents >= 8 ? workerPool() : inlinePool());
