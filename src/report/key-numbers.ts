import type { Annotations, Quantity, QuantityKind, Span } from '../core/index.js';
import { asHeading, clauseAround } from '../core/sentence-label.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';
import type { FigureRow, MeasureGroup } from './brief-model.js';
import { conservativeRow, estimateRange } from './conservative-figure.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { formatFigure } from './format.js';
import { timeOf } from './time-of.js';

/** Measures reported by several sources shown in full; the rest are counted and left to sitrep.json. */
export const MAX_GROUPS = 10;
/** Measures of the one-source table. */
export const MAX_SINGLE_GROUPS = 14;
/** Figures shown a measure: the conservative one, the highest, then the latest. */
export const MAX_ROWS = 8;
const MAX_SINGLE_SOURCE_ROWS = 3;

export interface KeyNumbers {
  readonly groups: readonly MeasureGroup[];
  /** Measures (and their rows) left out by the caps. */
  readonly moreGroups: number;
  readonly moreRows: number;
}

const figureKinds = new Set<QuantityKind>(['count', 'measure', 'money', 'percent', 'rate']);

/** A count of two or three things ("two goals") is prose, not a figure worth a table row. */
const isFigure = (q: Quantity): q is Quantity & { measureKey: string } =>
  q.measureKey !== undefined &&
  figureKinds.has(q.kind) &&
  (q.kind !== 'count' || (q.value ?? q.high ?? 0) >= 10);

/**
 * A length, sum or share that says what it measures only by its unit ("15 kilometres", "$2
 * billion"): two such figures are the same measure only when they agree ("a 15 km zone" in four
 * reports), never a range of estimates of one thing (a 3 km barrier and a 350 km front).
 */
const unitOnly = (q: Quantity): boolean =>
  q.thing === undefined && (q.kind === 'measure' || q.kind === 'money' || q.kind === 'percent');

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

/** Each clustered figure's measure group (measure, scope and place) and its cluster. */
function figureGroups(clusters: readonly ClaimCluster[]): Map<string, { measure: string; cluster: string }> {
  const out = new Map<string, { measure: string; cluster: string }>();
  for (const c of clusters) {
    if (!c.measureKey) continue;
    const group = { measure: groupKey(c), cluster: c.id };
    for (const ref of c.claims)
      if (ref.quantity) out.set(`${ref.document}:${ref.quantity.span.start}`, group);
  }
  return out;
}

/**
 * The group a figure's row goes in. A measure an indicator counts is a series the user asked to
 * follow, and a length, sum or share known only by its unit groups where the values agree: both
 * by measure, scope and place. Any other measure groups only the figures reconcile found to state
 * one proposition (their cluster), so "13 people" killed in one strike and "44 million people"
 * living in a country never share a row; a figure in no cluster stays with its own document's.
 */
function groupOfFigure(
  q: Quantity & { measureKey: string },
  clustered: { measure: string; cluster: string } | undefined,
  document: string,
  followed: boolean,
  values: readonly number[],
): string {
  if (unitOnly(q)) return `${clustered?.measure ?? q.measureKey}=${values.join('-')}`;
  if (followed) return clustered?.measure ?? q.measureKey;
  return clustered?.cluster ?? `${document}:${q.measureKey}`;
}

/** The content of the innermost attribution that holds a span (a figure said by someone). */
const saidWith = (attributions: Annotations['attributions'], span: Span): Span | undefined =>
  attributions
    .map((x) => x.content)
    .filter((c) => c.start <= span.start && span.end <= c.end)
    .sort((x, y) => x.end - x.start - (y.end - y.start))[0];

/**
 * A measure is named in the question's words when one indicator counts it and no measure before
 * it took that name, else by the clause of the sentence that gives its headline figure ("Belarus
 * sent at least 94 T-72 tanks").
 */
const groupLabel = (
  named: readonly string[] | undefined,
  used: Set<string>,
  row: FigureRow,
  sentence: string,
  at: number,
): string => {
  const name = named?.length === 1 ? named[0] : undefined;
  if (name && !used.has(name)) {
    used.add(name);
    return name;
  }
  return asHeading(clauseAround(sentence, { start: row.span.start - at, end: row.span.end - at }));
};

