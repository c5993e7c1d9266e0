import type { Claim, Span } from '../../core/index.js';
import { type Placed, tokensOf } from '../stance/claim-stance.js';
import { stanceCues } from '../stance/cues.js';
import type { CorpusDocument, ResolvedEntity } from '../types.js';
import { type Act, actOf, asked, nounKind } from './act.js';
import { type ActAt, actAt, findWord, headNoun, reachEnd, skipAdverbs, spanOf } from './act-at.js';
import { type ActShape, actShape } from './act-shape.js';
import { actorKeys } from './actor-keys.js';
import { restricted } from './focus.js';
import { existentialDenial, saidDenial } from './said-denial.js';
import { PRONOUN_SUBJECT, subjectBefore, subjectKeys } from './subject.js';

/**
 * A proposition as "who did what to whom", apart from who says it: "A accused B of shelling X"
 * and "B denied shelling X" are the act "B shell X", asserted by A and denied by B.
 * - `accused`: the accused is the actor ("accuse B of V-ing", "blame B for N", "blame N on B");
 * - `denied`: the speaker denies an act of its own ("denied V-ing", "denied any N");
 * - `stated`: a clause's own actor and verb.
 */
export interface Frame extends ActShape {
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
  /** Lemmas of the other nouns of the act's phrase ("launch artillery strikes on the depot": artillery, depot). */
  readonly things: ReadonlySet<string>;
  /** For `accused`: keys of the accuser, so that two sides blaming each other can be met. */
  readonly accuser?: ReadonlySet<string>;
  /** Set for `accused` (asserts) and `denied` (denies); a `stated` frame takes its claim's stance. */
  readonly side?: 'asserts' | 'denies';
  /** A focus adverb restricts the act ("only hit the depot"): denying it does not deny the act. */
  readonly restricted?: boolean;
  /** A denial of what was said before ("denied the claims"): the frame is found in the document. */
  readonly anaphoric?: boolean;
  /**
   * A denial of a bare noun ("denied responsibility", "denied involvement"): of what was said
   * before about the denier when something was, else of the noun's own act.
   */
  readonly vague?: boolean;
}

