import { lookupPlace } from '../../annotate/mention/index.js';
import { overlaps, type Span } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import type { OriginFinder } from '../evidence/origins.js';
import type { BottomLine } from '../types.js';
import { bandOf } from './bands.js';
import { denialsIn, hearsayIn } from './denials.js';
import { centralSource, type Holder, holderOf } from './holder.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { estimatesIn, type MarkerHit } from './markers.js';
import { placed } from './position.js';
import { clauseStartBefore, verbAt } from './predicate.js';
import {
  countryOf,
  hasAnaphor,
  isActorName,
  isAnswer,
  type MarkerClass,
  namesSubject,
  none,
  type Relevance,
  relevanceOf,
  termAt,
} from './relevance.js';
import { type SentenceTokens, sentenceTokens } from './sentence-tokens.js';
import { delayedOutcome } from './time-to-outcome.js';
import type { Topic } from './topic.js';
import { isEventNoun } from './word-family.js';

/** A judgement must carry at least this much of the question (one word of the outcome in its scope). */
const MIN_RELEVANCE = 2;

export interface Candidate {
  readonly sentence: SentenceTokens;
  readonly marker: MarkerHit;
  readonly relevance: Relevance;
  readonly holder: Holder;
  readonly score: number;
}

const isQuestion = (text: string, s: SentenceTokens): boolean =>
  text.slice(s.span.start, s.span.end).endsWith('?');

const classOf = (m: MarkerHit): MarkerClass =>
  m.kind === 'hearsay' ? 'reported' : m.strength <= 1 ? 'weak' : 'firm';

/** A question or sentence referred to was chosen for being about the outcome: any of its words will do. */
const withoutCommon = (topic: Topic): Topic => ({ ...topic, common: new Set() });

/**
 * How far a judgement speaks of the question: through its own words, or, when it stands for an
 * outcome named just before ("this scenario is unlikely", "the answer is more likely no"), through
 * the sentence or question it refers to.
 */
function relevance(
  text: string,
  all: readonly SentenceTokens[],
  s: SentenceTokens,
  m: MarkerHit,
  topic: Topic,
): Relevance {
  const own = relevanceOf(s, beforeEmbeddedQuestion(s, m), topic, classOf(m), m.span.end, m.span.start);
  if (own.onTopic) return own;
  const before = all.slice(Math.max(0, s.index - 2), s.index);
  const referred = hasAnaphor(s, m.scope)
    ? before.slice(-1)
    : isAnswer(s, m.scope)
      ? before.filter((q) => isQuestion(text, q))
      : [];
  // A question asked just before an answer needs only to name the question's subject.
  const asked = (r: SentenceTokens): Relevance => {
    const found = relevanceOf(r, r.span, withoutCommon(topic));
    return isQuestion(text, r) && namesSubject(r, topic)
      ? { ...found, onTopic: true, score: Math.max(found.score, 2) }
      : found;
  };
  const theirs = referred.map(asked).filter((r) => r.onTopic);
  return theirs.sort((a, b) => b.score - a.score)[0] ?? none;
}

/**
 * What a marker judges, up to a question embedded after a word of its own clause ("will make a
 * recommendation on whether X", "will decide when X"): that question is asked, not judged. A
 * question right after the marker ("doubtful whether X") is what it judges, as is one a marker of
 * open questions governs ("remains to be seen whether X").
 */
function beforeEmbeddedQuestion(s: SentenceTokens, m: MarkerHit): Span {
  if (m.governsQuestion) return m.scope;
  let content = false;
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (!t || t.span.start < m.span.end || t.span.end > m.scope.end) continue;
    if (content && lex().interrogatives.has(s.lower[k] ?? ''))
      return { start: m.scope.start, end: t.span.start };
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'PROPN') content = true;
  }
  return m.scope;
}

/**
 * A judgement about another actor: the sentence names none of the question's actors, and the first
 * name before the marker is a place or people that is not one of them ("the other country can
 * mobilise a million men").
 */
function aboutAnotherActor(cd: CorpusDocument, s: SentenceTokens, m: MarkerHit, topic: Topic): boolean {
  const before = cd.annotations.mentions.filter(
    (x) => x.span.start >= s.span.start && x.span.end <= m.span.start,
  );
  const inSentence = cd.annotations.mentions.filter(
    (x) => x.span.start >= s.span.start && x.span.end <= s.span.end,
  );
  const isActor = (name: string) => isActorName(topic, name);
  if (inSentence.some((x) => isActor(x.name))) return false;
  const first = before[0];
  return !!first && (first.kind === 'place' || first.kind === 'demonym') && !isActor(first.name);
}

