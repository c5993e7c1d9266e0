import type { Band, DocumentId, Span } from '../core/index.js';

/**
 * The briefing as data: what `brief.md` and `brief.html` render. Every statement carries the
 * numbers of its footnotes, and every footnote names a document and the sentence it quotes.
 */

export interface Footnote {
  readonly n: number;
  readonly document: DocumentId;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  /** The date is a "not before" bound inferred from the text, not a stated one. */
  readonly publishedInferred?: boolean;
  readonly origin: string;
  /** The quoted sentence, exactly as stored. */
  readonly sentence: string;
  readonly sentenceSpan: Span;
}

/** A sentence of the briefing with the footnotes that back it. */
export interface Statement {
  readonly text: string;
  readonly notes: readonly number[];
}

export interface Judgement extends Statement {
  readonly basis: 'forecast' | 'hypotheses' | 'cluster' | 'figures';
}

export interface FigureRow {
  readonly document: DocumentId;
  readonly span: Span;
  readonly outlet: string;
  /** Normalized figure: `≥ 94`, `11,000–12,000`, `about 9,000`. */
  readonly figure: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly qualifier?: string;
  readonly unit?: string;
  /** The words as the source wrote them. */
  readonly stated: string;
  readonly thing?: string;
  /** When the figure holds, if the sentence says so (ISO start, for ordering). */
  readonly date?: string;
  /** The same, as a reader should see it: "since 24 Feb 2022", "by 31 Dec 2022", "late Oct 2022". */
  readonly when?: string;
  readonly published?: string;
  readonly publishedInferred?: boolean;
  readonly note: number;
  /** An order of magnitude in words ("thousands of"), not an estimate: never a headline. */
  readonly vague?: boolean;
}

export interface MeasureGroup {
  readonly measureKey: string;
  readonly label: string;
  readonly rows: readonly FigureRow[];
  /** Figures of this measure left out of `rows` by the cap. */
  readonly more?: number;
  readonly documents: number;
  /** Lowest and highest value reported, for the chart. */
  readonly min: number;
  readonly max: number;
  /** The conservative headline (ACLED convention): the lowest estimate any source gives. */
  readonly headline?: string;
  /** The row that gives the headline, for its source, date and footnote. */
  readonly conservative?: FigureRow;
  /** The estimates' span from the lowest to the highest bound, when they differ ("9,000–15,000"). */
  readonly range?: string;
  /** The indicators of the watch question that count this measure, in the question's order. */
  readonly indicators?: readonly string[];
  /** The reconciled cluster's status, when reconcile made one for this measure. */
  readonly status?: string;
}

export interface ContestSide {
  readonly outlet: string;
  readonly text: string;
  readonly time?: string;
  readonly note: number;
}

/** One dispute: the reports on each side (several pairs of one cluster are one dispute). */
export interface Contested {
  readonly label: string;
  readonly kind: string;
  readonly verdict: string;
  readonly explanation: string;
  /** How many pairs of reports disagree this way. */
  readonly pairs: number;
  /** A report of it is in a sentence that bears on the watch question, or it is over the outcome itself. */
  readonly relevant?: boolean;
  readonly a: readonly ContestSide[];
  readonly b: readonly ContestSide[];
}

export interface TimelineEvent {
  /** ISO date (day, month) of the event's start. */
  readonly date: string;
  /** The date with the precision the text gives: "3 Dec 2022", "late Oct 2022". */
  readonly when: string;
  readonly granularity: string;
  readonly text: string;
  readonly outlets: readonly string[];
  readonly notes: readonly number[];
  /** Its sentence is evidence for an indicator of the watch question. */
  readonly relevant?: boolean;
  /** Its sentence speaks of the question's outcome itself (or reports it done). */
  readonly onOutcome?: boolean;
}

export interface Actor {
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly mentions: number;
  readonly notes: readonly number[];
}

export interface SourceEntry {
  readonly document: DocumentId;
  readonly title: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly published?: string;
  readonly publishedInferred?: boolean;
  readonly origin: string;
  readonly cites: readonly string[];
  readonly bottomLine?: { readonly band: Band; readonly probability: number; readonly note: number };
}

/** One dated figure of an indicator, for its trend line. */
export interface SeriesPoint {
  /** The day, month or start of the period it holds for (ISO). */
  readonly date: string;
  readonly value: number;
  readonly text: string;
}

export interface IndicatorLine {
  readonly name: string;
  readonly status: string;
  readonly trend: string;
  readonly latest?: string;
  readonly origins: number;
  readonly notes: readonly number[];
  /** The dated figures of the indicator's main measure, oldest first (the trend chart). */
  readonly series?: readonly SeriesPoint[];
  /** The measure key the series plots. */
  readonly seriesMeasure?: string;
}

/** One hypothesis of the ACH matrix; the brief lists them from best to worst fit. */
export interface HypothesisLine {
  readonly label: string;
  readonly inconsistency: number;
  readonly rank: number;
}

/**
 * The first screen: the answer to the watch question and what it rests on. Each part is a list of
 * plain sentences with footnotes; a part with nothing to say is empty.
 */
export interface BottomLine {
  /** The pooled views with their spread, and the hypothesis the evidence fits best. */
  readonly answer: readonly Statement[];
  /** What several independent sources agree on. */
  readonly agreed: readonly Statement[];
  /** The latest dated events. */
  readonly latest: readonly Statement[];
  /** What holds the outcome back: the evidence against the worst-fitting hypothesis. */
  readonly limits: readonly Statement[];
  /** Real disputes. */
  readonly disputes: readonly Statement[];
  /** What would change the judgement: the indicators nearest a threshold. */
  readonly change: readonly Statement[];
}

/** What a capped section left out, and where to find it. */
export interface LeftOut {
  readonly numbers?: string;
  readonly contested?: string;
  readonly timeline?: string;
  readonly actors?: string;
  readonly sources?: string;
  readonly footnotes?: string;
}

/** Pairs of sources and how their figures on shared measures relate. */
export interface Agreement {
  readonly sources: readonly string[];
  /** `cells[i][j]`: shared measures on which i and j agree, and on which they differ. */
  readonly cells: readonly (readonly { readonly agree: number; readonly differ: number }[])[];
}

export interface Brief {
  readonly title: string;
  readonly question?: { readonly text: string; readonly horizon: string };
  readonly documents: number;
  readonly period?: {
    readonly from: string;
    readonly to: string;
    readonly fromInferred?: boolean;
    readonly toInferred?: boolean;
  };
  readonly bottomLine?: BottomLine;
  readonly judgements: readonly Judgement[];
  readonly leftOut: LeftOut;
  readonly forecast?: {
    readonly probability: number;
    readonly band: Band;
    readonly min: number;
    readonly max: number;
    /** Documents that state a view on the question, of those assessed. */
    readonly views: number;
    readonly documents: number;
  };
  readonly hypotheses: readonly HypothesisLine[];
  readonly indicators: readonly IndicatorLine[];
  readonly numbers: readonly MeasureGroup[];
  readonly contested: readonly Contested[];
  readonly timeline: readonly TimelineEvent[];
  readonly actors: readonly Actor[];
  readonly sources: readonly SourceEntry[];
  readonly agreement: Agreement;
  readonly footnotes: readonly Footnote[];
}