const QUOTE = /^["'“”‘’]$/;

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
  if (claim.fragment || !claim.lemma) return undefined;
  const { annotations, doc } = cd;
  // Quote marks inside a phrase ("the alleged 'missile attack'") are not part of its structure.
  const tokens = tokensOf(doc.text, annotations, claim.clause ?? claim.span).filter(
    (t) => !QUOTE.test(t.word),
  );
  const keys = (span: Span) => actorKeys(cd, d, span, resolved);
  const objects = (a: ActAt, agent: ReadonlySet<string>) => ({
    objects: new Set([...keys(a.span)].filter((k) => !agent.has(k))),
    things: thingsOf(tokens, a),
    ...actShape(tokens, a),
  });
  const cues = stanceCues();
  const attribution =
    claim.attribution === undefined ? undefined : annotations.attributions[claim.attribution];
  const speaker = attribution?.speaker.span;
  // "reports of an alleged X strike on Y are false": a denial of the act, by whoever the phrase names.
  const denial =
    cues.deny.has(claim.lemma) || cues.accuse.has(claim.lemma)
      ? undefined
      : (saidDenial(tokens, cues) ?? existentialDenial(tokens));
  if (denial) {
    const named = denial.actor ? keys(denial.actor) : undefined;
    const who = named?.size ? named : speaker ? keys(speaker) : new Set<string>();
    if (who.size === 0) return undefined;
    return { kind: 'denied', agent: who, ...denial.act, ...objects(denial.act, who), side: 'denies' };
  }
  if (claim.voice === 'passive') return undefined;
  const subject = claim.subjectMention === undefined ? undefined : annotations.mentions[claim.subjectMention];
  const agent = subject ? keys(subject.span) : speaker ? keys(speaker) : new Set<string>();
  // "X is responsible for the attack": the speaker holds X to account for the act, as an accuser does.
  const held = heldTo(tokens, claim.lemma, cues);
  if (held) {
    const act = actAt(tokens, skipAdverbs(tokens, held.prep + 1));
    const who = subjectKeys({ tokens, v: held.copula, keys, speaker: () => new Set() });
    if (!act || who.size === 0) return undefined;
    const accuser = speaker ? keys(speaker) : new Set<string>();
    return claim.polarity === 'negative'
      ? { kind: 'denied', agent: who, ...act, ...objects(act, who), side: 'denies' }
      : {
          kind: 'accused',
          agent: who,
          ...act,
          ...objects(act, who),
          side: 'asserts',
          ...(accuser.size > 0 ? { accuser } : {}),
        };
  }
  const v = tokens.findIndex((t) => t.pos === 'VERB' && t.lemma === claim.lemma);
  if (v < 0) return undefined;
  if (cues.accuse.has(claim.lemma)) {
    const prep = findWord(tokens, v + 1, ['of', 'for', 'over', 'on']);
    if (prep === undefined) return undefined;
    const onward = (tokens[prep] as Placed).word === 'on';
    // "blame the attack on B": the act before "on", the actor after it.
    const accused = onward
      ? keys(spanOf(tokens, prep + 1, reachEnd(tokens, prep)))
      : keys(spanOf(tokens, v + 1, prep));
    const act = onward
      ? actAt(tokens, headNoun(tokens, v + 1) ?? -1)
      : actAt(tokens, skipAdverbs(tokens, prep + 1));
    if (!act || accused.size === 0) return undefined;
    return {
      kind: 'accused',
      agent: accused,
      ...act,
      ...(onward ? { objects: new Set<string>(), things: new Set<string>() } : objects(act, accused)),
      side: 'asserts',
      ...(agent.size > 0 ? { accuser: agent } : {}),
    };
  }
  if (cues.deny.has(claim.lemma)) {
    const at = skipAdverbs(tokens, v + 1);
    const t = tokens[at];
    if (!t || agent.size === 0) return undefined;
    const said = t.pos === 'NOUN' ? (headNoun(tokens, at) ?? at) : undefined;
    // "rejected the demand": a refusal, no denial of anything said.
    if (said !== undefined && asked(tokens[said]?.lemma ?? '')) return undefined;
    // "denied reports of an attack on X": what is denied is named right there, not before.
    if (said !== undefined && nounKind(tokens[said]?.lemma ?? '') === 'said' && named(tokens, said)) {
      const act = actAt(tokens, skipAdverbs(tokens, said + 2));
      return act ? { kind: 'denied', agent, ...act, ...objects(act, agent), side: 'denies' } : undefined;
    }
    if (said !== undefined && nounKind(tokens[said]?.lemma ?? '') === 'said')
      return {
        kind: 'denied',
        agent,
        act: actOf('', 'v'),
        lemma: '',
        objects: new Set(),
        things: new Set(),
        side: 'denies',
        anaphoric: true,
      };
    const inner = innerAct(tokens, deniedAt(tokens, at));
    const act = actAt(tokens, inner);
    if (!act) return undefined;
    const found = objects(act, agent);
    return {
      kind: 'denied',
      agent,
      ...act,
      ...found,
      side: 'denies',
      // "denied responsibility", "denied it carried out the attack": nothing named of what was acted on.
      ...((bare(tokens, inner) || found.things.size === 0) && found.objects.size === 0
        ? { vague: true }
        : {}),
    };
  }
  const actor = claim.agentMention ?? claim.subjectMention;
  const m = actor === undefined ? undefined : annotations.mentions[actor];
  const who =
    m && nextTo(tokens, v, m.span)
      ? keys(m.span)
      : subjectKeys({
          tokens,
          v,
          ...(attribution ? { cue: attribution.cue.span } : {}),
          keys,
          speaker: () => (speaker ? keys(speaker) : new Set()),
        });
  const act = actAt(tokens, v);
  if (!act || who.size === 0) return undefined;
  const focus = restricted(tokens, v, act) ? { restricted: true } : {};
  return { kind: 'stated', agent: who, ...act, ...objects(act, who), ...focus };
}

/**
 * "denied responsibility for the attack", "denied involvement in the strike": what is denied is
 * the act the noun's phrase names, when it names one.
 */