/**
 * Whether the question's subject is a group of countries the gazetteer does not place ("Will Western
 * governments ...", "Will NATO ..."): a country named as the actor may be one of them.
 */
const groupSubject = (topic: Topic): boolean =>
  [...topic.terms.values()].some(
    (t) => t.kind === 'actor' && t.subject === true && !lookupPlace(t.word) && !lex().placeOf.has(t.word),
  );

/**
 * The verb of the judged act: the first verb of the outcome in the marker's scope, or else the verb
 * that takes a noun of the outcome there ("expects to get deliveries"). -1 when there is neither.
 */
function judgedActAt(s: SentenceTokens, m: MarkerHit, topic: Topic): number {
  const inScope = (i: number) =>
    (s.tokens[i]?.span.start ?? -1) >= m.scope.start && (s.tokens[i]?.span.end ?? Infinity) <= m.scope.end;
  const verb = s.tokens.findIndex(
    (_, i) => inScope(i) && verbAt(s, i) && termAt(topic, s, i)?.kind === 'event',
  );
  if (verb >= 0) return verb;
  const noun = s.tokens.findIndex(
    (t, i) => inScope(i) && t.pos === 'NOUN' && termAt(topic, s, i)?.eventNoun === true,
  );
  for (let k = noun - 1; k >= 0 && inScope(k) && (s.tokens[k]?.span.start ?? 0) >= m.span.end; k--)
    if (verbAt(s, k)) return k;
  return -1;
}

/**
 * A judged act done by another country: the nearest country or people named before the outcome's
 * verb (or the verb taking its noun) in its clause is none of the question's actors, and the clause
 * names none of them before the verb ("the neighbour will also apply to join" when the question asks
 * about another country). A capital stands for its country's government ("Kiev expects to get
 * deliveries"); another city is left alone, as a place where the act may happen.
 */
function actedByAnother(cd: CorpusDocument, s: SentenceTokens, m: MarkerHit, topic: Topic): boolean {
  if (groupSubject(topic)) return false;
  const at = s.tokens[judgedActAt(s, m, topic)]?.span.start;
  if (at === undefined) return false;
  const from = clauseStartBefore(s, at);
  const isActor = (name: string) => isActorName(topic, name);
  const agent = cd.annotations.mentions
    .filter((x) => x.span.start >= from && x.span.end <= at)
    .filter(
      (x) =>
        x.kind === 'demonym' ||
        (x.kind === 'place' && (lex().demonymsOf.has(x.name) || countryOf(x.name) !== undefined)),
    )
    .at(-1);
  if (!agent || isActor(agent.name)) return false;
  const country = agent.country ?? (agent.kind === 'place' ? countryOf(agent.name) : undefined);
  if (country !== undefined && isActor(country)) return false;
  return !s.tokens.some(
    (t, i) => t.span.start >= from && t.span.end <= at && termAt(topic, s, i)?.kind === 'actor',
  );
}

/**
 * An act conveyed to someone else: where the question's verb conveys its object to one of its
 * actors ("send tanks to Ukraine"), the judged act names, right after its "to", a place or people
 * that is none of them ("tanks could be sent to Poland"), or sends its object into an activity
 * ("crews into action"). A capital stands for its country.
 */
function conveyedElsewhere(cd: CorpusDocument, s: SentenceTokens, m: MarkerHit, topic: Topic): boolean {
  if (!topic.conveyed) return false;
  const inScope = (i: number) =>
    (s.tokens[i]?.span.start ?? -1) >= m.scope.start && (s.tokens[i]?.span.end ?? Infinity) <= m.scope.end;
  const act = s.tokens.findIndex((_, i) => inScope(i) && termAt(topic, s, i) === topic.conveyed);
  if (act < 0) return false;
  for (let k = act + 1; k < s.tokens.length && inScope(k); k++) {
    const w = s.lower[k] ?? '';
    if (w === ',' || w === ';' || (verbAt(s, k) && k > act + 1)) return false;
    // Sent into an activity ("tanks and crews into action"): a deployment, not a delivery to anyone.
    if (w === 'into' && s.tokens[k + 1]?.pos === 'NOUN' && isEventNoun(s.lower[k + 1] ?? '')) return true;
    if (w !== 'to') continue;
    const at = s.tokens[s.lower[k + 1] === 'the' ? k + 2 : k + 1]?.span.start;
    const goal = cd.annotations.mentions.find((x) => x.span.start === at);
    if (!goal || (goal.kind !== 'place' && goal.kind !== 'demonym')) return false;
    return (
      !isActorName(topic, goal.name) && !(goal.country !== undefined && isActorName(topic, goal.country))
    );
  }
  return false;
}

