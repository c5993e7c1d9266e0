import type { Parser as RulesParser, Refiner as RulesRefiner } from '../rules.js';
import type { StageContext } from '../stage.js';

/**
 * The working record of the time stage, in the chrono-node style: parsers make candidates,
 * ordered refiners rewrite them, and only the last step formats a `TimeExpr`.
 */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A calendar point at some grain; fields finer than the grain are ignored. */
export interface Point {
  readonly grain: Grain;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
}

/**
 * How the value was anchored:
 * - `absolute`: every field comes from the text;
 * - `relative`: computed from the reference by chrono ("yesterday", "two years ago");
 * - `year-implied`: month (and day) stated, the year still to choose ("in October");
 * - `weekday`: a bare weekday, the date still to choose ("on Saturday").
 */
export type LiteralGranularity = 'duration' | 'set' | 'ref' | 'decade' | 'season' | 'week';

export type Anchor = 'absolute' | 'relative' | 'year-implied' | 'weekday';

export interface TimeCandidate {
  readonly start: number;
  readonly end: number;
  readonly from: Point;
  /** End of a closed range ("from October to December"); absent for a single point. */
  readonly to?: Point;
  /** `after`: open-ended from `from` ("since June"); `before`: up to `to` with no start. */
  readonly open?: 'after' | 'before';
  readonly anchor: Anchor;
  /** For `weekday` anchors: 0 = Sunday ... 6 = Saturday. */
  readonly weekday?: number;
  readonly yearStated: boolean;
  /**
   * A value that is no calendar point, written as TimeML writes it: a duration (`P2W`), a set
   * (`P1D` for "daily"), a reference to the present, past or future (`PRESENT_REF`), a decade
   * (`199`), a season (`2022-SU`) or a weekend (`2022-W48-WE`). `from` is then a placeholder the refiners leave alone.
   */
  readonly literal?: { readonly value: string; readonly granularity: LiteralGranularity };
  /** The parser that found it, then each refiner that changed it, joined by `+`. */
  readonly rule: string;
}

/** What the time parsers and refiners read besides the candidates. */
export interface TimeContext {
  readonly text: string;
  /** ISO `YYYY-MM-DD`, or undefined when the document's date is unknown. */
  readonly reference?: string;
  readonly report?: StageContext['report'];
}

export type Parser = RulesParser<TimeContext, TimeCandidate>;
export type Refiner = RulesRefiner<TimeContext, TimeCandidate>;

export const withRule = (c: TimeCandidate, rule: string): string => `${c.rule}+${rule}`;

/** A literal candidate (see `TimeCandidate.literal`) over `start`..`end`. */
export const literalCandidate = (
  start: number,
  end: number,
  value: string,
  granularity: LiteralGranularity,
  rule: string,
): TimeCandidate => ({
  start,
  end,
  from: { grain: 'year', year: 0 },
  anchor: 'absolute',
  yearStated: false,
  literal: { value, granularity },
  rule,
});
