import type { Span } from '../../core/index.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import type { SentenceTokens } from './sentence-tokens.js';
import { isVerb } from './word-family.js';

/**
 * Whether token k is a verb: tagged so, or a word WordNet knows as a verb right after an auxiliary
 * and an adverb ("would likely mean", which a tagger may read as a noun after "likely").
 */
export function verbAt(s: SentenceTokens, k: number): boolean {
  const pos = s.tokens[k]?.pos;
  if (pos === 'VERB') return true;
  if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  const before = [s.tokens[k - 1]?.pos, s.tokens[k - 2]?.pos];
  const afterAux =
    before[0] === 'AUX' || (before[1] === 'AUX' && (before[0] === 'ADV' || before[0] === 'ADJ'));
  return afterAux && isVerb(s.tokens[k]?.lemma ?? s.lower[k] ?? '');
}

/** A word that opens a clause when a verb follows it ("before the two countries formally join"). */
function opensClause(s: SentenceTokens, k: number): boolean {
  if (!lex().subordinators.has(s.lower[k] ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 7); j++) {
    if (s.tokens[j]?.pos === 'VERB' || s.tokens[j]?.pos === 'AUX') return true;
    if (s.lower[j] === ',' || s.lower[j] === ';') return false;
  }
  return false;
}

/** A token that opens a clause or phrase of its own inside the judged one. */
function embeds(s: SentenceTokens, k: number): boolean {
  const w = s.lower[k] ?? '';
  const pos = s.tokens[k]?.pos;
  if (opensClause(s, k)) return true;
  // A comma before "or"/"and" goes on with a list ("an attack, or a deeper involvement").
  const list = w === ',' && (s.tokens[k + 1]?.pos === 'CCONJ' || s.lower[k + 1] === 'or');
  return (
    (w === ',' && !list) ||
    w === ';' ||
    w === ':' ||
    lex().relatives.has(w) ||
    (pos === 'SCONJ' && w !== 'that') ||
    (pos === 'PRON' && w === 'that')
  );
}

/**
 * A participle in -ing right after a noun opens a phrase that describes the noun ("cargo vessels
 * leaving the port", "a solution allowing exports"): its act is not what the judgement says happens.
 * After a word of the question it says what that does ("the deal crumbling"), and is judged.
 */
function modifiesNoun(s: SentenceTokens, k: number, isTerm: (i: number) => boolean): boolean {
  if (s.tokens[k]?.pos !== 'VERB' || !(s.lower[k] ?? '').endsWith('ing')) return false;
  // A closing quote may stand between them ('a "solution" allowing').
  const before = /^["”’']$/.test(s.lower[k - 1] ?? '') ? k - 2 : k - 1;
  return s.tokens[before]?.pos === 'NOUN' && !isTerm(before);
}

/**
 * What a judgement says happens: the verb it governs with its object ("will order a mobilisation",
 * "poised to apply to join"), up to a clause or phrase of its own ("boost its forces over the
 * neighbour's move to join", "intentions towards a country who moved to join"), a comma, or a
 * preposition after the object, unless the object is the question's subject ("draw the country
 * deeper into the war"). Acts of the outcome outside it are circumstances, not the judged event;
 * so are acts before the verb when the verb is not one of occurring ("joining would mean more
 * drills"). Undefined when the scope governs no verb (a noun phrase, a predicative estimate).
 */
export function judgedSpan(
  s: SentenceTokens,
  scope: Span,
  markerEnd: number,
  isSubject: (i: number) => boolean,
  isTerm: (i: number) => boolean = () => false,
): { readonly span: Span; readonly before: boolean } | undefined {
  const from = Math.max(scope.start, markerEnd);
  const within = (j: number) => (s.tokens[j]?.span.end ?? Infinity) <= scope.end;
  const first = s.tokens.findIndex((t) => t.span.start >= from && t.span.end <= scope.end);
  if (first < 0) return undefined;
  let head = -1;
  let k = first;
  // A complementiser opens the judged clause itself ("fears that the country will join", "unclear whether").
  if (s.lower[k] === 'that' || lex().interrogatives.has(s.lower[k] ?? '')) k++;
  for (; within(k); k++) {
    if (modifiesNoun(s, k, isTerm)) break;
    if (verbAt(s, k)) head = k;
    if (head >= 0 || embeds(s, k) || s.tokens[k]?.pos === 'ADP') break;
  }
  if (head < 0) {
    // No verb governed: acts after a clause of their own ("countries who moved to join") are not judged.
    while (within(k) && !embeds(s, k) && !modifiesNoun(s, k, isTerm)) k++;
    const cut = s.tokens[k];
    return within(k) && cut ? { span: { start: scope.start, end: cut.span.start }, before: true } : undefined;
  }
  let end = head;
  let subject = false;
  for (let j = head + 1; within(j); j++) {
    if (embeds(s, j) || modifiesNoun(s, j, isTerm)) break;
    // A preposition right after a verb is its particle ("pull out", "withdraw from").
    if (s.tokens[j]?.pos === 'ADP' && !verbAt(s, j - 1) && !subject) break;
    if (isSubject(j)) subject = true;
    end = j;
  }
  const word = s.tokens[head]?.lemma ?? s.lower[head] ?? '';
  const span = { start: s.tokens[head]?.span.start ?? 0, end: s.tokens[end]?.span.end ?? 0 };
  return { span, before: lex().occurrences.has(word) };
}

/**
 * Where the clause holding a marker begins: after the last comma, semicolon, colon or subordinator
 * before it; a relative pronoun takes in the phrase it refers to ("the experts, who will visit").
 */
export function clauseStartBefore(s: SentenceTokens, at: number): number {
  let relative = false;
  for (let k = s.tokens.length - 1; k >= 0; k--) {
    const t = s.tokens[k];
    if (!t || t.span.start >= at) continue;
    const w = s.lower[k] ?? '';
    if (lex().relatives.has(w) && !relative) {
      relative = true;
      continue;
    }
    if (w === ',' && relative && s.lower[k + 1] !== undefined && lex().relatives.has(s.lower[k + 1] ?? ''))
      continue;
    if (w === ',' || w === ';' || w === ':' || (t.pos === 'SCONJ' && !relative))
      return s.tokens[k + 1]?.span.start ?? at;
  }
  return s.span.start;
}
