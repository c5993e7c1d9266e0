import type { Sentence, Token } from '../../core/index.js';

/** A token with its surface, lowercased for matching; `pos` is 'X' when no tagger ran. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
}

/** A sentence as a range of token indices [first, last). */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
}

export interface TokenView {
  readonly toks: readonly Tok[];
  readonly sentences: readonly SentenceRange[];
}

// Letters with marks, apostrophes and hyphens inside; digits; any other single non-space character.
const fallbackToken = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/**
 * Tokens and sentences in one flat view that the attribution, certainty and claim rules share.
 * When the tokens or sentences layers are empty (a stage run alone), a plain tokenizer and one
 * sentence per line stand in, so the rules degrade instead of failing.
 */
export function tokenView(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): TokenView {
  if (last && last.text === text && last.sentences === sentences && last.tokens === tokens) return last.view;
  const view = buildView(text, sentences, tokens);
  last = { text, sentences, tokens, view };
  return view;
}

/**
 * The attribution, certainty and claim stages each ask for the view of the same layers in turn:
 * the last one is kept (the layers are immutable, so the same arrays mean the same view).
 */
let last:
  | {
      readonly text: string;
      readonly sentences: readonly Sentence[];
      readonly tokens: readonly Token[];
      readonly view: TokenView;
    }
  | undefined;

function buildView(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): TokenView {
  const lower = lowered(text);
  const toks: Tok[] =
    tokens.length > 0 ? tokens.map((t) => toTok(text, lower, t.span.start, t.span.end, t.pos)) : [];
  if (toks.length === 0) {
    for (const m of text.matchAll(fallbackToken))
      toks.push(toTok(text, lower, m.index, m.index + m[0].length, 'X'));
  }
  const spans = sentences.length > 0 ? sentences.map((s) => s.span) : lines(text);
  const out: SentenceRange[] = [];
  let i = 0;
  for (const span of spans) {
    while (i < toks.length && (toks[i]?.start ?? 0) < span.start) i++;
    const first = i;
    while (i < toks.length && (toks[i]?.end ?? 0) <= span.end) i++;
    if (i > first) out.push({ start: span.start, end: span.end, first, last: i });
  }
  return { toks, sentences: out };
}

/**
 * The text lowercased once with ’ as ', so each token's lower form is a slice of it (lowercasing
 * every token on its own was most of this view's cost). Only when that gives the same strings:
 * lowercasing keeps offsets unless a character grows (İ, caught by the length test), depends on its
 * neighbours (final Σ) or is a cased letter outside the BMP (a token edge could split its
 * surrogates; these are the high surrogates of all such letters); otherwise null, and each token is
 * lowercased on its own. `includes` for each, as one regular expression cost more than the lowercasing.
 */
const unsafeToLowerAtOnce = ['Σ', '\ud801', '\ud803', '\ud806', '\ud81b', '\ud83a'];

function lowered(text: string): string | null {
  if (unsafeToLowerAtOnce.some((c) => text.includes(c))) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function toTok(text: string, lowerText: string | null, start: number, end: number, pos: string): Tok {
  const surface = text.slice(start, end);
  if (lowerText !== null) return { start, end, text: surface, lower: lowerText.slice(start, end), pos };
  const lower = surface.toLowerCase();
  return { start, end, text: surface, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, pos };
}

function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Does the token sequence starting at `at` spell `words` (lowercase)? */
export function matchesAt(
  toks: readonly Tok[],
  at: number,
  words: readonly string[],
  limit: number,
): boolean {
  if (at + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) if (toks[at + k]?.lower !== words[k]) return false;
  return true;
}

export const isPunct = (t: Tok | undefined): boolean =>
  t !== undefined && (t.pos === 'PUNCT' || t.pos === 'SYM' || /^[^\p{L}\p{N}]+$/u.test(t.text));
