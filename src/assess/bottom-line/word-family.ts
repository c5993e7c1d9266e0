import { memoized } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { WordNet, WordNetPos } from '../meaning/wordnet.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { wordKey } from './word-key.js';

/** A derived word shares this many first letters with its base (mobilise / mobilisation). */
const STEM = 4;

const sameStem = (a: string, b: string): boolean => wordKey(a).slice(0, STEM) === wordKey(b).slice(0, STEM);

/** The shortest part a closed compound is split into when looking it up. */
const PART = 3;

/**
 * A closed compound WordNet lists only hyphened or as two words ("ceasefire" as cease-fire),
 * spelt as WordNet has it; any other word as it is.
 */
export const wordNetSpelling = memoized((word: string): string => {
  const net = wn();
  if (!net || word.length < 2 * PART || baseForms(word, net).length > 0) return word;
  for (let i = PART; i <= word.length - PART; i++)
    for (const joint of ['-', '_']) {
      const split = `${word.slice(0, i)}${joint}${word.slice(i)}`;
      if (baseForms(split, net).length > 0) return split;
    }
  return word;
}, 5_000);

/**
 * Synonyms on the dominant sense: a synonym counts only when the shared synset is the word's first
 * sense and one of the synonym's two main ones ("mobilise" and "mobilize"; "halt" for "stop", whose
 * first sense is halt's second; but not "say" for "order": ordering is not what "say" mostly means).
 */
function dominantSynonyms(net: WordNet, lemma: string, pos: WordNetPos): string[] {
  const first = net.senses(lemma, pos)[0];
  if (first === undefined) return [];
  const words = net.synset(first, pos)?.words ?? [];
  return words.filter((w) => !w.includes('_') && net.senses(w, pos).slice(0, 2).includes(first));
}

/** Derivationally related forms of the word's two main senses that share its stem (invasion -> invade). */
function derivations(net: WordNet, lemma: string, pos: WordNetPos): string[] {
  return net
    .senses(lemma, pos)
    .slice(0, 2)
    .flatMap((offset) => {
      const synset = net.synset(offset, pos);
      return (synset?.pointers ?? []).flatMap((p) => {
        if (p.symbol !== '+' || p.source === 0 || synset?.words[p.source - 1] !== lemma) return [];
        const target = net.synset(p.offset, p.pos)?.words[p.target - 1];
        return target && !target.includes('_') && sameStem(target, lemma) ? [target] : [];
      });
    });
}

/**
 * The keys of a word and its family in WordNet 3.1: its base forms, their dominant-sense synonyms
 * and their same-stem derivations ("reservists" -> reservist; "mobilisation" -> mobilization,
 * mobilize, ...); with `noun`, of its noun and adjective readings only. Without WordNet, the word's
 * own key.
 */
function family(word: string, noun: boolean): readonly string[] {
  const keys = new Set([wordKey(word)]);
  const net = wn();
  if (!net) return [...keys];
  for (const [lemma, pos] of baseForms(wordNetSpelling(word.toLowerCase()), net)) {
    // A word the question uses as a noun ("forces") does not bring its verb's synonyms ("coerce").
    if (noun && pos === 'v') continue;
    keys.add(wordKey(lemma));
    for (const w of [...dominantSynonyms(net, lemma, pos), ...derivations(net, lemma, pos)])
      keys.add(wordKey(w));
  }
  return [...keys];
}

export const wordFamily = memoized((word: string) => family(word, false), 5_000);
/** The family of a word read as a noun: its verb's synonyms left out. */
export const nounFamily = memoized((word: string) => family(word, true), 5_000);

/**
 * Whether one of a noun's two main senses names an act or event ("mobilisation", "war", a
 * "mission") rather than a thing ("plant").
 */
export function isEventNoun(word: string): boolean {
  return eventSenses(word, 2).some(Boolean);
}

/** WordNet's lexicographer files of people and of artifacts. */
const AGENT_FILES = new Set([18, 6]);

/**
 * Whether a noun's first sense is made from a shorter verb ("agreement" from "agree", "approval"
 * from "approve"; not "plant" or "tank", spelt as their verbs, nor "weapon", which "weaponize" is
 * made from; nor "fighter" or "launcher", who does the act or what it is done with): it names
 * that verb's act or what the act makes.
 */
export function isDeverbalNoun(word: string): boolean {
  const net = wn();
  if (!net) return false;
  const lemma = baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n')?.[0];
  const first = lemma === undefined ? undefined : net.senses(lemma, 'n')[0];
  const synset = first === undefined ? undefined : net.synset(first, 'n');
  // One who does the act or a thing it is done with ("fighter", "launcher") names no act.
  if (synset === undefined || AGENT_FILES.has(synset.lexFile)) return false;
  return synset.pointers.some((p) => {
    if (p.symbol !== '+' || p.pos !== 'v' || (p.source !== 0 && synset?.words[p.source - 1] !== lemma))
      return false;
    const verb = net.synset(p.offset, p.pos)?.words[p.target - 1];
    // The noun made from the verb is the longer word ("weaponize" is made from "weapon", not the reverse).
    return verb !== undefined && lemma !== undefined && verb.length < lemma.length && sameStem(verb, lemma);
  });
}

/** Whether most of a noun's four main senses name an act or event ("mission"; not "force", "team"). */
export function isMostlyEventNoun(word: string): boolean {
  const senses = eventSenses(word, 4);
  return senses.length > 0 && senses.filter(Boolean).length * 2 >= senses.length;
}

/** For the main senses of a noun's base form, whether each names an act or event. */
function eventSenses(word: string, count: number): boolean[] {
  const net = wn();
  if (!net) return [];
  const lemma = baseForms(wordNetSpelling(word.toLowerCase()), net).find(([, pos]) => pos === 'n')?.[0];
  if (lemma === undefined) return [];
  return net
    .senses(lemma, 'n')
    .slice(0, count)
    .map((offset) => lex().eventNounFiles.has(net.synset(offset, 'n')?.lexFile ?? -1));
}

/** WordNet's lexicographer file of nouns of places ("town", "region", "area"). */
const NOUN_LOCATION = 15;

/** Whether a noun's first sense names a place ("city", "village", "province"; not "troops", "airport"). */
export function isPlaceNoun(word: string): boolean {
  const net = wn();
  const lemma = net ? baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n')?.[0] : undefined;
  const first = lemma === undefined ? undefined : net?.senses(lemma, 'n')[0];
  return first !== undefined && net?.synset(first, 'n')?.lexFile === NOUN_LOCATION;
}

/** Whether WordNet knows the word as a verb. */
export function isVerb(word: string): boolean {
  const net = wn();
  return !!net && baseForms(word.toLowerCase(), net).some(([, pos]) => pos === 'v');
}

/** Whether WordNet knows the word only as a verb ("withdraws"; not "holds", also a noun). */
export function isOnlyVerb(word: string): boolean {
  const net = wn();
  if (!net) return false;
  const forms = baseForms(word.toLowerCase(), net);
  return forms.length > 0 && forms.every(([, pos]) => pos === 'v');
}
