import type { Sentence, Token } from '../core/index.js';

/** A token with its surface, lowercased for matching, and its part of speech. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  /** The tagger's lemma, when it gave one. */
  readonly lemma?: string;
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

/**
 * Tokens and sentences in one flat view that the attribution, certainty and claim rules share,
 * built once by the sentence stage from its own layers (the working layer `tokenView`).
 */
export function tokenView(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): TokenView {
  const lower = lowered(text);
  const toks: Tok[] = tokens.map((t) => toTok(text, lower, t.span.start, t.span.end, t.pos, t.lemma));
  const out: SentenceRange[] = [];
  let i = 0;
  for (const { span } of sentences) {
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

function toTok(
  text: string,
  lowerText: string | null,
  start: number,
  end: number,
  pos: string,
  lemma: string | undefined,
): Tok {
  const surface = text.slice(start, end);
  const lower =
    lowerText !== null
      ? lowerText.slice(start, end)
      : surface.toLowerCase().includes('’')
        ? surface.toLowerCase().replace(/’/g, "'")
        : surface.toLowerCase();
  return lemma === undefined
    ? { start, end, text: surface, lower, pos }
    : { start, end, text: surface, lower, pos, lemma };
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
