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

/** The calendar part of an evidence date ("2022-10-17", "2022-10"; a season such as "2022-WI" is its year). */
const calendar = (value: string): string => /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value)?.[0] ?? value;

/** The first and last dates the figure is reported at, from the dates of all its reports. */
function reportedSpan(pieces: readonly EvidencePiece[]): { first: string; last: string } | undefined {
  const dates = pieces.flatMap((p) => (p.date ? [calendar(p.date.value)] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? { first, last } : undefined;
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
    const reported = reportedSpan(points.length > 0 ? points : g.pieces);
    return {
      value: g.value,
      ...(q?.low === undefined ? {} : { low: q.low }),
      ...(q?.high === undefined ? {} : { high: q.high }),
      text: q?.text ?? String(g.value),
      ...(g.measure ? { measureKey: g.measure } : {}),
      ...(date ? { date } : {}),
      ...(reported ? { reported } : {}),
      documents: [...new Set(g.pieces.map((p) => p.document))] as DocumentId[],
      evidence: g.pieces.map(({ document, span, text, sentence }) => ({ document, span, text, sentence })),
    };
  });
  return values.sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : b.documents.length - a.documents.length;
    return a.date.value.localeCompare(b.date.value);
  });
}

/** Figures in the order of their last report (a figure still repeated later is the current one). */
/** 1 for a figure, 0 for an order of magnitude in words ("dozens of"): of one day, the figure is the latest. */
const firm = (v: ReportedValue): number => Number(v.low === undefined && v.high === undefined);

const byLastReport = (values: readonly ReportedValue[]): ReportedValue[] =>
  values
    .filter((v) => v.reported)
    .sort(
      (a, b) =>
        (a.reported?.last ?? '').localeCompare(b.reported?.last ?? '') ||
        firm(a) - firm(b) ||
        a.documents.length - b.documents.length,
    );

/**
 * The figure reported most recently (a figure several sources keep repeating stays current after a
 * one-off estimate); when none is dated, the one most documents report.
 */
export const latestValue = (
  values: readonly ReportedValue[],
  measure?: string,
): ReportedValue | undefined => {
  const of = values.filter((v) => measure === undefined || v.measureKey === measure);
  return byLastReport(of).at(-1) ?? of[0];
};

/**
 * Rising, falling or steady between the earliest and the latest reported figures of the latest's
 * measure, when one followed the other: figures reported over the same weeks are rival estimates
 * (or different things), not a change, and say nothing of a trend.
 */
export function trendOf(values: readonly ReportedValue[], latest: ReportedValue | undefined): Trend {
  if (!latest) return 'unknown';
  const series = byLastReport(values.filter((v) => v.measureKey === latest.measureKey));
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last || series.length < 2) return 'unknown';
  if ((last.reported?.first ?? '') <= (first.reported?.last ?? '')) return 'unknown';
  const change = (last.value - first.value) / Math.max(1, Math.abs(first.value));
  return change > 0.05 ? 'rising' : change < -0.05 ? 'falling' : 'steady';
}
