import { documentIdOf, type RawArticle } from '../core/index.js';
import { lshKeys, minhash, normalizeText, type ReadOutcome } from '../ingest/index.js';
import type { NewDocument } from '../store/index.js';

/** An article as it is stored: normalized text, its id and its near-duplicate signature; none when empty. */
export const toNewDocument = (article: RawArticle): NewDocument | undefined => {
  const text = normalizeText(article.text);
  if (text.length === 0) return undefined;
  const signature = minhash(text);
  return {
    id: documentIdOf(text),
    origin: article.origin,
    format: article.format,
    text,
    meta: article.meta,
    signature,
    lshKeys: lshKeys(signature),
  };
};

/**
 * A read outcome, an article's with its stored form already worked out (null: no text) where it
 * was read: the server's upload worker does it, so that normalizing and hashing a long text never
 * holds the request loop.
 */
export type PreparedOutcome =
  | ReadOutcome
  | (Extract<ReadOutcome, { ok: true }> & { readonly prepared: NewDocument | null });

export const prepare = (outcome: ReadOutcome): PreparedOutcome =>
  outcome.ok ? { ...outcome, prepared: toNewDocument(outcome.article) ?? null } : outcome;
