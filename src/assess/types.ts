import type { AchCell as AchCellJson, HypothesisScore } from '../core/api-contract-assessment.js';
import type { Band, DocumentId, Polarity, Span } from '../core/index.js';
import type { Evidence, Origin } from '../resolve/types.js';
import type { Modality } from './evidence/modality.js';
import type { Threshold } from './question/index.js';

export type { Modality } from './evidence/modality.js';

/** How a piece of evidence was matched to an indicator. */
export type EvidenceVia = 'quantity' | 'claim' | 'cue' | 'meaning';

export interface EvidenceQuantity {
  readonly text: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly qualifier?: string;
  readonly measureKey?: string;
}

/** When a piece of evidence holds: a stated time, else the document's published date. */
export interface EvidenceDate {
  readonly value: string;
  readonly stated: boolean;
}

/** One traceable piece of evidence for an indicator: a span in a document and its sentence. */
export interface EvidencePiece extends Evidence {
  /** The sentence, as the reader sees it. */
  readonly sentenceText: string;
  /** How it matched: a measured figure, a cue phrase as written, or a cue phrase in other words (`meaning`). */
  readonly via: EvidenceVia;
  /** What matched: `measure:russian-troops`, `cue:summons`, or for `meaning` the cue (`cue:refuse to fight`)
   * or the description's clause it stands against (`against:the connection is restored`). */
  readonly rule: string;
  /** The scope name the sentence or its paragraph names (absent when the question names none). */
  readonly scope?: string;
  /** How the sentence presents the proposition; only a `report` moves the indicator's status. */
  readonly modality: Modality;
  /** Whether the sentence reports the indicator's proposition holding or not holding. */
  readonly polarity: Polarity;
  /** Hedged by may / could / perhaps or an estimate below certainty. */
  readonly hedged: boolean;
  readonly quantity?: EvidenceQuantity;
  readonly date?: EvidenceDate;
  readonly origin: Origin;
}

export type IndicatorStatus = 'warning' | 'watch' | 'normal' | 'observed' | 'reported-absent' | 'no evidence';
export type Trend = 'rising' | 'falling' | 'steady' | 'unknown';

/** A figure reported for an indicator, dated by the earliest stated time among its reports. */
export interface ReportedValue {
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  readonly text: string;
  readonly measureKey?: string;
  readonly date?: EvidenceDate;
  /** The first and last dates (calendar part) at which sources report this figure. */
  readonly reported?: { readonly first: string; readonly last: string };
  readonly documents: readonly DocumentId[];
  readonly evidence: readonly Evidence[];
}

export interface IndicatorReport {
  readonly id: string;
  readonly name: string;
  /** Reports of the indicator holding or not holding: what the status, figures and ACH rest on. */
  readonly evidence: readonly EvidencePiece[];
  /** Matches that only condition, plan, predict, propose, warn or ask: shown apart. */
  readonly unreported: readonly EvidencePiece[];
  readonly documents: readonly DocumentId[];
  readonly latest?: ReportedValue;
  /** The figures in date order (undated ones last). */
  readonly values: readonly ReportedValue[];
  readonly trend: Trend;
  readonly status: IndicatorStatus;
  readonly threshold?: Threshold;
  readonly origins: readonly Origin[];
}

/** Grades, cells and scores are the wire contract's: one definition serves assess and its clients. */
export type { GradeCode, HypothesisScore } from '../core/api-contract-assessment.js';

/** An ACH cell whose evidence keeps its document id. */
export type AchCell = AchCellJson<Evidence>;

export interface AchItem {
  readonly id: string;
  readonly label: string;
  readonly indicator: string;
  readonly polarity: Polarity;
  readonly origins: number;
  readonly singleOrigin: boolean;
  readonly lowCertainty: boolean;
  /** Credibility weight: 1, halved for a single origin or low certainty. */
  readonly weight: number;
  /** 0 (the same grade for every hypothesis) to 1 (very consistent with one, very inconsistent with another). */
  readonly diagnosticity: number;
  readonly cells: readonly AchCell[];
}

export interface AchMatrix {
  readonly hypotheses: readonly { readonly id: string; readonly label: string }[];
  readonly items: readonly AchItem[];
  readonly scores: readonly HypothesisScore[];
}

export interface BottomLine {
  readonly document: DocumentId;
  readonly band: Band;
  readonly probability: number;
  /** The sentence it came from. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marker: { readonly span: Span; readonly text: string };
  /**
   * An estimative phrase, a denial of ability or intention, a rumour passed on, or a report of the
   * outcome as done (its marker is the act's verb).
   */
  readonly kind: 'estimate' | 'denial' | 'hearsay' | 'report';
  /** Who holds the view: `author`, or the source it is attributed to. */
  readonly holder: string;
  /** The question's words the judgement speaks of. */
  readonly about: readonly string[];
  readonly origin: Origin;
  readonly title?: string;
}

export interface ForecastVote {
  readonly origin: Origin;
  readonly documents: readonly DocumentId[];
  readonly probability: number;
  readonly band: Band;
}

export interface Forecast {
  /** Documents assessed, and those stating a view (each view is one vote's share). */
  readonly documents: number;
  readonly views: number;
  readonly probability: number;
  readonly band: Band;
  readonly logOdds: number;
  readonly votes: readonly ForecastVote[];
  readonly spread: { readonly min: number; readonly max: number; readonly stdLogOdds: number };
  readonly dissenters: readonly (ForecastVote & { readonly reason: string })[];
}

/** A sentence that reports the question's outcome as done ("Gazprom suspended gas supplies ..."). */
export interface OutcomeReport {
  readonly document: DocumentId;
  /** The verb of the act. */
  readonly span: Span;
  readonly sentence: Span;
  readonly text: string;
  readonly date?: EvidenceDate;
  readonly origin: Origin;
}

/** The outcome reported as done, when any source reports it before the horizon. */
export interface Outcome {
  readonly reports: readonly OutcomeReport[];
  /** Independent origins among the reports. */
  readonly origins: number;
  /** The earliest date of the reports (calendar part). */
  readonly first?: string;
}

export interface Assessment {
  readonly question: { readonly question: string; readonly horizon: string };
  readonly indicators: readonly IndicatorReport[];
  readonly matrix: AchMatrix;
  readonly bottomLines: readonly BottomLine[];
  readonly forecast?: Forecast;
  readonly outcome?: Outcome;
}

/** An analyst decision as assess reads it (the store's Decision fits this shape). */
export interface AnalystDecision {
  readonly who: string;
  readonly at: string;
  readonly kind: string;
  readonly target: string;
  readonly after: unknown;
}
