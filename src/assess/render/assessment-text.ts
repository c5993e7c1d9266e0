import type { DocumentId, Span } from '../../core/index.js';
import type { Assessment, IndicatorReport, ReportedValue } from '../types.js';

/** What the text view needs to know of each document: a short label and its text (for sentences). */
export interface DocumentLabel {
  readonly label: string;
  readonly text: string;
}

export type Labels = ReadonlyMap<DocumentId, DocumentLabel>;

const clip = (s: string, n: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
};

const sentenceText = (labels: Labels, doc: DocumentId, span: Span): string =>
  clip(labels.get(doc)?.text.slice(span.start, span.end) ?? '', 150);

const label = (labels: Labels, doc: DocumentId): string => labels.get(doc)?.label ?? doc;

const valueLine = (v: ReportedValue): string => {
  const when = v.date ? ` as of ${v.date.value}${v.date.stated ? '' : ' (published)'}` : ', undated';
  return `${v.value.toLocaleString('en-US')} ("${v.text}")${when}, ${v.documents.length} document(s)`;
};

function indicatorLines(r: IndicatorReport, labels: Labels, perIndicator: number): string[] {
  const threshold = r.threshold ? ` (${r.threshold.op} ${r.threshold.value.toLocaleString('en-US')})` : '';
  const lines = [
    `${r.name} [${r.id}]`,
    `  status ${r.status}${threshold} · trend ${r.trend} · ${r.evidence.length} pieces in ${r.documents.length} documents from ${r.origins.length} origins`,
  ];
  if (r.latest) lines.push(`  latest: ${valueLine(r.latest)}`);
  for (const p of r.evidence.slice(0, perIndicator)) {
    const flags = `${p.polarity === 'negative' ? ' [against]' : ''}${p.hedged ? ' [hedged]' : ''}`;
    const why = `${p.rule}${p.scope ? `, about ${p.scope}` : ''}`;
    lines.push(
      `  - ${label(labels, p.document)} @${p.span.start}${flags} (${why}): ${sentenceText(labels, p.document, p.sentence)}`,
    );
  }
  if (r.evidence.length > perIndicator)
    lines.push(`  … ${r.evidence.length - perIndicator} more (--json for all)`);
  if (r.unreported.length > 0) lines.push(`  not reports (shown apart): ${modalityCounts(r)}`);
  return lines;
}

/** "3 forecast, 1 conditional": the matches that only plan, predict, condition, propose, warn or ask. */
const modalityCounts = (r: IndicatorReport): string => {
  const counts = new Map<string, number>();
  for (const p of r.unreported) counts.set(p.modality, (counts.get(p.modality) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${n} ${m}`).join(', ');
};

function matrixLines(a: Assessment): string[] {
  const { hypotheses, items, scores } = a.matrix;
  const width = Math.max(12, ...items.map((i) => i.id.length));
  const head = hypotheses.map((h) => h.id.slice(0, 10).padEnd(10)).join(' ');
  const lines = [`${'evidence'.padEnd(width)}  ${head}  weight  diag  flags`];
  for (const item of items) {
    const cells = item.cells
      .map((c) => `${c.grade}${c.source === 'analyst' ? '*' : ''}`.padEnd(10))
      .join(' ');
    const flags = [item.singleOrigin ? 'single origin' : '', item.lowCertainty ? 'low certainty' : '']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `${item.id.padEnd(width)}  ${cells}  ${item.weight.toFixed(2).padEnd(6)}  ${item.diagnosticity.toFixed(2)}  ${flags}`,
    );
  }
  lines.push('(* = analyst decision)', 'Weighted inconsistency (higher = less likely):');
  for (const s of [...scores].sort((x, y) => x.rank - y.rank)) {
    lines.push(`  ${s.rank}. ${s.hypothesis}: ${s.inconsistency} — ${s.label}`);
  }
  return lines;
}

function forecastLines(a: Assessment, labels: Labels): string[] {
  const lines = a.bottomLines.map(
    (b) =>
      `  ${label(labels, b.document)}: ${b.band} (${b.probability}, ${b.kind}, held by ${b.holder}) — "${clip(b.text, 140)}"`,
  );
  const silent = labels.size - a.bottomLines.length;
  if (silent > 0) lines.push(`  ${silent} of ${labels.size} documents state no view on the question`);
  const f = a.forecast;
  if (!f)
    return [...lines, `No forecast: none of the ${labels.size} documents states a view on the question`];
  lines.push(
    `Forecast: ${f.band} (p = ${f.probability}, log-odds ${f.logOdds}) from ${f.views} views in ${f.documents} documents (${f.votes.length} independent origins); views range ${f.spread.min}–${f.spread.max}, sd(log-odds) ${f.spread.stdLogOdds}`,
  );
  for (const d of f.dissenters)
    lines.push(`  dissent: ${d.origin.name}: ${d.band} (${d.probability}), ${d.reason}`);
  return lines;
}

/** The outcome reported as done, when sources report it: how many origins, from when, and each report. */
function outcomeLines(a: Assessment, labels: Labels): string[] {
  const o = a.outcome;
  if (!o) return [];
  return [
    `Reported as done by ${o.origins} independent origin${o.origins === 1 ? '' : 's'}${o.first ? `, first dated ${o.first}` : ''}:`,
    ...o.reports.map((r) => `  ${label(labels, r.document)}: "${clip(r.text, 140)}"`),
    '',
  ];
}

/** The assessment as readable text: the outcome reported done, the board, the matrix, the bottom lines and the forecast. */
export function assessmentText(a: Assessment, labels: Labels, perIndicator = 3): string[] {
  return [
    `Question: ${a.question.question} (horizon ${a.question.horizon})`,
    '',
    ...outcomeLines(a, labels),
    '== Indicators',
    ...a.indicators.flatMap((r) => indicatorLines(r, labels, perIndicator)),
    '',
    '== ACH matrix',
    ...matrixLines(a),
    '',
    '== Bottom lines',
    ...forecastLines(a, labels),
  ];
}
