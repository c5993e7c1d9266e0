import type { Polarity } from '../../core/index.js';
import type { ClaimCluster, ClaimRef, Origin, OriginStance, OriginStanceKind } from '../types.js';
import { stanceCues } from './cues.js';
import { prepareText } from './prepared.js';
import { readStanceText } from './text.js';

export type { OriginStance, OriginStanceKind };

/**
 * How one member sentence stands: a question asks; a negated claim, a denial cue or a confirming
 * word under negation ("not true") denies; a hedge ("reportedly", "unconfirmed") reports without
 * taking a side; anything else asserts. A plain reporting verb ("said") is not a hedge: the origin
 * of a cited claim is its speaker, who asserts it.
 */
export function sentenceStance(sentence: string, polarity: Polarity): OriginStanceKind {
  const cues = stanceCues();
  const text = readStanceText(sentence);
  const prepared = prepareText(text, cues);
  const has = (set: ReadonlySet<string>, w: { word: string; lemma: string }): boolean =>
    set.has(w.word) || set.has(w.lemma);
  if (text.tokens.some((t) => t.word === '?')) return 'questions';
  const denies = prepared.sentences.some((s) => s.cues.deny + s.cues.unconfirm > 0);
  if (polarity === 'negative' || denies) return 'denies';
  const hedged = text.tokens.some((t) => has(cues.hedge, t) && !has(cues.report, t));
  return hedged ? 'reports' : 'asserts';
}

/** When an origin's claims read several ways, the commonest wins; on a tie, a denial shows first. */
const precedence: readonly OriginStanceKind[] = ['denies', 'asserts', 'questions', 'reports'];

/**
 * Each origin of a cluster with where it stands: each member's own stance (reconcile reads it from
 * the claim's attribution and clause), else its sentence read by `sentenceStance`.
 */
export function originStances(
  cluster: Pick<ClaimCluster, 'claims'>,
  sentenceOf: (ref: ClaimRef) => string = (ref) => ref.text,
): OriginStance[] {
  const byOrigin = new Map<string, { origin: Origin; counts: Map<OriginStanceKind, number> }>();
  for (const ref of cluster.claims) {
    const entry = byOrigin.get(ref.origin.key) ?? { origin: ref.origin, counts: new Map() };
    const stance = ref.stance ?? sentenceStance(sentenceOf(ref), ref.polarity);
    entry.counts.set(stance, (entry.counts.get(stance) ?? 0) + 1);
    byOrigin.set(ref.origin.key, entry);
  }
  return [...byOrigin.values()].map(({ origin, counts }) => {
    const top = Math.max(...counts.values());
    const stance = precedence.find((k) => counts.get(k) === top) ?? 'asserts';
    return { origin, stance, claims: top };
  });
}
