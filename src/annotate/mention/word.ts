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
/**
 * The word from `from` to `to` of `text` opens with an article and a hyphen: the hyphen checked
 * first, the regex on every lowercase word cost more than the rest of the word.
 */
const arabicArticle = (text: string, from: number, to: number): boolean =>
  ((to - from > 2 && text.charCodeAt(from + 2) === 45) ||
    (to - from > 3 && text.charCodeAt(from + 3) === 45)) &&
  ARABIC_ARTICLE.test(text.slice(from, to));

/**
 * Any letter in the word from `from` to `to`: ASCII ones read from the text, the regex only once a
 * non-ASCII character appears (no string per word: most words need none).
 */
const hasLetter = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /\p{L}/u.test(text.slice(from, to));
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
};

/** The word from `from` to `to` opens with a capital (see isCapitalised). */
const capitalisedAt = (text: string, from: number, to: number): boolean => {
  const c = text.charCodeAt(from);
  return c < 128 ? c >= 65 && c <= 90 : isCapitalised(text.slice(from, to));
};

/**
 * The words of a text as columns, with no object per word: a megabyte of text has some 200,000
 * words, and as objects they all lived through the stage, so the collector copied them and the
 * stage's time grew faster than the text. The rules that read every word read the columns; those
 * that read a few words around a match take them as objects (`wordAt`, `wordsIn`).
 */
export interface Words {
  readonly text: string;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** CAP, INITIAL and SHOUTING bits. */
  readonly flags: Uint8Array;
  /** Index into `posNames`. */
  readonly pos: Uint16Array;
  readonly posNames: readonly string[];
  /** The last words made into objects, by index modulo their count (`wordAt`). */
  readonly recent: (Word | undefined)[];
  readonly recentAt: Int32Array;
}

/**
 * How many word objects a text keeps: the rules read the words around a run or a match several
 * times over, and a few dozen kept spare most of the objects and the slices of their text, with no
 * growth with the text.
 */
const RECENT = 64;

const CAP = 1;
const INITIAL = 2;
const SHOUTING = 4;

export const isCapAt = (ws: Words, i: number): boolean => ((ws.flags[i] ?? 0) & CAP) !== 0;
export const isShoutingAt = (ws: Words, i: number): boolean => ((ws.flags[i] ?? 0) & SHOUTING) !== 0;
export const posAt = (ws: Words, i: number): string => ws.posNames[ws.pos[i] ?? 0] ?? '';
export const textAt = (ws: Words, i: number): string => ws.text.slice(ws.start[i] ?? 0, ws.end[i] ?? 0);

/** The word at `i` as an object (the same one while it is among the recent), or undefined outside the text. */
export function wordAt(ws: Words, i: number): Word | undefined {
  if (i < 0 || i >= ws.length) return undefined;
  const slot = i & (RECENT - 1);
  if (ws.recentAt[slot] === i) return ws.recent[slot];
  const word = makeWord(ws, i);
  ws.recent[slot] = word;
  ws.recentAt[slot] = i;
  return word;
}

function makeWord(ws: Words, i: number): Word {
  const flags = ws.flags[i] ?? 0;
  const value = textAt(ws, i);
  const shouting = (flags & SHOUTING) !== 0;
  return {
    start: ws.start[i] ?? 0,
    end: ws.end[i] ?? 0,
    text: value,
    norm: shouting ? titleCase(value) : value,
    pos: posAt(ws, i),
    cap: (flags & CAP) !== 0,
    initial: (flags & INITIAL) !== 0,
    shouting,
  };
}

/** The words from `from` up to `to` (exclusive) as objects, cut to the text's words. */
export function wordsIn(ws: Words, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, ws.length); i++) out.push(wordAt(ws, i) as Word);
  return out;
}

/** Words with their sentence position, in one pass over tokens and sentences. */
export function toWords(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Words {
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  const flags = new Uint8Array(tokens.length);
  const pos = new Uint16Array(tokens.length);
  const posNames: string[] = [];
  const posCodes = new Map<string, number>();
  let n = 0;
  let s = 0;
  let sentenceOfLast = -1;
  let shouting = false;
  let lastEnd = 0;
  let letterSeen = false;
  forJoinedTokens(text, tokens, (token) => {
    const { start: from, end: to } = token.span;
    while (s < sentences.length && (sentences[s]?.span.end ?? 0) <= from) s++;
    if (s !== sentenceOfLast) {
      sentenceOfLast = s;
      shouting = isShouting(text, sentences[s]?.span);
    }
    const lineStart = hasNewline(text, lastEnd, from);
    if (n === 0 || (end[n - 1] ?? 0) <= (sentences[s]?.span.start ?? 0) || lineStart) letterSeen = false;
    const letter = hasLetter(text, from, to);
    const initial =
      letter && (!letterSeen || afterColon(text, n === 0 ? -1 : (start[n - 1] ?? 0), end[n - 1] ?? 0));
    if (letter) letterSeen = true;
    const cap = letter && (capitalisedAt(text, from, to) || arabicArticle(text, from, to));
    let code = posCodes.get(token.pos);
    if (code === undefined) {
      code = posNames.length;
      posNames.push(token.pos);
      posCodes.set(token.pos, code);
    }
    start[n] = from;
    end[n] = to;
    flags[n] = (cap ? CAP : 0) | (initial ? INITIAL : 0) | (shouting ? SHOUTING : 0);
    pos[n] = code;
    n++;
    lastEnd = to;
  });
  const recent = new Array<Word | undefined>(RECENT).fill(undefined);
  return {
    text,
    length: n,
    start,
    end,
    flags,
    pos,
    posNames,
    recent,
    recentAt: new Int32Array(RECENT).fill(-1),
  };
}

const hasNewline = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
};

/** After a colon a capital opens a clause and says nothing about names (`from` < 0: no word before). */
const afterColon = (text: string, from: number, to: number): boolean =>
  from >= 0 && to - from === 1 && text.charCodeAt(from) === 58;

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
