import type { SentenceRange, Tok } from '../token-view.js';

/**
 * Rejoins sentences that a splitter broke inside a clause, so that a speaker and its cue meet again:
 * a piece that starts with a lowercase word ("Rep. Dana Holt (D-Minn.) | said Monday."), or that
 * follows a piece with an unclosed parenthesis ("Rep. Sam Ortiz (R-N. | C.) said ..."). Linear.
 */
export function repairSentences(toks: readonly Tok[], sentences: readonly SentenceRange[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && (startsLower(toks[s.first]) || unclosed(toks, prev))) {
      out[out.length - 1] = { start: prev.start, end: s.end, first: prev.first, last: s.last };
    } else out.push(s);
  }
  return out;
}

const startsLower = (t: Tok | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);

/** More "(" than ")" among the last few tokens of a sentence. */
function unclosed(toks: readonly Tok[], s: SentenceRange): boolean {
  let depth = 0;
  for (let k = Math.max(s.first, s.last - 12); k < s.last; k++) {
    const t = toks[k]?.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
