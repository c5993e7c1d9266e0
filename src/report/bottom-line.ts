import { type Indicator, latestValue, nameVocabulary, type Question } from '../assess/index.js';
import type { Assessment, IndicatorReport } from '../assess/types.js';
import { outcomeSources } from '../core/outcome-sources.js';
import { clauseAround, clearestLabel } from '../core/sentence-label.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';
import type {
  BottomLine,
  Contested,
  FigureRow,
  MeasureGroup,
  Statement,
  TimelineEvent,
} from './brief-model.js';
import { conservativeRow } from './conservative-figure.js';
import { kindLabel } from './contested.js';
import { disputeLine } from './dispute-line.js';
import type { Footnotes } from './footnotes.js';
import { clip, formatDate, formatNumber } from './format.js';
import { furnitureOf, pageFurniture } from './furniture.js';
import { noForecast, originalsOf } from './judgements.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;
const PER_PART = 3;
/** Words of a quoted clause on the first screen before it is cut. */
const READ_WORDS = 32;

export interface BottomLineInput {
  readonly corpus: readonly CorpusDocument[];
  readonly assessment?: Assessment;
  readonly question?: Question;
  readonly clusters: readonly ClaimCluster[];
  readonly numbers: readonly MeasureGroup[];
  readonly disputes: readonly Contested[];
  readonly timeline: readonly TimelineEvent[];
  readonly notes: Footnotes;
  /** `document:sentenceStart` of the sentences that are evidence for an indicator. */
  readonly relevant: ReadonlySet<string>;
}

/** Whether a claim's sentence bears on the question (always, when nothing was assessed). */
const bears = (relevant: ReadonlySet<string>, r: { document: string; sentence: { start: number } }) =>
  relevant.size === 0 || relevant.has(`${r.document}:${r.sentence.start}`);

/**
 * The outcome as sources report it done, before any view: "Reported as done by 4 independent
 * sources, the first dated 29 Oct 2022: “Russia suspended its participation ...”".
 */
function done({ assessment: a, corpus, notes }: BottomLineInput): Statement[] {
  const o = a?.outcome;
  const first = o?.reports[0];
  if (!o || !first) return [];
  const text = corpus.find((c) => c.doc.id === first.document)?.doc.text ?? '';
  const sentence = text.slice(first.sentence.start, first.sentence.end);
  const at = { start: first.span.start - first.sentence.start, end: first.span.end - first.sentence.start };
  const clause = clauseAround(sentence, at, READ_WORDS);
  const when = o.first ? formatDate(o.first) : undefined;
  const dated = when ? (o.origins === 1 ? ` (dated ${when})` : `, the first dated ${when}`) : '';
  const sources = `${outcomeSources(o.origins)}${dated}`;
  const byOrigin = new Map(o.reports.map((r) => [r.origin.key, r]));
  return [
    {
      text: `Reported as done by ${sources}: “${clause}”.`,
      notes: [...new Set([first, ...byOrigin.values()])]
        .slice(0, 3)
        .map((r) => notes.cite(r.document, r.span, r.sentence)),
    },
  ];
}

/** The outcome reported done, the pooled views and the best- and worst-fitting hypotheses. */
function answer(input: BottomLineInput): Statement[] {
  const { assessment: a, notes, corpus, disputes } = input;
  if (!a) return [];
  const out: Statement[] = [...done(input)];
  const f = a.forecast;
  if (f) {
    const cite = f.votes.slice(0, 6).flatMap((v) => {
      const line = a.bottomLines.find((b) => v.documents.includes(b.document));
      return line ? [notes.cite(line.document, { start: line.start, end: line.end })] : [];
    });
    const bands = new Set(f.votes.map((v) => v.band));
    // A source that dismisses the outcome and one that cannot rule it out may share a band; the
    // dispute between them is one of emphasis, and the line says so rather than deny it.
    const emphasis = disputes.some((d) => d.kind === kindLabel.assessment && d.label === a.question.question);
    const spread =
      bands.size === 1
        ? `every view falls in that one band${emphasis ? ', though some cannot rule it out (see Disputed)' : ''}`
        : `the views range from ${pct(f.spread.min)} to ${pct(f.spread.max)}`;
    const stated = `${f.views} of ${f.documents} documents state a view`;
    out.push({
      text:
        f.votes.length === 1
          ? `The one independent view judges it ${f.band}: ${pct(f.probability)} (${stated}).`
          : `The sources judge it ${f.band}: ${f.votes.length} independent views pooled give ${pct(f.probability)} (${stated}), and ${spread}.`,
      notes: cite,
    });
  } else out.push({ text: noForecast(originalsOf(corpus)), notes: [] });
  const ranked = [...a.matrix.scores].sort((x, y) => x.inconsistency - y.inconsistency);
  const best = ranked[0];
  const worst = ranked.at(-1);
  if (best && worst && best.inconsistency < worst.inconsistency) {
    const named = (score: number) => {
      const tied = ranked.filter((s) => s.inconsistency === score);
      return `${tied.map((s) => `“${s.label}”`).join(' and ')}${tied.length > 1 ? ' (tied)' : ''}`;
    };
    out.push({
      text: `The evidence fits best ${named(best.inconsistency)} and worst ${named(worst.inconsistency)}.`,
      notes: [],
    });
  }
  return out;
}

