import type { Span } from '../../core/index.js';
import type { SentenceRange, Tok } from '../token-view.js';
import { certaintyLexicon as lex } from './lexicon.js';

const maxReach = 60;

/**
 * The clause a marker at tokens [first, last) governs. A marker that takes a complement ("unlikely
 * that X", "no signs of X") governs what follows "that"/"of"/"whether" when it comes within two
 * words; otherwise the marker governs its own clause, bounded by subordinators, semicolons, quote
 * marks, or a comma followed by a conjunction.
 */
export function scopeOf(
  toks: readonly Tok[],
  s: SentenceRange,
  first: number,
  last: number,
  following: boolean,
): Span {
  if (following) {
    for (let k = last; k < Math.min(s.last, last + 3); k++) {
      const w = toks[k]?.lower;
      if (w === 'that' || w === 'of' || w === 'whether' || w === 'for')
        return clause(toks, s, k + 1, k + 1, false);
    }
    const next = toks[last];
    if (last < s.last && next && /[\p{L}\p{N}]/u.test(next.text))
      return clause(toks, s, last, last + 1, false);
  }
  return clause(toks, s, first, last);
}

function clause(toks: readonly Tok[], s: SentenceRange, first: number, last: number, left = true): Span {
  let a = first;
  while (left && a > s.first && first - a < maxReach) {
    const prev = toks[a - 1];
    if (
      !prev ||
      lex().clauseStarts.has(prev.lower) ||
      (prev.text === ',' && a - 1 > s.first && isComma(toks, a - 1))
    )
      break;
    a--;
  }
  let b = last;
  // Marks opened inside the clause: their closing partner closes a quoted or bracketed phrase, not the clause.
  const open: string[] = [];
  while (b < s.last && b - last < maxReach) {
    const t = toks[b];
    const opener = t && lex().clauseEndOpeners.get(t.text);
    if (opener !== undefined && open.at(-1) === opener) open.pop();
    else if (!t || lex().clauseEnds.has(t.lower) || isComma(toks, b)) break;
    else if ([...lex().clauseEndOpeners.values()].includes(t.text)) open.push(t.text);
    b++;
  }
  while (b > a && /^[.!?,]$/.test(toks[b - 1]?.text ?? '')) b--;
  const start = toks[a]?.start ?? s.start;
  const end = toks[b - 1]?.end ?? start;
  return end > start
    ? { start, end }
    : { start: toks[first]?.start ?? s.start, end: toks[last - 1]?.end ?? s.end };
}

/** A comma that closes a clause: followed by a conjunction or a subordinator. */
const isComma = (toks: readonly Tok[], k: number): boolean =>
  toks[k]?.text === ',' && lex().clauseEndsAfterComma.has(toks[k + 1]?.lower ?? '');
