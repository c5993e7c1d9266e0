import { countryOfCapital, lookupPlace } from '../../annotate/mention/index.js';
import { memoized, type Span } from '../../core/index.js';
import { gives } from './giving.js';
import { kindOfOutcome } from './kind-of-outcome.js';
import { anotherKind } from './kinds.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { actsOnOutcome, passiveSubject, undergoerOf } from './object-fit.js';
import { clauseStartBefore, judgedSpan } from './predicate.js';
import { undergoes } from './question-sense.js';
import { relativeClauseOf } from './relative-clauses.js';
import type { SentenceTokens } from './sentence-tokens.js';
import { takenByAnotherAct, talkedOf } from './taking-verb.js';
import type { TermKind, Topic, TopicTerm } from './topic.js';
import { isEventNoun } from './word-family.js';
import { wordKey } from './word-key.js';

const weights: Record<TermKind, number> = { event: 2, related: 1, actor: 1 };

/** How much a span speaks of the question: its terms' weights, and whether it is on the outcome. */
export interface Relevance {
  readonly score: number;
  readonly onTopic: boolean;
  readonly words: readonly string[];
  /** Every act judged is one of a hypothesis against the outcome ("Russia will hold the city"). */
  readonly against?: boolean;
}

export const none: Relevance = { score: 0, onTopic: false, words: [] };

const inside = (span: Span, scope: Span): boolean => span.start >= scope.start && span.end <= scope.end;

/** The question's term a token is a form of, by its lemma or its own spelling. */
export function termAt(topic: Topic, s: SentenceTokens, i: number): TopicTerm | undefined {
  const [lemma = '', own = ''] = s.keys[i] ?? [];
  const term = topic.terms.get(lemma) ?? topic.terms.get(own);
  // A noun of the outcome made another kind of thing by the word before it ("chemical weapons").
  if (term?.kind === 'event' && !term.verb && topic.kinds && anotherKind(s, i, topic.kinds)) return undefined;
  const pos = s.tokens[i]?.pos;
  // A label's noun that is a kind of the question's own ("deal" of "agreement") is the question's.
  if (term?.hypothesis && term.kind === 'event' && !term.verb && pos === 'NOUN')
    return kindOfOutcome(topic, (s.tokens[i]?.lemma ?? s.lower[i] ?? '').toLowerCase()) ?? term;
  if (term) return term;
  if (pos === 'PROPN') return capitalTerm(topic, s.lower[i] ?? '');
  if (pos === 'NOUN') return kindOfOutcome(topic, (s.tokens[i]?.lemma ?? s.lower[i] ?? '').toLowerCase());
  if (pos !== 'VERB') return undefined;
  // A verb of giving names an outcome that conveys something to an actor ("provide tanks" for "send tanks to").
  if (topic.conveyed && gives(lemma)) return topic.conveyed;
  return undergoneTerm(topic, (s.tokens[i]?.lemma ?? s.lower[i] ?? '').toLowerCase());
}

const undergoneTerms = new WeakMap<Topic, Map<string, TopicTerm | undefined>>();

/**
 * A verb WordNet glosses as undergoing one of the outcome's acts ("fall": be captured) names the
 * act with the outcome's object as its subject ("the town could fall"), wherever it is written.
 */
function undergoneTerm(topic: Topic, lemma: string): TopicTerm | undefined {
  if (!topic.acts) return undefined;
  let known = undergoneTerms.get(topic);
  if (!known) {
    known = new Map();
    undergoneTerms.set(topic, known);
  }
  if (!known.has(lemma))
    known.set(
      lemma,
      undergoes(lemma, topic.acts)
        ? { word: lemma, kind: 'event', verb: true, light: true, undergone: true }
        : undefined,
    );
  return known.get(lemma);
}

/** A capital stands for its country's government ("Kyiv will receive ..."): the country's actor term. */
function capitalTerm(topic: Topic, word: string): TopicTerm | undefined {
  const country = countryOf(word);
  const term = country === undefined ? undefined : topic.terms.get(wordKey(country));
  return term?.kind === 'actor' ? term : undefined;
}

