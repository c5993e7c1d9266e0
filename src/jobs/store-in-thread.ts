import type { DocumentId } from '../core/index.js';
import { openSqliteStore, type Store } from '../store/index.js';
import { annotateRequest, type StoringResponse, type ToAnnotateWorker } from './annotate-pool.js';

let opened: { readonly file: string; readonly store: Promise<Store> } | undefined;

/** This thread's own connection to `file`, opened on first use and kept for the next documents. */
const storeFor = (file: string): Promise<Store> => {
  if (opened?.file !== file) opened = { file, store: openSqliteStore(file) };
  return opened.store;
};

/**
 * Annotates a request and, when it names a SQLite file, stores the result through this thread's
 * own connection: writing a long text's annotations (tens of MB of JSON, a good part of a second)
 * then holds this worker, not the server's request loop. If the write fails, the JSON goes back to
 * be stored by the caller as usual.
 */
export async function annotateAndStore(request: ToAnnotateWorker): Promise<StoringResponse> {
  const response = annotateRequest(request);
  const into = request.storeIn;
  if (!into || !response.ok) return response;
  try {
    const store = await storeFor(into.file);
    const written = await store.putAnnotations(
      [{ documentId: request.id as DocumentId, version: into.version, json: response.json }],
      { onlyStale: into.onlyStale },
    );
    return { id: request.id, ok: true, stored: written.length > 0 };
  } catch {
    return response;
  }
}
