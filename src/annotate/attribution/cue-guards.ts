import type { SpeakerRef } from '../../core/index.js';
import { isPunct, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import { type CuePhrase, cueLexicon } from './cue-lexicon.js';
import { phraseStartingAt } from './noun-phrase.js';
import type { QuoteIndex } from './quotes.js';
import { isReportVerb } from './report-verb.js';

/** The lemma of a cue taken without a lexicon entry: a verb before "that", or before ": “". */
export const openLemma = '(open)';
const quoteWindow = 10;
const CITED_SAYING = /^(saying|stating|telling)$/;

/** "X argued that C", "X continued: “C”": a verb the lexicon lacks, when its clause is a report's shape. */
export function openCue(
  toks: readonly Tok[],
  i: number,
  limit: number,
  quotes: QuoteIndex,
): CuePhrase | undefined {
  const t = toks[i];
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (!t || !next || i + 1 >= limit || t.pos !== 'VERB') return undefined;
  // Not a participle ("strengthening that border") nor a verb the lexicon rules out.
  if (t.lower.endsWith('ing') || cueLexicon().notOpenCues.has(t.lower)) return undefined;
  const thatClause =
    after !== undefined &&
    i + 2 < limit &&
    next.lower === 'that' &&
    (next.pos === 'SCONJ' || next.pos === 'X') &&
    !isPunct(after) &&
    after.pos !== 'VERB' &&
    after.pos !== 'AUX';
  // "X continued: “C”", or "X continued:" ending its sentence before a quoted block.
  const colonQuote = next.text === ':' && (i + 2 >= limit || quotes.byOpen.has(after?.start ?? -1));
  return thatClause || colonQuote ? { words: [t.lower], lemma: openLemma } : undefined;
}

/**
 * "X urged the council to act", "X doubts the figures": a verb whose main sense WordNet files among
 * verbs of saying or thinking, with words after it in its sentence. Taken like an open cue: only
 * with a speaker that can speak. Not a participle ("the agreed plan", "a growing concern").
 */
export function lexicalCue(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
): CuePhrase | undefined {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t || !next || i + 1 >= sentence.last || t.pos !== 'VERB' || isPunct(next)) return undefined;
  if (t.lower.endsWith('ing') || cueLexicon().notOpenCues.has(t.lower)) return undefined;
  if (!isReportVerb(t.lemma ?? t.lower)) return undefined;
  if (inCondition(toks, i, sentence.first)) return undefined;
  // What it reports is a clause ("X doubts the plan will work"), not a thing ("X discussed the plan").
  for (let k = i + 1; k < sentence.last && k - i <= CLAUSE_REACH && !isPunct(toks[k]); k++)
    if (toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX') return { words: [t.lower], lemma: openLemma };
  return undefined;
}
const CLAUSE_REACH = 8;

/** "if X decides that ...": a verb in a condition reports nothing said or thought. */
export function inCondition(toks: readonly Tok[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && !isPunct(toks[k]); k--)
    if (cueLexicon().conditionOpeners.has(toks[k]?.lower ?? '')) return true;
  return false;
}

/**
 * Guards of broad cues: "wants" only before "to"/"that"; "called" only with a quote in the next few
 * words and not as a participle ("a group, called ..."); "cited X as saying" left to the noun cues.
 */
export function broadCueFits(toks: readonly Tok[], i: number, cue: CuePhrase, quotes: QuoteIndex): boolean {
  const next = toks[i + cue.words.length];
  const prev = toks[i - 1];
  // "numerous fears that ...", "many claims that ...": a plural noun after a quantifier.
  if (prev && cueLexicon().vagueDeterminers.has(prev.lower) && (toks[i]?.lower ?? '').endsWith('s'))
    return false;
  if (cueLexicon().needsToOrThat.has(cue.lemma)) return next?.lower === 'to' || next?.lower === 'that';
  if (cueLexicon().needsQuoteNear.has(cue.lemma)) return quoteNear(toks, i, i + cue.words.length, quotes);
  if (cueLexicon().needsAs.has(cue.lemma)) return asBefore(toks, i);
  if (cueLexicon().needsQuote.has(cue.lemma)) {
    // "..., calling him a fraud": a participle after a comma takes up the report before it.
    if (prev?.text === ',' && cueLexicon().participleInherit.has(toks[i]?.lower ?? '')) return true;
    if (prev && (prev.text === ',' || prev.text === '-' || prev.lower === 'so')) return false;
    for (let k = i + 1; k < i + 1 + quoteWindow; k++)
      if (quotes.byOpen.has(toks[k]?.start ?? -1)) return true;
    return smallClause(toks, i + cue.words.length);
  }
  if (cueLexicon().cite.has(toks[i]?.lower ?? '')) {
    // "cited X as saying C" is the noun cues'; "cited the audit as the reason" cites a reason itself,
    // but "a part X cited as the reason" has its object before it.
    if (toks[i + 1]?.lower === 'as') return false;
    for (let k = i + 1; k < i + 10; k++)
      if (toks[k]?.lower === 'as' && CITED_SAYING.test(toks[k + 1]?.lower ?? '')) return false;
  }
  return true;
}

/**
 * "called the plan a disaster", "labelled the charges baseless": an object and then what it is
 * called, a phrase opened by "a"/"an" or an adjective that ends the clause or goes on with "and".
 */
function smallClause(toks: readonly Tok[], k: number): boolean {
  const object = phraseStartingAt(toks, k, Math.min(toks.length, k + 12));
  const next = object ? toks[object.last] : undefined;
  if (!object || !next || toks[k]?.pos === 'ADP') return false;
  // A noun reader takes "the charges baseless" as one phrase: an adjective after its noun is the complement.
  for (let j = object.first + 1; j < object.last; j++)
    if (toks[j]?.pos === 'ADJ' && /^(NOUN|PROPN|PRON)$/.test(toks[j - 1]?.pos ?? '')) return true;
  if (next.pos === 'DET') return next.lower === 'a' || next.lower === 'an';
  return next.pos === 'ADJ' && (isPunct(toks[object.last + 1]) || toks[object.last + 1]?.lower === 'and');
}

/**
 * An open cue needs a speaker that can speak: a name or a phrase with a name in it ("the Trump
 * campaign"), a personal pronoun, a vague group, or a noun of a person or group.
 */
export function speaksFor(speaker: SpeakerRef, headWord: Tok | undefined, words: readonly Tok[]): boolean {
  if (speaker.vague || speaker.entity !== undefined) return true;
  const only = words.length === 1 ? words[0] : undefined;
  if (only && cueLexicon().pronouns.get(only.lower) !== undefined) return only.lower !== 'it';
  return (
    words.some((w) => w.pos === 'PROPN') ||
    (headWord?.pos === 'NOUN' && isAgentNoun(headWord.lemma ?? headWord.lower))
  );
}

/** "as X put it": "as" opens the clause, a few words before the cue with no punctuation between. */
function asBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= AS_REACH && !isPunct(toks[k]); k--)
    if (toks[k]?.lower === 'as') return true;
  return false;
}
const AS_REACH = 16;

/** A quote closing within a few words before the cue ("“...,” he continued") or opening just after it. */
function quoteNear(toks: readonly Tok[], first: number, last: number, quotes: QuoteIndex): boolean {
  for (let k = Math.max(0, first - 5); k < first; k++)
    if (quotes.byClose.has(toks[k]?.start ?? -1)) return true;
  for (let k = last; k < last + 3; k++) if (quotes.byOpen.has(toks[k]?.start ?? -1)) return true;
  return false;
}
