import { type Annotations, firstStartingAt, memoized, type Span, type Token } from '../../core/index.js';
import { isParticipantWord } from '../meaning/participants.js';
import { contentWords } from '../meaning/phrases.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { Indicator } from '../question/index.js';
import { countryOf } from './actor.js';

/** How far up WordNet's hypernyms a noun may stand for a more general one ("paratrooper" for "soldier"). */
const HYPERNYM_DEPTH = 6;

/** Parts of speech a noun phrase may hold before its head noun (a name as in "Ukrainian territory"). */
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PROPN']);

/** Parts of speech inside a noun phrase. */
const PHRASE = new Set([...MODIFIERS, 'NOUN']);

/** WordNet's file of nouns of quantity ("scores of officers", "hundreds of people"): the head is after "of". */
const QUANTITY_FILE = 23;

/** A word's noun lemmas in WordNet, inflected or not ("troops" is troops and troop; "bridges" a poet and bridge). */
const nounLemmas = (word: string): string[] => {
  const net = wn();
  return net ? baseForms(word.toLowerCase(), net).flatMap(([base, pos]) => (pos === 'n' ? [base] : [])) : [];
};
const nounLemma = (word: string): string | undefined => nounLemmas(word)[0];

/**
 * The common nouns an indicator names its participants with (its name, description, cues and
 * measure keys), as WordNet lemmas: "Bridges to Lysychansk destroyed" has bridge; "soldiers killed
 * or wounded" has soldier.
 */
export function indicatorThings(indicator: Indicator): ReadonlySet<string> {
  const texts = [
    indicator.name,
    ...(indicator.description ?? '').split(/(?<=[.;:])\s+/),
    ...(indicator.match.cues ?? []),
  ];
  const keys = (indicator.match.measureKeys ?? []).join(' ').replace(/-/g, ' ');
  // A capital marks a name, except on the first word of a text ("Civilians moved out of X") that
  // is no country's name or demonym ("Russian losses").
  const common = texts.flatMap((t) =>
    t.split(/\s+/).filter((w, i) => (i === 0 && countryOf(w) === undefined) || !/\p{Lu}/u.test(w)),
  );
  const words = contentWords(`${common.join(' ')} ${keys}`).filter((w) => countryOf(w) === undefined);
  const lemmas = words.flatMap((w) => {
    const lemmas = nounLemmas(w);
    return [w, ...lemmas].some(isParticipantWord) ? lemmas : [];
  });
  return new Set(lemmas);
}

/** The words of a noun's first `senses` senses and of the senses up to `depth` hypernyms above them. */
const wordsAbove = memoized((key: string): ReadonlySet<string> => {
  const [noun = '', sensesText = '1', depthText = '0'] = key.split('|');
  const net = wn();
  const words = new Set<string>();
  if (!net) return words;
  let level = nounLemmas(noun).flatMap((lemma) => net.senses(lemma, 'n').slice(0, Number(sensesText)));
  for (let depth = 0; depth <= Number(depthText) && level.length > 0; depth++) {
    const synsets = level.map((offset) => net.synset(offset, 'n'));
    for (const x of synsets) for (const w of x?.words ?? []) words.add(w);
    level = synsets.flatMap((x) => (x?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.offset));
  }
  return words;
});

/** The words of the members of a noun's main sense ("people" are persons): a group is as general as its members. */
const membersOf = memoized((noun: string): readonly string[] => {
  const net = wn();
  if (!net) return [];
  const firsts = nounLemmas(noun).flatMap((lemma) => net.senses(lemma, 'n').slice(0, 1));
  const members = firsts.flatMap((o) =>
    (net.synset(o, 'n')?.pointers ?? []).filter((p) => p.symbol === '%m'),
  );
  return members.flatMap((p) => net.synset(p.offset, 'n')?.words ?? []);
});

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/**
 * Whether a noun may name one of the indicator's things: it is one or a kind of one ("paratroopers"
 * are soldiers), or a more general word for one ("the structure was destroyed" for bridges; "people"
 * for soldiers, as a group of persons). A sibling
 * under a common parent is another thing ("civilians" are no soldiers, "buildings" no bridges).
 */
const mayName = (noun: string, things: ReadonlySet<string>): boolean => {
  if (things.has(noun)) return true;
  // A patient's rarer senses count as kinds ("inmate" is a convict third), its main one alone as a general word.
  const kinds = wordsAbove(`${noun}|3|${HYPERNYM_DEPTH}`);
  const own = new Set([...wordsAbove(`${noun}|1|0`), ...membersOf(noun)]);
  return [...things].some(
    (thing) =>
      meets(kinds, wordsAbove(`${thing}|2|0`)) || meets(own, wordsAbove(`${thing}|2|${HYPERNYM_DEPTH}`)),
  );
};

const lower = (text: string, t: Token | undefined): string =>
  t ? text.slice(t.span.start, t.span.end).toLowerCase() : '';

/** Possessive determiners, which open a noun phrase ("replenish its stockpiles"). */
const POSSESSIVE = /^(?:my|your|his|her|its|our|their)$/u;

/** A figure's qualifier before a noun phrase ("at least one soldier", "up to 200 troops"). */
const QUALIFIER = /^(?:at (?:least|most)|up to|more than|less than|fewer than|as many as)\b/u;

/**
 * The head nouns of the phrase that starts at token j, one a conjunct ("river and rail supply
 * lines": river, lines), past a quantity's "of" ("scores of officers"); empty when no common noun
 * heads it (a pronoun, a name, a clause).
 */
