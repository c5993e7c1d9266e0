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
  const tok = tokenMaker(text);
  const toks = tokens.map((t) => tok(t.span.start, t.span.end, t.pos, t.lemma));
  return { toks, sentences: sentenceRanges(toks, sentences) };
}

/** Each sentence as the range of the tokens inside it (sentences with no token are left out). */
export function sentenceRanges(toks: readonly Tok[], sentences: readonly Sentence[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let i = 0;
  for (const { span } of sentences) {
    while (i < toks.length && (toks[i]?.start ?? 0) < span.start) i++;
    const first = i;
    while (i < toks.length && (toks[i]?.end ?? 0) <= span.end) i++;
    if (i > first) out.push({ start: span.start, end: span.end, first, last: i });
  }
  return out;
}

/**
 * Makes the tokens of `text`. `surface`, when given, is the token's text as a string the caller
 * already holds (wink-nlp's own, one for every token spelled alike); it is used when it equals the
 * text there. The lower form (lower case, ’ as ') is made once per distinct surface: a long text
 * repeats its words, and two fresh strings per token, all alive through the later stages, made the
 * collector's work grow faster than the text. Each surface is lowercased on its own, so a final Σ or
 * a growing İ reads as the token alone would.
 */
export function tokenMaker(
  text: string,
): (start: number, end: number, pos: string, lemma: string | undefined, surface?: string) => Tok {
  const forms = new Map<string, string>();
  return (start, end, pos, lemma, surface) => {
    const written =
      surface !== undefined && surface.length === end - start && text.startsWith(surface, start)
        ? surface
        : text.slice(start, end);
    let lower = forms.get(written);
    if (lower === undefined) {
      const lowered = written.toLowerCase();
      lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
      forms.set(written, lower);
    }
    return lemma === undefined
      ? { start, end, text: written, lower, pos }
      : { start, end, text: written, lower, pos, lemma };
  };
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

/**
 * The first of `phrases` whose words the tokens spell at `at` (see matchesAt), as
 * `phrases?.find((p) => matchesAt(toks, at, p.words, limit))` would find it. A loop, not a closure:
 * the parsers ask at every token, and a closure over the token's index made an object per token.
 */
export function phraseAt<P extends { readonly words: readonly string[] }>(
  toks: readonly Tok[],
  at: number,
  phrases: readonly P[] | undefined,
  limit: number,
): P | undefined {
  if (phrases) for (const p of phrases) if (matchesAt(toks, at, p.words, limit)) return p;
  return undefined;
}

export const isPunct = (t: Tok | undefined): boolean =>
  t !== undefined &&
  (t.pos === 'PUNCT' || t.pos === 'SYM' || (!asciiWordStart(t.text) && NO_LETTER_OR_DIGIT.test(t.text)));

const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;

/** Opens with an ASCII letter or digit: most tokens, told without the regex. */
const asciiWordStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
