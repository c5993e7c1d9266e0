import type { ClaimRef, Conflict, CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Contested, ContestSide } from './brief-model.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { clip, formatFigure, humanLabel } from './format.js';

const verdictOrder = { conflict: 0, refinement: 1, compatible: 2 } as const;
const kindLabel = {
  value: 'figures differ',
  polarity: 'asserted against denied',
  assessment: 'assessments differ',
} as const;

const addSide = (list: ContestSide[], side: ContestSide) => {
  if (!list.some((s) => s.note === side.note)) list.push(side);
};

/**
 * What is contested and why: reconcile's conflicts, one dispute per cluster, kind and verdict, with
 * the reports on each side (outlet, words, time scope, footnote) and reconcile's explanation. Real
 * conflicts come first; figures that only look different (another scope, a range holding a point)
 * follow, marked so.
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
  const groups = new Map<string, { c: Conflict; pairs: number; a: ContestSide[]; b: ContestSide[] }>();
  const sorted = [...reconciliation.conflicts].sort(
    (x, y) => verdictOrder[x.verdict] - verdictOrder[y.verdict],
  );
  for (const c of sorted) {
    const key = `${c.cluster}|${c.kind}|${c.verdict}`;
    const g = groups.get(key) ?? { c, pairs: 0, a: [], b: [] };
    g.pairs++;
    const a = side(c.a);
    const b = side(c.b);
    // Keep each report on one side: a report already on the right stays there.
    if (g.b.some((s) => s.note === a.note) || g.a.some((s) => s.note === b.note)) {
      addSide(g.a, b);
      addSide(g.b, a);
    } else {
      addSide(g.a, a);
      addSide(g.b, b);
    }
    groups.set(key, g);
  }
  return [...groups.values()].map(({ c, pairs, a, b }) => ({
    label: humanLabel(labels.get(c.cluster) ?? c.cluster),
    kind: kindLabel[c.kind],
    verdict: c.verdict,
    explanation:
      pairs > 1
        ? `${c.explanation} (and ${pairs - 1} more pair${pairs > 2 ? 's' : ''} like it)`
        : c.explanation,
    pairs,
    a: a.filter((s) => !b.some((t) => t.note === s.note)),
    b,
  }));
}