/** At most `max` rows: the conservative one and the highest first, then the latest; in date order. */
const capRows = (rows: readonly FigureRow[], max: number): FigureRow[] => {
  if (rows.length <= max) return [...rows];
  const low = conservativeRow(rows);
  const high = [...rows].sort((x, y) => (y.high ?? y.value ?? 0) - (x.high ?? x.value ?? 0))[0];
  const keep = new Set([low, high].filter((r): r is FigureRow => r !== undefined));
  for (const r of [...rows].reverse()) if (keep.size < max) keep.add(r);
  return rows.filter((r) => keep.has(r));
};

/**
 * Every figure of every document, grouped by what it measures where an indicator follows the
 * measure, else by the proposition reconcile found (see figureGroups), each
 * row with its source, its words, its normalized value and the date it holds for; each group with
 * its conservative headline and the span of the estimates. `indicators` maps a measure key to the
 * watch question's indicators that count it: those measures come first, in the question's order,
 * then those stated in a sentence that bears on the question (`relevant`, `document:sentenceStart`
 * keys), then the ones with more independent origins; under a question, figures that bear on it in
 * no way are only counted (all are shown when `relevant` is empty). Only the first MAX_GROUPS measures of several
 * sources and MAX_SINGLE_ROWS figures of one source are kept (and cited); the rest are counted.
 */
