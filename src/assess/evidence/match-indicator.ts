import { type Annotations, firstStartingAt, type Span, sentenceOf } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import {
  type DocumentWords,
  findPhrase,
  type PhraseHit,
  sentenceWords,
  tokensAround,
} from '../meaning/find-phrases.js';
import { figureVocabulary, isParticipantCue } from '../meaning/participants.js';
import { type IndicatorPhrases, indicatorPhrases } from '../meaning/phrases.js';
import { indicatorVocabulary, usesVocabulary } from '../meaning/vocabulary.js';
import type { Indicator } from '../question/index.js';
import type { EvidencePiece, EvidenceVia } from '../types.js';
import { countriesNamed, nameActors, namesPair, otherSpeaker, participantCountry } from './actor.js';
import { agentBefore, nameAgentKinds, nounKind } from './agent.js';
import { aboutSaying, framedByAttitude, reportedWords, sayingWords } from './attitude.js';
import { longBefore } from './background.js';
import { dateAt, stanceAt } from './context.js';
import { findCues } from './cue-matcher.js';
import { personDescription } from './descriptor.js';
import { firstVerbIn } from './first-verb.js';
import { measureKeyMatches } from './measure-keys.js';
import { clauseAround, hasNegator, modalityAt, negatedAt, statesPlan } from './modality.js';
import type { OriginFinder } from './origins.js';
import { indicatorThings, otherPatient } from './patient.js';
import {
  fitsDestination,
  indicatorDestination,
  indicatorGoal,
  namesPlace,
  placeRoles,
} from './place-roles.js';
import { refusalBefore, refuses } from './refused.js';
import type { ScopeReach, ScopeReader } from './scope.js';
import { trimSpan } from './sentences.js';
import { otherTarget, type TargetWords, targetAfter } from './target.js';

export interface MatchContext {
  readonly originOf: OriginFinder;
  /** Whether, and how near, a sentence names the question's scope (see scope.ts). */
  readonly scopeOf: ScopeReader;
  /** What the indicator's event is at, when its name says ("Shelling of the plant"; see target.ts). */
  readonly target?: TargetWords;
}

interface Hit {
  readonly via: EvidenceVia;
  readonly span: Span;
  readonly rule: string;
  readonly quantity?: number;
  /** The match holds a negated cue's own negation ("will not send tanks"), which is no report of absence. */
  readonly negatedCue?: boolean;
  /** Only a plain substring of a cue, or only a word of the indicator's: the rules take no such hit. */
  readonly unmatched?: 'substring' | 'words';
}

/** Figures of the indicator's measures that do not go elsewhere ("94 tanks to Russia" is no inflow to Belarus). */
function quantityHits(text: string, ann: Annotations, indicator: Indicator): Hit[] {
  const keys = indicator.match.measureKeys ?? [];
  if (keys.length === 0) return [];
  const destination = indicatorDestination(indicator);
  return ann.quantities.flatMap((q, i): Hit[] => {
    const s = sentenceOf(ann, q.span);
    const key = keys.find((k) => measureKeyMatches(k, q.measureKey, text.slice(s.start, s.end)));
    if (!key || !fitsDestination(destination, placeRoles(text.slice(q.span.end, s.end)))) return [];
    return [{ via: 'quantity', span: q.span, rule: `measure:${key}`, quantity: i }];
  });
}

const kindOf = (h: Hit) => h.unmatched ?? h.via;

