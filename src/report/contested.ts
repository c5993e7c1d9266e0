import type { ClaimRef, Conflict, CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Contested, ContestSide } from './brief-model.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { clip, formatFigure } from './format.js';

const verdictOrder = { conflict: 0, refinement: 1, compatible: 2 } as const;

/**
 * What is contested and why: each conflict reconcile found, both sides with their outlet, words,
 * time scope and footnote, and reconcile's verdict and explanation. Real conflicts come first;
 * figures that only look different (another scope, a range holding a point) follow, marked so.
 */
export function contested(
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  notes: Footnotes,
): Contested[] {
  const docs = new Map(corpus.map((c) => [c.doc.id as string, c.doc]));
  const labels = new Map(reconciliation.clusters.map((c) => [c.id, c.label]));
  const side = (ref: ClaimRef): ContestSide => {
    const doc = docs.get(ref.document);
    const figure = ref.quantity ? `${formatFigure(ref.quantity)}: ` : '';
    return {
      outlet: ref.outlet ?? (doc ? outletOf(doc) : ref.document),
      text: `${figure}${clip(ref.text, 200)}`,
      note: notes.cite(ref.document, ref.span, ref.sentence),
      ...(ref.time ? { time: ref.time } : {}),
    };
  };
  return [...reconciliation.conflicts]
    .sort((x: Conflict, y: Conflict) => verdictOrder[x.verdict] - verdictOrder[y.verdict])
    .map((c) => ({
      label: labels.get(c.cluster) ?? c.cluster,
      kind: c.kind,
      verdict: c.verdict,
      explanation: c.explanation,
      a: side(c.a),
      b: side(c.b),
    }));
}