/** Whether a name is one of the question's actors, or the capital of one. */
export const isActorName = (topic: Topic, name: string): boolean =>
  topic.terms.get(wordKey(name))?.kind === 'actor' || capitalTerm(topic, name) !== undefined;

/** The country whose capital a place name is ("Kyiv" -> Ukraine), if it is one. */
export const countryOf = memoized((word: string): string | undefined => {
  const place = lookupPlace(word);
  return place === undefined ? undefined : countryOfCapital(place);
});

/**
 * A word inside a condition ("without a mass call-up", "if the war ends"), a premise that denies
 * it ("... with no call-up") or an act restricted to a condition ("will only use it if attacked")
 * is not what is judged.
 */
function conditional(s: SentenceTokens, i: number, markerEnd?: number, markerStart?: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = s.lower[k] ?? '';
    // A "no" of the marker's own words states the judgement ("no deal is imminent").
    const ownNo =
      markerStart !== undefined &&
      (s.tokens[k]?.span.start ?? -1) >= markerStart &&
      (s.tokens[k]?.span.end ?? Infinity) <= (markerEnd ?? -1);
    if (lex().conditions.has(w) || (w === 'no' && i - k <= 2 && !ownNo) || invertedCondition(s, k))
      return true;
    if (k === i - 1 && lex().restrictors.has(w)) return true;
    if (w === ',' || w === ';') return false;
  }
  return topical(s, i, markerEnd);
}

const subjects = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * A condition opened by an auxiliary before its subject ("would be approved should it apply",
 * "were it to join"): the auxiliary follows no subject of its own and a subject follows it.
 */
function invertedCondition(s: SentenceTokens, k: number): boolean {
  if (!lex().invertedConditions.has(s.lower[k] ?? '')) return false;
  const next = s.tokens[k + 1]?.pos ?? '';
  const before = s.tokens[k - 1]?.pos ?? '';
  return k > 0 && (next === 'PRON' || next === 'PROPN' || next === 'DET') && !subjects.has(before);
}

/**
 * A word in what is talked or thought about ("will likely talk about a new mission") is not what
 * happens. Right after the marker, the preposition opens what the marker itself judges ("doubt
 * about progress towards a deal").
 */
function topical(s: SentenceTokens, i: number, markerEnd?: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = s.lower[k] ?? '';
    if (lex().topics.has(w)) return !ownComplement(s, k, markerEnd);
    if (lex().topicStops.has(w) || (s.tokens[k]?.pos === 'VERB' && s.lower[k - 1] !== '-')) return false;
  }
  return false;
}

/** Whether token k is the first after the marker: it opens the marker's complement. */
const ownComplement = (s: SentenceTokens, k: number, markerEnd: number | undefined): boolean =>
  markerEnd !== undefined &&
  (s.tokens[k]?.span.start ?? -1) >= markerEnd &&
  (s.tokens[k - 1]?.span.end ?? Infinity) <= markerEnd;

/**
 * A token's part of speech, a verb of the question read as a verb after an auxiliary or "to"
 * ("will likely hold", which a tagger may read as a noun after the adjective).
 */
function posOf(s: SentenceTokens, i: number, term: TopicTerm): string {
  const pos = s.tokens[i]?.pos ?? '';
  if (!term.verb || pos === 'VERB') return pos;
  const before = [s.tokens[i - 1]?.pos, s.tokens[i - 2]?.pos];
  return before.includes('AUX') || before[0] === 'PART' ? 'VERB' : pos;
}

/**
 * A noun of the outcome that is the subject of the marker's clause ("the rocket systems might
 * arrive"): named before the marker in its clause, with no verb between them, it is judged too.
 */
function subjectOfMarker(
  s: SentenceTokens,
  i: number,
  near: Span | undefined,
  scope: Span,
  term: TopicTerm,
): boolean {
  const t = s.tokens[i];
  if (!near || !t || term.kind !== 'event' || term.verb || !inside(t.span, near) || t.span.end > scope.start)
    return false;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  for (let k = i + 1; k < s.tokens.length; k++) {
    const u = s.tokens[k];
    if (!u || u.span.start >= scope.start) break;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'ADP' || u.pos === 'SCONJ') return false;
  }
  return true;
}

