import type { Annotations, Certainty, Span } from '../../core/index.js';
import { contains } from '../../core/index.js';

type Inputs = Pick<Annotations, 'quantities' | 'times' | 'attributions' | 'certainty'>;

const countable = new Set(['count', 'measure', 'money', 'percent', 'rate', 'duration']);
const inside = (s: Span, x: Span): boolean => s.start <= x.start && x.start < s.end;

/** What a clause links to, chosen among the items of its sentence (indices into the layers). */
export interface ClauseLinks {
  readonly quantity?: number;
  readonly attribution?: number;
  readonly estimate?: Certainty;
  readonly time?: number;
}

/**
 * The links of a clause: the first countable figure in it; the report whose cue is in it or whose
 * content covers it; the first estimate in it or whose scope covers it; the first calendar date in
 * it, else the sentence's first (a date early in a sentence dates all its clauses).
 */
export function clauseLinks(
  a: Inputs,
  clause: Span,
  items: {
    readonly quantities: readonly number[];
    readonly attributions: readonly number[];
    readonly certainty: readonly number[];
    readonly times: readonly number[];
  },
): ClauseLinks {
  const out: { -readonly [K in keyof ClauseLinks]: ClauseLinks[K] } = {};
  for (const i of items.quantities) {
    const q = a.quantities[i];
    if (q && countable.has(q.kind) && inside(clause, q.span)) {
      out.quantity = i;
      break;
    }
  }
  const attribution =
    items.attributions.find((i) => {
      const cue = a.attributions[i]?.cue.span;
      return cue !== undefined && inside(clause, cue);
    }) ??
    items.attributions.find((i) => {
      const c = a.attributions[i]?.content;
      return c !== undefined && c.start <= clause.start && clause.start < c.end;
    });
  if (attribution !== undefined) out.attribution = attribution;
  for (const i of items.certainty) {
    const c = a.certainty[i];
    if (c && inside(clause, c.span)) out.estimate = c;
    if (out.estimate) break;
  }
  if (!out.estimate)
    for (const i of items.certainty) {
      const c = a.certainty[i];
      if (c && contains(c.scope, { start: clause.start, end: clause.start })) {
        out.estimate = c;
        break;
      }
    }
  const time =
    items.times.find((i) => {
      const t = a.times[i];
      return t !== undefined && inside(clause, t.span);
    }) ?? items.times[0];
  if (time !== undefined) out.time = time;
  return out;
}
