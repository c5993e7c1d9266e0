import type { Assessment } from '../assess/types.js';
import { clearestLabel } from '../core/sentence-label.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';
import type { Judgement, MeasureGroup } from './brief-model.js';
import type { Footnotes } from './footnotes.js';
import { formatNumber } from './format.js';
import { furnitureOf, pageFurniture } from './furniture.js';

const MAX = 6;
/** A forecast pooled from hundreds of origins cites the first few; a line of 300 footnotes helps nobody. */
const MAX_CITED_VOTES = 12;
const pct = (p: number) => `${Math.round(p * 100)}%`;

/** "5 views in 30 documents": how many of the documents assessed state a view on the question. */
export const viewsIn = (views: number, documents: number): string =>
  `${views} ${views === 1 ? 'view' : 'views'} in ${documents} ${documents === 1 ? 'document' : 'documents'}`;

/** Said instead of a forecast when no document states a view: no number is invented. */
export const noForecast = (documents: number): string =>
  `No forecast: none of the ${documents} ${documents === 1 ? 'document' : 'documents'} states a view on the question.`;

/** The documents assessed for views: near copies are not counted twice. */
export const originalsOf = (corpus: readonly CorpusDocument[]): number =>
  corpus.filter((c) => !c.doc.nearDuplicateOf).length;

function fromAssessment(a: Assessment, notes: Footnotes, documents: number): Judgement[] {
  const out: Judgement[] = [];
  const lineNote = (doc: string) => {
    const b = a.bottomLines.find((x) => x.document === doc);
    return b ? [notes.cite(b.document, { start: b.start, end: b.end }, { start: b.start, end: b.end })] : [];
  };
  const f = a.forecast;
  if (f) {
    const cited = f.votes.slice(0, MAX_CITED_VOTES);
    const more =
      f.votes.length > cited.length
        ? ` The first ${cited.length} of the ${f.votes.length} views are cited here; every view is in sitrep.json (assessment.bottomLines).`
        : '';
    out.push({
      basis: 'forecast',
      text:
        f.votes.length === 1
          ? `One independent origin states a view (${viewsIn(f.views, f.documents)}): it puts the chance at ${pct(f.probability)} (${f.band}).${more}`
          : `Pooling one view per independent origin (${f.votes.length}; ${viewsIn(f.views, f.documents)}), the sources put the chance at ` +
            `${pct(f.probability)} (${f.band}); individual views range from ${pct(f.spread.min)} to ${pct(f.spread.max)}.${more}`,
      // One note a view: an origin that many articles repeat is still one view.
      notes: cited.flatMap((v) => v.documents.flatMap(lineNote).slice(0, 1)),
    });
    for (const d of f.dissenters.slice(0, 2)) {
      out.push({
        basis: 'forecast',
        text: `${d.origin.name} dissents (${d.band}, ${pct(d.probability)}): ${d.reason}`,
        notes: d.documents.flatMap(lineNote).slice(0, 3),
      });
    }
  }
  if (!f) out.push({ basis: 'forecast', text: noForecast(documents), notes: [] });
  const ranked = [...a.matrix.scores].sort((x, y) => y.inconsistency - x.inconsistency);
  const worst = ranked[0];
  const best = ranked.at(-1);
  if (worst && best && worst.inconsistency > best.inconsistency) {
    const tied = ranked.filter((s) => s.inconsistency === best.inconsistency);
    const against = a.matrix.items
      .flatMap((i) =>
        i.cells.filter((c) => c.hypothesis === worst.hypothesis && (c.grade === 'I' || c.grade === 'II')),
      )
      .flatMap((c) => c.evidence)
      .slice(0, 4);
    const worstTied = ranked.filter((s) => s.inconsistency === worst.inconsistency);
    out.push({
      basis: 'hypotheses',
      text:
        `The evidence fits worst with ${worstTied.map((s) => `“${s.label}”`).join(' and ')} (weighted inconsistency ${worst.inconsistency.toFixed(1)}${worstTied.length > 1 ? ', tied' : ''}) ` +
        `and best with ${tied.map((s) => `“${s.label}”`).join(' and ')} (${best.inconsistency.toFixed(1)}${tied.length > 1 ? ', tied' : ''}).`,
      notes: against.map((e) => notes.cite(e.document, e.span, e.sentence)),
    });
  }
  for (const i of a.indicators.filter((x) => x.status === 'warning' || x.status === 'watch')) {
    const ev = i.latest?.evidence ?? i.evidence.slice(0, 2);
    out.push({
      basis: 'hypotheses',
      text: `${i.name}: ${i.latest ? `latest figure ${i.latest.text}` : 'observed'} (${i.status}, in ${i.documents.length} source${i.documents.length === 1 ? '' : 's'}).`,
      notes: ev.slice(0, 3).map((e) => notes.cite(e.document, e.span, e.sentence)),
    });
  }
  return out;
}

