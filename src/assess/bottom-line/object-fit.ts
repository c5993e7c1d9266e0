import { baseForms, wn } from '../meaning/word-forms.js';
import type { WordNet } from '../meaning/wordnet.js';
import { conveys, gives } from './giving.js';
import { anotherKind } from './kinds.js';
import type { SentenceTokens } from './sentence-tokens.js';
import type { Topic, TopicTerm } from './topic.js';
import { isEventNoun, isPlaceNoun } from './word-family.js';

/** Whether token i is a form of one of the question's terms. */
const isTerm = (topic: Topic, s: SentenceTokens, i: number): boolean =>
  (s.keys[i] ?? []).some((key) => topic.terms.has(key));

/** How far up WordNet's hypernyms a noun may stand for a more general one ("nuke" for "weapon"). */
const HYPERNYM_DEPTH = 6;

/** Parts of speech a verb's object phrase may hold before its head noun. */
const modifiers = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART']);

/**
 * The head of the noun phrase right after the verb at k (the last noun of its run: "weapons" in
 * "use tactical nuclear weapons"), past a gerund, a verb sharing it and a recipient named before it, the figure of a sum of money
 * given, or undefined when the verb takes no noun there (a pronoun, a name, a preposition, a
 * clause, the end of the sentence).
 */
function objectHead(s: SentenceTokens, k: number): number | undefined {
  let j = k + 1;
  // An act taken as a gerund ("stop buying coal") is done to the gerund's object.
  if (s.tokens[j]?.pos === 'VERB' && s.lower[j]?.endsWith('ing')) return objectHead(s, j);
  // Two verbs sharing one object ("capture and disarm the soldiers"): the object follows the second.
  if (s.tokens[j]?.pos === 'CCONJ' && s.tokens[j + 1]?.pos === 'VERB') j += 2;
  // A recipient named before the object ("send to Ukraine rocket systems that ...", and after a
  // verb of giving without "to": "send Ukraine $400 million in aid") is passed over.
  const lemma = s.tokens[k]?.lemma ?? s.lower[k] ?? '';
  const to = s.lower[j] === 'to';
  if ((to || gives(lemma) || conveys(lemma)) && s.tokens[to ? j + 1 : j]?.pos === 'PROPN') {
    j += to ? 1 : 0;
    while (s.tokens[j]?.pos === 'PROPN') j++;
  }
  const from = j;
  // A name or people before the head modifies it ("Sylvanian fighters"), and a conjunction between
  // two modifiers is inside the phrase ("1,000 or more fighters", "old and new tanks").
  const modifierAt = (i: number): boolean =>
    modifiers.has(s.tokens[i]?.pos ?? '') ||
    s.tokens[i]?.pos === 'SYM' ||
    (s.tokens[i]?.pos === 'PROPN' && nounAfterNames(s, i)) ||
    (i > from && s.tokens[i]?.pos === 'CCONJ' && modifiers.has(s.tokens[i + 1]?.pos ?? ''));
  while (s.tokens[j] && modifierAt(j)) j++;
  // A sum of money ("$400 million in aid") is what is given: its figure heads the object.
  const sum = s.tokens[from]?.pos === 'SYM' && s.tokens[j - 1]?.pos === 'NUM';
  if (s.tokens[j]?.pos !== 'NOUN') return sum ? j - 1 : undefined;
  while (s.tokens[j + 1]?.pos === 'NOUN') j++;
  return j;
}

/** Whether the names from token i on run straight into a noun ("Sylvanian fighters"; not "Pellmoor this year"). */
function nounAfterNames(s: SentenceTokens, i: number): boolean {
  let j = i;
  while (s.tokens[j]?.pos === 'PROPN') j++;
  return s.tokens[j]?.pos === 'NOUN';
}

/**
 * In a passive ("could be employed by Russia", "which will be used"), what the verb at k acts on
 * is its subject: the head noun before its auxiliaries and a relative pronoun.
 */
