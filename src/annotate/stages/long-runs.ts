/**
 * wink-nlp tests every word it has not met with `/[a-z].*\.$/i` (is it an abbreviation?), which takes
 * time in the square of the word's length: one 300 KB word took minutes. No word of real prose comes
 * near this length (the longest run without a space in 6,879 news articles is 82 characters).
 */
export const MAX_RUN = 256;

/** The text wink reads, with a space inserted every `MAX_RUN` characters of a run without spaces. */
export interface BrokenRuns {
  readonly text: string;
  /** Where each inserted space stands in `text`, ascending. */
  readonly inserted: readonly number[];
}

/** JavaScript's `\s`, by code unit. */
const isSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The runs without a space of more than `max` code points, as `/\S{max+1,}/gu` finds them (a
 * surrogate pair counts once), by hand: that pattern cost more per character the longer the run (85 ms
 * on a megabyte-long run, about 2 ms on the same text in 10 KB pieces).
 */
export function longRuns(text: string, max: number = MAX_RUN): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let points = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (points > max) runs.push({ start, end: i });
      start = i + 1;
      points = 0;
    } else if (!(isLowSurrogate(c) && i > start && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  return runs;
}

/** One pass over the text; the text is copied only when it holds a run to break. */
export function breakLongRuns(text: string, max: number = MAX_RUN): BrokenRuns {
  const parts: string[] = [];
  const inserted: number[] = [];
  let copied = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) run = 0;
    else if (run >= max && !isLowSurrogate(c)) {
      parts.push(text.slice(copied, i), ' ');
      inserted.push(i + inserted.length);
      copied = i;
      run = 1;
    } else run++;
  }
  if (inserted.length === 0) return { text, inserted };
  parts.push(text.slice(copied));
  return { text: parts.join(''), inserted };
}

/**
 * Maps offsets in the broken text back to the original one. Offsets must come in ascending order
 * (token starts and ends do); an offset just after an inserted space maps past it.
 */
export function originalOffsets(inserted: readonly number[]): (offset: number) => number {
  let passed = 0;
  return (offset) => {
    while (passed < inserted.length && (inserted[passed] ?? Infinity) < offset) passed++;
    return offset - passed;
  };
}
