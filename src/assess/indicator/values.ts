import type { DocumentId } from '../../core/index.js';
import type { EvidencePiece, ReportedValue, Trend } from '../types.js';

const numberOf = (p: EvidencePiece): number | undefined =>
  p.quantity?.value ?? p.quantity?.low ?? p.quantity?.high;
const measureOf = (p: EvidencePiece): string | undefined =>
  p.rule.startsWith('measure:') ? p.rule.slice('measure:'.length) : undefined;
const sameFigure = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));

/** The date of a figure: the earliest stated time among its reports, else its latest report. */
function dateOf(pieces: readonly EvidencePiece[]): ReportedValue['date'] {
  const stated = pieces
    .flatMap((p) => (p.date?.stated ? [p.date] : []))
    .sort((a, b) => a.value.localeCompare(b.value));
  if (stated[0]) return stated[0];
  return pieces.flatMap((p) => (p.date ? [p.date] : [])).sort((a, b) => b.value.localeCompare(a.value))[0];
}

/**
 * The figures reported for an indicator, one per measure and value (the same figure repeated by
 * several documents is one value backed by all of them), in date order with undated ones last.
 */
export function reportedValues(evidence: readonly EvidencePiece[]): ReportedValue[] {
  const groups: { measure: string | undefined; value: number; pieces: EvidencePiece[] }[] = [];
  // Point figures first, so that a vague range ("thousands of") can support the figure it contains.
  const ordered = [...evidence].sort(
    (a, b) => Number(a.quantity?.value === undefined) - Number(b.quantity?.value === undefined),
  );
  for (const piece of ordered) {
    const value = numberOf(piece);
    if (value === undefined) continue;
    const measure = measureOf(piece);
    const { low, high } = piece.quantity ?? {};
    const within = (v: number): boolean =>
      piece.quantity?.value === undefined && low !== undefined && high !== undefined && low <= v && v <= high;
    const group = groups.find(
      (g) => g.measure === measure && (sameFigure(g.value, value) || within(g.value)),
    );
    if (group) group.pieces.push(piece);
    else groups.push({ measure, value, pieces: [piece] });
  }
  const values = groups.map((g): ReportedValue => {
    const first = g.pieces.find((p) => p.quantity?.value !== undefined) ?? g.pieces[0];
    const q = first?.quantity;
    // A range that merely contains the figure ("thousands of") backs it but does not date it.
    const points = g.pieces.filter((p) => p.quantity?.value !== undefined);
    const date = dateOf(points.length > 0 ? points : g.pieces);
    return {
      value: g.value,
      ...(q?.low === undefined ? {} : { low: q.low }),
      ...(q?.high === undefined ? {} : { high: q.high }),
      text: q?.text ?? String(g.value),
      ...(g.measure ? { measureKey: g.measure } : {}),
      ...(date ? { date } : {}),
      documents: [...new Set(g.pieces.map((p) => p.document))] as DocumentId[],
      evidence: g.pieces.map(({ document, span, text, sentence }) => ({ document, span, text, sentence })),
    };
  });
  return values.sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : b.documents.length - a.documents.length;
    return a.date.value.localeCompare(b.date.value);
  });
}

/** The most recent dated figure; when none is dated, the one most documents report. */
export const latestValue = (
  values: readonly ReportedValue[],
  measure?: string,
): ReportedValue | undefined => {
  const of = values.filter((v) => measure === undefined || v.measureKey === measure);
  const dated = of.filter((v) => v.date);
  return dated[dated.length - 1] ?? of[0];
};

/** Rising, falling or steady between the first and last dated figures of the latest's measure. */
export function trendOf(values: readonly ReportedValue[], latest: ReportedValue | undefined): Trend {
  if (!latest) return 'unknown';
  const series = values.filter((v) => v.date && v.measureKey === latest.measureKey);
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last || series.length < 2) return 'unknown';
  const change = (last.value - first.value) / Math.max(1, Math.abs(first.value));
  return change > 0.05 ? 'rising' : change < -0.05 ? 'falling' : 'steady';
}
