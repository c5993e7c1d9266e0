import type { Tok } from '../token-view.js';
import { type ClauseView, glued, isSeparator, lemmaAt, type TokenRange } from './clause-view.js';
import { claimLexicon as lx } from './lexicon.js';

/** Auxiliaries, adverbs and negation ending in a content verb (or a lone copula): "has not yet been sent". */
export interface VerbGroup {
  /** First token of the group. */
  readonly first: number;
  /** The content verb, or the copula when there is none ("is ready"). */
  readonly head: number;
  /** One past the last token of the group (past the head, or past an aspectual's complement). */
  readonly last: number;
  readonly lemma: string;
  /** Starts with a tensed auxiliary, or is a bare verb that is neither "-ing" nor after "to". */
  readonly finite: boolean;
  /** A bare past form with no auxiliary ("posted", "sent"): a main verb or a participle modifier. */
  readonly bare: boolean;
  readonly negated: boolean;
  readonly passive: boolean;
  readonly copula: boolean;
  /**
   * The token of a relative word ("troops that arrived") or subordinator ("if Minsk joins") between
   * the previous group and this one with no comma after it, else -1: the group is subordinate in any
   * clause that holds that word.
   */
  readonly marker: number;
}

const isVerb = (t: Tok | undefined): boolean => t?.pos === 'VERB';
const isAux = (t: Tok | undefined): boolean => t?.pos === 'AUX';
const inGroup = (t: Tok | undefined): boolean =>
  t !== undefined && (t.pos === 'ADV' || lx().verbNegators.has(t.lower) || isAux(t));

/** A past participle or past tense: the surface is not the lemma and is no "-ing" form ("sent", "deployed"). */
const pastForm = (v: ClauseView, k: number): boolean => {
  const t = v.toks[k];
  return t !== undefined && t.lower !== lemmaAt(v, k) && !t.lower.endsWith('ing') && !/s$/.test(t.lower);
};

/** The verb groups of a token range, left to right. */
export function verbGroups(v: ClauseView, r: TokenRange): VerbGroup[] {
  const out: VerbGroup[] = [];
  let marker = -1;
  let k = r.first;
  while (k < r.last) {
    const t = v.toks[k];
    // "Washington-based", "Russian-made": a verb glued to a hyphen is part of an adjective.
    if (!t || (!isVerb(t) && !isAux(t)) || glued(v, k)) {
      const tag = t?.pos;
      if (tag === 'PUNCT' || tag === 'SYM') {
        if (isSeparator(v, k)) marker = -1;
      } else if (
        t &&
        (tag === 'SCONJ' || tag === 'ADP' || tag === 'PRON' || tag === 'DET' || tag === 'ADV')
      ) {
        if (subordinating(v, k, t)) marker = k;
      }
      k++;
      continue;
    }
    const group = groupAt(v, k, r.last, marker);
    out.push(group);
    marker = -1;
    k = group.last;
  }
  return out;
}

const nominal = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A subordinator, or a relative word ("that" only after a noun: "troops that", not "said that"). */
const subordinating = (v: ClauseView, k: number, t: Tok): boolean =>
  lx().subordinators.has(t.lower) ||
  (lx().relativeWords.has(t.lower) && (t.lower !== 'that' || nominal.has(v.toks[k - 1]?.pos ?? '')));

function groupAt(v: ClauseView, first: number, limit: number, marker: number): VerbGroup {
  let j = first;
  let head = first;
  while (j < limit && !isVerb(v.toks[j]) && inGroup(v.toks[j])) {
    if (isAux(v.toks[j])) head = j;
    j++;
  }
  const verbless = j >= limit || !isVerb(v.toks[j]);
  if (!verbless) head = j;
  const copula = verbless && lx().beForms.has(v.toks[head]?.lower ?? '');
  let last = head + 1;
  let lemma = lemmaAt(v, head);
  // "started arriving", "continue to build": the aspectual verb gives way to its complement.
  if (lx().aspectual.has(lemma)) {
    const next = v.toks[last]?.lower === 'to' ? last + 1 : last;
    if (next < limit && isVerb(v.toks[next])) {
      head = next;
      last = next + 1;
      lemma = lemmaAt(v, head);
    }
  }
  // A lone modal whose verb the tagger missed ("will open" with "open" as an adjective).
  if (
    verbless &&
    !copula &&
    lx().modals.has(v.toks[head]?.lower ?? '') &&
    j < limit &&
    /\p{L}/u.test(v.toks[j]?.text ?? '')
  ) {
    head = j;
    last = j + 1;
    lemma = lemmaAt(v, j);
  }
  // "never ordered", "isn't ready": negation before the group or between its auxiliaries.
  let negated = false;
  for (
    let k = first - 1;
    k >= 0 && (v.toks[k]?.pos === 'ADV' || lx().verbNegators.has(v.toks[k]?.lower ?? ''));
    k--
  )
    if (lx().verbNegators.has(v.toks[k]?.lower ?? '')) negated = true;
  let passive = false;
  for (let k = first; k < Math.max(head, j); k++) {
    const w = v.toks[k]?.lower ?? '';
    if (lx().verbNegators.has(w)) negated = true;
    if ((lx().beForms.has(w) || lx().getForms.has(w)) && !verbless && pastForm(v, head)) passive = true;
  }
  const start = v.toks[first];
  const before = v.toks[first - 1]?.lower;
  const finite = lx().finiteAux.has(start?.lower ?? '')
    ? true
    : isVerb(start) && before !== 'to' && !(start?.lower ?? '').endsWith('ing');
  const bare = first === head && !verbless && pastForm(v, head);
  return { first, head, last, lemma: copula ? 'be' : lemma, finite, bare, negated, passive, copula, marker };
}
