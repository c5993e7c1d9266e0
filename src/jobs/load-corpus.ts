import { CompactTokenPacker } from '../core/compact-tokens.js';
import { SharedStrings } from '../core/shared-strings.js';
import type { CorpusDocument } from '../resolve/types.js';
import type { Store } from '../store/index.js';
import { annotateDocuments } from './annotate-job.js';
import { annotationVersion } from './annotation-version.js';

/** A document as loaded, with the version of its annotations (what facts derived from them are keyed by). */
export type LoadedDocument = CorpusDocument & { readonly version: string };

/**
 * Every stored document with its current annotations, annotating stale ones first. Near-duplicate
 * copies are left out: they are linked to their original, and counting them would double evidence.
 * The store reads documents and annotations together, a page per query; each page's tokens are
 * packed as it arrives (they are most of the annotations: parsed, a large collection's would not fit),
 * and its strings shared (quoted sentences point into the text, repeated names come from one table).
 */
export async function loadCorpus(
  store: Store,
  options: { withCopies?: boolean; asStored?: boolean } = {},
): Promise<LoadedDocument[]> {
  // `asStored` (benches on a store an earlier build annotated): the annotations as they are.
  const stale = options.asStored ? [] : await store.documentsToAnnotate(annotationVersion());
  if (stale.length > 0) await annotateDocuments(store, stale);
  const corpus: LoadedDocument[] = [];
  const packer = new CompactTokenPacker();
  const strings = new SharedStrings();
  const listing = options.withCopies ? { withCopies: true } : {};
  for await (const page of store.documentsWithAnnotations(listing)) {
    for (const { doc, version, annotations } of page)
      corpus.push({ doc, annotations: packer.pack(strings.share(doc.text, annotations)), version });
  }
  return corpus;
}
