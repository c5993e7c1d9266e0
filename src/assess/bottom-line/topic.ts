import { isTimeNoun } from '../../annotate/attribution/index.js';
import { countryOfCapital, isCountry, lookupPlace, placeSpellings } from '../../annotate/mention/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { Question } from '../question/index.js';
import { describesOutcome } from './described-side.js';
import { conveys } from './giving.js';
import { kindsOf } from './kinds.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { phrasalFamily, phrasalVerb } from './phrasal.js';
import { compoundKin, hyphenCompound } from './question-kin.js';
import { questionSenseLightVerbs, questionSenseSynonyms, undergoneVerbs } from './question-sense.js';
import {
  isDeverbalNoun,
  isEventNoun,
  isMostlyEventNoun,
  isOnlyVerb,
  isPlaceNoun,
  isVerb,
  nounFamily,
  wordFamily,
} from './word-family.js';
import { wordKey } from './word-key.js';

/**
 * What a term of the question is: the outcome's own words (`event`: "join", "war", "mobilisation"),
 * the actors it names (`actor`: "Belarus", with its demonyms), or a word `related` to the outcome
 * (a modifier of it in the question, "with its own forces", or a word of a hypothesis label).
 */
export type TermKind = 'event' | 'actor' | 'related';

export interface TopicTerm {
  readonly word: string;
  readonly kind: TermKind;
  /** An actor named before the outcome in the question: its subject ("Belarus" in "Will Belarus join ..."). */
  readonly subject?: boolean;
  /** A word of the outcome that names an act or event ("mobilisation"), not a thing ("plant"). */
  readonly eventNoun?: boolean;
  /** The question's main verb ("join", "reach"). */
  readonly verb?: boolean;
  /** Taken from a hypothesis label rather than the question. */
  readonly hypothesis?: boolean;
  /** An act of a hypothesis in which the outcome does not come by the horizon ("Russia holds the city past November"). */
  readonly against?: boolean;
  /** A light verb ("hold", "take"): an act only beside its object, a noun of the outcome. */
  readonly light?: boolean;
  /** A verb whose subject undergoes the outcome ("falls" for "capture"): its subject must be the outcome's object. */
  readonly undergone?: boolean;
}

/**
 * The question's terms by the key of every member of their word families, and the words of the
 * outcome that are common in the collection (in a war corpus, "war"): such a word alone does not
 * put a judgement on the question.
 */
export interface Topic {
  readonly terms: ReadonlyMap<string, TopicTerm>;
  readonly common: ReadonlySet<string>;
  /** The question's verb when it conveys its object to one of its actors ("send tanks to Ukraine"): a verb of giving names it too. */
  readonly conveyed?: TopicTerm;
  /** The outcome's acts: the question's verbs and the synonyms of the sense it chose ("capture", "seize"). */
  readonly acts?: readonly string[];
  /** The question's verb takes a place short of a country as its object ("capture Pellmoor"): its acts are done to places. */
  readonly placeObject?: boolean;
  /** The kinds of thing the question names by a compound WordNet lists, by head ("weapon": nuclear_weapon's senses). */
  readonly kinds?: ReadonlyMap<string, readonly number[]>;
}

const rank: Record<TermKind, number> = { event: 3, related: 2, actor: 1 };

const content = (raw: string): string[] =>
  raw
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !lex().questionStopwords.has(w.toLowerCase()));

/** Whether a token starts with a capital, past opening punctuation ("(HIMARS"). */
const capitalised = (token: string): boolean => /^[^\p{L}\p{N}]*\p{Lu}/u.test(token);

/**
 * A capitalised word after the first is a name ("Will Russia order ..."), unless it is part of a
 * date next to a number ("31 October 2022").
 */
const nameAt = (raw: readonly string[], i: number): boolean =>
  i > 0 &&
  capitalised(raw[i] ?? '') &&
  !/^\p{N}/u.test(raw[i - 1] ?? '') &&
  !/^\p{N}/u.test(raw[i + 1] ?? '');

const determiners = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'any', 'some', 'more']);

