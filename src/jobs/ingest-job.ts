import type { Diagnostic, DocumentId } from '../core/index.js';
import { type CollectOptions, collectArticles, collectBytes, lshKeys, similarity } from '../ingest/index.js';
import type { NewDocument, Store } from '../store/index.js';
import { type PreparedOutcome, toNewDocument } from './new-document.js';
import type { UploadItem } from './read-uploads.js';
import { uploadItems } from './upload-items.js';

/** A copy whose estimated 5-word-shingle Jaccard similarity reaches this is linked to its original. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
const BATCH = 500;

export type IngestEvent =
  | { readonly kind: 'added'; readonly origin: string; readonly id: DocumentId }
  | { readonly kind: 'unchanged'; readonly origin: string; readonly id: DocumentId }
  | {
      readonly kind: 'near-duplicate';
      readonly origin: string;
      readonly id: DocumentId;
      readonly of: DocumentId;
      readonly similarity: number;
    }
  | { readonly kind: 'failed'; readonly diagnostic: Diagnostic }
  | { readonly kind: 'note'; readonly diagnostic: Diagnostic };

export interface IngestSummary {
  readonly added: number;
  readonly unchanged: number;
  readonly nearDuplicates: number;
  readonly failed: number;
  readonly addedIds: readonly DocumentId[];
}

export interface IngestOptions {
  readonly collect?: CollectOptions;
  readonly onEvent?: (event: IngestEvent) => void;
}

/** Links each document to the most similar earlier one (stored, or earlier in this batch). */
async function linkNearDuplicates(store: Store, batch: readonly NewDocument[]): Promise<NewDocument[]> {
  const stored = await store.nearDuplicateCandidates(batch.flatMap((d) => d.lshKeys ?? []));
  const byKey = new Map<number, { id: DocumentId; signature: Uint32Array }[]>();
  const index = (key: number, c: { id: DocumentId; signature: Uint32Array }) =>
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  for (const c of stored) for (const key of lshKeys(c.signature)) index(key, c);
  const storedIds = new Set(stored.map((c) => c.id));
  const out: NewDocument[] = [];
  for (const doc of batch) {
    const keys = new Set(doc.lshKeys ?? []);
    const candidates = new Set([...keys].flatMap((k) => byKey.get(k) ?? []));
    let best: { id: DocumentId; similarity: number } | undefined;
    for (const c of candidates) {
      if (c.id === doc.id || !doc.signature) continue;
      const s = similarity(doc.signature, c.signature);
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id: c.id, similarity: s };
    }
    const linked =
      best && !storedIds.has(doc.id)
        ? { ...doc, nearDuplicateOf: best.id, similarity: best.similarity }
        : doc;
    out.push(linked);
    if (!linked.nearDuplicateOf && doc.signature) {
      for (const k of keys) index(k, { id: doc.id, signature: doc.signature });
    }
  }
  return out;
}

/**
 * Reads every input, normalizes and identifies each article, links near-duplicates and stores them
 * in transactional batches, so a run killed at any point leaves only whole documents behind and a
 * second run adds exactly what is missing.
 */
export async function ingestInputs(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  return storeOutcomes(store, collectArticles(inputs, options.collect), options.onEvent);
}

/**
 * Stores contents already in memory (uploads) like `ingestInputs` stores files: each read by the
 * reader its name's extension calls for, with the origin `upload:<file name>`; `read` reads them
 * (here by default; the server reads them in a worker thread).
 */
export async function ingestUploads(
  store: Store,
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  options: Omit<IngestOptions, 'collect'> = {},
  read: (items: readonly UploadItem[]) => AsyncIterable<PreparedOutcome> = collectBytes,
): Promise<IngestSummary> {
  return storeOutcomes(store, read(uploadItems(files)), options.onEvent);
}

/** Stores what was read elsewhere (the server's multipart uploads, read in a worker thread). */
export async function ingestOutcomes(
  store: Store,
  outcomes: Iterable<PreparedOutcome> | AsyncIterable<PreparedOutcome>,
  options: Omit<IngestOptions, 'collect'> = {},
): Promise<IngestSummary> {
  return storeOutcomes(store, outcomes, options.onEvent);
}

async function storeOutcomes(
  store: Store,
  outcomes: Iterable<PreparedOutcome> | AsyncIterable<PreparedOutcome>,
  onEvent: IngestOptions['onEvent'],
): Promise<IngestSummary> {
  const emit = onEvent ?? (() => {});
  const counts = { added: 0, unchanged: 0, nearDuplicates: 0, failed: 0 };
  const addedIds: DocumentId[] = [];
  let batch: NewDocument[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const linked = await linkNearDuplicates(store, batch);
    const results = await store.putDocuments(linked);
    results.forEach((result, i) => {
      const doc = linked[i];
      if (result.status === 'unchanged') {
        counts.unchanged++;
        emit({ kind: 'unchanged', origin: result.origin, id: result.id });
        return;
      }
      counts.added++;
      addedIds.push(result.id);
      if (doc?.nearDuplicateOf) {
        counts.nearDuplicates++;
        emit({
          kind: 'near-duplicate',
          origin: result.origin,
          id: result.id,
          of: doc.nearDuplicateOf,
          similarity: doc.similarity ?? 0,
        });
      } else emit({ kind: 'added', origin: result.origin, id: result.id });
    });
    batch = [];
  };

  for await (const outcome of outcomes) {
    if (!outcome.ok) {
      counts.failed++;
      emit({ kind: 'failed', diagnostic: outcome.diagnostic });
      continue;
    }
    for (const d of outcome.diagnostics) emit({ kind: 'note', diagnostic: d });
    const doc = 'prepared' in outcome ? outcome.prepared : toNewDocument(outcome.article);
    if (!doc) {
      counts.failed++;
      emit({
        kind: 'failed',
        diagnostic: {
          source: outcome.article.origin,
          ruleId: 'ingest/empty',
          reason: 'no text',
          severity: 'error',
        },
      });
      continue;
    }
    batch.push(doc);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { ...counts, addedIds };
}
