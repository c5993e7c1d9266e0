import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sharedPath } from '../../core/index.js';
import { compromiseFigures } from '../peers/compromise-number.js';
import { recognizersFigures } from '../peers/recognizers-number.js';
import { type DatasetResult, type EvalDataset, Tally } from '../prf.js';
import { type Figure, type FigureSystem, sameNumber, sitrepFigures } from './quantity-figures.js';

const file = z.array(
  z.object({
    text: z.string(),
    quantities: z.array(z.object({ value: z.string(), normalized_unit: z.string(), change: z.string() })),
  }),
);

interface GoldQuantity {
  readonly low: number;
  readonly high?: number;
  readonly unit: string;
  readonly change: string;
}

const categories = ['value', 'value+unit', 'value+change'] as const;
type Category = (typeof categories)[number];

/** sitrep's figures in NewsQuant's conventions (see `asNewsQuant`). */
export const sitrepNewsQuant: FigureSystem = (text) =>
  sitrepFigures(text).flatMap((f) => asNewsQuant(text, f));

const systems: Record<string, FigureSystem> = {
  sitrep: sitrepNewsQuant,
  'recognizers-text': recognizersFigures,
  compromise: compromiseFigures,
};

/**
 * NewsQuant (dev part), scored as the paper's evaluate_models.py does: per sentence, a predicted
 * value matches a gold value (ranges as pairs, relative tolerance 1e-5; each gold used once);
 * `value+unit` also needs the normalized unit (lower case) to be equal, `value+change` the change
 * operator (see `changeOf`; the peers say no qualifier or direction, so theirs is always "=").
 * Micro-averaged.
 */
export const newsquant: EvalDataset = {
  name: 'newsquant',
  needs: 'benchmarks/newsquant/newsquant-dev.json',
  async run() {
    const sentences = file.parse(
      JSON.parse(readFileSync(sharedPath('benchmarks', 'newsquant', 'newsquant-dev.json'), 'utf8')),
    );
    const result: DatasetResult = {};
    for (const [system, find] of Object.entries(systems)) {
      const tallies = categories.map((category) => ({ category, tally: new Tally() }));
      for (const sentence of sentences) {
        const gold = sentence.quantities.map(parseGold);
        const predicted = find(sentence.text);
        for (const { category, tally } of tallies) {
          const tp = count(predicted, gold, category);
          tally.add(tp, predicted.length - tp, gold.length - tp);
        }
      }
      result[system] = Object.fromEntries(tallies.map(({ category, tally }) => [category, tally.score()]));
    }
    return result;
  },
};

function parseGold(q: { value: string; normalized_unit: string; change: string }): GoldQuantity {
  const range = /^(-?[\d.]+(?:e[+-]?\d+)?)-(-?[\d.]+(?:e[+-]?\d+)?)$/i.exec(q.value);
  const unit = q.normalized_unit.toLowerCase();
  const { change } = q;
  return range
    ? { low: Number(range[1]), high: Number(range[2]), unit, change }
    : { low: Number(q.value), unit, change };
}

/** True positives in one sentence: each gold item matched at most once. */
function count(predicted: readonly Figure[], gold: readonly GoldQuantity[], category: Category): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const k = gold.findIndex((g, i) => !used.has(i) && sameGold(p, g) && sameExtra(p, g, category));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return tp;
}

function sameExtra(p: Figure, g: GoldQuantity, category: Category): boolean {
  switch (category) {
    case 'value':
      return true;
    case 'value+unit':
      return g.unit === p.unit.toLowerCase();
    case 'value+change':
      return g.change === changeOf(p);
  }
}

const sameGold = (p: Figure, g: GoldQuantity): boolean =>
  g.high === undefined ? sameNumber(p.value, g.low) : sameNumber(p.low, g.low) && sameNumber(p.high, g.high);

/**
 * NewsQuant's writing conventions, which differ from sitrep's: a change or a score is a pair in the
 * order written ("from 4.8 to 4.7" is 4.8-4.7, "a 9-2 lead" 9-2; sitrep sorts them and says
 * `range.falling` or `range.score`), and a tied score ("89-89") is not annotated; an order of
 * magnitude has an exclusive upper end ("hundreds" is 100-1000, sitrep's 100-999); a duration used
 * as a hyphenated modifier ("a five-year award") is not annotated; a share ("a third of those
 * asked", "one in five voters", "2/3 of seats") has the unit "%" and what it is a share of ("% voter").
 */
export function asNewsQuant(text: string, f: Figure): Figure[] {
  const rules = f.rule?.split('+') ?? [];
  if (shareRules.has(rules[0] ?? '') && f.kind === 'count' && (f.value ?? 1) < 1)
    return [{ ...f, unit: `% ${f.unit}` }];
  if (f.kind === 'duration' && hyphenatedModifier.test(text.slice(f.start, f.end))) return [];
  if (f.low === undefined || f.high === undefined) return [f];
  if (rules.includes('range.score') && f.low === f.high) return [];
  if (rules.includes('range.falling') || rules.includes('range.score'))
    return [{ ...f, low: f.high, high: f.low }];
  if (rules[0] === 'vague') return [{ ...f, high: f.high + 1 }];
  return [f];
}

/** Shares of a whole, in words or digits ("two thirds of", "2/3 of"); "1/2 pound" is a measure and "1 1/2 cups" a count. */
const shareRules = new Set(['words.fraction', 'digits.fraction']);

const hyphenatedModifier = /^[\p{L}\d.,]+-\p{L}+$/u;

/** NewsQuant's change operators for our qualifiers; a qualifier wins over a direction ("up about 19%" is "~"). */
const operators: Record<string, string> = {
  about: '~',
  nearly: '~',
  almost: '~',
  'more than': '>',
  over: '>',
  'at least': '>',
  'less than': '<',
  'up to': '<',
  'at most': '<',
};

/** The change operator of a figure: "~", ">", "<" from its qualifier, "up" / "down" from its direction, else "=". */
export const changeOf = (f: Figure): string =>
  (f.qualifier !== undefined ? operators[f.qualifier] : undefined) ?? f.direction ?? '=';
