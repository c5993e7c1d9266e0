import type { Claim, Span } from '../../core/index.js';
import { type Placed, tokensOf } from '../stance/claim-stance.js';
import { stanceCues } from '../stance/cues.js';
import type { CorpusDocument, ResolvedEntity } from '../types.js';
import { type Act, actOf, nounKind } from './act.js';
import { actorKeys } from './actor-keys.js';

/**
 * A proposition as "who did what to whom", apart from who says it: "A accused B of shelling X"
 * and "B denied shelling X" are the act "B shell X", asserted by A and denied by B.
 * - `accused`: the accused is the actor ("accuse B of V-ing", "blame B for N", "blame N on B");
 * - `denied`: the speaker denies an act of its own ("denied V-ing", "denied any N");
 * - `stated`: a clause's own actor and verb.
 */
export interface Frame {
  readonly kind: 'accused' | 'denied' | 'stated';
  /** Keys of the entity said to act: its resolved id and the country it stands for. */
  readonly agent: ReadonlySet<string>;
  readonly act: Act;
  /** The lemma of the act's word, for explanations and exact matches. */
  readonly lemma: string;
  /** The verb an act hangs from ("plan" in "plan to attack"): a plan is not the act. */
  readonly aim?: Act;
  /** Keys of the entities the act is done to or at. */
  readonly objects: ReadonlySet<string>;
  /** Set for `accused` (asserts) and `denied` (denies); a `stated` frame takes its claim's stance. */
  readonly side?: 'asserts' | 'denies';
  /** A denial of what was said before ("denied the claims"): the frame is found in the document. */
  readonly anaphoric?: boolean;
  /**
   * A denial of a bare noun ("denied responsibility", "denied involvement"): of what was said
   * before about the denier when something was, else of the noun's own act.
   */
  readonly vague?: boolean;
}

const PRONOUN_SUBJECT = /^(it|they|we|he|she|i)$/;
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);

/** Index of the head noun of the noun phrase opening at `from` (the last noun before it ends). */
function headNoun(tokens: readonly Placed[], from: number): number | undefined {
  let head: number | undefined;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (!NOUNISH.has(t.pos)) break;
    if (t.pos === 'NOUN') head = i;
  }
  return head;
}

/** Where the act's words end: the next verb or clause mark after `from`. */
function reachEnd(tokens: readonly Placed[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return i;
  }
  return tokens.length;
}

interface ActAt {
  readonly act: Act;
  readonly lemma: string;
  readonly aim?: Act;
  readonly span: Span;
}

/**
 * The act at token `i`: a verb, followed through "to" ("planning to attack": the act is "attack",
 * aimed by "plan"); a verb whose object is an act noun names that act ("carry out an attack",
 * "make strikes"); a noun that names an act stands for it ("involvement", "the attack").
 */
function actAt(tokens: readonly Placed[], i: number): ActAt | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.pos === 'NOUN') {
    const head = headNoun(tokens, i) ?? i;
    const h = tokens[head] as Placed;
    // "planning to close", "an attempt to cross": the act is the verb, the noun its aim.
    if (tokens[head + 1]?.word === 'to' && tokens[head + 2]?.pos === 'VERB') {
      const inner = actAt(tokens, head + 2);
      return inner ? { ...inner, aim: actOf(h.lemma, 'n') } : undefined;
    }
    return nounKind(h.lemma) === 'act'
      ? {
          act: actOf(h.lemma, 'n'),
          lemma: h.lemma,
          span: { start: h.span.start, end: reachSpanEnd(tokens, head) },
        }
      : undefined;
  }
  if (t.pos !== 'VERB') return undefined;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.word === 'to' && after?.pos === 'VERB') {
    const inner = actAt(tokens, i + 2);
    return inner ? { ...inner, aim: actOf(t.lemma, 'v') } : undefined;
  }
  // A particle of a phrasal verb ("carry out") belongs to the verb.
  const objectAt =
    next?.pos === 'ADP' && after && NOUNISH.has(after.pos) && after.pos !== 'CCONJ' ? i + 2 : i + 1;
  const head = headNoun(tokens, objectAt);
  const h = head === undefined ? undefined : tokens[head];
  if (h && nounKind(h.lemma) === 'act' && head !== undefined)
    return {
      act: actOf(h.lemma, 'n'),
      lemma: h.lemma,
      span: { start: t.span.start, end: reachSpanEnd(tokens, head) },
    };
  return {
    act: actOf(t.lemma, 'v'),
    lemma: t.lemma,
    span: { start: t.span.start, end: reachSpanEnd(tokens, i) },
  };
}

const reachSpanEnd = (tokens: readonly Placed[], i: number): number => {
  const end = reachEnd(tokens, i);
  return (tokens[end - 1] ?? tokens[i])?.span.end ?? 0;
};

