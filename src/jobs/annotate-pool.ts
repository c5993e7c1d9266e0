import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { annotate } from '../annotate/index.js';
import type { Annotations } from '../core/index.js';

export interface AnnotateRequest {
  readonly id: string;
  readonly text: string;
  readonly referenceDate?: string;
}

export type AnnotateResponse =
  | { readonly id: string; readonly ok: true; readonly annotations: Annotations }
  | { readonly id: string; readonly ok: false; readonly reason: string };

export interface AnnotatePool {
  run(request: AnnotateRequest): Promise<AnnotateResponse>;
  close(): Promise<void>;
}

/** Annotates in this thread: for a handful of documents a worker's start-up costs more than it saves. */
export const inlinePool = (): AnnotatePool => ({
  run: async (request) => {
    try {
      const ctx = request.referenceDate ? { referenceDate: request.referenceDate } : {};
      return { id: request.id, ok: true, annotations: annotate(request.text, ctx) };
    } catch (error) {
      return { id: request.id, ok: false, reason: (error as Error).message };
    }
  },
  close: async () => {},
});

/**
 * Compiled, the worker is plain .js. Under tsx (tests) the sources are .ts, and Node 20 does not
 * apply `--import` hooks to a worker's entry point, so a tiny bootstrap registers tsx first.
 */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./annotate.worker.js', here));
  const entry = new URL('./annotate.worker.ts', here).href;
  const bootstrap = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** One worker per core, each fed one document at a time. */
export function workerPool(size = availableParallelism()): AnnotatePool {
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const all = Array.from({ length: Math.max(1, size) }, spawn);
  for (const w of all) {
    w.unref();
    idle.push(w);
  }
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    async run(request) {
      const worker = await acquire();
      worker.ref();
      try {
        return await new Promise<AnnotateResponse>((resolve, reject) => {
          const onError = (error: Error) => reject(error);
          worker.once('error', onError);
          worker.once('message', (response: AnnotateResponse) => {
            worker.off('error', onError);
            resolve(response);
          });
          worker.postMessage(request);
        });
      } finally {
        worker.unref();
        release(worker);
      }
    },
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

export const poolFor = (documents: number): AnnotatePool => (documents >= 8 ? workerPool() : inlinePool());
