import type { Evidence, Origin } from './api-contract.js';

/** The assessment of one watch question as `GET /api/questions/:id` returns it (src/assess/types.ts). */

/** Heuer's grades: very consistent, consistent, neutral, inconsistent, very inconsistent. */
export type GradeCode = 'CC' | 'C' | 'N' | 'I' | 'II';

export interface ReportedValue {
  readonly value: number;
  readonly text: string;
  readonly date?: { readonly value: string; readonly stated: boolean };
}

export interface IndicatorReport {
  readonly id: string;
  readonly name: string;
  readonly evidence: readonly (Evidence & {
    readonly sentenceText: string;
    readonly via: string;
    readonly rule: string;
    readonly scope?: string;
    readonly modality: string;
    readonly polarity: 'positive' | 'negative';
    readonly hedged: boolean;
  })[];
  readonly documents: readonly string[];
  readonly latest?: ReportedValue;
  readonly trend: string;
  readonly status: string;
  readonly origins: readonly Origin[];
}

/**
 * One cell of the ACH matrix. Assess uses this same type with its own (branded) evidence, which
 * serializes to `Evidence`.
 */
export interface AchCell<E extends Evidence = Evidence> {
  readonly hypothesis: string;
  readonly grade: GradeCode;
  readonly suggested: GradeCode;
  readonly source: 'suggested' | 'analyst';
  readonly decision?: { readonly who: string; readonly at: string };
  /** The sentences behind the cell. */
  readonly evidence: readonly E[];
}

export interface AchItem {
  readonly id: string;
  readonly label: string;
  readonly polarity: string;
  readonly origins: number;
  readonly weight: number;
  readonly diagnosticity: number;
  readonly cells: readonly AchCell[];
}

export interface HypothesisScore {
  readonly hypothesis: string;
  readonly label: string;
  /** Weighted inconsistency (I = 1, II = 2, times the item's weight); higher is worse. */
  readonly inconsistency: number;
  readonly rank: number;
}

export interface BottomLine {
  readonly document: string;
  readonly band: string;
  readonly probability: number;
  readonly start: number;
  readonly text: string;
  readonly origin: Origin;
  readonly title?: string;
  /** An estimative phrase, a denial of ability or intention, a rumour passed on, or a report of the outcome as done. */
  readonly kind?: 'estimate' | 'denial' | 'hearsay' | 'report';
  /** Who holds the view: `author`, or the source it is attributed to. */
  readonly holder?: string;
}

export interface ForecastVote {
  readonly origin: Origin;
  readonly documents: readonly string[];
  readonly probability: number;
  readonly band: string;
}

export interface Forecast {
  /** Views pooled, and documents assessed. */
  readonly views?: number;
  readonly documents?: number;
  readonly probability: number;
  readonly band: string;
  readonly votes: readonly ForecastVote[];
  readonly spread: { readonly min: number; readonly max: number };
  readonly dissenters: readonly (ForecastVote & { readonly reason: string })[];
}

/** A sentence that reports the question's outcome as done (src/assess/types.ts `OutcomeReport`). */
export interface OutcomeReport extends Evidence {
  readonly date?: { readonly value: string; readonly stated: boolean };
  readonly origin: Origin;
}

/** The outcome reported as done before the horizon: the reports, earliest first. */
export interface Outcome {
  readonly reports: readonly OutcomeReport[];
  /** Independent origins among the reports. */
  readonly origins: number;
  /** The earliest date of the reports (calendar part). */
  readonly first?: string;
}

export interface Assessment {
  readonly id: string;
  readonly question: { readonly question: string; readonly horizon: string };
  readonly indicators: readonly IndicatorReport[];
  readonly matrix: {
    readonly hypotheses: readonly { readonly id: string; readonly label: string }[];
    readonly items: readonly AchItem[];
    readonly scores: readonly HypothesisScore[];
  };
  readonly bottomLines: readonly BottomLine[];
  readonly forecast?: Forecast;
  readonly outcome?: Outcome;
}

export interface QuestionList {
  readonly questions: readonly { readonly id: string; readonly title: string; readonly horizon: string }[];
}
