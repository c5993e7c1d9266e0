import type { DocumentId } from '../core/index.js';
import type { Store } from '../store/index.js';
import { referenceDates } from './reference-date.js';

/** Each stored document's reference date, worked out over the whole collection (see reference-date.ts). */
export async function collectionReferenceDates(store: Store): Promise<Map<DocumentId, string | undefined>> {
  const summaries = await store.listDocuments();
  const references = referenceDates(
    summaries.map((d) => ({
      id: d.id,
      origin: d.origin,
      ...(d.meta.published ? { published: d.meta.published } : {}),
    })),
  );
  return new Map([...references].map(([d, ref]) => [d.id, ref]));
}
