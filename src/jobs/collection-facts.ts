import { once, SitrepError } from '../core/index.js';
import { SharedStrings } from '../core/shared-strings.js';
import { type DocumentFacts, documentFacts, documentFactsModule, HandedFacts } from '../resolve/index.js';
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
    return Array.isArray(facts?.lemmas) &&
      Array.isArray(facts?.statements) &&
      Array.isArray(facts?.speakers) &&
      Array.isArray(facts?.citations) &&
      Array.isArray(facts?.demonyms) &&
      Array.isArray(facts?.figures)
      ? (facts as DocumentFacts)
      : undefined;
  } catch {
    return undefined;
  }
};

/** Documents whose facts are read (and fresh ones stored) at once: a page, not the collection. */
const PAGE = 500;

/**
 * Each document's reconcile facts: read from the store when stored for its current annotations,
 * else derived now and stored, so the next reconciliation of a grown collection derives only the
 * new documents'. A store that cannot be written to (read-only, busy) only loses the saving. Read
 * a page at a time, each row parsed as it comes and its strings shared across the collection (the
 * raw JSON and a parse's copies of each word would otherwise be held for every document at once).
 */
export async function collectionFacts(
  store: Store,
  corpus: readonly CorpusDocument[],
): Promise<DocumentFacts[]> {
  const strings = new SharedStrings();
  const facts: DocumentFacts[] = [];
  let writable = true;
  for (let start = 0; start < corpus.length; start += PAGE) {
    const page = corpus.slice(start, start + PAGE);
    const stored = new Map((await store.factsOf(page.map((cd) => cd.doc.id))).map((r) => [r.documentId, r]));
    const fresh: StoredFacts[] = [];
    for (const cd of page) {
      const version = versionFor(cd);
      const row = stored.get(cd.doc.id);
      const kept = row?.version === version ? parsed(row.json) : undefined;
      stored.delete(cd.doc.id);
      if (kept) {
        facts.push(strings.sharePlain(kept));
        continue;
      }
      const made = documentFacts(cd);
      fresh.push({ documentId: cd.doc.id, version, json: JSON.stringify(made) });
      facts.push(made);
    }
    if (writable) writable = await putFacts(store, fresh);
  }
  return facts;
}

/** The collection's facts handed over to one reconciliation, which lets them go as it reads them. */
export const handedCollectionFacts = async (
  store: Store,
  corpus: readonly CorpusDocument[],
): Promise<HandedFacts> => new HandedFacts(await collectionFacts(store, corpus));

/** Stores fresh facts; false when the store cannot be written to (nothing more is tried). */
async function putFacts(store: Store, fresh: readonly StoredFacts[]): Promise<boolean> {
  try {
    await store.putFacts(fresh);
    return true;
  } catch (error) {
    if (!(error instanceof SitrepError) || !/^E_STORE_(READONLY|BUSY|FULL)$/.test(error.code)) throw error;
    return false;
  }
}
