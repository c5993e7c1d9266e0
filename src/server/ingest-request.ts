import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { asDocumentId, formatDiagnostic } from '../core/index.js';
import { annotateDocuments } from '../jobs/annotate-job.js';
import { type AnnotatePool, workerPool } from '../jobs/annotate-pool.js';
import { annotationVersion } from '../jobs/annotation-version.js';
import {
  type IngestOptions,
  type IngestSummary,
  ingestInputs,
  ingestOutcomes,
  ingestUploads,
} from '../jobs/ingest-job.js';
import type { PreparedOutcome } from '../jobs/new-document.js';
import { type MultipartRead, offLoopReader, readMultipartOffLoop } from '../jobs/read-uploads.js';
import type { Store } from '../store/index.js';
import { isPublicAddress } from './address-guard.js';
import type { EventHub } from './events.js';

const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL');

/** The JSON body of `POST /api/documents`: an article's text, or `{ url }` to fetch one. */
export const ArticleBody = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: httpUrl.optional(),
});
export type ArticleBody = z.infer<typeof ArticleBody>;

export const UrlBody = z.strictObject({ url: httpUrl });

export interface IngestOutcome {
  readonly added: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: number;
  readonly diagnostics: string[];
}

export type IngestInput =
  | { readonly article: ArticleBody }
  | { readonly read: readonly PreparedOutcome[] }
  | { readonly url: string; readonly allowPrivate: boolean };

/**
 * Uploads are annotated in worker threads, never on the request loop, each document within a time
 * and memory budget: one hostile upload fails alone and every other request is still answered.
 */
const DOCUMENT_BUDGET = { timeoutMs: 120_000, maxMemoryMb: 1536 };
let pool: AnnotatePool | undefined;
const serverPool = (): AnnotatePool => {
  pool ??= workerPool(Math.max(1, Math.min(2, availableParallelism() - 1)), DOCUMENT_BUDGET);
  return pool;
};

/**
 * What the first upload would otherwise do on the request loop: hash the annotation code and model
 * files for the annotation version (synchronous reads), and start the workers (which then load
 * their models in their own threads). Called when the server starts.
 */
export function warmIngest(): void {
  annotationVersion();
  serverPool();
}

/** Time and memory for decoding, decompressing and parsing one request's uploads, in a worker. */
const READ_BUDGET = { timeoutMs: 60_000, maxMemoryMb: 1536 };

/** A multipart upload's files told apart and read in a worker thread, within the read budget. */
export const readMultipart = (
  body: ReadableStream<Uint8Array> | null,
  type: string,
): Promise<MultipartRead> => readMultipartOffLoop(body, type, READ_BUDGET);

/** Time and size allowed for fetching one URL on a client's behalf. */
const URL_LIMITS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

async function run(
  ingest: (options: Pick<IngestOptions, 'onEvent'>) => Promise<IngestSummary>,
): Promise<IngestOutcome> {
  const unchanged: string[] = [];
  const diagnostics: string[] = [];
  const summary = await ingest({
    onEvent: (e) => {
      if (e.kind === 'unchanged') unchanged.push(e.id);
      if (e.kind === 'failed' || e.kind === 'note') diagnostics.push(formatDiagnostic(e.diagnostic));
    },
  });
  return { added: summary.addedIds, unchanged, failed: summary.failed, diagnostics };
}

/**
 * Stores and annotates what an API client sent, through the same readers as `sitrep ingest`: a JSON
 * article as one JSONL record, uploaded files by their own extension (origin `upload:<name>`), a URL
 * fetched only from public addresses (each hop checked by the lookup its sockets connect with, so a
 * changed DNS answer cannot slip in between check and connection) unless private ones are allowed.
 */
export async function ingestRequest(store: Store, hub: EventHub, input: IngestInput): Promise<IngestOutcome> {
  let outcome: IngestOutcome;
  if ('url' in input) {
    const collect = { ...URL_LIMITS, ...(input.allowPrivate ? {} : { allowAddress: isPublicAddress }) };
    outcome = await run((o) => ingestInputs(store, [input.url], { ...o, collect }));
  } else if ('read' in input) {
    outcome = await run((o) => ingestOutcomes(store, input.read, o));
  } else {
    const files = [
      { name: 'article.jsonl', bytes: Buffer.from(`${JSON.stringify(input.article)}\n`, 'utf8') },
    ];
    outcome = await run((o) => ingestUploads(store, files, o, offLoopReader(READ_BUDGET)));
  }
  if (outcome.added.length > 0) {
    const failures = await annotateDocuments(store, outcome.added.map(asDocumentId), undefined, {
      pool: serverPool(),
      storeInWorkers: true,
    });
    for (const f of failures) outcome.diagnostics.push(`error: ${f.id}: ${f.reason} [annotate/failed]`);
  }
  for (const id of outcome.added) {
    const doc = await store.getDocument(id);
    hub.publish({ kind: 'document', id, title: doc?.meta.title?.value ?? null });
  }
  return outcome;
}
