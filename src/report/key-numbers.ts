import type { Quantity, QuantityKind } from '../core/index.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';
import type { FigureRow, MeasureGroup } from './brief-model.js';
import { conservativeRow, estimateRange } from './conservative-figure.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { formatFigure, measureLabel } from './format.js';
import { timeOf } from './time-of.js';

const figureKinds = new Set<QuantityKind>(['count', 'measure', 'money', 'percent', 'rate']);

/** A count of two or three things ("two goals") is prose, not a figure worth a table row. */
const isFigure = (q: Quantity): q is Quantity & { measureKey: string } =>
  q.measureKey !== undefined &&
  figureKinds.has(q.kind) &&
  (q.kind !== 'count' || (q.value ?? q.high ?? 0) >= 10);

const valuesOf = (r: FigureRow): number[] =>
  [r.value, r.low, r.high].filter((v): v is number => v !== undefined);

/**
 * The group a figure's cluster puts it in: reconcile keys quantity clusters `measure|scope|place`
 * ("belarusian-troops|contract|", "tanks||Russia"); figures of one measure but another scope or place
 * are different measures, never one contested number. A place reconcile could not tell (`?…`) is
 * left out, so such figures join the others of their measure and scope.
 */
const groupKey = (c: ClaimCluster): string => {
  const [measure = c.key, scope = '', place = ''] = c.key.split('|');
  return [measure, scope, place.startsWith('?') ? '' : place].join('|');
};

function figureGroups(clusters: readonly ClaimCluster[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of clusters) {
    if (!c.measureKey) continue;
    for (const ref of c.claims)
      if (ref.quantity) out.set(`${ref.document}:${ref.quantity.span.start}`, groupKey(c));
  }
  return out;
}

/** Groups whose figures a sentence puts in a place in so many words; only those name it in their label. */
const statedPlaces = (clusters: readonly ClaimCluster[]): Map<string, string> =>
  new Map(clusters.flatMap((c) => (c.place ? [[groupKey(c), `${c.place.relation} ${c.place.name}`]] : [])));

const groupLabel = (measureKey: string, group: string, place: string | undefined): string => {
  const [, scope = ''] = group.split('|');
  return [measureLabel(measureKey), scope ? `(${scope})` : '', place ?? ''].filter(Boolean).join(' ');
};

/**
 * Every figure of every document, grouped by what it measures (the quantity's measure key), each
 * row with its source, its words, its normalized value and the date it holds for; each group with
 * its conservative headline and the span of the estimates. `indicators` maps a measure key to the
 * watch question's indicators that count it: those measures come first, in the question's order,
 * then the ones reported by more documents.
 */
export function keyNumbers(
  corpus: readonly CorpusDocument[],
  clusters: readonly ClaimCluster[],
  notes: Footnotes,
  indicators: ReadonlyMap<string, readonly string[]> = new Map(),
): MeasureGroup[] {
  const rows = new Map<string, FigureRow[]>();
  const measureOf = new Map<string, string>();
  const groupOf = figureGroups(clusters);
  const stated = statedPlaces(clusters);
  for (const { doc, annotations: a } of corpus) {
    for (const q of a.quantities) {
      if (!isFigure(q)) continue;
      const sentence = notes.sentenceOf(doc.id, q.span);
      const date = timeOf(a, q.span, sentence);
      const row: FigureRow = {
        document: doc.id,
        span: q.span,
        outlet: outletOf(doc),
        figure: formatFigure(q),
        stated: q.text,
        note: notes.cite(doc.id, q.span, sentence),
        ...(q.value !== undefined ? { value: q.value } : {}),
        ...(q.low !== undefined ? { low: q.low } : {}),
        ...(q.high !== undefined ? { high: q.high } : {}),
        ...(q.qualifier ? { qualifier: q.qualifier } : {}),
        ...(q.unit ? { unit: q.unit } : {}),
        ...(q.thing ? { thing: q.thing } : {}),
        ...(date ? { date } : {}),
        ...(q.rule.startsWith('vague') ? { vague: true } : {}),
        ...(doc.meta.published ? { published: doc.meta.published.value } : {}),
      };
      const group = groupOf.get(`${doc.id}:${q.span.start}`) ?? q.measureKey;
      measureOf.set(group, q.measureKey);
      rows.set(group, [...(rows.get(group) ?? []), row]);
    }
  }
  const groups: MeasureGroup[] = [];
  for (const [group, list] of rows) {
    const measureKey = measureOf.get(group) ?? group;
    const sorted = [...list].sort(
      (x, y) =>
        (x.date ?? x.published ?? '9').localeCompare(y.date ?? y.published ?? '9') ||
        (valuesOf(x)[0] ?? 0) - (valuesOf(y)[0] ?? 0),
    );
    const values = sorted.flatMap(valuesOf);
    const cluster = clusters
      .filter((c) => c.measureKey === measureKey && groupKey(c) === group)
      .sort((x, y) => y.origins.length - x.origins.length)[0];
    const conservative = conservativeRow(sorted);
    const range = estimateRange(sorted);
    const named = indicators.get(measureKey);
    groups.push({
      measureKey,
      label: groupLabel(measureKey, group, stated.get(group)),
      rows: sorted,
      documents: new Set(sorted.map((r) => r.document)).size,
      min: Math.min(...values),
      max: Math.max(...values),
      ...(conservative ? { headline: conservative.figure, conservative } : {}),
      ...(range ? { range } : {}),
      ...(named ? { indicators: named } : {}),
      ...(cluster ? { status: cluster.status } : {}),
    });
  }
  const order = [...indicators.keys()];
  const rank = (g: MeasureGroup) =>
    indicators.has(g.measureKey) ? order.indexOf(g.measureKey) : order.length;
  return groups.sort(
    (x, y) => rank(x) - rank(y) || y.documents - x.documents || y.rows.length - x.rows.length,
  );
}
