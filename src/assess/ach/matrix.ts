import type { Polarity } from '../../core/index.js';
import { balanceOf } from '../indicator/balance.js';
import { directionOf, type Question } from '../question/index.js';
import type {
  AchCell,
  AchItem,
  AchMatrix,
  AnalystDecision,
  EvidencePiece,
  IndicatorReport,
} from '../types.js';
import { cellOverrides, cellTarget } from './decisions.js';
import { codeOf, flip, inconsistencyOf, signedValueOf } from './grades.js';

interface ItemSeed {
  readonly id: string;
  readonly label: string;
  readonly indicator: string;
  readonly polarity: Polarity;
  readonly pieces: readonly EvidencePiece[];
  /** The share of the indicator's reports (by origin and recency) on this item's side: 1 when none contradict it. */
  readonly share: number;
}

/** One item per indicator and polarity: what was seen, and what was reported absent. */
function seeds(reports: readonly IndicatorReport[]): ItemSeed[] {
  return reports.flatMap((r) => {
    const balance = balanceOf(r.evidence);
    const total = balance.for + balance.against;
    return (['positive', 'negative'] as const).flatMap((polarity): ItemSeed[] => {
      const pieces = r.evidence.filter((p) => p.polarity === polarity);
      if (pieces.length === 0) return [];
      const negative = polarity === 'negative';
      return [
        {
          id: negative ? `not-${r.id}` : r.id,
          label: negative ? `No sign: ${r.name}` : r.name,
          indicator: r.id,
          polarity,
          pieces,
          share: total > 0 ? (negative ? balance.against : balance.for) / total : 1,
        },
      ];
    });
  });
}

/**
 * Heuer's ACH matrix: each cell suggested from the indicator's direction (flipped for evidence of
 * absence), an analyst's decision always winning; scores weigh inconsistency by credibility (a
 * single origin or mostly hedged reports weigh half; an item that the indicator's other side
 * outweighs weighs its share of the balance).
 */
export function achMatrix(
  question: Question,
  reports: readonly IndicatorReport[],
  decisions: readonly AnalystDecision[],
): AchMatrix {
  const overrides = cellOverrides(decisions);
  const items = seeds(reports).map((seed): AchItem => {
    const indicator = question.indicators.find((i) => i.id === seed.indicator);
    const origins = new Set(seed.pieces.map((p) => p.origin.key)).size;
    const lowCertainty = seed.pieces.filter((p) => p.hedged).length * 2 > seed.pieces.length;
    const singleOrigin = origins <= 1;
    const evidence = seed.pieces.map(({ document, span, text, sentence }) => ({
      document,
      span,
      text,
      sentence,
    }));
    const cells = question.hypotheses.map((h): AchCell => {
      const direction = indicator ? codeOf(directionOf(indicator, h.id)) : 'N';
      const suggested = seed.polarity === 'negative' ? flip(direction) : direction;
      const override = overrides.get(cellTarget(seed.id, h.id));
      return {
        hypothesis: h.id,
        grade: override?.grade ?? suggested,
        suggested,
        source: override ? 'analyst' : 'suggested',
        ...(override ? { decision: { who: override.who, at: override.at } } : {}),
        evidence,
      };
    });
    const values = cells.map((c) => signedValueOf(c.grade));
    return {
      id: seed.id,
      label: seed.label,
      indicator: seed.indicator,
      polarity: seed.polarity,
      origins,
      singleOrigin,
      lowCertainty,
      // A report that more (and later) origins contradict is less credible: it weighs its share.
      weight: ((singleOrigin || lowCertainty ? 0.5 : 1) * Math.round(seed.share * 100)) / 100,
      diagnosticity: (Math.max(...values) - Math.min(...values)) / 4,
      cells,
    };
  });
  const totals = question.hypotheses.map((h) => ({
    hypothesis: h.id,
    label: h.label,
    inconsistency: items.reduce((sum, item) => {
      const cell = item.cells.find((c) => c.hypothesis === h.id);
      return sum + (cell ? inconsistencyOf(cell.grade) * item.weight : 0);
    }, 0),
  }));
  const ranked = [...totals].sort((a, b) => b.inconsistency - a.inconsistency);
  const scores = totals.map((t) => ({
    ...t,
    rank: ranked.findIndex((r) => r.inconsistency === t.inconsistency) + 1,
  }));
  return { hypotheses: question.hypotheses.map((h) => ({ id: h.id, label: h.label })), items, scores };
}