export function keyNumbers(
  corpus: readonly CorpusDocument[],
  clusters: readonly ClaimCluster[],
  notes: Footnotes,
  indicators: ReadonlyMap<string, readonly string[]> = new Map(),
  announced: ReadonlySet<string> = new Set(),
  relevant: ReadonlySet<string> = new Set(),
): KeyNumbers {
  const bearing = new Set<FigureRow>();
  const rows = new Map<string, FigureRow[]>();
  const measureOf = new Map<string, string>();
  const sentences = new Map<FigureRow, { start: number; end: number; text: string }>();
  // What a speaker is reported to say, where it opens with the figure ("an analyst said 9,000
  // troops would be too few"): the label's words, so the speaker's words do not lead it.
  const labelSources = new Map<FigureRow, { start: number; text: string }>();
  const groupOf = figureGroups(clusters);
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  for (const { doc, annotations: a } of corpus) {
    for (const q of a.quantities) {
      if (!isFigure(q)) continue;
      const sentence = notes.sentenceOf(doc.id, q.span);
      const time = timeOf(a, q.span, sentence, doc.text);
      const row: FigureRow = {
        document: doc.id,
        span: q.span,
        outlet: outletOf(doc),
        figure: formatFigure(q),
        stated: q.text,
        note: 0,
        ...(q.value !== undefined ? { value: q.value } : {}),
        ...(q.low !== undefined ? { low: q.low } : {}),
        ...(q.high !== undefined ? { high: q.high } : {}),
        ...(q.qualifier ? { qualifier: q.qualifier } : {}),
        ...(q.unit ? { unit: q.unit } : {}),
        ...(q.thing ? { thing: q.thing } : {}),
        ...(time ? { date: time.sort, when: time.label } : {}),
        ...(q.rule.startsWith('vague') ? { vague: true } : {}),
        ...(doc.meta.published ? { published: doc.meta.published.value } : {}),
        ...(doc.meta.published?.inferred ? { publishedInferred: true } : {}),
      };
      sentences.set(row, { ...sentence, text: doc.text.slice(sentence.start, sentence.end) });
      if (relevant.has(`${doc.id}:${sentence.start}`)) bearing.add(row);
      const said = saidWith(a.attributions, q.span);
      if (said && doc.text.slice(said.start, q.span.start).trim().split(/\s+/).length <= 2)
        labelSources.set(row, { start: said.start, text: doc.text.slice(said.start, said.end) });
      const at = `${doc.id}:${q.span.start}`;
      const measured = groupOfFigure(q, groupOf.get(at), doc.id, indicators.has(q.measureKey), valuesOf(row));
      // A figure only announced or forecast stands apart from the reported ones of its measure.
      const group = `${measured}${announced.has(at) ? '|announced' : ''}`;
      measureOf.set(group, q.measureKey);
      rows.set(group, [...(rows.get(group) ?? []), row]);
    }
  }
  const origins = new Map<string, number>();
  for (const c of clusters) {
    if (!c.measureKey) continue;
    for (const key of [groupKey(c), c.id])
      origins.set(key, Math.max(origins.get(key) ?? 0, c.origins.length));
  }
  const drafts = [...rows].map(([group, list]) => {
    const measureKey = measureOf.get(group) ?? group;
    const sorted = [...list].sort(
      (x, y) =>
        (x.date ?? x.published ?? '9').localeCompare(y.date ?? y.published ?? '9') ||
        (valuesOf(x)[0] ?? 0) - (valuesOf(y)[0] ?? 0),
    );
    return {
      group,
      measureKey,
      sorted,
      documents: new Set(sorted.map((r) => r.document)).size,
      origins: origins.get(group) ?? 1,
      bears: list.some((r) => bearing.has(r)),
    };
  });
  const order = [...indicators.keys()];
  const rank = (g: { measureKey: string; group: string }) =>
    indicators.has(g.measureKey) && !g.group.includes('|announced')
      ? order.indexOf(g.measureKey)
      : order.length;
  drafts.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      Number(y.bears) - Number(x.bears) ||
      y.origins - x.origins ||
      y.documents - x.documents ||
      y.sorted.length - x.sorted.length,
  );
  // Under a watch question, a figure that bears on it in no way is left to the full exports.
  const shown = relevant.size === 0 ? drafts : drafts.filter((d) => d.bears || rank(d) < order.length);
  const several = shown.filter((d) => d.documents > 1);
  const one = shown.filter((d) => d.documents <= 1);
  const kept = [...several.slice(0, MAX_GROUPS), ...one.slice(0, MAX_SINGLE_GROUPS)];
  const used = new Set<string>();
  let hiddenRows = 0;
  const groups = kept.map(({ group, measureKey, sorted: all, documents }) => {
    const draft = capRows(all, documents > 1 ? MAX_ROWS : MAX_SINGLE_SOURCE_ROWS);
    hiddenRows += all.length - draft.length;
    const sorted = draft.map((r) => {
      const s = sentences.get(r);
      return { ...r, note: notes.cite(r.document, r.span, s ? { start: s.start, end: s.end } : undefined) };
    });
    const values = all.flatMap(valuesOf);
    const base = group.split('|announced')[0] ?? group;
    const cluster =
      clusterById.get(base) ??
      clusters
        .filter((c) => c.measureKey === measureKey && groupKey(c) === base)
        .sort((x, y) => y.origins.length - x.origins.length)[0];
    const conservative = conservativeRow(sorted);
    const range = estimateRange(all);
    // An announced figure is not counted by the indicator that counts the reported ones.
    const named = group.includes('|announced') ? undefined : indicators.get(measureKey);
    const head = conservative ?? sorted[0];
    const headRow = head ? (draft[sorted.indexOf(head)] ?? head) : undefined;
    const headSentence = headRow ? (labelSources.get(headRow) ?? sentences.get(headRow)) : undefined;
    return {
      measureKey,
      label:
        head && headSentence
          ? groupLabel(named, documents > 1 ? used : new Set(), head, headSentence.text, headSentence.start)
          : (named?.[0] ?? measureKey),
      rows: sorted,
      ...(all.length > sorted.length ? { more: all.length - sorted.length } : {}),
      documents,
      min: Math.min(...values),
      max: Math.max(...values),
      ...(conservative ? { headline: conservative.figure, conservative } : {}),
      ...(range ? { range } : {}),
      ...(named ? { indicators: named } : {}),
      ...(cluster ? { status: cluster.status } : {}),
    };
  });
  const dropped = drafts.filter((d) => !kept.includes(d));
  return {
    groups,
    moreGroups: dropped.length,
    moreRows: dropped.reduce((n, d) => n + d.sorted.length, 0) + hiddenRows,
  };
}
