import type { Direction } from '../../annotate/quantity/direction.js';
import { singular } from '../../annotate/quantity/singular.js';
import { quantityStage } from '../../annotate/stages/quantity.stage.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import type { Quantity, Token } from '../../core/index.js';

/** A figure any system found, reduced to what the quantity scorers compare. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly kind: string;
  /** The unit in NewsQuant's normalized form ("dollar", "percentage", a singular counted noun), or "-". */
  readonly unit: string;
  /** The rules that made it (sitrep only), e.g. "digits+range.falling". */
  readonly rule?: string;
  /** sitrep only: the qualifier ("about", "more than") and whether it is written as a change up or down. */
  readonly qualifier?: string;
  readonly direction?: Direction;
}

/** The systems compared on quantities: sitrep and its peers, each text -> figures. */
export type FigureSystem = (text: string) => Figure[];

/** sitrep: the sentence stage (for parts of speech) then the quantities stage; years and ordinals are not figures. */
export const sitrepFigures: FigureSystem = (text) => {
  const layers = sentenceStage.run(text, {}, {});
  const quantities = quantityStage.run(text, layers, {}).quantities ?? [];
  const figures = quantities.filter((q) => q.kind !== 'year' && q.kind !== 'ordinal');
  return figures.map((q) => toFigure(lemmatizedThing(text, q, layers.tokens ?? []), q.direction));
};

/**
 * NewsQuant writes a counted thing's adjectives as lemmas and leaves out adverbs of degree ("one of
 * the most gifted attackers" is "gifted attacker", "the best screens" "good screen"): the thing
 * rebuilt from the tagger's lemmas of its adjectives, its adverbs dropped.
 */
function lemmatizedThing(text: string, q: Quantity, tokens: readonly Token[]): Quantity {
  if (q.kind !== 'count' || !q.thing) return q;
  const start = text.indexOf(q.thing, q.span.start);
  if (start < 0) return q;
  const end = start + q.thing.length;
  let thing = '';
  let previousEnd = -1;
  for (const t of tokens) {
    if (t.span.start < start || t.span.end > end) continue;
    // Parts written together ("coal-fired") stay together.
    const glued = t.span.start === previousEnd;
    previousEnd = t.span.end;
    if (t.pos === 'ADV' && !glued) continue;
    const word = t.pos === 'ADJ' && t.lemma ? t.lemma : text.slice(t.span.start, t.span.end);
    thing += thing === '' || glued ? word : ` ${word}`;
  }
  return thing === '' ? q : { ...q, thing };
}

const toFigure = (q: Quantity, direction: Direction | undefined): Figure => ({
  start: q.span.start,
  end: q.span.end,
  ...(q.value !== undefined ? { value: q.value } : {}),
  ...(q.low !== undefined ? { low: q.low } : {}),
  ...(q.high !== undefined ? { high: q.high } : {}),
  kind: q.kind,
  unit: normalizedUnit(q),
  rule: q.rule,
  ...(q.qualifier ? { qualifier: q.qualifier } : {}),
  ...(direction ? { direction } : {}),
});

const unitNames: Record<string, string> = { mm: 'millimetre', percent: 'percentage' };

/** Our unit, currency or thing in NewsQuant's vocabulary (see the benchmark's README). */
export function normalizedUnit(q: Quantity): string {
  const unit = q.unit ? (unitNames[q.unit] ?? q.unit) : undefined;
  switch (q.kind) {
    case 'age':
      return `${unit ?? 'year'} of age`;
    case 'count':
      return q.thing ? singularLast(q.thing) : '-';
    default:
      return unit ?? '-';
  }
}

/** NewsQuant writes counted things without joining words or possessives: "kia hyundai vehicle". */
const joining = new Set(['and', 'or', 'of', 'the', '&']);

/** The phrase in lower case with its last word singular (taken as written, so "CDs" -> "cd"). */
const singularLast = (phrase: string): string => {
  const words = phrase
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter((w) => !joining.has(w.toLowerCase()));
  const last = words.pop() ?? '';
  return [...words, singular(last)].join(' ').toLowerCase();
};

/** Equal within NewsQuant's relative tolerance (1e-5); the Belarus gold uses the same test. */
export const sameNumber = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));

interface Valued {
  readonly value?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
}

export const sameValue = (p: Valued, g: Valued): boolean =>
  g.value !== undefined
    ? sameNumber(p.value, g.value)
    : sameNumber(p.low, g.low) && sameNumber(p.high, g.high);
