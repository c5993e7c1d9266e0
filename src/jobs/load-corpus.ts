import type { CorpusDocument } from '../resolve/types.js';
import type { Store } from '../store/index.js';
import { annotateDocuments } from './annotate-job.js';
import { annotationVersion } from './annotation-version.js';

/**
 * Every stored document with its current annotations, annotating stale ones first. Near-duplicate
 * copies are left out: they are linked to their original, and counting them would double evidence.
 */
export async function loadCorpus(
  store: Store,
  options: { withCopies?: boolean } = {},
): Promise<CorpusDocument[]> {
  const stale = await store.documentsToAnnotate(annotationVersion());
  if (stale.length > 0) await annotateDocuments(store, stale);
  const corpus: CorpusDocument[] = [];
  for (const id of await store.allDocumentIds()) {
    const doc = await store.getDocument(id);
    const stored = await store.getAnnotations(id);
    if (!doc || !stored) continue;
    if (doc.nearDuplicateOf && !options.withCopies) continue;
    corpus.push({ doc, annotations: stored.annotations });
  }
  return corpus;
}
