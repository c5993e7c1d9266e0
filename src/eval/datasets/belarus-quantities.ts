import { type BelarusGoldEntry, findAll, loadBelarusGold } from '../gold/belarus.js';
import { compromiseFigures } from '../peers/compromise-number.js';
import { recognizersFigures } from '../peers/recognizers-number.js';
import { type DatasetResult, type EvalDataset, Tally } from '../prf.js';
import { type Figure, type FigureSystem, sameValue, sitrepFigures } from './quantity-figures.js';

const systems: Record<string, FigureSystem> = {
  sitrep: sitrepFigures,
  'recognizers-text': recognizersFigures,
  compromise: compromiseFigures,
};

/**
 * Quantities on the seed gold, by the gold file's rule: a prediction matches a gold item when its span
 * overlaps an occurrence of the gold text and its value (or low and high) is equal; each gold item and
 * each prediction is used once. `quantities` counts matches; `quantity-kind` also needs the kind right.
 */
export const belarusQuantities: EvalDataset = {
  name: 'belarus-2022-12',
  needs: 'gold/belarus-2022-12.json',
  async run() {
    const gold = loadBelarusGold();
    const result: DatasetResult = {};
    for (const [system, find] of Object.entries(systems)) {
      const matched = new Tally();
      const typed = new Tally();
      for (const entry of gold) {
        const predictions = find(entry.text);
        const { pairs, goldCount } = match(entry, predictions);
        const kindsRight = pairs.filter(([p, g]) => p.kind === g).length;
        matched.add(pairs.length, predictions.length - pairs.length, goldCount - pairs.length);
        typed.add(kindsRight, predictions.length - kindsRight, goldCount - kindsRight);
      }
      result[system] = { quantities: matched.score(), 'quantity-kind': typed.score() };
    }
    return result;
  },
};

/** Greedy one-to-one matching of predictions to gold items; pairs carry the gold kind. */
function match(entry: BelarusGoldEntry, predictions: readonly Figure[]) {
  const used = new Set<Figure>();
  const pairs: [Figure, string][] = [];
  const items = entry.gold.quantities;
  for (const g of items) {
    const spans = findAll(entry.text, g.text);
    const hit = predictions.find(
      (p) => !used.has(p) && spans.some((s) => p.start < s.end && s.start < p.end) && sameValue(p, g),
    );
    if (hit) {
      used.add(hit);
      pairs.push([hit, g.kind]);
    }
  }
  return { pairs, goldCount: items.length };
}