/** Quantities are kept; other hits only when no earlier hit of a stronger kind shares their sentence. */
function dedupe(ann: Annotations, hits: readonly Hit[]): Hit[] {
  const taken = new Set<number>();
  const out: Hit[] = [];
  for (const kind of ['quantity', 'cue', 'meaning', 'substring', 'words'] as const) {
    for (const hit of hits.filter((h) => kindOf(h) === kind)) {
      const sentence = sentenceOf(ann, hit.span).start;
      if (kind !== 'quantity' && taken.has(sentence)) continue;
      taken.add(sentence);
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Why the rules set a candidate aside (each is also a feature of the relevance model). */
export type Veto =
  | 'unmatched'
  | 'figure-words'
  | 'figure-goal'
  | 'target'
  | 'refusal'
  | 'agent'
  | 'actor'
  | 'describes'
  | 'patient'
  | 'goal'
  | 'named-goal'
  | 'scope'
  | 'background';

/** A sentence some matcher path (or a plain cue substring) touched, with what the rules say of it. */
export interface Candidate {
  readonly piece: EvidencePiece;
  readonly vetoes: readonly Veto[];
  readonly reach: ScopeReach;
  /** Same sentence text and figure: a repeated caption is one piece of evidence. */
  readonly once: string;
}

/**
 * The evidence for one indicator in one document: measured figures and cue phrases, each with the
 * modality of its sentence (only reports move a status) and the polarity of the indicator's
 * proposition (a negator before the match in its clause reports it not happening).
 */
export function matchIndicator(indicator: Indicator, cd: CorpusDocument, ctx: MatchContext): EvidencePiece[] {
  return firstOfEach(indicatorCandidates(indicator, cd, ctx).filter((c) => c.vetoes.length === 0));
}

/** The pieces of candidates, one for each sentence text and figure. */
export function firstOfEach(candidates: readonly Candidate[]): EvidencePiece[] {
  const seen = new Set<string>();
  return candidates.flatMap((c) => {
    if (seen.has(c.once)) return [];
    seen.add(c.once);
    return [c.piece];
  });
}

/**
 * Every sentence of a document that a matcher path touches for an indicator (a figure of its
 * measures, a cue, a phrase of its meaning), with the rules that set it aside. `loose` adds the
 * sentences that hold one of its cues as a plain substring or a common word of its vocabulary (for
 * the relevance experiments of `npm run train:relevance`; the rules take none of them).
 */
export function indicatorCandidates(
  indicator: Indicator,
  cd: CorpusDocument,
  ctx: MatchContext,
  options: { readonly loose?: boolean } = {},
): Candidate[] {
  const { originOf, scopeOf } = ctx;
  const { text } = cd.doc;
  const ann = cd.annotations;
  const { cues = [] } = indicator.match;
  const phrases = phrasesOf(indicator);
  const words = sentenceWords(text, ann);
  // A refusal negates as "not" does ("refused to send tanks" for "will not send tanks").
  const stated = (h: PhraseHit): boolean =>
    !h.phrase.negated ||
    negatedAt(text, h.sentence, h.span) ||
    refusalBefore(text, ann, h.sentence, h.span) !== undefined;
  const against = phrases.against
    .flatMap((p) => findPhrase(words, p))
    .filter((h) => !h.phrase.unless?.test(text.slice(h.sentence.start, h.sentence.end)) && stated(h));
  const contrary = new Set(against.map((h) => h.sentence.start));
  const hits = dedupe(ann, [
    ...quantityHits(text, ann, indicator),
    ...[
      ...findCues(text, cues).map((h): Hit => ({ via: 'cue', span: h.span, rule: `cue:${h.cue}` })),
      ...[...phrases.for.flatMap((p) => findPhrase(words, p)), ...against].filter(stated).map(
        (h): Hit => ({
          via: 'meaning',
          span: h.span,
          rule: h.phrase.source,
          ...(h.phrase.negated ? { negatedCue: true } : {}),
        }),
      ),
    ].filter((h) => !insideName(text, ann, h)),
    ...(options.loose
      ? [
          ...substringHits(text, cues),
          ...wordHits(ann, words, memo(vocabularies, indicator, indicatorVocabulary)),
        ]
      : []),
  ]);
  const published = cd.doc.meta.published?.value;
  return hits.map((hit): Candidate => {
    const sentence = sentenceOf(ann, hit.span);
    const vetoes: Veto[] = hit.unmatched ? ['unmatched'] : [];
    // A measure is broader than the indicator (every count of Russian soldiers is not a loss): the
    // figure's sentence must also say something in the words of the indicator's event or place.
    if (hit.via === 'quantity') {
      const { rest } = tokensAround(words, sentence.start, hit.span);
      const all = memo(vocabularies, indicator, indicatorVocabulary);
      const gate = memo(figures, indicator, (i) => figureVocabulary(i, all));
      if (!usesVocabulary(rest, gate)) vetoes.push('figure-words');
      // Where the indicator hands its things to a place, a figure is of things going there (trucks
      // a country buys for itself are none pledged to Arland).
      const goal = memo(goals, indicator, (i) => indicatorGoal(i) ?? '');
      if (goal && !namesPlace(text.slice(sentence.start, sentence.end), goal)) vetoes.push('figure-goal');
    }
    // "Shelling of the plant": strikes on a port or a city are about that port or city.
    if (ctx.target && hit.via !== 'quantity') {
      const participant = hit.rule.startsWith('cue:') && isParticipantCue(hit.rule.slice(4));
      const phrase = targetAfter(text, ann, sentence, hit.span, participant);
      if (phrase && otherTarget(text, ann, phrase, ctx.target)) vetoes.push('target');
    }
    if (hit.via !== 'quantity') {
      // "Putin resisted a general mobilisation" reports no call for one: the act is not done.
      const refusal = refusalBefore(text, ann, sentence, hit.span);
      if (refusal && !hit.negatedCue && !refuses(memo(vocabularies, indicator, indicatorVocabulary)))
        vetoes.push('refusal');
      if (otherAgent(text, ann, sentence, hit, indicator)) vetoes.push('agent');
      if (otherActor(text, ann, sentence, hit, indicator)) vetoes.push('actor');
      if (onlyDescribes(text, ann, sentence, hit, indicator)) vetoes.push('describes');
      if (otherPatient(text, ann, hit.span, sentence, memo(thingCache, indicator, indicatorThings)))
        vetoes.push('patient');
      // "Trucks to Borduria" are no trucks for an indicator's "to Arland".
      const goal = memo(goals, indicator, (i) => indicatorGoal(i) ?? '');
      const to = goal
        ? placeRoles(text.slice(hit.span.start, clauseAround(text, sentence, hit.span).end)).to
        : undefined;
      if (to !== undefined && !fitsDestination(goal, { to })) vetoes.push('goal');
      // A named kind of thing ("Titan trucks") says nothing of its handing over: where the indicator
      // hands things to a place, the sentence must name that place.
      const cue = hit.rule.replace(/^cue:/, '');
      const named = hit.rule.startsWith('cue:') && /\p{Lu}/u.test(cue) && isParticipantCue(cue);
      if (named && goal && !namesPlace(text.slice(sentence.start, sentence.end), goal))
        vetoes.push('named-goal');
    }
    const { name: scope, reach } = scopeOf(cd, sentence);
    if (scope === undefined) vetoes.push('scope');
    // Background: what happened years before the report is outside the question's period.
    if (longBefore(text, ann, sentence, hit.span, published)) vetoes.push('background');
    const claim = ann.claims.find((c) => c.span.start <= hit.span.start && hit.span.end <= c.span.end);
    const q = hit.quantity === undefined ? undefined : ann.quantities[hit.quantity];
    const stance = stanceAt(ann, hit.span);
    const date = dateAt(ann, sentence, published, claim);
    const clean = trimSpan(text, sentence);
    const piece: EvidencePiece = {
      document: cd.doc.id,
      span: hit.span,
      text: text.slice(hit.span.start, hit.span.end),
      sentence,
      sentenceText: text.slice(clean.start, clean.end),
      ...(scope ? { scope } : {}),
      via: hit.via,
      rule: hit.rule,
      modality: modalityOf(text, ann, sentence, hit.span, indicator),
      polarity:
        contrary.has(sentence.start) || (!hit.negatedCue && negatedAt(text, sentence, hit.span))
          ? 'negative'
          : 'positive',
      hedged: stance.hedged,
      ...(q ? { quantity: quantityOf(q) } : {}),
      ...(date ? { date } : {}),
      origin: originOf(cd, hit.span, sentence),
    };
    return { piece, vetoes, reach, once: `${piece.sentenceText}|${q ? q.text : ''}` };
  });
}

/**
 * The first common word (no name) of each sentence that is a word of the indicator's vocabulary:
 * no match by the rules, but a candidate for the relevance model.
 */
function wordHits(ann: Annotations, words: DocumentWords, vocabulary: ReadonlySet<string>): Hit[] {
  const tokens = ann.tokens;
  return words.sentences.flatMap((s): Hit[] => {
    const t = s.tokens.find(
      (w) =>
        w.forms.some((f) => f.length > 2 && vocabulary.has(f)) &&
        tokens[firstStartingAt(tokens, w.span.start)]?.pos !== 'PROPN',
    );
    return t ? [{ via: 'meaning', span: t.span, rule: `word:${t.forms[0] ?? ''}`, unmatched: 'words' }] : [];
  });
}

/**
 * Where a cue stands as a plain case-insensitive substring of the text (inside a longer word too):
 * no match by the rules, but a candidate for the relevance model.
 */
function substringHits(text: string, cues: readonly string[]): Hit[] {
  const lower = text.toLowerCase();
  return cues.flatMap((cue) => {
    const c = cue.toLowerCase();
    const out: Hit[] = [];
    for (let at = c ? lower.indexOf(c) : -1; at >= 0; at = lower.indexOf(c, at + c.length))
      out.push({
        via: 'cue',
        span: { start: at, end: at + c.length },
        rule: `cue:${cue}`,
        unmatched: 'substring',
      });
    return out;
  });
}

/**
 * How the matched words are put, except that a warning, fear or denial of the indicator's own is
 * reported whatever modal its content holds ("warned that deliveries could provoke ..."), as is
 * anything someone is reported to say for an indicator about what is said ("we may have to pull
 * back, the governor said" signals a retreat).
 */
function modalityOf(text: string, ann: Annotations, sentence: Span, at: Span, indicator: Indicator) {
  const modality = modalityAt(text, ann, sentence, at);
  if (modality === 'report' || modality === 'question') return modality;
  if (memo(sayings, indicator, aboutSaying) && reportedWords(ann, at)) return 'report';
  // An indicator named for preparing or planning an act ("X prepares to supply ...") is observed in
  // a plan of the act, or a forecast of it.
  if ((modality === 'plan' || modality === 'forecast') && memo(plans, indicator, (i) => statesPlan(i.name)))
    return 'report';
  const vocabulary = memo(vocabularies, indicator, indicatorVocabulary);
  return framedByAttitude(text, ann, sentence, at, vocabulary) ? 'report' : modality;
}
const sayings = new WeakMap<Indicator, boolean>();
const plans = new WeakMap<Indicator, boolean>();

const NAMED = new Set(['organisation', 'place', 'person', 'unit']);

/**
 * A cue written in lower case that the text capitalises inside a name ("security" in "the Security
 * Council", "war" in "the Institute for the Study of War") is part of that name, not the thing,
 * unless it is the name's head ("Bashkir Volunteers").
 */
function insideName(text: string, ann: Annotations, hit: Hit): boolean {
  const cue = hit.rule.replace(/^cue:/, '');
  if (/\p{Lu}/u.test(cue) || !/^\p{Lu}/u.test(text.slice(hit.span.start, hit.span.end))) return false;
  // A sentence's first word is capitalised whatever it is.
  if (trimSpan(text, sentenceOf(ann, hit.span)).start === hit.span.start) return false;
  return ann.mentions.some(
    (m) =>
      NAMED.has(m.kind) &&
      m.span.start <= hit.span.start &&
      hit.span.end <= m.span.end &&
      !endsHead(text, m.span, hit.span),
  );
}

/**
 * Whether a cue ends the head of a name, its last word before any lower-case word ("Bashkir
 * Volunteers" are volunteers, "the Zarnik Bridge" is a bridge; not "war" in "the Institute for the
 * Study of War" nor "security" in "the Security Council").
 */
function endsHead(text: string, name: Span, at: Span): boolean {
  const words = [...text.slice(name.start, name.end).matchAll(/\S+/gu)];
  const head = words.find((w, i) => /^\p{Lu}/u.test(w[0]) && !/^\p{Lu}/u.test(words[i + 1]?.[0] ?? ''));
  return (
    head !== undefined && name.start + (head.index ?? 0) + head[0].replace(/\W+$/u, '').length === at.end
  );
}

/** What is read from an indicator's text, once per indicator. */
function memo<T>(cache: WeakMap<Indicator, T>, indicator: Indicator, make: (i: Indicator) => T): T {
  let value = cache.get(indicator);
  if (value === undefined) {
    value = make(indicator);
    cache.set(indicator, value);
  }
  return value;
}
/** "Soldiers who arrived in X" is no evidence for "equipment arriving in X": the act's agent is of another kind. */
function otherAgent(text: string, ann: Annotations, sentence: Span, hit: Hit, indicator: Indicator): boolean {
  const kinds = memo(agentKinds, indicator, nameAgentKinds);
  if (kinds.size === 0) return false;
  const agent = agentBefore(text, ann, hit.span, sentence.start);
  const kind = agent && nounKind((agent.lemma ?? text.slice(agent.span.start, agent.span.end)).toLowerCase());
  return kind !== undefined && !kinds.has(kind);
}
const agentKinds = new WeakMap<Indicator, ReadonlySet<number>>();

/**
 * "Russian troops had retreated" is no evidence for "Ukrainian officials signal a retreat", nor
 * "Ukrainians were killed" for "Russian losses": a cue's act whose subject or owner is of another
 * country than the one the indicator's name opens with.
 */
function otherActor(text: string, ann: Annotations, sentence: Span, hit: Hit, indicator: Indicator): boolean {
  const { countries, joint } = memo(actors, indicator, nameActors);
  if (countries.length === 0 || !hit.rule.startsWith('cue:') || hit.negatedCue) return false;
  // "Moscow and Tehran deepen ties": what the two do together names both.
  if (joint) {
    const named = countriesNamed(text, ann, sentence);
    const pair = namesPair(text.slice(sentence.start, sentence.end));
    if (!pair && !countries.every((c) => named.has(c))) return true;
  }
  // A thing's country is where it comes from ("German tanks" asked for), not who acts.
  const thing = isParticipantCue(hit.rule.slice(4)) && firstVerbIn(ann.tokens, hit.span) === undefined;
  const agent = thing ? undefined : participantCountry(text, ann, hit.span, sentence);
  if (agent !== undefined && !countries.includes(agent)) return true;
  // What is said counts from the actor's own side ("Western officials said ..." signals nothing of Russia's).
  const saying = memo(sayingSets, indicator, sayingWords);
  return saying.size > 0 && countries.every((actor) => otherSpeaker(text, ann, hit.span, actor, saying));
}
const actors = new WeakMap<Indicator, ReturnType<typeof nameActors>>();
const sayingSets = new WeakMap<Indicator, ReadonlySet<string>>();

/**
 * A cue in the words that say who someone is ("the deputy head of the occupation administration,
 * X, said") names no act of the indicator's, unless the rest of the sentence is in the indicator's
 * words too (the head of a recruitment office speaking of forming battalions) or the cue is a
 * name; for an indicator
 * about what is said, a participant cue there still says who speaks ("Kremlin spokesman X denied").
 */
function onlyDescribes(
  text: string,
  ann: Annotations,
  sentence: Span,
  hit: Hit,
  indicator: Indicator,
): boolean {
  const cue = hit.rule.replace(/^cue:/, '');
  // A name is its entity wherever it stands ("X, who runs Wagner, ... joining its forces").
  if (/\p{Lu}/u.test(cue)) return false;
  const description = personDescription(text, ann, hit.span, sentence);
  if (!description) return false;
  if (memo(sayings, indicator, aboutSaying) && isParticipantCue(cue)) return false;
  const { rest } = tokensAround(sentenceWords(text, ann), sentence.start, description);
  return !usesVocabulary(rest, memo(vocabularies, indicator, indicatorVocabulary));
}
const goals = new WeakMap<Indicator, string>();
const thingCache = new WeakMap<Indicator, ReadonlySet<string>>();
const phraseCache = new WeakMap<Indicator, IndicatorPhrases>();
const phrasesOf = (indicator: Indicator): IndicatorPhrases =>
  memo(phraseCache, indicator, (i) => indicatorPhrases(i, hasNegator));
const vocabularies = new WeakMap<Indicator, ReadonlySet<string>>();
const figures = new WeakMap<Indicator, ReadonlySet<string>>();

const quantityOf = (q: Annotations['quantities'][number]) => ({
  text: q.text,
  ...(q.value === undefined ? {} : { value: q.value }),
  ...(q.low === undefined ? {} : { low: q.low }),
  ...(q.high === undefined ? {} : { high: q.high }),
  ...(q.qualifier === undefined ? {} : { qualifier: q.qualifier }),
  ...(q.measureKey === undefined ? {} : { measureKey: q.measureKey }),
});
