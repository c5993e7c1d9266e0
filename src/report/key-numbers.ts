import type { Quantity, QuantityKind } from '../core/index.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';
import type { FigureRow, MeasureGroup } from './brief-model.js';
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

const headlineOf = (c: ClaimCluster | undefined): string | undefined => {
  const h = c?.headline;
  if (!h) return undefined;
  if (h.value !== undefined) return formatFigure({ value: h.value, kind: 'count' });
  if (h.low !== undefined && h.high !== undefined)
    return formatFigure({ low: h.low, high: h.high, kind: 'count' });
  return undefined;
};

/**
 * Every figure of every document, grouped by what it measures, each row with its source, its
 * words, its normalized value and the date it holds for. Groups reported by more documents come
 * first.
 */
export function keyNumbers(
  corpus: readonly CorpusDocument[],
  clusters: readonly ClaimCluster[],
  notes: Footnotes,
): MeasureGroup[] {
  const rows = new Map<string, FigureRow[]>();
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
        ...(doc.meta.published ? { published: doc.meta.published.value } : {}),
      };
      rows.set(q.measureKey, [...(rows.get(q.measureKey) ?? []), row]);
    }
  }
  const groups: MeasureGroup[] = [];
  for (const [measureKey, list] of rows) {
    const sorted = [...list].sort(
      (x, y) =>
        (x.date ?? x.published ?? '9').localeCompare(y.date ?? y.published ?? '9') ||
        (valuesOf(x)[0] ?? 0) - (valuesOf(y)[0] ?? 0),
    );
    const values = sorted.flatMap(valuesOf);
    const cluster = clusters
      .filter((c) => c.measureKey === measureKey)
      .sort((x, y) => y.origins.length - x.origins.length)[0];
    const headline = headlineOf(cluster);
    groups.push({
      measureKey,
      label: measureLabel(measureKey),
      rows: sorted,
      documents: new Set(sorted.map((r) => r.document)).size,
      min: Math.min(...values),
      max: Math.max(...values),
      ...(headline ? { headline } : {}),
      ...(cluster ? { status: cluster.status } : {}),
    });
  }
  return groups.sort((x, y) => y.documents - x.documents || y.rows.length - x.rows.length);
}