/** Two figures agree when the larger is within a quarter of the smaller (at either bound). */
const near = (x: FigureRow, y: FigureRow): boolean => {
  const [a, b] = [x.low ?? x.value, y.low ?? y.value];
  const [c, d] = [x.high ?? x.value, y.high ?? y.value];
  if (a === undefined || b === undefined || c === undefined || d === undefined) return false;
  return Math.max(a, b) <= Math.min(a, b) * 1.25 && Math.max(c, d) <= Math.min(c, d) * 1.25;
};

/**
 * A figure most sources of a measure give alike: "4 of 5 sources put Russian troops in Belarus at
 * ~ 9,000 (roughly 9,000 soldiers); Kyiv Courier gives ≤ 15,000". Undefined without such a majority.
 */
function majorityFigure(g: MeasureGroup): Statement | undefined {
  const firm = g.rows.filter((r) => !r.vague);
  const documents = new Set(firm.map((r) => r.document)).size;
  if (documents < 2) return undefined;
  const best = firm
    .map((r) => firm.filter((x) => near(r, x)))
    .sort((x, y) => new Set(y.map((r) => r.document)).size - new Set(x.map((r) => r.document)).size)[0];
  const agreeing = new Set(best?.map((r) => r.document)).size;
  // The majority's conservative figure speaks for it (ACLED convention).
  const first = best ? conservativeRow(best) : undefined;
  if (!best || !first || agreeing < 2 || agreeing * 2 <= documents) return undefined;
  const others = firm.filter((r) => !best.includes(r));
  const rest = others.length
    ? `; ${others
        .slice(0, 2)
        .map((r) => `${r.outlet} gives ${r.figure}`)
        .join(', ')}`
    : '';
  const share = agreeing === documents ? `${agreeing} sources` : `${agreeing} of ${documents} sources`;
  return {
    text: `${share} put “${g.label}” at ${first.figure} (“${first.stated}”)${rest}.`,
    notes: [...best.slice(0, 3), ...others.slice(0, 2)].map((r) => r.note),
  };
}

/** Views in one band, figures several sources give alike, and claims several origins report. */
function agreed({ assessment: a, clusters, numbers, corpus, notes, relevant }: BottomLineInput): Statement[] {
  const out: Statement[] = [];
  const votes = a?.forecast?.votes ?? [];
  const byBand = new Map<string, number>();
  for (const v of votes) byBand.set(v.band, (byBand.get(v.band) ?? 0) + 1);
  const [band, most = 0] = [...byBand].sort((x, y) => y[1] - x[1])[0] ?? [];
  // Each view keeps its own place in its band, so agreement is a majority in one band.
  if (votes.length >= 2 && most === votes.length)
    out.push({ text: `All ${votes.length} independent views call it ${band}.`, notes: [] });
  else if (votes.length >= 3 && most > votes.length / 2)
    out.push({ text: `${most} of the ${votes.length} independent views call it ${band}.`, notes: [] });
  for (const g of numbers) {
    if (out.length >= PER_PART || (a && !g.indicators)) continue;
    const found = majorityFigure(g);
    if (found) out.push(found);
  }
  const texts = new Map(corpus.map((c) => [c.doc.id as string, c.doc.text]));
  const furniture = furnitureOf(corpus);
  const reported = clusters
    .filter((c) => !c.measureKey && c.status === 'corroborated' && c.origins.length >= 2)
    .filter((c) => new Set(c.claims.map((r) => r.document)).size >= 2)
    .filter((c) => c.claims.some((r) => bears(relevant, r)))
    .filter((c) => !pageFurniture(c, furniture))
    .sort((x, y) => y.origins.length - x.origins.length);
  for (const c of reported) {
    if (out.length >= PER_PART + 1) break;
    const sentences = c.claims.map(
      (r) => texts.get(r.document)?.slice(r.sentence.start, r.sentence.end) ?? r.text,
    );
    out.push({
      text: `${new Set(c.claims.map((r) => r.document)).size} sources report: “${clearestLabel(sentences)}”.`,
      notes: [...new Set(c.claims.slice(0, 3).map((r) => notes.cite(r.document, r.span, r.sentence)))],
    });
  }
  return out;
}

