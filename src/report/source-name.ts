import type { StoredDocument } from '../core/index.js';
import { clip } from './format.js';

/** The host of a web origin ("www.bbc.co.uk" → "bbc.co.uk"); undefined for a file. */
const hostOf = (origin: string): string | undefined => {
  if (!/^https?:\/\//i.test(origin)) return undefined;
  try {
    return new URL(origin).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/** The opening words of a text: what a reader recognises an untitled article by. */
const openingWords = (text: string): string => {
  const first = text.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '';
  return clip(first, 70);
};

/**
 * The title a briefing shows for a document: its title from the metadata, else its opening words
 * in quotes. Never its file name: a name like `004_49c5….txt` tells a reader nothing.
 */
export const titleOf = (doc: StoredDocument): string =>
  doc.meta.title?.value ?? `untitled, opening “${openingWords(doc.text)}”`;

/** Who published a document: outlet, else author, else the web site; "unnamed source" when none is known. */
export const outletOf = (doc: StoredDocument): string =>
  doc.meta.outlet?.value ?? doc.meta.author?.value ?? hostOf(doc.origin) ?? 'unnamed source';
