import type { Sentence, Token } from '../../core/index.js';
import { isCapitalised, titleCase } from './fold.js';
import { isShouting } from './shouting.js';

/** A token as the mention parsers see it. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The text for lexicon lookups: title case when the sentence is set in capitals. */
  readonly norm: string;
  readonly pos: string;
  /** Follows from the text alone (like `norm` from the text and `shouting`): `nameish` is memoized on that. */
  readonly cap: boolean;
  /** First word of its sentence or line, where capitals say nothing about names. */
  readonly initial: boolean;
  /** Inside a sentence written in capitals (a headline). */
  readonly shouting: boolean;
}

/** "al-Assad", "el-Sisi": a lowercase article before a capitalised name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u;
/** The hyphen checked first: the regex on every lowercase word cost more than the rest of the word. */
const arabicArticle = (s: string): boolean =>
  (s.charCodeAt(2) === 45 || s.charCodeAt(3) === 45) && ARABIC_ARTICLE.test(s);

/** Any letter: ASCII ones read from the bytes, the regex only once a non-ASCII character appears. */
const hasLetter = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return /\p{L}/u.test(s);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
};

/** Words with their sentence position, in one pass over tokens and sentences. */
export function toWords(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  let s = 0;
  let sentenceOfLast = -1;
  let shouting = false;
  let lastEnd = 0;
  let letterSeen = false;
  forJoinedTokens(text, tokens, (token) => {
    const { start, end } = token.span;
    while (s < sentences.length && (sentences[s]?.span.end ?? 0) <= start) s++;
    if (s !== sentenceOfLast) {
      sentenceOfLast = s;
      shouting = isShouting(text, sentences[s]?.span);
    }
    const value = text.slice(start, end);
    const lineStart = hasNewline(text, lastEnd, start);
    const previous = words[words.length - 1];
    if (previous === undefined || previous.end <= (sentences[s]?.span.start ?? 0) || lineStart)
      letterSeen = false;
    const letter = hasLetter(value);
    const initial = letter && (!letterSeen || afterColon(previous));
    if (letter) letterSeen = true;
    words.push({
      start,
      end,
      text: value,
      norm: shouting ? titleCase(value) : value,
      pos: token.pos,
      cap: letter && (isCapitalised(value) || arabicArticle(value)),
      initial,
      shouting,
    });
    lastEnd = end;
  });
  return words;
}

const hasNewline = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
};

/** After a colon a capital opens a clause and says nothing about names. */
const afterColon = (previous: Word | undefined): boolean => previous !== undefined && previous.text === ':';

/**
 * wink-nlp splits "Military-Industrial" and "Belarusian-Russian" at the hyphen; names keep them whole.
 * Each token in turn, joined ones as one, handed on as it is complete: no copy of the token list.
 */
function forJoinedTokens(text: string, tokens: readonly Token[], each: (token: Token) => void): void {
  let pending: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = pending;
    const next = tokens[i + 1];
    const isHyphen = t.span.end - t.span.start === 1 && text.charCodeAt(t.span.start) === 45; // '-'
    if (isHyphen && prev && next && prev.span.end === t.span.start && next.span.start === t.span.end) {
      const nextText = text.slice(next.span.start, next.span.end);
      if (
        /^[\p{L}\p{N}]/u.test(nextText) &&
        /[\p{L}\p{N}]$/u.test(text.slice(prev.span.start, prev.span.end))
      ) {
        const pos = prev.pos === 'PROPN' || next.pos === 'PROPN' ? 'PROPN' : next.pos;
        pending = { span: { start: prev.span.start, end: next.span.end }, pos };
        i++;
        continue;
      }
    }
    if (pending) each(pending);
    pending = t;
  }
  if (pending) each(pending);
}
