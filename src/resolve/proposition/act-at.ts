import type { Span } from '../../core/index.js';
import { memoized } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { Placed } from '../stance/claim-stance.js';
import { type Act, actOf, nounKind } from './act.js';

export const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);

/** Index of the head noun of the noun phrase opening at `from` (the last noun before it ends). */
export function headNoun(tokens: readonly Placed[], from: number): number | undefined {
  let head: number | undefined;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (!NOUNISH.has(t.pos)) break;
    if (t.pos === 'NOUN') head = i;
  }
  return head;
}

/** Where the act's words end: the next verb or clause mark after `from`. */
export function reachEnd(tokens: readonly Placed[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return i;
  }
  return tokens.length;
}

export interface ActAt {
  readonly act: Act;
  readonly lemma: string;
  readonly aim?: Act;
  readonly span: Span;
}

/** The verb a gerund stands for ("killing" -> "kill", "shelling" -> "shell"), when WordNet has it. */
const gerundVerb = memoized((word: string): string | undefined => {
  if (!/^\p{L}{3,}ing$/u.test(word)) return undefined;
  const stem = word.slice(0, -3);
  const tries = [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return tries.find((w) => w !== '' && (sharedWordNet()?.senses(w, 'v').length ?? 0) > 0);
});

const asVerb = (tokens: readonly Placed[], i: number, lemma: string): Placed[] =>
  tokens.map((t, k) => (k === i ? { ...t, pos: 'VERB', lemma } : t));

/**
 * The act at token `i`: a verb, followed through "to" ("planning to attack": the act is "attack",
 * aimed by "plan"); a verb whose object is an act noun names that act ("carry out an attack",
 * "make strikes"); a noun that names an act stands for it ("involvement", "the attack").
 */
export function actAt(tokens: readonly Placed[], i: number): ActAt | undefined {
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
    if (nounKind(h.lemma) === 'act')
      return {
        act: actOf(h.lemma, 'n'),
        lemma: h.lemma,
        span: { start: h.span.start, end: reachSpanEnd(tokens, head) },
      };
  }
  // A gerund tagged as a noun or an adjective ("denied killing civilians") is its verb.
  const verb = t.pos === 'VERB' ? undefined : gerundVerb(t.word);
  if (verb) return actAt(asVerb(tokens, i, verb), i);
  if (t.pos !== 'VERB') return undefined;
  // "conduct or plan any strikes": the verbs share their object.
  const o = tokens[i + 1]?.pos === 'CCONJ' && tokens[i + 2]?.pos === 'VERB' ? i + 2 : i;
  const next = tokens[o + 1];
  const after = tokens[o + 2];
  if (o === i && next?.word === 'to' && after?.pos === 'VERB') {
    const inner = actAt(tokens, i + 2);
    return inner ? { ...inner, aim: actOf(t.lemma, 'v') } : undefined;
  }
  // A particle of a phrasal verb ("carry out") belongs to the verb.
  const objectAt =
    next?.pos === 'ADP' && after && NOUNISH.has(after.pos) && after.pos !== 'CCONJ' ? o + 2 : o + 1;
  const head = headNoun(tokens, objectAt);
  const h = head === undefined ? undefined : tokens[head];
  // "conduct any shelling of": a gerund as the object names the act.
  const gerund = skipAdverbs(tokens, objectAt);
  if (
    head === undefined &&
    gerund > objectAt &&
    tokens[gerund]?.pos === 'VERB' &&
    /ing$/.test(tokens[gerund]?.word ?? '')
  )
    return actAt(tokens, gerund);
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
export function findWord(
  tokens: readonly Placed[],
  from: number,
  words: readonly string[],
): number | undefined {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Placed;
    if (words.includes(t.word)) return i;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

export const spanOf = (tokens: readonly Placed[], from: number, to: number): Span => ({
  start: tokens[from]?.span.start ?? 0,
  end: tokens[to - 1]?.span.end ?? 0,
});

const SKIPPED = new Set(['ADV', 'DET']);
export function skipAdverbs(tokens: readonly Placed[], from: number): number {
  let i = from;
  while (tokens[i] && SKIPPED.has((tokens[i] as Placed).pos)) i++;
  return i;
}
