import type { Span } from '../../core/index.js';

/** Longest piece handed to chrono-node in one call. */
const MAX_CHUNK = 3000;

/** Where a long line may be cut: after a sentence end, else at any whitespace. */
const SENTENCE_END = /[.!?]["”’)]*\s+(?=\S)/g;

/**
 * Pieces of the text for chrono-node: its refiners read all the text before and after each result
 * (`text.substring(0, index).match(/...$/)`), which is quadratic over a long text. Each line is
 * parsed on its own and the offsets mapped back; a line over MAX_CHUNK characters is cut after its
 * last sentence end within the limit (at whitespace when there is none).
 */
export function chunksOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) cut(text, start, end, out);
    start = end + 1;
  }
  return out;
}

function cut(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  while (to - start > MAX_CHUNK) {
    const end = cutPoint(text, start, start + MAX_CHUNK);
    out.push({ start, end });
    start = end;
  }
  if (to > start) out.push({ start, end: to });
}

/** The last sentence end in (start, limit], else the last whitespace, else the limit itself. */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  let best = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) best = m.index + m[0].length;
  if (best > 0) return start + best;
  const space = window.search(/\s\S*$/);
  return space > 0 ? start + space + 1 : limit;
}