/** The first index after `from` whose word is one of `words`, before the clause ends. */
function findWord(tokens: readonly Placed[], from: number, words: readonly string[]): number | undefined {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (words.includes(t.word)) return i;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

const spanOf = (tokens: readonly Placed[], from: number, to: number): Span => ({
  start: tokens[from]?.span.start ?? 0,
  end: tokens[to - 1]?.span.end ?? 0,
});

/**
 * The frame of one claim, when its clause says who did what: an accusation, a speaker's denial of
 * its own act, or an actor and its verb. Undefined otherwise (a state, a passive accusation).
 */
export function frameOf(
  cd: CorpusDocument,
  d: number,
  claim: Claim,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Frame | undefined {
  if (claim.fragment || !claim.lemma || claim.voice === 'passive') return undefined;
  const { annotations, doc } = cd;
  const tokens = tokensOf(doc.text, annotations, claim.clause ?? claim.span);
  const v = tokens.findIndex((t) => t.pos === 'VERB' && t.lemma === claim.lemma);
  if (v < 0) return undefined;
  const keys = (span: Span) => actorKeys(cd, d, span, resolved);
  const objects = (a: ActAt, agent: ReadonlySet<string>) =>
    new Set([...keys(a.span)].filter((k) => !agent.has(k)));
  const cues = stanceCues();
  const attribution =
    claim.attribution === undefined ? undefined : annotations.attributions[claim.attribution];
  const speaker = attribution?.speaker.span;
  if (cues.accuse.has(claim.lemma)) {
    const prep = findWord(tokens, v + 1, ['of', 'for', 'over', 'on']);
    if (prep === undefined) return undefined;
    const onward = (tokens[prep] as Placed).word === 'on';
    // "blame the attack on B": the act before "on", the actor after it.
    const agent = onward
      ? keys(spanOf(tokens, prep + 1, reachEnd(tokens, prep)))
      : keys(spanOf(tokens, v + 1, prep));
    const act = onward
      ? actAt(tokens, headNoun(tokens, v + 1) ?? -1)
      : actAt(tokens, skipAdverbs(tokens, prep + 1));
    if (!act || agent.size === 0) return undefined;
    return {
      kind: 'accused',
      agent,
      ...act,
      objects: onward ? new Set() : objects(act, agent),
      side: 'asserts',
    };
  }
  const subject = claim.subjectMention === undefined ? undefined : annotations.mentions[claim.subjectMention];
  const agent = subject ? keys(subject.span) : speaker ? keys(speaker) : new Set<string>();
  if (cues.deny.has(claim.lemma)) {
    const at = skipAdverbs(tokens, v + 1);
    const t = tokens[at];
    if (!t || agent.size === 0) return undefined;
    if (t.pos === 'NOUN' && nounKind(tokens[headNoun(tokens, at) ?? at]?.lemma ?? '') === 'said')
      return {
        kind: 'denied',
        agent,
        act: actOf('', 'v'),
        lemma: '',
        objects: new Set(),
        side: 'denies',
        anaphoric: true,
      };
    const inner = innerAct(tokens, at);
    const act = actAt(tokens, inner);
    if (!act) return undefined;
    const found = objects(act, agent);
    return {
      kind: 'denied',
      agent,
      ...act,
      objects: found,
      side: 'denies',
      ...(bare(tokens, inner) && found.size === 0 ? { vague: true } : {}),
    };
  }
  // "X denied it plans to ...": a pronoun subject of a clause someone said is that speaker.
  // Only a pronoun opening what was said ("denied it plans", "said that they would") is the speaker.
  const p = subjectBefore(tokens, v);
  const said = tokens[p - 1];
  const pronounSubject =
    p >= 0 &&
    tokens[p]?.pos === 'PRON' &&
    PRONOUN_SUBJECT.test(tokens[p]?.word ?? '') &&
    (p === 0 || said?.word === 'that' || (said?.pos === 'VERB' && inside(said.span, attribution?.cue.span)));
  const actor = claim.agentMention ?? claim.subjectMention;
  const m = actor === undefined ? undefined : annotations.mentions[actor];
  const who =
    m && nextTo(tokens, v, m.span)
      ? keys(m.span)
      : pronounSubject && speaker
        ? keys(speaker)
        : new Set<string>();
  const act = actAt(tokens, v);
  if (!act || who.size === 0) return undefined;
  return { kind: 'stated', agent: who, ...act, objects: objects(act, who) };
}

/**
 * "denied responsibility for the attack", "denied involvement in the strike": what is denied is
 * the act the noun's phrase names, when it names one.
 */
function innerAct(tokens: readonly Placed[], at: number): number {
  const head = tokens[at]?.pos === 'NOUN' ? headNoun(tokens, at) : undefined;
  const prep = head === undefined ? undefined : tokens[head + 1];
  if (head === undefined || !prep || !['for', 'in'].includes(prep.word)) return at;
  const inner = headNoun(tokens, skipAdverbs(tokens, head + 2));
  return inner !== undefined && nounKind((tokens[inner] as Placed).lemma) === 'act' ? inner : at;
}

/**
 * Does the actor stand right before its verb (auxiliaries and adverbs between)? A verb after a
 * noun of its own ("the deal struck with") heads a reduced relative clause, not the actor's act.
 */
function nextTo(tokens: readonly Placed[], v: number, actor: Span): boolean {
  const t = tokens[subjectBefore(tokens, v)];
  return t !== undefined && inside(t.span, actor);
}

/** The token before verb `v`, auxiliaries and adverbs skipped: where its subject ends. */
function subjectBefore(tokens: readonly Placed[], v: number): number {
  let i = v - 1;
  while (i >= 0 && ['AUX', 'ADV', 'PART'].includes((tokens[i] as Placed).pos)) i--;
  return i;
}

const inside = (s: Span, outer: Span | undefined): boolean =>
  outer !== undefined && s.start >= outer.start && s.end <= outer.end;

/** A noun with nothing after it in its phrase: no "for ...", "in ...", "of ...". */
function bare(tokens: readonly Placed[], at: number): boolean {
  if (tokens[at]?.pos !== 'NOUN') return false;
  const head = headNoun(tokens, at) ?? at;
  return tokens[head + 1]?.pos !== 'ADP';
}

const SKIPPED = new Set(['ADV', 'DET']);
function skipAdverbs(tokens: readonly Placed[], from: number): number {
  let i = from;
  while (tokens[i] && SKIPPED.has((tokens[i] as Placed).pos)) i++;
  return i;
}
