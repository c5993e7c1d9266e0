import type { Quantity } from '../../core/index.js';
import { applyRules } from '../rules.js';
import type { Candidate } from './candidate.js';
import { quantityConfiguration } from './configuration.js';
import { directions } from './direction.js';
import { lex } from './lexer.js';
import type { PosLookup, ScanContext } from './scan-context.js';

/** Finds the quantities in `text`; `posAt` maps token start offsets to wink-nlp parts of speech. */
export function extractQuantities(text: string, posAt: PosLookup = new Map()): Quantity[] {
  const toks = lex(text);
  const lowers = toks.map((t) => text.slice(t.start, t.end).toLowerCase());
  const ctx: ScanContext = { text, toks, lowers, posAt };
  return withDirections(
    text,
    applyRules(ctx, quantityConfiguration).map((c) => toQuantity(ctx, c)),
  );
}

/** Years and ordinals are no figures: they carry no direction and do not pass one on. */
function withDirections(text: string, quantities: Quantity[]): Quantity[] {
  const figures = quantities.filter((q) => q.kind !== 'year' && q.kind !== 'ordinal');
  const directed = new Map(directions(text, figures).map((d, k) => [figures[k], d]));
  return quantities.map((q) => {
    const direction = directed.get(q);
    return direction ? { ...q, direction } : q;
  });
}

function toQuantity(ctx: ScanContext, c: Candidate): Quantity {
  const start = ctx.toks[c.first]?.start ?? 0;
  const end = ctx.toks[c.last]?.end ?? start;
  return {
    span: { start, end },
    text: ctx.text.slice(start, end),
    rule: c.rules.join('+'),
    kind: c.kind,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.low !== undefined ? { low: c.low } : {}),
    ...(c.high !== undefined ? { high: c.high } : {}),
    ...(c.qualifier ? { qualifier: c.qualifier } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.currency ? { currency: c.currency } : {}),
    ...(c.thing ? { thing: c.thing } : {}),
    ...(c.measureKey ? { measureKey: c.measureKey } : {}),
  };
}