/**
 * The latest events that bear on the question, one a date (the one more sources report, else the
 * shortest): those that speak of its outcome first, for evidence that shares only a cue word with
 * an indicator may be about something else; then the other evidence, latest first.
 */
const latest = ({ timeline }: BottomLineInput): Statement[] => {
  const oneADate = (events: readonly TimelineEvent[]): TimelineEvent[] => {
    const byDate = new Map<string, TimelineEvent>();
    for (const e of events) {
      const known = byDate.get(e.date);
      const better =
        !known ||
        e.outlets.length > known.outlets.length ||
        (e.outlets.length === known.outlets.length && e.text.length < known.text.length);
      if (better) byDate.set(e.date, e);
    }
    return [...byDate.values()].sort((x, y) => y.date.localeCompare(x.date));
  };
  const relevant = timeline.some((e) => e.relevant) ? timeline.filter((e) => e.relevant) : timeline;
  const outcome = oneADate(relevant.filter((e) => e.onOutcome)).slice(0, PER_PART);
  const dates = new Set(outcome.map((e) => e.date));
  const rest = oneADate(relevant.filter((e) => !e.onOutcome && !dates.has(e.date)));
  return [...outcome, ...rest.slice(0, PER_PART - outcome.length)]
    .sort((x, y) => y.date.localeCompare(x.date))
    .map((e) => ({ text: `${e.when}: ${clip(e.text, 220)}`, notes: e.notes.slice(0, 2) }));
};

const against = new Set(['inconsistent', 'very inconsistent']);
const supports = new Set(['consistent', 'very consistent']);

/**
 * A short reading of an indicator's evidence: the clause of its first unhedged piece of that
 * polarity that reads as a statement of its own (it opens its sentence or a capitalised clause),
 * else of its first such piece: "just once you use ..." cut from a longer sentence is no reading.
 */
function reading(
  i: IndicatorReport,
  textOf: (document: string) => string,
  polarity: 'positive' | 'negative',
  spec?: Indicator,
) {
  const read = (e: IndicatorReport['evidence'][number]) => {
    const text = textOf(e.document);
    const sentence = text.slice(e.sentence.start, e.sentence.end);
    // A statement of the first screen is read, not scanned: the clause whole, up to a long sentence.
    const clause = clauseAround(
      sentence,
      { start: e.span.start - e.sentence.start, end: e.span.end - e.sentence.start },
      READ_WORDS,
    );
    return { e, clause };
  };
  const pieces = bestFitting(
    i.evidence.filter((x) => x.polarity === polarity && !x.hedged),
    spec,
    textOf,
  );
  for (const e of pieces) {
    const r = read(e);
    if (/^\P{L}*\p{Lu}/u.test(r.clause)) return r;
  }
  const first = pieces[0];
  return first ? read(first) : undefined;
}

/**
 * The pieces that fit their indicator best: those whose sentence names one of the indicator's own
 * entities, then says more of its name's words, read as that indicator ("Hungary refused to back the
 * embargo" for "Hungary threatens a veto", not "the EU agreed to block imports", found on the cue
 * "block" alone). In the evidence's order.
 */
function bestFitting<T extends IndicatorReport['evidence'][number]>(
  pieces: readonly T[],
  spec: Indicator | undefined,
  textOf: (document: string) => string,
): T[] {
  if (!spec) return [...pieces];
  const entities = (spec.match.entities ?? []).map((n) => n.toLowerCase());
  const words = nameVocabulary(spec);
  const fit = (e: T) => {
    const sentence = textOf(e.document).slice(e.sentence.start, e.sentence.end).toLowerCase();
    const named = entities.some((n) => sentence.includes(n)) ? 2 : 0;
    const said = new Set(sentence.split(/[^\p{L}]+/u).filter((w) => words.has(w)));
    return named + Math.min(said.size, 2);
  };
  const fits = pieces.map(fit);
  const best = Math.max(...fits);
  return pieces.filter((_, k) => fits[k] === best);
}

/**
 * What holds the outcome back: evidence for indicators the worst-fitting hypothesis does not expect,
 * and evidence that something it does expect is absent.
 */
