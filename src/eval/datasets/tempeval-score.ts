import type { Span } from '../../core/index.js';
import { Tally } from '../prf.js';
import type { Timex } from './tempeval-timeml.js';

export interface TimemlPrediction {
  readonly span: Span;
  readonly value: string;
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** TempEval-3 task A counts: strict (same span), relaxed (overlap, one to one), value (relaxed and equal value). */
export class TempevalTally {
  readonly strict = new Tally();
  readonly relaxed = new Tally();
  readonly value = new Tally();

  add(predicted: readonly TimemlPrediction[], gold: readonly Timex[]): void {
    const used = new Set<number>();
    let relaxed = 0;
    let strict = 0;
    let value = 0;
    for (const g of gold) {
      const i = predicted.findIndex((p, k) => !used.has(k) && overlap(p.span, g.span));
      const p = predicted[i];
      if (!p) continue;
      used.add(i);
      relaxed++;
      if (p.span.start === g.span.start && p.span.end === g.span.end) strict++;
      if (p.value === g.value) value++;
    }
    const n = predicted.length;
    this.relaxed.add(relaxed, n - relaxed, gold.length - relaxed);
    this.strict.add(strict, n - strict, gold.length - strict);
    this.value.add(value, n - value, gold.length - value);
  }
}
