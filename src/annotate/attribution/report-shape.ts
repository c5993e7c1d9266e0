import type { Tok } from '../token-view.js';
import type { QuoteIndex } from './quotes.js';

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CLAUSE_OPENERS = new Set(['that', ':', 'what', 'how', 'whether', 'why', 'if']);
/** Pronouns that open a noun phrase or end one without being its subject ("their ...", "himself"). */
const NOT_SUBJECTS = /^(my|your|his|her|its|our|their|\w+self|\w+selves)$/;
const SUBJECT_REACH = 5;
/** A quote shorter than this is a scare quote or a label, not what was said. */
export const MIN_QUOTE = 20;

/** "X said, “C”", "X said: “C”": a quote of some length opening right after the verb. */
function quoteFollows(toks: readonly Tok[], i: number, last: number, quotes: QuoteIndex): boolean {
  const k = toks[i + 1]?.text === ',' || toks[i + 1]?.text === ':' ? i + 2 : i + 1;
  const q = k < last ? quotes.byOpen.get(toks[k]?.start ?? -1) : undefined;
  return q !== undefined && q.end - q.start >= MIN_QUOTE;
}

/**
 * "X said Russia is ...", "X thinks the plan will fail": a subject (ending in a noun, a name or a
 * subject pronoun, no relative clause in it) and then its verb: an auxiliary, or a verb that is no
 * participle ("a rocket carrying", "the scenes witnessed" are phrases, not clauses).
 */
function finiteClause(toks: readonly Tok[], k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < SUBJECT_REACH && NOUN_PHRASE.has(toks[j]?.pos ?? '')) {
    const t = toks[j];
    if (t?.pos === 'PRON' && (j > k || NOT_SUBJECTS.test(t.lower))) return false;
    j++;
  }
  const head = toks[j - 1];
  const verb = toks[j];
  if (j === k || j >= last || !head || !verb || !SUBJECT_HEADS.has(head.pos)) return false;
  if (verb.pos === 'AUX') return true;
  if (verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return false;
  // "-ed" reads as a past tense only after a name or a pronoun ("Russia attacked", not "a citizen jailed").
  return !verb.lower.endsWith('ed') || toks[k]?.pos === 'PROPN' || (j - k === 1 && head.pos === 'PRON');
}

/**
 * Whether what follows the verb at `i` is a proposition: a that-clause, a question clause, a quote
 * or a colon, or a finite clause ("X thinks the plan will fail"), not a thing ("X signed the deal"),
 * an infinitive of wanting or planning ("X wants to go") or a preposition ("X talked about it").
 */
export function reportsProposition(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly last: number },
  quotes: QuoteIndex,
): boolean {
  const verb = toks[i]?.lower ?? '';
  const afterComma = toks[i - 1]?.text === ',';
  // A participle: in -ing only after a comma (", adding that C"); in -ed never just after one
  // ("X, named “...”" describes X).
  if (verb.endsWith('ing') ? !afterComma : verb.endsWith('ed') && afterComma) return false;
  let k = i + 1;
  while (k < sentence.last && (toks[k]?.pos === 'ADV' || toks[k]?.pos === 'PART') && toks[k]?.lower !== 'to')
    k++;
  const next = toks[k];
  if (!next || k >= sentence.last) return false;
  if (CLAUSE_OPENERS.has(next.lower) || quoteFollows(toks, i, sentence.last, quotes)) return true;
  return finiteClause(toks, k, sentence.last);
}
