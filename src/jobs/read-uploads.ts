import type { Worker } from 'node:worker_threads';
import { diagnostic } from '../core/index.js';
import type { PreparedOutcome } from './new-document.js';
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

/** What the parent sends the upload worker: uploads already apart, or a multipart body in chunks. */
export type ToUploadWorker =
  | { readonly kind: 'items'; readonly items: readonly UploadItem[] }
  | { readonly kind: 'multipart'; readonly type: string }
  | { readonly kind: 'chunk'; readonly bytes: Uint8Array }
  | { readonly kind: 'end' };

/**
 * What the worker answers: a multipart body it refuses (unparseable, no file), the origins of the
 * files it found in one, each outcome as it comes, then `null`.
 */
export type FromUploadWorker =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'origins'; readonly origins: readonly string[] }
  | { readonly kind: 'outcome'; readonly outcome: PreparedOutcome }
  | null;

/** A multipart body read: refused with a reason (a bad request), or each upload's outcome. */
export type MultipartRead =
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: true; readonly outcomes: readonly PreparedOutcome[] };

const outcomeSource = (o: PreparedOutcome): string => (o.ok ? o.article.origin : o.diagnostic.source);

/**
 * Runs the upload worker until it says it is done or the budget runs out. Past the budget the
 * worker is stopped, and each upload that gave nothing yet fails with one line (`upload` for a
 * body stopped before its files were told apart); what was read before is kept.
 */
function runUploadWorker(
  budget: ReadBudget,
  origins: readonly string[] | undefined,
  feed: (worker: Worker, stop: (reason: string) => void) => void,
): Promise<MultipartRead> {
  const outcomes: PreparedOutcome[] = [];
  let known = origins;
  return new Promise((resolve) => {
    const worker = spawnWorker(import.meta.url, 'read-uploads.worker', {
      resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb },
    });
    let finished = false;
    const finish = (result?: MultipartRead) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result ?? { ok: true, outcomes });
    };
    const stop = (reason: string) => {
      if (finished) return;
      const sources = outcomes.map(outcomeSource);
      for (const origin of known ?? ['upload'])
        if (!sources.some((s) => s === origin || s.startsWith(`${origin}#`)))
          outcomes.push({ ok: false, diagnostic: diagnostic(origin, 'ingest/read-budget', reason) });
      finish();
    };
    const timer = setTimeout(
      () => stop(`reading took over ${Math.round(budget.timeoutMs / 1000)} s and was stopped`),
      budget.timeoutMs,
    );
    worker.on('message', (message: FromUploadWorker) => {
      if (message === null) finish();
      else if (message.kind === 'refused') finish({ ok: false, reason: message.reason });
      else if (message.kind === 'origins') known = message.origins;
      else outcomes.push(message.outcome);
    });
    worker.on('error', (error) =>
      stop(
        /heap|memory/i.test(error.message)
          ? `reading needed over ${budget.maxMemoryMb} MB and was stopped`
          : `reading failed (${error.message})`,
      ),
    );
    worker.on('exit', () => stop('reading stopped before it finished'));
    feed(worker, (reason) => finish({ ok: false, reason }));
  });
}

/**
 * Reads uploads in a worker thread of their own: decoding, decompressing and parsing a hostile file
 * never holds the request loop.
 */
export async function readUploadsOffLoop(
  items: readonly UploadItem[],
  budget: ReadBudget,
): Promise<readonly PreparedOutcome[]> {
  const read = await runUploadWorker(
    budget,
    items.map((i) => i.origin),
    (worker) => worker.postMessage({ kind: 'items', items } satisfies ToUploadWorker),
  );
  return read.ok ? read.outcomes : [];
}

/**
 * A multipart request body, streamed chunk by chunk to the upload worker, which tells its files
 * apart and reads them: the request loop only passes bytes on. A body that breaks off (over the
 * body cap) or that the worker cannot parse is refused.
 */
export function readMultipartOffLoop(
  body: ReadableStream<Uint8Array> | null,
  type: string,
  budget: ReadBudget,
): Promise<MultipartRead> {
  return runUploadWorker(budget, undefined, (worker, refuse) => {
    worker.postMessage({ kind: 'multipart', type } satisfies ToUploadWorker);
    void (async () => {
      try {
        if (body)
          for await (const bytes of body) {
            // A chunk that owns its buffer (the stream adapter copies each one out of the socket's
            // pool) is handed over, not copied again.
            const { buffer } = bytes;
            const owned =
              buffer instanceof ArrayBuffer &&
              bytes.byteOffset === 0 &&
              bytes.byteLength === buffer.byteLength;
            worker.postMessage({ kind: 'chunk', bytes } satisfies ToUploadWorker, owned ? [buffer] : []);
          }
        worker.postMessage({ kind: 'end' } satisfies ToUploadWorker);
      } catch {
        refuse('the multipart body could not be read to its end');
      }
    })();
  });
}

/** `readUploadsOffLoop` as the reader `ingestUploads` takes. */
export const offLoopReader = (budget: ReadBudget) =>
  async function* (items: readonly UploadItem[]): AsyncGenerator<PreparedOutcome> {
    yield* await readUploadsOffLoop(items, budget);
  };