function headsFrom(text: string, tokens: readonly Token[], j: number, end: number): Token[] {
  const within = (k: number) => (tokens[k]?.span.end ?? Infinity) <= end;
  const from = tokens[j]?.span.start ?? end;
  const qualifier = QUALIFIER.exec(text.slice(from, end).toLowerCase());
  if (qualifier) while (within(j) && (tokens[j]?.span.end ?? end) <= from + qualifier[0].length) j++;
  while (within(j) && (MODIFIERS.has(tokens[j]?.pos ?? '') || POSSESSIVE.test(lower(text, tokens[j])))) j++;
  if (tokens[j]?.pos !== 'NOUN') return [];
  while (tokens[j + 1]?.pos === 'NOUN' && within(j + 1)) j++;
  const head = tokens[j];
  if (!head) return [];
  if (lower(text, tokens[j + 1]) === 'of' && isQuantity(lower(text, head)))
    return headsFrom(text, tokens, j + 2, end);
  const next = lower(text, tokens[j + 1]);
  const more = next === 'and' || next === 'or' || next === ',' ? headsFrom(text, tokens, j + 2, end) : [];
  return [head, ...more];
}

const isQuantity = memoized((word: string): boolean => {
  const net = wn();
  const lemma = nounLemma(word);
  const first = lemma && net ? net.senses(lemma, 'n')[0] : undefined;
  return first !== undefined && net?.synset(first, 'n')?.lexFile === QUANTITY_FILE;
});

const BE = /^(?:is|are|was|were|be|been|being|'s|’s)$/u;
const HAVE = /^(?:has|have|had|having)$/u;

/**
 * The head of the noun phrase that ends at token j: the noun before a prepositional phrase ("the
 * housing in the town" is housing; "most of the bridges", both); none when it ends in no common noun.
 */
function subjectEndingAt(text: string, tokens: readonly Token[], j: number, start: number): Token[] {
  const last = tokens[j];
  if (last?.pos !== 'NOUN' || last.span.start < start) return [];
  let k = j - 1;
  while (tokens[k] && (tokens[k]?.span.start ?? -1) >= start && PHRASE.has(tokens[k]?.pos ?? '')) k--;
  const preposition = tokens[k];
  const head = tokens[k - 1];
  if (preposition?.pos !== 'ADP' || head?.pos !== 'NOUN' || head.span.start < start) return [last];
  return lower(text, preposition) === 'of' ? [head, last] : [head];
}

/**
 * What the verb of a cue acts on, from its words around it: in the passive ("all bridges are
 * destroyed") the noun before it, else the noun phrase after it ("destroyed some trucks", "the
 * destroyed buildings"), or, with no object, the noun the participle follows ("buildings destroyed
 * in the shelling"). Each conjunct's head; empty when that is no common noun (a pronoun, a name, a
 * clause) or the cue is no verb.
 */
export function patientOf(text: string, ann: Annotations, at: Span, sentence: Span): Token[] {
  const tokens = ann.tokens;
  let v = firstStartingAt(tokens, at.start);
  while (tokens[v] && (tokens[v]?.span.end ?? Infinity) <= at.end && tokens[v]?.pos !== 'VERB') v++;
  const verb = tokens[v];
  if (!verb || verb.span.end > at.end) return [];
  // A cue is one verb and its particles ("blown up"): a cue that names its own object names what it acts on.
  let after = v + 1;
  while (tokens[after] && (tokens[after]?.span.end ?? Infinity) <= at.end) {
    if (!['ADP', 'ADV', 'PART'].includes(tokens[after]?.pos ?? '')) return [];
    after++;
  }
  let j = v - 1;
  let passive = false;
  let auxiliary = false;
  while (tokens[j] && (tokens[j]?.span.start ?? -1) >= sentence.start) {
    const t = tokens[j];
    const w = lower(text, t);
    if (t?.pos === 'AUX' || (t?.pos === 'VERB' && (BE.test(w) || HAVE.test(w)))) {
      auxiliary = true;
      if (BE.test(w)) passive = true;
    } else if (t?.pos !== 'ADV' && t?.pos !== 'PART') break;
    j--;
  }
  const subject = subjectEndingAt(text, tokens, j, sentence.start);
  if (passive) return subject;
  const object = headsFrom(text, tokens, after, sentence.end);
  if (object.length > 0 || auxiliary) return object;
  // A participle after a noun, with no object and no auxiliary of its own, is a passive.
  const next = tokens[after];
  const opensObject = next !== undefined && ['DET', 'NUM', 'ADJ', 'PRON', 'PROPN'].includes(next.pos);
  const participle = j === v - 1 && lower(text, verb) !== (verb.lemma ?? '').toLowerCase();
  return opensObject || !participle ? [] : subject;
}

/**
 * Whether a cue's verb acts on something the indicator does not name ("the city is being
 * destroyed" for "Bridges destroyed"; "civilians were killed" for soldiers killed): its patient is
 * a common noun that is none of the indicator's participant nouns, nor a kind of one.
 */
export function otherPatient(
  text: string,
  ann: Annotations,
  at: Span,
  sentence: Span,
  things: ReadonlySet<string>,
): boolean {
  if (things.size === 0) return false;
  const heads = patientOf(text, ann, at, sentence);
  // An act or event ("the attack was repelled") is read by the cue's own words, not as a participant.
  const other = (head: Token): boolean => {
    const forms = [lower(text, head), (head.lemma ?? '').toLowerCase()].filter(Boolean);
    return forms.some(isParticipantWord) && !forms.some((w) => mayName(w, things));
  };
  return heads.length > 0 && heads.every(other);
}