export function passiveSubject(s: SentenceTokens, k: number): number | undefined {
  let j = k - 1;
  let passive = false;
  // An estimate between the subject and its verb is passed over ("is likely to be signed", "expected to be").
  const between = (i: number) =>
    ['AUX', 'ADV', 'PART'].includes(s.tokens[i]?.pos ?? '') ||
    (passive && ['ADJ', 'VERB'].includes(s.tokens[i]?.pos ?? '') && s.lower[i + 1] === 'to');
  while (s.tokens[j] && between(j)) {
    if (s.tokens[j]?.lemma === 'be' || s.lower[j] === 'been') passive = true;
    j--;
  }
  if (!passive) return undefined;
  if (s.lower[j] === 'which' || s.lower[j] === 'that') j--;
  return s.tokens[j]?.pos === 'NOUN' ? j : undefined;
}

/** The nouns of the outcome that are what its acts are done to or with ("weapon", "war", "plant"). */
const objectWordsOf = new WeakMap<Topic, readonly string[]>();
function objectWords(topic: Topic): readonly string[] {
  let words = objectWordsOf.get(topic);
  if (!words) {
    const nouns = [...topic.terms.values()].filter((t) => t.kind === 'event' && !t.verb);
    words = [...new Set(nouns.map((t) => t.word))];
    objectWordsOf.set(topic, words);
  }
  return words;
}

/** The words of the question's compounds around its object nouns ("nuclear" in "nuclear weapon"). */
function compoundWords(topic: Topic, heads: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [key, t] of topic.terms) if (t.kind === 'related' && heads.includes(t.word)) out.add(key);
  return out;
}

/**
 * Whether a noun's main senses are, or are kinds of, one of the words ("arms" are weapons), or
 * name the question's compound ("nuke" is a nuclear warhead for "nuclear weapon").
 */
function isKindOf(
  net: WordNet,
  noun: string,
  words: ReadonlySet<string>,
  compound: ReadonlySet<string>,
): boolean {
  const lemma = baseForms(noun, net).find(([, pos]) => pos === 'n')?.[0];
  if (lemma === undefined) return false;
  let level = net.senses(lemma, 'n').slice(0, 2);
  for (let depth = 0; depth <= HYPERNYM_DEPTH && level.length > 0; depth++) {
    const synsets = level.map((offset) => net.synset(offset, 'n'));
    const fits = (w: string) => words.has(w) || w.split('_').some((part) => compound.has(part));
    if (synsets.some((x) => x?.words.some(fits))) return true;
    level = synsets.flatMap((x) => (x?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.offset));
  }
  return false;
}

/**
 * Whether the act at token k is done to the outcome's own object: its object is a word of the
 * question, a kind of the outcome's object noun, or an act when the outcome's object is one
 * ("join the offensive" for "join the war"). An act on something else ("use lasers", "used the
 * anniversary" for "use a nuclear weapon") is another act. A verb with no noun object (a pronoun,
 * a name, no object) is given the benefit of the doubt, as is any act when the question names no
 * object. In a passive, its subject is what it acts on. A light verb's noun with "of" after it
 * names the act with the verb ("take control of"): the act is done to what follows "of".
 */
export function actsOnOutcome(s: SentenceTokens, k: number, topic: Topic, term: TopicTerm): boolean {
  if (term.undergone) return undergoerOf(s, k, topic) !== undefined;
  const light = term.light === true;
  const words = objectWords(topic);
  let head = passiveSubject(s, k) ?? participleOf(s, k) ?? objectHead(s, k);
  if (light && head !== undefined && s.lower[head + 1] === 'of') head = objectHead(s, head + 1);
  if (head === undefined || fits(s, head, topic, words)) return true;
  // A noun with "of" after it may name the act with the verb ("seize control of"): it is done to
  // what follows, when that is a word of the question or a kind of the outcome's object.
  let j = head + 2;
  if (s.lower[head + 1] !== 'of') return false;
  while (s.tokens[j] && modifiers.has(s.tokens[j]?.pos ?? '')) j++;
  while (s.tokens[j + 1]?.pos === s.tokens[j]?.pos && s.tokens[j]?.pos === 'NOUN') j++;
  return isTerm(topic, s, j) || (s.tokens[j]?.pos === 'NOUN' && fits(s, j, topic, words));
}