/**
 * A judgement that governs a hedge of its own ("analysts assess that it might", "believes that it
 * could") states the hedge: the outer marker gives way to the inner one. A bare "will" inside is
 * only the future tense and leaves the outer marker its say ("believe that it will"), a hedge
 * inside an embedded question ("taking what they could") states nothing, and one inside a report
 * of absence ("no signs that it is preparing to") is what is absent. A negated judgement ("do not
 * believe it is preparing to", "don't think it could") denies what it governs, hedge and all.
 */
function outermostHedged(s: SentenceTokens, markers: readonly MarkerHit[]): MarkerHit[] {
  const hedges = (outer: MarkerHit, inner: MarkerHit) =>
    inner !== outer &&
    !outer.absence &&
    !negatedMarker.test(outer.text) &&
    !asked(s, inner) &&
    inner.span.start >= outer.span.end &&
    inner.span.end <= outer.scope.end &&
    inner.span.start >= outer.scope.start &&
    (inner.band !== 'almost certain' || inner.strength > 1);
  const denied = (inner: MarkerHit) =>
    markers.some(
      (outer) =>
        outer !== inner &&
        negatedMarker.test(outer.text) &&
        inner.span.start >= outer.span.end &&
        inner.span.end <= outer.scope.end,
    );
  // A bare "will" inside another judgement is the future tense of what that judgement says
  // ("optimism that X will"): the outer marker states the view, whether or not it is kept.
  const futureOf = (inner: MarkerHit) =>
    inner.band === 'almost certain' &&
    inner.strength <= 1 &&
    markers.some(
      (outer) =>
        outer !== inner &&
        outer.kind === 'estimate' &&
        !outer.absence &&
        inner.span.start >= outer.span.end &&
        inner.span.end <= outer.scope.end,
    );
  return markers.filter(
    (outer) => !markers.some((inner) => hedges(outer, inner)) && !denied(outer) && !futureOf(outer),
  );
}

