import type { Span } from '../../core/index.js';

/**
 * Where no match of a small parser's pattern can run over: sentence and clause punctuation that
 * none of the patterns run with `anchoredMatches` accepts, and a full stop not followed by a digit
 * ("1.5 years" goes on). A comma is not one ("the year, ended ..." is read across it).
 */
const BREAK_CHARS = '!?;:()"“”';
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isBreak = (text: string, i: number): boolean => {
  const ch = text[i] ?? '';
  return ch === '.' ? !isDigit(text[i + 1]) : ch !== '' && BREAK_CHARS.includes(ch);
};

/**
 * The same matches as `text.matchAll(pattern)`, found faster (the small parsers' patterns open
 * with lookbehinds and long alternations, which V8 tries at every position of the text): a cheap
 * `anchor` scan finds the words every match must hold, and the pattern runs only over the
 * stretches between two breaks (see isBreak) that hold one. Exact when every match of `pattern`
 * holds a match of `anchor` and neither a match nor a lookahead of it reads a break character:
 * the pattern then runs on the text cut at the stretch's end, where it fails as it would on the
 * break, and it still sees all the text before for its lookbehinds. `pattern` must be global and
 * never match empty; `anchor` must be global, hold no break character and use the same case flags.
 */
export function anchoredMatches(text: string, pattern: RegExp, anchor: RegExp): RegExpExecArray[] {
  return matchesIn(text, pattern, anchoredStretches(text, anchor));
}

/** The stretches between two breaks that hold a match of `anchor`, in text order. */
export function anchoredStretches(text: string, anchor: RegExp): Span[] {
  const out: Span[] = [];
  let done = 0;
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    if (a.index < done) continue;
    let start = a.index;
    while (start > done && !isBreak(text, start - 1)) start--;
    let end = a.index + a[0].length;
    while (end < text.length && !isBreak(text, end)) end++;
    out.push({ start, end });
    done = end;
    anchor.lastIndex = Math.max(anchor.lastIndex, end);
  }
  return out;
}

/** The matches of `pattern` that start in one of `stretches` (see anchoredMatches for when that is all). */
export function matchesIn(text: string, pattern: RegExp, stretches: readonly Span[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const { start, end } of stretches) {
    const head = text.slice(0, end);
    pattern.lastIndex = start;
    for (let m = pattern.exec(head); m; m = pattern.exec(head)) out.push(m);
  }
  return out;
}

export { matchesNotAfter } from '../match-not-after.js';
