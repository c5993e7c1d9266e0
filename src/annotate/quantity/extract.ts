import type { Quantity } from '../../core/index.js';
import { applyRules } from '../rules.js';
import type { Candidate } from './candidate.js';
import { quantityConfiguration } from './configuration.js';
import { directions } from './direction.js';
import { lex, type Toks } from './lexer.js';
import type { PosLookup, ScanContext } from './scan-context.js';

/** Finds the quantities in `text`; `posAt` maps token start offsets to wink-nlp parts of speech. */
export function extractQuantities(text: string, posAt: PosLookup = new Map()): Quantity[] {
  const toks = lex(text);
  const ctx: ScanContext = { text, toks, ...forms(text, toks), posAt };
  return withDirections(
    text,
    applyRules(ctx, quantityConfiguration).map((c) => toQuantity(ctx, c)),
  );
}

/**
 * Each token's surface and lower case form, one string each per distinct surface: a long text
 * repeats its words, and a string per token, all alive through the stage, made the collector's work
 * grow faster than the text. Parsers and refiners read surfaces many times; none is sliced again.
 */
function forms(text: string, toks: Toks): { surfaces: string[]; lowers: string[] } {
  const known = new Map<string, { surface: string; lower: string }>();
  const surfaces: string[] = [];
  const lowers: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const surface = text.slice(toks.starts[i], toks.ends[i]);
    let form = known.get(surface);
    if (form === undefined) {
      form = { surface, lower: surface.toLowerCase() };
      known.set(surface, form);
    }
    surfaces.push(form.surface);
    lowers.push(form.lower);
  }
  return { surfaces, lowers };
}

/** Years and ordinals are no figures: they carry no direction and do not pass one on. */
function withDirections(text: string, quantities: Quantity[]): Quantity[] {
  const figures = quantities.filter((q) => q.kind !== 'year' && q.kind !== 'ordinal');
  const found = directions(text, figures);
  // `figures` keeps the order of `quantities`: walk both together instead of a map of every figure.
  let k = 0;
  return quantities.map((q) => {
    if (figures[k] !== q) return q;
    const direction = found[k++];
    return direction ? { ...q, direction } : q;
  });
}

/**
 * Fields are set one by one, in the order of the record, instead of spreading an object per optional
 * field: every quantity then shares a few shapes, and the many temporary objects are not made.
 */
function toQuantity(ctx: ScanContext, c: Candidate): Quantity {
  const start = ctx.toks.starts[c.first] ?? 0;
  const end = ctx.toks.ends[c.last] ?? start;
  const q: { -readonly [K in keyof Quantity]: Quantity[K] } = {
    span: { start, end },
    text: ctx.text.slice(start, end),
    rule: c.rules.join('+'),
    kind: c.kind,
  };
  if (c.value !== undefined) q.value = c.value;
  if (c.low !== undefined) q.low = c.low;
  if (c.high !== undefined) q.high = c.high;
  if (c.qualifier) q.qualifier = c.qualifier;
  if (c.unit) q.unit = c.unit;
  if (c.currency) q.currency = c.currency;
  if (c.thing) q.thing = c.thing;
  if (c.measureKey) q.measureKey = c.measureKey;
  return q;
}
