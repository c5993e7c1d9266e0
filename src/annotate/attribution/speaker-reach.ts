import type { Tok } from '../token-view.js';
import { cueLexicon } from './cue-lexicon.js';
import { nameRun } from './name-run.js';
import { type Phrase, phraseStartingAt, skipLeft } from './noun-phrase.js';

// Steps between a cue and its speaker that the noun-phrase reader cannot take by itself: a time
// phrase, an age, and an appositive set off by commas.

const isTimeWord = (t: Tok | undefined): boolean =>
  t !== undefined &&
  (cueLexicon().timeBeforeCue.has(t.lower) || (t.pos === 'NUM' && /^\d{1,2}$/.test(t.text)));

const isYear = (t: Tok | undefined): boolean => t?.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(t.text);

/**
 * Steps left over a time phrase ending at `at`: "X on Tuesday said", "a report published
 * Wednesday said", "X Thursday night said". Returns `at` unchanged when no time word stands there.
 */
export function skipTime(toks: readonly Tok[], at: number, floor: number): number {
  let j = at;
  while (j >= floor && at - j < 4 && isTimeWord(toks[j])) j--;
  // "a panel in 2001 found", "who in 2010 said": a year, only after its preposition.
  if (j === at && isYear(toks[at]) && cueLexicon().timePrepositions.has(toks[at - 1]?.lower ?? '')) j--;
  if (j === at) return at;
  if (j >= floor && cueLexicon().timePrepositions.has(toks[j]?.lower ?? '')) j--;
  // "the report of November 27 concluded": the date belongs to the speaker's own phrase.
  const before = toks[j];
  return before && (before.pos === 'ADP' || before.pos === 'DET' || before.pos === 'CCONJ') ? at : j;
}

/** Steps right over a time phrase starting at `at` ("X in 2015 sent", "X on Thursday spoke"): the index after it, else `at`. */
export function skipTimeForward(toks: readonly Tok[], at: number, limit: number): number {
  let k = at;
  if (cueLexicon().timePrepositions.has(toks[k]?.lower ?? '')) k++;
  const start = k;
  while (k < limit && k - start < 4 && (isTimeWord(toks[k]) || isYear(toks[k]))) k++;
  return k > start ? k : at;
}

/** `skipTime`, then the adverbs before the time ("the bank just this month announced"). */
export function skipTimeAndAdverbs(toks: readonly Tok[], at: number, floor: number): number {
  const j = skipTime(toks, at, floor);
  return j === at ? at : skipLeft(toks, j, floor).at;
}

/**
 * Steps left over a quantifier floated after the subject: "X and Y all said", "both parties each
 * claimed" (after a noun, a name or a closing bracket: "Y (D-N.J.) all said").
 */
export function skipFloating(toks: readonly Tok[], at: number): number {
  const q = toks[at];
  const before = toks[at - 1];
  if (!q || !before || !cueLexicon().floatingQuantifiers.has(q.lower)) return at;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === ')' ? at - 1 : at;
}

/** Steps left over an age between commas: "Ms. Leon, 63, said" -> the index of "Leon". */
export function skipAge(toks: readonly Tok[], at: number, floor: number): number {
  const age = toks[at - 1];
  return toks[at]?.text === ',' &&
    age?.pos === 'NUM' &&
    /^\d{1,3}$/.test(age.text) &&
    toks[at - 2]?.text === ',' &&
    at - 3 >= floor
    ? at - 3
    : at;
}

const leading = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile', 'however']);
/** The longest appositive or relative clause this reader steps over, in tokens. */
const maxAppositive = 40;

/**
 * "Ilse Brandt, the regional party leader, said ...", "Mr. Reid, who represents Nevada, said":
 * when a cue follows a comma, the speaker is the noun phrase that opens the sentence and is itself
 * followed by a comma. `comma` is the index of the comma just before the cue.
 */
export function openingSpeaker(toks: readonly Tok[], sentenceFirst: number, comma: number): Phrase | null {
  let first = sentenceFirst;
  while (first < comma && (leading.has(toks[first]?.lower ?? '') || /^["“'‘]$/.test(toks[first]?.text ?? '')))
    first++;
  const phrase = phraseStartingAt(toks, first, comma) ?? nameRun(toks, first, comma);
  if (!phrase || toks[phrase.last]?.text !== ',' || phrase.last >= comma) return null;
  if (comma - phrase.last > maxAppositive) return null;
  const head = toks[phrase.first];
  return head && (head.pos === 'PROPN' || head.pos === 'DET' || /^\p{Lu}/u.test(head.text)) ? phrase : null;
}

/**
 * Does the clause end soon after token `at`: at once, after a time phrase ("said X on Tuesday."),
 * or after a few more words with no verb among them ("said one delegate from the north.")?
 */
export function endsClause(toks: readonly Tok[], at: number, limit: number): boolean {
  if (toks[at]?.text === ',') return true;
  for (let k = at; k < limit; k++) {
    const t = toks[k];
    if (!t || k - at > 6) return false;
    if (/^[.;:!?"”’')—–-]+$/u.test(t.text)) return true;
    if (t.pos === 'AUX' || t.lower === 'that' || (t.pos === 'VERB' && !isTimeWord(toks[k - 1]) && k > at + 1))
      return false;
  }
  return true;
}

const verbal = new Set(['VERB', 'AUX']);

/**
 * "... as Vladimir Saldo, the Kremlin's man in the city, said ...": a cue after the comma that
 * closes an appositive (a phrase with no verb) speaks for the name before the comma that opens it.
 * `comma` is the index of the comma just before the cue; `nameEndingAt` reads a name ending at a token.
 */
export function appositiveSpeaker(
  toks: readonly Tok[],
  floor: number,
  comma: number,
  nameEndingAt: (k: number) => Phrase | null,
): Phrase | null {
  for (let k = comma - 1; k > floor && comma - k <= maxAppositive; k--) {
    const t = toks[k];
    if (!t) return null;
    // A participle may modify the appositive's noun ("the official overseeing the city"); a finite verb may not.
    const finite = verbal.has(t.pos) && !(t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.lower));
    if (finite || /^["“”'‘’;:]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    if (k === comma - 1) return null;
    return nameEndingAt(k - 1);
  }
  return null;
}

/**
 * "..., Petrenko, who is based in Kyiv, explained that C": a cue after the comma that closes a
 * relative clause speaks for the name before the comma that opens it, wherever the sentence starts.
 * `comma` is the index of the comma just before the cue.
 */
export function relativeClauseSpeaker(
  toks: readonly Tok[],
  floor: number,
  comma: number,
  nameEndingAt: (k: number) => Phrase | null,
): Phrase | null {
  for (let k = comma - 1; k > floor + 1 && comma - k <= maxAppositive; k--) {
    const t = toks[k];
    if (!t || /^["“”'‘’;:,]$/.test(t.text)) return null;
    if (cueLexicon().relativePronouns.has(t.lower) && toks[k - 1]?.text === ',') return nameEndingAt(k - 2);
  }
  return null;
}

/** Whether a phrase is only a time ("Wednesday", "on Monday night"): never a speaker or a report. */
export const onlyTime = (toks: readonly Tok[], first: number, last: number): boolean => {
  for (let k = first; k < last; k++) {
    const t = toks[k];
    if (!t || !(isTimeWord(t) || cueLexicon().timePrepositions.has(t.lower))) return false;
  }
  return last > first;
};
