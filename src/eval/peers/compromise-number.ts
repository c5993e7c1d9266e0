import nlp from 'compromise';
import type { Figure, FigureSystem } from '../datasets/quantity-figures.js';

interface CompromiseNumber {
  readonly text: string;
  readonly offset?: { readonly start: number; readonly length: number };
  readonly number?: { readonly num?: number; readonly unit?: string; readonly prefix?: string };
}

const currencyUnit: Record<string, string> = {
  $: 'dollar',
  '€': 'euro',
  '£': 'pound sterling',
  '¥': 'japanese yen',
};

/**
 * compromise as a quantity extractor: `numbers()` for every figure, typed as money or percent when
 * `money()` or `percentages()` covers it; the unit is compromise's own (`number.unit`).
 */
export const compromiseFigures: FigureSystem = (text) => {
  const doc = nlp(text);
  const json = (view: { json: (o: object) => unknown }): CompromiseNumber[] =>
    view.json({ offset: true }) as CompromiseNumber[];
  const spans = (items: CompromiseNumber[]) => items.flatMap((m) => (m.offset ? [m.offset] : []));
  const money = spans(json(doc.money()));
  const percents = spans(json(doc.percentages()));
  const inside = (set: { start: number; length: number }[], start: number) =>
    set.some((s) => s.start <= start && start < s.start + s.length);
  const out: Figure[] = [];
  for (const m of json(doc.numbers())) {
    const num = m.number?.num;
    if (!m.offset || num === undefined || !Number.isFinite(num)) continue;
    const { start, length } = m.offset;
    const sign = Object.keys(currencyUnit).find((s) => m.text.includes(s) || text[start - 1] === s);
    const isMoney = inside(money, start) || sign !== undefined;
    const isPercent = inside(percents, start) || m.text.includes('%');
    const unit = isMoney
      ? (currencyUnit[sign ?? '$'] ?? 'dollar')
      : isPercent
        ? 'percentage'
        : m.number?.unit || '-';
    out.push({
      start,
      end: start + length,
      value: num,
      kind: isMoney ? 'money' : isPercent ? 'percent' : 'count',
      unit,
    });
  }
  return out;
};