interface Hits {
  readonly best: Map<string, number>;
  /** Words of the outcome inside the scope, with the parts of speech they appear as. */
  readonly eventIn: Map<string, Set<string>>;
  /** Those that name an act or event. */
  readonly eventNouns: Set<string>;
  /** Words of the outcome or related to it inside the scope. */
  readonly wordsIn: Set<string>;
  /** Acts of the outcome inside the scope (verbs, event nouns), and those of a hypothesis against it. */
  readonly acts: Set<string>;
  readonly actsAgainst: Set<string>;
  /** Acts lent by a hypothesis label, which need a second word of the question beside them. */
  readonly lent: Set<string>;
  readonly light: Set<string>;
  /** Nouns of the outcome that name no act ("city", "plant"): the object of its acts. */
  readonly objects: Set<string>;
  /** Whether one of them is a verb or names an act: the scope says something happens. */
  action: boolean;
  actorIn: boolean;
  subjectIn: boolean;
  /** An actor other than the subject inside the scope ("Halden" in "hold Halden"). */
  otherActorIn: boolean;
  /** An actor in the marker's clause up to the end of what it judges: who does the judged act. */
  actorNear: boolean;
  actorAnywhere: boolean;
  /** A verb the outcome's object undergoes, with that object as its subject ("the town could fall"): the outcome whole. */
  undergoneByObject: boolean;
  /** A word of the question itself (not only of a hypothesis label) inside the scope. */
  ownIn: boolean;
}

