import type { Span } from '../../core/index.js';
import { memoized } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { Placed } from '../stance/claim-stance.js';
import type { ActAt } from './act-at.js';
import { NOUNISH } from './act-at.js';

/** Auxiliaries of tense, aspect, voice and emphasis: any other auxiliary is a modal ("will", "could"). */
const PLAIN_AUXILIARIES = new Set(['be', 'have', 'do']);
/** Words between a modal and its verb ("would not", "could never have"). */
const BETWEEN = new Set(['AUX', 'PART', 'ADV']);

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

export interface ActShape {
  /**
   * The head of what the act is done to: the last common noun of the first phrase after the act's
   * word that has one ("hit the country's coastal strongholds": stronghold).
   */
  readonly head?: string;
  /** A modal auxiliary governs the act ("will not use", "could strike"): a prospect, not a deed. */
  readonly modal?: true;
}

/** The thing an act is done to and whether a modal governs it, read from the clause's tokens. */
export function actShape(tokens: readonly Placed[], a: ActAt): ActShape {
  const first = tokens.findIndex((t) => t.span.start >= a.span.start);
  // The act's word: its noun after a light verb ("carry out an attack"), else the span's first.
  const named = tokens.findIndex((t) => inside(t.span, a.span) && t.lemma === a.lemma);
  const word = named >= 0 ? named : first;
  const head = word < 0 ? undefined : objectHead(tokens, word + 1);
  return { ...(head ? { head } : {}), ...(first >= 0 && modalBefore(tokens, first) ? { modal: true } : {}) };
}

/** A hyphen inside a word ("Iranian-made"): it and the word after it modify the head that follows. */
const joined = (tokens: readonly Placed[], i: number): boolean => {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return t?.word === '-' && before?.span.end === t.span.start && after?.span.start === t.span.end;
};

/** A noun with the word before it, when WordNet knows the two as one noun ("shopping center"). */
function compound(before: Placed | undefined, t: Placed): string | undefined {
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'ADJ')) return undefined;
  const pair = `${before.word} ${t.lemma}`;
  return (sharedWordNet()?.senses(pair.replace(' ', '_'), 'n').length ?? 0) > 0 ? pair : undefined;
}

/** WordNet's lexicographer file of nouns of time ("week", "morning"): when an act was, not what it reached. */
const NOUN_TIME = 28;
const isTime = memoized((lemma: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(lemma, 'n')[0];
  return first !== undefined && net?.synset(first, 'n')?.lexFile === NOUN_TIME;
});

/**
 * The head of the first phrase after the act's word, within its reach, that names a common thing:
 * names are left to the entities acted on, a "by" phrase names the actor and a noun of time a when.
 */
function objectHead(tokens: readonly Placed[], from: number): string | undefined {
  for (let i = from; i < tokens.length; ) {
    const t = tokens[i] as Placed;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && !joined(tokens, i))) return undefined;
    if (!NOUNISH.has(t.pos) || t.pos === 'DET' || t.pos === 'CCONJ' || t.pos === 'PART') {
      i++;
      continue;
    }
    const agent = tokens[i - 1]?.word === 'by';
    let noun: string | undefined;
    // The phrase: its words, a hyphen inside a word ("Iranian-made") and the word after it.
    for (; i < tokens.length; i++) {
      const w = tokens[i] as Placed;
      if (joined(tokens, i)) {
        i++;
        continue;
      }
      if (!NOUNISH.has(w.pos) || (w.pos === 'DET' && noun)) break;
      if (w.pos === 'NOUN' && !isTime(w.lemma)) noun = compound(tokens[i - 1], w) ?? w.lemma;
    }
    if (noun && !agent) return noun;
  }
  return undefined;
}

function modalBefore(tokens: readonly Placed[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as Placed;
    if (!BETWEEN.has(t.pos)) return false;
    if (t.pos === 'AUX' && !PLAIN_AUXILIARIES.has(t.lemma)) return true;
  }
  return false;
}