/**
 * A participle right after a noun, with no object of its own ("the troops captured near the
 * town"), says what was done to that noun.
 */
function participleOf(s: SentenceTokens, k: number): number | undefined {
  const next = s.tokens[k + 1]?.pos;
  const ownObject =
    next === 'DET' || next === 'NOUN' || next === 'PROPN' || next === 'NUM' || next === 'PRON';
  return s.tokens[k - 1]?.pos === 'NOUN' && /(?:ed|en)$/.test(s.lower[k] ?? '') && !ownObject
    ? k - 1
    : undefined;
}

/**
 * Whether the noun at `head` is a word of the question, or an act or a kind of the outcome's object
 * noun (not another kind its modifier makes of it: "chemical weapons" for a nuclear one); where the question's object is a place it names, a place ("the town", not "the troops").
 * Any noun fits an outcome with no object noun.
 */
function fits(s: SentenceTokens, head: number, topic: Topic, words: readonly string[]): boolean {
  if (topic.kinds && anotherKind(s, head, topic.kinds)) return false;
  if (isTerm(topic, s, head)) return true;
  const noun = s.tokens[head]?.lemma ?? s.lower[head] ?? '';
  if (words.length === 0) return !topic.placeObject || isPlaceNoun(noun);
  if (words.some(isEventNoun) && isEventNoun(noun)) return true;
  const net = wn();
  return !net || isKindOf(net, noun.toLowerCase(), new Set(words), compoundWords(topic, words));
}

/**
 * A word of the question that is a place noun after "the" ("the city", "the town"), where the
 * outcome's object is a place named in it: the place, named again by its kind.
 */
const definitePlace = (s: SentenceTokens, j: number, topic: Topic): boolean =>
  s.lower[j - 1] === 'the' &&
  isPlaceNoun(s.lower[j] ?? '') &&
  [...topic.terms.values()].some((t) => t.kind === 'actor' && !t.subject && !t.hypothesis);

/** Words between a verb and its subject: auxiliaries, adverbs, "to", an estimate ("is likely to fall"). */
const betweenSubject = new Set(['AUX', 'ADV', 'PART', 'ADJ', 'VERB']);
/** Marks that open and close a parenthesis set between a subject and its verb ("the town — a key prize — could fall"). */
const asides = new Set([',', '—', '–', '--']);

/**
 * The subject of a verb that undergoes the outcome ("the town is likely to fall"), when it is the
 * outcome's object (a noun of it, or an actor not its subject), past an aside set off by dashes or
 * commas: not a noun set after a preposition ("prices in the town") or another word ("the town's
 * garrison"), though a place noun may name it with "of" ("the city of Pellmoor").
 */
export function undergoerOf(s: SentenceTokens, k: number, topic: Topic): number | undefined {
  let j = k - 1;
  for (;;) {
    while (s.tokens[j] && betweenSubject.has(s.tokens[j]?.pos ?? '')) j--;
    const mark = s.lower[j] ?? '';
    if (!asides.has(mark)) break;
    const opener = s.lower.lastIndexOf(mark, j - 1);
    if (opener <= 0) return undefined;
    j = opener - 1;
  }
  const pos = s.tokens[j]?.pos;
  if (pos !== 'NOUN' && pos !== 'PROPN') return undefined;
  while (s.tokens[j - 1]?.pos === pos) j--;
  const term = (s.keys[j] ?? []).map((key) => topic.terms.get(key)).find(Boolean);
  const object =
    (term?.kind === 'event' && !term.verb) ||
    (term?.kind === 'actor' && !term.subject) ||
    (term !== undefined && definitePlace(s, j, topic));
  if (!object) return undefined;
  if (s.tokens[j - 1]?.pos !== 'ADP') return j;
  const named =
    s.lower[j - 1] === 'of' && s.tokens[j - 2]?.pos === 'NOUN' && isPlaceNoun(s.lower[j - 2] ?? '');
  return named ? j : undefined;
}
