import type { Annotations, Claim, Mention, Span } from '../../core/index.js';
import { type ClauseView, rangeText } from './clause-view.js';
import type { ClauseLinks } from './links.js';
import { type Phrase, phraseMention } from './noun-phrase.js';
import type { Proposition } from './proposition.js';

type Inputs = Pick<Annotations, 'tokens' | 'quantities'>;

/** What one clause's claim is made of. */
export interface Parts {
  readonly p: Proposition | undefined;
  readonly subject: Phrase | undefined;
  readonly links: ClauseLinks;
  readonly rule: string;
  /** The clause's mentions, and the sentence's (a shared subject stands in an earlier clause). */
  readonly ms: readonly (readonly [number, Mention])[];
  readonly own: readonly (readonly [number, Mention])[];
  readonly a: Inputs;
}

/**
 * The claim record of a clause: sentence span and text (and the clause, when the sentence holds
 * several), subject, predicate (the measure for a figure, else the verb's lemma), links, and the
 * reading behind them: the verb's lemma and token, voice, a passive's agent, whether it is a fragment.
 */
export function claimOf(v: ClauseView, s: Span, clause: Span | undefined, x: Parts): Claim {
  const text = v.text;
  const { p, subject, links, a } = x;
  const quantity = links.quantity === undefined ? undefined : a.quantities[links.quantity];
  const verb = p ? x.a.tokens[p.verb.head]?.span : undefined;
  const negative = p?.negated === true || links.estimate?.polarity === 'negative';
  const claim: { -readonly [K in keyof Claim]: Claim[K] } = {
    span: { start: s.start, end: s.end },
    text: text.slice(s.start, s.end),
    predicate: quantity?.measureKey ?? p?.predicate ?? 'state',
    polarity: negative ? 'negative' : 'positive',
    mentions: x.ms.map((pair) => pair[0]),
    rule: `claim:${x.rule}`,
  };
  // Optional fields are set one by one (no spreads): this runs once per clause of every document.
  const subjectMention = subject ? phraseMention(v, subject, x.own) : undefined;
  if (subject) claim.subject = rangeText(v, subject);
  if (links.quantity !== undefined) claim.quantity = links.quantity;
  if (links.estimate) {
    claim.band = links.estimate.band;
    claim.probability = links.estimate.probability;
  }
  if (links.attribution !== undefined) claim.attribution = links.attribution;
  if (links.time !== undefined) claim.time = links.time;
  if (clause) claim.clause = clause;
  if (subjectMention !== undefined) claim.subjectMention = subjectMention;
  if (p) {
    claim.lemma = p.predicate;
    claim.voice = p.verb.passive ? 'passive' : 'active';
    if (verb) claim.verb = verb;
    if (p.agent) {
      claim.agent = rangeText(v, p.agent);
      const agentMention = phraseMention(v, p.agent, x.own);
      if (agentMention !== undefined) claim.agentMention = agentMention;
    }
  } else claim.fragment = true;
  return claim;
}
