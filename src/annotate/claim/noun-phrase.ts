import type { Mention } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import { type ClauseView, glued, isSeparator, type TokenRange } from './clause-view.js';
import { claimLexicon as lx } from './lexicon.js';

/** A noun phrase read by the claim rules, as a token range (its text and mention are read at the end). */
export type Phrase = TokenRange;

const prenominalTags = new Set(['DET', 'NUM', 'ADJ', 'ADV']);
const leading = new Set(['SCONJ', 'CCONJ', 'ADV']);
const nominalStart = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
const stops = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PUNCT', 'SYM']);

const startsNominal = (t: Tok | undefined): boolean =>
  t !== undefined && nominalStart.has(t.pos) && !lx().relativeWords.has(t.lower);

/**
 * The core noun phrase from token `a`: up to the first preposition (but "of"), verb, relative word
 * or punctuation ("men across Belarus" -> "men", "the head of the KGB" stays whole).
 */
export function coreFrom(v: ClauseView, a: number, limit: number): Phrase | undefined {
  if (!startsNominal(v.toks[a])) return undefined;
  let b = a + 1;
  while (b < limit) {
    const t = v.toks[b];
    if (!t) break;
    const possessive = t.pos === 'PART' && (t.lower === "'s" || t.lower === "'");
    const hyphen = (t.text === '-' && !isSeparator(v, b)) || glued(v, b);
    // "9,000 mobilised soldiers": a verb between a number or adjective and a noun modifies the noun.
    const modifier =
      t.pos === 'VERB' && prenominalTags.has(v.toks[b - 1]?.pos ?? '') && v.toks[b + 1]?.pos === 'NOUN';
    if (!possessive && !hyphen && !modifier && stops.has(t.pos) && t.lower !== 'of') break;
    if (lx().relativeWords.has(t.lower) && t.pos !== 'DET') break;
    b++;
  }
  while (b > a + 1 && v.toks[b - 1]?.lower === 'of') b--;
  return { first: a, last: b };
}

/**
 * The mention a phrase names: one that ends where the phrase ends (its head: "Defence minister
 * Viktar Khrenin", not "Belarus's deputy prime minister"), a demonym only when it is the whole phrase.
 */
export function phraseMention(
  v: ClauseView,
  r: Phrase,
  mentions: readonly (readonly [number, Mention])[],
): number | undefined {
  const start = v.toks[r.first]?.start ?? 0;
  const end = v.toks[r.last - 1]?.end ?? 0;
  const found = mentions.find(
    ([, m]) =>
      m.span.start >= start && m.span.end === end && (m.kind !== 'demonym' || m.span.start === start),
  );
  return found?.[0];
}

/**
 * The subject of a verb group starting at `verb`, read in [from, verb): the last comma-separated
 * segment when it opens with a noun phrase ("Since September, men across Belarus have"), else the
 * first one that does ("Tsikhanouskaya, the opposition leader, has urged").
 */
export function subjectBefore(v: ClauseView, from: number, verb: number): Phrase | undefined {
  let end = verb;
  while (end > from && v.toks[end - 1]?.pos === 'ADV') end--;
  const segments: TokenRange[] = [];
  let a = from;
  for (let k = from; k <= end; k++) {
    if (k < end && !isSeparator(v, k)) continue;
    let first = a;
    // "that Halvorsen ...", "and its own battalions ...": a leading conjunction is no part of the subject.
    while (
      first < k &&
      (leading.has(v.toks[first]?.pos ?? '') || lx().leadingQualifiers.has(v.toks[first]?.lower ?? ''))
    )
      first++;
    if (k > first) segments.push({ first, last: k });
    a = k + 1;
  }
  const last = segments.at(-1);
  const chosen =
    last && last.last === end && startsNominal(v.toks[last.first])
      ? last
      : segments.find((s) => startsNominal(v.toks[s.first]));
  return chosen ? coreFrom(v, chosen.first, chosen.last) : undefined;
}
