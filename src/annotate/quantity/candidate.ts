import type { Qualifier, QuantityKind } from '../../core/index.js';
import type { Parser as RulesParser, Refiner as RulesRefiner } from '../rules.js';
import type { ScanContext } from './scan-context.js';

/** Fields a parser or refiner may set; everything not given is undefined. */
export interface CandidateInit {
  readonly first: number;
  readonly last: number;
  readonly n0: number;
  readonly n1: number;
  readonly kind: QuantityKind;
  readonly value?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  /** The scale word applied to the number ("million"), so a bare lower bound of a range can share it. */
  readonly scale?: number | undefined;
  /** Written in words or a vague plural ("hundreds"), not in digits. */
  readonly words?: boolean | undefined;
  readonly qualifier?: Qualifier | undefined;
  readonly unit?: string | undefined;
  readonly currency?: string | undefined;
  readonly thing?: string | undefined;
  readonly measureKey?: string | undefined;
  /** The rules that made and refined it, in order. */
  readonly rules: readonly string[];
}

/**
 * A figure found in the text, before refinement. Positions are token indices (inclusive): `first..last`
 * is the whole quantity (qualifier, currency, number, unit, thing), `n0..n1` the number itself.
 * Every field is always present (maybe undefined) so that all candidates share one shape: V8 copies
 * such objects fast, while spreading objects of varying shapes was the stage's main cost.
 */
export type Candidate = { readonly [K in keyof CandidateInit]-?: CandidateInit[K] };

export const candidate = (c: CandidateInit): Candidate => ({
  first: c.first,
  last: c.last,
  n0: c.n0,
  n1: c.n1,
  kind: c.kind,
  value: c.value,
  low: c.low,
  high: c.high,
  scale: c.scale,
  words: c.words,
  qualifier: c.qualifier,
  unit: c.unit,
  currency: c.currency,
  thing: c.thing,
  measureKey: c.measureKey,
  rules: c.rules,
});

/** Text -> candidates; one parser per way of writing a figure. */
export type Parser = RulesParser<ScanContext, Candidate>;

/** Candidates -> candidates: merge, extend, retype or drop. The order of refiners is data (configuration.ts). */
export type Refiner = RulesRefiner<ScanContext, Candidate>;

/** Kinds that are figures about the world; years and ordinals are typed but are not counts. */
export const isFigure = (c: { readonly kind: QuantityKind }): boolean =>
  c.kind !== 'year' && c.kind !== 'ordinal';

/** A copy of `c` with some fields changed and `rule` appended to its rules. */
export const withRule = (
  c: Candidate,
  rule: string,
  change: Partial<Omit<CandidateInit, 'rules'>>,
): Candidate =>
  candidate({
    first: change.first ?? c.first,
    last: change.last ?? c.last,
    n0: change.n0 ?? c.n0,
    n1: change.n1 ?? c.n1,
    kind: change.kind ?? c.kind,
    value: change.value ?? c.value,
    low: change.low ?? c.low,
    high: change.high ?? c.high,
    scale: change.scale ?? c.scale,
    words: change.words ?? c.words,
    qualifier: change.qualifier ?? c.qualifier,
    unit: change.unit ?? c.unit,
    currency: change.currency ?? c.currency,
    thing: change.thing ?? c.thing,
    measureKey: change.measureKey ?? c.measureKey,
    rules: [...c.rules, rule],
  });
