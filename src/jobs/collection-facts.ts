import { once, SitrepError } from '../core/index.js';
import { type DocumentFacts, documentFacts, documentFactsModule } from '../resolve/index.js';
import type { CorpusDocument } from '../resolve/types.js';
import type { Store, StoredFacts } from '../store/index.js';
import { annotationVersion, moduleVersion } from './annotation-version.js';

/** The version of the code that derives facts from annotations. */
const factsCode = once(() => moduleVersion(documentFactsModule));

/** Facts are stale when the code that made them or the annotations they were made from change. */
const versionFor = (cd: CorpusDocument): string =>
  `${factsCode()}:${'version' in cd && typeof cd.version === 'string' ? cd.version : annotationVersion()}`;

const parsed = (json: string): DocumentFacts | undefined => {
  try {
    const facts = JSON.parse(json) as Partial<DocumentFacts> | null;
    return Array.isArray(facts?.lemmas) && Array.isArray(facts?.statements)
      ? (facts as DocumentFacts)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Each document's reconcile facts: read from the store when stored for its current annotations,
 * else derived now and stored, so the next reconciliation of a grown collection derives only the
 * new documents'. A store that cannot be written to (read-only, busy) only loses the saving.
 */
export async function collectionFacts(
  store: Store,
  corpus: readonly CorpusDocument[],
): Promise<DocumentFacts[]> {
  const stored = new Map((await store.factsOf()).map((row) => [row.documentId, row]));
  const fresh: StoredFacts[] = [];
  const facts = corpus.map((cd) => {
    const version = versionFor(cd);
    const row = stored.get(cd.doc.id);
    const kept = row?.version === version ? parsed(row.json) : undefined;
    if (kept) return kept;
    const made = documentFacts(cd);
    fresh.push({ documentId: cd.doc.id, version, json: JSON.stringify(made) });
    return made;
  });
  stored.clear();
  try {
    await store.putFacts(fresh);
  } catch (error) {
    if (!(error instanceof SitrepError) || !/^E_STORE_(READONLY|BUSY|FULL)$/.test(error.code)) throw error;
  }
  return facts;
}