function limits({ assessment: a, question: q, corpus, notes }: BottomLineInput): Statement[] {
  if (!a || !q) return [];
  const worst = [...a.matrix.scores].sort((x, y) => y.inconsistency - x.inconsistency)[0];
  if (!worst) return [];
  const out: Statement[] = [];
  const texts = new Map(corpus.map((c) => [c.doc.id as string, c.doc.text]));
  const textOf = (document: string) => texts.get(document) ?? '';
  for (const i of a.indicators) {
    const spec = q.indicators.find((x) => x.id === i.id);
    const grade = spec?.direction[worst.hypothesis] ?? 'neutral';
    const pos = i.evidence.filter((e) => e.polarity === 'positive' && !e.hedged).length;
    const neg = i.evidence.filter((e) => e.polarity === 'negative').length;
    const found =
      against.has(grade) && pos > 0
        ? reading(i, textOf, 'positive', spec)
        : supports.has(grade) && neg > pos
          ? reading(i, textOf, 'negative', spec)
          : undefined;
    if (!found) continue;
    out.push({
      text: `${i.name}: “${found.clause}”.`,
      notes: [notes.cite(found.e.document, found.e.span, found.e.sentence)],
    });
  }
  return out.slice(0, PER_PART + 1);
}

/**
 * Each real dispute in one line: what it is about, and one report from each side. Under a watch
 * question, only disputes that bear on it reach the first screen; the rest stay in the full list.
 */
const disputesOf = ({ disputes, assessment }: BottomLineInput): Statement[] =>
  disputes
    .filter((d) => !assessment || d.relevant)
    .slice(0, PER_PART)
    .map((d) => disputeLine(d, assessment?.question.question));

const announcedAs: Record<string, string> = {
  conditional: 'on a condition',
  forecast: 'forecast',
  plan: 'planned',
  proposal: 'proposed',
  possibility: 'possible',
  warning: 'warned of',
  question: 'asked about',
};

const opWords = { '>': 'above', '>=': 'from', '<': 'below', '<=': 'at or below' } as const;

/** The indicators with thresholds, nearest to crossing first: what would change the judgement. */
function change({ assessment: a, question: q, notes }: BottomLineInput): Statement[] {
  if (!a || !q) return [];
  const rows: { closeness: number; s: Statement }[] = [];
  for (const spec of q.indicators) {
    const t = spec.thresholds?.[0];
    if (!t) continue;
    const i = a.indicators.find((x) => x.id === spec.id);
    // The latest figure of the measure the threshold counts (an indicator may count several).
    const last = latestValue(i?.values ?? [], t.measureKey);
    const value = last?.value;
    const closeness = value === undefined ? 0 : t.op.startsWith('>') ? value / t.value : t.value / value;
    const levels = (spec.thresholds ?? [])
      .map((x) => `${x.level} ${opWords[x.op]} ${formatNumber(x.value)}${x.unit ? ` ${x.unit}` : ''}`)
      .join(', ');
    // A figure only announced, planned or forecast is no report, but a reader should see it.
    const announced = i?.unreported.find(
      (p) => p.quantity && (!t.measureKey || p.quantity.measureKey === t.measureKey),
    );
    // The indicator's row may show a figure of another measure it counts ("15 launchers" where the
    // threshold counts tanks): say which measure has none, and name the other.
    const other = last ? undefined : latestValue(i?.values ?? []);
    const asides = [
      other ? `latest of another measure: ${other.text}` : '',
      announced?.quantity
        ? `${announcedAs[announced.modality] ?? announced.modality} only: ${announced.quantity.text.replace(/\s+/g, ' ')}`
        : '',
    ].filter(Boolean);
    const counted = other ? (t.unit ?? t.measureKey) : undefined;
    const now = last
      ? `latest figure ${last.text}`
      : `no figure${counted ? ` of ${counted}` : ''} reported yet${asides.length ? ` (${asides.join('; ')})` : ''}`;
    const cite = last?.evidence[0] ?? announced;
    rows.push({
      closeness,
      s: {
        text: `${spec.name}: ${now}; ${levels}.`,
        notes: cite ? [notes.cite(cite.document, cite.span, cite.sentence)] : [],
      },
    });
  }
  return rows
    .sort((x, y) => y.closeness - x.closeness)
    .slice(0, PER_PART)
    .map((r) => r.s);
}

/** The first screen of the briefing: the answer to the watch question and what it rests on. */
export function bottomLine(input: BottomLineInput): BottomLine | undefined {
  if (!input.assessment) return undefined;
  return {
    answer: answer(input),
    agreed: agreed(input),
    latest: latest(input),
    limits: limits(input),
    disputes: disputesOf(input),
    change: change(input),
  };
}
