import type { Token } from '../../core/index.js';
import type { Tok } from '../token-view.js';

/** The tokens the claim rules read, with their lemmas (the lowercase surface where no lemma was given). */
export interface ClauseView {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** The tokens layer (same indices as `toks`), for lemmas. */
  readonly tokens: readonly Token[];
}

/** A range of token indices [first, last). */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

export const lemmaAt = (v: ClauseView, k: number): string => v.tokens[k]?.lemma ?? v.toks[k]?.lower ?? '';

/** The text of a token range (empty when the range is). */
export function rangeText(v: ClauseView, r: TokenRange): string {
  const a = v.toks[r.first];
  const b = v.toks[r.last - 1];
  return a && b && r.last > r.first ? v.text.slice(a.start, b.end) : '';
}

/** Commas, brackets, quotes and spaced dashes end the segments a subject is looked for in. */
export const isSeparator = (v: ClauseView, k: number): boolean => {
  const t = v.toks[k];
  if (!t || (t.pos !== 'PUNCT' && t.pos !== 'SYM')) return false;
  if (t.text !== '-') return true;
  return /\s/.test(v.text[t.start - 1] ?? ' ');
};

/** Is token `k` glued to a hyphen before it ("Washington-based")? */
export const glued = (v: ClauseView, k: number): boolean => {
  const before = v.toks[k - 1];
  return before !== undefined && before.text === '-' && before.end === v.toks[k]?.start;
};
