import type { Assessment } from '../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { SourceEntry } from './brief-model.js';
import type { Footnotes } from './footnotes.js';
import { outletOf, titleOf } from './source-name.js';

export const MAX_SOURCES = 30;
const MAX_CITES = 6;

export interface SourceList {
  readonly sources: readonly SourceEntry[];
  readonly more: number;
}

/**
 * The sources read: title, outlet, author, date (an inferred one marked so), the origins each cites
 * (from the citation graph) and, when a question was assessed, its bottom line with the sentence
 * it came from. Sources with a bottom line come first, then those the briefing quotes most, newest
 * first; beyond MAX_SOURCES they are counted, not listed. `quoted` counts footnotes per document.
 */
export function sources(
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  assessment: Assessment | undefined,
  notes: Footnotes,
  quoted: ReadonlyMap<string, number> = new Map(),
): SourceList {
  const lines = new Map((assessment?.bottomLines ?? []).map((b) => [b.document as string, b]));
  const ranked = [...corpus]
    .sort(
      (x, y) =>
        Number(lines.has(y.doc.id)) - Number(lines.has(x.doc.id)) ||
        (quoted.get(y.doc.id) ?? 0) - (quoted.get(x.doc.id) ?? 0) ||
        (y.doc.meta.published?.value ?? '').localeCompare(x.doc.meta.published?.value ?? ''),
    )
    .slice(0, MAX_SOURCES)
    .sort((x, y) => (x.doc.meta.published?.value ?? '9').localeCompare(y.doc.meta.published?.value ?? '9'));
  const citesOf = new Map<string, Set<string>>();
  for (const c of reconciliation.citations) {
    const set = citesOf.get(c.document) ?? new Set();
    set.add(c.origin.name);
    citesOf.set(c.document, set);
  }
  const list = ranked.map(({ doc }) => {
    const line = lines.get(doc.id);
    const m = doc.meta;
    return {
      document: doc.id,
      title: titleOf(doc),
      origin: doc.origin,
      cites: [...(citesOf.get(doc.id) ?? [])].slice(0, MAX_CITES),
      outlet: outletOf(doc),
      ...(m.author ? { author: m.author.value } : {}),
      ...(m.published ? { published: m.published.value } : {}),
      ...(m.published?.inferred ? { publishedInferred: true } : {}),
      ...(line
        ? {
            bottomLine: {
              band: line.band,
              probability: line.probability,
              note: notes.cite(
                doc.id,
                { start: line.start, end: line.end },
                { start: line.start, end: line.end },
              ),
            },
          }
        : {}),
    };
  });
  return { sources: list, more: corpus.length - list.length };
}
