import type { Span } from '../../core/index.js';
import type { Placed } from '../stance/claim-stance.js';
import type { StanceCues } from '../stance/cues.js';
import { nounKind } from './act.js';
import { type ActAt, actAt, headNoun, NOUNISH, spanOf } from './act-at.js';

/** Prepositions after a noun of something said that name what it is about. */
const ABOUT = new Set(['about', 'of', 'on', 'regarding', 'over']);
/** How many words a said noun's own phrase may run before its "about" ("statements of officials about"). */
const REACH = 12;

export interface SaidDenial {
  readonly act: ActAt;
  /** Who the phrase says acted: "an alleged X strike", "a strike by X". */
  readonly actor?: Span;
}

/** The act whose head noun is at `head`, with who its phrase names as actor: "an alleged X strike", "a strike by X". */
function actWithActor(tokens: readonly Placed[], from: number, head: number): SaidDenial | undefined {
  const act = actAt(tokens, head);
  if (!act) return undefined;
  // "the attack by X": a noun's passive agent.
  let by = head + 1;
  while (tokens[by]?.pos === 'PUNCT' && tokens[by]?.word !== ',') by++;
  if (tokens[by]?.word !== 'by') by = -1;
  let end = by + 1;
  while (by > 0 && tokens[end] && NOUNISH.has((tokens[end] as Placed).pos)) end++;
  const actor = by > 0 ? spanOf(tokens, by + 1, end) : head > from ? spanOf(tokens, from, head) : undefined;
  return { act, ...(actor ? { actor } : {}) };
}

/**
 * "reports of an alleged strike on X are false", "statements of officials about the attack do not
 * hold": a clause whose subject names something said about an act, and whose rest denies it (a
 * denying word or a negation after the act's phrase), denies that act.
 */
export function saidDenial(tokens: readonly Placed[], cues: StanceCues): SaidDenial | undefined {
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i] as Placed;
    if (t.pos !== 'NOUN' || nounKind(t.lemma) !== 'said' || confirmedAt(tokens, i, cues)) continue;
    for (let j = i + 1; j < Math.min(tokens.length - 1, i + REACH); j++) {
      const w = tokens[j] as Placed;
      if (!NOUNISH.has(w.pos) && w.pos !== 'ADP' && w.pos !== 'PUNCT') break;
      if (!ABOUT.has(w.word)) continue;
      const head = headNoun(tokens, j + 1);
      if (head === undefined || nounKind((tokens[head] as Placed).lemma) !== 'act') continue;
      const found = actWithActor(tokens, j + 1, head);
      if (!found) continue;
      const rest = tokens.slice(head + 1);
      const denied = rest.some(
        (r, k) =>
          cues.negators.has(r.word) ||
          ((cues.deny.has(r.word) || cues.deny.has(r.lemma)) && rest[k + 1]?.word !== 'by'),
      );
      return denied ? found : undefined;
    }
  }
  return undefined;
}

/**
 * Is the said noun at `i` the object of a confirming verb ("could not verify the claims of ...",
 * "confirmed reports of ...")? Then its claims are left unconfirmed or confirmed, not denied.
 */
function confirmedAt(tokens: readonly Placed[], i: number, cues: StanceCues): boolean {
  let k = i - 1;
  while (k >= 0 && NOUNISH.has((tokens[k] as Placed).pos)) k--;
  const v = tokens[k];
  return v?.pos === 'VERB' && (cues.confirm.has(v.word) || cues.confirm.has(v.lemma));
}

/** "there was no X strike on Y", "there has been no attack": the act is said not to have happened. */
export function existentialDenial(tokens: readonly Placed[]): SaidDenial | undefined {
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i]?.word !== 'there') continue;
    let k = i + 1;
    while (tokens[k]?.lemma === 'be' || tokens[k]?.lemma === 'have') k++;
    if (tokens[k]?.word !== 'no') continue;
    const head = headNoun(tokens, k + 1);
    if (head === undefined || nounKind((tokens[head] as Placed).lemma) !== 'act') continue;
    return actWithActor(tokens, k + 1, head);
  }
  return undefined;
}
