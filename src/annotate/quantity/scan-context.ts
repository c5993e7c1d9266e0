import { NUM, type Toks, WORD } from './lexer.js';

/** What parsers and refiners read: the text, its tokens and wink-nlp's part of speech by offset. */
export interface ScanContext {
  readonly text: string;
  readonly toks: Toks;
  /** Each token's surface, and in lower case: one string per distinct surface, made once. */
  readonly surfaces: readonly string[];
  readonly lowers: readonly string[];
  readonly posAt: PosLookup;
}

/** wink-nlp's part of speech by token start offset (a Map will do), and its lemma when known. */
export interface PosLookup {
  get(start: number): string | undefined;
  lemma?(start: number): string | undefined;
}

/** The surface of token `i`, or '' outside the text. */
export const surface = (ctx: ScanContext, i: number): string => ctx.surfaces[i] ?? '';

export const lower = (ctx: ScanContext, i: number): string => ctx.lowers[i] ?? '';

/** True when token `i` starts right where token `i - 1` ends (no space between them). */
export const glued = (ctx: ScanContext, i: number): boolean => {
  const end = ctx.toks.ends[i - 1];
  return end !== undefined && end === ctx.toks.starts[i];
};

/**
 * True when tokens `i - 1` and `i` are next to each other: nothing or one space between them, or a
 * line break inside a paragraph (text wrapped at a fixed width: "at least\n94 T-72 tanks").
 */
export const near = (ctx: ScanContext, i: number): boolean => {
  const end = ctx.toks.ends[i - 1];
  const start = ctx.toks.starts[i];
  if (end === undefined || start === undefined) return false;
  const gap = start - end;
  if (gap === 0) return true;
  const between = ctx.text.slice(end, start);
  return between === ' ' || between === '\n' || (gap <= 3 && /^ ?\n ?$/.test(between));
};

export const isWord = (ctx: ScanContext, i: number): boolean => ctx.toks.types[i] === WORD;
export const isNum = (ctx: ScanContext, i: number): boolean => ctx.toks.types[i] === NUM;

/** The part of speech wink-nlp gave the token starting where token `i` starts, if any. */
export const posOf = (ctx: ScanContext, i: number): string | undefined => {
  const start = ctx.toks.starts[i];
  return start === undefined ? undefined : ctx.posAt.get(start);
};

/** The lemma wink-nlp gave the token starting where token `i` starts, else its lower case form. */
export const lemmaOf = (ctx: ScanContext, i: number): string => {
  const start = ctx.toks.starts[i];
  return (start === undefined ? undefined : ctx.posAt.lemma?.(start)) ?? lower(ctx, i);
};

/** The text of tokens `i..j` (inclusive) as written. */
export const between = (ctx: ScanContext, i: number, j: number): string => {
  if (i === j) return surface(ctx, i);
  const start = ctx.toks.starts[i];
  const end = ctx.toks.ends[j];
  return start !== undefined && end !== undefined ? ctx.text.slice(start, end) : '';
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
