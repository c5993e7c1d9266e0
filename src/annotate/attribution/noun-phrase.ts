import { isPunct, type Tok } from '../token-view.js';
import { cueLexicon } from './cue-lexicon.js';

/** A noun phrase as a token range [first, last). */
export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const maxTokens = 16;
const nominal = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART', 'PRON']);
const linking = new Set(['of', 'to', 'for', 'from', 'at']);
const possessives = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Can `t` sit inside a noun phrase? With no tagger ('X'), any word that is not a skip word can. */
function admissible(t: Tok): boolean {
  if (isPunct(t)) return t.text === '%' || t.text === '-';
  if (t.pos === 'X') return !cueLexicon().skipBeforeCue.has(t.lower);
  if (t.pos === 'PART') return t.lower === "'s";
  return nominal.has(t.pos);
}

/**
 * Token `j` in its context: also a verb form hyphened to the word before it ("self-proclaimed",
 * "Kremlin-backed"), which modifies like an adjective, and the apostrophe of a plural possessive
 * ("the farmers' union").
 */
function admissibleAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  if (admissible(t)) return true;
  const prev = toks[j - 1];
  if (!prev || prev.end !== t.start) return false;
  if ((t.text === "'" || t.text === '’') && /s$/iu.test(prev.text)) return true;
  return t.pos === 'VERB' && prev.text === '-' && (toks[j - 2]?.end ?? -1) === prev.start;
}

const isLink = (t: Tok | undefined): boolean =>
  t !== undefined && linking.has(t.lower) && (t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'X');
const isAnd = (t: Tok | undefined): boolean => t !== undefined && t.lower === 'and';
const isDet = (t: Tok | undefined): boolean => t !== undefined && (t.pos === 'DET' || t.lower === 'the');

/** Skips adverbs and auxiliaries leftwards from `at`; returns the new index and whether a "be" was passed. */
export function skipLeft(toks: readonly Tok[], at: number, floor: number): { at: number; passive: boolean } {
  let j = at;
  let passive = false;
  while (j >= floor) {
    const t = toks[j];
    if (!t || !(t.pos === 'ADV' || t.pos === 'AUX' || cueLexicon().skipBeforeCue.has(t.lower))) break;
    if (cueLexicon().beForms.has(t.lower)) passive = true;
    j--;
  }
  return { at: j, passive };
}

/** The noun phrase that ends at token `at` (inclusive), reading leftwards no further than `floor`. */
export function phraseEndingAt(toks: readonly Tok[], at: number, floor: number): Phrase | null {
  let j = at;
  const last = at + 1;
  while (j >= floor && last - j <= maxTokens) {
    const t = toks[j];
    if (!t) break;
    if (t.pos === 'PRON') {
      if (j === at || possessives.has(t.lower)) j--;
      break;
    }
    if (isDet(t)) {
      j--;
      if (!isLink(toks[j])) break;
      continue;
    }
    if (isLink(t) || isAnd(t)) {
      if (!admissibleAt(toks, j - 1) || j === at) break;
      j--;
      continue;
    }
    if (!admissibleAt(toks, j)) break;
    j--;
  }
  return trim(toks, j + 1, last);
}

/** The noun phrase that starts at token `at`, reading rightwards up to `ceiling` (exclusive). */
export function phraseStartingAt(toks: readonly Tok[], at: number, ceiling: number): Phrase | null {
  let j = at;
  while (j < ceiling && j - at < maxTokens) {
    const t = toks[j];
    if (!t) break;
    if (isLink(t) || isAnd(t)) {
      const next = toks[j + 1];
      if (j === at || !next || !(admissibleAt(toks, j + 1) || isDet(next))) break;
    } else if (isDet(t) && j > at && !isLink(toks[j - 1])) break;
    else if (t.pos === 'PRON' && j > at && !possessives.has(t.lower)) break;
    else if (!admissibleAt(toks, j)) break;
    j++;
  }
  return trim(toks, at, j);
}

function trim(toks: readonly Tok[], first: number, last: number): Phrase | null {
  let a = first;
  let b = last;
  while (a < b && (isLink(toks[a]) || isAnd(toks[a]) || toks[a]?.lower === "'s")) a++;
  while (b > a && (isLink(toks[b - 1]) || isAnd(toks[b - 1]) || isDet(toks[b - 1]))) b--;
  return b > a ? { first: a, last: b } : null;
}

/** The head word: the last word before the first "of"/"to" (the spokesman of the ministry -> spokesman). */
export function headOf(toks: readonly Tok[], p: Phrase): Tok | undefined {
  for (let k = p.first + 1; k < p.last; k++) if (isLink(toks[k])) return toks[k - 1];
  return toks[p.last - 1];
}

const placePrepositions = new Set(['in', 'on', 'across', 'near', 'inside', 'around', 'outside']);

/**
 * "Officials in a swath of regions reported ...": a phrase after a preposition of place is where
 * the speaker is, not who; the speaker is the phrase before the preposition (null when none is).
 */
export function outerPhrase(toks: readonly Tok[], phrase: Phrase | null, floor: number): Phrase | null {
  if (!phrase) return null;
  const prep = toks[phrase.first - 1];
  if (prep?.pos !== 'ADP' || !placePrepositions.has(prep.lower) || phrase.first - 2 < floor) return null;
  const outer = phraseEndingAt(toks, phrase.first - 2, floor);
  const head = outer ? toks[outer.last - 1] : undefined;
  return outer && head && (head.pos === 'NOUN' || head.pos === 'PROPN') ? outer : null;
}
