import type { Span } from '../../core/index.js';

/** Quoted passages of a text, found by their opening and closing characters. */
export interface QuoteIndex {
  /** The quote whose opening mark starts at this offset (or at its second character, for ''). */
  readonly byOpen: ReadonlyMap<number, Span>;
  /** The quote whose closing mark starts at this offset (or at its second character, for ''). */
  readonly byClose: ReadonlyMap<number, Span>;
}

const openers = new Set(['“', '«', '„']);
const closers = new Set(['”', '»']);
const maxDepth = 8;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
/** Characters that may follow a closing mark: a space, the end, or punctuation. */
const afterClose = (c: string | undefined): boolean => isSpace(c) || /[.,;:!?)\]—–-]/u.test(c ?? '');
const beforeOpen = (c: string | undefined): boolean => isSpace(c) || /[([—–-]/u.test(c ?? '');

/**
 * One linear pass. Curly and guillemet quotes nest (up to a small depth, so hostile text cannot
 * grow a stack). A straight mark (`"`, or the two apostrophes `''` some papers print) opens when it
 * stands before a word after a space, closes the innermost open quote of either kind when it stands
 * after a word ("“... FBI," he said"), and otherwise toggles; a curly closer with no curly opener
 * closes a straight one. A line break ends every open quote, so a stray mark never swallows the
 * rest of a document. Spans include the marks.
 */
export function findQuotes(text: string): QuoteIndex {
  const byOpen = new Map<number, Span>();
  const byClose = new Map<number, Span>();
  const stack: { at: number; straight: boolean; width: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: of plain ASCII only the line break and the straight marks matter.
    if (code < 128 && code !== 10 && code !== 34 && code !== 39) continue;
    const c = text[i] ?? '';
    if (c === '\n') stack.length = 0;
    else if (c === '"' || (c === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'")) {
      const width = c === '"' ? 1 : 2;
      straight(i, width);
      i += width - 1;
    } else if (openers.has(c)) {
      if (stack.length < maxDepth) stack.push({ at: i, straight: false, width: 1 });
    } else if (closers.has(c)) {
      // Close the innermost curly quote (straight ones left open inside it are dropped), else a straight one.
      let k = stack.length - 1;
      while (k >= 0 && stack[k]?.straight) k--;
      if (k < 0) k = stack.length - 1;
      const open = stack[k];
      if (open) {
        close(open, i, 1);
        stack.length = k;
      }
    }
  }
  return { byOpen, byClose };

  function straight(i: number, width: number): void {
    const prev = text[i - 1];
    const next = text[i + width];
    const opens = beforeOpen(prev) && !isSpace(next);
    const closes = !isSpace(prev) && afterClose(next);
    const top = stack[stack.length - 1];
    if (top && (closes || (!opens && top.straight))) {
      close(top, i, width);
      stack.pop();
    } else if (stack.length < maxDepth && (opens || !closes)) stack.push({ at: i, straight: true, width });
  }

  function close(open: { at: number; width: number }, at: number, width: number): void {
    const span = { start: open.at, end: at + width };
    for (let k = 0; k < open.width; k++) byOpen.set(open.at + k, span);
    for (let k = 0; k < width; k++) byClose.set(at + k, span);
  }
}

/** The inside of a quote, without its marks (one or two characters each). */
export function quoteInside(text: string, q: Span): Span {
  const start = q.start + (text.startsWith("''", q.start) ? 2 : 1);
  const end = q.end - (text.startsWith("''", q.end - 2) ? 2 : 1);
  return { start, end: Math.max(start, end) };
}
