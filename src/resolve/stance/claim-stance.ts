import { type Annotations, type Claim, firstStartingAt, type Span } from '../../core/index.js';
import { nounKind } from '../proposition/act.js';
import type { OriginStanceKind } from '../types.js';
import { type StanceCues, stanceCues } from './cues.js';
import { agentlessAt } from './structure-cues.js';
import type { StanceToken } from './text.js';

/** Words a negator reaches ("not true", "no evidence"), and what ends its reach. */
const NEGATION_REACH = 4;
const SCOPE_END = /^[.,;:!?()"“”—–-]$/;
/** A positive claim with an estimative band this far from both ends keeps the claim at a distance. */
const HEDGED = { low: 0.2, high: 0.8 } as const;

const inside = (s: Span, outer: Span | undefined): boolean =>
  outer !== undefined && s.start >= outer.start && s.end <= outer.end;

export interface Placed extends StanceToken {
  readonly span: Span;
}

/** The tokens of a span, with lower-case words and lemmas. */
export function tokensOf(text: string, annotations: Annotations, span: Span): Placed[] {
  const out: Placed[] = [];
  const tokens = annotations.tokens;
  for (let i = firstStartingAt(tokens, span.start); i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.span.end > span.end) break;
    const word = text.slice(t.span.start, t.span.end).toLowerCase().replace(/’/g, "'");
    out.push({ word, lemma: (t.lemma ?? word).toLowerCase(), pos: t.pos, sentence: 0, span: t.span });
  }
  return out;
}

const has = (set: ReadonlySet<string>, t: StanceToken): boolean => set.has(t.word) || set.has(t.lemma);

/**
 * A denying adjective before a noun that names no statement ("false flag", "fake passports") says
 * nothing of a claim; before one that does ("false claims") or after a copula ("are false") it does.
 */
function namesAThing(tokens: readonly StanceToken[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.pos === 'ADJ' && next?.pos === 'NOUN' && nounKind(next.lemma) !== 'said';
}

/** A noun with a possessor before it ("the ministry's denial", "their rejection"). */
const possessed = (tokens: readonly StanceToken[], i: number): boolean =>
  tokens[i]?.pos === 'NOUN' && (tokens[i - 1]?.word === "'s" || tokens[i - 1]?.pos === 'PRON');

/** A negated claim whose own verb confirms ("neither side confirmed it"): left unconfirmed, not denied. */
const unconfirming = (claim: Claim, cues: StanceCues): boolean =>
  claim.lemma !== undefined && cues.confirm.has(claim.lemma) && !claim.lemma.includes(' ');

/** What the words of a claim's own clause (its attribution left out) say of it. */
function contentStance(
  tokens: readonly StanceToken[],
  cues: StanceCues,
): OriginStanceKind | 'unconfirmed' | undefined {
  let negationLeft = 0;
  let distance: OriginStanceKind | 'unconfirmed' | undefined;
  for (const [i, t] of tokens.entries()) {
    if (SCOPE_END.test(t.word)) negationLeft = 0;
    if (cues.negators.has(t.word)) {
      negationLeft = NEGATION_REACH;
      continue;
    }
    // "claims rejected by the ministry", "despite the ministry's denials": someone else's denial,
    // not this speaker's.
    const byAnother = tokens[i + 1]?.word === 'by' || possessed(tokens, i);
    if (has(cues.deny, t) && !byAnother && !has(cues.confirm, t) && !namesAThing(tokens, i)) return 'denies';
    if (negationLeft > 0 && t.pos === 'VERB' && has(cues.hold, t)) return 'denies';
    // "not true" says false; "could not confirm" only leaves it unconfirmed.
    if (has(cues.confirm, t) && negationLeft > 0 && t.pos !== 'VERB') return 'denies';
    if (has(cues.confirm, t) && negationLeft > 0) return 'unconfirmed';
    if (has(cues.dispute, t) && !byAnother) distance ??= 'questions';
    else if (has(cues.hedge, t) && !has(cues.report, t)) distance ??= 'reports';
    else if (has(cues.report, t) && agentlessAt(tokens, i)) distance ??= 'reports';
    negationLeft = Math.max(0, negationLeft - 1);
  }
  return distance;
}

/**
 * Where a claim's speaker stands on what the claim says: a denying cue ("X denied that ...")
 * denies and a doubting one ("X questioned whether ...") questions; then the clause itself: a
 * question asks, a negated claim or a denial inside it ("the reports are false", "not true",
 * "does not believe that ...") denies; what is left unconfirmed ("could not confirm"), a hedge
 * or a report with no one saying it ("reportedly", "is believed to") reports without taking a
 * side, and so does a middling estimative band ("may have moved"). Anything else asserts: a plain
 * "said" is the speaker asserting.
 */
export function claimStance(text: string, annotations: Annotations, claim: Claim): OriginStanceKind {
  const cues = stanceCues();
  const own = claim.clause ?? claim.span;
  // A clause with no attribution of its own may still be what another clause's speaker said
  // ("X denied it planned A and B": the clause "B" is inside X's content).
  const attribution =
    claim.attribution === undefined
      ? annotations.attributions.find((a) => inside(own, a.content))
      : annotations.attributions[claim.attribution];
  if (attribution) {
    const cue = tokensOf(text, annotations, attribution.cue.span);
    if (cue.some((t) => has(cues.deny, t) && !has(cues.confirm, t))) return 'denies';
    if (cue.some((t) => has(cues.dispute, t))) return 'questions';
  }
  const words = tokensOf(text, annotations, own).filter(
    (t) => !inside(t.span, attribution?.cue.span) && !inside(t.span, attribution?.speaker.span),
  );
  if (words.some((t) => t.word === '?')) return 'questions';
  const read = contentStance(words, cues);
  // The negation that makes a clause negative may only leave it unconfirmed ("which could not be confirmed").
  if (read === 'unconfirmed' || (claim.polarity === 'negative' && unconfirming(claim, cues)))
    return 'reports';
  if (claim.polarity === 'negative') return 'denies';
  if (read) return read;
  const p = claim.probability;
  return p !== undefined && p > HEDGED.low && p < HEDGED.high ? 'reports' : 'asserts';
}
