import { dirname } from 'node:path';
import type { PublishedDate } from '../core/index.js';

export interface Dated {
  readonly origin: string;
  readonly published?: PublishedDate;
}

/** The folder (or feed / JSONL file) an input came from: articles gathered together. */
const dossierOf = (origin: string): string => {
  const file = origin.replace(/#.*$/, '');
  return /^https?:\/\//i.test(file) ? file : dirname(file);
};

const dayOf = (p: PublishedDate | undefined): string | undefined =>
  p?.precision === 'day' ? p.value : undefined;

/**
 * The anchor for relative and yearless dates in each document: its own publication day (stated or
 * inferred), else the latest publication day among the documents gathered with it (same folder,
 * feed or JSONL file), since a dossier is collected around one moment; else none, and such dates
 * stay unresolved. Every time expression records the reference it used.
 */
export function referenceDates<T extends Dated>(docs: readonly T[]): Map<T, string | undefined> {
  const latest = new Map<string, string>();
  for (const d of docs) {
    const day = dayOf(d.published);
    const key = dossierOf(d.origin);
    if (day && day > (latest.get(key) ?? '')) latest.set(key, day);
  }
  return new Map(docs.map((d) => [d, dayOf(d.published) ?? latest.get(dossierOf(d.origin))]));
}