function hits(s: SentenceTokens, scope: Span, topic: Topic, markerEnd?: number, markerStart?: number): Hits {
  const judged =
    markerEnd === undefined
      ? undefined
      : judgedSpan(
          s,
          scope,
          markerEnd,
          (j) => termAt(topic, s, j)?.subject === true,
          (j) => termAt(topic, s, j) !== undefined,
        );
  const near: Span | undefined =
    markerEnd === undefined
      ? undefined
      : {
          start: clauseStartBefore(s, Math.min(scope.start, markerEnd)),
          end: judged?.span.end ?? scope.end,
        };
  // An act outside what the judgement says happens is a circumstance of it.
  const judgedAct = (span: Span): boolean =>
    !judged || inside(span, judged.span) || (judged.before && span.end <= judged.span.start);
  const h: Hits = {
    best: new Map(),
    eventIn: new Map(),
    eventNouns: new Set(),
    wordsIn: new Set(),
    acts: new Set(),
    actsAgainst: new Set(),
    lent: new Set(),
    light: new Set(),
    objects: new Set(),
    action: false,
    actorIn: false,
    subjectIn: false,
    otherActorIn: false,
    actorNear: false,
    actorAnywhere: false,
    undergoneByObject: false,
    ownIn: false,
  };
  // The outcome's object undergoing a judged act is judged with it ("the town ... could fall").
  // So is the subject of the outcome's verb in the passive ("an agreement is likely to be signed").
  const carried = new Set<number>();
  s.tokens.forEach((t, i) => {
    if (!inside(t.span, scope)) return;
    const term = termAt(topic, s, i);
    const j = term?.undergone
      ? undergoerOf(s, i, topic)
      : term?.kind === 'event' && term.verb && !term.hypothesis
        ? passiveSubject(s, i)
        : undefined;
    if (j !== undefined) carried.add(j);
  });
  // An actor named in a relative clause that holds no act of the outcome describes something
  // else ("personnel joining the allies' exercises, which include Finland"): it does no act judged.
  const relative = relativeClauseOf(s);
  const clausesWithAct = new Set<number>();
  s.tokens.forEach((_, i) => {
    const term = termAt(topic, s, i);
    if (term?.kind === 'event' && (term.verb || term.eventNoun) && (relative[i] ?? -1) >= 0)
      clausesWithAct.add(relative[i] ?? -1);
  });
  s.tokens.forEach((t, i) => {
    const term = termAt(topic, s, i);
    if (!term) return;
    const aside = (relative[i] ?? -1) >= 0 && !clausesWithAct.has(relative[i] ?? -1);
    // The outcome's verb named by its noun ("a withdrawal", "on the retreat") names the act too.
    const nounOfAct =
      term.kind === 'event' &&
      term.verb === true &&
      t.pos === 'NOUN' &&
      isEventNoun((t.lemma ?? s.lower[i] ?? '').toLowerCase());
    const eventNoun = term.eventNoun === true || nounOfAct;
    const act = term.kind === 'event' && (eventNoun || t.pos === 'VERB' || term.verb === true);
    // A verb of the outcome done to something else ("use lasers") is another act.
    if (term.verb && !nounOfAct && !actsOnOutcome(s, i, topic, term)) return;
    const full =
      (inside(t.span, scope) || subjectOfMarker(s, i, near, scope, term) || carried.has(i)) &&
      !conditional(s, i, markerEnd, markerStart) &&
      !(term.kind === 'event' && !term.verb && talkedOf(s, i, topic)) &&
      !(term.eventNoun === true && !term.verb && takenByAnotherAct(s, i, topic, scope, markerEnd)) &&
      (!act || judgedAct(t.span) || carried.has(i));
    if (full && !term.hypothesis) h.ownIn = true;
    if (term.kind === 'actor' && aside) h.actorAnywhere = true;
    else if (term.kind === 'actor') {
      h.actorAnywhere = true;
      if (!near || inside(t.span, near)) h.actorNear = true;
      if (full) h.actorIn = true;
      // The subject named before the marker in its clause ("the country is poised to join") is its subject too.
      const subjectBefore = !!near && inside(t.span, near) && t.span.end <= scope.start;
      if (term.subject && (full || subjectBefore)) h.subjectIn = true;
      if (full && !term.subject) h.otherActorIn = true;
    } else if (full) {
      h.wordsIn.add(term.word);
      if ((t.pos === 'VERB' || eventNoun) && (!term.light || term.undergone)) h.action = true;
    }
    if (term.kind === 'event' && full)
      h.eventIn.set(term.word, (h.eventIn.get(term.word) ?? new Set()).add(posOf(s, i, term)));
    if (term.kind === 'event' && full && eventNoun) h.eventNouns.add(term.word);
    if (full && act) {
      h.acts.add(term.word);
      if (term.undergone) h.undergoneByObject = true;
      if (term.against) h.actsAgainst.add(term.word);
      if (term.hypothesis && term.verb) h.lent.add(term.word);
      // A verb the object undergoes has it as its subject already (see actsOnOutcome).
      if (term.light && !term.undergone) h.light.add(term.word);
    }
    if (term.kind === 'event' && full && !term.verb && !eventNoun) h.objects.add(term.word);
    const w = weights[term.kind] * (full ? 1 : 0.5);
    h.best.set(term.word, Math.max(h.best.get(term.word) ?? 0, w));
  });
  // A light verb names the act only beside its object ("take the town"; not "take part").
  if (h.light.size > 0 && h.objects.size === 0 && !h.otherActorIn)
    for (const word of h.light) {
      h.eventIn.delete(word);
      h.acts.delete(word);
      h.wordsIn.delete(word);
      h.best.delete(word);
    }
  else if (h.light.size > 0) h.action = true;
  return h;
}

/** A specific word of the outcome: a noun naming the event, or a verb whose actor the sentence names. */
function specific(h: Hits, topic: Topic): boolean {
  const withActor = (word: string) =>
    h.light.has(word)
      ? h.objects.size > 0 || h.otherActorIn
      : h.lent.has(word)
        ? h.actorIn || h.wordsIn.size > 1
        : h.actorNear;
  return [...h.eventIn].some(
    ([word, pos]) =>
      !topic.common.has(word) &&
      (((pos.has('NOUN') || pos.has('PROPN')) && h.eventNouns.has(word)) ||
        (pos.has('VERB') && withActor(word))),
  );
}

/**
 * How a marker states its judgement: `firm` (an estimate or a denial), `weak` (a bare modal or an
 * unhedged "will", which need two words of the question), `reported` (a rumour or fear passed on,
 * which needs a specific word of the outcome or its subject).
 */
export type MarkerClass = 'firm' | 'weak' | 'reported';