function fromClusters(
  corpus: readonly CorpusDocument[],
  clusters: readonly ClaimCluster[],
  notes: Footnotes,
  relevant: ReadonlySet<string>,
): Judgement[] {
  const texts = new Map(corpus.map((c) => [c.doc.id as string, c.doc.text]));
  const furniture = furnitureOf(corpus);
  const documents = (c: ClaimCluster) => new Set(c.claims.map((r) => r.document)).size;
  return (
    clusters
      .filter((c) => c.status === 'corroborated' && c.origins.length >= 2 && documents(c) >= 2)
      .filter((c) => !pageFurniture(c, furniture))
      // With a watch question, only what bears on it: a sentence that is evidence for an indicator.
      .filter(
        (c) => relevant.size === 0 || c.claims.some((r) => relevant.has(`${r.document}:${r.sentence.start}`)),
      )
      .sort((x, y) => documents(y) - documents(x) || y.origins.length - x.origins.length)
      .slice(0, 4)
      .map((c) => {
        const sentences = c.claims.map(
          (r) => texts.get(r.document)?.slice(r.sentence.start, r.sentence.end) ?? r.text,
        );
        return {
          basis: 'cluster' as const,
          text: `${documents(c)} sources report it: “${clearestLabel(sentences)}”.`,
          notes: [...new Set(c.claims.slice(0, 5).map((r) => notes.cite(r.document, r.span, r.sentence)))],
        };
      })
  );
}

function fromFigures(groups: readonly MeasureGroup[], notes: Footnotes): Judgement[] {
  return groups
    .filter((g) => g.documents >= 2)
    .slice(0, 4)
    .map((g) => ({
      basis: 'figures' as const,
      text:
        g.min === g.max
          ? `${g.documents} sources give ${formatNumber(g.min)} for “${g.label}”.`
          : `${g.documents} sources give figures from ${formatNumber(g.min)} to ${formatNumber(g.max)} for “${g.label}”.`,
      notes: [...new Set(g.rows.map((r) => notes.cite(r.document, r.span)))].slice(0, 5),
    }));
}

/**
 * The key judgements: from the assessment when a question was assessed (forecast, dissent, the
 * hypothesis the evidence fits worst, indicators at watch or warning), then the best corroborated
 * claim clusters; before reconcile has clusters, the figures most sources report.
 */
export function judgements(
  corpus: readonly CorpusDocument[],
  assessment: Assessment | undefined,
  clusters: readonly ClaimCluster[],
  numbers: readonly MeasureGroup[],
  notes: Footnotes,
  relevant: ReadonlySet<string> = new Set(),
): Judgement[] {
  const assessed = assessment ? fromAssessment(assessment, notes, originalsOf(corpus)) : [];
  const corroborated =
    clusters.length > 0 ? fromClusters(corpus, clusters, notes, relevant) : fromFigures(numbers, notes);
  // Two clusters cut to the same words are one judgement to a reader.
  const seen = new Set<string>();
  const distinct = [...assessed, ...corroborated].filter((j) => !seen.has(j.text) && seen.add(j.text));
  return distinct.slice(0, MAX + (assessed.length > 0 ? 2 : 0));
}
