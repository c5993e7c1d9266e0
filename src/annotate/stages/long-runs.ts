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

export function breakLongRuns(text: string, max: number = MAX_RUN): BrokenRuns {
  const long = new RegExp(`\\S{${max + 1},}`, 'gu');
  if (!long.test(text)) return { text, inserted: [] };
  long.lastIndex = 0;
  const parts: string[] = [];
  const inserted: number[] = [];
  let from = 0;
  let length = 0;
  for (const match of text.matchAll(long)) {
    const run = match[0];
    parts.push(text.slice(from, match.index));
    length += match.index - from;
    for (let at = 0; at < run.length; ) {
      let cut = Math.min(at + max, run.length);
      // Never between the two halves of a surrogate pair.
      if (cut < run.length && /[\uDC00-\uDFFF]/.test(run[cut] ?? '')) cut++;
      if (at > 0) {
        inserted.push(length);
        parts.push(' ');
        length++;
      }
      parts.push(run.slice(at, cut));
      length += cut - at;
      at = cut;
    }
    from = match.index + run.length;
  }
  parts.push(text.slice(from));
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