/** A verb before its object ("reach the plant", "join Russia's war") ends the subject: no compound spans it. */
function isVerbBefore(word: string, next: string | undefined): boolean {
  if (!next || !(determiners.has(next.toLowerCase()) || /^\p{Lu}/u.test(next))) return false;
  return isVerb(word);
}

const AUXILIARY = /^(?:will|would|does|do|did|can|could|is|are|has|have|shall)$/iu;

/** Where an apposition set off by commas right after the question's subject ends ("Will X, the Y, ..."), or -1. */
function appositionEnd(raw: readonly string[], k: number): number {
  if (!(raw[k - 1] ?? '').endsWith(',') || !determiners.has((raw[k] ?? '').toLowerCase())) return -1;
  for (let j = k; j < raw.length; j++) if ((raw[j] ?? '').endsWith(',')) return j;
  return -1;
}

/**
 * The subject of a yes/no question after its auxiliary: names ("Will Russia"), or a determiner and
 * a noun ("Will the war"), and then an apposition set off by commas ("Will X, the player held in Y,
 * be released"). The index after it, and the apposition's span (empty when there is none).
 */
function subjectOf(raw: readonly string[]): { next: number; apposition: [number, number] } | undefined {
  let k = 1;
  if (/^\p{Lu}/u.test(raw[k] ?? '')) while (/^\p{Lu}/u.test(raw[k] ?? '')) k++;
  else if (determiners.has((raw[k] ?? '').toLowerCase()) && /^\p{Ll}+$/u.test(raw[k + 1] ?? '')) k += 2;
  else return undefined;
  const end = appositionEnd(raw, k);
  return end < 0 ? { next: k, apposition: [0, 0] } : { next: end + 1, apposition: [k, end + 1] };
}

/**
 * Where a yes/no question whose verb no object marks ("Will Russia completely halt gas deliveries",
 * "Will Russia declare occupied territory ...", "Will the war spread to ...") has its main verb:
 * the first word with a verb reading after the auxiliary and the subject, past adverbs in -ly; a
 * passive's participle ("be released"), with the verbs coordinated with it ("released or
 * exchanged"). Empty when a verb is marked by its object already (see isVerbBefore) or the
 * question has no such shape.
 */
function verbsAfterSubject(raw: readonly string[], subject: ReturnType<typeof subjectOf>): Set<number> {
  const verbs = new Set<number>();
  if (!AUXILIARY.test(raw[0] ?? '') || !subject) return verbs;
  const after = (i: number) => i >= subject.next;
  const marked = raw.some(
    (token, i) => after(i) && /^\p{Ll}/u.test(token) && isVerbBefore(token, raw[i + 1]),
  );
  let k = subject.next;
  while (/^\p{Ll}+ly$/u.test(raw[k] ?? '')) k++;
  if (/^be$/i.test(raw[k] ?? '')) k++;
  else if (marked) return verbs;
  else {
    // A noun that ends the subject ("Will Russian forces withdraw from ...") is followed by the verb,
    // itself followed by what opens its complement (a preposition, a determiner or a name).
    const next = raw[k + 1] ?? '';
    const following = (raw[k + 2] ?? '').toLowerCase();
    const opens =
      lex().prepositions.has(following) || determiners.has(following) || /^\p{Lu}/u.test(raw[k + 2] ?? '');
    if (!isOnlyVerb(raw[k] ?? '') && /^\p{Ll}+$/u.test(next) && isVerb(next) && opens) k++;
  }
  const verbAt = (i: number) => /^\p{Ll}+,?$/u.test(raw[i] ?? '') && isVerb((raw[i] ?? '').replace(/,$/, ''));
  if (!verbAt(k)) return verbs;
  verbs.add(k);
  // Verbs coordinated with it are the outcome's acts too ("released or exchanged and leave").
  for (let i = k + 1; /^(?:or|and)$/i.test(raw[i] ?? '') && verbAt(i + 1); i += 2) verbs.add(i + 1);
  return verbs;
}

/**
 * A name used as a modifier of the noun after it ("the Madrid summit", "the Kherson region"): a
 * place, not an actor. A capital used otherwise ("Will Moscow ...", "on Moscow's side", "promise
 * Kyiv tanks") stands for its country.
 */