function innerAct(tokens: readonly Placed[], at: number): number {
  const pos = tokens[at]?.pos;
  // "denied being responsible for the strike": an adjective's phrase names the act as a noun's does.
  const head = pos === 'NOUN' ? headNoun(tokens, at) : pos === 'ADJ' ? at : undefined;
  const prep = head === undefined ? undefined : tokens[head + 1];
  if (head === undefined || !prep || !['for', 'in'].includes(prep.word)) return at;
  const inner = headNoun(tokens, skipAdverbs(tokens, head + 2));
  return inner !== undefined && nounKind((tokens[inner] as Placed).lemma) === 'act' ? inner : at;
}

/**
 * Where what is denied starts: after "that", a pronoun subject (the denier: "denied it had carried
 * out", "denied that they were"), auxiliaries and adverbs ("denied having", "denied being").
 */
function deniedAt(tokens: readonly Placed[], at: number): number {
  let i = at;
  if (tokens[i]?.word === 'that') i++;
  if (tokens[i]?.pos === 'PRON' && PRONOUN_SUBJECT.test(tokens[i]?.word ?? '')) i++;
  while (tokens[i] && (['AUX', 'ADV'].includes((tokens[i] as Placed).pos) || tokens[i]?.lemma === 'be')) i++;
  // Nothing denied after the pronoun: what is denied is the pronoun's ("denied it").
  return tokens[i] ? i : at;
}

/**
 * Does the actor stand right before its verb (auxiliaries and adverbs between)? A verb after a
 * noun of its own ("the deal struck with") heads a reduced relative clause, not the actor's act.
 */
function nextTo(tokens: readonly Placed[], v: number, actor: Span): boolean {
  const t = tokens[subjectBefore(tokens, v)];
  return t !== undefined && inside(t.span, actor);
}

const inside = (s: Span, outer: Span | undefined): boolean =>
  outer !== undefined && s.start >= outer.start && s.end <= outer.end;

/** Prepositions and a conjunction after a noun of something said that name what was said. */
const SAID_OF = new Set(['of', 'about', 'that']);
/** A noun of something said followed by what was said ("allegations of X", "claims that X"). */
const named = (tokens: readonly Placed[], said: number): boolean =>
  SAID_OF.has(tokens[said + 1]?.word ?? '') && tokens[said + 2] !== undefined;

/** A noun with nothing after it in its phrase: no "for ...", "in ...", "of ...". */
function bare(tokens: readonly Placed[], at: number): boolean {
  if (tokens[at]?.pos !== 'NOUN') return false;
  const head = headNoun(tokens, at) ?? at;
  return tokens[head + 1]?.pos !== 'ADP';
}

/** The lemmas of the nouns of an act's phrase other than the act's own word. */
function thingsOf(tokens: readonly Placed[], a: ActAt): Set<string> {
  const out = new Set<string>();
  for (const [i, t] of tokens.entries()) {
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || t.lemma === a.lemma || !inside(t.span, a.span)) continue;
    // A noun before another names a kind of it ("shopping mall"): the head is the thing, unless
    // the head is the act itself ("artillery strikes").
    const next = tokens[i + 1];
    if (next?.pos === 'NOUN' && next.lemma !== a.lemma) continue;
    out.add(t.lemma);
  }
  return out;
}

/**
 * "X is responsible for N", "X was to blame for N": a copula whose complement is an accusing word
 * (`cues.accuse`) and a "for" after it. The copula's and the preposition's indices.
 */
function heldTo(
  tokens: readonly Placed[],
  lemma: string,
  cues: { readonly accuse: ReadonlySet<string> },
): { copula: number; prep: number } | undefined {
  if (!lemma.startsWith('be ') || !cues.accuse.has(lemma.slice(3))) return undefined;
  const word = tokens.findIndex((t) => t.lemma === lemma.slice(3) || t.word === lemma.slice(3));
  const copula = tokens.findLastIndex((t, k) => k < word && t.lemma === 'be');
  const prep = word < 0 ? undefined : findWord(tokens, word + 1, ['for']);
  return copula < 0 || prep === undefined ? undefined : { copula, prep };
}
