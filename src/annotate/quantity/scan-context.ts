import type { Tok } from './lexer.js';

/** What parsers and refiners read: the text, its tokens and wink-nlp's part of speech by offset. */
export interface ScanContext {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Each token's surface in lower case, made once (parsers and refiners ask for it many times). */
  readonly lowers: readonly string[];
  readonly posAt: PosLookup;
}

/** wink-nlp's part of speech by token start offset (a Map will do). */
export interface PosLookup {
  get(start: number): string | undefined;
}

/** The surface of token `i`, or '' outside the text. */
export const surface = (ctx: ScanContext, i: number): string => {
  const t = ctx.toks[i];
  return t ? ctx.text.slice(t.start, t.end) : '';
};

export const lower = (ctx: ScanContext, i: number): string => ctx.lowers[i] ?? '';

/** True when token `i` starts right where token `i - 1` ends (no space between them). */
export const glued = (ctx: ScanContext, i: number): boolean => {
  const a = ctx.toks[i - 1];
  const b = ctx.toks[i];
  return a !== undefined && b !== undefined && a.end === b.start;
};

/**
 * True when tokens `i - 1` and `i` are next to each other: nothing or one space between them, or a
 * line break inside a paragraph (text wrapped at a fixed width: "at least\n94 T-72 tanks").
 */
export const near = (ctx: ScanContext, i: number): boolean => {
  const a = ctx.toks[i - 1];
  const b = ctx.toks[i];
  if (!a || !b) return false;
  const gap = b.start - a.end;
  if (gap === 0) return true;
  const between = ctx.text.slice(a.end, b.start);
  return between === ' ' || between === '\n' || (gap <= 3 && /^ ?\n ?$/.test(between));
};

export const isWord = (ctx: ScanContext, i: number): boolean => ctx.toks[i]?.type === 'word';
export const isNum = (ctx: ScanContext, i: number): boolean => ctx.toks[i]?.type === 'num';

/** The part of speech wink-nlp gave the token starting where token `i` starts, if any. */
export const posOf = (ctx: ScanContext, i: number): string | undefined => {
  const t = ctx.toks[i];
  return t ? ctx.posAt.get(t.start) : undefined;
};

/** The text of tokens `i..j` (inclusive) as written. */
export const between = (ctx: ScanContext, i: number, j: number): string => {
  const a = ctx.toks[i];
  const b = ctx.toks[j];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
};

/**
 * Longest phrase of 1..`max` near tokens starting at `i` whose surface is a key of `lookup`;
 * returns the index of its last token, or -1.
 */
export function longestAfter<T>(
  ctx: ScanContext,
  i: number,
  max: number,
  lookup: (s: string) => T | undefined,
) {
  let best: { last: number; value: T } | undefined;
  for (let j = i; j < i + max && j < ctx.toks.length; j++) {
    if (j > i && !near(ctx, j)) break;
    const value = lookup(between(ctx, i, j));
    if (value !== undefined) best = { last: j, value };
  }
  return best;
}

/** Longest phrase of 1..`max` near tokens ending at `j` whose surface is a key of `lookup`. */
export function longestBefore<T>(
  ctx: ScanContext,
  j: number,
  max: number,
  lookup: (s: string) => T | undefined,
) {
  let best: { first: number; value: T } | undefined;
  for (let i = j; i > j - max && i >= 0; i--) {
    if (i < j && !near(ctx, i + 1)) break;
    const value = lookup(between(ctx, i, j));
    if (value !== undefined) best = { first: i, value };
  }
  return best;
}