function attributive(raw: readonly string[], i: number): boolean {
  const next = raw[i + 1] ?? '';
  if (/['’]s\W*$/u.test(raw[i] ?? '') || !/^\p{Ll}+\W*$/u.test(next)) return false;
  const net = wn();
  return !!net && baseForms(next.replace(/\W+$/u, ''), net).some(([, pos]) => pos === 'n');
}

/**
 * The question's own terms. Adjacent words of the outcome form one compound named by its last word
 * ("nuclear power plant" is the term "plant", its other words related to it); after the first word of the outcome, a preposition
 * opens a modifier whose words are only related to it.
 */
function termsOfQuestion(
  text: string,
  add: (
    word: string,
    kind: TermKind,
    head: string,
    subject?: boolean,
    verb?: boolean,
    noun?: boolean,
    country?: boolean,
  ) => void,
): void {
  const raw = text.split(/\s+/);
  const subject = subjectOf(raw);
  const mainVerbs = verbsAfterSubject(raw, subject);
  const mainVerb = mainVerbs.size > 0 ? Math.min(...mainVerbs) : -1;
  const [appositionStart, appositionEnd] = subject?.apposition ?? [0, 0];
  let modifier = false;
  let verbSeen = false;
  let events = 0;
  let run: string[] = [];
  // A compound's other words are only related to it: "nuclear" alone is not the plant.
  const flush = () => {
    const head = run.at(-1) ?? '';
    // Before the main verb, a noun is the outcome's agent ("Ukrainian forces retake ..."), not the
    // outcome, unless it names an act ("an IAEA mission reach ..."): only related to it.
    const agent = !verbSeen && !isMostlyEventNoun(head);
    const headKind: TermKind = modifier || agent ? 'related' : 'event';
    for (const word of run) add(word, word !== head ? 'related' : headKind, head, false, false, true);
    // What the compound is in other words: "mobilise" for a call-up, a nuclear weapon for an atomic bomb.
    const kin = compoundKin(run.length > 1 ? run.slice(-2).join('_') : head);
    for (const word of kin.same) add(word, headKind, word, false, isOnlyVerb(word), !isOnlyVerb(word));
    for (const word of kin.heads) add(word, headKind, word, false, false, true);
    for (const word of kin.modifiers) add(word, 'related', word, false, false, true);
    events += run.length;
    run = [];
  };
  raw.forEach((token, i) => {
    // An adverb between the subject and its verb ("completely halt") is no word of the outcome.
    if (i < mainVerb && /^\p{Ll}+ly$/u.test(token)) return;
    // An apposition describes the subject ("X, the player held in Y, ..."): its words are related only.
    if (i >= appositionStart && i < appositionEnd) {
      flush();
      for (const word of content(token))
        if (!nameAt(raw, i)) add(word.toLowerCase(), 'related', word.toLowerCase());
      return;
    }
    // Punctuation around a word ("(before 1 July)") leaves it the function word it is.
    const lower = token.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (lex().prepositions.has(lower) || lex().questionStopwords.has(lower)) flush();
    if (lex().prepositions.has(lower) && events > 0) modifier = true;
    const capital = i > 0 && capitalised(token);
    if (capital && !nameAt(raw, i)) {
      flush();
      return;
    }
    const compound = capital ? undefined : hyphenCompound(token);
    if (compound) run.push(compound);
    for (const word of compound ? [] : content(token)) {
      if (capital) {
        flush();
        // "US-made": only the capitalised part of a hyphenated name is a name.
        if (!/^\p{Lu}/u.test(word)) continue;
        add(word, 'actor', word, events === 0, false, false, !attributive(raw, i));
      } else if (isVerbBefore(word, raw[i + 1]) || mainVerbs.has(i)) {
        flush();
        add(word.toLowerCase(), modifier ? 'related' : 'event', word.toLowerCase(), false, true);
        verbSeen = true;
        events++;
      } else run.push(word.toLowerCase());
    }
    if (/[^\p{L}]$/u.test(token)) flush();
  });
  flush();
}

/**
 * A name's keys: its own, its demonyms, the place it is the demonym of ("Ukrainian" -> Ukraine),
 * and the other spellings the gazetteer knows for it ("Severodonetsk" for "Sievierodonetsk");
 * with `asCountry`, a capital's country's too.
 */
export const actorKeys = (word: string, asCountry = false): string[] => {
  const place = lex().placeOf.get(word);
  const canonical = lookupPlace(word);
  // A capital named as an actor acts for its country ("Will Moscow ...": Russia); one that
  // modifies a noun is only where the act happens ("at the Madrid summit").
  const country = canonical === undefined || !asCountry ? undefined : countryOfCapital(canonical);
  return [
    wordKey(word),
    ...(country && country !== canonical ? [country, ...(lex().demonymsOf.get(country) ?? [])] : []),
    ...(lex().demonymsOf.get(word) ?? []),
    ...(place ? [place] : []),
    ...(canonical ? placeSpellings(canonical) : []),
  ].map(wordKey);
};

/** The terms of a question: its own words (outcome, actors, modifiers) and its hypothesis labels. */
export function topicOf(question: Question): Topic {
  const terms = new Map<string, TopicTerm>();
  let hypothesis = false;
  // The words beside the question's verb, which tell which of its senses the question means.
  const context = new Set<string>();
  const add = (
    word: string,
    kind: TermKind,
    head: string,
    subject = false,
    verb = false,
    noun = false,
    country = false,
  ) => {
    if (kind !== 'actor' && !verb) context.add(word.toLowerCase());
    const eventNoun = kind === 'event' && (isEventNoun(word) || isDeverbalNoun(word));
    const keys =
      kind === 'actor'
        ? actorKeys(word, country)
        : noun
          ? nounFamily(word.toLowerCase())
          : wordFamily(word.toLowerCase());
    for (const key of keys) {
      const had = terms.get(key);
      // A hypothesis word never takes over an actor of the question ("Ukraine" for "Ukrainian").
      if (had?.kind === 'actor' && hypothesis) continue;
      if (!had || rank[had.kind] < rank[kind])
        terms.set(key, {
          word: head,
          kind,
          ...(subject ? { subject } : {}),
          ...(eventNoun ? { eventNoun } : {}),
          ...(verb ? { verb } : {}),
          ...(hypothesis ? { hypothesis } : {}),
        });
    }
  };
  termsOfQuestion(question.question, add);
  const outcome = new Map(terms);
  hypothesis = true;
  // Labels that take no side and say nothing of the outcome may take one from their description.
  const undecided: typeof question.hypotheses = [];
  for (const h of question.hypotheses) {
    const restated = restates(h.label, outcome);
    const side = sideOf(h.label, outcome);
    if (!restated && !side) undecided.push(h);
    const raw = h.label.split(/\s+/);
    raw.forEach((token, i) => {
      // A light verb of a side-taking label ("holds the city") is an act only with its object.
      const lower = token.toLowerCase();
      if (side && lex().questionStopwords.has(lower) && isVerbBefore(lower, raw[i + 1])) {
        addAct(lower, side === 'against', true);
        return;
      }
      for (const word of content(token)) {
        if (actorKeys(word).some((key) => terms.get(key)?.kind === 'actor')) continue;
        // A name in a label is an actor of the question's scope too ("Russia withdraws ...").
        if (labelName(raw, i, word)) {
          add(word, 'actor', word);
          continue;
        }
        const lower = word.toLowerCase();
        // The acts of a hypothesis that takes a side name the outcome (or its failure) too:
        // "withdraws", "enters" in "Russia withdraws and Ukraine enters the city".
        const act = !restated && side !== undefined && isLabelVerb(raw, i, word);
        if (act) addLabelAct(raw, i, word, side === 'against');
        else add(lower, restated ? 'event' : 'related', lower);
      }
    });
  }
  const acts = addQuestionSense();
  for (const h of undecided) {
    if (!h.description || !describesOutcome(h.description, terms, acts)) continue;
    const raw = h.label.split(/\s+/);
    raw.forEach((token, i) => {
      for (const word of content(token))
        if (!labelName(raw, i, word) && isLabelVerb(raw, i, word)) addLabelAct(raw, i, word, false);
    });
  }
  const conveyed = conveyedVerb(question.question, terms);
  const kinds = kindsOf(question.question);
  return {
    terms,
    common: new Set(),
    ...(conveyed ? { conveyed } : {}),
    ...(acts.length > 0 ? { acts } : {}),
    ...(takesPlace(question.question, terms) ? { placeObject: true } : {}),
    ...(kinds.size > 0 ? { kinds } : {}),
  };

  /** The synonyms of the sense of the question's verb its other words choose ("seize" for "capture" a town). */
  function addQuestionSense(): string[] {
    const verbs = [...terms.values()].filter((t) => t.kind === 'event' && t.verb && !t.hypothesis);
    const acts: string[] = [];
    for (const term of new Set(verbs)) {
      const others = [...context].filter((w) => w !== term.word);
      // Its own forms only: the synonyms of its own dominant sense are of another sense again.
      const synonyms = questionSenseSynonyms(term.word, others);
      acts.push(term.word, ...synonyms);
      for (const synonym of synonyms)
        for (const key of wordFamily(synonym).filter((k) => k.slice(0, 4) === wordKey(synonym).slice(0, 4))) {
          const had = terms.get(key);
          if (!had || rank[had.kind] < rank[term.kind]) terms.set(key, term);
        }
      // A light verb of that sense ("take" by force) is its act only beside its object ("take the town").
      for (const light of questionSenseLightVerbs(term.word, others, lex().questionStopwords))
        for (const key of lightForms(light))
          if (!terms.has(key)) terms.set(key, { word: light, kind: 'event', verb: true, light: true });
      // A verb of the labels that is the act undergone ("falls": is captured) names it beside its object too.
      for (const undergone of undergoneVerbs([term.word, ...synonyms], others))
        for (const key of lightForms(undergone)) {
          const had = terms.get(key);
          if (had?.kind !== 'event')
            terms.set(key, {
              word: undergone,
              kind: 'event',
              verb: true,
              light: true,
              hypothesis: true,
              undergone: true,
            });
        }
    }
    return acts;
  }

  /** A label's act, read with its particle where the two make a phrasal verb ("pulls its garrison out"). */
  function addLabelAct(raw: readonly string[], i: number, word: string, against: boolean): void {
    const phrasal = phrasalVerb(raw, i);
    addAct(phrasal ?? word.toLowerCase(), against, false, phrasal ? phrasalFamily(phrasal) : undefined);
  }

  function addAct(word: string, against: boolean, light = false, family?: readonly string[]): void {
    // A light verb's synonyms are lighter still ("keep" for "hold"): only its own forms.
    for (const key of family ?? (light ? lightForms(word) : wordFamily(word))) {
      const had = terms.get(key);
      if (had && had.kind !== 'related') continue;
      terms.set(key, {
        word,
        kind: 'event',
        verb: true,
        hypothesis: true,
        ...(against ? { against } : {}),
        ...(light ? { light } : {}),
      });
    }
  }
}

/**
 * The question's own verb when it conveys its object to one of the question's actors: a verb of
 * conveying followed, past its object, by "to" and an actor ("send ... tanks (such as ...) to Ukraine").
 */
function conveyedVerb(question: string, terms: ReadonlyMap<string, TopicTerm>): TopicTerm | undefined {
  const words = question.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const term = terms.get(wordKey(words[i] ?? ''));
    if (term?.kind !== 'event' || !term.verb || term.hypothesis || !conveys(words[i] ?? '')) continue;
    const to = words.indexOf('to', i + 1);
    const recipient = terms.get(
      wordKey(words[to + 1] === 'the' ? (words[to + 2] ?? '') : (words[to + 1] ?? '')),
    );
    if (to > 0 && recipient?.kind === 'actor') return term;
  }
  return undefined;
}

/**
 * Whether the question's own verb has a place short of a country right after it as its object
 * ("capture Pellmoor", "take the town of Pellmoor"; not "withdraw from Pellmoor", "join Sylvania's war").
 */
function takesPlace(question: string, terms: ReadonlyMap<string, TopicTerm>): boolean {
  const words = question.split(/\s+/).map((w) => w.replace(/[^\p{L}'-]+$/u, ''));
  return words.some((word, i) => {
    const term = terms.get(wordKey(word));
    if (term?.kind !== 'event' || !term.verb || term.hypothesis) return false;
    // "the town of Pellmoor": a place by its kind, whether or not the gazetteer knows it.
    const kind =
      /^the$/i.test(words[i + 1] ?? '') && words[i + 3] === 'of' && isPlaceNoun(words[i + 2] ?? '');
    const named = kind ? (words[i + 4] ?? '') : (words[i + 1] ?? '');
    if (!/^\p{Lu}[\p{L}-]*$/u.test(named)) return false;
    const place = lookupPlace(named);
    return place === undefined ? kind : !isCountry(place);
  });
}

/** A label's word that is its verb: one before its object, or a word WordNet knows only as a verb. */
const isLabelVerb = (raw: readonly string[], i: number, word: string): boolean =>
  isVerbBefore(word, raw[i + 1]) || isOnlyVerb(word.toLowerCase());

/** A capitalised word of a label that is a name: after its first word, or a place the gazetteer knows. */
const labelName = (raw: readonly string[], i: number, word: string): boolean =>
  /^\p{Lu}/u.test(word) &&
  !isTimeNoun(word) &&
  (i > 0 ? nameAt(raw, i) : lex().demonymsOf.has(word) || lex().placeOf.has(word));

/** A light verb's own forms ("holds", "hold"), without the synonyms of its family. */
const lightForms = (word: string): string[] => {
  const net = wn();
  return [word, ...(net ? baseForms(word, net).map(([lemma]) => lemma) : [])].map(wordKey);
};

/**
 * Which side of the question a hypothesis label takes, when it tells: `against` when it denies the
 * outcome or puts its state past the horizon ("Recruitment without a mobilisation order", "Russia
 * holds the city past November") and still names a word of the outcome; `for` when it has the
 * question's subject bring about a word of the outcome ("Ukraine takes the city by assault").
 */
function sideOf(label: string, outcome: ReadonlyMap<string, TopicTerm>): 'for' | 'against' | undefined {
  const words = label.split(/[^\p{L}']+/u).filter(Boolean);
  const termOf = (w: string) => outcome.get(wordKey(w));
  const names = words.some((w) => termOf(w)?.kind === 'event');
  if (!names) return undefined;
  const denies = words.some((w) => {
    const lower = w.toLowerCase();
    return lex().conditions.has(lower) || lex().denial.negators.has(lower) || lex().beyond.has(lower);
  });
  if (denies) return 'against';
  const subjects = [...outcome].filter(([, t]) => t.subject).map(([key]) => key);
  // A name the gazetteer does not know still shares its stem with its demonym ("Freedonian").
  const isSubject = (w: string) =>
    actorKeys(w).some((key) => outcome.get(key)?.subject === true) ||
    subjects.some((key) => wordKey(w).length >= 4 && key.startsWith(wordKey(w)));
  return words.some((w) => /^\p{Lu}/u.test(w) && isSubject(w)) ? 'for' : undefined;
}

/**
 * Whether a hypothesis label restates the outcome: it holds the question's verb or event noun
 * outside a condition ("Belarus joins a ground offensive" restates "Will Belarus join ...";
 * "Recruitment without a mobilisation order" does not). Its words then name the outcome too.
 */
function restates(label: string, outcome: ReadonlyMap<string, TopicTerm>): boolean {
  let negated = false;
  return label.split(/\s+/).some((raw) => {
    if (lex().conditions.has(raw.toLowerCase())) negated = true;
    if (negated) return false;
    return content(raw).some((word) => {
      const term =
        outcome.get(wordKey(word)) ??
        wordFamily(word.toLowerCase())
          .map((k) => outcome.get(k))
          .find(Boolean);
      if (term?.kind !== 'event') return false;
      return term.eventNoun === true || term.verb === true;
    });
  });
}
