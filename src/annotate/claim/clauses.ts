import type { ClauseView, TokenRange } from './clause-view.js';
import { claimLexicon as lx } from './lexicon.js';
import { mainVerb } from './main-verb.js';
import { subjectBefore } from './noun-phrase.js';
import type { VerbGroup } from './verb-group.js';

/** A clause of a sentence; `shared` when it has no subject of its own ("... and deployed tanks"). */
export interface Clause extends TokenRange {
  readonly shared: boolean;
}

const strongCoordinators = new Set(['but', 'yet', 'whereas']);

function onlyAdverbs(v: ClauseView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.toks[k]?.pos !== 'ADV') return false;
  return true;
}

/** Can a clause start after token `k`: a ";" or ":", ", and", or "but" on its own? */
function breakAt(v: ClauseView, k: number): boolean {
  const t = v.toks[k];
  if (!t) return false;
  if (lx().clauseBreaks.has(t.text)) return true;
  if (!lx().coordinators.has(t.lower)) return false;
  return strongCoordinators.has(t.lower) || v.toks[k - 1]?.text === ',';
}

/**
 * Splits a sentence into coordinated clauses, each with a main verb: "Belarus let the columns
 * pass, but its battalions stayed home" is two claims; "Brest, Homel and Minsk readers said" is one
 * (no verb before "and"). After a bare "and", a verb with no subject of its own shares the one before.
 */
export function clauses(v: ClauseView, r: TokenRange, groups: readonly VerbGroup[]): Clause[] {
  const out: Clause[] = [];
  let start = r.first;
  let shared = false;
  for (let k = r.first + 1; k < r.last - 1; k++) {
    const t = v.toks[k];
    // Breaks and coordinators are punctuation, conjunctions or adverbs ("yet"): other words are passed over.
    const tag = t?.pos;
    if (tag !== 'PUNCT' && tag !== 'CCONJ' && tag !== 'SCONJ' && tag !== 'ADV' && tag !== 'X') continue;
    const plainAnd = t?.lower === 'and' && v.toks[k - 1]?.text !== ',';
    if (!breakAt(v, k) && !plainAnd) continue;
    if (!mainVerb(v, { first: start, last: k }, groups)) continue;
    const right = { first: k + 1, last: r.last };
    const verb = mainVerb(v, right, groups);
    if (!verb) continue;
    const own = subjectBefore(v, right.first, verb.first);
    const gap = onlyAdverbs(v, right.first, verb.first);
    // Its own subject stands right before its verb ("its battalions stayed"), or its verb is no bare
    // participle: not a list item ("and unease about the soldiers already stationed there").
    const adjacent = own !== undefined && onlyAdverbs(v, own.last, verb.first);
    // A plain "and" starts a clause only for a verb right after it ("moved troops and deployed tanks").
    const subjectOfItsOwn = adjacent || (own !== undefined && !verb.bare);
    // After a plain "and", a clause needs a verb right after it or a determined subject right before
    // its verb ("ended and the troops returned"); a bare noun there is more often a list ("tanks and guns").
    // That subject opens the clause: in "launched missile and artillery strikes, the statement said"
    // the words after "and" are an object, and "the statement said" a speaker set off by a comma.
    const determined =
      adjacent &&
      ['DET', 'PRON'].includes(v.toks[own.first]?.pos ?? '') &&
      onlyAdverbs(v, right.first, own.first);
    if (plainAnd ? !(gap && verb.head === verb.first) && !determined : !subjectOfItsOwn && !gap) continue;
    out.push({ first: start, last: k, shared });
    shared = gap;
    start = k + 1;
  }
  out.push({ first: start, last: r.last, shared });
  return out;
}
