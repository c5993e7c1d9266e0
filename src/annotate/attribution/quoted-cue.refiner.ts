import type { Tok } from '../token-view.js';
import type { Candidate } from './context.js';
import type { QuoteIndex } from './quotes.js';

/**
 * Drops candidates whose cue stands inside a quotation: what a quoted speaker reports ("“Our officers
 * warned us about the bridge,” she said") is part of that speaker's words, not a report of the article's
 * own. Annotated corpora agree (PolNeAR marks almost no attribution inside a quote). One pass over
 * the quotes and candidates in text order: a cue is inside when a quote that opened before it
 * closes after it.
 */
export function dropQuotedCues(
  toks: readonly Tok[],
  quotes: QuoteIndex,
  candidates: readonly Candidate[],
): Candidate[] {
  const spans = [...new Set(quotes.byOpen.values())].sort((a, b) => a.start - b.start);
  const order = candidates
    .map((c, i) => ({ i, start: toks[c.cue.first]?.start ?? 0, end: toks[c.cue.last - 1]?.end ?? 0 }))
    .sort((a, b) => a.start - b.start);
  const quoted = new Set<number>();
  let q = 0;
  let reach = -1;
  for (const c of order) {
    for (; q < spans.length && (spans[q]?.start ?? 0) < c.start; q++)
      reach = Math.max(reach, spans[q]?.end ?? 0);
    if (reach > c.end) quoted.add(c.i);
  }
  return candidates.filter((_, i) => !quoted.has(i));
}