/** A marker whose own words negate it ("do not believe", "n't think", "never expected"). */
const negatedMarker = /\b(?:not|never|cannot)\b|n['’]t\b/i;

/** A judgement of a hypothesis against the outcome is the complement of a judgement on it. */
const sided = (m: MarkerHit, r: Relevance): MarkerHit => {
  if (!r.against) return m;
  const probability = 1 - m.probability;
  return { ...m, probability, band: bandOf(probability) };
};

/** A marker inside an embedded question ("reports about whether Russia will withdraw") states nothing. */
function asked(s: SentenceTokens, m: MarkerHit): boolean {
  for (let k = s.tokens.length - 1; k >= 0; k--) {
    const t = s.tokens[k];
    if (!t || t.span.start >= m.span.start) continue;
    const w = s.lower[k] ?? '';
    if (lex().interrogatives.has(w)) return true;
    if (w === ',' || w === ';' || w === ':') return false;
  }
  return false;
}

/** Nouns that name a chance: a comparison of two of them ranks outcomes without stating either's chance. */
const chanceNouns = new Set([
  'chance',
  'chances',
  'probability',
  'likelihood',
  'odds',
  'risk',
  'possibility',
]);
/** Comparatives not built with -er. */
const irregularComparatives = new Set(['more', 'less', 'greater', 'fewer', 'better', 'worse']);

const comparativeAt = (s: SentenceTokens, k: number): boolean => {
  const w = s.lower[k] ?? '';
  const lemma = s.tokens[k]?.lemma ?? w;
  return irregularComparatives.has(w) || (w.endsWith('er') && lemma !== w && w.startsWith(lemma.slice(0, 3)));
};

/**
 * A judgement of a comparison between chances ("the probability of using X is higher than of
 * Y"): it ranks outcomes and states no chance of the question's own. Not a view.
 */
function comparesChances(s: SentenceTokens, m: MarkerHit): boolean {
  const inScope = (k: number) =>
    (s.tokens[k]?.span.start ?? -1) >= m.scope.start && (s.tokens[k]?.span.end ?? Infinity) <= m.scope.end;
  const chance = s.lower.some((w, k) => inScope(k) && chanceNouns.has(w));
  return (
    chance &&
    s.lower.some(
      (w, k) =>
        w === 'than' &&
        inScope(k) &&
        s.tokens[k + 1]?.pos !== 'NUM' &&
        !overlaps(s.tokens[k]?.span ?? m.span, m.span) &&
        (comparativeAt(s, k - 1) || comparativeAt(s, k - 2)),
    )
  );
}

const namesOutcome = (s: SentenceTokens, topic: Topic): boolean =>
  s.tokens.some((_, i) => termAt(topic, s, i)?.kind === 'event');

const refers = (s: SentenceTokens): boolean =>
  s.lower.some(
    (w) => lex().answers.has(w) || lex().anaphors.pronouns.has(w) || lex().anaphors.determiners.has(w),
  );

/**
 * Which sentences can hold a view at all: those that name a word of the outcome, and those that
 * refer back (an anaphor, an answer) to one of the two before that names it or asks a question.
 * Most sentences of a long collection are neither and are skipped cheaply.
 */
function mayJudge(text: string, all: readonly SentenceTokens[], topic: Topic): boolean[] {
  const named = all.map((s) => namesOutcome(s, topic));
  return all.map(
    (s, i) =>
      named[i] === true ||
      (refers(s) &&
        all.slice(Math.max(0, i - 2), i).some((r) => named[r.index] === true || isQuestion(text, r))),
  );
}

/** The judgements of a document that speak of the question, each with its holder and a score. */
export function candidates(cd: CorpusDocument, topic: Topic): Candidate[] {
  const { text } = cd.doc;
  const all = sentenceTokens(text, cd.annotations);
  const central = centralSource(cd.annotations);
  const n = Math.max(1, all.length - 1);
  const open = mayJudge(text, all, topic);
  return all.flatMap((s) => {
    if (isQuestion(text, s) || open[s.index] !== true) return [];
    const estimates = estimatesIn(text, cd.annotations, s);
    const denials = denialsIn(text, s, estimates);
    const kept = estimates.filter((e) => !denials.some((d) => overlaps(d.span, e.span)));
    const markers = hearsayIn(text, s, outermostHedged(s, [...kept, ...denials])).map(
      (m) => delayedOutcome(s, m) ?? m,
    );
    return markers.flatMap((m): Candidate[] => {
      if ((!m.governsQuestion && asked(s, m)) || comparesChances(s, m)) return [];
      const r = relevance(text, all, s, m, topic);
      if (!r.onTopic || r.score < MIN_RELEVANCE) return [];
      if (aboutAnotherActor(cd, s, m, topic) || actedByAnother(cd, s, m, topic)) return [];
      if (conveyedElsewhere(cd, s, m, topic)) return [];
      const holder = holderOf(cd.annotations, s.span, m.span, central);
      // Between two markers of one sentence, the one nearer the words it judges (a shorter scope) wins a tie.
      const tie = (m.scope.end - m.scope.start) / 10_000;
      const score = 2 * m.strength + r.score + 2 * (s.index / n) + (holder.central ? 1 : 0) - tie;
      return [{ sentence: s, marker: sided(placed(text, s, m), r), relevance: r, holder, score }];
    });
  });
}

/**
 * A document's view on the question: among its estimative judgements whose scope speaks of the
 * outcome, the one stated most firmly, most on the question, by the article's central source, and
 * latest in the text. Undefined when the document states no view on the question.
 */
export function bottomLineOf(
  cd: CorpusDocument,
  topic: Topic,
  originOf: OriginFinder,
): BottomLine | undefined {
  const best = candidates(cd, topic).sort((a, b) => b.score - a.score)[0];
  if (!best) return undefined;
  const { sentence, marker, holder, relevance: r } = best;
  const { text } = cd.doc;
  const title = cd.doc.meta.title?.value;
  return {
    document: cd.doc.id,
    band: marker.band,
    probability: Math.round(marker.probability * 1000) / 1000,
    start: sentence.span.start,
    end: sentence.span.end,
    text: text.slice(sentence.span.start, sentence.span.end),
    marker: { span: marker.span, text: marker.text },
    kind: marker.kind,
    holder: holder.name,
    about: r.words,
    origin: originOf(cd, marker.scope, sentence.span),
    ...(title ? { title } : {}),
  };
}
