import { clearestLabel } from '../core/sentence-label.js';
import type { ClaimRef, Conflict, CorpusDocument, Reconciliation } from '../resolve/types.js';
import type { Contested, ContestSide } from './brief-model.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { clip, formatFigure, measureLabel } from './format.js';

export const MAX_DISPUTES = 8;
/** Reports shown on each side of one dispute; the rest are counted. */
const MAX_SIDE = 3;

export const kindLabel = {
  value: 'figures differ',
  polarity: 'asserted against denied',
  // One source dismisses the outcome, another cannot rule it out: their bands may agree.
  assessment: 'judged unlikely against not ruled out',
} as const;

const addSide = (list: ContestSide[], side: ContestSide) => {
  if (!list.some((s) => s.note === side.note)) list.push(side);
};

export interface Disputes {
  /** Real disputes, the most widely argued first, at most MAX_DISPUTES. */
  readonly disputes: readonly Contested[];
  /** Real disputes beyond the cap. */
  readonly more: number;
  /** Pairs of reports that only looked different (another scope, a range holding a point). */
  readonly explained: number;
}

/**
 * What is contested and why: reconcile's conflicts, one dispute per cluster, with the reports on
 * each side (outlet, words, time scope, footnote) and reconcile's explanation. Only real conflicts
 * are disputes; figures that reconcile explained (another scope, a range holding a point) are
 * counted, not shown. A dispute is named by its clearest sentence, or, when sources disagree on the
 * watch question itself, by the question.
 */
export function contested(
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  notes: Footnotes,
  question?: string,
  relevant: ReadonlySet<string> = new Set(),
  measureNames: ReadonlyMap<string, readonly string[]> = new Map(),
): Disputes {
  const measureOf = new Map(reconciliation.clusters.map((c) => [c.id, c.measureKey]));
  const docs = new Map(corpus.map((c) => [c.doc.id as string, c.doc]));
  const sentenceOf = (ref: ClaimRef) =>
    docs.get(ref.document)?.text.slice(ref.sentence.start, ref.sentence.end) ?? ref.text;
  // A judgement is dated by when it was made (its article's date), not by the period it is about.
  const side = (ref: ClaimRef, judgement: boolean): ContestSide => {
    const doc = docs.get(ref.document);
    const time = judgement ? doc?.meta.published?.value : ref.time;
    const figure = ref.quantity ? `${formatFigure(ref.quantity)}: ` : '';
    return {
      outlet: ref.outlet ?? (doc ? outletOf(doc) : ref.document),
      text: `${figure}${clip(ref.text, 200)}`,
      note: notes.cite(ref.document, ref.span, ref.sentence),
      ...(time ? { time } : {}),
    };
  };
  const real = reconciliation.conflicts.filter((c) => c.verdict === 'conflict');
  const groups = new Map<string, { c: Conflict; refs: ClaimRef[]; pairs: number }>();
  for (const c of real) {
    const key = `${c.cluster}|${c.kind}`;
    const g = groups.get(key) ?? { c, refs: [], pairs: 0 };
    g.pairs++;
    g.refs.push(c.a, c.b);
    groups.set(key, g);
  }
  const outletsOf = (refs: readonly ClaimRef[]) => new Set(refs.map((r) => r.outlet ?? r.document)).size;
  const bears = (refs: readonly ClaimRef[]) =>
    Number(refs.some((r) => relevant.has(`${r.document}:${r.sentence.start}`)));
  // Disputes over sentences that bear on the watch question first, then the most widely argued.
  const ranked = [...groups.values()].sort(
    (x, y) => bears(y.refs) - bears(x.refs) || outletsOf(y.refs) - outletsOf(x.refs) || y.pairs - x.pairs,
  );
  const disputes = ranked.slice(0, MAX_DISPUTES).map(({ c, pairs, refs }) => {
    const a: ContestSide[] = [];
    const b: ContestSide[] = [];
    const seen = new Set<string>();
    const key = (r: ClaimRef) => `${r.document}:${r.sentence.start}`;
    for (const p of real.filter((x) => x.cluster === c.cluster && x.kind === c.kind)) {
      // Reports beyond MAX_SIDE a side are counted, not cited.
      if (a.length >= MAX_SIDE && b.length >= MAX_SIDE) break;
      if (seen.has(key(p.a)) && seen.has(key(p.b))) continue;
      seen.add(key(p.a));
      seen.add(key(p.b));
      const sa = side(p.a, c.kind === 'assessment');
      const sb = side(p.b, c.kind === 'assessment');
      // Keep each report on one side: a report already on the right stays there.
      if (b.some((s) => s.note === sa.note) || a.some((s) => s.note === sb.note)) {
        addSide(a, sb);
        addSide(b, sa);
      } else {
        addSide(a, sa);
        addSide(b, sb);
      }
    }
    // Figures are named by what they count (the indicator that counts them, else the measure), not
    // by the first words of a sentence that gives one of them.
    const measure = c.kind === 'value' ? measureOf.get(c.cluster) : undefined;
    // Judgements that disagree are over the question itself only where they bear on it.
    const label =
      c.kind === 'assessment' && question && bears(refs)
        ? question
        : measure
          ? (measureNames.get(measure)?.[0] ?? measureLabel(measure))
          : clearestLabel([sentenceOf(c.a), sentenceOf(c.b)]);
    return {
      label,
      kind: kindLabel[c.kind],
      verdict: c.verdict,
      explanation:
        pairs > 1
          ? `${c.explanation} (and ${pairs - 1} more pair${pairs > 2 ? 's' : ''} like it)`
          : c.explanation,
      pairs,
      ...(bears(refs) ? { relevant: true } : {}),
      ...sides(a, b),
    };
  });
  return {
    disputes,
    more: Math.max(0, ranked.length - MAX_DISPUTES),
    explained: reconciliation.conflicts.length - real.length,
  };
}

const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameWords = (x: string, y: string): boolean => words(x) === words(y);

/**
 * The two sides as shown: a report on both is shown once, on the right; so is a sentence on the left
 * that says the same as one on the right ("A and B blamed each other", carried by two outlets): it
 * holds both sides.
 */
export function sides(a: readonly ContestSide[], b: readonly ContestSide[]) {
  const both = (s: ContestSide) => b.some((t) => sameWords(t.text, s.text));
  const moved = a.filter((s) => both(s) && !b.some((t) => t.note === s.note));
  return {
    a: a.filter((s) => !both(s) && !b.some((t) => t.note === s.note)).slice(0, MAX_SIDE),
    b: [...b, ...moved].slice(0, MAX_SIDE),
  };
}