/**
 * The question's terms in a sentence: full weight inside the marker's scope, half outside it; each
 * question word counts once (its heaviest place). A judgement is on the outcome when its scope holds
 * a specific word of it ("mobilisation"; a verb such as "join" with its actor named), or a common
 * one with the question's subject ("Belarus ... deeper in the war") or with a second word of the
 * outcome or a hypothesis ("visit the plant"); a weak marker needs the two words or the subject,
 * and an action among them ("will visit the plant", not "will send experts to the plant"). A hedge that names only the actors, or a light verb
 * alone ("ordered by the city"), is not on it.
 */
export function relevanceOf(
  s: SentenceTokens,
  scope: Span,
  topic: Topic,
  marker: MarkerClass = 'firm',
  markerEnd?: number,
  markerStart?: number,
): Relevance {
  const h = hits(s, scope, topic, markerEnd, markerStart);
  const paired = h.eventIn.size > 0 && h.wordsIn.size > 1;
  const withSubject = h.eventIn.size > 0 && (h.subjectIn || h.undergoneByObject) && h.action;
  // Words lent by hypothesis labels alone ("strikes", "leaves" of "grain leaves only by rail") do
  // not put a judgement on the question: one of its own words must be judged too.
  const onTopic =
    h.ownIn &&
    (marker === 'weak'
      ? (paired || withSubject) && h.action
      : specific(h, topic) || withSubject || (marker === 'firm' && paired));
  // The outcome stated with its actor ("Belarus ... deeper in the war") is the question itself.
  const joint = onTopic && h.actorIn ? 1 : 0;
  const score = [...h.best.values()].reduce((a, b) => a + b, joint);
  const against = h.actsAgainst.size > 0 && h.actsAgainst.size === h.acts.size;
  return { score, onTopic, words: [...h.best.keys()], ...(against ? { against } : {}) };
}

/**
 * Whether the scope holds an anaphor that stands for an outcome: "this scenario", "such a move",
 * or "it" / "this" as the subject of an event ("it can happen in September"; not the expletive
 * "it is likely that", nor a relative "that" after its noun).
 */
export function hasAnaphor(s: SentenceTokens, scope: Span): boolean {
  return s.tokens.some((t, i) => {
    if (!inside(t.span, scope)) return false;
    const w = s.lower[i] ?? '';
    const next = s.lower[i + 1] === 'a' ? s.lower[i + 2] : s.lower[i + 1];
    if (lex().anaphors.determiners.has(w) && lex().anaphors.nouns.has(next ?? '')) return true;
    const after = s.tokens[i + 1];
    // A pronoun right after a noun opens a relative clause about it ("rocket systems that can strike").
    const relative = s.tokens[i - 1]?.pos === 'NOUN' || s.tokens[i - 1]?.pos === 'PROPN';
    return (
      !relative &&
      lex().anaphors.pronouns.has(w) &&
      !!after &&
      after.pos === 'AUX' &&
      !lex().anaphors.copulas.has(next ?? '') &&
      happens(s, i + 1)
    );
  });
}

const verbGroup = new Set(['AUX', 'ADV', 'PART']);

/**
 * Whether the verb after a pronoun's auxiliaries says that something happens ("it can happen",
 * "it might", "this will not come soon"): the pronoun stands for an event. Another verb ("it will
 * try to ...") has it stand for whoever acts.
 */
function happens(s: SentenceTokens, from: number): boolean {
  let k = from;
  while (verbGroup.has(s.tokens[k]?.pos ?? '')) k++;
  const t = s.tokens[k];
  if (!t || t.pos === 'PUNCT') return true;
  return t.pos === 'VERB' && lex().occurrences.has((t.lemma ?? s.lower[k] ?? '').toLowerCase());
}

/** Whether the scope answers a question ("the answer is ...", "yes", "no"). */
export const isAnswer = (s: SentenceTokens, scope: Span): boolean =>
  s.tokens.some((t, i) => inside(t.span, scope) && lex().answers.has(s.lower[i] ?? ''));

/** Whether a sentence names the question's subject ("Belarus" in "Will Belarus join ..."). */
export const namesSubject = (s: SentenceTokens, topic: Topic): boolean =>
  s.tokens.some((_, i) => termAt(topic, s, i)?.subject === true);
