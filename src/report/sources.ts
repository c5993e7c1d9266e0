import type { Assessment } from '../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { SourceEntry } from './brief-model.js';
import { type Footnotes, titleOf } from './footnotes.js';

/**
 * The sources read, oldest first: title, outlet, author, date, the origins each cites (from the
 * citation graph) and, when a question was assessed, its bottom line with the sentence it came from.
 */
export function sources(
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  assessment: Assessment | undefined,
  notes: Footnotes,
): SourceEntry[] {
  const sorted = [...corpus].sort((x, y) =>
    (x.doc.meta.published?.value ?? '9').localeCompare(y.doc.meta.published?.value ?? '9'),
  );
  return sorted.map(({ doc }) => {
    const cites = [
      ...new Set(reconciliation.citations.filter((c) => c.document === doc.id).map((c) => c.origin.name)),
    ];
    const line = assessment?.bottomLines.find((b) => b.document === doc.id);
    const m = doc.meta;
    return {
      document: doc.id,
      title: titleOf(doc),
      origin: doc.origin,
      cites,
      ...(m.outlet ? { outlet: m.outlet.value } : {}),
      ...(m.author ? { author: m.author.value } : {}),
      ...(m.published ? { published: m.published.value } : {}),
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
}
