import type { Span } from './span.js';

/** Every annotation names the rule that made it, so a user can ask "why this?". */
interface Traced {
  readonly span: Span;
  readonly text: string;
  readonly rule: string;
}

export interface Sentence {
  readonly span: Span;
}

export interface Token {
  readonly span: Span;
  /** Universal part of speech from wink-nlp (NOUN, PROPN, VERB, NUM, ...). */
  readonly pos: string;
  readonly lemma?: string;
}

export type MentionKind = 'person' | 'organisation' | 'place' | 'equipment' | 'unit' | 'demonym';

export interface Mention extends Traced {
  readonly kind: MentionKind;
  /** The name without possessive, titles or leading article: "Putin's" -> "Putin". */
  readonly name: string;
  /** A within-document key: all mentions of one actor in one document share it. */
  readonly entity: string;
  readonly role?: string;
  readonly country?: string;
  /** For an acronym, its expansion when the document spells it out (ISW -> Institute for the Study of War). */
  readonly expansion?: string;
}

export const quantityKinds = [
  'count',
  'measure',
  'money',
  'percent',
  'rate',
  'age',
  'year',
  'ordinal',
  'calibre',
  'duration',
] as const;
export type QuantityKind = (typeof quantityKinds)[number];

export const qualifierValues = [
  'at least',
  'at most',
  'up to',
  'more than',
  'less than',
  'about',
  'almost',
  'only',
  'exactly',
  'over',
  'nearly',
] as const;
export type Qualifier = (typeof qualifierValues)[number];

export interface Quantity extends Traced {
  readonly kind: QuantityKind;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly qualifier?: Qualifier;
  readonly unit?: string;
  readonly currency?: string;
  /** The thing counted or measured: "T-72 tanks", "mobilized Russian soldiers". */
  readonly thing?: string;
  /** A normalized key of what is measured, used to compare figures across documents. */
  readonly measureKey?: string;
  /** Written as a change: "rose 5%", "fell by 2 points", "+0.2%". A level reached ("to 99") has none. */
  readonly direction?: 'up' | 'down';
}

export type TimeGranularity =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'interval'
  | 'decade'
  | 'duration'
  | 'ref'
  | 'set';

export interface TimeExpr extends Traced {
  /**
   * ISO date, month or year, or an interval `start/end` (open ended: `start/`); for durations, sets,
   * references, decades and seasons the TimeML value (`P2W`, `P1D`, `PRESENT_REF`, `199`, `2022-SU`).
   */
  readonly value: string;
  readonly granularity: TimeGranularity;
  /** False when the year was taken from the reference date rather than the text. */
  readonly yearStated: boolean;
  readonly reference?: string;
}

export interface SpeakerRef {
  readonly span: Span;
  readonly text: string;
  readonly vague: boolean;
  /** The named speaker a pronoun or role stands for, when it could be resolved. */
  readonly resolvesTo?: string;
  readonly entity?: string;
}

export interface Attribution extends Traced {
  readonly cue: { readonly span: Span; readonly text: string };
  readonly speaker: SpeakerRef;
  readonly content: Span;
  /** Index of the enclosing attribution when nested ("according to ISW, Shoigu said ..."). */
  readonly parent?: number;
}

/** ICD 203 estimative-probability bands. */
export const bands = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even',
  'likely',
  'very likely',
  'almost certain',
] as const;
export type Band = (typeof bands)[number];

export type Polarity = 'positive' | 'negative';

export interface Certainty extends Traced {
  readonly band: Band;
  readonly probability: number;
  readonly polarity: Polarity;
  /** What the hedge or negation governs. */
  readonly scope: Span;
}

export interface Claim {
  readonly span: Span;
  readonly text: string;
  readonly subject?: string;
  readonly predicate: string;
  readonly quantity?: number;
  readonly polarity: Polarity;
  readonly band?: Band;
  readonly probability?: number;
  readonly attribution?: number;
  readonly time?: number;
  readonly mentions: readonly number[];
  readonly rule: string;
  /** The clause this claim covers, when its sentence holds several ("X left, but Y stayed"). */
  readonly clause?: Span;
  /** Index into `mentions` of the subject, when the subject names one. */
  readonly subjectMention?: number;
  /**
   * The main verb's lemma ("send" for "did not send", "form" for "is forming"; a copula with its
   * complement, "be ready"), also where the predicate is a measure.
   */
  readonly lemma?: string;
  /** The main verb's token (the head of "has not been sent"). */
  readonly verb?: Span;
  readonly voice?: 'active' | 'passive';
  /** The "by" phrase of a passive ("deployed by Russia"), and its mention when it names one. */
  readonly agent?: string;
  readonly agentMention?: number;
  /** True when the sentence has no main verb (a caption, a list item): the claim holds only its figure. */
  readonly fragment?: boolean;
}

export interface Annotations {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeExpr[];
  readonly attributions: readonly Attribution[];
  /**
   * Attitudes: what a source wants, fears, backs or opposes ("X wants to V", "X endorsed Y"), read
   * like attributions (holder as speaker, verb as cue, what it is about as content) but kept apart
   * from them: an attitude is not a statement, so claims, origins and disputes never read it as one.
   */
  readonly attitudes: readonly Attribution[];
  readonly certainty: readonly Certainty[];
  readonly claims: readonly Claim[];
}

export type Layer = keyof Annotations;
